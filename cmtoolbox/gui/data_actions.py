"""File ▸ Back up, Restore, Export, and Clients ▸ End of contract: the user's own safety net.

Backups and exports read from a connection of their own on the I/O pool, so the app keeps working
while they run; both show progress with Cancel. A restore is verified in full first, then done
after the app has closed its database (it replaces the file under it) and the app starts again on
the restored data. Ending a contract exports the client, asks for its name as confirmation, then
removes everything through `ops.clients.end_contract`.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask, ask_folder, ask_open_path, ask_save_path
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.progress import Progress, run_with_progress
from cmtoolbox.ops import clients as client_ops
from cmtoolbox.paths import is_frozen
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.errors import BackupInvalid

if TYPE_CHECKING:  # the export and the archive (library files) load when used, not at start
    from cmtoolbox.ops.export import ExportReport
    from cmtoolbox.storage.archive import Manifest

log = logging.getLogger(__name__)
LAST_FOLDER_PREF = "data_actions/last_folder"


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def relaunch_command(argv: list[str]) -> list[str]:
    """How to start this app again with the same arguments (frozen build or from source)."""
    args = list(argv[1:])
    return [sys.executable, *args] if is_frozen() else [sys.executable, "-m", "cmtoolbox", *args]


def restore_on_exit(root: Path, archive: Path) -> None:
    """Run once the app has closed its database, while it still holds the data folder."""
    from cmtoolbox.storage.archive import restore_archive

    try:
        report = restore_archive(archive, root)
        log.info("restored %s (kept aside: %s)", archive, report.kept_aside)
    except Exception:  # the data is untouched: the app starts again on it
        log.exception("restoring %s failed", archive)


def relaunch(argv: list[str]) -> None:
    """Start the app again, once this process has let the data folder go."""
    subprocess.Popen(relaunch_command(argv), start_new_session=True)  # noqa: S603 - our own binary


class DataActions(QObject):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window

    def _folder(self) -> Path:
        saved = self._ctx.prefs.value(LAST_FOLDER_PREF)
        return Path(str(saved)) if saved else _documents()

    def _remember(self, path: Path) -> None:
        self._ctx.prefs.set_value(LAST_FOLDER_PREF, str(path))

    async def _tell(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("dataActionsMessage")
        await ask(box)

    # -- back up -----------------------------------------------------------------------------------
    def back_up(self) -> None:
        self._ctx.tasks.spawn(self.back_up_flow())

    async def back_up_flow(self) -> Manifest | None:
        from cmtoolbox.storage.archive import ARCHIVE_SUFFIX, ArchiveCancelled, write_archive

        suggested = self._folder() / f"CM Toolbox {date.today().isoformat()}{ARCHIVE_SUFFIX}"
        name_filter = fill(self.tr("CM Toolbox backups (*%1)"), ARCHIVE_SUFFIX)
        path = await ask_save_path(self._window, self.tr("Back up all data"), suggested, name_filter)
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(ARCHIVE_SUFFIX)
        self._remember(path.parent)
        root = self._ctx.root

        def work(progress: Progress) -> Manifest:
            return write_archive(root, path, progress=progress.update, cancelled=progress.cancelled)

        try:
            manifest = await run_with_progress(
                self._window, self._ctx.pools, self.tr("Backing up your data…"), work
            )
        except ArchiveCancelled:
            self._ctx.status.show(self.tr("Backup cancelled: nothing was written."))
            return None
        except (OSError, BackupInvalid) as exc:
            text = self.tr(
                "The backup could not be written (%1). Your data is unchanged; try another folder or "
                "free some disk space."
            )
            await self._tell(self.tr("Backup failed"), fill(text, exc))
            return None
        done = fill(self.tr("Backed up to %1 (%2 library files)."), path.name, manifest.library_files)
        self._ctx.status.show(done)
        return manifest

    # -- restore -----------------------------------------------------------------------------------
    def restore(self) -> None:
        self._ctx.tasks.spawn(self.restore_flow())

    async def restore_flow(self) -> bool:
        from cmtoolbox.storage.archive import ARCHIVE_SUFFIX, verify_archive

        path = await ask_open_path(
            self._window,
            self.tr("Restore a backup"),
            self._folder(),
            fill(self.tr("CM Toolbox backups (*%1);;All files (*)"), ARCHIVE_SUFFIX),
        )
        if path is None:
            return False
        root = self._ctx.root

        def work(progress: Progress) -> Manifest:
            return verify_archive(path, root)

        try:
            manifest = await run_with_progress(
                self._window, self._ctx.pools, self.tr("Checking the backup…"), work
            )
        except BackupInvalid as exc:
            text = self.tr("%1 is not a complete CM Toolbox backup (%2). Nothing was changed.")
            await self._tell(self.tr("This backup cannot be restored"), fill(text, path.name, exc.detail))
            return False
        except OSError as exc:
            text = self.tr("%1 could not be read (%2). Nothing was changed.")
            await self._tell(self.tr("This backup cannot be restored"), fill(text, path.name, exc))
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            fill(
                self.tr("The backup of %1 (CM Toolbox %2, %3 library files) will replace all current data. "
                        "The current data is kept aside in the data folder. CM Toolbox restarts to finish."),
                format_datetime(manifest.created_at), manifest.app_version, manifest.library_files,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("restoreConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if await ask(box) != QMessageBox.StandardButton.Yes.value:
            return False
        self._ctx.exit_actions.append(lambda: restore_on_exit(root, path))
        self._ctx.relaunch = True
        self._window.close()
        return True

    # -- export ------------------------------------------------------------------------------------
    def export(self) -> None:
        self._ctx.tasks.spawn(self.export_flow(self._window_client()))

    def _window_client(self) -> Client | None:
        clients = getattr(self._window, "clients", None)
        return clients.current if clients is not None else None

    async def export_flow(
        self, client: Client | None, *, everything: bool | None = None
    ) -> ExportReport | None:
        if everything is None and client is not None:
            box = QMessageBox(
                QMessageBox.Icon.Question, self.tr("Export"),
                fill(self.tr("Export %1 only, or every client?"), client.name), parent=self._window,
            )
            box.setObjectName("exportScope")
            only = box.addButton(fill(self.tr("Only %1"), client.name), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Every client"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            await ask(box)
            clicked = box.clickedButton()
            if clicked is None or box.buttonRole(clicked) != QMessageBox.ButtonRole.AcceptRole:
                return None
            everything = clicked is not only
        folder = await ask_folder(self._window, self.tr("Export into which folder?"), self._folder())
        if folder is None:
            return None
        self._remember(folder)
        name = client.name if client is not None and not everything else self.tr("All clients")
        target = folder / f"CM Toolbox export {name} {date.today().isoformat()}"
        client_id = None if everything or client is None else client.id
        root = self._ctx.root

        def work(_progress: Progress) -> ExportReport:
            from cmtoolbox.ops.export import export_data_folder

            return export_data_folder(root, client_id, target)

        try:
            report = await run_with_progress(self._window, self._ctx.pools, self.tr("Exporting…"), work)
        except OSError as exc:
            text = fill(self.tr("The export could not be written (%1)."), exc)
            await self._tell(self.tr("Export failed"), text)
            return None
        self._ctx.status.show(fill(self.tr("Exported to %1."), str(target)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return report

    # -- end of contract ---------------------------------------------------------------------------
    def end_contract(self) -> None:
        client = self._window_client()
        if client is not None:
            self._ctx.tasks.spawn(self.end_contract_flow(client))

    async def end_contract_flow(self, client: Client) -> client_ops.EndOfContract | None:
        intro = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("End of contract"),
            fill(self.tr("Everything of %1 will be exported, then deleted for good: notes, sources, feeds, "
                         "drafts, library files, accounts and their passwords. This cannot be undone."),
                 client.name),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        intro.setObjectName("endContractIntro")
        if await ask(intro) != QMessageBox.StandardButton.Ok.value:
            return None
        report = await self.export_flow(client, everything=False)
        if report is None:
            return None  # no export, no deletion
        confirm = QInputDialog(self._window)
        confirm.setObjectName("endContractConfirm")
        confirm.setWindowTitle(self.tr("End of contract"))
        confirm.setLabelText(fill(self.tr("The export is in %1.\nType the client's name, %2, to delete it:"),
                                  str(report.folder), client.name))
        if await ask(confirm) != QInputDialog.DialogCode.Accepted.value:
            return None
        if confirm.textValue().strip().casefold() != client.name.casefold():
            self._ctx.status.show(self.tr("The name did not match: nothing was deleted."))
            return None
        summary = await self._ctx.runner.run(client_ops.end_contract, client.id, initiator=self)
        lines = [fill(self.tr("%1 and all its records were deleted."), summary.client_name)]
        lines += [self.tr("%n record(s) removed.", "", sum(summary.rows.values()))]
        lines += [self.tr("%n library file(s) removed from the disk.", "", summary.files)]
        lines += [self.tr("%n password(s) or token(s) removed from the keyring.", "", summary.secrets)]
        await self._tell(self.tr("End of contract"), "\n".join(lines), QMessageBox.Icon.Information)
        return summary
