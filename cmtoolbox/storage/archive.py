"""Backup archives the user makes and restores (File ▸ Back up / Restore, `cmtoolbox backup`).

One zip file holds the database (copied with SQLite's online backup API from its own read
connection, so the app keeps working meanwhile), every library file, and `manifest.json` with the
size and SHA-256 of each member, the schema and the app version. Secrets are never in it: they
live in the OS keyring, and the database only holds references to them.

Nothing half-done ever carries a final name: the archive is written under a temporary name,
fsynced and renamed. A restore verifies the WHOLE archive (zip structure, every checksum, the
database's integrity and schema) while unpacking it into a staging folder beside the data, and
only then swaps it in, keeping the previous data aside; a corrupt or truncated archive is refused
with the data untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cmtoolbox import __version__
from cmtoolbox.paths import DATABASE_NAME, FILES_DIR_NAME, database_path, files_dir
from cmtoolbox.storage.db import verify_copy
from cmtoolbox.storage.durable import fsync_dir
from cmtoolbox.storage.errors import BackupInvalid, StorageError
from cmtoolbox.storage.media_files import THUMBS_DIR

FORMAT = "cmtoolbox-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ARCHIVE_SUFFIX = ".cmtbackup"
CHUNK = 1 << 20
_SKIPPED_DIRS = {".incoming"}  # files being imported: never part of the data yet

ProgressFn = Callable[[int, int], None]  # (bytes done, bytes in all)
CancelledFn = Callable[[], bool]


class ArchiveCancelled(StorageError):
    code = "cancelled"


@dataclass(frozen=True)
class Member:
    path: str  # inside the archive, with forward slashes
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    app_version: str
    schema: str
    migrations: int
    database: Member
    files: tuple[Member, ...] = field(default_factory=tuple)

    @property
    def library_files(self) -> int:
        """Files of the library (thumbnails, a cache kept for an exact copy, not counted)."""
        thumbs = f"{FILES_DIR_NAME}/{THUMBS_DIR}/"
        return sum(1 for f in self.files if not f.path.startswith(thumbs))

    @property
    def total_bytes(self) -> int:
        return self.database.size + sum(f.size for f in self.files)

    def to_json(self) -> str:
        def member(m: Member) -> dict[str, object]:
            return {"path": m.path, "sha256": m.sha256, "size": m.size}

        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "created_at": self.created_at.isoformat(),
                "app_version": self.app_version,
                "schema": self.schema,
                "migrations": self.migrations,
                "database": member(self.database),
                "files": [member(f) for f in self.files],
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str, where: Path) -> Manifest:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise BackupInvalid(where, "not a CM Toolbox backup")
            if int(data.get("version", 0)) > FORMAT_VERSION:
                raise BackupInvalid(where, "made by a newer version of CM Toolbox")

            def member(raw: dict[str, object]) -> Member:
                path = str(raw["path"])
                if path.startswith("/") or ".." in path.split("/"):
                    raise BackupInvalid(where, f"unsafe path {path!r}")
                return Member(path, str(raw["sha256"]), int(raw["size"]))  # type: ignore[call-overload]

            return cls(
                created_at=datetime.fromisoformat(data["created_at"]),
                app_version=str(data["app_version"]),
                schema=str(data["schema"]),
                migrations=int(data["migrations"]),
                database=member(data["database"]),
                files=tuple(member(f) for f in data["files"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise BackupInvalid(where, f"unreadable manifest ({exc})") from exc


@dataclass(frozen=True)
class RestoreReport:
    manifest: Manifest
    kept_aside: Path | None  # the data that was there before, moved aside


# -- writing ---------------------------------------------------------------------------------------
def _sha256_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _library_files(root: Path) -> Iterator[tuple[Path, str]]:
    base = files_dir(root)
    if not base.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIPPED_DIRS)
        for name in sorted(filenames):
            if name.endswith(".part") or name.startswith("."):
                continue
            path = Path(dirpath, name)
            yield path, f"{FILES_DIR_NAME}/{path.relative_to(base).as_posix()}"


def _snapshot_database(root: Path, target: Path) -> None:
    """A consistent copy of the live database, from a connection of its own (WAL lets the app go on
    writing meanwhile; the copy is the state at the moment it completes)."""
    source = sqlite3.connect(f"{database_path(root).resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest, pages=4096)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dest.close()
        source.close()


def write_archive(
    root: Path,
    dest: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Manifest:
    """Back up the data folder `root` into the archive `dest` (replaced only once complete)."""
    dest = dest.expanduser()
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.partial")
    db_copy = dest.with_name(f".{dest.name}.db.partial")
    try:
        _snapshot_database(root, db_copy)
        schema, migrations = verify_copy(db_copy)
        files = list(_library_files(root))
        sizes = [p.stat().st_size for p, _ in files]
        total = db_copy.stat().st_size + sum(sizes)
        done = 0

        def step(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise ArchiveCancelled("backup cancelled")

        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
        os.close(fd)
        members: list[Member] = []
        with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
            database = _add(archive, db_copy, DATABASE_NAME, zipfile.ZIP_DEFLATED, step)
            for path, name in files:
                # Pictures and videos are compressed already: store them as they are.
                members.append(_add(archive, path, name, zipfile.ZIP_STORED, step))
            manifest = Manifest(
                created_at=datetime.now(UTC),
                app_version=__version__,
                schema=schema,
                migrations=migrations,
                database=database,
                files=tuple(members),
            )
            archive.writestr(MANIFEST, manifest.to_json(), zipfile.ZIP_DEFLATED)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, dest)
        fsync_dir(dest.parent)
        return manifest
    finally:
        for leftover in (partial, db_copy):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _add(archive: zipfile.ZipFile, path: Path, name: str, method: int, step: Callable[[int], None]) -> Member:
    digest = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo.from_file(path, name)
    info.compress_type = method
    with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as target:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            target.write(chunk)
            size += len(chunk)
            step(len(chunk))
    return Member(name, digest.hexdigest(), size)


# -- reading ---------------------------------------------------------------------------------------
def read_manifest(path: Path) -> Manifest:
    """The archive's manifest (cheap: no checksum is verified)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return Manifest.from_json(archive.read(MANIFEST).decode("utf-8"), path)
    except (zipfile.BadZipFile, KeyError, OSError, UnicodeDecodeError, EOFError) as exc:
        raise BackupInvalid(path, f"not a complete backup archive ({exc})") from exc


