"""Spell checking for one editor: the checker, its personal dictionary, and suggestions, off the UI thread.

Loading Hunspell and the frequency index takes about half a second the first time in a process and
suggestions take from a few to a few hundred milliseconds, so both run on one shared "spell" worker
thread. Checking itself (`SpellChecker.misspelled`) is fast and stays on the UI thread.

A checker is never mutated once handed to the editor: adding or ignoring a word builds a new one
(0.1 ms once the dictionaries are loaded), so a suggestion search running on the worker never sees
its word lists change under it. The personal dictionary (`store.dictionary`: the client's words plus
the global ones) is read and written through the DbRunner; the editor's "Ignore" list lives here,
for this editor's session only.

Languages come from three levels (`core.spell_languages.effective_languages`): the app's default
(Settings dialog; applied live through `AppEvents.preferences_changed`), the client's own choice
(`storage.spell_languages`, read with the client's words and followed through `DbRunner.changed`),
and an override for this editor (`set_languages`: a draft's own choice). The checker is rebuilt only
when the languages that apply really change.

Known limit: the `chunspell` binding keeps the GIL during Hunspell's own suggestion search (up to
about 0.4 s on rare words), so the UI thread may stall that long while a menu waits for suggestions.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from cmtoolbox.core.spell_languages import effective_languages, normalize_languages
from cmtoolbox.core.spelling import SpellChecker, available_languages
from cmtoolbox.gui.context import PREF_SPELL_LANGUAGES, AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.ops import spelling as spelling_ops
from cmtoolbox.storage.changes import Changes, Entity
from cmtoolbox.storage.dictionary import UserWords, clean_word

__all__ = ["SpellingService", "spell_executor"]

log = logging.getLogger(__name__)
SUGGESTION_LIMIT = 5
_EXECUTOR: concurrent.futures.ThreadPoolExecutor | None = None


def spell_executor() -> concurrent.futures.ThreadPoolExecutor:
    """The one worker thread for dictionary loading and suggestions, shared by every editor."""
    global _EXECUTOR
    if _EXECUTOR is None:
        _EXECUTOR = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="spell")
    return _EXECUTOR


def _load_checker(languages: tuple[str, ...], words: UserWords, ignored: frozenset[str]) -> SpellChecker:
    checker = SpellChecker(languages, personal_words=words.added, ignored_words=words.ignored | ignored)
    checker.warm_up()
    return checker


class SpellingService(QObject):
    """`checker_changed(SpellChecker | None)` fires whenever the words or languages change;
    `languages_changed()` when the languages that apply, or the levels they come from, change."""

    checker_changed = Signal(object)
    unavailable = Signal(str)  # languages asked for have no dictionary
    languages_changed = Signal()

    def __init__(
        self, ctx: AppContext, languages: Sequence[str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._override = normalize_languages(languages) if languages is not None else None
        self._client_choice: tuple[str, ...] | None = None
        self._levels = self._current_levels()
        self._requested = effective_languages(*self._levels)
        self._languages = self._usable(self._requested)
        self._client_id: int | None = None
        self._words = UserWords()
        self._session_ignored: set[str] = set()
        self._checker: SpellChecker | None = None
        self._generation = 0
        self._suggestions: dict[str, list[str]] = {}
        ctx.runner.changed.connect(self._on_changed)
        ctx.events.preferences_changed.connect(self._on_preferences_changed)

    @staticmethod
    def _usable(languages: Sequence[str]) -> tuple[str, ...]:
        """The languages with a dictionary, named as the checker names them ("fr_FR" -> "fr")."""
        known = set(available_languages())
        usable: list[str] = []
        for lang in languages:
            code = lang.replace("-", "_")
            name = code if code in known else code.split("_")[0]
            if name in known and name not in usable:
                usable.append(name)
        return tuple(usable)

    def _current_levels(self) -> tuple[tuple[str, ...], tuple[str, ...] | None, tuple[str, ...] | None]:
        return (normalize_languages(self._ctx.prefs.spell_languages), self._client_choice, self._override)

    # -- state -------------------------------------------------------------------------------
    @property
    def checker(self) -> SpellChecker | None:
        return self._checker

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the checker uses (those asked for that have a dictionary)."""
        return self._languages

    @property
    def requested_languages(self) -> tuple[str, ...]:
        """The languages that apply (draft, else client, else app default), usable or not."""
        return self._requested

    @property
    def app_languages(self) -> tuple[str, ...]:
        return self._levels[0]

    @property
    def client_choice(self) -> tuple[str, ...] | None:
        """The client's own languages; None: the client follows the app's default."""
        return self._client_choice

    @property
    def override(self) -> tuple[str, ...] | None:
        return self._override

    @property
    def client_id(self) -> int | None:
        return self._client_id

    @property
    def session_ignored(self) -> frozenset[str]:
        return frozenset(self._session_ignored)

    def set_languages(self, languages: Sequence[str] | None) -> None:
        """Languages for this editor only, over the client's and the app's (a draft's own choice);
        None follows the client's choice again."""
        override = normalize_languages(languages) if languages is not None else None
        if override != self._override:
            self._override = override
            self._ctx.tasks.spawn(self.reload())

    def set_client(self, client_id: int | None) -> None:
        """Use this client's personal dictionary (plus the global one) and languages; the session's
        ignores are kept."""
        if client_id == self._client_id and self._checker is not None:
            return
        self._client_id = client_id
        self._ctx.tasks.spawn(self.reload())

    async def reload(self) -> SpellChecker | None:
        """Read the words and the client's languages, then build the checker (on the worker when a
        language is new: it loads Hunspell)."""
        self._generation += 1
        generation = self._generation
        client_id = self._client_id
        words, choice = await self._ctx.runner.read(spelling_ops.checker_settings, client_id)
        if generation != self._generation:
            return self._checker  # a newer reload is under way
        self._client_choice = choice
        levels = self._current_levels()
        if levels != self._levels:
            self._levels = levels
            self._requested = effective_languages(*levels)
            self._languages = self._usable(self._requested)
            self.languages_changed.emit()
        if not self._languages:
            self._words = words
            self._install(None)
            if self._requested:  # asked for, but no dictionary (an empty choice is "no spell check")
                self.unavailable.emit(",".join(self._requested))
            return None
        if self._checker is not None and words == self._words and self._checker.languages == self._languages:
            return self._checker  # nothing changed (e.g. the word this editor just added)
        self._words = words
        ignored = frozenset(self._session_ignored)
        if self._checker is None or self._checker.languages != self._languages:
            loop = asyncio.get_event_loop()
            checker = await loop.run_in_executor(
                spell_executor(), _load_checker, self._languages, words, ignored
            )
            if generation != self._generation:
                return self._checker
        else:
            checker = self._build()
        self._install(checker)
        return checker

    async def ready(self) -> SpellChecker | None:
        """Wait until the first checker is there (tests, and callers that need one)."""
        if self._checker is None:
            return await self.reload()
        return self._checker

    def _build(self) -> SpellChecker:
        return SpellChecker(
            self._languages,
            personal_words=self._words.added,
            ignored_words=self._words.ignored | frozenset(self._session_ignored),
        )

    def _install(self, checker: SpellChecker | None) -> None:
        self._checker = checker
        self._suggestions.clear()
        self.checker_changed.emit(checker)

    def _on_changed(self, changes: Changes) -> None:
        words_moved = changes.touches(Entity.DICTIONARY) and self._checker is not None
        languages_moved = (
            changes.touches(Entity.SPELL_LANGUAGES)
            and self._client_id is not None
            and self._client_id in changes.ids_of(Entity.SPELL_LANGUAGES)
        )
        if words_moved or languages_moved:
            self._ctx.tasks.spawn(self.reload())

    def _on_preferences_changed(self, names: object) -> None:
        if PREF_SPELL_LANGUAGES in names:  # type: ignore[operator]
            self._ctx.tasks.spawn(self.reload())

    # -- actions -----------------------------------------------------------------------------
    async def suggestions(self, word: str) -> list[str]:
        """Replacements for `word`, computed on the worker thread, remembered until the words change."""
        checker = self._checker
        if checker is None:
            return []
        cached = self._suggestions.get(word)
        if cached is not None:
            return list(cached)
        loop = asyncio.get_event_loop()
        found = await loop.run_in_executor(spell_executor(), checker.suggestions, word, SUGGESTION_LIMIT)
        if checker is self._checker:
            self._suggestions[word] = found
        return list(found)

    def ignore(self, word: str) -> None:
        """Accept `word` in this editor until it is closed."""
        self._session_ignored.add(word)
        if self._checker is not None:
            self._install(self._build())

    async def add_word(self, word: str, *, for_all_clients: bool = False) -> None:
        """Accept `word` at once, and store it for the client (or every client) through the runner."""
        word = clean_word(word)  # the stored form, so that the reload after the write finds no change
        client_id = None if for_all_clients or self._client_id is None else self._client_id
        self._words = UserWords(self._words.added | {word}, self._words.ignored)
        if self._checker is not None:
            self._install(self._build())
        label = fill(self.tr("“%1” added to the dictionary"), word)
        await self._ctx.runner.run(spelling_ops.add_word, word, client_id, initiator=self, undo_label=label)

