"""What the month grid and the week's hours share: a selected day and post, the keyboard (Tab walks
the day's posts, Enter opens one, the menu key opens the day's menu), the focus frame, dragging a
post out, and being a drop target for dragged drafts (with a preview of where it lands). Each grid
adds its own layout, painting and drop meaning.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QWidget

from cmtoolbox.core.schedule import DayMarker
from cmtoolbox.gui.drafts.calendar_chip import (
    Chip,
    ContextRequest,
    DraggedDraft,
    Scene,
    accept_draft_drag,
    read_draft_mime,
    start_drag,
)
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
        self.drop_preview: Any = None  # where the dragged draft would land (a grid's `target_at`)
        self._press: tuple[QPoint, Chip, QRect] | None = None  # a post pressed: where, which, its box

    def adopt_scene(self, scene: Scene) -> None:
        """Take a new scene; the selection stays on its day when the day is still shown."""
        self.scene = scene
        if self.selected_day is None or not scene.first <= self.selected_day <= scene.last:
            self.selected_day = scene.today if scene.first <= scene.today <= scene.last else scene.first

    # -- what each grid says -----------------------------------------------------------------------
    def day_anchor(self, day: date) -> QRect | None:
        """Where `day` is drawn (the keyboard's context menu opens there)."""
        raise NotImplementedError

    def context_at(self, pos: QPoint) -> tuple[date, Chip | None, DayMarker | None] | None:
        """The day under `pos`, and the post or the marker there, if any; None: no day there."""
        raise NotImplementedError

    def target_at(self, pos: QPoint | QPointF, dragged: DraggedDraft) -> Any | None:
        """Where `dragged` lands when dropped at `pos` (a day; a day and a time), None: nowhere."""
        raise NotImplementedError

    def request_drop(self, dragged: DraggedDraft, target: Any) -> None:
        """Select where `dragged` was dropped and ask for the replanning that dropping it on `target`
        means."""
        raise NotImplementedError

    # -- dragging a post out ------------------------------------------------------------------------
    def press(self, event: QMouseEvent, day: date | None, hit: tuple[QRect, Chip] | None) -> None:
        """A click on `day` (on the post `hit`, where it is drawn): select them, and hold the post
        so that moving the mouse far enough drags it."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if day is not None:
            self.select(day, hit[1].draft_id if hit else None)
        left = event.button() == Qt.MouseButton.LeftButton
        self._press = (event.position().toPoint(), hit[1], hit[0]) if hit and left else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        origin, chip, rect = self._press
        if (event.position().toPoint() - origin).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        if chip.movable:
            self.drag(chip, rect, origin)

    def drag(self, chip: Chip, rect: QRect, origin: QPoint) -> None:
        """Drag `chip`, drawn at `rect`, held at `origin`."""
        start_drag(self, chip, rect, origin - rect.topLeft())

    # -- the drop preview and the drop -------------------------------------------------------------
    def show_drop(self, target: Any) -> None:
        """Show where the dragged draft would land."""
        if target != self.drop_preview:
            self.drop_preview = target
            self.update()

    def clear_drop(self) -> None:
        """The drag left: forget its preview."""
        self.drop_preview = None

    def drop_at(self, pos: QPoint | QPointF, mime: QMimeData) -> bool:
        """A draft dropped at `pos`: ask for the replanning it means; False when it means none."""
        self.clear_drop()
        self.update()
        dragged = read_draft_mime(mime)
        target = self.target_at(pos, dragged) if dragged is not None else None
        if dragged is None or target is None:
            return False
        self.request_drop(dragged, target)
        return True

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

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        if self.keyboard_context(event):
            return
        found = self.context_at(event.pos())
        if found is None:
            return
        day, chip, marker = found
        self.select(day, chip.draft_id if chip else None)
        self.context_requested.emit(ContextRequest(day, chip, marker, event.globalPos()))

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
