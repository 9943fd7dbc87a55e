"""The Library page: the current client's pictures, videos and documents, in a grid or a list.

The page is the view that puts the parts together (the toolbar with the filters, the grid, the
detail panel, the import bar) and keeps them in step with the database: it queries what the
filters ask for, reloads when the data changes (`on_changes`; its own saves it already shows),
keeps the selection across reloads and shows the current item. The flows behind the buttons are
`LibraryController` (saving, trash, open, copy, export) and `ImportFlow` (imports). As a section
(`SectionPage`) it imports files on File ▸ New (Ctrl+N) and opens the global search's hits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.empty_page import no_client_state
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.library.browser import GRID, MediaBrowser
from cmtoolbox.gui.library.controller import LibraryController
from cmtoolbox.gui.library.detail import MediaDetailPanel
from cmtoolbox.gui.library.importer import ImportReport
from cmtoolbox.gui.library.imports import ImportBar, ImportFlow
from cmtoolbox.gui.library.model import MediaListModel, ThumbnailCache
from cmtoolbox.gui.library.toolbar import LibraryToolbar
from cmtoolbox.gui.page import SectionPage
from cmtoolbox.gui.widgets.actions import window_action
from cmtoolbox.gui.widgets.layouts import hbox, stacked, vbox
from cmtoolbox.gui.widgets.splitters import remember_splitter, splitter
from cmtoolbox.gui.widgets.timers import debounce
from cmtoolbox.ops import call
from cmtoolbox.ops import library as ops
from cmtoolbox.paths import files_dir
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.media import MediaItem, MediaQuery
from cmtoolbox.storage.media_files import MediaFiles
from cmtoolbox.storage.search import SearchHit

RELOAD_DELAY_MS = 120
VIEW_KEY = "library/view"
RESTORE_OP = call(ops.restore_from_trash).name
"""Changes of this operation bring items back (an undone trash): the page shows the first one."""


class LibraryPage(SectionPage):
    hit_kinds: ClassVar[frozenset[str]] = frozenset({Entity.MEDIA})

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, parent)
        self.files = MediaFiles(files_dir(ctx.root))
        self.thumbs = ThumbnailCache(ctx, self.files, self)
        self.model = MediaListModel(ctx, self.thumbs, self.files, self)
        self._client: Client | None = clients.current
        self._wanted_id: int | None = None  # the item to show after the next reload
        self.setAcceptDrops(True)

        # Window-wide while the page is shown, so they work right after a click in the sidebar.
        self.import_files_action = self._action(self.tr("&Import files…"), "Ctrl+I", self.ask_import_files)
        self.import_files_action.setIcon(icon("library"))
        self.import_files_action.setToolTip(
            self.tr(
                "Import pictures, videos and documents (Ctrl+I); you can also drop files or folders on the "
                "library"
            )
        )
        self.import_folder_action = self._action(
            self.tr("Import a &folder…"), "Ctrl+Shift+I", self.ask_import_folder
        )
        self.find_action = self._action(
            self.tr("Search the library"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.save_action = self._action(self.tr("Save the changes"), QKeySequence.StandardKey.Save, self.save)
        self.export_action = self._action(self.tr("Export…"), "Ctrl+E", self._ask_export)
        self.cancel_import_action = self._action(self.tr("Cancel the import"), "Escape", self._cancel_import)
        self.cancel_import_action.setEnabled(False)  # Escape stays free for others meanwhile

        self.toolbar = LibraryToolbar(self.import_files_action, self.import_folder_action)
        self.browser = MediaBrowser(self.model)
        self.detail = MediaDetailPanel()
        self.detail.setObjectName("libraryDetail")
        self.detail.setMinimumWidth(320)
        self.splitter = splitter("librarySplitter", self.browser, self.detail)
        remember_splitter(self.splitter, ctx.prefs, "library", sizes=(640, 380), stretch=(3, 2))
        self.import_bar = ImportBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        content = QWidget()
        layout = vbox(
            self.toolbar, (self.splitter, 1), self.import_bar, hbox(None, self.count_label), parent=content
        )
        layout.setContentsMargins(12, 12, 12, 8)
        self.no_client = no_client_state(
            self.tr("Create or choose a client to keep their pictures, videos and documents.")
        )
        self.stack = stacked(self.no_client, content)
        vbox(self.stack, parent=self, margins=0)

        self.imports = ImportFlow(ctx, self.files, self.import_bar, self)
        self.controller = LibraryController(self)
        self._reload_timer = debounce(self, RELOAD_DELAY_MS, lambda: self.ctx.tasks.spawn(self.reload()))
        self._wire()
        clients.current_changed.connect(self._on_client_changed)
        self.set_view_mode(str(ctx.prefs.value(VIEW_KEY, GRID)))
        self.stack.setCurrentIndex(0 if self._client is None else 1)
        if self._client is not None:
            self.toolbar.set_client_name(self._client.name)
            self.ctx.tasks.spawn(self.reload())

    def _action(
        self, text: str, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], Any]
    ) -> QAction:
        return window_action(self, text, keys, slot=slot)

    def _wire(self) -> None:
        spawn = self.ctx.tasks.spawn
        controller = self.controller
        self.toolbar.filters_changed.connect(self._filters_changed)
        self.toolbar.view_mode_requested.connect(self.set_view_mode)
        self.browser.current_changed.connect(self._on_current_changed)
        self.browser.selection_changed.connect(
            lambda: self.detail.set_selection_count(self.browser.selection_count())
        )
        self.browser.open_requested.connect(controller.open_current)
        self.browser.copy_requested.connect(controller.copy_to_clipboard)
        self.browser.trash_requested.connect(lambda: spawn(controller.trash_selected()))
        self.browser.context_menu_requested.connect(controller.context_menu)
        self.model.loaded.connect(self._update_empty_states)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.detail.save_requested.connect(self.save)
        self.detail.revert_requested.connect(controller.revert)
        self.detail.open_requested.connect(controller.open_current)
        self.detail.show_in_folder_requested.connect(controller.show_in_folder)
        self.detail.copy_requested.connect(controller.copy_to_clipboard)
        self.detail.copy_link_requested.connect(controller.copy_note_link)
        self.detail.export_requested.connect(controller.ask_export)
        self.detail.trash_requested.connect(lambda: spawn(controller.trash_selected()))
        self.detail.usage_requested.connect(controller.open_usage)
        self.imports.finished.connect(self._on_imported)
        self.imports.running_changed.connect(self._on_import_running)

    # -- the section contract ----------------------------------------------------------------------
    def new_item_text(self) -> str:
        return self.tr("&Import files…")

    def new_item(self) -> None:
        self.ask_import_files()

    def open_hit(self, hit: SearchHit) -> asyncio.Task[Any] | None:
        """Show a global-search result: filters cleared, the item selected and in view."""
        if hit.kind != Entity.MEDIA:
            return None
        self._wanted_id = hit.id
        self.toolbar.reset()
        return self.ctx.tasks.spawn(self.reload())

    def flush(self) -> bool:
        """Closing: save the details being edited, now."""
        item = self.detail.item
        if item is not None and self.detail.is_dirty():
            saved = self.ctx.runner.run_blocking(
                ops.save_details, item.id, self.detail.details(), initiator=self
            )
            self.detail.mark_saved(saved)
        return True

    def on_changes(self, changes: Changes) -> None:
        if changes.by(self):  # its own saves: the detail panel and the row show them already
            return
        if changes.op == RESTORE_OP and changes.ids_of(Entity.MEDIA):
            self._wanted_id = max(changes.ids_of(Entity.MEDIA))  # back from the trash: show it
        if changes.touches(Entity.MEDIA, Entity.TRASH, Entity.TAGS):
            self._reload_timer.start()  # an import records files one by one: reload once
        elif changes.touches(Entity.NOTES, Entity.DRAFTS):
            item = self.browser.current_item()
            if item is not None:
                self.ctx.tasks.spawn(self.controller.refresh_usages(item.id))

    # -- state -------------------------------------------------------------------------------------
    @property
    def client(self) -> Client | None:
        return self._client

    @property
    def view_mode(self) -> str:
        return self.browser.view_mode

    def set_view_mode(self, mode: str) -> None:
        self.browser.set_view_mode(mode)
        self.toolbar.show_view_mode(self.browser.view_mode)
        self.ctx.prefs.set_value(VIEW_KEY, self.browser.view_mode)

    def query(self) -> MediaQuery | None:
        return self.toolbar.query(self._client.id) if self._client is not None else None

    def current_item(self) -> MediaItem | None:
        return self.browser.current_item()

    def selected_items(self) -> list[MediaItem]:
        return self.browser.selected_items()

    # -- loading -----------------------------------------------------------------------------------
    async def reload(self) -> None:
        """Query again with the current filters, keeping the selection and the loaded rows."""
        client = self._client
        self.stack.setCurrentIndex(0 if client is None else 1)
        if client is None:
            await self.model.reload(None)
            self.detail.load(None)
            return
        self.controller.collect_garbage_once()
        if self._wanted_id is not None:  # an item to show (just imported, restored, a search hit)
            wanted, selected = self._wanted_id, {self._wanted_id}
        else:
            current = self.browser.current_item()
            wanted = current.id if current else None
            selected = {i.id for i in self.browser.selected_items()}
        query = self.query()
        await self.model.reload(query, keep=self.model.rowCount())
        if client is not self._client or query != self.query():
            return  # the client or a filter changed meanwhile: a newer reload follows
        if wanted is not None and self.model.row_of(wanted) < 0:
            await self.model.fetch_until(wanted)  # an item further down (a search hit): load up to it
        await self.refresh_tags()
        self.browser.restore_selection(wanted, selected)
        self._wanted_id = None
        self._update_empty_states()
        await self.show_current()

    async def refresh_tags(self) -> None:
        """The client's tags, for the filter and the tag field's completion."""
        client = self._client
        if client is None:
            return
        tags = await self.ctx.runner.read(ops.tag_names, client.id)
        if client is self._client:
            self.toolbar.fill_tags(tags)
            self.detail.set_tag_completion(tags)

    def show_item_after_reload(self, item_id: int) -> None:
        self._wanted_id = item_id
        self.ctx.tasks.spawn(self.reload())

    async def show_current(self) -> None:
        """Load the current item into the detail panel, unless the person is editing that very item."""
        item = self.browser.current_item()
        self.detail.set_selection_count(self.browser.selection_count())
        shown = self.detail.item
        if item is not None and shown is not None and shown.id == item.id and self.detail.is_dirty():
            return
        self.detail.load(item)
        if item is not None:
            await self.controller.show_item(item)

    def _update_empty_states(self) -> None:
        self.browser.show_state(filtered=self.toolbar.filtered)
        # An empty library has nothing to detail: its invitation to import gets the whole width.
        self.detail.setVisible(not self.browser.library_empty)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n item(s)", "", total) if total else "")

    # -- reacting ----------------------------------------------------------------------------------
    def _on_client_changed(self, client: Client | None) -> None:
        self.controller.save_pending()
        if (client.id if client else None) != (self._client.id if self._client else None):
            self.detail.load(None)
            self.toolbar.reset()
            self.browser.view.scrollToTop()
        self._client = client
        self.toolbar.set_client_name(client.name if client else "")
        self.ctx.tasks.spawn(self.reload())

    def _filters_changed(self) -> None:
        self.controller.save_pending()
        self.ctx.tasks.spawn(self.reload())

    def _on_current_changed(self) -> None:
        self.controller.save_pending()  # moving on saves what was typed
        self.ctx.tasks.spawn(self.show_current())

    def focus_search(self) -> None:
        self.toolbar.focus_search()

    def save(self) -> None:
        self.ctx.tasks.spawn(self.controller.save_current())

    def _ask_export(self) -> None:
        self.controller.ask_export()

    # -- import ------------------------------------------------------------------------------------
    def ask_import_files(self) -> None:
        if self._client is not None:
            self.imports.ask_files(self._client.id)

    def ask_import_folder(self) -> None:
        if self._client is not None:
            self.imports.ask_folder(self._client.id)

    def start_import(self, paths: list[Path]) -> asyncio.Task[ImportReport] | None:
        """Import files and folders for the current client; one import at a time."""
        if self._client is None:
            return None
        return self.imports.start(paths, self._client.id)

    def _cancel_import(self) -> None:
        self.imports.cancel()

    def _on_import_running(self, running: bool) -> None:
        self.cancel_import_action.setEnabled(running)
        self.import_files_action.setEnabled(not running)
        self.import_folder_action.setEnabled(not running)

    def _on_imported(self, report: ImportReport) -> None:
        last = report.last_item
        if last is not None:
            self._wanted_id = last.id  # the last file imported is shown
        self._reload_timer.stop()
        self.ctx.tasks.spawn(self.reload())

    # -- drag and drop -----------------------------------------------------------------------------
    def _dropped_paths(self, data: QMimeData, source: object) -> list[Path]:
        if source is self.browser.view or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._client is not None and self._dropped_paths(event.mimeData(), event.source()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._client is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._dropped_paths(event.mimeData(), event.source())
        if paths and self._client is not None:
            event.acceptProposedAction()
            self.start_import(paths)
        else:
            event.ignore()
