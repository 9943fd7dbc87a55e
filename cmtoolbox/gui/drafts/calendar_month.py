"""The month grid: six weeks, Monday first, ISO week numbers, posts as chips, drop to replan.

Painted rather than built of widgets: a month holds dozens of posts, and a refresh is then a
single repaint with the new `Scene`. The layout (where each chip, marker and "+n more" sits) is
computed once per size or scene and kept for painting and hit-testing alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QDragMoveEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cmtoolbox.core.schedule import DayMarker
from cmtoolbox.gui.drafts.calendar_chip import (
    Chip,
    DraggedDraft,
    Scene,
    accept_draft_drag,
    small_font,
)
from cmtoolbox.gui.drafts.calendar_grid import DayGrid
from cmtoolbox.gui.drafts.calendar_month_paint import paint_month
from cmtoolbox.gui.drafts.calendar_scene import long_day_text

MAX_MARKER_LINES = 2


@dataclass(frozen=True)
class CellLayout:
    day: date
    rect: QRect
    chips: tuple[tuple[QRect, Chip], ...]
    markers: tuple[tuple[QRect, DayMarker], ...]
    more: QRect | None  # the "+n more" line, when the day holds more than fits
    hidden: int


class MonthGrid(DayGrid):
    move_requested = Signal(int, object)  # draft id, date
    # day_opened (DayGrid): "+n more", or Enter on a day without posts -> its week
    leave_requested = Signal(object)  # date outside the shown weeks, reached with the arrow keys

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonthGrid")
        self.setAccessibleName(self.tr("Month calendar"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 360)
        self.cells: list[CellLayout] = []

    # -- data ----------------------------------------------------------------------------------
    def set_scene(self, scene: Scene) -> None:
        self.adopt_scene(scene)
        self._relayout()
        self.update()

    @property
    def days(self) -> list[date]:
        if self.scene is None:
            return []
        return [
            self.scene.first + timedelta(days=i) for i in range((self.scene.last - self.scene.first).days + 1)
        ]

    # -- geometry ------------------------------------------------------------------------------
    def header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def gutter(self) -> int:
        return QFontMetrics(small_font(self.font())).horizontalAdvance("88") + 14

    def cell_rect(self, index: int) -> QRect:
        gutter, header = self.gutter(), self.header_height()
        width, height = self.width() - gutter, self.height() - header
        row, col = divmod(index, 7)
        x0, x1 = gutter + round(col * width / 7), gutter + round((col + 1) * width / 7)
        y0, y1 = header + round(row * height / 6), header + round((row + 1) * height / 6)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def _relayout(self) -> None:
        self.cells = []
        if self.scene is None:
            return
        metrics = self.fontMetrics()
        small = QFontMetrics(small_font(self.font()))
        chip_height = metrics.height() + 4
        for index, day in enumerate(self.days[:42]):
            rect = self.cell_rect(index)
            inner = rect.adjusted(3, 2, -3, -3)
            y = inner.y() + metrics.height() + 2
            markers = []
            day_markers = self.scene.markers.get(day, [])
            for marker in day_markers[:MAX_MARKER_LINES]:
                markers.append((QRect(inner.x() + 2, y, inner.width() - 2, small.height()), marker))
                y += small.height()
            y += 2
            chips = self.scene.chips(day)
            room = max(0, (inner.bottom() - y + 2) // (chip_height + 2))
            shown = chips if len(chips) <= room else chips[: max(0, room - 1)]
            placed = []
            for chip in shown:
                placed.append((QRect(inner.x(), y, inner.width(), chip_height), chip))
                y += chip_height + 2
            hidden = len(chips) - len(shown)
            more = QRect(inner.x() + 2, y, inner.width() - 2, chip_height) if hidden else None
            self.cells.append(CellLayout(day, rect, tuple(placed), tuple(markers), more, hidden))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._relayout()

    def cell_at(self, pos: QPoint | QPointF) -> CellLayout | None:
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        return next((c for c in self.cells if c.rect.contains(point)), None)

    def day_at(self, pos: QPoint | QPointF) -> date | None:
        cell = self.cell_at(pos)
        return cell.day if cell else None

    def chip_at(self, pos: QPoint | QPointF) -> tuple[QRect, Chip] | None:
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        cell = self.cell_at(point)
        if cell is None:
            return None
        return next(((r, c) for r, c in cell.chips if r.contains(point)), None)

    def chip_rect(self, draft_id: int) -> QRect | None:
        """Where a post is drawn (tests click and drag there)."""
        for cell in self.cells:
            for rect, chip in cell.chips:
                if chip.draft_id == draft_id:
                    return QRect(rect)
        return None

    def day_rect(self, day: date) -> QRect | None:
        return next((QRect(c.rect) for c in self.cells if c.day == day), None)

    day_anchor = day_rect

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        paint_month(self, painter)
        painter.end()

    # -- mouse -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position())
        self.press(event, cell.day if cell else None, self.chip_at(event.position()))
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = None
        cell = self.cell_at(event.position())
        if cell is not None and cell.more is not None and cell.more.contains(event.position().toPoint()):
            self.day_opened.emit(cell.day)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        hit = self.chip_at(event.position())
        if hit is not None:
            self.open_requested.emit(hit[1].draft_id)
            return
        day = self.day_at(event.position())
        if day is not None:
            self.day_opened.emit(day)

    def context_at(self, pos: QPoint) -> tuple[date, Chip | None, DayMarker | None] | None:
        cell = self.cell_at(pos)
        if cell is None:
            return None
        hit = self.chip_at(pos)
        return cell.day, hit[1] if hit else None, next((m for r, m in cell.markers if r.contains(pos)), None)

    def event(self, event) -> bool:  # noqa: ANN001 - QEvent
        if isinstance(event, QHelpEvent):
            hit = self.chip_at(event.pos())
            cell = self.cell_at(event.pos())
            marker = next((m for r, m in cell.markers if r.contains(event.pos())), None) if cell else None
            if hit is not None:
                QToolTip.showText(event.globalPos(), hit[1].tooltip, self)
            elif marker is not None:
                QToolTip.showText(event.globalPos(), marker.title, self)
            elif cell is not None and cell.hidden:
                QToolTip.showText(event.globalPos(), long_day_text(cell.day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- dropping ----------------------------------------------------------------------------------
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        day = self.day_at(event.position())
        if day is None or accept_draft_drag(event) is None:
            event.ignore()
            return
        self.show_drop(day)

    def target_at(self, pos: QPoint | QPointF, dragged: DraggedDraft) -> date | None:
        return self.day_at(pos)

    def request_drop(self, dragged: DraggedDraft, target: date) -> None:
        """Move it to that day (its time of day is kept)."""
        self.select(target, dragged.draft_id)
        self.move_requested.emit(dragged.draft_id, target)

    # -- keyboard ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps and self.selected_day is not None and self.scene is not None:
            target = self.selected_day + timedelta(days=steps[key])
            if self.scene.first <= target <= self.scene.last:
                self.select(target)
            else:
                self.leave_requested.emit(target)
            return
        super().keyPressEvent(event)
