"""Automatic copies and recovery on real files: written whole or not at all, offered only when they
verify, restored without ever losing the file they replace (issue 11, point 1)."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cmtoolbox.paths import backups_dir, database_path
from cmtoolbox.storage import db as dbmod
from cmtoolbox.storage.db import (
    DAILY_SUFFIX,
    backup_copy,
    ensure_recent_backup,
    restore_backup,
    sweep_backup_temps,
    verified_backups,
    verify_copy,
)
from cmtoolbox.storage.errors import BackupInvalid, DatabaseCorrupt, RestoreFailed
from cmtoolbox.storage.migrations import known_names
from cmtoolbox.storage.store import Store
from tests.conftest import REPO_ROOT

FINAL_NAME = re.compile(r"^cmtoolbox-\d{8}T\d{12}Z(-\d+)?\.[a-z-]+\.sqlite3$")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(root: Path) -> dict[str, str]:
    """Every file under the data folder with its content hash: "exactly as before" means equal."""
    return {str(p.relative_to(root)): sha(p) for p in sorted(root.rglob("*")) if p.is_file()}


def client_names(root: Path) -> list[str]:
    store, _ = Store.open(root)
    try:
        return sorted(c.name for c in store.clients.list())
    finally:
        store.close()


def add_clients(root: Path, *names: str) -> None:
    store, _ = Store.open(root)
    try:
        for name in names:
            store.clients.create(name)
    finally:
        store.close()


def damage_one_page(path: Path) -> None:
    """Scribble over one 4 KB page in the middle of the clients table, as a bad sector would."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root_page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'clients'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root_page - 1) * page_size
    data[start : start + page_size] = bytes((i * 7 + 13) % 256 for i in range(page_size))
    path.write_bytes(bytes(data))


def copies_on_disk(root: Path) -> list[Path]:
    folder = backups_dir(root)
    return sorted(p for p in folder.iterdir() if FINAL_NAME.match(p.name)) if folder.is_dir() else []


@pytest.fixture
def filled(data_root: Path) -> Path:
    """A data folder whose database spans many pages (the clients table has interior pages)."""
    add_clients(data_root, *(f"Client {i:03d} " + "x" * 60 for i in range(300)))
    return data_root


