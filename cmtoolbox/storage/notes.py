"""Notes of the notebook ("carnet"): Markdown per client or shared by all clients.

A note with `client_id` NULL is shared: it shows in every client's notebook ("Tous les clients").
Every content save keeps the wiki-link table and the full-text index in step with the body and
records a revision (coalesced, see storage/revisions.py). Deleting goes through the shared trash.

The full-text index stores `fold_for_index` copies of title, body and tags, so "oeuvre" finds
"œuvre" and "association" finds "l’association"; it is written here rather than by triggers
because SQLite cannot run that folding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cmtoolbox.core.render import WikiLink, extract_wikilinks
from cmtoolbox.core.search import build_match_query, no_single_letter_prefix, snippet_sql, snippet_to_html
from cmtoolbox.core.textfold import fold_for_index
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncSpec, UsageScanner
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.params import in_chunks
from cmtoolbox.storage.revisions import (
    Revision,
    RevisionState,
    RevisionTarget,
)
from cmtoolbox.storage.search import SearchFilters, SearchHit, SearchProvider, ranked_rows
from cmtoolbox.storage.tags import TagLink
from cmtoolbox.storage.timeutil import from_db, now_db
from cmtoolbox.storage.trash import TrashKind

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

ENTITY = Entity.NOTES
MAX_TITLE_LENGTH = 200
MAX_NOTEBOOK_LENGTH = 80
EXCERPT_LENGTH = 140
PAGE_SIZE = 200

_UNSET: Any = object()
_SPACES = re.compile(r"\s+")
_LINE_MARKER = re.compile(r"^\s*(?:#{1,6}|>|[-*+](?: \[[ xX]\])?|\d+[.)]|-{3,}|\|?-[-|: ]*)(?:\s+|$)")
_INLINE_MARKUP = re.compile(r"[*_`\[\]]+|(?<=\s)\|")


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_CELL_BAR = re.compile(r"\s*\|\s*")


def index_text(body: str) -> str:
    """The body as the full-text index stores it: Markdown markup a reader does not see (table
    rules and bars, heading and list markers, bold stars, wiki-link brackets) is dropped, so
    search snippets read like the preview. Words are never glued together: only characters the
    tokenizer already treats as separators are removed."""
    lines: list[str] = []
    for line in body.splitlines():
        if _TABLE_RULE.match(line):
            continue
        line = _LINE_MARKER.sub("", line, count=1)
        if "|" in line:
            line = _CELL_BAR.sub(" · ", line.strip().strip("|")).strip()
        lines.append(line)
    return "\n".join(lines).replace("[[", "").replace("]]", "").replace("**", "").replace("`", "")


def title_key(title: str) -> str:
    """The folded form wiki links match on: [[brief  CLIENT]] finds the note "Brief client"."""
    cleaned = _SPACES.sub(" ", title).strip()
    return WikiLink(kind="note", target=cleaned).key[1] if cleaned else ""


def clean_title(title: str) -> str:
    cleaned = _SPACES.sub(" ", title).strip()
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise InvalidValue("note title too long", field="title", reason="too_long")
    return cleaned


def excerpt(body: str, length: int = EXCERPT_LENGTH) -> str:
    """The first words of a note without Markdown markers (nor a leading "# " heading, which
    usually repeats the title), for the list."""
    head_lines = body[: length * 4].lstrip().splitlines()
    if head_lines and head_lines[0].startswith("# "):
        head_lines = head_lines[1:]  # the first heading usually repeats the title
    lines = (_LINE_MARKER.sub("", line, count=1) for line in head_lines)
    head = " ".join(line for line in lines if line)[: length + 40]  # cut first: the rest is costly
    text = _SPACES.sub(" ", _INLINE_MARKUP.sub("", head)).strip()
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


@dataclass(frozen=True)
class Note:
    id: int
    client_id: int | None  # None: shared by all clients
    title: str
    body: str
    notebook: str
    pinned: bool
    is_template: bool
    allow_remote_images: bool
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    tags: tuple[str, ...] = ()

    @property
    def shared(self) -> bool:
        return self.client_id is None


@dataclass(frozen=True)
class NoteSummary:
    """A row of the notes list: enough to draw it, without the body."""

    id: int
    client_id: int | None
    title: str
    excerpt: str
    notebook: str
    pinned: bool
    is_template: bool
    updated_at: datetime


@dataclass(frozen=True)
class NoteQuery:
    """Which notes the list shows. `client_id` None means no client selected: shared notes only.

    `text` searches the full-text index (results by relevance); otherwise pinned notes come first,
    then the most recently edited.
    """

    client_id: int | None = None
    include_shared: bool = True
    templates: bool = False
    tag: str | None = None
    notebook: str | None = None
    pinned_only: bool = False
    text: str = ""


_NOTE_COLUMNS = (
    "id, client_id, title, body, notebook, pinned, is_template, allow_remote_images, "
    "created_at, updated_at, deleted_at"
)
_SUMMARY_COLUMNS = "id, client_id, title, substr(body, 1, 600), notebook, pinned, is_template, updated_at"
_SUMMARY_COLUMNS_N = (
    "n.id, n.client_id, n.title, substr(n.body, 1, 600), n.notebook, n.pinned, n.is_template, n.updated_at"
)


def _note_from_row(row: tuple, tags: Iterable[str]) -> Note:
    id_, client_id, title, body, notebook, pinned, template, remote, created, updated, deleted = row
    return Note(
        id=id_,
        client_id=client_id,
        title=title,
        body=body,
        notebook=notebook,
        pinned=bool(pinned),
        is_template=bool(template),
        allow_remote_images=bool(remote),
        created_at=from_db(created),  # type: ignore[arg-type]
        updated_at=from_db(updated),  # type: ignore[arg-type]
        deleted_at=from_db(deleted),
        tags=tuple(tags),
    )


def _summary_from_row(row: tuple) -> NoteSummary:
    id_, client_id, title, head, notebook, pinned, template, updated = row[:8]
    return NoteSummary(
        id=id_,
        client_id=client_id,
        title=title,
        excerpt=excerpt(head),
        notebook=notebook,
        pinned=bool(pinned),
        is_template=bool(template),
        updated_at=from_db(updated),  # type: ignore[arg-type]
    )


class NotesManager(Manager):
    ENTITY = ENTITY

    # -- reading -------------------------------------------------------------------------------
    def get(self, note_id: int) -> Note:
        row = self._db.execute(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id = ?", [note_id]).fetchone()
        if row is None:
            raise NotFound(f"no note {note_id}")
        return _note_from_row(row, self._store.tags.tags_of(ENTITY, note_id))

    def exists(self, note_id: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM notes WHERE id = ? AND deleted_at IS NULL", [note_id]
        ).fetchone()
        return row is not None

    def _tag_id(self, name: str) -> int | None:
        row = self._db.execute(
            "SELECT id FROM tags WHERE lower(name) = lower(?)", [name.strip().lstrip("#")]
        ).fetchone()
        return row[0] if row else None

    def _scope_sql(self, query: NoteQuery, tag_id: int | None) -> tuple[list[str], list[Any]]:
        """The WHERE parts shared by each branch of the list query.

        The tag filter is a correlated EXISTS rather than `id IN (subquery)`: the list walks its
        index in display order and stops after one page, so a first page costs a few hundred
        lookups instead of materialising every tagged note (1 ms against 18 ms on 100,000 notes).
        """
        filters = ["deleted_at IS NULL", "is_template = ?"]
        params: list[Any] = [int(query.templates)]
        if query.pinned_only:
            filters.append("pinned = 1")
        if query.notebook is not None:
            filters.append("notebook = ?")
            params.append(query.notebook)
        if tag_id is not None:
            filters.append(
                "EXISTS (SELECT 1 FROM note_tags nt WHERE nt.note_id = notes.id AND nt.tag_id = ?)"
            )
            params.append(tag_id)
        return filters, params

    def _owners(self, query: NoteQuery) -> list[int | None]:
        owners: list[int | None] = []
        if query.client_id is not None:
            owners.append(query.client_id)
        if query.include_shared or query.client_id is None:
            owners.append(None)
        return owners

    def _prepare(self, query: NoteQuery) -> tuple[bool, str | None, int | None]:
        """(whether anything can match, MATCH expression of the text filter, tag id)."""
        match = None
        if query.text.strip():
            match = build_match_query(query.text)
            if match is None:
                return False, None, None
            match = _no_single_letter_prefix(match)
        tag_id = None
        if query.tag:
            tag_id = self._tag_id(query.tag)
            if tag_id is None:
                return False, None, None
        return True, match, tag_id

    def count(self, query: NoteQuery) -> int:
        possible, match, tag_id = self._prepare(query)
        if not possible:
            return 0
        if match is not None:
            return len(self.matching_ids(query))
        total = 0
        for owner in self._owners(query):  # one index range per owner; an OR would scan the table
            filters, params = self._scope_sql(query, tag_id)
            owner_sql = "client_id IS NULL" if owner is None else "client_id = ?"
            total += self._db.execute(
                f"SELECT count(*) FROM notes WHERE {owner_sql} AND {' AND '.join(filters)}",
                ([] if owner is None else [owner]) + params,
            ).fetchone()[0]
        return total

    def page(self, query: NoteQuery, offset: int = 0, limit: int = PAGE_SIZE) -> list[NoteSummary]:
        """One page of the list, for lazy loading: pinned first, then the most recently edited.

        The owners (the client, the shared notes) are two branches of a UNION ALL, each served in
        display order by the `notes_list` index, so SQLite merges them instead of sorting every
        note. Ids come first from that covering index, so skipping 20,000 rows reads no note body;
        then only the page's rows are read.
        """
        possible, match, tag_id = self._prepare(query)
        if not possible:
            return []
        if match is not None:
            return self.summaries(self.matching_ids(query)[offset : offset + limit])
        branches: list[str] = []
        params: list[Any] = []
        for owner in self._owners(query):
            filters, extra = self._scope_sql(query, tag_id)
            owner_sql = "client_id IS NULL" if owner is None else "client_id = ?"
            branches.append(
                f"SELECT id, pinned, updated_at FROM notes WHERE {owner_sql} AND {' AND '.join(filters)}"
            )
            params += ([] if owner is None else [owner]) + extra
        rows = self._db.execute(
            f"{' UNION ALL '.join(branches)} ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return self.summaries(r[0] for r in rows)

    def matching_ids(self, query: NoteQuery) -> list[int]:
        """Every note of the list that matches its text filter, in list order (not by relevance:
        the global search ranks; the list filters). One pass over the index: 20-40 ms for a word
        found in 20,000 of 100,000 notes, so the list model fetches this once per filter and then
        reads rows page by page."""
        possible, match, tag_id = self._prepare(query)
        if not possible:
            return []
        owners = self._owners(query)
        owner_sql = " OR ".join("n.client_id IS NULL" if o is None else "n.client_id = ?" for o in owners)
        filters, params = self._scope_sql(query, tag_id)
        where = " AND ".join(f.replace("notes.id", "n.id") for f in filters)
        rows = self._db.execute(
            "SELECT n.id FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid "
            f"WHERE notes_fts MATCH ? AND ({owner_sql}) AND {where} "
            "ORDER BY n.pinned DESC, n.updated_at DESC, n.id DESC",
            [match if match is not None else '""', *[o for o in owners if o is not None], *params],
        ).fetchall()
        return [r[0] for r in rows]

    def summaries(self, note_ids: Iterable[int]) -> list[NoteSummary]:
        ids = list(note_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM notes WHERE id IN ({marks})", ids).fetchall()
        by_id = {r[0]: _summary_from_row(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def notebooks(self, client_id: int | None) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT notebook FROM notes WHERE notebook != '' AND deleted_at IS NULL "
            "AND (client_id IS ? OR client_id IS NULL) ORDER BY lower(notebook)",
            [client_id],
        ).fetchall()
        return [r[0] for r in rows]

    def tag_names(self, client_id: int | None) -> list[str]:
        """Tags used by this client's notes and the shared ones, for completion and filters."""
        rows = self._db.execute(
            "SELECT DISTINCT t.name FROM tags t JOIN note_tags nt ON nt.tag_id = t.id "
            "JOIN notes n ON n.id = nt.note_id WHERE n.deleted_at IS NULL "
            "AND (n.client_id IS ? OR n.client_id IS NULL) ORDER BY lower(t.name)",
            [client_id],
        ).fetchall()
        return [r[0] for r in rows]

    # -- wiki links ----------------------------------------------------------------------------
    def resolve(self, title: str, *, client_id: int | None) -> Note | None:
        """The note a [[title]] link in `client_id`'s notebook opens: that client's note first,
        then a shared one; the most recently edited when several share the title."""
        key = title_key(title)
        if not key:
            return None
        row = self._db.execute(
            "SELECT id FROM notes WHERE title_key = ? AND deleted_at IS NULL AND is_template = 0 "
            "AND (client_id IS ? OR client_id IS NULL) ORDER BY client_id IS NULL, updated_at DESC LIMIT 1",
            [key, client_id],
        ).fetchone()
        return self.get(row[0]) if row else None

    def existing_keys(self, keys: Iterable[str], *, client_id: int | None) -> set[str]:
        """Which of these folded titles name a live note visible from `client_id`."""
        wanted = sorted({k for k in keys if k})
        found: set[str] = set()
        for chunk, marks in in_chunks(wanted):
            rows = self._db.execute(
                f"SELECT DISTINCT title_key FROM notes WHERE title_key IN ({marks}) AND deleted_at IS NULL "
                "AND is_template = 0 AND (client_id IS ? OR client_id IS NULL)",
                [*chunk, client_id],
            ).fetchall()
            found.update(r[0] for r in rows)
        return found

    def links_of(self, note_id: int) -> list[tuple[str, str]]:
        """(kind, target as written) of the note's wiki links, in order of appearance."""
        rows = self._db.execute(
            "SELECT kind, target FROM note_links WHERE note_id = ? ORDER BY position", [note_id]
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def backlinks(self, note_id: int) -> list[NoteSummary]:
        """Live notes whose body links to this note by its title, from the same client or shared."""
        note = self.get(note_id)
        key = title_key(note.title)
        if not key:
            return []
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS_N} FROM note_links l JOIN notes n ON n.id = l.note_id "
            "WHERE l.kind = 'note' AND l.target_key = ? AND n.id != ? AND n.deleted_at IS NULL "
            "AND n.is_template = 0 AND (? IS NULL OR n.client_id IS NULL OR n.client_id = ?) "
            "ORDER BY n.updated_at DESC",
            [key, note_id, note.client_id, note.client_id],
        ).fetchall()
        return [_summary_from_row(r) for r in rows]

    # -- writing -------------------------------------------------------------------------------
    def create(
        self,
        client_id: int | None,
        title: str = "",
        body: str = "",
        *,
        notebook: str = "",
        tags: Iterable[str] = (),
        pinned: bool = False,
        is_template: bool = False,
        allow_remote_images: bool = False,
    ) -> Note:
        title = clean_title(title)
        notebook = _clean_notebook(notebook)
        with self._db.atomic():
            now = now_db()
            note_id = self._db.execute(
                "INSERT INTO notes (client_id, title, title_key, body, notebook, pinned, is_template, "
                "allow_remote_images, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    client_id,
                    title,
                    title_key(title),
                    body,
                    notebook,
                    int(pinned),
                    int(is_template),
                    int(allow_remote_images),
                    now,
                    now,
                ],
            ).lastrowid
            assert note_id is not None  # an INSERT always sets lastrowid
            tag_list = list(tags)
            if tag_list:
                self._store.tags.set_tags(ENTITY, note_id, tag_list)
            self._write_links(note_id, body)
            self._index(note_id)
            self._store.revisions.record(ENTITY, note_id, RevisionState(title, body), reason="created")
        self._store.log.touch(ENTITY, note_id, client_id=client_id)
        return self.get(note_id)

    def save(self, note_id: int, *, title: str, body: str, checkpoint: bool = False) -> Note:
        """Save the text of a note (autosave and explicit saves alike) and record a revision.

        `checkpoint` marks a save made on leaving the note (switching note or client, closing the
        window): its revision is never overwritten by later typing. Saving unchanged text is cheap
        and only seals the newest revision when `checkpoint` is set.
        """
        title = clean_title(title)
        with self._db.atomic():
            row = self._db.execute(
                "SELECT title, body, client_id FROM notes WHERE id = ?", [note_id]
            ).fetchone()
            if row is None:
                raise NotFound(f"no note {note_id}")
            changed = (row[0], row[1]) != (title, body)
            if changed:
                self._db.execute(
                    "UPDATE notes SET title = ?, title_key = ?, body = ?, updated_at = ? WHERE id = ?",
                    [title, title_key(title), body, now_db(), note_id],
                )
                if row[1] != body:
                    self._write_links(note_id, body)
                self._index(note_id)
            self._store.revisions.record(
                ENTITY, note_id, RevisionState(title, body), reason="checkpoint" if checkpoint else "edit"
            )
        if changed:
            self._store.log.touch(ENTITY, note_id, client_id=row[2])
        return self.get(note_id)

    def update(
        self,
        note_id: int,
        *,
        client_id: Any = _UNSET,
        notebook: str | None = None,
        pinned: bool | None = None,
        allow_remote_images: bool | None = None,
    ) -> Note:
        """Change what is around the text (owner, notebook, pin, remote images): no revision."""
        sets: list[str] = []
        params: list[Any] = []
        if client_id is not _UNSET:
            sets.append("client_id = ?")
            params.append(client_id)
        if notebook is not None:
            sets.append("notebook = ?")
            params.append(_clean_notebook(notebook))
        if pinned is not None:
            sets.append("pinned = ?")
            params.append(int(pinned))
        if allow_remote_images is not None:
            sets.append("allow_remote_images = ?")
            params.append(int(allow_remote_images))
        with self._db.atomic():
            before = self.get(note_id)
            if sets:
                self._db.execute(f"UPDATE notes SET {', '.join(sets)} WHERE id = ?", [*params, note_id])
        after = self.get(note_id)
        for owner in {before.client_id, after.client_id}:
            self._store.log.touch(ENTITY, note_id, client_id=owner)
        return after

    def set_tags(self, note_id: int, names: Iterable[str]) -> Note:
        with self._db.atomic():
            note = self.get(note_id)
            self._store.tags.set_tags(ENTITY, note_id, names)
            self._index(note_id)
        self._store.log.touch(ENTITY, note_id, client_id=note.client_id)
        return self.get(note_id)

    def move_to_trash(self, note_id: int) -> None:
        self._store.trash.move_to_trash(ENTITY, note_id)

    def restore_from_trash(self, note_id: int) -> Note:
        self._store.trash.restore(ENTITY, note_id)
        return self.get(note_id)

    # -- templates -----------------------------------------------------------------------------
    def templates(self, client_id: int | None) -> list[Note]:
        """The user's own templates usable in `client_id`'s notebook (its own, then shared ones)."""
        rows = self._db.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE is_template = 1 AND deleted_at IS NULL "
            "AND (client_id IS ? OR client_id IS NULL) ORDER BY client_id IS NULL, lower(title)",
            [client_id],
        ).fetchall()
        tags = self._store.tags.tags_for(ENTITY, [r[0] for r in rows])
        return [_note_from_row(r, tags.get(r[0], [])) for r in rows]

    def save_as_template(self, note_id: int, *, title: str | None = None, shared: bool = False) -> Note:
        """Copy a note as a template of its client (or of every client when `shared`)."""
        note = self.get(note_id)
        return self.create(
            None if shared else note.client_id,
            title if title is not None else note.title,
            note.body,
            notebook=note.notebook,
            tags=note.tags,
            is_template=True,
        )

    # -- search --------------------------------------------------------------------------------
    def search(self, match: str, filters: SearchFilters, limit: int = 20) -> list[SearchHit]:
        """Global-search provider: `match` comes from `build_match_query`, never from the user.

        Ranking is bm25 with a title match worth ten body matches and a tag five (configured on
        the table). bm25 has to score every matching note, which for a common word or a short
        prefix is most of a 100,000-note notebook (200 ms); so the ranking runs over the
        `RANK_WINDOW` most recent matches only (by rowid, which FTS5 walks in order and stops
        early): a few milliseconds whatever the query. When fewer notes match, all are ranked;
        when filters leave fewer than `limit` hits in that window, the hits come newest first.
        """
        match = _no_single_letter_prefix(match)
        where = ["notes_fts MATCH ?", "n.deleted_at IS NULL", "n.is_template = 0"]
        params: list[Any] = [match]
        if filters.client_id is not None:
            where.append("(n.client_id = ? OR n.client_id IS NULL)")
            params.append(filters.client_id)
        if filters.tag:
            tag_id = self._tag_id(filters.tag)
            if tag_id is None:
                return []
            where.append("EXISTS (SELECT 1 FROM note_tags nt WHERE nt.note_id = n.id AND nt.tag_id = ?)")
            params.append(tag_id)
        period, values = filters.period_sql("n.updated_at")
        where += period
        params += values
        source = f"FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid WHERE {' AND '.join(where)}"
        # Ranked over the newest RANK_WINDOW matches (storage.search.ranked_rows).
        rows = ranked_rows(
            self._db,
            "notes_fts",
            match,
            f"n.id, n.client_id, n.title, n.updated_at, n.notebook, {snippet_sql('notes_fts', 1)}, "
            f"{snippet_sql('notes_fts', 0, max_tokens=24)}",
            source,
            params,
            limit,
        )
        hits: list[SearchHit] = []
        for id_, client_id, title, updated, notebook, body_snippet, title_snippet in rows:
            hits.append(
                SearchHit(
                    kind=ENTITY,
                    id=id_,
                    client_id=client_id,
                    title=title,
                    snippet_html=snippet_to_html(body_snippet),
                    updated_at=from_db(updated),
                    extra={"notebook": notebook, "title_html": snippet_to_html(title_snippet)},
                )
            )
        return hits

    # -- internals -----------------------------------------------------------------------------
    def _write_links(self, note_id: int, body: str) -> None:
        self._db.execute("DELETE FROM note_links WHERE note_id = ?", [note_id])
        for position, link in enumerate(extract_wikilinks(body)):
            self._db.execute(
                "INSERT OR IGNORE INTO note_links (note_id, kind, target_key, target, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [note_id, link.kind, link.key[1], link.target, position],
            )

    def _index(self, note_id: int) -> None:
        row = self._db.execute("SELECT title, body FROM notes WHERE id = ?", [note_id]).fetchone()
        tags = " ".join(self._store.tags.tags_of(ENTITY, note_id))
        self._db.execute("DELETE FROM notes_fts WHERE rowid = ?", [note_id])
        self._db.execute(
            "INSERT INTO notes_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            [note_id, fold_for_index(row[0]), fold_for_index(index_text(row[1])), fold_for_index(tags)],
        )


