"""DbRunner: the single owner of the database in the GUI.

One worker thread owns the Store. Views run named operations from `cmtoolbox.ops` on it:
`await runner.read(ops.notes.get_note, note_id)` for reads, `await runner.run(ops.notes.rename,
note_id, title, initiator=self)` for writes. A write runs in one transaction
(`cmtoolbox.ops.execute`); its `Changes`, tagged with the operation and the initiator, are emitted
once through `changed`, so views refresh themselves (and the initiator can skip what it already
shows). An undoable write also emits `undoable(call, label)`, which the app's one undo stack keeps.
The UI thread never waits on SQLite.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from cmtoolbox.ops import Call, Outcome, call, execute
from cmtoolbox.storage.store import Store

T = TypeVar("T")
log = logging.getLogger(__name__)


def _is_named(fn: object) -> bool:
    """A module-level function (or a method of a module-level class): not a lambda, not a function
    defined inside another one, not a `functools.partial`."""
    qualname = getattr(fn, "__qualname__", None)
    return isinstance(qualname, str) and "<lambda>" not in qualname and "<locals>" not in qualname


class ClientScoped(Protocol):
    """A view showing one client's records at a time (None: no client chosen)."""

    client_id: int | None


def _nothing() -> None:
    """`DbRunner.drained`'s step: it touches no data."""


class DbRunner(QObject):
    changed = Signal(object)  # Changes
    undoable = Signal(object, str)  # the Call that undoes an operation, its label ("" when none)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._closed = False

    async def read(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run the read operation `fn(store, *args, **kwargs)` on the database thread."""
        return await asyncio.wrap_future(self._submit(fn, *args, **kwargs))

    async def drained(self) -> None:
        """Return once every read and write queued before this call has run (the database thread
        runs them in order: a step that does nothing, queued last, ends after them)."""
        await asyncio.wrap_future(self._executor.submit(_nothing))

    async def read_for(self, view: ClientScoped, fn: Callable[..., T], /, *args: Any) -> T | None:
        """`read(fn, client_id, *args)` for the client `view` shows; None when it shows none, or when
        it moved to another client while this ran (that client's own read is on its way)."""
        client_id = view.client_id
        if client_id is None:
            return None
        found = await self.read(fn, client_id, *args)
        return found if view.client_id == client_id else None

    async def run(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        initiator: object | None = None,
        undo_label: str = "",
        **kwargs: Any,
    ) -> Any:
        """Run the write operation `fn(store, *args, **kwargs)` in one transaction; returns its
        result (unwrapped from `Undoable`)."""
        outcome = await self.perform(call(fn, *args, **kwargs), initiator=initiator, undo_label=undo_label)
        return outcome.value

    async def perform(
        self, op: Call, *, initiator: object | None = None, undo_label: str = ""
    ) -> Outcome[Any]:
        """`run` for a prepared `Call`, returning the whole `Outcome` (the undo stack uses it)."""
        outcome = await asyncio.wrap_future(self._submit(execute, op, initiator=initiator))
        self._announce(outcome, undo_label)
        return outcome

    def run_blocking(
        self, fn: Callable[..., Any], /, *args: Any, initiator: object | None = None, **kwargs: Any
    ) -> Any:
        """`run`, waiting for the result. Only for close paths where no coroutine can be awaited;
        the database thread runs it after anything already queued, so writes keep their order."""
        outcome = self._submit(execute, call(fn, *args, **kwargs), initiator=initiator).result()
        self._announce(outcome, "")
        return outcome.value

    def call_from_worker(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run the named database step `fn(store, *args, **kwargs)` for a worker thread, waiting
        for its result (sync moves files and talks to the network off this thread, and runs its
        database steps, each one transaction, here). Like `read` and `run`, it takes a named
        module-level function and its arguments, never a lambda or a closure: what runs on the
        database thread can be named in a log and read in one place. Never from the UI thread:
        it would wait on SQLite."""
        if not _is_named(fn):
            raise TypeError(f"call_from_worker takes a named function and its arguments, not {fn!r}")
        return self._submit(fn, *args, **kwargs).result()

    def _announce(self, outcome: Outcome[Any], undo_label: str) -> None:
        if outcome.changes:
            self.changed.emit(outcome.changes)
        if outcome.undo is not None:
            self.undoable.emit(outcome.undo, undo_label)

    def _submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> concurrent.futures.Future[T]:
        """Run `fn(store, *args, **kwargs)` on the database thread."""
        if self._closed:
            raise RuntimeError("the database is closed")
        return self._executor.submit(fn, self._store, *args, **kwargs)

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
