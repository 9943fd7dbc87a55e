"""The drafts list: a lazy model (pages read through the runner) and its two-line delegate.

A client with thousands of drafts (years of posts) only ever has the rows scrolled through in
memory: `canFetchMore/fetchMore` ask the database thread for the next page when the view reaches
the end. Every load carries a generation number; a page that arrives after the query changed
(another client, a filter) is dropped instead of mixing two lists. Each load also brings the
counts per status, which the filter chips show.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.list_status import status_colour, status_label
from cmtoolbox.gui.formatting import format_datetime, format_recent
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.lazy_list import ID_ROLE, SUMMARY_ROLE, LazyListModel
from cmtoolbox.gui.widgets.two_line_delegate import (
    RowCanvas,
    TwoLineDelegate,
    bold_font,
    draw_elided,
)
from cmtoolbox.ops import drafts as ops
from cmtoolbox.ops.drafts import DraftListing
from cmtoolbox.storage.draft_model import PAGE_SIZE
from cmtoolbox.storage.drafts import DraftQuery, DraftSummary

__all__ = ["ID_ROLE", "SUMMARY_ROLE", "DraftItemDelegate", "DraftsListModel", "planned_text"]


def planned_text(summary: DraftSummary, now: datetime | None = None) -> str:
    """When the post goes (or went) out, in local time and the regional format, short so that the
    title keeps its room: "09:00" today, "8 déc. 09:00" ("Dec 8 9:00 AM") later this year, the day
    alone for a post already out ("28 oct.") and the date with its four-digit year in another
    year; the row's tooltip has the full date and time. "" when unplanned."""
    at = summary.calendar_at
    if at is None:
        return ""
    now = now or datetime.now(UTC)
    return format_recent(at, now, with_time=at > now)


class DraftsListModel(LazyListModel):
    """The drafts of the current query, read a page at a time; each load brings the counts per
    status too, for the filter chips."""

    counts_changed = Signal(dict)  # status -> count, for the filter chips
    page_size = PAGE_SIZE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, DraftQuery(), parent)
        self._counts: dict[str, int] = {}
        self.client_names: dict[int, str] = {}  # shown on each row when every client is listed

    @property
    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    async def _first_page(self, limit: int) -> DraftListing:
        return await self._ctx.runner.read(ops.list_drafts, self._query, limit)

    async def _next_page(self, offset: int, limit: int) -> list[DraftSummary]:
        return await self._ctx.runner.read(ops.more_drafts, self._query, offset, limit)

    def _keep_listing(self, listing: DraftListing) -> None:
        self._counts = dict(listing.counts)

    def _announce(self) -> None:
        super()._announce()
        self.counts_changed.emit(dict(self._counts))

    def row_data(self, row: DraftSummary, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self.tr("Untitled")
        if role == Qt.ItemDataRole.ToolTipRole:
            when = format_datetime(row.calendar_at) if row.calendar_at is not None else ""
            return "\n\n".join(p for p in (row.excerpt, when) if p) or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{status_label(row.status)}. {row.excerpt}"
        return None


class DraftItemDelegate(TwoLineDelegate):
    """Two lines per draft: status chip, title and when it goes out; then the excerpt, muted, with
    the networks (and the client, when every client is listed)."""

    WIDTH = 240
    LINE_GAP = 4
    SMALL_SCALE = 0.88

    def __init__(self, names: Mapping[int, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_names: Mapping[int, str] = names or {}
        self.show_clients = False

    def paint_row(self, painter: QPainter, row: RowCanvas, summary: DraftSummary) -> None:
        opt, rect, line, metrics = row.opt, row.rect, row.line, row.metrics
        text_colour, muted, small, small_metrics = row.text, row.muted, row.small, row.small_metrics
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The status chip: its name on a tint of its colour.
        label = status_label(summary.status)
        chip_width = small_metrics.horizontalAdvance(label) + 12
        chip = QRect(rect.left(), rect.top() + 1, chip_width, line - 2)
        colour = text_colour if row.selected else status_colour(summary.status)
        tint = QColor(colour)
        tint.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(chip, 7, 7)
        painter.setPen(colour)
        painter.setFont(small)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)

        when = planned_text(summary) or format_recent(summary.updated_at)
        when_width = small_metrics.horizontalAdvance(when) + 4
        painter.setPen(muted)
        when_rect = QRect(rect.right() - when_width, rect.top(), when_width, line)
        draw_elided(painter, when_rect, when, small_metrics, right=True)
        bold = bold_font(opt.font)
        painter.setFont(bold)
        painter.setPen(text_colour)
        left = chip.right() + 6
        title_rect = QRect(left, rect.top(), rect.right() - when_width - 6 - left, line)
        draw_elided(painter, title_rect, summary.title or self.tr("Untitled"), QFontMetrics(bold))

        second = rect.top() + line + metrics.leading() + 4
        names = " · ".join(networks.network(n).name for n in summary.networks)
        if summary.media_count:
            names = f"{names}  🖼 {summary.media_count}" if names else f"🖼 {summary.media_count}"
        if self.show_clients:
            client = self.client_names.get(summary.client_id, "")
            names = fill(self.tr("%1 · %2"), client, names) if names else client
        names_width = min(small_metrics.horizontalAdvance(names) + 4, rect.width() // 2)
        painter.setFont(small)
        names_rect = QRect(rect.right() - names_width, second, names_width, line)
        draw_elided(painter, names_rect, names, small_metrics, right=True)
        painter.setFont(opt.font)
        painter.setPen(muted)
        excerpt_rect = QRect(rect.left(), second, rect.width() - names_width - 8, line)
        draw_elided(painter, excerpt_rect, summary.excerpt, metrics)
