"""What a crash leaves in the data folder, cleaned at the next start.

A kill at the wrong moment can leave: copies in progress in `files/.incoming/` (`*.part` and their
thumbnails), a library file or thumbnail staged but never recorded (the crash fell between the
copy and the database write), a thumbnail being written (`thumbs/ab/.<uuid>.webp`), and a
temporary automatic copy or restore (`backups/.*.tmp`, `.cmtoolbox.sqlite3.restoring-*`).

Rules, because deleting the wrong file is worse than keeping a useless one:
- only files older than `LEFTOVER_MIN_AGE_S` go: an import or a copy that started a moment ago in
  this very session is still writing its files, and a young file costs nothing to keep;
- a library file or thumbnail goes only when no media record, trashed ones included, has its
  hash (`known_file_hashes`, read from the database just before);
- nothing outside `files/` and the backups' temporary names is ever touched.

No Qt, no database connection: the app reads `known_file_hashes` on the database thread, then
runs `clean_leftovers` on a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cmtoolbox.paths import files_dir
from cmtoolbox.storage.db import sweep_backup_temps
from cmtoolbox.storage.media_files import THUMB_EXT, THUMBS_DIR, MediaFiles, is_sha256

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)

LEFTOVER_MIN_AGE_S = 10 * 60


@dataclass(frozen=True)
class LeftoverReport:
    incoming: int = 0  # files of `.incoming/` (partial copies and their thumbnails)
    orphan_files: int = 0  # library files no record uses
    orphan_thumbnails: int = 0  # thumbnails of no record, and half-written ones
    temp_backups: int = 0  # temporary automatic copies and restores

    @property
    def total(self) -> int:
        return self.incoming + self.orphan_files + self.orphan_thumbnails + self.temp_backups


def known_file_hashes(store: Store) -> set[str]:
    """Every hash a media record holds, trashed records included (a read operation)."""
    return {row[0] for row in store.db.execute("SELECT DISTINCT sha256 FROM media")}


def clean_leftovers(root: Path, known: set[str], *, min_age_s: float = LEFTOVER_MIN_AGE_S) -> LeftoverReport:
    """Remove the leftovers described above from the data folder `root`; say what went."""
    files = MediaFiles(files_dir(root))
    limit = time.time() - min_age_s
    incoming = files.sweep_incoming(older_than_s=min_age_s)
    orphan_files = 0
    for sha, path in list(files.stored()):
        if sha in known:
            continue
        if _older(path, limit) and files.remove(sha):
            orphan_files += 1
    orphan_thumbs = 0
    thumbs = files.root / THUMBS_DIR
    if thumbs.is_dir():
        for entry in thumbs.glob(f"*/*.{THUMB_EXT}"):
            name = entry.name[: -len(THUMB_EXT) - 1]
            if name.startswith("."):  # `.<uuid>.webp`: a thumbnail being written when it crashed
                doomed = True
            else:
                doomed = is_sha256(name) and name not in known and files.find(name) is None
            if doomed and _older(entry, limit):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    orphan_thumbs += 1
    report = LeftoverReport(
        incoming=incoming,
        orphan_files=orphan_files,
        orphan_thumbnails=orphan_thumbs,
        temp_backups=sweep_backup_temps(root, older_than_s=min_age_s),
    )
    if report.total:
        log.info("crash leftovers removed: %s", report)
    return report


def _older(path: Path, limit: float) -> bool:
    try:
        return path.stat().st_mtime < limit
    except OSError:
        return False
