"""What the Sources tab does, step by step: the source dialog and what follows it, opening,
starring, folders, the trash, and bookmark imports and exports.

The tab (`sources_tab.SourcesTab`) is the view: widgets, actions, selection. These flows sequence
dialogs and named operations (`cmtoolbox.ops.sources`) run through the runner with the tab as
initiator, so the tab skips the broadcast of its own writes and reloads once, here, to select
what was written. Undoable writes give their label to the app's undo stack, which offers Undo
in the status bar and in Edit ▸ Undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cmtoolbox.core.bookmarks_html import Bookmark, BookmarksError, read_bookmark_document, write_bookmarks
from cmtoolbox.core.urls import InvalidUrl
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.files import ThreadProgress
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.pools import CPU
from cmtoolbox.gui.sources.import_dialog import BookmarkImportDialog, BookmarkImportOptions
from cmtoolbox.gui.sources.messages import import_report_text, url_error_message
from cmtoolbox.gui.sources.source_dialog import OPEN_EXISTING, RESTORE_EXISTING, SourceDialog
from cmtoolbox.gui.sources.tab_controller import TabController
from cmtoolbox.ops import sources as ops
from cmtoolbox.ops.sources import SourceValues
from cmtoolbox.storage.sources import (
    DuplicateSource,
    ImportCancelled,
    ImportReport,
    Source,
    prepare_bookmarks,
)

if TYPE_CHECKING:
    from cmtoolbox.gui.sources.sources_tab import SourcesTab

MAX_OPENED = 10  # a slip of Ctrl+A must not open 300 browser tabs


class SourceFlows(TabController):
    tab: SourcesTab

    # -- add / edit ----------------------------------------------------------------------------
    def add_source(self) -> None:
        if self.tab.client_id is not None:
            self.ctx.tasks.spawn(self.run_source_dialog(None))

    def edit_selected(self) -> None:
        selected = self.tab.selected_sources()
        if len(selected) == 1 and self.tab.client_id is not None:
            self.ctx.tasks.spawn(self.run_source_dialog(selected[0]))

    def make_dialog(self, source: Source | None) -> SourceDialog:
        assert self.tab.client_id is not None
        return SourceDialog(
            self.ctx, self.tab.client_id, self.tab.tag_names, source, self.tab, folders=self.tab.folders.paths
        )

    async def run_source_dialog(self, source: Source | None) -> Source | None:
        """The dialog, then what its answer asks for: create, save, open or restore the
        duplicate it found."""
        dialog = self.make_dialog(source)
        self.dialog = dialog
        code = await ask(dialog)
        existing = dialog.existing
        if code == OPEN_EXISTING and existing is not None:
            self.tab.select_ids([existing.id])
            await self.run_source_dialog(existing)
            return existing
        if code == RESTORE_EXISTING and existing is not None:
            label = fill(self.tr("“%1” restored from the trash"), existing.display_title)
            await self.ctx.runner.run(
                ops.restore_sources, [existing.id], initiator=self.tab, undo_label=label
            )
            await self.tab.reload()
            self.tab.select_ids([existing.id])
            return existing
        if code != SourceDialog.DialogCode.Accepted.value:
            return None
        values = dialog.values()
        if source is None:
            return await self.create_source(values)
        return await self.save_source(source.id, values)

    async def create_source(self, values: SourceValues) -> Source | None:
        client_id = self.tab.client_id
        assert client_id is not None
        label = fill(self.tr("“%1” added"), values.title or values.url)
        return await self._write_source(label, ops.create_source, client_id, values)

    async def save_source(self, source_id: int, values: SourceValues) -> Source | None:
        client_id = self.tab.client_id
        assert client_id is not None
        label = fill(self.tr("“%1” edited"), values.title or values.url)
        return await self._write_source(label, ops.save_source, source_id, values, client_id)

    async def _write_source(self, label: str, fn: Callable[..., Any], *args: object) -> Source | None:
        """Create or save, then select the result; a refused address is explained, not raised."""
        try:
            written: Source = await self.ctx.runner.run(fn, *args, initiator=self.tab, undo_label=label)
        except DuplicateSource as duplicate:
            self._report_duplicate(duplicate)
            return None
        except InvalidUrl as error:
            self._say(url_error_message(error.code))
            return None
        await self.tab.reload()
        self.tab.select_ids([written.id])
        return written

    def _report_duplicate(self, duplicate: DuplicateSource) -> None:
        self.tab.select_ids([duplicate.existing.id])
        self._say(
            fill(self.tr("This address is already in your sources: “%1”."), duplicate.existing.display_title)
        )

    # -- simple actions ------------------------------------------------------------------------
    def open_selected(self) -> None:
        selected = self.tab.selected_sources()[:MAX_OPENED]
        for source in selected:
            self.tab.open_url(QUrl(source.url))
        if selected:
            self.ctx.tasks.spawn(self._write_and_reload(ops.mark_visited, [s.id for s in selected]))

    def toggle_star(self) -> None:
        selected = self.tab.selected_sources()
        if not selected:
            return
        starred = not all(s.starred for s in selected)
        count = len(selected)
        label = (
            self.tr("%n source(s) starred", "", count)
            if starred
            else self.tr("%n source(s) unstarred", "", count)
        )
        ids = [s.id for s in selected]
        self.ctx.tasks.spawn(self._write_and_reload(ops.star_sources, ids, starred, label=label))

    async def _write_and_reload(self, fn: Callable[..., Any], *args: object, label: str = "") -> None:
        await self.ctx.runner.run(fn, *args, initiator=self.tab, undo_label=label)
        await self.tab.reload()

    def delete_selected(self) -> None:
        selected = self.tab.selected_sources()
        if selected:
            self.ctx.tasks.spawn(self.delete_sources(selected))

    async def delete_sources(self, sources: list[Source]) -> None:
        """To the trash; the app's undo (Ctrl+Z, the status bar) brings them back."""
        if len(sources) == 1:
            label = fill(self.tr("“%1” moved to the trash"), sources[0].display_title)
        else:
            label = self.tr("%n source(s) moved to the trash", "", len(sources))
        await self._write_and_reload(ops.trash_sources, [s.id for s in sources], label=label)

    def ask_move_to_folder(self) -> None:
        selected = self.tab.selected_sources()
        if selected:
            self.ctx.tasks.spawn(self.run_folder_dialog(selected))

    async def run_folder_dialog(self, sources: list[Source]) -> str | None:
        dialog = QInputDialog(self.tab)
        dialog.setWindowTitle(self.tr("Move to folder"))
        dialog.setLabelText(
            self.tr(
                "Folder of the %n selected source(s) (“/” makes a subfolder; empty: no folder):",
                "",
                len(sources),
            )
        )
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems(["", *self.tab.folders.paths])
        common = {s.folder for s in sources}
        dialog.setTextValue(common.pop() if len(common) == 1 else "")
        self.dialog = dialog
        if await ask(dialog) != QInputDialog.DialogCode.Accepted.value:
            return None
        folder = ops.clean_folder(dialog.textValue())
        await self.move_to_folder([s.id for s in sources], folder)
        return folder

    async def move_to_folder(self, ids: list[int], folder: str) -> None:
        if folder:
            label = fill(self.tr("%n source(s) moved to “%1”", "", len(ids)), folder)
        else:
            label = self.tr("%n source(s) taken out of their folder", "", len(ids))
        await self._write_and_reload(ops.move_to_folder, ids, folder, label=label)
        self.tab.folders.choose(folder or None)
        self.tab.select_ids(ids)

    # -- import / export -----------------------------------------------------------------------
    def ask_import(self) -> None:
        if self.tab.client_id is None or self.tab.task_bar.busy:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.tab, self.tr("Import bookmarks"), str(Path.home()),
            self.tr("Bookmark files (*.html *.htm);;All files (*)"),
        )  # fmt: skip
        if path:
            self.ctx.tasks.spawn(self.import_bookmarks_file(Path(path)))

    async def import_bookmarks_file(
        self, path: Path, options: BookmarkImportOptions | None = None
    ) -> ImportReport | None:
        """Read, ask how to treat folders (unless `options` is given), then import in one
        transaction in the background; the status bar says what was imported and skipped."""
        client_id = self.tab.client_id
        if client_id is None:
            return None
        title = self.tr("Import bookmarks")
        document = await self.read_import(
            path,
            read_bookmark_document,
            BookmarksError,
            title,
            entries=lambda read: read.bookmarks,
            nothing=self.tr("This file holds no bookmarks."),
        )
        if document is None:
            return None
        if options is None:
            dialog = BookmarkImportDialog(document, path.name, self.tab)
            self.dialog = dialog
            if await ask(dialog) != BookmarkImportDialog.DialogCode.Accepted.value:
                return None
            options = dialog.options()
        return await self._import(client_id, path, document.bookmarks, options)

    async def _import(
        self, client_id: int, path: Path, bookmarks: Sequence[Bookmark], options: BookmarkImportOptions
    ) -> ImportReport | None:
        progress = ThreadProgress(self)
        bar = self.tab.task_bar
        progress.progress.connect(bar.set_progress)
        # No task to cancel: Cancel raises a flag the import polls between rows, and the
        # transaction rolls back on the database thread (cancelling the await would not stop it).
        bar.start(fill(self.tr("Importing %1…"), path.name), len(bookmarks))
        bar.cancel_requested.connect(lambda: setattr(progress, "cancelled", True))
        self.tab.update_actions()
        try:
            # The costly part (normalising every address) runs on a worker; the database thread
            # only looks up duplicates and inserts.
            prepared = await self.ctx.pools.run(
                CPU, prepare_bookmarks, bookmarks, folders=options.folders, kind=options.kind,
                cancelled=progress.is_cancelled,
            )  # fmt: skip
            report = await self.ctx.runner.run(
                ops.import_bookmarks, client_id, prepared, folders=options.folders, kind=options.kind,
                progress=progress.report, cancelled=progress.is_cancelled,
                initiator=self.tab, undo_label=fill(self.tr("Import of “%1”"), path.name),
            )  # fmt: skip
        except ImportCancelled:
            self._say(self.tr("Import cancelled: nothing was imported."))
            return None
        finally:
            bar.finish()
            bar.cancel_requested.disconnect()
            self.tab.update_actions()
        await self.tab.reload()
        self.tab.select_ids(list(report.ids))
        self._say(fill(self.tr("Bookmarks imported: %1"), import_report_text(report)))
        return report

    def ask_export(self) -> None:
        if self.tab.client_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.tab, self.tr("Export bookmarks"), str(Path.home() / "bookmarks.html"),
            self.tr("Bookmark files (*.html)"),
        )  # fmt: skip
        if path:
            self.ctx.tasks.spawn(self.export_bookmarks_file(Path(path)))

    async def export_bookmarks_file(self, path: Path) -> int:
        client_id = self.tab.client_id
        assert client_id is not None
        bookmarks = await self.ctx.runner.read(ops.export_bookmarks, client_id)
        data = await self.ctx.pools.run(CPU, write_bookmarks, bookmarks, self.tr("Sources"))
        if not await self.write_export(path, data):
            return 0
        self._say(fill(self.tr("%n source(s) exported to %1.", "", len(bookmarks)), path.name))
        return len(bookmarks)
