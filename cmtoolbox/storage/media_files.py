"""The library's files on disk: content-addressed, written atomically, never the user's originals.

Layout under the data folder's `files/`:

    files/ab/cd/<sha256>.<ext>     one file per distinct content, named by its SHA-256
    files/thumbs/ab/<sha256>.webp  thumbnails, a cache that can be rebuilt at any time
    files/.incoming/               copies in progress

Staging a file copies it to `.incoming/` while hashing it (one read of the original, which is
opened read-only and never moved), fsyncs the copy, checks it (`core.media.probe`: type by
content, complete decode, bomb guard, thumbnail), then renames it to its final name and fsyncs the
folder. The temporary copy lives in `.incoming/` rather than beside its final name because that
name depends on the hash, known only once the copy is done; `.incoming/` is on the same file
system, so the rename is still atomic. A failure or a cancel at any step removes the temporary
copy: the library holds either the whole file or nothing.

A large JPEG (a camera photo) whose markers prove it whole is not decoded while staging
(`probe(quick=True)`, issue 16: the decode was three quarters of an import): a cut file is still
refused then, and its thumbnail is built on first display (`ensure_thumbnail`, on a worker; the
grid shows a placeholder meanwhile).

This module knows nothing of the database: `storage.media` decides when a file is no longer used
by any record. It runs on any thread (the GUI stages files on a worker, off the DB thread).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import stat
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cmtoolbox.core.media import (
    MAX_FILE_BYTES,
    MEDIA_EXTENSIONS,
    MediaError,
    MediaInfo,
    extension_of,
    make_thumbnail,
    probe,
    sniff_file,
)
from cmtoolbox.storage.durable import fsync_dir

INCOMING_DIR = ".incoming"
THUMBS_DIR = "thumbs"
THUMB_EXT = "webp"
COPY_CHUNK = 1024 * 1024
FREE_SPACE_MARGIN = 64 * 1024 * 1024
"""Room left free after an import, so the database and the OS can still write."""

_SHA = re.compile(r"^[0-9a-f]{64}$")
_CONTENT_NAME = re.compile(r"^([0-9a-f]{64})\.([0-9a-z]{1,10})$")

Progress = Callable[[int, int], None]  # (bytes copied, bytes in the file)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class StagedFile:
    """A file now in the library folder, not yet recorded in the database."""

    sha256: str
    path: Path
    info: MediaInfo
    original_name: str
    created: bool  # this staging put the content in place (False: the same bytes were already there)


def is_sha256(value: str) -> bool:
    return bool(_SHA.match(value))


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except PermissionError:
        # Content files are read-only; Windows refuses to delete those until the flag goes.
        path.chmod(stat.S_IWRITE | stat.S_IREAD)
        path.unlink()
        return True


class MediaFiles:
    def __init__(self, root: Path) -> None:
        self.root = root

    # -- paths -------------------------------------------------------------------------------------
    def content_path(self, sha256: str, ext: str) -> Path:
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}.{ext}"

    def find(self, sha256: str) -> Path | None:
        """The stored file with this hash, whatever its extension; None when absent."""
        if not is_sha256(sha256):
            return None
        folder = self.root / sha256[:2] / sha256[2:4]
        try:
            for entry in folder.iterdir():
                if entry.name.startswith(sha256 + ".") and entry.is_file():
                    return entry
        except (FileNotFoundError, NotADirectoryError):
            return None
        return None

    def thumbnail_path(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / THUMBS_DIR / sha256[:2] / f"{sha256}.{THUMB_EXT}"

    def existing_thumbnail(self, sha256: str) -> Path | None:
        path = self.thumbnail_path(sha256)
        return path if path.is_file() else None

    @property
    def incoming(self) -> Path:
        return self.root / INCOMING_DIR

    # -- import ------------------------------------------------------------------------------------
    def stage(
        self,
        source: Path,
        *,
        cancel: Cancelled | None = None,
        progress: Progress | None = None,
        max_bytes: int = MAX_FILE_BYTES,
    ) -> StagedFile:
        """Copy `source` into the library (or find it there already) after checking it.

        Raises `MediaError` with a code for everything a person can fix (missing file, not a
        supported type, truncated, too large, disk full, cancelled) and leaves no file behind.
        """
        source = Path(source)
        name = source.name
        try:
            st = source.stat()
        except FileNotFoundError as exc:
            raise MediaError("missing", str(exc), name=name) from exc
        except PermissionError as exc:
            raise MediaError("unreadable", str(exc), name=name) from exc
        except OSError as exc:
            raise MediaError("unreadable", str(exc), name=name) from exc
        if not stat.S_ISREG(st.st_mode):
            raise MediaError("not_a_file", str(source), name=name)
        if st.st_size == 0:
            raise MediaError("empty", name=name)
        if st.st_size > max_bytes:
            raise MediaError("too_large", size=st.st_size, limit=max_bytes, name=name)
        # Refuse what is not media before copying a byte of it.
        try:
            file_type = sniff_file(source, name)
        except FileNotFoundError as exc:
            raise MediaError("missing", str(exc), name=name) from exc
        except OSError as exc:
            raise MediaError("unreadable", str(exc), name=name) from exc
        if file_type is None:
            ext = extension_of(name)
            raise MediaError("mismatch" if ext in MEDIA_EXTENSIONS else "unsupported", ext=ext, name=name)

        self.incoming.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.incoming).free
        if free < st.st_size + FREE_SPACE_MARGIN:
            raise MediaError("no_space", size=st.st_size, free=free, name=name)

        token = uuid.uuid4().hex
        temp = self.incoming / f"{token}.part"
        temp_thumb = self.incoming / f"{token}.{THUMB_EXT}"
        try:
            sha256 = self._copy(source, temp, st.st_size, max_bytes, cancel, progress, name)
            info = probe(temp, name=name, max_bytes=max_bytes, thumbnail=temp_thumb, quick=True)
            if cancel is not None and cancel():
                raise MediaError("cancelled", name=name)
            final = self.content_path(sha256, info.ext)
            final.parent.mkdir(parents=True, exist_ok=True)
            created = False
            if self.find(sha256) is None:
                os.chmod(temp, stat.S_IREAD | stat.S_IRGRP)  # an editor opened on it must "save as"
                os.replace(temp, final)
                fsync_dir(final.parent)
                created = True
            else:
                final = self.find(sha256) or final
                with contextlib.suppress(OSError):
                    os.utime(final)  # used again: garbage collection spares recent files
            if temp_thumb.exists():
                thumb = self.thumbnail_path(sha256)
                thumb.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp_thumb, thumb)
            return StagedFile(sha256, final, info, name, created)
        except MediaError as exc:
            exc.values.setdefault("name", name)
            raise
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise MediaError("no_space", str(exc), size=st.st_size, free=0, name=name) from exc
            if isinstance(exc, FileNotFoundError) and not source.exists():
                raise MediaError("missing", str(exc), name=name) from exc
            raise
        finally:
            for leftover in (temp, temp_thumb):
                if leftover.exists():
                    _unlink(leftover)

    def _copy(
        self,
        source: Path,
        temp: Path,
        expected: int,
        max_bytes: int,
        cancel: Cancelled | None,
        progress: Progress | None,
        name: str,
    ) -> str:
        digest = hashlib.sha256()
        try:
            src = open(source, "rb")  # noqa: SIM115 - closed below, after the copy
        except FileNotFoundError as exc:
            raise MediaError("missing", str(exc), name=name) from exc
        except PermissionError as exc:
            raise MediaError("unreadable", str(exc), name=name) from exc
        with src:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as out:
                copied = 0
                while True:
                    if cancel is not None and cancel():
                        raise MediaError("cancelled", name=name)
                    chunk = src.read(COPY_CHUNK)
                    if not chunk:
                        break
                    copied += len(chunk)
                    if copied > max_bytes:  # the file grew while we copied it
                        raise MediaError("too_large", size=copied, limit=max_bytes, name=name)
                    digest.update(chunk)
                    out.write(chunk)
                    if progress is not None:
                        progress(copied, max(expected, copied))
                if copied == 0:
                    raise MediaError("empty", name=name)
                out.flush()
                os.fsync(out.fileno())
        return digest.hexdigest()

    # -- removal and upkeep ------------------------------------------------------------------------
    def remove(self, sha256: str) -> bool:
        """Delete the content file and thumbnail of this hash. The caller checked nothing uses it."""
        removed = False
        path = self.find(sha256)
        if path is not None:
            removed = _unlink(path)
            for folder in (path.parent, path.parent.parent):
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty
        if is_sha256(sha256):
            _unlink(self.thumbnail_path(sha256))
        return removed

    def discard(self, staged: StagedFile) -> None:
        """Undo a staging whose database record could not be written (only what it created)."""
        if staged.created:
            self.remove(staged.sha256)

    def ensure_thumbnail(self, sha256: str, kind: str) -> Path | None:
        """The thumbnail of a stored file, built now when the cache lacks it; None when impossible."""
        existing = self.existing_thumbnail(sha256)
        if existing is not None:
            return existing
        source = self.find(sha256)
        if source is None:
            return None
        dest = self.thumbnail_path(sha256)
        dest.parent.mkdir(parents=True, exist_ok=True)
        temp = dest.with_name(f".{uuid.uuid4().hex}.{THUMB_EXT}")
        try:
            if not make_thumbnail(source, kind, temp):
                return None
            os.replace(temp, dest)
            return dest
        finally:
            if temp.exists():
                _unlink(temp)

    def stored(self) -> Iterator[tuple[str, Path]]:
        """(sha256, path) of every content file, for garbage collection."""
        if not self.root.is_dir():
            return
        for first in self.root.iterdir():
            if len(first.name) != 2 or not first.is_dir():
                continue
            for second in first.iterdir():
                if not second.is_dir():
                    continue
                for entry in second.iterdir():
                    match = _CONTENT_NAME.match(entry.name)
                    if match and entry.is_file():
                        yield match.group(1), entry

    def sweep_incoming(self, older_than_s: float = 3600) -> int:
        """Remove copies left in `.incoming/` by a crash (never those of an import running now)."""
        if not self.incoming.is_dir():
            return 0
        limit = time.time() - older_than_s
        count = 0
        for entry in self.incoming.iterdir():
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < limit and _unlink(entry):
                    count += 1
        return count
