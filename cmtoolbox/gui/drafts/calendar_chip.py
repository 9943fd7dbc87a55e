"""What the calendar grids draw: the scene of the days shown, its entry chips, and dragging a draft.

The controller turns an `ops.calendar` view into a `Scene` once per load (local times in the view's
zone, colours, texts); the month and week grids only lay it out and paint it, so a refresh is
one repaint with the new scene (no widgets torn down and rebuilt, nothing flickers).

A dragged draft travels as `DRAFT_MIME` (its id, and where in the chip it was grabbed, so a drop
in the week view keeps the chip under the pointer where it was picked up); its title rides along
as plain text for other applications.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QMimeData, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QDrag, QDropEvent, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from cmtoolbox.core.schedule import DayMarker
from cmtoolbox.gui.drafts.calendar_style import readable_on
from cmtoolbox.gui.theme import semantic
from cmtoolbox.storage.drafts import DraftSummary

DRAFT_MIME = "application/x-cmtoolbox-draft"
CHIP_RADIUS = 3.0
BAR_WIDTH = 4


@dataclass(frozen=True)
class Badge:
    text: str  # the network's short name ("IG")
    name: str  # its full name, for tooltips and screen readers
    colour: QColor


@dataclass(frozen=True)
class Chip:
    """One post in the calendar, ready to paint."""

    entry: DraftSummary
    local: datetime  # its calendar time in the view's zone
    time_text: str  # "09:00"
    fill: QColor
    bar: QColor  # the left edge: the client's colour with every client shown, else the main colour
    badges: tuple[Badge, ...]
    tooltip: str
    movable: bool  # published posts went out: they stay where they are

    @property
    def draft_id(self) -> int:
        return self.entry.id

    @property
    def title(self) -> str:
        return self.entry.title

    @property
    def prefix(self) -> str:
        return "✓ " if self.entry.status == "published" else ""

    def spoken(self) -> str:
        """What a screen reader says for it."""
        names = ", ".join(b.name for b in self.badges)
        return f"{self.time_text} {self.title}" + (f" ({names})" if names else "")


@dataclass(frozen=True)
class Scene:
    """The days a grid shows, their posts (in time order) and markers (holidays, key dates)."""

    first: date
    last: date
    zone: str
    today: date
    month: int | None = None  # the month a month view is about; its other days are dimmed
    days: dict[date, list[Chip]] = field(default_factory=dict)
    markers: dict[date, list[DayMarker]] = field(default_factory=dict)

    def chips(self, day: date) -> list[Chip]:
        return self.days.get(day, [])

    def find(self, draft_id: int) -> Chip | None:
        for chips in self.days.values():
            for chip in chips:
                if chip.draft_id == draft_id:
                    return chip
        return None


def small_font(font: QFont, delta: float = -1.5) -> QFont:
    smaller = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        smaller.setPointSizeF(max(6.5, size + delta))
    return smaller


def _badges_width(badges: tuple[Badge, ...], metrics: QFontMetrics) -> int:
    return sum(metrics.horizontalAdvance(b.text) + 8 for b in badges)


def paint_badges(painter: QPainter, right: int, top: int, height: int, badges: tuple[Badge, ...]) -> int:
    """Draw the network badges ending at `right`; returns where they start (their left edge)."""
    metrics = painter.fontMetrics()
    x = right - _badges_width(badges, metrics) + 2
    start = x
    for badge in badges:
        width = metrics.horizontalAdvance(badge.text) + 6
        rect = QRect(x, top, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge.colour)
        painter.drawRoundedRect(QRectF(rect), 2.0, 2.0)
        painter.setPen(readable_on(badge.colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge.text)
        x += width + 2
    return start


def paint_dots(painter: QPainter, right: int, middle: int, badges: tuple[Badge, ...], size: int = 6) -> int:
    """The networks as small coloured dots ending at `right` (a narrow chip); returns their left."""
    x = right - len(badges) * (size + 2) + 2
    start = x
    painter.setPen(Qt.PenStyle.NoPen)
    for badge in badges:
        painter.setBrush(badge.colour)
        painter.drawEllipse(x, middle - size // 2, size, size)
        x += size + 2
    return start


def paint_chip(
    painter: QPainter,
    rect: QRect,
    chip: Chip,
    palette: QPalette,
    *,
    selected: bool = False,
    tall: bool = False,
) -> None:
    """One entry: tinted fill, coloured edge, time and title, network badges.

    A `tall` chip (week view) puts the time and badges on the first line and wraps the title
    below; a short one (month view) fits everything on one line, dropping the badges first when
    the title would not show.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(chip.fill)
    painter.drawRoundedRect(QRectF(rect), CHIP_RADIUS, CHIP_RADIUS)
    painter.setBrush(chip.bar)
    painter.drawRoundedRect(QRectF(rect.x(), rect.y(), BAR_WIDTH, rect.height()), 1.5, 1.5)
    if selected:
        pen = painter.pen()
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setColor(palette.color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), CHIP_RADIUS, CHIP_RADIUS)
    text_colour = palette.color(QPalette.ColorRole.Text)
    base_font = painter.font()
    bold = QFont(base_font)
    bold.setBold(True)
    small = small_font(base_font)
    inner = rect.adjusted(BAR_WIDTH + 4, 1, -3, -1)
    time_text = chip.prefix + chip.time_text
    bold_metrics = QFontMetrics(bold)
    small_metrics = QFontMetrics(small)
    if tall:
        line = QRect(inner.x(), inner.y() + 1, inner.width(), bold_metrics.height())
        painter.setFont(small)
        # The time reads whole ("5:00pm", not "5:00|" under the badges): badges when they fit
        # beside it, else dots, else nothing (the tooltip names the networks).
        room = inner.width() - bold_metrics.horizontalAdvance(time_text) - 4
        if room >= _badges_width(chip.badges, small_metrics):
            height = small_metrics.height()
            badges_left = paint_badges(painter, line.right(), line.y() + 1, height, chip.badges)
        elif chip.badges and room >= len(chip.badges) * 8:
            badges_left = paint_dots(painter, line.right(), line.center().y(), chip.badges)
        else:
            badges_left = line.right()
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(line.x(), line.y(), max(0, badges_left - line.x() - 4), line.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            time_text,
        )
        painter.setFont(base_font)
        body = QRect(inner.x(), line.bottom() + 1, inner.width(), inner.bottom() - line.bottom() - 1)
        if body.height() >= painter.fontMetrics().height():
            lines = max(1, body.height() // painter.fontMetrics().lineSpacing())
            text = _elided_lines(chip.title, painter.fontMetrics(), body.width(), lines)
            painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        painter.restore()
        return
    time_width = bold_metrics.horizontalAdvance(time_text + " ")
    painter.setFont(small)
    right = inner.right()
    badges_width = _badges_width(chip.badges, small_metrics)
    if inner.width() - time_width - badges_width >= 48:
        right = paint_badges(painter, inner.right(), inner.y() + 2, inner.height() - 4, chip.badges) - 3
    elif chip.badges and inner.width() - time_width - len(chip.badges) * 8 >= 40:
        right = paint_dots(painter, inner.right(), inner.center().y(), chip.badges) - 3
    painter.setFont(bold)
    painter.setPen(text_colour)
    painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, time_text)
    painter.setFont(base_font)
    title_rect = QRect(
        inner.x() + time_width, inner.y(), max(0, right - inner.x() - time_width), inner.height()
    )
    title = painter.fontMetrics().elidedText(chip.title, Qt.TextElideMode.ElideRight, title_rect.width())
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.restore()


