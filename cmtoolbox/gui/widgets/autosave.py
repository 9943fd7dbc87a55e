"""Autosave shared by every editor (notes, drafts, the composer...).

The editor calls `touch()` on every edit; the text is saved `delay_ms` after typing stops, and
never later than `max_wait_ms` after the first unsaved edit, so a steady typist (one key every
200 ms never "stops") loses at most about a second and a half if the machine dies. Every
path that leaves the text (switching note or client, closing the window, quitting) calls `flush()`
or `flush_blocking()`, which save at once with `checkpoint=True` so the revision history keeps the
state someone walked away from.

The one rule that makes this safe: the snapshot of the text is taken *synchronously*, at the very
moment the flush is asked for, before the editor loads anything else. `flush()` therefore takes the
snapshot when called and returns an awaitable for the write, instead of being a coroutine that
would only look at the editor once the event loop gets round to it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from cmtoolbox.gui.runner import DbRunner
from cmtoolbox.gui.tasks import TaskTracker
from cmtoolbox.ops import Call

log = logging.getLogger(__name__)

SaveOp = Call
Snapshot = Callable[[bool, bool], SaveOp | None]
"""(dirty, checkpoint) -> the named operation (`ops.call(...)`) that saves what the editor shows,
or None when there is nothing to do (no record open, or clean and no checkpoint wanted)."""

DEFAULT_DELAY_MS = 800
MAX_WAIT_MS = 1000  # plus the write itself: well under the 1.5 s a crash may cost
RETRY_DELAY_MS = 5000


class Autosaver(QObject):
    saved = Signal(object)  # what the save operation returned
    failed = Signal(object)  # the exception; the text stays dirty and is retried
    dirty_changed = Signal(bool)

    def __init__(
        self,
        runner: DbRunner,
        tasks: TaskTracker,
        snapshot: Snapshot,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._tasks = tasks
        self._snapshot = snapshot
        self._edits = 0  # edit generation: bumped by touch()
        self._saved = 0  # generation known to be stored
        self._delay = delay_ms
        self._max_wait = max_wait_ms
        self._dirty_since: float | None = None  # monotonic time of the first unsaved edit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    @property
    def dirty(self) -> bool:
        return self._edits != self._saved

    @property
    def delay_ms(self) -> int:
        return self._delay

    @property
    def pending(self) -> bool:
        """A save is scheduled (the countdown runs)."""
        return self._timer.isActive()

    def touch(self) -> None:
        """The text changed: (re)start the countdown, but never past the maximum wait."""
        was_dirty = self.dirty
        self._edits += 1
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        left_ms = self._max_wait - (now - self._dirty_since) * 1000
        self._timer.start(max(0, min(self._delay, int(left_ms))))
        if not was_dirty:
            self.dirty_changed.emit(True)

    def reset(self) -> None:
        """A new record was loaded: nothing is pending for it. Call after flushing the old one."""
        self._timer.stop()
        self._dirty_since = None
        was_dirty = self.dirty
        self._saved = self._edits
        if was_dirty:
            self.dirty_changed.emit(False)

    def _take(self, checkpoint: bool) -> tuple[SaveOp | None, int]:
        self._timer.stop()
        self._dirty_since = None  # edits from now on start a new wait
        return self._snapshot(self.dirty, checkpoint), self._edits

    def _on_timeout(self) -> None:
        op, generation = self._take(False)
        if op is not None:
            self._tasks.spawn(self._write(op, generation, raise_errors=False))

    def flush(self, *, checkpoint: bool = True) -> Awaitable[Any]:
        """Snapshot NOW and return an awaitable for the write (its result is None when nothing
        was written). The write runs as a tracked task, so it completes (and a failure is
        reported) even if nobody awaits it; awaiting it raises the failure too, so a caller about
        to load another record can stop and keep the text on screen."""
        op, generation = self._take(checkpoint)
        if op is None:
            self._mark_saved(generation)
            future: asyncio.Future[Any] = asyncio.get_event_loop().create_future()
            future.set_result(None)
            return future
        return self._tasks.spawn(self._write(op, generation, raise_errors=True))

    def flush_blocking(self, *, checkpoint: bool = True) -> Any:
        """Save at once and wait: for closeEvent, where no coroutine can be awaited. The database
        thread runs it after any save already queued, so writes keep their order."""
        op, generation = self._take(checkpoint)
        if op is None:
            self._mark_saved(generation)
            return None
        result = self._runner.run_blocking(op.fn, *op.args, initiator=self.parent(), **op.kwargs)
        self._mark_saved(generation)
        self.saved.emit(result)
        return result

    async def _write(self, op: SaveOp, generation: int, *, raise_errors: bool) -> Any:
        try:
            result = (await self._runner.perform(op, initiator=self.parent())).value
        except Exception as exc:
            log.warning("autosave failed: %s", exc)
            self.failed.emit(exc)
            if self.dirty:
                self._timer.start(RETRY_DELAY_MS)
            if raise_errors:
                raise
            return None
        self._mark_saved(generation)
        self.saved.emit(result)
        return result

    def _mark_saved(self, generation: int) -> None:
        was_dirty = self.dirty
        self._saved = max(self._saved, generation)
        if self.dirty:  # typed again while the write ran: keep counting down
            if self._dirty_since is None:
                self._dirty_since = time.monotonic()
            if not self._timer.isActive():
                self._timer.start(min(self._delay, self._max_wait))
        elif was_dirty:
            self.dirty_changed.emit(False)
