"""One running instance per data folder: the OS lock, with real processes (issue 11, point 3)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cmtoolbox.instance import (
    DataFolderBusy,
    DataFolderLock,
    hold_data_folder,
    instance_key,
    is_locked,
    lock_path,
)
from tests.conftest import REPO_ROOT

HOLDER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from cmtoolbox.instance import DataFolderLock\n"
    "lock = DataFolderLock(Path(sys.argv[1]))\n"
    "lock.acquire()\n"
    "print('held', flush=True)\n"
    "sys.stdin.readline()\n"  # hold until told (or killed)
)


def hold_in_another_process(root: Path) -> subprocess.Popen[str]:
    """A process that takes the lock, says "held" and keeps it until its stdin closes or it dies."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root)],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_second_process_is_refused_and_told_who_holds_the_folder(data_root: Path) -> None:
    child = hold_in_another_process(data_root)
    try:
        assert is_locked(data_root)
        with pytest.raises(DataFolderBusy) as refused:
            DataFolderLock(data_root).acquire()
        assert f"pid {child.pid} on " in refused.value.holder
        with pytest.raises(DataFolderBusy), hold_data_folder(data_root):
            pass
    finally:
        child.communicate("\n", timeout=30)
    with hold_data_folder(data_root) as lock:  # released by a clean exit
        assert lock.held and is_locked(data_root) is True
    assert not is_locked(data_root)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_lock_dies_with_its_holder_even_on_kill_9(data_root: Path) -> None:
    child = hold_in_another_process(data_root)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    lock = DataFolderLock(data_root)
    lock.acquire()  # no stale lock to clean up
    try:
        assert lock_path(data_root).exists()
        assert f"pid {os.getpid()}" in lock_path(data_root).read_text()
    finally:
        lock.release()
    assert lock_path(data_root).exists()  # never deleted: another process may be opening it


def test_the_lock_is_exclusive_within_one_process_too(data_root: Path) -> None:
    """Two opens of the lock file are two locks (flock per open file): the GUI tests rely on it."""
    first = DataFolderLock(data_root)
    first.acquire()
    try:
        with pytest.raises(DataFolderBusy):
            DataFolderLock(data_root).acquire()
    finally:
        first.release()


def test_the_instance_key_names_the_folder_not_the_spelling(tmp_path: Path) -> None:
    a = tmp_path / "data"
    a.mkdir()
    assert instance_key(a) == instance_key(tmp_path / "x" / ".." / "data")
    assert instance_key(a) != instance_key(tmp_path / "other")
    assert instance_key(a).startswith("cmtoolbox-") and len(instance_key(a)) < 40
