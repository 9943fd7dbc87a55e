"""What the library page does with its items, off the UI thread: the flows behind its buttons.

Saving the details (Ctrl+S, and on moving to another item, so nothing typed is lost), reverting,
moving to the trash (undone with Edit ▸ Undo), opening, copying, exporting, the detail panel's
preview and usages, and the once-a-session clean-up of files a crash left behind. Database work
goes through named operations (`ops.library`), files and pictures through the app's pools.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPoint, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.library.images import PICTURE_KINDS, load_clipboard_image, load_preview
from cmtoolbox.gui.library.importer import export_items
from cmtoolbox.gui.library.mime import add_media_links
from cmtoolbox.gui.page import PageController
from cmtoolbox.gui.pools import CPU, IO
from cmtoolbox.ops import library as ops
from cmtoolbox.ops.library import MediaDetails
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.media import MediaItem, collect_files
from cmtoolbox.storage.search import SearchHit

if TYPE_CHECKING:
    from cmtoolbox.gui.library.page import LibraryPage

log = logging.getLogger(__name__)


class LibraryController(PageController["LibraryPage"]):
    def __init__(self, page: LibraryPage) -> None:
        super().__init__(page)
        self._files = page.files
        self._detail = page.detail
        self._preview_for: int | None = None
        self._garbage_collected = False
        # Replaced by tests: the system's file manager and browser, the folder dialog.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.choose_export_folder: Callable[[], str] = self._choose_export_folder

    # -- the detail panel ------------------------------------------------------------------------
    async def show_item(self, item: MediaItem) -> None:
        """Preview and usages of the item just loaded in the detail panel (dropped if the person has
        moved on meanwhile)."""
        self._preview_for = item.id
        self._detail.set_preview(None, self.tr("Loading…"))
        usages, image = await asyncio.gather(
            self._ctx.runner.read(ops.usages, item.id),
            self._ctx.pools.run(CPU, load_preview, self._files, item),
        )
        if self._preview_for != item.id or self._detail.item is None or self._detail.item.id != item.id:
            return
        self._detail.set_usages(usages)
        if item.kind in ("pdf", "document"):
            fallback = self.tr("No preview for this kind of file")
        elif self._files.find(item.sha256) is None:
            fallback = self.tr("No preview: the file is missing from the library folder")
        else:
            fallback = self.tr("No preview")
        self._detail.set_preview(image, fallback)

    async def refresh_usages(self, item_id: int) -> None:
        usages = await self._ctx.runner.read(ops.usages, item_id)
        if self._detail.item is not None and self._detail.item.id == item_id:
            self._detail.set_usages(usages)

    # -- editing ---------------------------------------------------------------------------------
    def save_pending(self) -> None:
        """Save what the panel holds, taking the values now, before the panel shows something else."""
        item = self._detail.item
        if item is not None and self._detail.is_dirty():
            self._ctx.tasks.spawn(self.save_current(item, self._detail.details()))

    async def save_current(
        self, item: MediaItem | None = None, details: MediaDetails | None = None
    ) -> MediaItem | None:
        if item is None or details is None:
            item = self._detail.item
            if item is None or not self._detail.is_dirty():
                return item
            details = self._detail.details()
        try:
            # The page shows what it saves: it skips this change (its tag list is refreshed below).
            saved: MediaItem = await self._ctx.runner.run(
                ops.save_details, item.id, details, initiator=self._page
            )
        except InvalidValue as exc:
            show_error(self._page, exc, title=self.tr("Library"))
            return None
        shown = self._detail.item
        if shown is not None and shown.id == saved.id and self._detail.details() == details:
            self._detail.mark_saved(saved)
        self._page.model.replace_item(saved)
        self._ctx.status.show(self.tr("Changes saved."))
        await self._page.refresh_tags()
        return saved

    def revert(self) -> None:
        item = self._detail.item
        self._detail.load(None)
        if item is not None:
            self._page.show_item_after_reload(item.id)

    async def trash_selected(self) -> int:
        """Move the selection to the trash; Edit ▸ Undo (or the status bar's Undo) brings it back."""
        items = self._page.browser.selected_items()
        if not items:
            return 0
        if self._detail.is_dirty():
            await self.save_current()
        if len(items) == 1:
            label = fill(self.tr("“%1” moved to the trash"), items[0].display_title)
        else:
            label = self.tr("%n item(s) moved to the trash", "", len(items))
        # Initiated by this controller, not the page: the page reloads like for any change.
        await self._ctx.runner.run(ops.move_to_trash, [i.id for i in items], initiator=self, undo_label=label)
        return len(items)

    # -- actions on items ------------------------------------------------------------------------
    def _path_of(self, item: MediaItem | None) -> Path | None:
        if item is None:
            return None
        path = self._files.find(item.sha256)
        if path is None:
            self._ctx.status.show(self.tr("The file of this item is missing from the library folder."))
        return path

    def open_current(self) -> None:
        path = self._path_of(self._page.browser.current_item())
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path)))

    def show_in_folder(self) -> None:
        path = self._path_of(self._page.browser.current_item())
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path.parent)))

    def open_usage(self, entity: str, entity_id: int) -> bool:
        """Open a record that uses the current item (a note now, drafts later) on its own page.

        The main window routes records to pages for the global search (`open_search_hit`); a usage
        is opened the same way, so the library knows nothing about the notes page. The record
        belongs to this client or is shared, so the client stays as it is."""
        self.save_pending()
        opener = getattr(self._page.window(), "open_search_hit", None)
        if not callable(opener):
            return False
        opener(SearchHit(kind=entity, id=entity_id, client_id=None, title="", snippet_html=""))
        return True

    def copy_note_link(self) -> None:
        item = self._page.browser.current_item()
        if item is None:
            return
        QGuiApplication.clipboard().setText(item.markdown())
        self._ctx.status.show(self.tr("Note link copied: paste it in a note to show the picture."))

    def copy_to_clipboard(self) -> None:
        item = self._page.browser.current_item()
        path = self._path_of(item)
        if item is not None and path is not None:
            self._ctx.tasks.spawn(self._copy(item, path))

    async def _copy(self, item: MediaItem, path: Path) -> None:
        """Pictures go to the clipboard as image data (pasted into any app) plus the file; other
        kinds as the file's URL, which file managers and mail clients paste as the file."""
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        add_media_links(data, [item])  # pasted in a note: the link, not a copy of the file
        if item.kind in PICTURE_KINDS:
            image = await self._ctx.pools.run(CPU, load_clipboard_image, path)
            if not image.isNull():
                data.setImageData(image)
        QGuiApplication.clipboard().setMimeData(data)
        self._ctx.status.show(fill(self.tr("“%1” copied to the clipboard."), item.display_title))

    def ask_export(self) -> None:
        items = self._page.browser.selected_items()
        if not items:
            return
        folder = self.choose_export_folder()
        if folder:
            self._ctx.tasks.spawn(self.export_to(Path(folder), items))

    async def export_to(self, folder: Path, items: list[MediaItem]) -> int:
        try:
            copied, missing = await self._ctx.pools.run(IO, export_items, self._files, items, folder)
        except OSError as exc:
            show_error(self._page, exc, title=self.tr("Export"))
            return 0
        text = fill(self.tr("%n file(s) exported to %1.", "", copied), str(folder))
        if missing:
            text += " " + fill(self.tr("Missing from the library folder: %1."), ", ".join(missing))
        self._ctx.status.show(text)
        return copied

    def _choose_export_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self._page, self.tr("Export the selected items to a folder"))

    def context_menu(self, position: QPoint) -> QMenu | None:
        """The grid's right-click menu, at `position` (global)."""
        if self._page.browser.current_item() is None:
            return None
        menu = QMenu(self._page)
        menu.addAction(self.tr("Open"), self.open_current)
        menu.addAction(self.tr("Show in folder"), self.show_in_folder)
        menu.addAction(self.tr("Copy"), self.copy_to_clipboard)
        menu.addAction(self.tr("Copy note link"), self.copy_note_link)
        menu.addSeparator()
        menu.addAction(self.tr("Export…"), self.ask_export)
        menu.addAction(self.tr("Move to trash"), lambda: self._ctx.tasks.spawn(self.trash_selected()))
        menu.popup(position)
        return menu

    # -- upkeep ----------------------------------------------------------------------------------
    def collect_garbage_once(self) -> None:
        """Once per session: files a crash left between copying and recording go away (after a day)."""
        if not self._garbage_collected:
            self._garbage_collected = True
            self._ctx.tasks.spawn(self._collect_garbage())

    async def _collect_garbage(self) -> None:
        known = await self._ctx.runner.read(ops.known_hashes)
        try:
            removed = await self._ctx.pools.run(IO, collect_files, self._files, known)
        except OSError:
            log.warning("library clean-up failed", exc_info=True)
            return
        if removed:
            log.info("library clean-up: %d unused files removed", removed)
