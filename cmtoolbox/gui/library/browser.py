"""The library's items as a grid of thumbnails or a detailed list, with its empty states.

A view: it shows `MediaListModel` and says what the person did (current item, selection, open,
copy, trash, context menu); the page decides what happens. Its keys (Delete, Ctrl+C, Enter) act on
the selection only while the grid has the focus, so Ctrl+C in a text field still copies text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QStackedWidget, QWidget

from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.library.delegate import TILE, MediaDelegate
from cmtoolbox.gui.library.model import MediaListModel
from cmtoolbox.gui.widgets.labels import placeholder_label
from cmtoolbox.storage.media import MediaItem

GRID = "grid"
LIST = "list"


def media_view(name: str, model: MediaListModel, delegate: MediaDelegate) -> QListView:
    """The library's items as tiles or rows (the library and the picker show them alike): several
    can be selected, it scrolls by pixels and follows the mouse for the hover highlight."""
    view = QListView()
    view.setObjectName(name)
    view.setAccessibleName(QCoreApplication.translate("MediaBrowser", "Library items"))
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setUniformItemSizes(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMouseTracking(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view


class MediaBrowser(QStackedWidget):
    current_changed = Signal()
    selection_changed = Signal()
    open_requested = Signal()  # double click or Enter on an item
    copy_requested = Signal()
    trash_requested = Signal()
    context_menu_requested = Signal(QPoint)  # global position

    def __init__(self, model: MediaListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.delegate = MediaDelegate(self)
        self.view = media_view("libraryView", model, self.delegate)
        self.view.setDragEnabled(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda position: self.context_menu_requested.emit(self.view.viewport().mapToGlobal(position))
        )
        self.view.doubleClicked.connect(lambda _index: self.open_requested.emit())
        for keys, signal in (
            (QKeySequence.StandardKey.Delete, self.trash_requested),
            (QKeySequence.StandardKey.Copy, self.copy_requested),
            (QKeySequence("Return"), self.open_requested),
        ):
            action = QAction(self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(signal.emit)
            self.view.addAction(action)

        self.empty_library = EmptyState(
            icon("library"),
            self.tr("The library is empty"),
            self.tr(
                "Drop pictures, videos, PDFs or whole folders here, or use Import files (Ctrl+I). Files "
                "are copied into the library: your originals stay where they are."
            ),
        )
        body = self.empty_library.findChild(QLabel, "emptyText")
        if body is not None:  # three wrapped lines: make room for all of them
            body.setMinimumHeight(body.heightForWidth(body.width()) + 6)
        self.no_match = placeholder_label("libraryNoMatch", self.tr("Nothing matches these filters."))
        self.addWidget(self.view)
        self.addWidget(self.empty_library)
        self.addWidget(self.no_match)

        selection = self.view.selectionModel()
        selection.currentChanged.connect(lambda *_: self.current_changed.emit())
        selection.selectionChanged.connect(lambda *_: self.selection_changed.emit())

    # -- what is shown ---------------------------------------------------------------------------
    @property
    def view_mode(self) -> str:
        return GRID if self.view.viewMode() == QListView.ViewMode.IconMode else LIST

    def set_view_mode(self, mode: str) -> None:
        grid = mode != LIST
        self.delegate.grid = grid
        view = self.view
        view.setViewMode(QListView.ViewMode.IconMode if grid else QListView.ViewMode.ListMode)
        view.setGridSize(TILE + QSize(6, 6) if grid else QSize())
        view.setSpacing(0 if grid else 1)
        view.setWrapping(grid)
        view.setFlow(QListView.Flow.LeftToRight if grid else QListView.Flow.TopToBottom)
        # Icon mode turns free movement and drops back on: the grid only hands files out.
        view.setMovement(QListView.Movement.Static)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.doItemsLayout()

    def show_state(self, *, filtered: bool) -> None:
        """The items, or why there are none: an empty library, or filters that match nothing."""
        if self.model.rowCount():
            self.setCurrentWidget(self.view)
        elif filtered:
            self.setCurrentWidget(self.no_match)
        else:
            self.setCurrentWidget(self.empty_library)

    @property
    def library_empty(self) -> bool:
        return self.currentWidget() is self.empty_library

    # -- selection -------------------------------------------------------------------------------
    def current_item(self) -> MediaItem | None:
        return self.model.item(self.view.currentIndex().row())

    def selection_count(self) -> int:
        return len(self.view.selectionModel().selectedIndexes())

    def selected_items(self) -> list[MediaItem]:
        """The selected items in grid order, or the current one when nothing is selected."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        chosen = [item for item in (self.model.item(row) for row in rows) if item is not None]
        current = self.current_item()
        return chosen or ([current] if current is not None else [])

    def restore_selection(self, wanted: int | None, selected: set[int]) -> None:
        """After a reload: the `wanted` item current (else the first), `selected` ones selected,
        without emitting a signal per row (the page shows the current item once afterwards)."""
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
        self.view.viewport().update()

    def select_item(self, media_id: int) -> bool:
        row = self.model.row_of(media_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        return row >= 0
