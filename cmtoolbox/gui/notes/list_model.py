"""The notes list: a lazy model (pages of 200 read through the runner) and its two-line delegate.

With 100,000 notes the view only ever holds the rows scrolled through: `canFetchMore/fetchMore`
ask the database thread for the next page when the view reaches the end. Every load carries a
generation number; a page that arrives after the query changed (another client, a new filter) is
dropped instead of mixing two lists.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_recent
from cmtoolbox.ops import notes as ops
from cmtoolbox.storage.notes import PAGE_SIZE, NoteQuery, NoteSummary

ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
PIN = "★"

Index = QModelIndex | QPersistentModelIndex


short_date = format_recent  # drafts/list_model.py imports it from here; new code: formatting.format_recent


class NotesListModel(QAbstractListModel):
    loaded = Signal()  # a (re)load finished: rows and total are fresh
    total_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = NoteQuery()
        self._rows: list[NoteSummary] = []
        self._ids: list[int] | None = None  # every matching id, when a text filter is on
        self._total = 0
        self._generation = 0
        self._fetching: int | None = None
        self._untitled = self.tr("Untitled")

    # -- loading -------------------------------------------------------------------------------
    @property
    def query(self) -> NoteQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: NoteQuery):  # noqa: ANN201 - asyncio.Task
        self._query = query
        self._generation += 1
        return self._ctx.tasks.spawn(self._load(self._generation, 0))

    def refresh(self):  # noqa: ANN201 - asyncio.Task
        """Reload what is shown (after a change), keeping as many rows as were loaded."""
        self._generation += 1
        return self._ctx.tasks.spawn(self._load(self._generation, len(self._rows)))

    async def _load(self, generation: int, keep: int) -> None:
        listing = await self._ctx.runner.read(ops.list_notes, self._query, max(PAGE_SIZE, keep))
        if generation != self._generation:
            return  # the query changed meanwhile: a newer load is on its way
        self.beginResetModel()
        self._rows, self._ids, self._fetching = listing.rows, listing.ids, None
        self._total = max(listing.total, len(listing.rows))
        self.endResetModel()
        self.total_changed.emit(self._total)
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
            rows = await self._ctx.runner.read(ops.more_notes, self._query, self._ids, offset, PAGE_SIZE)
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
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self._untitled
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.excerpt or None
        if role == ID_ROLE:
            return row.id
        if role == SUMMARY_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row.excerpt
        return None

    def summary(self, row: int) -> NoteSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, note_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == note_id:
                return i
        return -1


class NoteItemDelegate(QStyledItemDelegate):
    """Two lines per note: pin mark, title and date; then the excerpt, muted."""

    MARGIN = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shared = self.tr("All clients")
        self._untitled = self.tr("Untitled")

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + metrics.leading() + self.MARGIN * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary: NoteSummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        metrics = QFontMetrics(opt.font)
        line = metrics.height()

        painter.save()
        date = format_recent(summary.updated_at)
        if summary.client_id is None:
            date = f"{self._shared} · {date}"
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.9))
        small_metrics = QFontMetrics(small)
        date_width = small_metrics.horizontalAdvance(date) + 4
        painter.setFont(small)
        painter.setPen(palette.color(muted_role))
        painter.drawText(
            QRect(rect.right() - date_width, rect.top(), date_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            date,
        )
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        title = summary.title or self._untitled
        if summary.pinned:
            title = f"{PIN} {title}"
        title_rect = QRect(rect.left(), rect.top(), rect.width() - date_width - 6, line)
        painter.setPen(palette.color(text_role))
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.setFont(opt.font)
        painter.setPen(palette.color(muted_role))
        excerpt_rect = QRect(rect.left(), rect.top() + line + metrics.leading() + 2, rect.width(), line)
        painter.drawText(
            excerpt_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(summary.excerpt, Qt.TextElideMode.ElideRight, excerpt_rect.width()),
        )
        painter.restore()
