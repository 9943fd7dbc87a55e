"""The common start of the two-line list rows (notes, drafts): background, colours and geometry.

Each delegate draws its own content; what it needs first is always the same: the item's
background drawn by the style (selection, hover), the text and muted colours for that state, the
content rectangle inside the margin, and a smaller font for the secondary texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


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
