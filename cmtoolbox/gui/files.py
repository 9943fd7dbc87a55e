"""Reading and writing import/export files, and progress reported from the database thread.

The file work runs in the app's shared pools, never on the UI thread: `await read_file(ctx.pools,
path)`, `await write_file(ctx.pools, path, data)`. Exports are
written to a temporary name in the target folder and renamed, so a full disk or a crash never
leaves half a file where a good one was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from cmtoolbox.gui.pools import IO, Pools

MAX_IMPORT_BYTES = 50 * 1024 * 1024


def read_bounded(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes; OSError EFBIG past `limit`, so a wrong pick never fills the memory."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG), str(path))
    return data


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


async def read_file(pools: Pools, path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """`read_bounded` in the shared IO pool."""
    return await pools.run(IO, read_bounded, path, limit)


async def write_file(pools: Pools, path: Path, data: bytes) -> None:
    """`write_atomic` in the shared IO pool."""
    await pools.run(IO, write_atomic, path, data)
