"""Importing from the library page: choosing files, the progress bar, and telling how it went.

`ImportBar` is the view (what is being imported, a progress bar over the bytes, Cancel);
`ImportFlow` sequences one import at a time: the file dialogs, the `ImportJob` that stages files
off the UI thread and records them, the summary in the status bar and, when files were refused,
a dialog with one reason per file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from cmtoolbox.core.media import MEDIA_EXTENSIONS
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.library.importer import ImportJob, ImportReport
from cmtoolbox.gui.library.messages import describe_import, describe_import_problems
from cmtoolbox.storage.media_files import MediaFiles

PROGRESS_STEPS = 1000


class ImportBar(QFrame):
    """Shown while an import runs: the file being imported, the bytes copied, and Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryImportBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("libraryImportLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("libraryImportProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setObjectName("libraryCancelImport")
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.progress, 3)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self) -> None:
        self.progress.setValue(0)
        self.label.setText(self.tr("Preparing the import…"))
        self.cancel_button.setEnabled(True)
        self.show()

    def show_file(self, done: int, total: int, name: str) -> None:
        if name:
            self.label.setText(fill(self.tr("Importing %1 of %2: %3"), done + 1, total, name))

    def show_bytes(self, done: int, total: int) -> None:
        self.progress.setValue(int(PROGRESS_STEPS * done / total) if total else 0)

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))


class ImportFlow(QObject):
    """One import at a time into the current client's library, from files, a folder or a drop."""

    finished = Signal(object)  # ImportReport: every record is written
    running_changed = Signal(bool)

    def __init__(self, ctx: AppContext, files: MediaFiles, bar: ImportBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._files = files
        self._bar = bar
        self._dialog_parent = parent
        self._job: ImportJob | None = None
        self.last_report: ImportReport | None = None
        # Replaced by tests: the system's dialogs.
        self.choose_files: Callable[[], list[str]] = self._choose_files
        self.choose_folder: Callable[[], str] = self._choose_folder
        self.show_report: Callable[[ImportReport], object] = self._show_report
        bar.cancel_requested.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    def ask_files(self, client_id: int) -> asyncio.Task[ImportReport] | None:
        paths = self.choose_files()
        return self.start([Path(p) for p in paths], client_id) if paths else None

    def ask_folder(self, client_id: int) -> asyncio.Task[ImportReport] | None:
        folder = self.choose_folder()
        return self.start([Path(folder)], client_id) if folder else None

    def start(self, paths: list[Path], client_id: int) -> asyncio.Task[ImportReport] | None:
        """Import files and folders for `client_id`; refused while another import runs."""
        if not paths:
            return None
        if self.running:
            self._ctx.status.show(self.tr("An import is already running: wait for it or cancel it."))
            return None
        job = ImportJob(self._ctx, self._files, client_id, self)
        job.progress.connect(self._bar.show_file)
        job.bytes_progress.connect(self._bar.show_bytes)
        self._job = job
        self._bar.begin()
        self.running_changed.emit(True)
        return self._ctx.tasks.spawn(self._run(job, paths))

    def cancel(self) -> None:
        if self._job is not None and self._job.running:
            self._job.cancel()
            self._bar.cancelling()

    async def _run(self, job: ImportJob, paths: list[Path]) -> ImportReport:
        try:
            report = await job.run(paths)
        finally:
            self._bar.hide()
            self.running_changed.emit(False)
        self.last_report = report
        self.finished.emit(report)
        self._ctx.status.show(describe_import(report))
        if report.failed or report.truncated or report.damaged:
            self.show_report(report)
        return report

    # -- dialogs -------------------------------------------------------------------------------
    def _file_filter(self) -> str:
        patterns = " ".join(f"*.{ext}" for ext in sorted(MEDIA_EXTENSIONS))
        # Translated outside the f-string: lupdate does not look inside one.
        media = self.tr("Pictures, videos and documents")
        everything = self.tr("All files")
        return f"{media} ({patterns});;{everything} (*)"

    def _choose_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self._dialog_parent, self.tr("Import into the library"), "", self._file_filter()
        )
        return paths

    def _choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self._dialog_parent, self.tr("Import a folder into the library")
        )

    def _show_report(self, report: ImportReport) -> None:
        box = QMessageBox(self._dialog_parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import"))
        box.setText(describe_import(report))
        box.setInformativeText(self.tr("Other files were imported normally."))
        box.setDetailedText("\n".join(describe_import_problems(report)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        app = QGuiApplication.instance()
        if app is not None and getattr(app, "_cmtoolbox_quiet", False):
            box.deleteLater()
            return
        box.open()