@pytest.fixture
def umask_zero() -> Iterator[None]:
    """The most permissive umask: modes must come from the code, not from the environment."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_a_copy_is_verified_private_and_named_only_once_whole(filled: Path, umask_zero: None) -> None:
    path = database_path(filled)
    copy = backup_copy(path, DAILY_SUFFIX)
    assert FINAL_NAME.match(copy.name)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert [p.name for p in backups_dir(filled).iterdir()] == [copy.name]  # no temporary left
    assert verify_copy(copy) == (known_names()[-1], len(known_names()))
    [info] = verified_backups(filled)
    assert (info.path, info.kind, info.schema) == (copy, "daily", known_names()[-1])
    assert abs((datetime.now(UTC) - info.taken_at).total_seconds()) < 60


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_copy_killed_before_its_rename_leaves_no_final_name_nor_suppresses_the_next(filled: Path) -> None:
    """The issue's first finding: a kill during the copy left a partial file under the final name,
    which recovery then restored and which suppressed the next copy for 24 h."""
    path = database_path(filled)
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from cmtoolbox.storage import db\n"
        "db._fsync_file = lambda p: os.kill(os.getpid(), signal.SIGKILL)\n"  # dies after the copy
        "db.backup_copy(Path(sys.argv[1]), '.daily')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], cwd=REPO_ROOT, capture_output=True, timeout=60
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    leftovers = list(backups_dir(filled).iterdir())
    assert leftovers and all(p.name.startswith(".") for p in leftovers)  # only a hidden temporary
    assert copies_on_disk(filled) == [] and verified_backups(filled) == []

    made = ensure_recent_backup(path)  # the dead copy does not count as a recent one
    assert made is not None and copies_on_disk(filled) == [made]
    assert sweep_backup_temps(filled) == 0  # too young: it could be a copy in progress
    old = time.time() - 3600
    for leftover in leftovers:
        os.utime(leftover, (old, old))
    assert sweep_backup_temps(filled) == len(leftovers)
    assert [p.name for p in backups_dir(filled).iterdir()] == [made.name]


def test_a_partial_copy_an_older_version_named_is_neither_offered_nor_counted(filled: Path) -> None:
    path = database_path(filled)
    good = backup_copy(path, DAILY_SUFFIX)
    partial = backup_copy(path, DAILY_SUFFIX)
    partial.write_bytes(partial.read_bytes()[: partial.stat().st_size // 2])
    assert [info.path for info in verified_backups(filled)] == [good]
    good.unlink()
    made = ensure_recent_backup(path)
    assert made is not None and [info.path for info in verified_backups(filled)] == [made]


def test_a_damaged_database_gives_no_copy_at_all(filled: Path) -> None:
    path = database_path(filled)
    damage_one_page(path)
    with pytest.raises((BackupInvalid, sqlite3.DatabaseError)):
        backup_copy(path, DAILY_SUFFIX)
    assert list(backups_dir(filled).iterdir()) == []


def test_copies_are_listed_newest_first_and_pruned_per_kind(filled: Path) -> None:
    path = database_path(filled)
    daily = [backup_copy(path, DAILY_SUFFIX) for _ in range(dbmod.KEEP_BACKUPS + 2)]
    before_upgrade = backup_copy(path, dbmod.PRE_MIGRATION_SUFFIX)
    listed = verified_backups(filled)
    assert [info.path for info in listed] == [before_upgrade, *reversed(daily[-dbmod.KEEP_BACKUPS :])]
    assert [info.kind for info in listed[:2]] == ["pre-migration", "daily"]
    assert all(a.taken_at >= b.taken_at for a, b in zip(listed, listed[1:], strict=False))


def test_a_copy_from_a_newer_version_is_not_offered(filled: Path) -> None:
    copy = backup_copy(database_path(filled), DAILY_SUFFIX)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('cmtoolbox', 'm999_from_the_future', '2030-01-01')"
        )
    conn.close()
    with pytest.raises(BackupInvalid, match="newer"):
        verify_copy(copy)
    assert verified_backups(filled) == []


def test_restore_keeps_the_damaged_file_and_its_journal_and_never_replays_it(filled: Path) -> None:
    path = database_path(filled)
    good = backup_copy(path, DAILY_SUFFIX)
    # A -wal the damaged file still had: it belongs to that file, not to the restored one.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(
        "INSERT INTO clients (name, created_at, updated_at) VALUES ('Only in the WAL', '2026', '2026')"
    )
    conn.commit()
    wal_bytes = Path(str(path) + "-wal").read_bytes()
    assert wal_bytes
    conn.close()
    Path(str(path) + "-wal").write_bytes(wal_bytes)  # as a crash would have left it
    damaged = path.read_bytes()

    aside = restore_backup(good, path)
    assert aside is not None and aside.name.startswith(path.name + ".damaged-")
    assert aside.read_bytes() == damaged
    assert Path(str(aside) + "-wal").read_bytes() == wal_bytes
    assert not Path(str(path) + "-wal").exists()
    names = client_names(filled)
    assert "Only in the WAL" not in names and len(names) == 300
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_restoring_twice_in_the_same_second_keeps_both_files(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's data loss: a second "keep aside" in the same second overwrote the first."""

    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return datetime(2026, 11, 21, 10, 0, 0, tzinfo=tz)

    path = database_path(filled)
    good = backup_copy(path, DAILY_SUFFIX)
    original = path.read_bytes()
    monkeypatch.setattr(dbmod, "datetime", FrozenClock)
    first = restore_backup(good, path)
    second = restore_backup(good, path)
    assert first is not None and second is not None and first != second
    assert first.read_bytes() == original  # the user's file, untouched
    assert second.read_bytes() == good.read_bytes()


def test_a_restore_from_a_bad_copy_changes_nothing(filled: Path) -> None:
    path = database_path(filled)
    copy = backup_copy(path, DAILY_SUFFIX)
    copy.write_bytes(copy.read_bytes()[:8192])
    damage_one_page(path)
    before = snapshot(filled)
    with pytest.raises(RestoreFailed):
        restore_backup(copy, path)
    assert snapshot(filled) == before


def test_a_restore_failing_at_the_last_step_puts_everything_back(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = database_path(filled)
    good = backup_copy(path, DAILY_SUFFIX)
    damage_one_page(path)
    Path(str(path) + "-wal").write_bytes(b"journal of the damaged file")
    before = snapshot(filled)
    real_replace = os.replace

    def failing_replace(src, dst) -> None:  # noqa: ANN001
        if Path(dst) == path:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(dbmod.os, "replace", failing_replace)
    with pytest.raises(RestoreFailed):
        restore_backup(good, path)
    monkeypatch.undo()
    assert snapshot(filled) == before


def test_open_refuses_the_damaged_file_and_restore_brings_back_the_copy(filled: Path) -> None:
    path = database_path(filled)
    backup_copy(path, DAILY_SUFFIX)
    add_clients(filled, "After the copy")
    damage_one_page(path)
    with pytest.raises(DatabaseCorrupt):
        Store.open(filled)
    [newest] = verified_backups(filled)
    restore_backup(newest.path, path)
    assert len(client_names(filled)) == 300
