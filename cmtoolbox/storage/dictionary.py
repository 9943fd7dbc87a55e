"""The personal dictionary: words the spell checker must accept, for one client or for all.

CMs write brand names, product names and jargon that no dictionary knows ("kouign-amann", a client's
hashtag-free slogan). "Add to dictionary" stores the word here, for the current client by default
(a word right for one brand is often a typo for another) or for every client. Words are stored in the
spell checker's lookup form (NFC, ASCII apostrophe and hyphen) so that "aujourd’hui" and
"aujourd'hui" are one entry.

Two kinds: ``added`` words are accepted and offered among suggestions; ``ignored`` words are only
never flagged. Entries are small and re-typable, so removal is a plain delete (the GUI offers undo
by adding the word back), not the trash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from cmtoolbox.core.spell_tokens import normalize
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import from_db, now_db

if TYPE_CHECKING:
    pass

ADDED = "added"
IGNORED = "ignored"
KINDS = (ADDED, IGNORED)
MAX_WORD_LENGTH = 80


@dataclass(frozen=True)
class DictionaryWord:
    id: int
    word: str
    client_id: int | None  # None: for every client
    kind: str
    created_at: datetime

    @property
    def is_global(self) -> bool:
        return self.client_id is None


@dataclass(frozen=True)
class UserWords:
    """What a spell checker for one client needs: its words plus the global ones."""

    added: frozenset[str] = frozenset()
    ignored: frozenset[str] = frozenset()


def clean_word(word: str) -> str:
    """The stored form of a word, or InvalidValue when it is not one word."""
    cleaned = normalize(word.strip())
    if not cleaned:
        raise InvalidValue("a dictionary word cannot be empty", field="word", reason="empty")
    if any(ch.isspace() for ch in cleaned):
        raise InvalidValue("a dictionary entry is one word", field="word", reason="spaces")
    if len(cleaned) > MAX_WORD_LENGTH:
        raise InvalidValue("dictionary word too long", field="word", reason="too_long")
    return cleaned


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown dictionary kind: {kind!r}")


_COLUMNS = "id, word, client_id, kind, created_at"


def _from_row(row: tuple) -> DictionaryWord:
    id_, word, client_id, kind, created = row
    return DictionaryWord(id_, word, client_id, kind, from_db(created))  # type: ignore[arg-type]


class DictionaryManager(Manager):
    ENTITY = "dictionary"

    def _find(self, word: str, client_id: int | None, kind: str) -> DictionaryWord | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM dictionary_words WHERE client_id IS ? AND kind = ? AND word = ?",
            [client_id, kind, word],
        ).fetchone()
        return _from_row(row) if row else None

    def get(self, entry_id: int) -> DictionaryWord:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM dictionary_words WHERE id = ?", [entry_id]).fetchone()
        if row is None:
            raise NotFound(f"no dictionary word {entry_id}")
        return _from_row(row)

    def add(self, word: str, *, client_id: int | None = None, kind: str = ADDED) -> DictionaryWord:
        """Store `word` (idempotent: adding a word twice returns the first entry)."""
        _check_kind(kind)
        cleaned = clean_word(word)
        with self._db.atomic():
            if client_id is not None:
                self._store.clients.get(client_id)  # NotFound rather than a foreign key error
            existing = self._find(cleaned, client_id, kind)
            if existing is not None:
                return existing
            cursor = self._db.execute(
                "INSERT INTO dictionary_words (client_id, word, kind, created_at) VALUES (?, ?, ?, ?)",
                [client_id, cleaned, kind, now_db()],
            )
        entry_id = cursor.lastrowid
        assert entry_id is not None  # an INSERT always sets lastrowid
        self._store.log.touch(self.ENTITY, entry_id, client_id=client_id)
        return self.get(entry_id)

    def remove(self, entry_id: int) -> DictionaryWord:
        """Delete one entry; returns it so that the caller can offer to add it back."""
        with self._db.atomic():
            entry = self.get(entry_id)
            self._db.execute("DELETE FROM dictionary_words WHERE id = ?", [entry_id])
        self._store.log.touch(self.ENTITY, entry_id, client_id=entry.client_id)
        return entry

    def discard(self, word: str, *, client_id: int | None = None, kind: str = ADDED) -> bool:
        """Delete `word` from one scope if it is there; whether it was."""
        _check_kind(kind)
        try:
            cleaned = clean_word(word)
        except InvalidValue:
            return False
        entry = self._find(cleaned, client_id, kind)
        if entry is None:
            return False
        self.remove(entry.id)
        return True

    def list(
        self, *, client_id: int | None = None, include_global: bool = True, kind: str | None = None
    ) -> list[DictionaryWord]:
        """Entries of a client (plus the global ones unless told otherwise), or only the global ones
        when `client_id` is None; alphabetical, case-insensitive."""
        if kind is not None:
            _check_kind(kind)
        params: list[int | str]
        if client_id is None:
            where, params = "client_id IS NULL", []
        elif include_global:
            where, params = "(client_id = ? OR client_id IS NULL)", [client_id]
        else:
            where, params = "client_id = ?", [client_id]
        if kind is not None:
            where += " AND kind = ?"
            params.append(kind)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM dictionary_words WHERE {where} ORDER BY lower(word), word, client_id",
            params,
        ).fetchall()
        return [_from_row(r) for r in rows]

    def words_for(self, client_id: int | None) -> UserWords:
        """The words a spell checker for this client uses (the client's and the global ones)."""
        entries = self.list(client_id=client_id)
        return UserWords(
            added=frozenset(e.word for e in entries if e.kind == ADDED),
            ignored=frozenset(e.word for e in entries if e.kind == IGNORED),
        )
