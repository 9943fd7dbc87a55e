"""Sync between the user's own devices and a small agency's CMs, through a target the user
already runs: a WebDAV server (Nextcloud, ownCloud...) or a folder another tool syncs (issue 17).

Qt-free. `storage/journal.py` records and applies changes; `engine.py` moves them; `targets.py`
and `webdav.py` store files; `crypto.py` encrypts them. See docs/sync.md.
"""

from __future__ import annotations

from cmtoolbox.sync.crypto import WrongPassphrase
from cmtoolbox.sync.engine import (
    DeviceClash,
    NotEncrypted,
    PassphraseNeeded,
    SyncCancelled,
    SyncEngine,
    SyncOptions,
    SyncReport,
)
from cmtoolbox.sync.targets import FolderTarget, Target, TargetError, TargetUnreachable, open_target

__all__ = [
    "DeviceClash",
    "FolderTarget",
    "NotEncrypted",
    "PassphraseNeeded",
    "SyncCancelled",
    "SyncEngine",
    "SyncOptions",
    "SyncReport",
    "Target",
    "TargetError",
    "TargetUnreachable",
    "WrongPassphrase",
    "open_target",
]
