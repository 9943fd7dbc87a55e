"""Where the app finds its bundled resources and keeps the user's data.

Two worlds must agree: running from a source checkout and running frozen by PyInstaller, where
bundled data is unpacked under `sys._MEIPASS`. Every caller goes through these functions so that
neither world leaks into the rest of the code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cmtoolbox import APP_ID

DATA_DIR_ENV = "CMTOOLBOX_DATA_DIR"
DATABASE_NAME = "cmtoolbox.sqlite3"
FILES_DIR_NAME = "files"
LOGS_DIR_NAME = "logs"
BACKUPS_DIR_NAME = "backups"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_root() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: explicit override, then $CMTOOLBOX_DATA_DIR, then the platform default."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # deferred: only needed when no override is given

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def database_path(root: Path) -> Path:
    return root / DATABASE_NAME


def files_dir(root: Path) -> Path:
    return root / FILES_DIR_NAME


def logs_dir(root: Path) -> Path:
    return root / LOGS_DIR_NAME


def backups_dir(root: Path) -> Path:
    return root / BACKUPS_DIR_NAME
