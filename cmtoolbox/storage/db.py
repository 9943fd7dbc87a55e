"""Opening the one SQLite database safely.

Everything that can go wrong at start (a file from a newer version, a damaged file, an upgrade that
fails) is detected here and raised as a `StorageError` with a stable code, before any write, so the
GUI and the CLI can explain it and offer a way out instead of crashing.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import logging
import os
import re
import shutil
import sqlite3
import stat
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from cmtoolbox.paths import DATABASE_NAME, backups_dir, database_path, files_dir
from cmtoolbox.storage.durable import fsync_dir
from cmtoolbox.storage.errors import (
    BackupInvalid,
    DatabaseCorrupt,
    DatabaseTooNew,
    MigrationFailed,
    RestoreFailed,
)
from cmtoolbox.storage.migrations import MIGRATIONS, known_names

BUSY_TIMEOUT_MS = 5000
PRE_MIGRATION_SUFFIX = ".pre-migration"
KEEP_BACKUPS = 5
DAILY_SUFFIX = ".daily"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the log and the status bar."""

    created: bool
    migrated: list[str]
    backup: Path | None
    checked: bool = True  # False: closed cleanly last time, the full check runs after the window


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


# -- the clean-close mark ----------------------------------------------------------------------
#
# `PRAGMA quick_check` reads every page: 0.25 s for 430 MB, 1.3 s for a busy CM's 1.1 GB, at every
# start before the window. A file this app closed cleanly (WAL folded back) and that nobody touched
# since cannot have been damaged by a crash, a kill or another program: the mark records the file's
# identity at close, and a start that finds it unchanged reads only the schema. The full check
# then runs after the window, in the background (`check_live_database`). Anything else (no mark,
# a crash, a file copied in, edited or rewritten by any tool, a WAL left over) gets the check
# before the window, as before, with the recovery dialog when it fails.

CLEAN_MARK_SUFFIX = ".clean"
CHECK_FLAG_SUFFIX = ".check-at-start"
"""Left by a background check that failed: every start checks in full until one passes."""


def _clean_mark(path: Path) -> Path:
    return path.with_name(path.name + CLEAN_MARK_SUFFIX)


def _check_flag(path: Path) -> Path:
    return path.with_name(path.name + CHECK_FLAG_SUFFIX)


