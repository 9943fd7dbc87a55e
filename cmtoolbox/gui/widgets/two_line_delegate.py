"""The common start of the two-line list rows (notes, drafts): background, colours and geometry.

Each delegate draws its own content; what it needs first is always the same: the item's
background drawn by the style (selection, hover), the text and muted colours for that state, the
content rectangle inside the margin, and a smaller font for the secondary texts. `TwoLineDelegate`
does that for a row's summary (`SUMMARY_ROLE`) and its size, so a list only says what it draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cmtoolbox.gui.widgets.lazy_list import SUMMARY_ROLE, Index


@dataclass
class RowCanvas:
    """Where and with what a row's content is drawn."""

    opt: QStyleOptionViewItem
    selected: bool
    text: QColor
    muted: QColor
    rect: QRect  # inside the margin
    metrics: QFontMetrics
    line: int  # the height of a line of the item's font
    small: QFont
    small_metrics: QFontMetrics


def begin_row(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
    margin: int,
    small_scale: float,
) -> RowCanvas:
    """Draw the row's background (without its text) and return what its content is drawn with."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    style = opt.widget.style() if opt.widget else QApplication.style()
    opt.text = ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    selected = bool(opt.state & QStyle.StateFlag.State_Selected)
    palette = opt.palette
    highlighted = QPalette.ColorRole.HighlightedText
    text = palette.color(highlighted if selected else QPalette.ColorRole.Text)
    muted = palette.color(highlighted if selected else QPalette.ColorRole.PlaceholderText)
    metrics = QFontMetrics(opt.font)
    small = QFont(opt.font)
    small.setPointSizeF(max(7.0, opt.font.pointSizeF() * small_scale))
    return RowCanvas(
        opt=opt,
        selected=selected,
        text=text,
        muted=muted,
        rect=opt.rect.adjusted(margin, margin, -margin, -margin),
        metrics=metrics,
        line=metrics.height(),
        small=small,
        small_metrics=QFontMetrics(small),
    )


def bold_font(font: QFont) -> QFont:
    """`font`, bold: the rows' titles."""
    bold = QFont(font)
    bold.setBold(True)
    return bold


def draw_elided(
    painter: QPainter, rect: QRect, text: str, metrics: QFontMetrics, *, right: bool = False
) -> None:
    """`text` on one line in `rect` (left- or right-aligned, centred vertically), cut with "…" when
    it does not fit; `metrics` are those of the painter's font."""
    align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)


class TwoLineDelegate(QStyledItemDelegate):
    """A list row of two lines drawn from the item's summary (`SUMMARY_ROLE`); an item without one
    (a placeholder) is drawn by the style. Subclasses draw in `paint_row`, inside save/restore."""

    MARGIN = 6
    WIDTH = 200  # the width hint
    LINE_GAP = 2  # between the two lines, beside the font's leading
    SMALL_SCALE = 0.9  # the secondary texts' size

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        metrics = QFontMetrics(option.font)
        return QSize(self.WIDTH, metrics.height() * 2 + metrics.leading() + self.MARGIN * 2 + self.LINE_GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary = index.data(SUMMARY_ROLE)
        if summary is None:
            super().paint(painter, option, index)
            return
        row = begin_row(self, painter, option, index, self.MARGIN, self.SMALL_SCALE)
        painter.save()
        try:
            self.paint_row(painter, row, summary)
        finally:
            painter.restore()

    def paint_row(self, painter: QPainter, row: RowCanvas, summary: Any) -> None:
        raise NotImplementedError
