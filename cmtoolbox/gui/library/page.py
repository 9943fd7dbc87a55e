"""The Library page: the current client's pictures, videos and documents, in a grid or a list.

The page is the controller: it builds the query from the filters and the search box, feeds the
lazy model, shows the current item in the detail panel, and runs every slow thing off the UI
thread (imports, exports, previews, clipboard images, garbage collection). Edits in the detail
panel are saved with Ctrl+S, and automatically when the user moves to another item, so nothing
typed is lost. Deleting moves items to the trash, with Undo.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QImageReader,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.media import MEDIA_EXTENSIONS
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.library.delegate import TILE, MediaDelegate
from cmtoolbox.gui.library.detail import MediaDetailPanel
from cmtoolbox.gui.library.importer import ImportJob, ImportReport, export_items
from cmtoolbox.gui.library.messages import describe_media_error, kind_plural_labels
from cmtoolbox.gui.library.mime import add_media_links
from cmtoolbox.gui.library.model import MediaListModel, ThumbnailCache
from cmtoolbox.paths import files_dir
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.media import MediaItem, MediaQuery, collect_files
from cmtoolbox.storage.media_files import MediaFiles
from cmtoolbox.storage.search import SearchHit

log = logging.getLogger(__name__)
STATUS_MS = 12_000
SEARCH_DELAY_MS = 250
RELOAD_DELAY_MS = 120
PREVIEW_PIXELS = (680, 460)
PREVIEW_FROM_THUMB_ABOVE = 30_000_000  # pixels: bigger pictures preview from their thumbnail
VIEW_KEY = "library/view"


def _load_preview(files: MediaFiles, item: MediaItem) -> QImage | None:
    """Worker thread: a picture sized for the detail panel (EXIF rotation applied)."""
    path = None
    pixels = (item.width or 0) * (item.height or 0)
    if item.kind in ("image", "gif") and pixels <= PREVIEW_FROM_THUMB_ABOVE:
        path = files.find(item.sha256)
    if path is None:
        path = files.ensure_thumbnail(item.sha256, item.kind)
    if path is None:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > PREVIEW_PIXELS[0] or size.height() > PREVIEW_PIXELS[1]):
        reader.setScaledSize(size.scaled(QSize(*PREVIEW_PIXELS), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def _load_clipboard_image(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    return reader.read()


class LibraryPage(QWidget):
    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clients = clients
        self.files = MediaFiles(files_dir(ctx.root))
        self.thumbs = ThumbnailCache(ctx, self.files, self)
        self.model = MediaListModel(ctx, self.thumbs, self.files, self)
        # Replaced by tests: the system's file manager, browser and dialogs.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.choose_files: Callable[[], list[str]] = self._choose_files
        self.choose_import_folder: Callable[[], str] = self._choose_import_folder
        self.choose_export_folder: Callable[[], str] = self._choose_export_folder
        self.show_report: Callable[[ImportReport], object] = self._show_report
        self._client: Client | None = clients.current
        self._job: ImportJob | None = None
        self._undo: Callable[[], object] | None = None
        self._garbage_collected = False
        self._preview_for: int | None = None
        self._wanted_id: int | None = None
        self.last_report: ImportReport | None = None
        self.setAcceptDrops(True)

        # -- header -----------------------------------------------------------------------------
        self.heading = QLabel(self.tr("Library"))
        self.heading.setObjectName("libraryHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.import_button = QToolButton()
        self.import_button.setObjectName("libraryImport")
        self.import_button.setText(self.tr("&Import files…"))
        self.import_button.setIcon(icon("library"))
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_button.setToolTip(self.tr("Import pictures, videos and documents (Ctrl+I); you can also "
                                              "drop files or folders on the library"))
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        import_menu = QMenu(self)
        self.import_folder_action = import_menu.addAction(self.tr("Import a &folder…"))
        self.import_folder_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_button.setMenu(import_menu)
        self.import_button.clicked.connect(self.ask_import_files)
        self.import_folder_action.triggered.connect(self.ask_import_folder)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("librarySearch")
        self.search_edit.setPlaceholderText(self.tr("Search titles, alt texts, credits, tags (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("libraryType")
        self.type_combo.setAccessibleName(self.tr("Type"))
        self.type_combo.addItem(self.tr("All types"), None)
        for kind, label in kind_plural_labels().items():
            self.type_combo.addItem(label, kind)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("libraryTag")
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.addItem(self.tr("All tags"), None)
        self.tag_combo.setMinimumContentsLength(10)
        self.rights_combo = QComboBox()
        self.rights_combo.setObjectName("libraryRights")
        self.rights_combo.setAccessibleName(self.tr("Rights"))
        for label, value in (
            (self.tr("All rights"), None),
            (self.tr("Rights ending soon"), "expiring"),
            (self.tr("Rights expired"), "expired"),
            (self.tr("Ending soon or expired"), "flagged"),
            (self.tr("No licence recorded"), "unknown"),
        ):
            self.rights_combo.addItem(label, value)
        self.grid_button = QToolButton()
        self.grid_button.setObjectName("libraryGridView")
        self.grid_button.setText(self.tr("Grid"))
        self.grid_button.setCheckable(True)
        self.grid_button.setToolTip(self.tr("Show thumbnails in a grid"))
        self.list_button = QToolButton()
        self.list_button.setObjectName("libraryListView")
        self.list_button.setText(self.tr("List"))
        self.list_button.setCheckable(True)
        self.list_button.setToolTip(self.tr("Show a detailed list"))
        self.grid_button.clicked.connect(lambda: self.set_view_mode("grid"))
        self.list_button.clicked.connect(lambda: self.set_view_mode("list"))

        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.type_combo)
        filters.addWidget(self.tag_combo)
        filters.addWidget(self.rights_combo)
        filters.addSpacing(8)
        filters.addWidget(self.grid_button)
        filters.addWidget(self.list_button)

        # -- view and detail ---------------------------------------------------------------------
        self.delegate = MediaDelegate(self)
        self.view = QListView()
        self.view.setObjectName("libraryView")
        self.view.setAccessibleName(self.tr("Library items"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setUniformItemSizes(True)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _index: self.open_current())

        self.empty_library = EmptyState(
            icon("library"), self.tr("The library is empty"),
            self.tr("Drop pictures, videos, PDFs or whole folders here, or use Import files (Ctrl+I). Files "
                    "are copied into the library: your originals stay where they are."),
        )
        body = self.empty_library.findChild(QLabel, "emptyText")
        if body is not None:  # three wrapped lines: make room for all of them
            body.setMinimumHeight(body.heightForWidth(body.width()) + 6)
        self.no_match = QLabel(self.tr("Nothing matches these filters."))
        self.no_match.setObjectName("libraryNoMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setEnabled(False)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_library)
        self.list_stack.addWidget(self.no_match)

        self.detail = MediaDetailPanel()
        self.detail.setObjectName("libraryDetail")
        self.detail.setMinimumWidth(320)
        self.splitter = QSplitter()
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 380])

        # -- import progress and status line --------------------------------------------------------
        self.import_bar = QFrame()
        self.import_bar.setObjectName("libraryImportBar")
        self.import_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.import_label = QLabel()
        self.import_label.setObjectName("libraryImportLabel")
        self.import_progress = QProgressBar()
        self.import_progress.setObjectName("libraryImportProgress")
        self.import_progress.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setObjectName("libraryCancelImport")
        self.cancel_button.clicked.connect(self.cancel_import)
        bar = QHBoxLayout(self.import_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.import_label, 2)
        bar.addWidget(self.import_progress, 3)
        bar.addWidget(self.cancel_button)
        self.import_bar.hide()

        self.status = QLabel()
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("libraryUndo")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._on_undo)
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)
        status_row.addWidget(self.count_label)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self._clear_status)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.import_bar)
        layout.addLayout(status_row)
        self.no_client = EmptyState(
            icon("client"), self.tr("No client selected"),
            self.tr("Create or choose a client to keep their pictures, videos and documents."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.no_client)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # -- wiring -----------------------------------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(lambda: self.ctx.tasks.spawn(self.reload()))
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.type_combo, self.tag_combo, self.rights_combo):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed())
        self.model.loaded.connect(self._update_empty_states)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.detail.save_requested.connect(lambda: self.ctx.tasks.spawn(self.save_current()))
        self.detail.revert_requested.connect(self.revert)
        self.detail.open_requested.connect(self.open_current)
        self.detail.show_in_folder_requested.connect(self.show_in_folder)
        self.detail.copy_requested.connect(self.copy_to_clipboard)
        self.detail.copy_link_requested.connect(self.copy_note_link)
        self.detail.export_requested.connect(self.ask_export)
        self.detail.trash_requested.connect(lambda: self.ctx.tasks.spawn(self.trash_selected()))
        self.detail.usage_requested.connect(self.open_usage)
        self._shortcuts()
        clients.current_changed.connect(self._on_client_changed)
        ctx.runner.changed.connect(self._on_changes)
        self.set_view_mode(str(ctx.prefs.value(VIEW_KEY, "grid")))
        self.stack.setCurrentIndex(0 if self._client is None else 1)
        if self._client is not None:
            self._update_heading()
            self.ctx.tasks.spawn(self.reload())

    def _shortcuts(self) -> None:
        def add(keys: QKeySequence | str, slot: Callable[[], object], parent: QWidget | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> None:
            shortcut = QShortcut(QKeySequence(keys), parent or self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

        add("Ctrl+I", self.ask_import_files)
        add("Ctrl+Shift+I", self.ask_import_folder)
        add(QKeySequence.StandardKey.Find, self._focus_search)
        add(QKeySequence.StandardKey.Save, lambda: self.ctx.tasks.spawn(self.save_current()))
        add("Ctrl+E", self.ask_export)
        add(QKeySequence.StandardKey.Delete, lambda: self.ctx.tasks.spawn(self.trash_selected()), self.view,
            Qt.ShortcutContext.WidgetShortcut)
        add(QKeySequence.StandardKey.Copy, self.copy_to_clipboard, self.view,
            Qt.ShortcutContext.WidgetShortcut)
        add("Return", self.open_current, self.view, Qt.ShortcutContext.WidgetShortcut)
        add("Escape", self.cancel_import)

    # -- state -------------------------------------------------------------------------------------
    @property
    def client(self) -> Client | None:
        return self._client

    @property
    def view_mode(self) -> str:
        return "grid" if self.view.viewMode() == QListView.ViewMode.IconMode else "list"

    def query(self) -> MediaQuery | None:
        if self._client is None:
            return None
        kind = self.type_combo.currentData()
        return MediaQuery(
            client_id=self._client.id,
            kinds=(kind,) if kind else (),
            tag=self.tag_combo.currentData(),
            rights=self.rights_combo.currentData(),
            text=self.search_edit.text().strip(),
        )

    def current_item(self) -> MediaItem | None:
        return self.model.item(self.view.currentIndex().row())

    def selected_items(self) -> list[MediaItem]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        items = [self.model.item(r) for r in rows]
        chosen = [i for i in items if i is not None]
        if not chosen and self.current_item() is not None:
            chosen = [self.current_item()]  # type: ignore[list-item]
        return chosen

    def set_view_mode(self, mode: str) -> None:
        grid = mode != "list"
        self.delegate.grid = grid
        if grid:
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.view.setGridSize(TILE + QSize(6, 6))
            self.view.setSpacing(0)
            self.view.setWrapping(True)
            self.view.setFlow(QListView.Flow.LeftToRight)
        else:
            self.view.setViewMode(QListView.ViewMode.ListMode)
            self.view.setGridSize(QSize())
            self.view.setSpacing(1)
            self.view.setWrapping(False)
            self.view.setFlow(QListView.Flow.TopToBottom)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.grid_button.setChecked(grid)
        self.list_button.setChecked(not grid)
        self.ctx.prefs.set_value(VIEW_KEY, "grid" if grid else "list")
        self.view.doItemsLayout()

    # -- loading -----------------------------------------------------------------------------------
    async def reload(self) -> None:
        """Query again with the current filters, keeping the selection and the loaded rows."""
        client = self._client
        self.stack.setCurrentIndex(0 if client is None else 1)
        if client is None:
            await self.model.reload(None)
            self.detail.load(None)
            return
        self._collect_garbage_once()
        current = self.current_item()
        if self._wanted_id is not None:  # an item to show (just imported, restored): it alone
            wanted, selected = self._wanted_id, {self._wanted_id}
        else:
            wanted = current.id if current else None
            selected = {i.id for i in self.selected_items()}
        query = self.query()
        await self.model.reload(query, keep=self.model.rowCount())
        if client is not self._client or query != self.query():
            return  # the client or a filter changed meanwhile: a newer reload follows
        if wanted is not None and self.model.row_of(wanted) < 0:
            await self.model.fetch_until(wanted)  # an item further down (a search hit): load up to it
        tags = await self.ctx.runner.query(lambda s: s.media.tag_names(client.id))
        self._fill_tags(tags)
        self.detail.set_tag_completion(tags)
        self._restore_selection(wanted, selected)
        self._update_empty_states()
        await self.show_current()

    def open_hit(self, hit) -> asyncio.Task | None:  # noqa: ANN001 - storage.search.SearchHit
        """Show a global-search result: filters cleared, the item selected and in view."""
        if hit.kind != "media":
            return None
        self._wanted_id = hit.id
        for combo in (self.type_combo, self.tag_combo, self.rights_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        return self.ctx.tasks.spawn(self.reload())

    def _restore_selection(self, wanted: int | None, selected: set[int]) -> None:
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            selection.clearSelection()
            row = self.model.row_of(wanted) if wanted is not None else -1
            if row < 0 and self.model.rowCount():
                row = 0
            for item_id in selected:
                other = self.model.row_of(item_id)
                if other >= 0:
                    selection.select(self.model.index(other), QItemSelectionModel.SelectionFlag.Select)
            if row >= 0:
                selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)
                self.view.scrollTo(self.model.index(row))
            else:
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            selection.blockSignals(False)
        self._wanted_id = None
        self.view.viewport().update()

    def _fill_tags(self, names: list[str]) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        try:
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("All tags"), None)
            for name in names:
                self.tag_combo.addItem(f"#{name}", name)
            index = self.tag_combo.findData(current) if current else 0
            self.tag_combo.setCurrentIndex(max(index, 0))
        finally:
            self.tag_combo.blockSignals(False)
        if current and self.tag_combo.currentData() != current:
            self._filters_changed()  # the tag is gone: show everything again

    def _update_empty_states(self) -> None:
        query = self.query()
        filtered = query is not None and bool(query.kinds or query.tag or query.rights or query.text)
        if self.model.rowCount():
            self.list_stack.setCurrentWidget(self.view)
        elif filtered:
            self.list_stack.setCurrentWidget(self.no_match)
        else:
            self.list_stack.setCurrentWidget(self.empty_library)
        # An empty library has nothing to detail: its invitation to import gets the whole width.
        self.detail.setVisible(self.list_stack.currentWidget() is not self.empty_library)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        if not total:
            self.count_label.clear()
        else:
            self.count_label.setText(self.tr("1 item") if total == 1 else fill(self.tr("%1 items"), total))

    def _update_heading(self) -> None:
        name = self._client.name if self._client else ""
        self.heading.setText(fill(self.tr("Library of %1"), name) if name else self.tr("Library"))

    async def show_current(self) -> None:
        """Load the current item into the detail panel, unless the user is editing that very item."""
        item = self.current_item()
        self.detail.set_selection_count(len(self.view.selectionModel().selectedIndexes()))
        if item is not None and self.detail.item is not None and self.detail.item.id == item.id \
                and self.detail.is_dirty():
            return
        self.detail.load(item)
        if item is None:
            return
        self._preview_for = item.id
        self.detail.set_preview(None, self.tr("Loading…"))
        loop = asyncio.get_event_loop()
        item_id = item.id
        usages, image = await asyncio.gather(
            self.ctx.runner.query(lambda s: s.media.usages(item_id)),
            loop.run_in_executor(None, _load_preview, self.files, item),
        )
        if self._preview_for != item_id or self.detail.item is None or self.detail.item.id != item_id:
            return
        self.detail.set_usages(usages)
        fallback = self.tr("No preview for this kind of file") if item.kind in ("pdf", "document") else \
            self.tr("No preview: the file is missing from the library folder") if self.files.find(
                item.sha256) is None else self.tr("No preview")
        self.detail.set_preview(image, fallback)

    def _collect_garbage_once(self) -> None:
        """Once per session: files a crash left between copying and recording go away (after a day)."""
        if self._garbage_collected:
            return
        self._garbage_collected = True

        async def collect() -> None:
            known = await self.ctx.runner.query(lambda s: s.media.known_hashes())
            try:
                removed = await asyncio.get_event_loop().run_in_executor(
                    None, collect_files, self.files, known)
            except OSError:
                log.warning("library clean-up failed", exc_info=True)
                return
            if removed:
                log.info("library clean-up: %d unused files removed", removed)

        self.ctx.tasks.spawn(collect())

    # -- reacting ----------------------------------------------------------------------------------
    def _on_client_changed(self, client: Client | None) -> None:
        self._save_pending()
        if (client.id if client else None) != (self._client.id if self._client else None):
            self.detail.load(None)
            for combo in (self.type_combo, self.tag_combo, self.rights_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.thumbs_scroll_top()
        self._client = client
        self._update_heading()
        self.ctx.tasks.spawn(self.reload())

    def thumbs_scroll_top(self) -> None:
        self.view.scrollToTop()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("media") or changes.touches("trash") or changes.touches("tags"):
            self._reload_timer.start()
        elif changes.touches("notes") or changes.touches("drafts"):
            item = self.current_item()
            if item is not None:
                item_id = item.id

                async def refresh_usages() -> None:
                    usages = await self.ctx.runner.query(lambda s: s.media.usages(item_id))
                    if self.detail.item is not None and self.detail.item.id == item_id:
                        self.detail.set_usages(usages)

                self.ctx.tasks.spawn(refresh_usages())

    def _filters_changed(self) -> None:
        self._search_timer.stop()
        self._save_pending()
        self.ctx.tasks.spawn(self.reload())

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._save_pending()  # moving on saves what was typed
        self.ctx.tasks.spawn(self.show_current())

    def _on_selection_changed(self) -> None:
        self.detail.set_selection_count(len(self.view.selectionModel().selectedIndexes()))

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- editing -----------------------------------------------------------------------------------
    def _save_pending(self) -> None:
        """Save what the panel holds, taking the values now, before the panel shows something else."""
        item = self.detail.item
        if item is not None and self.detail.is_dirty():
            self.ctx.tasks.spawn(self.save_current(item, self.detail.values()))

    async def save_current(self, item: MediaItem | None = None,
                           values: dict[str, object] | None = None) -> MediaItem | None:
        if item is None:
            item = self.detail.item
            if item is None or not self.detail.is_dirty():
                return item
            values = self.detail.values()
        assert values is not None
        item_id = item.id

        def save(store):  # noqa: ANN001, ANN202
            with store.db.atomic():
                store.media.update(
                    item_id, title=str(values["title"]), description=str(values["description"]),
                    alt_text=str(values["alt_text"]), credit=str(values["credit"]),
                    licence=str(values["licence"]), rights_expire_on=values["rights_expire_on"],
                )
                return store.media.set_tags(item_id, values["tags"])  # type: ignore[arg-type]

        try:
            saved = await self.ctx.runner.mutate(save)
        except InvalidValue as exc:
            show_error(self, exc, title=self.tr("Library"))
            return None
        shown = self.detail.item
        if shown is not None and shown.id == saved.id and self.detail.values() == values:
            self.detail.mark_saved(saved)
        self.model.replace_item(saved)
        self.show_status(self.tr("Changes saved."))
        return saved

    def revert(self) -> None:
        item = self.detail.item
        self.detail.load(None)
        self.ctx.tasks.spawn(self._reload_item(item.id if item else None))

    async def _reload_item(self, item_id: int | None) -> None:
        if item_id is not None:
            self._wanted_id = item_id
        await self.reload()

    async def trash_selected(self) -> int:
        items = self.selected_items()
        if not items:
            return 0
        ids = [i.id for i in items]
        if self.detail.is_dirty():
            await self.save_current()

        def trash(store):  # noqa: ANN001, ANN202
            with store.db.atomic():
                for media_id in ids:
                    store.media.move_to_trash(media_id)

        await self.ctx.runner.mutate(trash)
        text = (fill(self.tr("“%1” is in the trash now."), items[0].display_title) if len(items) == 1
                else fill(self.tr("%1 items moved to the trash."), len(items)))

        async def undo() -> None:
            def restore(store):  # noqa: ANN001, ANN202
                with store.db.atomic():
                    for media_id in ids:
                        store.media.restore_from_trash(media_id)

            await self.ctx.runner.mutate(restore)
            self._wanted_id = ids[0]
            self.show_status(self.tr("Restored from the trash."))

        self.show_status(text, undo=lambda: self.ctx.tasks.spawn(undo()))
        return len(items)

    # -- actions on items --------------------------------------------------------------------------
    def _path_of(self, item: MediaItem | None) -> Path | None:
        if item is None:
            return None
        path = self.files.find(item.sha256)
        if path is None:
            self.show_status(self.tr("The file of this item is missing from the library folder."))
        return path

    def open_current(self) -> None:
        path = self._path_of(self.current_item())
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path)))

    def show_in_folder(self) -> None:
        path = self._path_of(self.current_item())
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path.parent)))

    def open_usage(self, entity: str, entity_id: int) -> bool:
        """Open a record that uses the current item (a note now, drafts later) on its own page.

        The main window routes records to pages for the global search (`open_search_hit`); a usage
        is opened the same way, so this page needs to know nothing about the notes page. The
        record belongs to this client or is shared, so the client stays as it is."""
        self._save_pending()
        opener = getattr(self.window(), "open_search_hit", None)
        if not callable(opener):
            return False
        opener(SearchHit(kind=entity, id=entity_id, client_id=None, title="", snippet_html=""))
        return True

    def copy_note_link(self) -> None:
        item = self.current_item()
        if item is None:
            return
        QGuiApplication.clipboard().setText(item.markdown())
        self.show_status(self.tr("Note link copied: paste it in a note to show the picture."))

    def copy_to_clipboard(self) -> None:
        item = self.current_item()
        path = self._path_of(item)
        if item is None or path is None:
            return
        self.ctx.tasks.spawn(self._copy(item, path))

    async def _copy(self, item: MediaItem, path: Path) -> None:
        """Pictures go to the clipboard as image data (pasted into any app) plus the file; other
        kinds as the file's URL, which file managers and mail clients paste as the file."""
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        add_media_links(data, [item])  # pasted in a note: the link, not a copy of the file
        if item.kind in ("image", "gif"):
            image = await asyncio.get_event_loop().run_in_executor(None, _load_clipboard_image, path)
            if not image.isNull():
                data.setImageData(image)
        QGuiApplication.clipboard().setMimeData(data)
        self.show_status(fill(self.tr("“%1” copied to the clipboard."), item.display_title))

    def ask_export(self) -> None:
        items = self.selected_items()
        if not items:
            return
        folder = self.choose_export_folder()
        if folder:
            self.ctx.tasks.spawn(self.export_to(Path(folder), items))

    async def export_to(self, folder: Path, items: list[MediaItem] | None = None) -> int:
        items = items if items is not None else self.selected_items()
        try:
            copied, missing = await asyncio.get_event_loop().run_in_executor(
                None, export_items, self.files, items, folder)
        except OSError as exc:
            show_error(self, exc, title=self.tr("Export"))
            return 0
        text = fill(self.tr("Files exported to %2: %1."), copied, str(folder))
        if missing:
            text += " " + fill(self.tr("Missing from the library folder: %1."), ", ".join(missing))
        self.show_status(text)
        return copied

    def _context_menu(self, position) -> None:  # noqa: ANN001
        if self.current_item() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_current)
        menu.addAction(self.tr("Show in folder"), self.show_in_folder)
        menu.addAction(self.tr("Copy"), self.copy_to_clipboard)
        menu.addAction(self.tr("Copy note link"), self.copy_note_link)
        menu.addSeparator()
        menu.addAction(self.tr("Export…"), self.ask_export)
        menu.addAction(self.tr("Move to trash"), lambda: self.ctx.tasks.spawn(self.trash_selected()))
        menu.popup(self.view.viewport().mapToGlobal(position))

    # -- import ------------------------------------------------------------------------------------
    def _file_filter(self) -> str:
        patterns = " ".join(f"*.{ext}" for ext in sorted(MEDIA_EXTENSIONS))
        return f"{self.tr('Pictures, videos and documents')} ({patterns});;{self.tr('All files')} (*)"

    def _choose_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import into the library"), "",
                                                self._file_filter())
        return paths

    def _choose_import_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Import a folder into the library"))

    def _choose_export_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Export the selected items to a folder"))

    def ask_import_files(self) -> None:
        if self._client is None:
            return
        paths = self.choose_files()
        if paths:
            self.start_import([Path(p) for p in paths])

    def ask_import_folder(self) -> None:
        if self._client is None:
            return
        folder = self.choose_import_folder()
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path]) -> asyncio.Task | None:
        """Import files and folders for the current client; one import at a time."""
        if self._client is None or not paths:
            return None
        if self._job is not None and self._job.running:
            self.show_status(self.tr("An import is already running: wait for it or cancel it."))
            return None
        job = ImportJob(self.ctx, self.files, self._client.id, self)
        job.progress.connect(self._on_import_progress)
        job.bytes_progress.connect(self._on_import_bytes)
        self._job = job
        self.import_progress.setValue(0)
        self.import_label.setText(self.tr("Preparing the import…"))
        self.cancel_button.setEnabled(True)
        self.import_bar.show()
        self.import_button.setEnabled(False)
        return self.ctx.tasks.spawn(self._run_import(job, paths))

    def cancel_import(self) -> None:
        if self._job is not None and self._job.running:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.import_label.setText(self.tr("Cancelling…"))

    async def _run_import(self, job: ImportJob, paths: list[Path]) -> ImportReport:
        try:
            report = await job.run(paths)
        finally:
            self.import_bar.hide()
            self.import_button.setEnabled(True)
        self.last_report = report
        last = report.last_item
        if last is not None:
            self._wanted_id = last.id
        self._reload_timer.stop()
        await self.reload()
        self.show_status(self._report_summary(report))
        if report.failed or report.truncated:
            self.show_report(report)
        return report

    def _on_import_progress(self, done: int, total: int, name: str) -> None:
        if name:
            self.import_label.setText(fill(self.tr("Importing %1 of %2: %3"), done + 1, total, name))

    def _on_import_bytes(self, done: int, total: int) -> None:
        self.import_progress.setValue(int(1000 * done / total) if total else 0)

    def _report_summary(self, report: ImportReport) -> str:
        parts = []
        if report.added:
            parts.append(fill(self.tr("imported: %1"), len(report.added)))
        if report.duplicates:
            parts.append(fill(self.tr("already in the library: %1"), len(report.duplicates)))
        if report.restored:
            parts.append(fill(self.tr("brought back from the trash: %1"), len(report.restored)))
        if report.failed:
            parts.append(fill(self.tr("refused: %1"), len(report.failed)))
        if report.skipped:
            parts.append(fill(self.tr("skipped, not media: %1"), report.skipped))
        text = fill(self.tr("Import finished (%1)."), ", ".join(parts)) if parts else self.tr(
            "Nothing to import.")
        if report.cancelled:
            text = fill(self.tr("Import cancelled (%1)."), ", ".join(parts)) if parts else self.tr(
                "Import cancelled.")
        return text

    def _show_report(self, report: ImportReport) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import"))
        box.setText(self._report_summary(report))
        lines = [f"{path.name}: {describe_media_error(error)}" for path, error in report.failed]
        if report.truncated:
            lines.append(self.tr("The folder holds too many files: only the first 20,000 were looked at."))
        box.setInformativeText(self.tr("Other files were imported normally."))
        box.setDetailedText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        app = QGuiApplication.instance()
        if app is not None and getattr(app, "_cmtoolbox_quiet", False):
            box.deleteLater()
            return
        box.open()

    # -- drag and drop -----------------------------------------------------------------------------
    def _dropped_paths(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        if event.source() is self.view or not event.mimeData().hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._client is not None and self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        event.acceptProposedAction() if self._client is not None else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._dropped_paths(event)
        if paths and self._client is not None:
            event.acceptProposedAction()
            self.start_import(paths)
        else:
            event.ignore()

    # -- status line -------------------------------------------------------------------------------
    def show_status(self, text: str, *, undo: Callable[[], object] | None = None) -> None:
        self.status.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self._status_timer.start(STATUS_MS)

    def _on_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.hide()
        if undo is not None:
            undo()

    def _clear_status(self) -> None:
        self.status.clear()
        self._undo = None
        self.undo_button.hide()
