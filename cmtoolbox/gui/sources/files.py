"""Reading and writing import/export files off the UI thread, and progress from the DB thread.

Exports are written to a temporary name in the target folder and renamed, so a full disk or a
crash never leaves half a file where a good one was.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

MAX_IMPORT_BYTES = 50 * 1024 * 1024
T = TypeVar("T")
_POOL: concurrent.futures.ThreadPoolExecutor | None = None


def _pool() -> concurrent.futures.ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="sources-io")
    return _POOL


async def in_thread(fn: Callable[..., T], *args: object) -> T:
    """Run blocking work (file I/O, parsing, image decoding) on a plain Python worker thread.

    Not `asyncio.to_thread`: under qasync that uses the loop's QThread executor, whose QThread
    objects were seen to be torn down under pending Qt timers when loops come and go (tests);
    plain threads never own a Qt object, so nothing Qt-side can outlive them.
    """
    return await asyncio.get_event_loop().run_in_executor(_pool(), functools.partial(fn, *args))


async def read_file(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    def read() -> bytes:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise OSError(27, os.strerror(27), str(path))  # EFBIG: "File too large"
        return data

    return await in_thread(read)


def write_atomic(path: Path, data: bytes) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


async def write_file(path: Path, data: bytes) -> None:
    await in_thread(write_atomic, path, data)


class ThreadProgress(QObject):
    """Progress reported from the database thread, delivered on the UI thread (queued signal)."""

    progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = False

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def is_cancelled(self) -> bool:
        return self.cancelled
