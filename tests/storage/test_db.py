"""Opening, migrating, refusing and recovering the database file (real SQLite files in tmp)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database

from cmtoolbox.devtools.schema_snapshot import SNAPSHOT, blank_schema
from cmtoolbox.paths import backups_dir, database_path, files_dir
from cmtoolbox.storage import db as dbmod
from cmtoolbox.storage.db import (
    ensure_recent_backup,
    latest_backup,
    open_database,
    restore_backup,
)
from cmtoolbox.storage.errors import DatabaseCorrupt, DatabaseTooNew, MigrationFailed
from cmtoolbox.storage.migrations import MIGRATIONS, known_names
from cmtoolbox.storage.store import Store


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_blank_database_matches_schema_snapshot() -> None:
    assert SNAPSHOT.exists(), "run python -m cmtoolbox.devtools.schema_snapshot"
    assert blank_schema() == SNAPSHOT.read_text(encoding="utf-8"), (
        "the migrations no longer produce tests/storage/schema.sql: if the change is intended, run "
        "python -m cmtoolbox.devtools.schema_snapshot"
    )


def test_new_database_is_private_wal_with_foreign_keys(data_root: Path) -> None:
    db, report = open_database(database_path(data_root))
    try:
        assert report.created and report.migrated == known_names() and report.backup is None
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    finally:
        db.close()
    assert stat.S_IMODE(database_path(data_root).stat().st_mode) == 0o600
    assert stat.S_IMODE(data_root.stat().st_mode) == 0o700
    assert stat.S_IMODE(files_dir(data_root).stat().st_mode) == 0o700


def test_reopening_applies_nothing(data_root: Path) -> None:
    db, _ = open_database(database_path(data_root))
    db.close()
    db, report = open_database(database_path(data_root))
    db.close()
    assert report.migrated == [] and not report.created


def _old_database(path: Path, upto: int) -> None:
    """A database as an older release left it: only the first `upto` migrations applied."""
    db = dbmod.connect(path)
    names = known_names()
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
        for migration in MIGRATIONS._migrations[:upto]:
            migration.fn(db)
            MIGRATIONS._record_applied(db, migration.name)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    assert len(names) > upto


def test_upgrade_copies_the_file_aside_first(data_root: Path) -> None:
    path = database_path(data_root)
    _old_database(path, 1)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO clients (name, created_at, updated_at) "
            "VALUES ('Avant', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
        )
    conn.close()
    db, report = open_database(path)
    db.close()
    assert report.migrated == known_names()[1:]
    assert report.backup is not None and report.backup.parent == backups_dir(data_root)
    with sqlite3.connect(report.backup) as copy:
        assert copy.execute("SELECT name FROM clients").fetchall() == [("Avant",)]
        applied = [r[0] for r in copy.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == known_names()[:1]


def test_failing_migration_leaves_the_file_untouched(
    data_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = database_path(data_root)
    _old_database(path, 1)
    before = sha(path)

    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(
        MIGRATIONS,
        "_migrations",
        [*MIGRATIONS._migrations, type(MIGRATIONS._migrations[0])("m999_broken", broken)],
    )
    with pytest.raises(MigrationFailed) as info:
        open_database(path)
    assert info.value.name in known_names()[1:] + ["m999_broken"]
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0
    assert sha(path) == before
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert "half_done" not in tables and applied == known_names()[:1]


def test_database_from_a_newer_version_is_refused(data_root: Path) -> None:
    path = database_path(data_root)
    db, _ = open_database(path)
    with db.atomic():
        MIGRATIONS._record_applied(db, "m999_from_the_future")
    db.close()
    before = sha(path)
    with pytest.raises(DatabaseTooNew) as info:
        open_database(path)
    assert info.value.unknown == ["m999_from_the_future"]
    assert sha(path) == before


def test_garbage_file_is_reported_as_corrupt(data_root: Path) -> None:
    path = database_path(data_root)
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(DatabaseCorrupt):
        open_database(path)


def test_damaged_pages_are_caught_by_quick_check(data_root: Path) -> None:
    store, _ = Store.open(data_root)
    for i in range(300):
        store.clients.create(f"Client {i:03d} " + "x" * 80)
    store.close()
    path = database_path(data_root)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 5)):
        data[offset] = (data[offset] * 7 + 13) % 256
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        open_database(path)


def test_restore_keeps_the_damaged_file_aside(data_root: Path) -> None:
    store, _ = Store.open(data_root)
    store.clients.create("Boulangerie Martin")
    store.close()
    path = database_path(data_root)
    backup = ensure_recent_backup(path)
    assert backup is not None and latest_backup(path) == backup
    assert ensure_recent_backup(path) is None  # a fresh copy exists: no second one
    path.write_bytes(b"garbage" * 1000)
    restore_backup(backup, path)
    store, _ = Store.open(data_root)
    assert [c.name for c in store.clients.list()] == ["Boulangerie Martin"]
    store.close()
    assert any(p.name.startswith(path.name + ".damaged-") for p in data_root.iterdir())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_old_backups_are_pruned(data_root: Path) -> None:
    store, _ = Store.open(data_root)
    store.close()
    path = database_path(data_root)
    for _ in range(dbmod.KEEP_BACKUPS + 3):
        dbmod.backup_copy(path, ".daily")
    assert len(list(backups_dir(data_root).glob("*.daily*"))) == dbmod.KEEP_BACKUPS
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in backups_dir(data_root).iterdir())
    assert os.access(path, os.R_OK)
