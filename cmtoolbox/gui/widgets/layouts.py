"""Box layouts written as what they hold: `hbox(label, None, button)` instead of five `add*` calls.

An item is a widget, a layout, a `(widget or layout, stretch)` pair, an int (fixed spacing in pixels) or None
(a stretch that takes the free room). `stacked` is the same for the panes shown one at a time,
`scrolling` for a column taller than the room it gets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

Item = QWidget | QLayout | tuple[QWidget | QLayout, int] | int | None


def _fill(box: QBoxLayout, items: tuple[Item, ...], margins: int | None) -> None:
    if margins is not None:
        box.setContentsMargins(margins, margins, margins, margins)
    for item in items:
        if item is None:
            box.addStretch(1)
        elif isinstance(item, int):
            box.addSpacing(item)
        elif isinstance(item, tuple):
            if isinstance(item[0], QLayout):
                box.addLayout(item[0], item[1])
            else:
                box.addWidget(item[0], item[1])
        elif isinstance(item, QLayout):
            box.addLayout(item)
        else:
            box.addWidget(item)


def hbox(*items: Item, parent: QWidget | None = None, margins: int | None = None) -> QHBoxLayout:
    box = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _fill(box, items, margins)
    return box


def vbox(*items: Item, parent: QWidget | None = None, margins: int | None = None) -> QVBoxLayout:
    box = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _fill(box, items, margins)
    return box


def stacked(*pages: QWidget, name: str = "") -> QStackedWidget:
    """One of `pages` at a time, the first shown: an empty state first, then what it stands for.
    A stack, not hide/show, so the pane keeps its size whichever page is up."""
    stack = QStackedWidget()
    if name:
        stack.setObjectName(name)
    for page in pages:
        stack.addWidget(page)
    return stack


def scrolling(content: QWidget, *, name: str = "", sideways: bool = True) -> QScrollArea:
    """`content` in a frameless scroll area that gives it the full width (`sideways=False`: never a
    horizontal scroll bar, the content wraps instead)."""
    scroll = QScrollArea()
    if name:
        scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll
