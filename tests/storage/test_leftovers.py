"""Crash leftovers cleaned at the next start (issue 11, point 6), never a file a record uses."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

from PIL import Image

from cmtoolbox.paths import backups_dir, database_path
from cmtoolbox.storage.leftovers import LEFTOVER_MIN_AGE_S, clean_leftovers, known_file_hashes
from cmtoolbox.storage.media_files import THUMB_EXT


def photo(path: Path, color: tuple[int, int, int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (320, 200), color).save(path, "JPEG", quality=85)
    return path


def age(*paths: Path, seconds: float = LEFTOVER_MIN_AGE_S + 60) -> None:
    old = time.time() - seconds
    for path in paths:
        os.utime(path, (old, old))


def test_only_old_files_no_record_uses_go(store, tmp_path: Path) -> None:  # noqa: ANN001
    root = store.root
    client = store.clients.create("Boulangerie Test")
    kept = store.media.import_file(photo(tmp_path / "kept.jpg", (1, 2, 3)), client.id).item
    trashed = store.media.import_file(photo(tmp_path / "trashed.jpg", (4, 5, 6)), client.id).item
    store.media.move_to_trash(trashed.id)
    files = store.media.files
    # A crash between the copy and the database write: the file is there, no record has it.
    orphan = files.stage(photo(tmp_path / "orphan.jpg", (7, 8, 9)))
    young_orphan = files.stage(photo(tmp_path / "young.jpg", (10, 11, 12)))  # an import running now
    files.incoming.mkdir(parents=True, exist_ok=True)
    old_part = files.incoming / f"{uuid.uuid4().hex}.part"
    young_part = files.incoming / f"{uuid.uuid4().hex}.part"
    for part in (old_part, young_part):
        part.write_bytes(b"half a copy")
    half_thumb = files.thumbnail_path(kept.sha256).with_name(f".{uuid.uuid4().hex}.{THUMB_EXT}")
    half_thumb.write_bytes(b"half a thumbnail")
    lone_thumb = files.thumbnail_path("f" * 64)
    lone_thumb.parent.mkdir(parents=True, exist_ok=True)
    lone_thumb.write_bytes(b"thumbnail of nothing")
    folder = backups_dir(root)
    folder.mkdir(parents=True, exist_ok=True)
    stale_copy = folder / ".cmtoolbox-20260101T000000000000Z.daily.sqlite3.abc.tmp"
    stale_copy.write_bytes(b"partial copy")
    stale_journal = Path(str(stale_copy) + "-journal")
    stale_journal.write_bytes(b"journal")
    stale_restore = root / ".cmtoolbox.sqlite3.restoring-abc.tmp"
    stale_restore.write_bytes(b"partial restore")
    fresh_copy = folder / ".cmtoolbox-20260101T000000000000Z.daily.sqlite3.def.tmp"
    fresh_copy.write_bytes(b"a copy in progress")
    everything_in_use = [files.find(kept.sha256), files.find(trashed.sha256)]
    thumbs_in_use = [files.existing_thumbnail(kept.sha256), files.existing_thumbnail(trashed.sha256)]
    assert all(everything_in_use) and all(thumbs_in_use)
    age(orphan.path, old_part, half_thumb, lone_thumb, stale_copy, stale_journal, stale_restore)
    age(*everything_in_use, *thumbs_in_use, seconds=30 * 24 * 3600)  # old, but in use
    if files.existing_thumbnail(orphan.sha256):
        age(files.thumbnail_path(orphan.sha256))

    known = known_file_hashes(store)
    assert {kept.sha256, trashed.sha256} <= known
    report = clean_leftovers(root, known)

    assert (report.incoming, report.orphan_files, report.temp_backups) == (1, 1, 3)
    assert report.orphan_thumbnails == 2  # the lone and the half-written one
    assert files.find(orphan.sha256) is None and files.existing_thumbnail(orphan.sha256) is None
    assert all(path.exists() for path in everything_in_use + thumbs_in_use)
    assert files.find(young_orphan.sha256) is not None and young_part.exists() and fresh_copy.exists()
    assert not any(p.exists() for p in (old_part, half_thumb, lone_thumb, stale_copy, stale_restore))
    assert database_path(root).exists()
    assert store.media.path_for(kept.id) is not None and store.media.path_for(trashed.id) is not None
    assert clean_leftovers(root, known_file_hashes(store)).total == 0  # nothing more to do
