"""Opening the user's database at start, with a way out for every known failure.

A damaged file offers the automatic copies that verify now (newest first, each with its date and
kind), restores the chosen one through `storage.db.restore_backup` (verified on a temporary name,
the damaged file kept aside under a name never reused) or quits. A file from a newer version or a
failed upgrade explains itself and quits without writing. These dialogs run before the main event
loop, hence the plain `exec()`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill, tr
from cmtoolbox.paths import database_path
from cmtoolbox.storage.db import BackupInfo, restore_backup, verified_backups
from cmtoolbox.storage.errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    MigrationFailed,
    RestoreFailed,
    StorageError,
)
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)


def open_store_interactive(root: Path, *, quiet: bool = False) -> Store | None:
    """The opened Store, or None when the user chose to quit (or nothing could be opened).

    A damaged database loops: offer the verified copies not tried yet, restore the chosen one,
    open again. Every copy is offered at most once, so the loop ends; every restore keeps the
    file it replaces, so no attempt can lose the user's original."""
    path = database_path(root)
    tried: set[Path] = set()
    while True:
        try:
            store, report = Store.open(root)
        except DatabaseCorrupt as exc:
            log.error("database damaged: %s", exc.detail)
            if quiet:
                return None
            copies = [copy for copy in _verified_copies(root) if copy.path not in tried]
            choice = _offer_restore(path, copies)
            if choice is None:
                return None
            tried.add(choice.path)
            try:
                aside = restore_backup(choice.path, path)
            except RestoreFailed as failure:
                log.error("restore failed, nothing changed: %s", failure)
                _explain(
                    tr("The copy could not be restored"),
                    tr("Nothing was changed: your data folder is exactly as it was."),
                    str(failure),
                )
                continue
            log.warning("restored %s from %s; the damaged file is kept as %s", path, choice.path, aside)
            continue
        except DatabaseTooNew as exc:
            log.error("database too new: %s", exc)
            if not quiet:
                _explain(
                    tr("This data was saved by a newer version of CM Toolbox"),
                    tr("Please install the latest version of CM Toolbox to open it. Nothing was changed."),
                    str(exc),
                )
            return None
        except MigrationFailed as exc:
            log.error("migration failed", exc_info=exc)
            if not quiet:
                _explain(
                    tr("Your data could not be upgraded"),
                    tr(
                        "The upgrade was cancelled and your data was left exactly as it was. A copy is "
                        "also kept in the backups folder. Please report this problem."
                    ),
                    str(exc),
                )
            return None
        except (StorageError, OSError) as exc:
            log.error("cannot open the database", exc_info=exc)
            if not quiet:
                _explain(
                    tr("Your data folder cannot be opened"),
                    str(getattr(exc, "strerror", "") or exc),
                    str(exc),
                )
            return None
        if report.migrated:
            log.info("migrated %s (backup: %s)", report.migrated, report.backup)
        return store


def _verified_copies(root: Path) -> list[BackupInfo]:
    """Each copy gets a full integrity check: seconds for a large database, so say we are busy."""
    if QApplication.instance() is None:  # headless callers (tests, tools)
        return verified_backups(root)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return verified_backups(root)
    finally:
        QApplication.restoreOverrideCursor()


def _explain(title: str, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("CM Toolbox"), title)
    box.setInformativeText(text)
    box.setDetailedText(details)
    box.exec()


def describe_copy(copy: BackupInfo) -> str:
    """A copy as the dialog lists it: "21/11/2026 10:42 (automatic daily copy)", in local time."""
    when = format_datetime(copy.taken_at)
    if copy.kind == "pre-migration":
        kind = tr("copy made before an upgrade")
    elif copy.kind == "daily":
        kind = tr("automatic daily copy")
    else:
        kind = tr("automatic copy")
    return f"{when} ({kind})"


class RestoreDialog(QDialog):
    """The damaged-file dialog: pick one of the verified copies (the newest is preselected)."""

    def __init__(self, path: Path, copies: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copies = copies
        self.setWindowTitle(tr("CM Toolbox"))
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32))
        layout.addWidget(icon)
        heading = QLabel(f"<b>{tr('Your database file is damaged')}</b>")
        layout.addWidget(heading)
        text = QLabel(
            fill(tr(
                "CM Toolbox can replace it with one of its automatic copies, checked just now. "
                "The newest is selected. The damaged file is kept aside as it is, never deleted:\n%1"
            ), str(path.parent))
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.combo = QComboBox()
        for copy in copies:
            self.combo.addItem(describe_copy(copy))
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox()
        self.restore_button: QPushButton = buttons.addButton(
            tr("Restore this copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button: QPushButton = buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> BackupInfo | None:
        index = self.combo.currentIndex()
        return self.copies[index] if 0 <= index < len(self.copies) else None


def _offer_restore(path: Path, copies: list[BackupInfo]) -> BackupInfo | None:
    """The copy the user chose to restore, or None to quit."""
    if not copies:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("CM Toolbox"), tr("Your database file is damaged"))
        box.setInformativeText(
            fill(tr("No sound automatic copy is available. The damaged file is at:\n%1"), str(path))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return None
    dialog = RestoreDialog(path, copies)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
