"""“Insert from library…”: pick pictures of a client's library to show in a note (drafts later).

The dialog reuses the library grid as it is (`MediaListModel` with its lazy pages and background
thumbnails, `MediaDelegate` tiles), limited to the kinds a preview can show: pictures, GIFs and
videos (shown by their thumbnail). Typing in the search box filters as in the library (titles, alt
texts, credits, tags, accent-insensitive); Down moves into the grid, Enter or a double click
inserts. The caller gets the chosen items, in grid order, and their Markdown links.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QWidget,
)

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.library.browser import media_view
from cmtoolbox.gui.library.delegate import TILE, MediaDelegate
from cmtoolbox.gui.library.model import MediaListModel, ThumbnailCache
from cmtoolbox.gui.widgets.controls import search_box
from cmtoolbox.gui.widgets.labels import heading_label, placeholder_label
from cmtoolbox.gui.widgets.layouts import hbox, stacked, vbox
from cmtoolbox.gui.widgets.timers import debounce
from cmtoolbox.paths import files_dir
from cmtoolbox.storage.media import MediaItem, MediaQuery
from cmtoolbox.storage.media_files import MediaFiles

PICTURE_KINDS = ("image", "gif", "video")
"""What a note's preview can show inline (a video shows its thumbnail)."""
SEARCH_DELAY_MS = 200
COLUMNS = 4


class MediaPickerDialog(QDialog):
    def __init__(
        self, ctx: AppContext, client_id: int, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPicker")
        self.setWindowTitle(self.tr("Insert from the library"))
        self._ctx = ctx
        self._client_id = client_id
        files = MediaFiles(files_dir(ctx.root))
        self.thumbs = ThumbnailCache(ctx, files, self)
        self.model = MediaListModel(ctx, self.thumbs, files, self)

        self.heading = heading_label("mediaPickerHeading", fill(self.tr("Pictures of %1"), client_name))
        self.search = search_box(
            "mediaPickerSearch",
            self.tr("Search titles, alt texts, credits, tags"),
            accessible_name=self.tr("Search the library"),
        )
        self.search.installEventFilter(self)

        self.view = media_view("mediaPickerView", self.model, MediaDelegate(self))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setGridSize(TILE + QSize(6, 6))
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWrapping(True)
        self.view.doubleClicked.connect(lambda _index: self._accept_if_chosen())
        self.view.setMinimumSize(COLUMNS * (TILE.width() + 6) + 24, TILE.height() * 2 + 20)

        self.empty = placeholder_label("mediaPickerEmpty")
        self.stack = stacked(self.view, self.empty)

        self.detail = QLabel()
        self.detail.setObjectName("mediaPickerDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel()
        self.count.setObjectName("mediaPickerCount")
        self.count.setEnabled(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.insert_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.insert_button.setText(self.tr("&Insert"))
        self.insert_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)

        vbox(
            hbox(self.heading, None, self.count),
            self.search,
            (self.stack, 1),
            hbox((self.detail, 1), self.buttons),
            parent=self,
        )
        self.resize(COLUMNS * (TILE.width() + 6) + 60, 640)

        self._timer = debounce(self, SEARCH_DELAY_MS, self.start_reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.model.loaded.connect(self._on_loaded)
        self.finished.connect(lambda _code: self.thumbs.close())
        self.search.setFocus()

    # -- loading -----------------------------------------------------------------------------------
    def query(self) -> MediaQuery:
        return MediaQuery(client_id=self._client_id, kinds=PICTURE_KINDS, text=self.search.text().strip())

    def start_reload(self) -> None:
        self._timer.stop()
        self._ctx.tasks.spawn(self.reload())

    async def reload(self) -> None:
        await self.model.reload(self.query())

    def _on_loaded(self) -> None:
        total = self.model.total
        if total:
            self.stack.setCurrentWidget(self.view)
            self.count.setText(self.tr("%n picture(s)", "", total))
            if not self.view.selectionModel().hasSelection():
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        else:
            self.stack.setCurrentWidget(self.empty)
            self.count.clear()
            if self.search.text().strip():
                self.empty.setText(fill(self.tr("No picture matches “%1”."), self.search.text().strip()))
            else:
                self.empty.setText(
                    self.tr(
                        "This client's library has no pictures yet. Import some in the "
                        "Library (Ctrl+5), then insert them here."
                    )
                )
        self._on_selection()

    # -- choosing ----------------------------------------------------------------------------------
    def chosen_items(self) -> list[MediaItem]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [item for item in (self.model.item(row) for row in rows) if item is not None]

    def links(self) -> list[str]:
        """`![alt text or title](media:<sha256>)` for each chosen item."""
        return [item.markdown() for item in self.chosen_items()]

    def select_item(self, media_id: int) -> bool:
        row = self.model.row_of(media_id)
        if row < 0:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def _on_selection(self) -> None:
        items = self.chosen_items()
        self.insert_button.setEnabled(bool(items))
        if not items:
            self.detail.clear()
        elif len(items) > 1:
            self.detail.setText(self.tr("%n pictures selected: each goes on its own line.", "", len(items)))
        elif items[0].alt_text.strip():
            self.detail.setText(fill(self.tr("Alt text: %1"), " ".join(items[0].alt_text.split())))
        else:
            self.detail.setText(
                self.tr(
                    "No alt text yet: the title stands in for it. Write one in the "
                    "Library for people using a screen reader."
                )
            )

    def _accept_if_chosen(self) -> None:
        if self.chosen_items():
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Down in the search box moves into the grid; Enter there inserts the current picture."""
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # typed, then Enter at once: search first
                    self.start_reload()
                    return True
                self._accept_if_chosen()
                return True
        return super().eventFilter(watched, event)
