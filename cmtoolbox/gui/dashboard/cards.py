"""The dashboard's cards: a titled list of entries per kind of record, with its count and empty state.

A card shows the entries `ops.dashboard` read (two lines each: what the record is, then when and
why it needs attention), "and N more" when there are more than it shows, or a sentence saying
there is nothing to do. An entry opens on a click, Enter or Space (`EntryList.open_requested`);
the page routes it to the section that shows the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cmtoolbox.core.networks import COUNTERS, NETWORKS
from cmtoolbox.gui.drafts.list_status import status_label
from cmtoolbox.gui.formatting import format_date, format_integer, format_recent, format_time
from cmtoolbox.gui.i18n import fill, tr
from cmtoolbox.gui.theme import semantic
from cmtoolbox.gui.widgets.labels import heading_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.gui.widgets.two_line_delegate import begin_row, bold_font
from cmtoolbox.ops.dashboard import Card, DashboardEntry, DashboardList, Period

ENTRY_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the Row drawn
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    """What a line of a card says: the record, then when/why (`tone` colours the second line:
    "" muted, or a semantic colour name), and a badge on the right (an unread count)."""

    title: str
    detail: str
    tone: str = ""
    badge: str = ""


def network_name(network: str) -> str:
    """A network's brand ("Instagram"), for a network id or a counter id."""
    if network in NETWORKS:
        return NETWORKS[network].name
    if network in COUNTERS:
        return COUNTERS[network].name
    return network


def moment(when: datetime, now: datetime) -> str:
    """A time in a card: "18:00" today, "3 Dec 18:00" another day, with the year another year."""
    recent = format_recent(when, now)
    local = when.astimezone(now.tzinfo)
    return recent if local.date() == now.date() else f"{recent} {format_time(when)}"


def _days(day: date, today: date) -> str:
    left = (day - today).days
    if left == 0:
        return tr("today")
    if left > 0:
        return tr("in %n day(s)", "", left)
    return tr("%n day(s) ago", "", -left)


def describe(card: Card, entry: DashboardEntry, now: datetime, client_name: str = "") -> Row:
    """The line a card shows for `entry`; `client_name` is given when several clients are shown."""
    untitled = tr("Untitled")
    title = entry.title or untitled
    parts: list[str] = []
    tone = ""
    badge = ""
    if card == Card.PLANNED:
        parts.append(moment(entry.when, now) if entry.when else "")
        parts += [network_name(n) for n in entry.extra.get("networks", ())][:3]
        parts.append(status_label(entry.status))
    elif card == Card.APPROVALS:
        if entry.status == "changes_requested":
            tone = "warning"
            parts.append(
                fill(tr("Changes requested %1"), format_recent(entry.when, now))
                if entry.when
                else tr("Changes requested")
            )
        else:
            parts.append(
                fill(tr("Sent %1"), format_recent(entry.when, now)) if entry.when else tr("To approve")
            )
        planned = entry.extra.get("planned_at")
        if isinstance(planned, datetime):
            parts.append(fill(tr("planned %1"), moment(planned, now)))
    elif card == Card.METRICS:
        parts.append(network_name(str(entry.extra.get("network", ""))))
        if entry.when:
            parts.append(fill(tr("published %1"), format_recent(entry.when, now)))
    elif card == Card.UNREAD:
        badge = format_integer(entry.count)
        parts.append(entry.detail)
    elif card == Card.RIGHTS:
        if entry.day is not None:
            if entry.status == "expired":
                tone = "error"
                parts.append(
                    fill(tr("Rights ended %1 (%2)"), format_date(entry.day), _days(entry.day, now.date()))
                )
            else:
                tone = "warning"
                parts.append(
                    fill(tr("Rights end %1 (%2)"), format_date(entry.day), _days(entry.day, now.date()))
                )
        if entry.detail:
            parts.append(entry.detail)
    elif card == Card.NOTES:
        if entry.when:
            parts.append(fill(tr("edited %1"), format_recent(entry.when, now)))
        if entry.client_id is None:
            parts.append(tr("All clients"))
        if entry.detail:
            parts.append(entry.detail)
    elif card == Card.DEAD_LINKS:
        tone = "error"
        reason = str(entry.extra.get("reason", ""))
        parts.append(fill(tr("Dead link (%1)"), reason) if reason else tr("Dead link"))
        parts.append(entry.detail)
    if client_name:
        parts.insert(0, client_name)
    return Row(title, " · ".join(p for p in parts if p), tone, badge)


def card_texts(card: Card, period: Period) -> tuple[str, str]:
    """A card's title and the sentence it shows when there is nothing to do (one table, so a card
    added to `Card` gets both)."""
    if period == Period.TODAY:
        planned = tr("Planned today"), tr("Nothing planned today.")
        notes = tr("Notes edited today"), tr("No note edited today.")
    else:
        planned = tr("Planned this week"), tr("Nothing planned this week.")
        notes = tr("Notes edited this week"), tr("No note edited in the last 7 days.")
    return {
        Card.PLANNED: planned,
        Card.APPROVALS: (tr("Waiting for approval"), tr("No proof is waiting for an answer.")),
        Card.METRICS: (tr("Posts missing metrics"), tr("Every post of the last 30 days has its figures.")),
        Card.UNREAD: (tr("Unread in feeds"), tr("All caught up: no unread items.")),
        Card.RIGHTS: (tr("Rights ending soon"), tr("No rights end in the next 30 days.")),
        Card.NOTES: notes,
        Card.DEAD_LINKS: (tr("Dead links"), tr("No dead link found by the link checks.")),
    }[card]


def card_title(card: Card, period: Period) -> str:
    return card_texts(card, period)[0]


