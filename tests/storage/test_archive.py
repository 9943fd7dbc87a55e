"""Backup archives: a round trip reproduces every record and file; damaged archives are refused
with the data untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import zipfile
from pathlib import Path

import pytest

from cmtoolbox.paths import DATABASE_NAME, database_path, files_dir
from cmtoolbox.storage.archive import (
    ArchiveCancelled,
    read_manifest,
    restore_archive,
    verify_archive,
    write_archive,
)
from cmtoolbox.storage.errors import BackupInvalid
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.store import Store


def _dump(root: Path) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables included), to compare two data folders."""
    conn = sqlite3.connect(database_path(root))
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {t: sorted(conn.execute(f"SELECT * FROM '{t}'").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def _files(root: Path) -> dict[str, str]:
    base = files_dir(root)
    return {
        p.relative_to(base).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(base.rglob("*"))
        if p.is_file() and ".incoming" not in p.parts
    }


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    root = tmp_path / "source"
    root.mkdir()
    store, _ = Store.open(root)
    create_sample_client(store)
    store.close()
    return root


def test_round_trip_into_an_empty_folder_reproduces_everything(sample_root: Path, tmp_path: Path) -> None:
    archive = tmp_path / "out" / "backup.cmtbackup"
    seen: list[tuple[int, int]] = []
    manifest = write_archive(sample_root, archive, progress=lambda d, t: seen.append((d, t)))
    assert archive.is_file() and oct(archive.stat().st_mode & 0o777) == "0o600"
    assert not list(archive.parent.glob(".*partial"))
    assert manifest.files, "the sample client has library pictures"
    assert seen and seen[-1][0] == seen[-1][1] == manifest.total_bytes
    assert read_manifest(archive) == manifest

    target = tmp_path / "restored"
    report = restore_archive(archive, target)
    assert report.kept_aside is None  # nothing was there
    assert _dump(target) == _dump(sample_root)
    assert _files(target) == _files(sample_root)
    store, _ = Store.open(target)  # the restored folder opens as a normal data folder
    assert [c.name for c in store.clients.list()] == ["Boulangerie Martin"]
    store.close()


def test_restore_over_existing_data_keeps_it_aside(sample_root: Path, tmp_path: Path) -> None:
    archive = tmp_path / "backup.cmtbackup"
    write_archive(sample_root, archive)
    other = tmp_path / "other"
    other.mkdir()
    store, _ = Store.open(other)
    store.clients.create("Fleurs de Sophie")
    store.close()
    report = restore_archive(archive, other)
    assert report.kept_aside is not None and (report.kept_aside / DATABASE_NAME).is_file()
    assert _dump(other) == _dump(sample_root)


def _corrupt_one_byte(archive: Path, member: str) -> None:
    with zipfile.ZipFile(archive) as z:
        info = z.getinfo(member)
    with archive.open("r+b") as handle:
        handle.seek(info.header_offset + 26)  # the local header's name and extra lengths
        name_len, extra_len = struct.unpack("<HH", handle.read(4))
        handle.seek(info.header_offset + 30 + name_len + extra_len + 10)  # inside the data
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0xFF]))


@pytest.mark.parametrize("damage", ["truncated", "flipped_file_byte", "not_a_zip", "empty"])
def test_a_damaged_archive_is_refused_and_the_data_is_untouched(
    sample_root: Path, tmp_path: Path, damage: str
) -> None:
    archive = tmp_path / "backup.cmtbackup"
    manifest = write_archive(sample_root, archive)
    if damage == "truncated":
        data = archive.read_bytes()
        archive.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "flipped_file_byte":
        _corrupt_one_byte(archive, manifest.files[0].path)  # stored, not deflated: CRC and sha differ
    elif damage == "not_a_zip":
        archive.write_bytes(b"hello, I am not a backup")
    else:
        archive.write_bytes(b"")

    target = tmp_path / "existing"
    target.mkdir()
    store, _ = Store.open(target)
    store.clients.create("Fleurs de Sophie")
    store.close()
    before = _dump(target), _files(target), sorted(p.name for p in target.iterdir())
    with pytest.raises(BackupInvalid):
        restore_archive(archive, target)
    with pytest.raises(BackupInvalid):
        verify_archive(archive, tmp_path)
    assert (_dump(target), _files(target), sorted(p.name for p in target.iterdir())) == before


def test_an_archive_from_a_newer_version_is_refused(sample_root: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer"
    newer.mkdir()
    store, _ = Store.open(newer)
    store.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cmtoolbox', 'm999_future', '')"
    )
    store.close()
    archive = tmp_path / "newer.cmtbackup"
    with pytest.raises(BackupInvalid):
        write_archive(newer, archive)  # never even written: it would not restore
    assert not archive.exists()


def test_cancel_leaves_no_archive(sample_root: Path, tmp_path: Path) -> None:
    archive = tmp_path / "backup.cmtbackup"
    with pytest.raises(ArchiveCancelled):
        write_archive(sample_root, archive, cancelled=lambda: True)
    assert list(tmp_path.glob("*backup*")) == []
