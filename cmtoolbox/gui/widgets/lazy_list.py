"""A list model that reads its rows page by page through the runner, for lists too long to hold.

The notes (100,000 of them) and the drafts (years of posts) share this: the view only ever holds
the rows scrolled through, `canFetchMore/fetchMore` ask the database thread for the next page when
the view reaches the end. Every load carries a generation number; a page that arrives after the
query changed (another client, a new filter) is dropped instead of mixing two lists.

A subclass says how to read (`_first_page`, `_next_page`) and what a row shows (`row_data`); the
rows are summaries with an `id`.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from cmtoolbox.gui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class Listing(Protocol):
    """What a first read returns: the first rows and how many match in all."""

    rows: list[Any]
    total: int


class LazyListModel(QAbstractListModel):
    """The paging, generation guard and row bookkeeping of a lazily fetched list."""

    loaded = Signal()  # a (re)load finished: rows and total are fresh
    total_changed = Signal(int)

    page_size = 200  # rows per read; subclasses use their store's PAGE_SIZE

    def __init__(self, ctx: AppContext, query: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query: Any = query
        self._rows: list[Any] = []
        self._total = 0
        self._generation = 0
        self._fetching: int | None = None
        self.resetting = False  # True while a reload resets the model (selection signals then lie)

    # -- what a subclass provides --------------------------------------------------------------
    async def _first_page(self, limit: int) -> Listing:
        """Read the first `limit` rows of the current query (and whatever else a load brings)."""
        raise NotImplementedError

    async def _next_page(self, offset: int, limit: int) -> list[Any]:
        """Read `limit` more rows of the current query from `offset`."""
        raise NotImplementedError

    def _keep_listing(self, listing: Listing) -> None:
        """Keep what a load brings besides rows and total (called while the model resets)."""

    def _announce(self) -> None:
        """Tell the views a load finished, before `loaded`; subclasses add their own signals."""
        self.total_changed.emit(self._total)

    def row_data(self, row: Any, role: int) -> object:
        """What `row` shows for `role` (the id and summary roles are answered already)."""
        return None

    # -- loading -------------------------------------------------------------------------------
    @property
    def query(self) -> Any:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: object):  # noqa: ANN201 - asyncio.Task
        self._query = query
        self._generation += 1
        return self._ctx.tasks.spawn(self._load(self._generation, 0))

    def refresh(self):  # noqa: ANN201 - asyncio.Task
        """Reload what is shown (after a change), keeping as many rows as were loaded."""
        self._generation += 1
        return self._ctx.tasks.spawn(self._load(self._generation, len(self._rows)))

    async def _load(self, generation: int, keep: int) -> None:
        listing = await self._first_page(max(self.page_size, keep))
        if generation != self._generation:
            return  # the query changed meanwhile: a newer load is on its way
        self.resetting = True
        self.beginResetModel()
        self._rows, self._fetching = listing.rows, None
        self._total = max(listing.total, len(listing.rows))
        self._keep_listing(listing)
        self.endResetModel()
        self.resetting = False
        self._announce()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and self._fetching is None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if not self.canFetchMore(parent):
            return
        self._fetching = self._generation
        self._ctx.tasks.spawn(self._fetch_more(self._generation, len(self._rows)))

    async def _fetch_more(self, generation: int, offset: int) -> None:
        try:
            rows = await self._next_page(offset, self.page_size)
        finally:
            if self._fetching == generation:
                self._fetching = None
        if generation != self._generation or offset != len(self._rows):
            return
        if not rows:
            self._total = len(self._rows)  # the list shrank meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- model API -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == SUMMARY_ROLE:
            return row
        return self.row_data(row, role)

    def summary(self, row: int) -> Any:
        """The summary at `row`, or None past the loaded rows."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        """The row of the item `item_id` among the loaded rows, -1 when not loaded."""
        for i, row in enumerate(self._rows):
            if row.id == item_id:
                return i
        return -1

    def loaded_ids(self) -> list[int]:
        return [row.id for row in self._rows]
