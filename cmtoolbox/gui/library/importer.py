"""Importing into the library and exporting out of it, off the UI thread, with progress and cancel.

An import lists the chosen files and folders in the app's IO pool, then handles one file at a time:
staging (copy, hash, check, thumbnail) in the IO pool, recording on the database thread
(`ops.library.record_staged`). A camera photo whose markers prove it whole is recorded without
being decoded (issue 16); its decode and thumbnail then run in the CPU pool while the next files
are copied, and the import ends when they are done: a photo whose data turns out damaged is kept
(the person may already be using it) and named in the report. A file the library refuses is
reported with its reason and the next one goes on; a record that cannot be written takes its
staged file away again (`ops.library.discard_staged`), so nothing is left half imported.
Cancelling stops the copy in progress (its temporary file is removed) and keeps what was already
imported.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from cmtoolbox.core.media import MEDIA_EXTENSIONS, MediaError, extension_of
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.pools import CPU, IO
from cmtoolbox.ops import library as ops
from cmtoolbox.storage.media import ImportOutcome, MediaItem
from cmtoolbox.storage.media_files import MediaFiles, Progress, StagedFile

MAX_FOLDER_FILES = 20_000
"""A folder import stops listing past this many files: someone picked their home folder."""


@dataclass
class ImportReport:
    added: list[MediaItem] = field(default_factory=list)
    duplicates: list[MediaItem] = field(default_factory=list)
    restored: list[MediaItem] = field(default_factory=list)
    failed: list[tuple[Path, MediaError]] = field(default_factory=list)
    damaged: list[MediaItem] = field(default_factory=list)  # recorded, then not decodable to the end
    skipped: int = 0  # files of a folder whose extension is not media (notes.txt, .DS_Store...)
    cancelled: bool = False
    truncated: bool = False  # the folder listing hit MAX_FOLDER_FILES

    @property
    def imported(self) -> list[MediaItem]:
        return self.added + self.restored + self.duplicates

    @property
    def last_item(self) -> MediaItem | None:
        items = self.imported
        return items[-1] if items else None

    def add(self, outcome: ImportOutcome) -> None:
        {"added": self.added, "duplicate": self.duplicates, "restored": self.restored}[outcome.status].append(
            outcome.item
        )


def expand_paths(paths: list[Path]) -> tuple[list[tuple[Path, int]], int, bool]:
    """(files with their size, skipped count, truncated) for chosen files and folders.

    Files chosen one by one are all tried (a refusal is reported); inside folders only names with a
    media extension are, and hidden files and folders are left out. Symbolic links to folders are
    not followed, so a link loop cannot trap the walk.
    """
    files: list[tuple[Path, int]] = []
    skipped = 0
    seen: set[Path] = set()

    def add(path: Path) -> None:
        if path in seen:
            return
        seen.add(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # reported when staging: "moved or deleted"
        files.append((path, size))

    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if len(files) >= MAX_FOLDER_FILES:
                        return files, skipped, True
                    if name.startswith("."):
                        continue
                    if extension_of(name) not in MEDIA_EXTENSIONS:
                        skipped += 1
                        continue
                    add(Path(root) / name)
        else:
            add(path)
    return files, skipped, False


class ImportJob(QObject):
    """One import run. Signals come on the UI thread."""

    progress = Signal(int, int, str)  # files done, files in all, current file name
    bytes_progress = Signal(object, object)  # bytes done, bytes in all: Python ints, may pass 2 GiB

    def __init__(
        self, ctx: AppContext, files: MediaFiles, client_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.report = ImportReport()
        self.running = True  # from creation: a cancel before the first file counts too
        self._cancel = threading.Event()  # set on the UI thread, read by the copy on its worker
        self._ctx = ctx
        self._files = files
        self._client_id = client_id

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    async def run(self, paths: list[Path]) -> ImportReport:
        loop = asyncio.get_event_loop()  # see Pools.run: qasync may step a task outside its loop
        report = self.report
        checks: list[tuple[MediaItem, asyncio.Future[Path | None]]] = []
        try:
            listing, report.skipped, report.truncated = await self._ctx.pools.run(IO, expand_paths, paths)
            total_bytes = sum(size for _path, size in listing)
            done_bytes = 0
            self.progress.emit(0, len(listing), "")
            for number, (path, size) in enumerate(listing):
                if self._cancel.is_set():
                    report.cancelled = True
                    break
                self.progress.emit(number, len(listing), path.name)
                base = done_bytes

                def on_bytes(done: int, _total: int, base: int = base) -> None:
                    # Called on the worker thread: hop to the loop's thread for the signal.
                    loop.call_soon_threadsafe(self.bytes_progress.emit, base + done, total_bytes)

                try:
                    staged = await self._ctx.pools.run(IO, self._stage, path, on_bytes)
                except MediaError as exc:
                    if exc.code == "cancelled":
                        report.cancelled = True
                        break
                    report.failed.append((path, exc))
                    continue
                except OSError as exc:
                    report.failed.append((path, MediaError("unreadable", str(exc), name=path.name)))
                    continue
                finally:
                    done_bytes += size
                    self.bytes_progress.emit(done_bytes, total_bytes)
                outcome = await self._record(staged, path, report)
                if outcome is not None:
                    report.add(outcome)
                    if "thumbnail_later" in staged.info.warnings:
                        checks.append((outcome.item, self._check_later(loop, outcome.item)))
            await self._finish_checks(checks, report)
            checks = []
            done = len(listing) if not report.cancelled else len(report.imported)
            self.progress.emit(done, len(listing), "")
        finally:
            for _item, check in checks:  # the import failed: no one waits for them any more
                check.cancel()
            self.running = False
        return report

    def _check_later(self, loop: asyncio.AbstractEventLoop, item: MediaItem) -> asyncio.Future[Path | None]:
        """Decode the recorded photo whole and make its thumbnail, in the CPU pool, without waiting."""
        executor = self._ctx.pools.executor(CPU)
        return loop.run_in_executor(executor, self._files.ensure_thumbnail, item.sha256, item.kind)

    async def _finish_checks(
        self, checks: list[tuple[MediaItem, asyncio.Future[Path | None]]], report: ImportReport
    ) -> None:
        for item, check in checks:
            try:
                thumbnail = await check
            except OSError:  # the thumbnail could not be written: the grid will try again
                continue
            if thumbnail is None:
                report.damaged.append(item)

    def _stage(self, path: Path, on_bytes: Progress) -> StagedFile:
        return self._files.stage(path, cancel=self._cancel.is_set, progress=on_bytes)

    async def _record(self, staged: StagedFile, path: Path, report: ImportReport) -> ImportOutcome | None:
        runner = self._ctx.runner
        try:
            return await runner.run(ops.record_staged, staged, self._client_id, initiator=self)
        except Exception as exc:  # the record failed (and rolled back): take the staged file away again
            try:
                await runner.run(ops.discard_staged, staged, initiator=self)
            finally:
                report.failed.append((path, MediaError("record_failed", str(exc), name=path.name)))
            return None


# -- export ----------------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def export_name(item: MediaItem) -> str:
    """A file name for an exported item: its title (or original name) with the right extension."""
    stem = item.title or Path(item.original_name).stem or item.sha256[:12]
    stem = _UNSAFE.sub(" ", stem).strip(" .")[:120] or item.sha256[:12]
    return f"{stem}.{item.ext}"


def export_items(files: MediaFiles, items: list[MediaItem], folder: Path) -> tuple[int, list[str]]:
    """Worker thread: copy each item's file into `folder`, never overwriting (" (2)" is added).

    Returns (copied count, names of the items whose file is missing).
    """
    folder.mkdir(parents=True, exist_ok=True)
    copied = 0
    missing: list[str] = []
    for item in items:
        source = files.find(item.sha256)
        if source is None:
            missing.append(item.display_title)
            continue
        name = export_name(item)
        target = folder / name
        counter = 2
        while target.exists():
            target = folder / f"{Path(name).stem} ({counter}){Path(name).suffix}"
            counter += 1
        temp = target.with_name(f".{target.name}.part")
        shutil.copyfile(source, temp)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
        copied += 1
    return copied, missing
