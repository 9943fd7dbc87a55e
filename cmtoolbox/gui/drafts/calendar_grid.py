"""What the month grid and the week's hours share: a selected day and post, the keyboard (Tab walks
the day's posts, Enter opens one, the menu key opens the day's menu), the focus frame, and being
a drop target for dragged drafts. Each grid adds its own layout, painting and drop meaning.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QWidget

from cmtoolbox.gui.drafts.calendar_chip import Chip, ContextRequest, Scene, accept_draft_drag
from cmtoolbox.gui.drafts.calendar_scene import long_day_text


class DayGrid(QWidget):
    open_requested = Signal(int)  # draft id
    context_requested = Signal(object)  # ContextRequest
    selected = Signal(object)  # date
    day_opened = Signal(object)  # date: Enter on a day without posts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.scene: Scene | None = None
        self.selected_day: date | None = None
        self.selected_draft: int | None = None

    def adopt_scene(self, scene: Scene) -> None:
        """Take a new scene; the selection stays on its day when the day is still shown."""
        self.scene = scene
        if self.selected_day is None or not scene.first <= self.selected_day <= scene.last:
            self.selected_day = scene.today if scene.first <= scene.today <= scene.last else scene.first

    # -- what each grid says -----------------------------------------------------------------------
    def day_anchor(self, day: date) -> QRect | None:
        """Where `day` is drawn (the keyboard's context menu opens there)."""
        raise NotImplementedError

    def drop_at(self, pos: QPoint | QPointF, mime: QMimeData) -> bool:
        """A draft dropped at `pos`: ask for the replanning it means; False when it means none."""
        raise NotImplementedError

    def clear_drop(self) -> None:
        """The drag left: forget its preview."""

    # -- selection and keyboard --------------------------------------------------------------------
    def select(self, day: date, draft_id: int | None = None) -> None:
        self.selected_day = day
        self.selected_draft = draft_id
        chips = self.scene.chips(day) if self.scene else []
        spoken = "; ".join(c.spoken() for c in chips) or self.tr("no post")
        self.setAccessibleDescription(f"{long_day_text(day)}: {spoken}")
        self.selected.emit(day)
        self.update()

    def selected_chip(self) -> Chip | None:
        """The selected post, else the first of the selected day."""
        if self.scene is None or self.selected_day is None:
            return None
        chips = self.scene.chips(self.selected_day)
        return next((c for c in chips if c.draft_id == self.selected_draft), chips[0] if chips else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_day is not None:
            chip = self.selected_chip()
            if chip is not None:
                self.open_requested.emit(chip.draft_id)
            else:
                self.day_opened.emit(self.selected_day)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        """Tab walks the selected day's posts first; past the last one, focus moves on."""
        if self.scene is not None and self.selected_day is not None:
            ids = [c.draft_id for c in self.scene.chips(self.selected_day)]
            index = ids.index(self.selected_draft) if self.selected_draft in ids else -1
            index = index + 1 if next else (index - 1 if index >= 0 else len(ids) - 1)
            if 0 <= index < len(ids):
                self.select(self.selected_day, ids[index])
                return True
        return super().focusNextPrevChild(next)

    def keyboard_context(self, event: QContextMenuEvent) -> bool:
        """The menu key: the selected day's menu, at that day. False for a mouse click."""
        if event.reason() != QContextMenuEvent.Reason.Keyboard or self.selected_day is None:
            return False
        rect = self.day_anchor(self.selected_day)
        chip = self.scene.find(self.selected_draft) if self.scene and self.selected_draft else None
        pos = self.mapToGlobal(rect.center() if rect else QPoint(0, 0))
        self.context_requested.emit(ContextRequest(self.selected_day, chip, None, pos))
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def paint_focus(self, painter: QPainter, rect: QRect) -> None:
        """The dashed frame around the selected day while the grid has the keyboard."""
        if not self.hasFocus():
            return
        painter.save()
        pen = painter.pen()
        pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    # -- dropping ----------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        accept_draft_drag(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.clear_drop()
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self.drop_at(event.position(), event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
