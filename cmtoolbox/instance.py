"""One running CM Toolbox per data folder: an OS lock on a file inside the folder.

Two processes writing the same SQLite file each believe their view is current: both say "Saved",
the last writer wins and the other's work is silently lost. So whatever writes the data folder
(the app, and headless commands that write: backup, restore...) first takes an exclusive,
non-blocking OS lock on `<data folder>/cmtoolbox.lock`; read-only commands need not.

The lock is advisory and held by an open file (`fcntl.flock` on Unix, `msvcrt.locking` on
Windows): the operating system drops it when the process ends, however it ends (`kill -9`, a
crash, a power cut), so there is no stale lock to clean up, and the lock file itself is never
deleted (deleting it would let two processes lock two different files). The holder writes its
process id and host name into it, for the message the second start shows.

No Qt here: the CLI uses it too. Bringing the first window forward is the GUI's part
(`cmtoolbox.gui.single_instance`), over a local socket named by `instance_key`.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import hashlib
import logging
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

LOCK_FILE_NAME = "cmtoolbox.lock"
log = logging.getLogger(__name__)
_WINDOWS_LOCK_OFFSET = 1 << 20
"""Windows locks are mandatory byte ranges: lock one byte far past the text we write, so a second
start can still read who holds the folder."""


class DataFolderBusy(Exception):
    """Another process holds the data folder; `holder` is what it wrote about itself ("" if
    unknown), for the message."""

    def __init__(self, root: Path, holder: str) -> None:
        where = f" ({holder})" if holder else ""
        super().__init__(f"the data folder {root} is already in use by another CM Toolbox{where}")
        self.root = root
        self.holder = holder


def lock_path(root: Path) -> Path:
    return root / LOCK_FILE_NAME


def instance_key(root: Path) -> str:
    """A short name for this user and data folder, the same in every process (the GUI's local
    socket). Hashed: socket names are limited in length and must not hold path separators."""
    folder = os.path.normcase(str(Path(root).expanduser().resolve()))
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers: the folder alone will do
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:24]
    return f"cmtoolbox-{digest}"


class DataFolderLock:
    """The exclusive lock on one data folder, held from `acquire()` until `release()` or exit."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.path = lock_path(self.root)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock now or raise DataFolderBusy; never waits. Creates the folder if needed."""
        if self._fd is not None:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if not _try_lock(fd):
                raise DataFolderBusy(self.root, read_holder(self.root))
            self._fd = fd
        except BaseException:
            os.close(fd)
            raise
        self._write_holder()

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def _write_holder(self) -> None:
        assert self._fd is not None
        text = f"pid {os.getpid()} on {socket.gethostname()}\n".encode()
        with contextlib.suppress(OSError):
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.ftruncate(self._fd, 0)
            os.write(self._fd, text)
            with contextlib.suppress(OSError):
                os.chmod(self.path, 0o600)

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def read_holder(root: Path) -> str:
    """What the holder wrote about itself ("pid 123 on host"), or "" (no file, unreadable)."""
    try:
        with open(lock_path(root), "rb") as handle:
            text = handle.read(200).decode("utf-8", errors="replace")
    except OSError:
        return ""
    return " ".join(text.split())


def is_locked(root: Path) -> bool:
    """True when another process holds the folder (probes without keeping the lock)."""
    lock = DataFolderLock(root)
    if not lock.path.exists():
        return False
    try:
        fd = os.open(lock.path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


@contextlib.contextmanager
def hold_data_folder(root: Path) -> Iterator[DataFolderLock]:
    """`with hold_data_folder(root):` for headless commands that write; raises DataFolderBusy."""
    lock = DataFolderLock(root)
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP):
                raise
            # A file system without locks (some network shares): refusing to start would lock
            # the user out of their data, so go on unprotected and say so in the log.
            log.warning("the data folder cannot be locked (%s): a second start will not be detected", exc)
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
