"""The item list of the feed reader: a table model that fetches pages of rows lazily.

A client can hold tens of thousands of stored items; the view asks for more through
`canFetchMore`/`fetchMore` as it scrolls, and each page is one query on the database thread.
Read and star changes made by the reader update rows in place, so the list does not jump
while the CM reads down it (an item marked read stays in an "unread only" list until the
next reload, as in every mail and feed reader).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_date
from cmtoolbox.ops import feeds as ops
from cmtoolbox.ops.feeds import ItemQuery
from cmtoolbox.storage.feeds import ItemRow

__all__ = ["ITEM_ROLE", "PAGE_SIZE", "ItemListModel", "ItemQuery"]

ITEM_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 200


class ItemListModel(QAbstractTableModel):
    STAR, TITLE, FEED, DATE = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ItemRow] = []
        self.query = ItemQuery()
        self.total = 0
        self._more = False
        self._loading = False
        self._generation = 0

    # -- loading -------------------------------------------------------------------------------
    async def load(self, query: ItemQuery) -> None:
        """Replace the rows with the first page of `query` (and its total count)."""
        self._generation += 1
        generation = self._generation
        self.query = query
        if query.client_id is None:
            self._set_rows([], 0)
            return
        rows, total = await self.ctx.runner.read(ops.first_page, query, PAGE_SIZE)
        if generation == self._generation:
            self._set_rows(rows, total)

    def _set_rows(self, rows: list[ItemRow], total: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.total = total
        self._more = len(rows) < total
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._loading = True
            self.ctx.tasks.spawn(self.load_more())

    async def load_more(self) -> int:
        query, generation, offset = self.query, self._generation, len(self.rows)
        try:
            rows = await self.ctx.runner.read(ops.next_page, query, PAGE_SIZE, offset)
        finally:
            self._loading = False
        if generation != self._generation or not rows:
            self._more = False
            return 0
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()
        self._more = len(self.rows) < self.total
        return len(rows)

    # -- in-place updates ----------------------------------------------------------------------
    def row_of(self, item_id: int) -> int:
        for index, row in enumerate(self.rows):
            if row.id == item_id:
                return index
        return -1

    def update_flags(self, item_id: int, *, read: bool | None = None, starred: bool | None = None) -> None:
        index = self.row_of(item_id)
        if index < 0:
            return
        row = self.rows[index]
        self.rows[index] = replace(
            row,
            read=row.read if read is None else read,
            starred=row.starred if starred is None else starred,
        )
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201, N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ["★", self.tr("Title"), self.tr("Feed"), self.tr("Date")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STAR:
                return "★" if row.starred else ""
            if column == self.TITLE:
                return row.title or self.tr("(untitled)")
            if column == self.FEED:
                return row.feed_title
            if column == self.DATE:
                return format_date(row.sort_at)
        if role == Qt.ItemDataRole.FontRole and not row.read:
            font = self.parent().font() if isinstance(self.parent(), QWidget) else None  # type: ignore[union-attr]
            if font is not None:
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return row.title
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("unread") if not row.read else ""
        return None