def _elided_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """`text` wrapped on word boundaries into at most `lines` lines of `width`; what does not fit
    ends the last line with an ellipsis."""
    words = text.split()
    out: list[str] = []
    index = 0
    while index < len(words) and len(out) < lines - 1:
        line = words[index]
        index += 1
        while index < len(words) and metrics.horizontalAdvance(f"{line} {words[index]}") <= width:
            line = f"{line} {words[index]}"
            index += 1
        out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    if index < len(words):
        out.append(metrics.elidedText(" ".join(words[index:]), Qt.TextElideMode.ElideRight, width))
    return "\n".join(out)


def paint_marker(
    painter: QPainter, rect: QRect, marker: DayMarker, palette: QPalette, colours: dict[str, QColor]
) -> None:
    """A holiday or key date line: the name in its colour, a star before key dates."""
    painter.save()
    painter.setPen(colours.get(marker.kind, palette.color(QPalette.ColorRole.Text)))
    text = ("★ " if marker.kind == "key_date" else "") + marker.title
    text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()


@dataclass(frozen=True)
class ContextRequest:
    """A right click (or the menu key) on a day, maybe on one of its posts or markers."""

    day: date
    chip: Chip | None
    marker: DayMarker | None
    global_pos: QPoint


def marker_colours(palette: QPalette) -> dict[str, QColor]:
    """Holidays in red, as paper calendars print them; key dates in the link colour."""
    return {"holiday": QColor(semantic(palette).error), "key_date": palette.color(QPalette.ColorRole.Link)}


# -- dragging a draft --------------------------------------------------------------------------------
@dataclass(frozen=True)
class DraggedDraft:
    draft_id: int
    grab_minutes: int = 0  # how far below the chip's top (in minutes of the week view) it was held
    planned: bool = True  # False: from the unplanned list


def draft_mime(draft_id: int, title: str, *, grab_minutes: int = 0, planned: bool = True) -> QMimeData:
    mime = QMimeData()
    payload = {"id": draft_id, "grab": grab_minutes, "planned": planned}
    mime.setData(DRAFT_MIME, json.dumps(payload).encode("utf-8"))
    mime.setText(title)
    return mime


def accept_draft_drag(event: QDropEvent) -> DraggedDraft | None:
    """Accept a drag (entering, moving or dropping) that carries a draft, as a move; refuse any
    other. Returns the dragged draft."""
    dragged = read_draft_mime(event.mimeData())
    if dragged is None:
        event.ignore()
        return None
    event.setDropAction(Qt.DropAction.MoveAction)
    event.accept()
    return dragged


def read_draft_mime(mime: QMimeData | None) -> DraggedDraft | None:
    if mime is None or not mime.hasFormat(DRAFT_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(DRAFT_MIME).data()).decode("utf-8"))
        return DraggedDraft(
            int(payload["id"]), int(payload.get("grab", 0)), bool(payload.get("planned", True))
        )
    except (ValueError, KeyError, TypeError):
        return None


def drag_pixmap(widget: QWidget, chip: Chip, size: QRect, *, tall: bool = False) -> QPixmap:
    """The chip as it looks, to follow the pointer while dragging."""
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setFont(widget.font())
    paint_chip(painter, QRect(0, 0, size.width(), size.height()), chip, widget.palette(), tall=tall)
    painter.end()
    return pixmap


def start_drag(
    widget: QWidget, chip: Chip, rect: QRect, hot_spot: QPoint, *, grab_minutes: int = 0, tall: bool = False
) -> None:
    """Drag `chip` out of `widget` (a move); the drop target asks for the replanning."""
    drag = QDrag(widget)
    drag.setMimeData(draft_mime(chip.draft_id, chip.title, grab_minutes=grab_minutes))
    drag.setPixmap(drag_pixmap(widget, chip, rect, tall=tall))
    drag.setHotSpot(hot_spot)
    drag.exec(Qt.DropAction.MoveAction)