_no_single_letter_prefix = no_single_letter_prefix  # shared by every provider (core.search)


def _clean_notebook(notebook: str) -> str:
    cleaned = _SPACES.sub(" ", notebook).strip()
    return cleaned[:MAX_NOTEBOOK_LENGTH]


# -- registrations ---------------------------------------------------------------------------------
def _before_purge(store: Store, note_id: int) -> None:
    store.db.execute("DELETE FROM notes_fts WHERE rowid = ?", [note_id])
    store.revisions.delete_for(ENTITY, note_id)


def _current_state(store: Store, note_id: int) -> RevisionState:
    note = store.notes.get(note_id)
    return RevisionState(note.title, note.body)


def _apply_revision(store: Store, note_id: int, revision: Revision) -> None:
    notes: NotesManager = store.notes
    title = clean_title(revision.title)
    with store.db.atomic():
        row = store.db.execute("SELECT client_id FROM notes WHERE id = ?", [note_id]).fetchone()
        if row is None:
            raise NotFound(f"no note {note_id}")
        store.db.execute(
            "UPDATE notes SET title = ?, title_key = ?, body = ?, updated_at = ? WHERE id = ?",
            [title, title_key(title), revision.body, now_db(), note_id],
        )
        notes._write_links(note_id, revision.body)
        notes._index(note_id)
    store.log.touch(ENTITY, note_id, client_id=row[0])


