"""The library grid's model: items fetched a page at a time, thumbnails loaded in the background.

`MediaListModel` holds the items of one query (client, filters, search). It starts with the first
page and the total count; the view asks for more through `canFetchMore`/`fetchMore` as the user
scrolls, and each page is read on the database thread (`ops.library`). A new query bumps a
generation number, so a page that arrives late for an old query is dropped instead of mixing two
result sets.

`ThumbnailCache` reads (or, for items imported before their thumbnail was made, builds) the cached
WebP thumbnails in the app's CPU pool, scaled to the grid's size there, and keeps the most recent
ones in memory; the model repaints a cell when its thumbnail arrives.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.library.images import load_thumbnail
from cmtoolbox.gui.library.messages import format_duration, format_pixels, format_size, kind_label
from cmtoolbox.gui.library.mime import MEDIA_MIME, add_media_links
from cmtoolbox.gui.pools import CPU
from cmtoolbox.ops import library as ops
from cmtoolbox.storage.media import MediaItem, MediaQuery
from cmtoolbox.storage.media_files import MediaFiles

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 60
CACHE_ITEMS = 600
THUMBNAIL_KINDS = ("image", "gif", "video")

Index = QModelIndex | QPersistentModelIndex


class ThumbnailCache(QObject):
    """Thumbnails by SHA-256, loaded off the UI thread; `ready(sha)` when one arrives."""

    ready = Signal(str)

    def __init__(self, ctx: AppContext, files: MediaFiles, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._files = files
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._pending: set[str] = set()
        self._closed = False

    def get(self, sha256: str, kind: str) -> QImage | None:
        """The thumbnail when loaded (None meanwhile, or when the kind has none), asking for it once."""
        if sha256 in self._images:
            self._images.move_to_end(sha256)
            return self._images[sha256]
        if not self._closed and sha256 not in self._pending and kind in THUMBNAIL_KINDS:
            self._pending.add(sha256)
            self._ctx.tasks.spawn(self._load(sha256, kind))
        return None

    def forget(self, sha256: str) -> None:
        self._images.pop(sha256, None)

    async def _load(self, sha256: str, kind: str) -> None:
        try:
            image = await self._ctx.pools.run(CPU, load_thumbnail, self._files, sha256, kind)
        except RuntimeError:  # the pools were shut down while the window closed
            return
        finally:
            self._pending.discard(sha256)
        if self._closed:
            return
        self._images[sha256] = image
        while len(self._images) > CACHE_ITEMS:
            self._images.popitem(last=False)
        if image is not None:
            self.ready.emit(sha256)

    def close(self) -> None:
        """Stop asking for thumbnails (a dialog closed); those in flight are dropped on arrival."""
        self._closed = True
        self._images.clear()


class MediaListModel(QAbstractListModel):
    loaded = Signal()  # a new query's first page is in
    fetching_changed = Signal(bool)

    def __init__(
        self, ctx: AppContext, thumbs: ThumbnailCache, files: MediaFiles, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._thumbs = thumbs
        self._files = files
        self._query: MediaQuery | None = None
        self._items: list[MediaItem] = []
        self._rows: dict[str, list[int]] = {}
        self._total = 0
        self._generation = 0
        self._fetching = False
        thumbs.ready.connect(self._on_thumbnail)

    # -- state -------------------------------------------------------------------------------------
    @property
    def query(self) -> MediaQuery | None:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def items(self) -> list[MediaItem]:
        return list(self._items)

    def item(self, row: int) -> MediaItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, media_id: int) -> int:
        return next((i for i, item in enumerate(self._items) if item.id == media_id), -1)

    # -- loading -----------------------------------------------------------------------------------
    async def reload(self, query: MediaQuery | None, *, keep: int = 0) -> None:
        """Run `query` from the start; `keep` rows at least are loaded again (to keep the scroll)."""
        self._generation += 1
        generation = self._generation
        if query is None:
            self._set(None, [], 0)
            return
        total, items = await self._ctx.runner.read(ops.first_page, query, max(PAGE, keep))
        if generation != self._generation:
            return
        self._set(query, items, total)

    def _set(self, query: MediaQuery | None, items: list[MediaItem], total: int) -> None:
        self.beginResetModel()
        self._query = query
        self._items = items
        self._total = total
        self._fetching = False
        self._index_rows()
        self.endResetModel()
        self.loaded.emit()

    def _index_rows(self) -> None:
        self._rows = {}
        for row, item in enumerate(self._items):
            self._rows.setdefault(item.sha256, []).append(row)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and not self._fetching and len(self._items) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if not self.canFetchMore(parent) or self._query is None:
            return
        self._fetching = True
        self.fetching_changed.emit(True)
        self._ctx.tasks.spawn(self._fetch(self._generation, self._query, len(self._items)))

    async def _fetch(self, generation: int, query: MediaQuery, offset: int) -> None:
        try:
            items = await self._ctx.runner.read(ops.next_page, query, offset, PAGE)
        finally:
            if generation == self._generation:
                self._fetching = False
                self.fetching_changed.emit(False)
        if generation != self._generation or offset != len(self._items) or not items:
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(items) - 1)
        self._items.extend(items)
        self._index_rows()
        self.endInsertRows()

    async def fetch_all(self) -> None:
        """Load every remaining page (tests, "select all")."""
        while len(self._items) < self._total:
            before = len(self._items)
            await self._fetch(self._generation, self._query, before)  # type: ignore[arg-type]
            if len(self._items) == before:
                break

    async def fetch_until(self, media_id: int, *, limit: int = 5000) -> bool:
        """Load pages until `media_id` is in (or `limit` rows are); True when found."""
        while self.row_of(media_id) < 0 and len(self._items) < min(self._total, limit):
            before = len(self._items)
            await self._fetch(self._generation, self._query, before)  # type: ignore[arg-type]
            if len(self._items) == before:
                break
        return self.row_of(media_id) >= 0

    def replace_item(self, item: MediaItem) -> None:
        row = self.row_of(item.id)
        if row >= 0:
            self._items[row] = item
            index = self.index(row)
            self.dataChanged.emit(index, index)

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.display_title
        if role == ITEM_ROLE:
            return item
        if role == THUMB_ROLE:
            return self._thumbs.get(item.sha256, item.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.display_title, kind_label(item.kind), format_size(item.size_bytes)]
            if item.width and item.height:
                parts.append(format_pixels(item.width, item.height))
            if item.duration_ms:
                parts.append(format_duration(item.duration_ms))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.display_title}, {kind_label(item.kind)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return ["text/uri-list", MEDIA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        """Dragging items out of the grid gives other applications the files themselves, and a
        note the items' links (see gui/library/mime.py)."""
        data = QMimeData()
        urls: list[QUrl] = []
        items: list[MediaItem] = []
        for index in sorted(indexes, key=lambda i: i.row()):
            item = self.item(index.row())
            if item is None:
                continue
            items.append(item)
            path = self._files.find(item.sha256)
            if path is not None:
                urls.append(QUrl.fromLocalFile(str(path)))
        data.setUrls(urls)
        add_media_links(data, items)
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction

    def _on_thumbnail(self, sha256: str) -> None:
        for row in self._rows.get(sha256, []):
            index = self.index(row)
            self.dataChanged.emit(index, index, [THUMB_ROLE])
