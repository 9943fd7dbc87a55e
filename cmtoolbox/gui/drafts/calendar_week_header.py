"""The week view's header: day names (today in a pill) and the all-day row of public holidays and
key dates. A post dropped here moves to that day and keeps its time. The column geometry lives
here too, shared with `WeekBody` so the header's days sit exactly over the hours' columns.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QToolTip, QWidget

from cmtoolbox.core.schedule import DayMarker
from cmtoolbox.gui.drafts.calendar_chip import (
    ContextRequest,
    Scene,
    accept_draft_drag,
    marker_colours,
    paint_marker,
    small_font,
)
from cmtoolbox.gui.drafts.calendar_scene import long_day_text, time_text, weekday_name
from cmtoolbox.gui.drafts.calendar_style import grid_line

MAX_HEADER_MARKERS = 3


def column_rect(index: int, width: int, gutter: int, top: int, height: int) -> QRect:
    """Day `index` (0 = Monday) of seven columns right of a `gutter`, in `width` pixels."""
    span = width - gutter
    x0, x1 = gutter + round(index * span / 7), gutter + round((index + 1) * span / 7)
    return QRect(x0, top, x1 - x0, height)


def gutter_width(widget: QWidget) -> int:
    """Room for the hour labels, in the UI locale's format ("23:00", "10:00pm")."""
    metrics = QFontMetrics(small_font(widget.font()))
    labels = (time_text(datetime.combine(date.today(), time(hour))) for hour in (10, 12, 22, 23))
    return max(metrics.horizontalAdvance(label) for label in labels) + 14


class WeekHeader(QWidget):
    """Day names and the all-day row; a drop here moves a post to that day, same time."""

    move_requested = Signal(int, object)  # draft id, date
    context_requested = Signal(object)  # ContextRequest
    day_clicked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarWeekHeader")
        self.setAcceptDrops(True)
        self.scene: Scene | None = None
        self.content_width = 0  # the body's width (the scroll bar takes the rest)
        self.selected_day: date | None = None
        self._drop_day: date | None = None

    def set_scene(self, scene: Scene) -> None:
        self.scene = scene
        self.setFixedHeight(self._height())
        self.update()

    def _line(self) -> int:
        return QFontMetrics(small_font(self.font())).height()

    def _height(self) -> int:
        rows = 1
        if self.scene is not None:
            rows = max([1, *(min(len(m), MAX_HEADER_MARKERS) for m in self.scene.markers.values())])
        return self.fontMetrics().height() + 10 + rows * self._line() + 6

    def days(self) -> list[date]:
        return [] if self.scene is None else [self.scene.first + timedelta(days=i) for i in range(7)]

    def _column(self, index: int) -> QRect:
        width = self.content_width or self.width()
        return column_rect(index, width, gutter_width(self), 0, self.height())

    def day_at(self, pos: QPoint | QPointF) -> date | None:
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        for index, day in enumerate(self.days()):
            if self._column(index).contains(point):
                return day
        return None

    def _marker_rects(self, index: int) -> list[tuple[QRect, DayMarker]]:
        if self.scene is None:
            return []
        column = self._column(index)
        y = self.fontMetrics().height() + 10
        found = []
        for marker in self.scene.markers.get(self.days()[index], [])[:MAX_HEADER_MARKERS]:
            found.append((QRect(column.x() + 4, y, column.width() - 8, self._line()), marker))
            y += self._line()
        return found

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        if self.scene is None:
            return
        small = small_font(self.font())
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(
            QRect(0, 4, gutter_width(self) - 6, self.fontMetrics().height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("W%1").replace("%1", str(self.scene.first.isocalendar()[1])),
        )
        colours = marker_colours(palette)
        for index, day in enumerate(self.days()):
            column = self._column(index)
            if day == self._drop_day:
                drop = palette.color(QPalette.ColorRole.Highlight)
                drop.setAlpha(50)
                painter.fillRect(column, drop)
            head = QRect(column.x() + 2, 3, column.width() - 4, self.fontMetrics().height() + 4)
            painter.setFont(self.font())
            label = f"{weekday_name(day)} {day.day}"
            if day == self.scene.today:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                width = self.fontMetrics().horizontalAdvance(label) + 16
                pill = QRect(head.center().x() - width // 2, head.y(), width, head.height())
                painter.drawRoundedRect(pill, head.height() / 2, head.height() / 2)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, label)
            painter.setFont(small)
            for rect, marker in self._marker_rects(index):
                paint_marker(painter, rect, marker, palette, colours)
            painter.setPen(grid_line(palette))
            painter.drawLine(column.topLeft(), column.bottomLeft())
        painter.setPen(grid_line(palette))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def event(self, event) -> bool:  # noqa: ANN001 - QEvent
        if isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is not None:
                index = self.days().index(day)
                marker = next((m for r, m in self._marker_rects(index) if r.contains(event.pos())), None)
                QToolTip.showText(event.globalPos(), marker.title if marker else long_day_text(day), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.position())
        if day is not None:
            self.day_clicked.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.pos())
        if day is None:
            return
        index = self.days().index(day)
        marker = next((m for r, m in self._marker_rects(index) if r.contains(event.pos())), None)
        self.context_requested.emit(ContextRequest(day, None, marker, event.globalPos()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        accept_draft_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.position())
        if day is None or accept_draft_drag(event) is None:
            event.ignore()
        elif day != self._drop_day:
            self._drop_day = day
            self.update()

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._drop_day = None
        self.update()
        day = self.day_at(event.position())
        dragged = accept_draft_drag(event) if day is not None else None
        if dragged is None or day is None:
            event.ignore()
            return
        self.move_requested.emit(dragged.draft_id, day)