def _search_provider(store: Store, match: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    return store.notes.search(match, filters, limit)


def _build_samples(store: Store, client: Client) -> None:
    """The carnet's sample notes (briefs, charter, KPI): they link the library's sample pictures, so
    the notes entity is declared after media in the registry."""
    from cmtoolbox.storage.sample_notes import add_sample_notes  # imports the media manager

    add_sample_notes(store, client)


def _after_sync(store: Store, note_id: int) -> None:
    """A note written by sync: its links and search index follow its new text."""
    body = store.db.execute("SELECT body FROM notes WHERE id = ?", [note_id]).fetchone()[0]
    if "[[" in body:  # finding links parses the Markdown (ms per note): only when there may be one
        store.notes._write_links(note_id, body)
    else:
        store.db.execute("DELETE FROM note_links WHERE note_id = ?", [note_id])
    store.notes._index(note_id)


def _after_sync_many(store: Store, note_ids: list[int]) -> None:
    """`_after_sync` for every note one applied batch wrote: the rows, tags, links and index
    rows read and written a chunk at a time (a first sync applies 100,000 notes)."""
    for chunk, marks in in_chunks(note_ids):
        rows = store.db.execute(f"SELECT id, title, body FROM notes WHERE id IN ({marks})", chunk).fetchall()
        tags = store.tags.tags_for(ENTITY, chunk)
        links: list[tuple[int, str, str, str, int]] = []
        for note_id, _, body in rows:
            if "[[" in body:
                links.extend(
                    (note_id, link.kind, link.key[1], link.target, position)
                    for position, link in enumerate(extract_wikilinks(body))
                )
        store.db.execute(f"DELETE FROM note_links WHERE note_id IN ({marks})", chunk)
        store.db.conn.executemany(
            "INSERT OR IGNORE INTO note_links (note_id, kind, target_key, target, position) "
            "VALUES (?, ?, ?, ?, ?)",
            links,
        )
        store.db.execute(f"DELETE FROM notes_fts WHERE rowid IN ({marks})", chunk)
        store.db.conn.executemany(
            "INSERT INTO notes_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            [
                (
                    note_id,
                    fold_for_index(title),
                    fold_for_index(index_text(body)),
                    fold_for_index(" ".join(tags.get(note_id, []))),
                )
                for note_id, title, body in rows
            ],
        )


_TITLE_SQL = "CASE WHEN title = '' THEN substr(body, 1, 80) ELSE title END"
SPEC = EntitySpec(
    entity=ENTITY,
    table="notes",
    shared=True,
    search=SearchProvider(kind=ENTITY, order=10, search=_search_provider),
    tags=TagLink(entity=ENTITY, table="note_tags", column="note_id", owner_table="notes"),
    trash=TrashKind(entity=ENTITY, table="notes", title_sql=_TITLE_SQL, before_purge=_before_purge),
    revisions=RevisionTarget(entity=ENTITY, current=_current_state, apply=_apply_revision),
    media_links=UsageScanner(entity=ENTITY, table="notes", text_column="body", title_sql=_TITLE_SQL),
    sample=_build_samples,
    sync=SyncSpec(
        fields=tuple(
            "client_id title title_key body notebook pinned is_template allow_remote_images "
            "created_at updated_at deleted_at".split()
        ),
        refs={"client_id": Entity.CLIENTS},
        merge=("body",),
        tags=True,
        after_apply=_after_sync,
        after_apply_many=_after_sync_many,
    ),
)
