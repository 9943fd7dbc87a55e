"""The Store: one object owning the database, with one manager per entity.

Managers return dataclasses, never rows, so no caller depends on the column layout. The Store is
not thread-safe by design: the GUI reaches it only through the single DbRunner thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from cmtoolbox.paths import database_path, files_dir
from cmtoolbox.storage.accounts import AccountManager
from cmtoolbox.storage.changes import ChangeLog, Changes
from cmtoolbox.storage.clients import ClientManager
from cmtoolbox.storage.db import OpenReport, mark_clean_close, open_database
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


class Store:
    def __init__(self, db: Database, root: Path | None = None, *, entities: Registry | None = None) -> None:
        from cmtoolbox.storage.registry import DEFAULT_REGISTRY  # imports every manager module

        self.db = db
        self.root = root
        self.log = ChangeLog()
        self.entities = entities or DEFAULT_REGISTRY
        self._after_commit: list[Callable[[], None]] = []
        self.clients = ClientManager(self)
        self.settings = SettingsManager(self)
        self.trash = TrashManager(self)
        self.tags = TagManager(self)
        # Feature managers: one line each, in the order features landed.
        self.dictionary = DictionaryManager(self)
        self.revisions = RevisionManager(self)
        self.notes = NotesManager(self)
        self.kpi_formulas = FormulaManager(self)
        self.accounts = AccountManager(self)
        self.sources = SourceManager(self)
        self.feeds = FeedManager(self)
        self.reviews = ReviewManager(self)
        self.media = MediaManager(self)
        self.drafts = DraftManager(self)
        self.snippets = SnippetManager(self)
        self.key_dates = KeyDateManager(self)
        self.journal = Journal(self)  # sync: what each operation changed (storage/journal.py)
        self.metrics = MetricsManager(self)

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
