"""The drafts list: a lazy model (pages read through the runner) and its two-line delegate.

A client with thousands of drafts (years of posts) only ever has the rows scrolled through in
memory: `canFetchMore/fetchMore` ask the database thread for the next page when the view reaches
the end. Every load carries a generation number; a page that arrives after the query changed
(another client, a filter) is dropped instead of mixing two lists. Each load also brings the
counts per status, which the filter chips show.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.list_status import status_colour, status_label
from cmtoolbox.gui.formatting import format_date, format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.notes.list_model import short_date
from cmtoolbox.ops import drafts as ops
from cmtoolbox.storage.draft_model import PAGE_SIZE
from cmtoolbox.storage.drafts import DraftQuery, DraftSummary

ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def planned_text(summary: DraftSummary, today: QDate | None = None) -> str:
    """When the post goes (or went) out, in local time and short, so the title keeps its room:
    "09:00" today, "8 Dec 09:00" this year, the date with its four-digit year otherwise; "" when
    unplanned."""
    at = summary.calendar_at
    if at is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    locale = QLocale()
    clock = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    today = today or QDate.currentDate()
    if local.date() == today:
        return clock
    if local.date().year() == today.year():
        return f"{locale.toString(local.date(), 'd MMM')} {clock}"
    return format_date(at, locale)


class DraftsListModel(QAbstractListModel):
    loaded = Signal()  # a (re)load finished: rows, total and counts are fresh
    total_changed = Signal(int)
    counts_changed = Signal(dict)  # status -> count, for the filter chips

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = DraftQuery()
        self._rows: list[DraftSummary] = []
        self._total = 0
        self._counts: dict[str, int] = {}
        self._generation = 0
        self._fetching: int | None = None
        self.client_names: dict[int, str] = {}  # shown on each row when every client is listed
        self.resetting = False

    # -- loading -------------------------------------------------------------------------------
    @property
    def query(self) -> DraftQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def set_query(self, query: DraftQuery):  # noqa: ANN201 - asyncio.Task
        self._query = query
        self._generation += 1
        return self._ctx.tasks.spawn(self._load(self._generation, 0))

    def refresh(self):  # noqa: ANN201 - asyncio.Task
        """Reload what is shown (after a change), keeping as many rows as were loaded."""
        self._generation += 1
        return self._ctx.tasks.spawn(self._load(self._generation, len(self._rows)))

    async def _load(self, generation: int, keep: int) -> None:
        listing = await self._ctx.runner.read(ops.list_drafts, self._query, max(PAGE_SIZE, keep))
        if generation != self._generation:
            return  # the query changed meanwhile: a newer load is on its way
        self.resetting = True
        self.beginResetModel()
        self._rows, self._fetching = listing.rows, None
        self._total = max(listing.total, len(listing.rows))
        self._counts = dict(listing.counts)
        self.endResetModel()
        self.resetting = False
        self.total_changed.emit(self._total)
        self.counts_changed.emit(dict(self._counts))
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
            rows = await self._ctx.runner.read(ops.more_drafts, self._query, offset, PAGE_SIZE)
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
            return row.title or self.tr("Untitled")
        if role == Qt.ItemDataRole.ToolTipRole:
            when = format_datetime(row.calendar_at) if row.calendar_at is not None else ""
            return "\n\n".join(p for p in (row.excerpt, when) if p) or None
        if role == ID_ROLE:
            return row.id
        if role == SUMMARY_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{status_label(row.status)}. {row.excerpt}"
        return None

    def summary(self, row: int) -> DraftSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, draft_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == draft_id:
                return i
        return -1

    def loaded_ids(self) -> list[int]:
        return [row.id for row in self._rows]


class DraftItemDelegate(QStyledItemDelegate):
    """Two lines per draft: status chip, title and when it goes out; then the excerpt, muted, with
    the networks (and the client, when every client is listed)."""

    MARGIN = 6

    def __init__(self, names: Mapping[int, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_names: Mapping[int, str] = names or {}
        self.show_clients = False

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        metrics = QFontMetrics(option.font)
        return QSize(240, metrics.height() * 2 + metrics.leading() + self.MARGIN * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary: DraftSummary | None = index.data(SUMMARY_ROLE)
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
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        metrics = QFontMetrics(opt.font)
        line = metrics.height()
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.88))
        small_metrics = QFontMetrics(small)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The status chip: its name on a tint of its colour.
        label = status_label(summary.status)
        chip_width = small_metrics.horizontalAdvance(label) + 12
        chip = QRect(rect.left(), rect.top() + 1, chip_width, line - 2)
        colour = text_colour if selected else status_colour(summary.status)
        tint = QColor(colour)
        tint.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(chip, 7, 7)
        painter.setPen(colour)
        painter.setFont(small)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)

        when = planned_text(summary) or short_date(summary.updated_at)
        when_width = small_metrics.horizontalAdvance(when) + 4
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - when_width, rect.top(), when_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            when,
        )
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        left = chip.right() + 6
        title_rect = QRect(left, rect.top(), rect.right() - when_width - 6 - left, line)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(
                summary.title or self.tr("Untitled"), Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )

        second = rect.top() + line + metrics.leading() + 4
        names = " · ".join(networks.network(n).name for n in summary.networks)
        if summary.media_count:
            names = f"{names}  🖼 {summary.media_count}" if names else f"🖼 {summary.media_count}"
        if self.show_clients:
            client = self.client_names.get(summary.client_id, "")
            names = fill(self.tr("%1 · %2"), client, names) if names else client
        names_width = min(small_metrics.horizontalAdvance(names) + 4, rect.width() // 2)
        painter.setFont(small)
        painter.drawText(
            QRect(rect.right() - names_width, second, names_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            small_metrics.elidedText(names, Qt.TextElideMode.ElideRight, names_width),
        )
        painter.setFont(opt.font)
        painter.setPen(muted)
        excerpt_rect = QRect(rect.left(), second, rect.width() - names_width - 8, line)
        painter.drawText(
            excerpt_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(summary.excerpt, Qt.TextElideMode.ElideRight, excerpt_rect.width()),
        )
        painter.restore()
