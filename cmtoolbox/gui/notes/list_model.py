"""The notes list: a lazy model (pages of 200 read through the runner) and its two-line delegate.

With 100,000 notes the view only ever holds the rows scrolled through: `canFetchMore/fetchMore`
ask the database thread for the next page when the view reaches the end. Every load carries a
generation number; a page that arrives after the query changed (another client, a new filter) is
dropped instead of mixing two lists.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_recent
from cmtoolbox.gui.widgets.lazy_list import ID_ROLE, SUMMARY_ROLE, LazyListModel
from cmtoolbox.gui.widgets.two_line_delegate import (
    RowCanvas,
    TwoLineDelegate,
    bold_font,
    draw_elided,
)
from cmtoolbox.ops import notes as ops
from cmtoolbox.ops.notes import NoteListing
from cmtoolbox.storage.notes import PAGE_SIZE, NoteQuery, NoteSummary

PIN = "★"
__all__ = ["ID_ROLE", "PIN", "SUMMARY_ROLE", "NoteItemDelegate", "NotesListModel"]


class NotesListModel(LazyListModel):
    """The notes of the current query, read a page at a time; with a text filter on, the first
    load brings every matching id and the next pages are read by id."""

    page_size = PAGE_SIZE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, NoteQuery(), parent)
        self._ids: list[int] | None = None  # every matching id, when a text filter is on
        self._untitled = self.tr("Untitled")

    async def _first_page(self, limit: int) -> NoteListing:
        return await self._ctx.runner.read(ops.list_notes, self._query, limit)

    async def _next_page(self, offset: int, limit: int) -> list[NoteSummary]:
        return await self._ctx.runner.read(ops.more_notes, self._query, self._ids, offset, limit)

    def _keep_listing(self, listing: NoteListing) -> None:
        self._ids = listing.ids

    def row_data(self, row: NoteSummary, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self._untitled
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.excerpt or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row.excerpt
        return None


class NoteItemDelegate(TwoLineDelegate):
    """Two lines per note: pin mark, title and date; then the excerpt, muted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shared = self.tr("All clients")
        self._untitled = self.tr("Untitled")

    def paint_row(self, painter: QPainter, row: RowCanvas, summary: NoteSummary) -> None:
        rect, line = row.rect, row.line
        date = format_recent(summary.updated_at)
        if summary.client_id is None:
            date = f"{self._shared} · {date}"
        date_width = row.small_metrics.horizontalAdvance(date) + 4
        painter.setFont(row.small)
        painter.setPen(row.muted)
        date_rect = QRect(rect.right() - date_width, rect.top(), date_width, line)
        draw_elided(painter, date_rect, date, row.small_metrics, right=True)
        bold = bold_font(row.opt.font)
        painter.setFont(bold)
        title = summary.title or self._untitled
        if summary.pinned:
            title = f"{PIN} {title}"
        title_rect = QRect(rect.left(), rect.top(), rect.width() - date_width - 6, line)
        painter.setPen(row.text)
        draw_elided(painter, title_rect, title, QFontMetrics(bold))
        painter.setFont(row.opt.font)
        painter.setPen(row.muted)
        excerpt_rect = QRect(rect.left(), rect.top() + line + row.metrics.leading() + 2, rect.width(), line)
        draw_elided(painter, excerpt_rect, summary.excerpt, row.metrics)
