"""Where a sync reads and writes: a local folder another tool syncs, or a WebDAV server.

A target only stores files by path. Every file is written once by one device (its own change-log
chunks) or is content-addressed, so a dumb file sync (Nextcloud client, Syncthing, Dropbox) never
has two writers for one file, and a half-copied file is simply not read yet. Writes are atomic
on both targets: a temporary name then a rename (folder) or a single PUT (WebDAV, which a server
stores whole or not at all).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Protocol

__all__ = ["FolderTarget", "Target", "TargetError", "TargetUnreachable", "open_target", "target_label"]


class TargetError(Exception):
    """The target answered but refused (permissions, full disk, bad credentials): said to the user."""

    code = "target_error"


class TargetUnreachable(TargetError):
    """The target cannot be reached right now (offline, server down, folder unmounted): the app
    keeps working and the next sync tries again."""

    code = "target_unreachable"


class Target(Protocol):
    """Paths are relative, with `/` separators."""

    label: str

    def list(self, directory: str) -> list[str]:
        """Names of the entries of `directory` (empty when it does not exist)."""
        ...

    def read(self, path: str) -> bytes | None:
        """The file's bytes, None when it does not exist."""
        ...

    def write(self, path: str, data: bytes) -> None:
        """Store `data` whole at `path`, creating folders; a reader never sees half of it."""
        ...

    def exists(self, path: str) -> bool: ...

    def close(self) -> None: ...


class FolderTarget:
    """A plain folder (often one that Nextcloud, Syncthing or Dropbox syncs)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.label = str(self.root)

    def _check(self) -> None:
        if not self.root.is_dir():
            raise TargetUnreachable(f"the folder {self.root} is not there (unmounted or moved?)")

    def _path(self, path: str) -> Path:
        parts = [p for p in path.split("/") if p]
        if any(p in {".", ".."} for p in parts):
            raise ValueError(f"bad path {path!r}")
        return self.root.joinpath(*parts)

    def list(self, directory: str) -> list[str]:
        self._check()
        folder = self._path(directory)
        try:
            return sorted(
                e.name
                for e in os.scandir(folder)
                if not e.name.startswith(".") and not e.name.endswith(".tmp")
            )
        except FileNotFoundError:
            return []
        except OSError as error:
            raise TargetError(f"cannot read {folder}: {error.strerror}") from error

    def read(self, path: str) -> bytes | None:
        self._check()
        try:
            return self._path(path).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise TargetError(f"cannot read {path}: {error.strerror}") from error

    def exists(self, path: str) -> bool:
        self._check()
        return self._path(path).exists()

    def write(self, path: str, data: bytes) -> None:
        self._check()
        final = self._path(path)
        # Dot-prefixed and .tmp: sync tools and our own listing skip it until the rename.
        temp = final.with_name(f".{final.name}.{secrets.token_hex(4)}.tmp")
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, final)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise TargetError(f"cannot write {path}: {error.strerror}") from error

    def close(self) -> None:
        pass


def target_label(spec: str) -> str:
    """The label `open_target(spec)` would have, without opening anything: how this device names
    a target it synced with (`ops.sync.list_targets` tells the current one by it)."""
    spec = spec.strip()
    if spec.startswith(("http://", "https://", "webdav://", "webdavs://")):
        url = spec.replace("webdavs://", "https://", 1).replace("webdav://", "http://", 1)
        return url.rstrip("/") + "/"
    return str(Path(spec).expanduser())


def open_target(spec: str, *, username: str = "", password: str = "") -> Target:
    """A target from what the user typed: an http(s) URL is WebDAV, anything else a folder."""
    if spec.startswith(("http://", "https://", "webdav://", "webdavs://")):
        from cmtoolbox.sync.webdav import WebDavTarget

        url = spec.replace("webdavs://", "https://", 1).replace("webdav://", "http://", 1)
        return WebDavTarget(url, username=username, password=password)
    return FolderTarget(Path(spec).expanduser())