def _identity(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def _wal_is_empty(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def mark_clean_close(path: Path) -> bool:
    """Record that the app closed `path` cleanly (call it after the last connection closed).
    Returns False, leaving no mark, when the WAL still holds frames or the mark cannot be written
    strictly later than the file's last change: such a file gets its full check at next start.

    File times tick coarsely (a few ms; 2 s on FAT), so a write to the database in the same
    tick as the mark would look older than the mark: `closed_cleanly` requires the database to
    be strictly older, and this waits (a tick at most) until the mark is."""
    mark = _clean_mark(path)
    try:
        if not _wal_is_empty(path):
            mark.unlink(missing_ok=True)
            return False
        identity = _identity(path)
        for _attempt in range(10):
            temp = mark.with_name(f".{mark.name}.{uuid.uuid4().hex}{_TEMP_MARK}")
            _new_private_file(temp)
            try:
                temp.write_text(json.dumps(identity), encoding="utf-8")
                os.replace(temp, mark)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            if mark.stat().st_mtime_ns > identity["mtime_ns"]:
                return True
            time.sleep(0.005)
        mark.unlink(missing_ok=True)
    except OSError:
        log.warning("could not record the clean close of %s", path, exc_info=True)
        with contextlib.suppress(OSError):
            mark.unlink(missing_ok=True)
    return False


def closed_cleanly(path: Path) -> bool:
    """True when the clean-close mark matches the file as it is now, the file has not changed
    since the mark was written, and no WAL is pending."""
    mark = _clean_mark(path)
    if _check_flag(path).exists():
        return False
    try:
        recorded = json.loads(mark.read_text(encoding="utf-8"))
        identity = _identity(path)
        return recorded == identity and identity["mtime_ns"] < mark.stat().st_mtime_ns and _wal_is_empty(path)
    except (OSError, ValueError):
        return False


def forget_clean_close(path: Path) -> None:
    """Drop the mark before the first write of a session: a crash from now on means a full check."""
    with contextlib.suppress(OSError):
        _clean_mark(path).unlink(missing_ok=True)


def _schema_check(db: Database, path: Path) -> None:
    """What a start that skips the full check still verifies: the header and the schema parse."""
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(path, str(exc)) from exc


def check_live_database(path: Path) -> str | None:
    """`PRAGMA quick_check` of the live database on its own read-only connection, for the check
    that runs after the window: None when sound, else what SQLite reported. WAL lets the app read
    and write meanwhile; the step runs without the GIL. A damaged file is flagged so that the
    next start checks it in full (and offers the recovery dialog) whatever the clean-close mark
    says."""
    problem: str | None = None
    try:
        conn = sqlite3.connect(_sqlite_uri(path, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        problem = str(exc)
    else:
        try:
            verdict = "; ".join(str(row[0]) for row in conn.execute("PRAGMA quick_check"))
            problem = None if verdict == "ok" else verdict[:500]
        except sqlite3.DatabaseError as exc:
            problem = str(exc)
        finally:
            conn.close()
    if problem is not None:
        forget_clean_close(path)
        with contextlib.suppress(OSError):
            _check_flag(path).touch(mode=0o600)
    return problem


def applied_names(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]


def check_not_newer(db: Database, path: Path) -> None:
    unknown = [name for name in applied_names(db) if name not in known_names()]
    if unknown:
        raise DatabaseTooNew(path, unknown)


# -- automatic copies --------------------------------------------------------------------------
#
# A copy is written under a hidden temporary name in the backups folder, verified (integrity check,
# migrations this version knows), fsynced, and only then given its final name, without ever
# replacing an existing file. A kill or a crash at any moment therefore leaves either no copy or a
# whole verified one; a temporary left behind is swept at the next start. Recovery lists only the
# copies that verify now (a file can also rot, or be a partial copy an older version left).


@dataclass(frozen=True)
class BackupInfo:
    """One verified automatic copy, as the recovery dialog offers it."""

    path: Path
    taken_at: datetime  # UTC, from the file name (the file's mtime can change when copied around)
    kind: str  # "daily" or "pre-migration" (the tag without its dot)
    schema: str  # the last migration the copy has applied: the schema it holds
    migrations: int  # how many migrations it has applied (fewer than now: it will be upgraded)


_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_TEMP_MARK = ".tmp"
STALE_TEMP_S = 10 * 60
"""A temporary copy older than this belongs to a process that died (a copy takes seconds)."""


def _copy_name_re(path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(path.stem)}-(?P<stamp>\d{{8}}T\d{{12}}Z)(?:-(?P<n>\d+))?"
        rf"(?P<tag>(?:\.[a-z][a-z-]*)?){re.escape(path.suffix)}$"
    )


def _sqlite_uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{path.resolve().as_uri()}?{query}"


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 whatever the umask; fails if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def _link_no_replace(source: Path, target: Path) -> None:
    """Give `source`'s file the name `target` without ever replacing a file already there.

    A hard link fails with FileExistsError when `target` exists, atomically; file systems
    without hard links (FAT, some network shares) get a check-then-rename, which is safe here
    because one process at a time holds the data folder (see `cmtoolbox.instance`)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from None
        os.replace(source, target)
        return
    source.unlink()


def _claim_unique(source: Path, first: Path, numbered: Callable[[int], Path]) -> Path:
    """Rename `source` to `first`, or to `numbered(2)`, `numbered(3)`... when taken."""
    candidate = first
    for n in range(2, 10_000):
        try:
            _link_no_replace(source, candidate)
            return candidate
        except FileExistsError:
            candidate = numbered(n)
    raise FileExistsError(errno.EEXIST, "no free name", str(first))


def verify_copy(path: Path) -> tuple[str, int]:
    """Check a copy the way recovery needs: `PRAGMA integrity_check` says ok, and it holds a
    CM Toolbox schema this version knows. Returns (last migration, migrations applied).

    Opened read-only and immutable, so checking never writes next to the copy (no -wal/-shm).
    Raises BackupInvalid."""
    try:
        if path.stat().st_size == 0:
            raise BackupInvalid(path, "empty file")
        conn = sqlite3.connect(_sqlite_uri(path, mode="ro", immutable="1"), uri=True)
    except OSError as exc:
        raise BackupInvalid(path, str(exc)) from exc
    except sqlite3.Error as exc:
        raise BackupInvalid(path, str(exc)) from exc
    try:
        verdict = "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
        if verdict != "ok":
            raise BackupInvalid(path, verdict[:500])
        try:
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
                    [MIGRATIONS.name],
                )
            ]
        except sqlite3.Error as exc:
            raise BackupInvalid(path, f"not a CM Toolbox database ({exc})") from exc
    except sqlite3.Error as exc:
        raise BackupInvalid(path, str(exc)) from exc
    finally:
        conn.close()
    if not names:
        raise BackupInvalid(path, "no CM Toolbox schema")
    unknown = [name for name in names if name not in known_names()]
    if unknown:
        raise BackupInvalid(path, f"written by a newer version ({', '.join(unknown)})")
    return names[-1], len(names)


def backup_copy(path: Path, tag: str) -> Path:
    """Copy the database aside with SQLite's online backup API, verified before it is named.

    The source is opened read-only on its own connection: in WAL mode the copy reads one
    consistent snapshot while the app keeps reading and writing. Returns the final path; raises
    BackupInvalid (and leaves nothing behind) when the copy does not verify, which is also what
    happens when the live file itself is damaged.
    """
    folder = backups_dir(path.parent)
    _secure_dir(folder)
    stamp = datetime.now(UTC).strftime(_STAMP_FORMAT)
    base = f"{path.stem}-{stamp}"
    first = folder / f"{base}{tag}{path.suffix}"
    temp = folder / f".{first.name}.{uuid.uuid4().hex}{_TEMP_MARK}"
    _new_private_file(temp)
    try:
        source = sqlite3.connect(_sqlite_uri(path, mode="ro"), uri=True)
        try:
            dest = sqlite3.connect(str(temp))
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        verify_copy(temp)
        _fsync_file(temp)
        final = _claim_unique(temp, first, lambda n: folder / f"{base}-{n}{tag}{path.suffix}")
        fsync_dir(folder)
    except BaseException:
        for leftover in folder.glob(f"{glob.escape(temp.name)}*"):  # with any -journal
            leftover.unlink(missing_ok=True)
        raise
    _prune_backups(path, tag)
    return final


def _named_copies(path: Path) -> list[tuple[datetime, int, str, Path]]:
    """(taken_at, counter, kind, path) of every file named like a copy, newest first; unverified."""
    folder = backups_dir(path.parent)
    if not folder.is_dir():
        return []
    pattern = _copy_name_re(path)
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        taken = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
        found.append((taken, int(match["n"] or 1), match["tag"].lstrip("."), entry))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return found


def _prune_backups(path: Path, tag: str) -> None:
    copies = [entry for _t, _n, kind, entry in _named_copies(path) if kind == tag.lstrip(".")]
    for old in copies[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)


def verified_backups(root: Path, *, limit: int | None = None) -> list[BackupInfo]:
    """The automatic copies of the data folder's database that verify now, newest first.

    Each is checked in full (`verify_copy`), so this costs one integrity check per copy: it is
    meant for the recovery dialog, not for every start. `limit` stops after that many good ones.
    """
    path = database_path(root)
    out: list[BackupInfo] = []
    for taken, _n, kind, entry in _named_copies(path):
        try:
            schema, count = verify_copy(entry)
        except BackupInvalid as exc:
            log.warning("automatic copy not offered: %s", exc)
            continue
        out.append(BackupInfo(entry, taken, kind, schema, count))
        if limit is not None and len(out) >= limit:
            break
    return out


def latest_backup(path: Path) -> Path | None:
    """The newest copy that verifies (what a quiet recovery would restore), or None."""
    found = verified_backups(path.parent, limit=1)
    return found[0].path if found else None


def sweep_backup_temps(root: Path, *, older_than_s: float = STALE_TEMP_S) -> int:
    """Remove temporary copies a killed copy or restore left (never one in progress: too young)."""
    limit = time.time() - older_than_s
    removed = 0
    candidates = []
    folder = backups_dir(root)
    if folder.is_dir():
        candidates += [p for p in folder.iterdir() if p.name.startswith(".") and _TEMP_MARK in p.name]
    if root.is_dir():
        restoring = (f".{DATABASE_NAME}.restoring-", f".{DATABASE_NAME}{CLEAN_MARK_SUFFIX}.")
        candidates += [p for p in root.iterdir() if p.name.startswith(restoring)]
    for entry in candidates:
        with contextlib.suppress(OSError):
            if entry.is_file() and entry.stat().st_mtime < limit:
                entry.unlink()
                removed += 1
    return removed


def restore_backup(backup: Path, path: Path) -> Path | None:
    """Replace the database with a verified copy; returns where the replaced file was kept.

    Order matters, so that a failure or a kill at any step loses nothing:
    1. the copy is verified, copied to a temporary name beside the database, fsynced and verified
       again; any failure here raises RestoreFailed with the data folder exactly as it was;
    2. the current file gets a second, unique name `<name>.damaged-<UTC stamp>[-n]` (a hard link,
       so the database keeps its name until step 4), never replacing an earlier kept file;
    3. its -wal/-shm move beside that kept file (they belong to it: left in place, SQLite would
       replay the damaged file's journal into the restored one);
    4. the temporary file atomically takes the database's name.
    """
    try:
        verify_copy(backup)
    except BackupInvalid as exc:
        raise RestoreFailed(path, exc.detail) from exc
    temp = path.with_name(f".{path.name}.restoring-{uuid.uuid4().hex}{_TEMP_MARK}")
    try:
        _new_private_file(temp)
        with open(backup, "rb") as src, open(temp, "r+b") as out:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        verify_copy(temp)
    except (OSError, BackupInvalid) as exc:
        temp.unlink(missing_ok=True)
        raise RestoreFailed(path, str(exc)) from exc
    kept: list[tuple[Path, Path]] = []  # (original, its kept-aside name), to undo on failure
    try:
        if path.exists():
            _keep_aside(path, kept)
        os.replace(temp, path)
    except OSError as exc:
        # Put everything back: the database still has its name and content (the rename is
        # what failed), its journal files return beside it, the extra name goes.
        for original, aside_name in reversed(kept):
            with contextlib.suppress(OSError):
                if original == path:
                    aside_name.unlink()
                else:
                    os.replace(aside_name, original)
        temp.unlink(missing_ok=True)
        raise RestoreFailed(path, str(exc)) from exc
    with contextlib.suppress(OSError):
        path.chmod(0o600)
    fsync_dir(path.parent)
    return kept[0][1] if kept else None


def _keep_aside(path: Path, kept: list[tuple[Path, Path]]) -> None:
    """Give the current database file a unique second name (see `restore_backup`, steps 2-3),
    appending each (original, new name) to `kept` as soon as it exists."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate, n = path.with_name(f"{path.name}.damaged-{stamp}"), 1
    while True:
        taken = any(Path(str(candidate) + extra).exists() for extra in ("", "-wal", "-shm"))
        if not taken:
            try:
                os.link(path, candidate)
                break
            except FileExistsError:
                pass
            except OSError:  # no hard links here: a byte copy keeps the original just as well
                with open(path, "rb") as src, open(candidate, "xb") as out:
                    shutil.copyfileobj(src, out, 1024 * 1024)
                    out.flush()
                    os.fsync(out.fileno())
                break
        n += 1
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    kept.append((path, candidate))
    for extra in ("-wal", "-shm"):
        companion = Path(str(path) + extra)
        if companion.exists():
            target = Path(str(candidate) + extra)
            os.replace(companion, target)
            kept.append((companion, target))
    fsync_dir(path.parent)


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


def open_database(
    path: Path, *, migrate: bool = True, full_check: bool = False
) -> tuple[Database, OpenReport]:
    """Open (creating if needed) the app database and bring its schema up to date.

    Order matters: integrity and version are checked before anything is written, and the file is
    copied aside before pending migrations touch it. The integrity check is the full
    `quick_check` unless the file is exactly as this app left it at a clean close (see
    `closed_cleanly`) and `full_check` is off; the report says which.
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
        checked = full_check or not closed_cleanly(path)
        if checked:
            quick_check(db, path)
            with contextlib.suppress(OSError):
                _check_flag(path).unlink(missing_ok=True)
        else:
            _schema_check(db, path)
        forget_clean_close(path)
        check_not_newer(db, path)
        backup: Path | None = None
        migrated: list[str] = []
        if migrate and MIGRATIONS.pending(db):
            if not created:
                try:
                    backup = backup_copy(path, PRE_MIGRATION_SUFFIX)
                except BackupInvalid as exc:
                    # quick_check passed but the full check of the copy did not: the live file
                    # is damaged in a way an upgrade must not build on.
                    raise DatabaseCorrupt(path, exc.detail) from exc
            migrated = apply_migrations(db, path)
        for suffix in ("-wal", "-shm"):
            extra = Path(str(path) + suffix)
            if extra.exists():
                _secure_file(extra)
    except BaseException:
        db.close()
        raise
    return db, OpenReport(created=created, migrated=migrated, backup=backup, checked=checked)


def ensure_recent_backup(path: Path, *, max_age_hours: float = 24) -> Path | None:
    """Make an automatic copy when no sound copy is younger than `max_age_hours`.

    This is what the "damaged file" dialog offers to restore, so the app runs it at every start,
    on a worker thread (its own read connection: the database thread is never held). A recent
    copy counts only when its `PRAGMA quick_check` passes, so a partial copy an older version
    left can never suppress the next one. Temporary copies a crash left are swept first.
    """
    sweep_backup_temps(path.parent)
    now = datetime.now(UTC)
    for taken, _n, _kind, entry in _named_copies(path):
        if (now - taken).total_seconds() >= max_age_hours * 3600:
            break
        if _quick_verify(entry):
            return None
        log.warning("recent automatic copy %s does not verify: making a new one", entry.name)
    return backup_copy(path, DAILY_SUFFIX)


def _quick_verify(path: Path) -> bool:
    try:
        conn = sqlite3.connect(_sqlite_uri(path, mode="ro", immutable="1"), uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        return [tuple(r) for r in rows] == [("ok",)] and applied > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()
