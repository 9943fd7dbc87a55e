"""Opening the user's database at start, with a way out for every known failure.

A damaged file offers to restore the newest automatic copy (keeping the damaged file aside) or to
quit; a file from a newer version or a failed upgrade explains itself and quits without writing.
These dialogs run before the main event loop, hence the plain `exec()`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from cmtoolbox.gui.i18n import tr
from cmtoolbox.paths import database_path
from cmtoolbox.storage.db import latest_backup, restore_backup
from cmtoolbox.storage.errors import DatabaseCorrupt, DatabaseTooNew, MigrationFailed, StorageError
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)


def open_store_interactive(root: Path, *, quiet: bool = False) -> Store | None:
    """The opened Store, or None when the user chose to quit (or nothing could be opened)."""
    path = database_path(root)
    for _attempt in range(2):
        try:
            store, report = Store.open(root)
        except DatabaseCorrupt as exc:
            log.error("database damaged: %s", exc.detail)
            backup = latest_backup(path)
            if quiet or not _offer_restore(path, backup):
                return None
            restore_backup(backup, path)  # type: ignore[arg-type]
            log.warning("restored %s from %s", path, backup)
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
    return None


def _explain(title: str, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("CM Toolbox"), title)
    box.setInformativeText(text)
    box.setDetailedText(details)
    box.exec()


def _offer_restore(path: Path, backup: Path | None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("CM Toolbox"), tr("Your database file is damaged"))
    if backup is None:
        box.setInformativeText(
            tr("No automatic copy is available. The damaged file is at:\n%1").replace("%1", str(path))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    when = QLocale().toString(_mtime(backup), QLocale.FormatType.ShortFormat)
    box.setInformativeText(
        tr("CM Toolbox can restore the automatic copy made on %1. The damaged file is kept aside.").replace(
            "%1", when
        )
    )
    restore = box.addButton(tr("Restore the copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def _mtime(path: Path):  # noqa: ANN202 - QDateTime
    from PySide6.QtCore import QDateTime

    return QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