def count_text(card: Card, found: DashboardList) -> str:
    """The card's figure, next to its title ("12 unread items" for feeds, else the records)."""
    if card == Card.UNREAD:
        return tr("%n unread item(s)", "", found.count)
    return format_integer(found.total)


def cards_style_sheet() -> str:
    """One style sheet for every card, set on their common parent (parsed once, not per card):
    the frame on the Base colour, and the muted texts in the theme's muted colour."""
    muted = semantic().muted
    return (
        "QFrame#dashboardCard { background: palette(base); border: 1px solid palette(mid); "
        "border-radius: 6px; }"
        "QFrame#dashboardCard QListWidget { background: transparent; }"
        "QLabel#dashboardCardCount, QLabel#dashboardCardEmpty, QLabel#dashboardCardMore "
        f"{{ color: {muted}; }}"
    )


class EntryDelegate(QStyledItemDelegate):
    """Two lines: the title in bold (with a badge on the right), then the detail, muted or in the
    row's tone."""

    MARGIN = 5

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        metrics = QFontMetrics(option.font)
        return QSize(160, metrics.height() * 2 + metrics.leading() + self.MARGIN * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: Row | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        canvas = begin_row(self, painter, option, index, self.MARGIN, 0.92)
        rect, line = canvas.rect, canvas.line
        painter.save()
        bold = bold_font(canvas.opt.font)
        badge_width = 0
        if row.badge:
            painter.setFont(bold)
            badge_width = QFontMetrics(bold).horizontalAdvance(row.badge) + 8
            painter.setPen(canvas.text)
            painter.drawText(
                QRect(rect.right() - badge_width, rect.top(), badge_width, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                row.badge,
            )
        painter.setFont(bold)
        painter.setPen(canvas.text)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - badge_width - 4, line)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(row.title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.setFont(canvas.small)
        colour = canvas.muted
        if row.tone and not canvas.selected:
            colour = QColor(getattr(semantic(), row.tone))
        painter.setPen(colour)
        detail_rect = QRect(rect.left(), rect.top() + line + canvas.metrics.leading() + 2, rect.width(), line)
        painter.drawText(
            detail_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            canvas.small_metrics.elidedText(row.detail, Qt.TextElideMode.ElideRight, detail_rect.width()),
        )
        painter.restore()


class EntryList(QListWidget):
    """A card's entries, as tall as its rows (the page scrolls, not each card). A click, Enter or
    Space opens the entry under it."""

    open_requested = Signal(object)  # DashboardEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(EntryDelegate(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)  # hover highlight: the rows are links
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_rows(self, rows: list[tuple[DashboardEntry, Row]]) -> None:
        self.clear()
        for entry, row in rows:
            item = QListWidgetItem(row.title)
            item.setData(ENTRY_ROLE, entry)
            item.setData(ROW_ROLE, row)
            item.setToolTip(f"{row.title}\n{row.detail}" if row.detail else row.title)
            # What a screen reader says: the painted second line and the badge too.
            spoken = " · ".join(part for part in (row.title, row.badge, row.detail) if part)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.addItem(item)
        self._fit()

    def _fit(self) -> None:
        height = sum(self.sizeHintForRow(r) for r in range(self.count())) + 2 * self.frameWidth()
        self.setFixedHeight(height)

    def entries(self) -> list[DashboardEntry]:
        return [self.item(r).data(ENTRY_ROLE) for r in range(self.count())]

    def open_row(self, row: int) -> None:
        item = self.item(row)
        if item is not None:
            self.open_requested.emit(item.data(ENTRY_ROLE))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.indexAt(event.position().toPoint())
            if index.isValid():
                self.open_row(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentRow() >= 0:
            self.open_row(self.currentRow())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.count():
            self.setCurrentRow(0)  # Tab into a card: its first entry is ready for Enter


class DashboardCard(QFrame):
    """One kind of record: title and count, the entries, "and N more" or the empty sentence."""

    open_requested = Signal(object)  # DashboardEntry

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("dashboardCard")
        self.setProperty("card", str(card))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.title = heading_label("dashboardCardTitle", "", 1.1)
        self.count = QLabel()
        self.count.setObjectName("dashboardCardCount")
        self.list = EntryList()
        self.list.open_requested.connect(self.open_requested)
        self.empty = QLabel()
        self.empty.setObjectName("dashboardCardEmpty")
        self.empty.setWordWrap(True)
        self.more = QLabel()
        self.more.setObjectName("dashboardCardMore")

        layout = vbox(hbox((self.title, 1), self.count), self.list, self.empty, self.more, parent=self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self._found: DashboardList | None = None

    def show_title(self, title: str) -> None:
        """The title alone, before the first answer (nothing else shows until then)."""
        self.title.setText(title)
        self.list.setAccessibleName(title)
        self.list.hide()
        self.empty.hide()
        self.more.hide()

    @property
    def found(self) -> DashboardList | None:
        return self._found

    def show_list(
        self, found: DashboardList, period: Period, now: datetime, client_names: dict[int, str] | None
    ) -> None:
        """Fill the card; `client_names` (id -> name) when entries of several clients are shown."""
        self._found = found
        title, empty = card_texts(self.card, period)
        self.title.setText(title)
        self.list.setAccessibleName(title)
        self.count.setText("" if found.empty else count_text(self.card, found))
        self.list.setAccessibleDescription(self.count.text())
        rows = []
        for entry in found.entries:
            name = client_names.get(entry.client_id, "") if client_names and entry.client_id else ""
            rows.append((entry, describe(self.card, entry, now, name)))
        self.list.set_rows(rows)
        self.list.setVisible(bool(rows))
        self.empty.setText(empty)
        self.empty.setVisible(found.empty)
        hidden = found.total - len(found.entries)
        self.more.setText(tr("and %n more", "", hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