def unpack_verified(
    path: Path,
    target: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Manifest:
    """Unpack the archive into the empty folder `target`, checking every member against the
    manifest and the database's integrity and schema. Raises BackupInvalid on any mismatch (the
    caller removes `target`)."""
    manifest = read_manifest(path)
    total = manifest.total_bytes
    done = 0
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for member in (manifest.database, *manifest.files):
                if member.path not in names:
                    raise BackupInvalid(path, f"{member.path} is missing")
                out = target / member.path
                out.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                size = 0
                with archive.open(member.path) as source, out.open("wb") as sink:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        sink.write(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                        if cancelled is not None and cancelled():
                            raise ArchiveCancelled("restore cancelled")
                    sink.flush()
                    os.fsync(sink.fileno())
                if size != member.size or digest.hexdigest() != member.sha256:
                    raise BackupInvalid(path, f"{member.path} is damaged (checksum differs)")
    except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise BackupInvalid(path, f"the archive is damaged or truncated ({exc})") from exc
    verify_copy(target / DATABASE_NAME)  # integrity, and a schema this version knows
    return manifest


def verify_archive(path: Path, scratch: Path) -> Manifest:
    """Check everything a restore would check, without touching any data folder."""
    staging = scratch / f".verify-{os.getpid()}-{datetime.now(UTC):%Y%m%dT%H%M%S%f}"
    staging.mkdir(parents=True)
    try:
        return unpack_verified(path, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def restore_archive(
    path: Path,
    root: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> RestoreReport:
    """Replace the data of `root` by the archive's. The app must not have `root` open (the caller
    holds the data folder's lock). Verified in full before anything is moved; the previous data is
    kept aside in `root/.before-restore-<time>/`."""
    root.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    staging = root / f".restore-{stamp}"
    staging.mkdir()
    try:
        manifest = unpack_verified(path, staging, progress=progress, cancelled=cancelled)
        (staging / FILES_DIR_NAME).mkdir(exist_ok=True)
        kept = _swap_in(root, staging, root / f".before-restore-{stamp}")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreReport(manifest, kept)


def _swap_in(root: Path, staging: Path, aside: Path) -> Path | None:
    """Move the current database (with its -wal/-shm) and files aside, then the staged ones in; on
    any failure, put everything back as it was."""
    db = database_path(root)
    current = [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), files_dir(root)) if p.exists()]
    moved: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        if current:
            aside.mkdir()
        for item in current:
            target = aside / item.name
            os.replace(item, target)
            moved.append((target, item))
        for name in (DATABASE_NAME, FILES_DIR_NAME):
            os.replace(staging / name, root / name)
            placed.append(root / name)
        fsync_dir(root)
    except OSError:
        for item in placed:
            if item.is_dir():
                shutil.rmtree(item, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    item.unlink()
        for source, original in reversed(moved):
            os.replace(source, original)
        with contextlib.suppress(OSError):
            aside.rmdir()
        raise
    return aside if current else None
