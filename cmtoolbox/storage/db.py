"""Opening the one SQLite database safely.

Everything that can go wrong at start (a file from a newer version, a damaged file, an upgrade that
fails) is detected here and raised as a `StorageError` with a stable code, before any write, so the
GUI and the CLI can explain it and offer a way out instead of crashing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from cmtoolbox.paths import backups_dir, files_dir
from cmtoolbox.storage.errors import DatabaseCorrupt, DatabaseTooNew, MigrationFailed
from cmtoolbox.storage.migrations import MIGRATIONS, known_names

BUSY_TIMEOUT_MS = 5000
PRE_MIGRATION_SUFFIX = ".pre-migration"
KEEP_BACKUPS = 5


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the log and the status bar."""

    created: bool
    migrated: list[str]
    backup: Path | None


def _secure_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)
    except OSError:  # e.g. a folder on a filesystem without Unix modes
        pass


def _secure_file(path: Path) -> None:
    if not path.exists():
        # Create it with the right mode from the first byte rather than chmod after the fact.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        if stat.S_IMODE(path.stat().st_mode) != 0o600:
            path.chmod(0o600)
    except OSError:
        pass


def connect(path: Path) -> Database:
    """A connection with the pragmas every part of the app relies on.

    check_same_thread is off because the GUI opens the file on the main thread (to show start-up
    dialogs) and then hands the connection to the single DbRunner thread; it is never used by two
    threads at once.
    """
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def quick_check(db: Database, path: Path) -> None:
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(path, str(exc)) from exc
    verdict = "; ".join(str(r[0]) for r in rows)
    if verdict != "ok":
        raise DatabaseCorrupt(path, verdict)


def applied_names(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]


def check_not_newer(db: Database, path: Path) -> None:
    unknown = [name for name in applied_names(db) if name not in known_names()]
    if unknown:
        raise DatabaseTooNew(path, unknown)


def backup_copy(path: Path, tag: str) -> Path:
    """Copy the database aside with SQLite's online backup (consistent even with a WAL)."""
    folder = backups_dir(path.parent)
    _secure_dir(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}{tag}{path.suffix}"
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    target.chmod(0o600)
    _prune_backups(folder, path.stem, tag)
    return target


def _prune_backups(folder: Path, stem: str, tag: str) -> None:
    copies = sorted(folder.glob(f"{stem}-*{tag}*"))
    for old in copies[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def latest_backup(path: Path) -> Path | None:
    """The newest automatic copy, offered when the live file turns out to be damaged."""
    folder = backups_dir(path.parent)
    if not folder.is_dir():
        return None
    copies = sorted(folder.glob(f"{path.stem}-*{path.suffix}"), key=lambda p: p.stat().st_mtime)
    return copies[-1] if copies else None


def restore_backup(backup: Path, path: Path) -> None:
    """Replace a damaged database with a copy; the damaged file is kept aside, never deleted."""
    if path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        path.replace(path.with_name(f"{path.name}.damaged-{stamp}"))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    tmp = path.with_name(path.name + ".restoring")
    shutil.copy2(backup, tmp)
    tmp.chmod(0o600)
    tmp.replace(path)


def apply_migrations(db: Database, path: Path) -> list[str]:
    """Apply every pending migration in one transaction: all of them, or none."""
    pending = MIGRATIONS.pending(db)
    if not pending:
        return []
    current = pending[0].name
    try:
        with db.atomic():
            MIGRATIONS.ensure_migrations_table(db)
            for migration in pending:
                current = migration.name
                migration.fn(db)
                MIGRATIONS._record_applied(db, migration.name)
    except Exception as exc:
        raise MigrationFailed(path, current, exc) from exc
    return [m.name for m in pending]


def open_database(path: Path, *, migrate: bool = True) -> tuple[Database, OpenReport]:
    """Open (creating if needed) the app database and bring its schema up to date.

    Order matters: integrity and version are checked before anything is written, and the file is
    copied aside before pending migrations touch it.
    """
    _secure_dir(path.parent)
    _secure_dir(files_dir(path.parent))
    created = not path.exists() or path.stat().st_size == 0
    _secure_file(path)
    try:
        db = connect(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(path, str(exc)) from exc
    try:
        quick_check(db, path)
        check_not_newer(db, path)
        backup: Path | None = None
        migrated: list[str] = []
        if migrate and MIGRATIONS.pending(db):
            if not created:
                backup = backup_copy(path, PRE_MIGRATION_SUFFIX)
            migrated = apply_migrations(db, path)
        for suffix in ("-wal", "-shm"):
            extra = Path(str(path) + suffix)
            if extra.exists():
                _secure_file(extra)
    except BaseException:
        db.close()
        raise
    return db, OpenReport(created=created, migrated=migrated, backup=backup)


DAILY_SUFFIX = ".daily"


def ensure_recent_backup(path: Path, *, max_age_hours: float = 24) -> Path | None:
    """Make an automatic copy when the newest one is older than `max_age_hours`.

    This is what the "damaged file" dialog offers to restore, so it runs at every start (in the
    background) rather than only before migrations.
    """
    newest = latest_backup(path)
    if newest is not None:
        age_hours = (datetime.now(UTC).timestamp() - newest.stat().st_mtime) / 3600
        if age_hours < max_age_hours:
            return None
    return backup_copy(path, DAILY_SUFFIX)
