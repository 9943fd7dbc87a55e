"""The Store: one object owning the database, with one manager per entity.

Managers return dataclasses, never rows, so no caller depends on the column layout. The Store is
not thread-safe by design: the GUI reaches it only through the single DbRunner thread.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from cmtoolbox.paths import database_path, files_dir
from cmtoolbox.storage.changes import ChangeLog, Changes
from cmtoolbox.storage.db import OpenReport, mark_clean_close, open_database

if TYPE_CHECKING:
    from sqlite_utils import Database

    from cmtoolbox.storage.accounts import AccountManager
    from cmtoolbox.storage.clients import ClientManager
    from cmtoolbox.storage.dictionary import DictionaryManager
    from cmtoolbox.storage.drafts import DraftManager
    from cmtoolbox.storage.entities import Registry
    from cmtoolbox.storage.feeds import FeedManager
    from cmtoolbox.storage.journal import Journal
    from cmtoolbox.storage.key_dates import KeyDateManager
    from cmtoolbox.storage.kpi_formulas import FormulaManager
    from cmtoolbox.storage.media import MediaManager
    from cmtoolbox.storage.metrics import MetricsManager
    from cmtoolbox.storage.notes import NotesManager
    from cmtoolbox.storage.reviews import ReviewManager
    from cmtoolbox.storage.revisions import RevisionManager
    from cmtoolbox.storage.settings import SettingsManager
    from cmtoolbox.storage.snippets import SnippetManager
    from cmtoolbox.storage.sources import SourceManager
    from cmtoolbox.storage.tags import TagManager
    from cmtoolbox.storage.trash import TrashManager

log = logging.getLogger(__name__)

M = TypeVar("M")


class _Lazy(Generic[M]):
    """A manager built, and its module imported, on first use, then kept on its store (a non-data
    descriptor: the instance attribute set on first use answers every later access)."""

    def __init__(self, module: str, name: str) -> None:
        self._module = f"cmtoolbox.storage.{module}"
        self._name = name
        self._attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr

    @overload
    def __get__(self, store: None, owner: type) -> _Lazy[M]: ...
    @overload
    def __get__(self, store: Store, owner: type) -> M: ...
    def __get__(self, store: Store | None, owner: type) -> Any:
        if store is None:
            return self
        manager = getattr(importlib.import_module(self._module), self._name)(store)
        store.__dict__[self._attr] = manager
        return manager


class Store:
    """Each manager is built, and its module imported, on first use (`store.feeds`...): the start
    of the app needs only a few of them, and the others import markdown, Pillow, the feed and
    metrics parsers (docs/performance.md, "Start"; tests/test_start_imports.py keeps them out).
    A manager holds no state that another one expects to exist, so the order of first use does
    not matter."""

    def __init__(self, db: Database, root: Path | None = None, *, entities: Registry | None = None) -> None:
        self.db = db
        self.root = root
        self.log = ChangeLog()
        self._entities = entities
        self._after_commit: list[Callable[[], None]] = []

    @property
    def entities(self) -> Registry:
        """The declared entities (`storage.registry`, which imports every manager module: only
        what iterates them, such as search, trash, samples or a sync flush with work, pays it)."""
        if self._entities is None:
            from cmtoolbox.storage.registry import DEFAULT_REGISTRY

            self._entities = DEFAULT_REGISTRY
        return self._entities

    clients: _Lazy[ClientManager] = _Lazy("clients", "ClientManager")
    settings: _Lazy[SettingsManager] = _Lazy("settings", "SettingsManager")
    trash: _Lazy[TrashManager] = _Lazy("trash", "TrashManager")
    tags: _Lazy[TagManager] = _Lazy("tags", "TagManager")
    # Feature managers: one line each, in the order features landed.
    dictionary: _Lazy[DictionaryManager] = _Lazy("dictionary", "DictionaryManager")
    revisions: _Lazy[RevisionManager] = _Lazy("revisions", "RevisionManager")
    notes: _Lazy[NotesManager] = _Lazy("notes", "NotesManager")
    kpi_formulas: _Lazy[FormulaManager] = _Lazy("kpi_formulas", "FormulaManager")
    accounts: _Lazy[AccountManager] = _Lazy("accounts", "AccountManager")
    sources: _Lazy[SourceManager] = _Lazy("sources", "SourceManager")
    feeds: _Lazy[FeedManager] = _Lazy("feeds", "FeedManager")
    reviews: _Lazy[ReviewManager] = _Lazy("reviews", "ReviewManager")
    media: _Lazy[MediaManager] = _Lazy("media", "MediaManager")
    drafts: _Lazy[DraftManager] = _Lazy("drafts", "DraftManager")
    snippets: _Lazy[SnippetManager] = _Lazy("snippets", "SnippetManager")
    key_dates: _Lazy[KeyDateManager] = _Lazy("key_dates", "KeyDateManager")
    journal: _Lazy[Journal] = _Lazy("journal", "Journal")  # sync: what each operation changed
    metrics: _Lazy[MetricsManager] = _Lazy("metrics", "MetricsManager")

    open_report: OpenReport | None = None
    """How `open` found the file (None for a Store built on a given Database)."""

    @classmethod
    def open(cls, root: Path, *, full_check: bool = False) -> tuple[Store, OpenReport]:
        db, report = open_database(database_path(root), full_check=full_check)
        store = cls(db, root)
        store.open_report = report
        return store, report

    @property
    def files_dir(self) -> Path:
        if self.root is None:
            raise RuntimeError("this store has no data folder")
        return files_dir(self.root)

    def take_changes(self) -> Changes:
        return self.log.take()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One transaction (a savepoint when nested). Work registered with `after_commit` inside it
        runs once the outermost transaction has committed, and is dropped if its part rolls back."""
        outermost = not self.db.conn.in_transaction
        mark = len(self._after_commit)
        try:
            with self.db.atomic():
                yield self
        except BaseException:
            del self._after_commit[mark:]
            raise
        if outermost:
            pending, self._after_commit = self._after_commit, []
            for callback in pending:
                try:
                    callback()
                except OSError:
                    # The rows are committed; a file that could not be removed is only wasted
                    # space, swept at the next start.
                    log.warning("work after commit failed", exc_info=True)

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the current transaction commits (at once when none is open): for
        removing files of purged rows, so a rollback never leaves a record whose file is gone."""
        if self.db.conn.in_transaction:
            self._after_commit.append(callback)
        else:
            callback()

    def close(self) -> None:
        try:
            self.db.execute("PRAGMA optimize")
            # Fold the WAL back so the folder holds one self-contained file after a clean exit.
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.db.close()
        if self.root is not None:  # lets the next start skip the full check (storage.db)
            mark_clean_close(database_path(self.root))
