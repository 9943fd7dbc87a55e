"""Box layouts written as what they hold: `hbox(label, None, button)` instead of five `add*` calls.

An item is a widget, a layout, a `(widget, stretch)` pair, an int (fixed spacing in pixels) or None
(a stretch that takes the free room).
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

Item = QWidget | QLayout | tuple[QWidget, int] | int | None


def _fill(box: QBoxLayout, items: tuple[Item, ...], margins: int | None) -> None:
    if margins is not None:
        box.setContentsMargins(margins, margins, margins, margins)
    for item in items:
        if item is None:
            box.addStretch(1)
        elif isinstance(item, int):
            box.addSpacing(item)
        elif isinstance(item, tuple):
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
