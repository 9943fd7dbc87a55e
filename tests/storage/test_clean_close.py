"""The full integrity check leaves the start path only for a file exactly as a clean close left it
(issue 16); every other file is checked before the window as before, and a failed check after
the window makes the next start check in full (issue 11's recovery keeps working)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cmtoolbox.paths import database_path
from cmtoolbox.storage.db import (
    CHECK_FLAG_SUFFIX,
    CLEAN_MARK_SUFFIX,
    check_live_database,
    closed_cleanly,
    open_database,
)
from cmtoolbox.storage.errors import DatabaseCorrupt
from cmtoolbox.storage.store import Store
from tests.storage.test_backups import add_clients, damage_one_page


def reopen(root: Path) -> bool:
    """Open and close again; whether the open ran the full check."""
    store, report = Store.open(root)
    store.close()
    return report.checked


def test_a_clean_close_lets_the_next_start_skip_the_full_check(data_root: Path) -> None:
    add_clients(data_root, "Boulangerie Martin")
    path = database_path(data_root)
    assert closed_cleanly(path)
    store, report = Store.open(data_root)
    assert not report.checked
    assert store.open_report is report
    # The session writes: from now on a crash must mean a full check at the next start.
    assert not closed_cleanly(path)
    assert [c.name for c in store.clients.list()] == ["Boulangerie Martin"]
    store.close()
    assert closed_cleanly(path)


def test_a_crash_means_a_full_check(data_root: Path) -> None:
    add_clients(data_root, "Boulangerie Martin")
    store, _ = Store.open(data_root)
    store.clients.create("Café Lumière")
    store.db.close()  # no Store.close: as a kill would leave it (the WAL may even be folded back)
    assert reopen(data_root)


def test_a_file_changed_by_another_program_gets_the_full_check(data_root: Path) -> None:
    add_clients(data_root, "Boulangerie Martin")
    path = database_path(data_root)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE clients SET name = 'Edited elsewhere'")
    conn.close()
    assert not closed_cleanly(path)
    assert reopen(data_root)


def test_damage_right_after_a_clean_close_is_caught_before_the_window(data_root: Path) -> None:
    add_clients(data_root, *(f"Client {i:03d} " + "x" * 60 for i in range(200)))
    path = database_path(data_root)
    damage_one_page(path)  # same size, same inode, possibly the same coarse file-time tick
    with pytest.raises(DatabaseCorrupt):
        open_database(path)


def test_a_failed_check_after_the_window_forces_the_full_check_at_next_start(data_root: Path) -> None:
    add_clients(data_root, *(f"Client {i:03d} " + "x" * 60 for i in range(200)))
    path = database_path(data_root)
    assert check_live_database(path) is None
    assert closed_cleanly(path)
    mark = path.with_name(path.name + CLEAN_MARK_SUFFIX)
    recorded = mark.read_text()
    damage_one_page(path)
    problem = check_live_database(path)
    assert problem
    # Even if the mark still matched (bit rot changes no file time), the flag wins.
    mark.write_text(recorded)
    assert not closed_cleanly(path)
    with pytest.raises(DatabaseCorrupt):
        open_database(path)
    assert path.with_name(path.name + CHECK_FLAG_SUFFIX).exists()


def test_a_full_check_that_passes_clears_the_flag(data_root: Path) -> None:
    add_clients(data_root, "Boulangerie Martin")
    path = database_path(data_root)
    flag = path.with_name(path.name + CHECK_FLAG_SUFFIX)
    flag.touch()
    assert not closed_cleanly(path)
    assert reopen(data_root)
    assert not flag.exists()
    assert not reopen(data_root)


def test_full_check_can_be_asked_for(data_root: Path) -> None:
    add_clients(data_root, "Boulangerie Martin")
    _db, report = open_database(database_path(data_root), full_check=True)
    _db.close()
    assert report.checked
