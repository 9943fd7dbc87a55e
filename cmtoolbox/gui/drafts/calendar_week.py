"""The week grid: seven days side by side, hours 06:00 to midnight, drop a post on a day and hour.

`WeekGrid` stacks a `WeekHeader` (day names, today, and an all-day row for public holidays and
key dates; dropping there changes the day and keeps the time) over a scrolled `WeekBody` (the
hours; dropping there plans the post at that time, to the quarter hour). Posts are instants, so
each is drawn one hour tall from its time; posts whose hours overlap share the column.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragMoveEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from cmtoolbox.core.schedule import DayMarker
from cmtoolbox.core.schedule import zone as zone_info
from cmtoolbox.gui.drafts.calendar_chip import (
    Chip,
    DraggedDraft,
    Scene,
    paint_chip,
    read_draft_mime,
    small_font,
    start_drag,
)
from cmtoolbox.gui.drafts.calendar_grid import DayGrid
from cmtoolbox.gui.drafts.calendar_scene import time_text
from cmtoolbox.gui.drafts.calendar_style import grid_line
from cmtoolbox.gui.drafts.calendar_week_header import WeekHeader, column_rect, gutter_width
from cmtoolbox.gui.theme import semantic

FIRST_HOUR = 6
LAST_HOUR = 23  # the last row starts at 23:00 and ends at midnight
SNAP_MINUTES = 15
START_HOUR = 8  # the first hour in sight when the week opens


@dataclass(frozen=True)
class PlacedChip:
    rect: QRect
    chip: Chip


class WeekBody(DayGrid):
    """The hours of the week, posts at their time; a drop plans a post at the day and hour."""

    time_requested = Signal(int, object)  # draft id, naive wall datetime in the view's zone
    dragged_over = Signal(QPoint)  # a drag is here: the scroll area brings the hours around it in sight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarWeekBody")
        self.setAccessibleName(self.tr("Week calendar"))
        self._placed: list[PlacedChip] = []
        self.setMinimumHeight(self.total_height())

    # -- geometry --------------------------------------------------------------------------------
    @property
    def hour_height(self) -> int:
        return max(44, 2 * self.fontMetrics().lineSpacing() + 12)

    def total_height(self) -> int:
        return (LAST_HOUR + 1 - FIRST_HOUR) * self.hour_height + 1

    def y_of(self, minutes: int) -> int:
        return round((minutes - FIRST_HOUR * 60) * self.hour_height / 60)

    def minutes_at(self, y: float) -> int:
        return FIRST_HOUR * 60 + round(y * 60 / self.hour_height)

    def days(self) -> list[date]:
        return [] if self.scene is None else [self.scene.first + timedelta(days=i) for i in range(7)]

    def column(self, index: int) -> QRect:
        return column_rect(index, self.width(), gutter_width(self), 0, self.height())

    def column_at(self, pos: QPoint | QPointF) -> int | None:
        x = pos.x()
        return next((i for i in range(7) if self.column(i).left() <= x <= self.column(i).right()), None)

    def set_scene(self, scene: Scene) -> None:
        self.adopt_scene(scene)
        self._relayout()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        """Place each day's posts from their time, sharing the column where hours overlap."""
        self._placed = []
        if self.scene is None:
            return
        slot, bottom = self.hour_height, self.total_height() - 1
        for index, day in enumerate(self.days()):
            column = self.column(index).adjusted(2, 0, -3, 0)
            tops = [
                min(max(0, self.y_of(c.local.hour * 60 + c.local.minute)), bottom - slot)
                for c in self.scene.chips(day)
            ]
            for group in _overlapping(list(zip(tops, self.scene.chips(day), strict=True)), slot):
                lanes: list[int] = []  # bottom of the last chip in each lane
                assigned = []
                for top, chip in group:
                    lane = next((i for i, end in enumerate(lanes) if end <= top), len(lanes))
                    if lane == len(lanes):
                        lanes.append(0)
                    lanes[lane] = top + slot
                    assigned.append((top, chip, lane))
                width = column.width() / max(1, len(lanes))
                for top, chip, lane in assigned:
                    x0 = column.x() + round(lane * width)
                    x1 = column.x() + round((lane + 1) * width)
                    self._placed.append(PlacedChip(QRect(x0, top + 1, x1 - x0 - 1, slot - 2), chip))

    def chip_at(self, pos: QPoint | QPointF) -> PlacedChip | None:
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        return next((p for p in reversed(self._placed) if p.rect.contains(point)), None)

    def chip_rect(self, draft_id: int) -> QRect | None:
        return next((QRect(p.rect) for p in self._placed if p.chip.draft_id == draft_id), None)

    def drop_target(self, pos: QPoint | QPointF, grab_minutes: int = 0) -> tuple[date, int] | None:
        """The day and time (minutes after midnight, to the quarter hour) a drop at `pos` means."""
        index = self.column_at(pos)
        if index is None or self.scene is None:
            return None
        minutes = self.minutes_at(pos.y()) - grab_minutes
        minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        minutes = min(max(minutes, FIRST_HOUR * 60), 24 * 60 - SNAP_MINUTES)
        return self.days()[index], minutes

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.scene is None:
            return
        gutter = gutter_width(self)
        painter.fillRect(QRect(0, 0, gutter, self.height()), palette.color(QPalette.ColorRole.Window))
        for index, day in enumerate(self.days()):
            if day.weekday() >= 5 or any(m.kind == "holiday" for m in self.scene.markers.get(day, [])):
                painter.fillRect(self.column(index), palette.color(QPalette.ColorRole.AlternateBase))
        self._paint_hours(painter, palette, gutter)
        if self.drop_preview is not None:
            self._paint_drop(painter, palette)
        for placed in self._placed:
            paint_chip(
                painter,
                placed.rect,
                placed.chip,
                palette,
                selected=placed.chip.draft_id == self.selected_draft,
                tall=True,
            )
        self._paint_now(painter)
        if self.selected_day in self.days():
            self.paint_focus(painter, self.column(self.days().index(self.selected_day)))
        painter.end()

    def _paint_hours(self, painter: QPainter, palette: QPalette, gutter: int) -> None:
        painter.save()
        painter.setFont(small_font(self.font()))
        label_pen = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self.y_of(hour * 60)
            painter.setPen(grid_line(palette))
            painter.drawLine(gutter, y, self.width(), y)
            painter.setPen(label_pen)
            painter.drawText(
                QRect(0, y + 2, gutter - 6, painter.fontMetrics().height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                time_text(datetime.combine(date.today(), time(hour))),
            )
        painter.setPen(grid_line(palette))
        for index in range(7):
            column = self.column(index)
            painter.drawLine(column.topLeft(), column.bottomLeft())
        painter.restore()

    def _paint_drop(self, painter: QPainter, palette: QPalette) -> None:
        day, minutes = self.drop_preview
        column = self.column(self.days().index(day)).adjusted(2, 0, -3, 0)
        rect = QRect(column.x(), self.y_of(minutes), column.width(), self.hour_height)
        colour = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(colour)
        fill.setAlpha(60)
        painter.save()
        painter.fillRect(rect, fill)
        painter.setPen(colour)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        wall = datetime.combine(day, time(minutes // 60, minutes % 60))
        painter.drawText(
            rect.adjusted(6, 2, -2, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            time_text(wall),
        )
        painter.restore()

    def _paint_now(self, painter: QPainter) -> None:
        assert self.scene is not None
        if self.scene.today not in self.days():
            return
        now = datetime.now(zone_info(self.scene.zone))
        minutes = now.hour * 60 + now.minute
        if minutes < FIRST_HOUR * 60:
            return
        column = self.column(self.days().index(self.scene.today))
        y = self.y_of(minutes)
        painter.save()
        pen = painter.pen()
        pen.setColor(QColor(semantic(self.palette()).error))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawLine(column.left(), y, column.right(), y)
        painter.restore()

    # -- mouse -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self.column_at(event.position())
        placed = self.chip_at(event.position())
        day = self.days()[index] if index is not None else None
        self.press(event, day, (placed.rect, placed.chip) if placed else None)

    def drag(self, chip: Chip, rect: QRect, origin: QPoint) -> None:
        """A tall chip, and how far below its top (in minutes) it is held: the drop keeps that."""
        grab = round((origin.y() - rect.top()) * 60 / self.hour_height)
        start_drag(self, chip, rect, origin - rect.topLeft(), grab_minutes=grab, tall=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        placed = self.chip_at(event.position())
        if placed is not None:
            self.open_requested.emit(placed.chip.draft_id)

    def day_anchor(self, day: date) -> QRect | None:
        return self.column(self.days().index(day)) if day in self.days() else None

    def context_at(self, pos: QPoint) -> tuple[date, Chip | None, DayMarker | None] | None:
        index = self.column_at(pos)
        placed = self.chip_at(pos)
        return None if index is None else (self.days()[index], placed.chip if placed else None, None)

    def event(self, event) -> bool:  # noqa: ANN001 - QEvent
        if isinstance(event, QHelpEvent):
            placed = self.chip_at(event.pos())
            if placed is not None:
                QToolTip.showText(event.globalPos(), placed.chip.tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- dropping ----------------------------------------------------------------------------------
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        dragged = read_draft_mime(event.mimeData())
        target = self.target_at(event.position(), dragged) if dragged else None
        if target is None:
            event.ignore()
            return
        self.show_drop(target)
        self.dragged_over.emit(event.position().toPoint())
        event.acceptProposedAction()

    def target_at(self, pos: QPoint | QPointF, dragged: DraggedDraft) -> tuple[date, int] | None:
        """The day and the minutes after midnight, the post's top where it was held."""
        return self.drop_target(pos, dragged.grab_minutes)

    def request_drop(self, dragged: DraggedDraft, target: tuple[date, int]) -> None:
        """Plan it on that day at that time (view's zone)."""
        day, minutes = target
        self.select(day, dragged.draft_id)
        self.time_requested.emit(dragged.draft_id, datetime.combine(day, time(minutes // 60, minutes % 60)))

    # -- keyboard ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        days = self.days()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.selected_day in days:
            index = days.index(self.selected_day) + (1 if key == Qt.Key.Key_Right else -1)
            if 0 <= index < 7:
                self.select(days[index])
            return
        super().keyPressEvent(event)


def _overlapping(items: list[tuple[int, Chip]], slot: int) -> list[list[tuple[int, Chip]]]:
    """Posts (top, chip), in time order, grouped where their one-hour boxes overlap."""
    groups: list[list[tuple[int, Chip]]] = []
    end = None
    for top, chip in sorted(items, key=lambda item: item[0]):
        if end is None or top >= end:
            groups.append([])
            end = top + slot
        else:
            end = max(end, top + slot)
        groups[-1].append((top, chip))
    return groups


class WeekGrid(QWidget):
    """The week view: the header over the scrolled hours, as one widget with one set of signals."""

    open_requested = Signal(int)
    move_requested = Signal(int, object)  # draft id, date (dropped on the all-day row)
    time_requested = Signal(int, object)  # draft id, naive wall datetime in the view's zone
    context_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarWeekGrid")
        self.header = WeekHeader()
        self.body = WeekBody()
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("calendarWeekScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.body)
        self.setFocusProxy(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        self.body.open_requested.connect(self.open_requested)
        self.body.time_requested.connect(self.time_requested)
        self.body.context_requested.connect(self.context_requested)
        self.body.selected.connect(self._on_selected)
        self.body.dragged_over.connect(lambda pos: self.scroll_area.ensureVisible(pos.x(), pos.y(), 0, 40))
        self.header.move_requested.connect(self.move_requested)
        self.header.context_requested.connect(self.context_requested)
        self.header.day_clicked.connect(lambda day: self.body.select(day))
        self._top_hour: int | None = START_HOUR
        self.scroll_area.viewport().installEventFilter(self)
        self.scroll_area.verticalScrollBar().rangeChanged.connect(lambda _lo, _hi: self._apply_scroll())
        self.scroll_area.verticalScrollBar().actionTriggered.connect(self._on_scrolled_by_hand)

    def set_scene(self, scene: Scene) -> None:
        self.header.set_scene(scene)
        self.body.set_scene(scene)
        self._sync_header()
        self._apply_scroll()

    def scroll_to_hour(self, hour: int) -> None:
        """Show `hour` at the top, and keep it there while the layout settles, until the person
        scrolls themselves."""
        self._top_hour = hour
        self._apply_scroll()

    def _apply_scroll(self) -> None:
        if self._top_hour is None:
            return
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(min(self.body.y_of(self._top_hour * 60), bar.maximum()))

    def _on_scrolled_by_hand(self, _action: int) -> None:
        self._top_hour = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._apply_scroll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._sync_header()  # the scroll bar came or went: the columns moved
        return super().eventFilter(watched, event)

    def _sync_header(self) -> None:
        self.header.content_width = self.scroll_area.viewport().width()
        self.header.update()

    def _on_selected(self, day: date) -> None:
        self.header.selected_day = day
        self.header.update()

    @property
    def scene(self) -> Scene | None:
        return self.body.scene
