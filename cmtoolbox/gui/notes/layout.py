"""Layout shared by the notebook's dialogs that browse a list and show the selected entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget


def list_and_detail(items: QWidget, detail: list[QWidget | QLayout], sizes: tuple[int, int]) -> QSplitter:
    """The list on the left, the parts of the detail stacked on the right; the last part takes
    the height that is left. Neither side can be collapsed away by dragging the handle."""
    right = QWidget()
    column = QVBoxLayout(right)
    column.setContentsMargins(0, 0, 0, 0)
    for index, part in enumerate(detail):
        stretch = 1 if index == len(detail) - 1 else 0
        if isinstance(part, QLayout):
            column.addLayout(part, stretch)
        else:
            column.addWidget(part, stretch)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(items)
    splitter.addWidget(right)
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    return splitter
