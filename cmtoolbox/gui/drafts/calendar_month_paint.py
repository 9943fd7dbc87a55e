"""Painting the month grid: the weekday header, ISO week numbers, the day cells with their
number, markers and chips. `MonthGrid` computes the layout (and answers the mouse); these
functions only draw it, so each half stays readable.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette

from cmtoolbox.gui.drafts.calendar_chip import marker_colours, paint_chip, paint_marker, small_font
from cmtoolbox.gui.drafts.calendar_scene import weekday_name
from cmtoolbox.gui.drafts.calendar_style import grid_line

if TYPE_CHECKING:
    from cmtoolbox.gui.drafts.calendar_month import CellLayout, MonthGrid


def paint_month(grid: MonthGrid, painter: QPainter) -> None:
    palette = grid.palette()
    painter.fillRect(grid.rect(), palette.color(QPalette.ColorRole.Base))
    _paint_header(grid, painter, palette)
    if grid.scene is None:
        return
    colours = marker_colours(palette)
    for index, cell in enumerate(grid.cells):
        _paint_cell(grid, painter, palette, cell, colours)
        if index % 7 == 0:
            _paint_week_number(grid, painter, palette, cell)


def _paint_header(grid: MonthGrid, painter: QPainter, palette: QPalette) -> None:
    header = QRect(0, 0, grid.width(), grid.header_height())
    painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    monday = date(2024, 1, 1)  # any Monday
    for col in range(7):
        rect = grid.cell_rect(col)
        painter.drawText(
            QRect(rect.x(), 0, rect.width(), header.height()),
            Qt.AlignmentFlag.AlignCenter,
            weekday_name(monday + timedelta(days=col)),
        )


def _paint_week_number(grid: MonthGrid, painter: QPainter, palette: QPalette, cell: CellLayout) -> None:
    painter.save()
    painter.setFont(small_font(grid.font()))
    painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    rect = QRect(0, cell.rect.y() + 3, grid.gutter() - 4, painter.fontMetrics().height())
    painter.drawText(
        rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(cell.day.isocalendar()[1])
    )
    painter.restore()


def _paint_cell(
    grid: MonthGrid, painter: QPainter, palette: QPalette, cell: CellLayout, colours: dict[str, QColor]
) -> None:
    assert grid.scene is not None
    day, rect = cell.day, cell.rect
    other_month = grid.scene.month is not None and day.month != grid.scene.month
    holiday = any(m.kind == "holiday" for m in grid.scene.markers.get(day, []))
    if other_month:
        background = palette.color(QPalette.ColorRole.Window)
    elif day.weekday() >= 5 or holiday:
        background = palette.color(QPalette.ColorRole.AlternateBase)
    else:
        background = palette.color(QPalette.ColorRole.Base)
    painter.fillRect(rect, background)
    if day == grid.drop_preview:
        drop = palette.color(QPalette.ColorRole.Highlight)
        drop.setAlpha(50)
        painter.fillRect(rect, drop)
    painter.setPen(grid_line(palette))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    _paint_day_number(grid, painter, palette, cell, other_month)
    painter.save()
    painter.setFont(small_font(grid.font()))
    for marker_rect, marker in cell.markers:
        paint_marker(painter, marker_rect, marker, palette, colours)
    painter.restore()
    if other_month:
        painter.setOpacity(0.6)
    for chip_rect, chip in cell.chips:
        paint_chip(painter, chip_rect, chip, palette, selected=chip.draft_id == grid.selected_draft)
    painter.setOpacity(1.0)
    if cell.more is not None:
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        painter.drawText(
            cell.more,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("MonthGrid", "+%n more", "", cell.hidden),
        )
    if day == grid.selected_day:
        grid.paint_focus(painter, rect)


def _paint_day_number(
    grid: MonthGrid, painter: QPainter, palette: QPalette, cell: CellLayout, other_month: bool
) -> None:
    assert grid.scene is not None
    metrics = grid.fontMetrics()
    text = (
        str(cell.day.day)
        if cell.day.day != 1
        else f"1 {QLocale().monthName(cell.day.month, QLocale.FormatType.ShortFormat)}"
    )
    box = QRect(
        cell.rect.x() + 3, cell.rect.y() + 2, metrics.horizontalAdvance(text) + 10, metrics.height() + 2
    )
    painter.save()
    font = QFont(grid.font())
    if cell.day == grid.scene.today:
        font.setBold(True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    elif other_month:
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    else:
        painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.setFont(font)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
