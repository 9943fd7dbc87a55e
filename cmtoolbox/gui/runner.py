"""DbRunner: the single owner of the database in the GUI.

One worker thread owns the Store; views `await runner.query(fn)` or `await runner.mutate(fn)` where
`fn(store)` runs on that thread. The UI thread never waits on SQLite. After a mutation the changes
the managers recorded are emitted once through `changed`, and views refresh themselves from it
(no widget calls another widget's refresh).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.store import Store

T = TypeVar("T")
log = logging.getLogger(__name__)


class DbRunner(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._closed = False

    async def query(self, fn: Callable[[Store], T]) -> T:
        """Run a read on the database thread."""
        return await asyncio.wrap_future(self._submit(fn))

    async def mutate(self, fn: Callable[[Store], T]) -> T:
        """Run a write on the database thread, then broadcast what it changed, once."""
        result, changes = await asyncio.wrap_future(self._submit(self._run_mutation, fn))
        if changes:
            self.changed.emit(changes)
        return result

    def call_blocking(self, fn: Callable[[Store], T]) -> T:
        """Run on the database thread and wait. Only for shutdown paths where no event loop is left."""
        result, changes = self._submit(self._run_mutation, fn).result()
        if changes:
            self.changed.emit(changes)
        return result

    def _submit(self, fn: Callable[..., T], *args: object) -> concurrent.futures.Future[T]:
        if self._closed:
            raise RuntimeError("the database is closed")
        return self._executor.submit(fn, *args) if args else self._executor.submit(fn, self._store)

    def _run_mutation(self, fn: Callable[[Store], T]) -> tuple[T, Changes]:
        self._store.take_changes()  # drop anything a failed op left behind
        try:
            result = fn(self._store)
        except BaseException:
            self._store.take_changes()
            raise
        return result, self._store.take_changes()

    def close(self) -> None:
        """Finish queued work, then close the database on its own thread."""
        if self._closed:
            return
        future = self._executor.submit(self._store.close)
        self._closed = True
        self._executor.shutdown(wait=True)
        try:
            future.result()
        except Exception:
            log.exception("closing the database failed")
