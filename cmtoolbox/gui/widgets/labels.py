"""Labels every page needs: the greyed sentence that stands where content will appear, and the bold
titles of pages, panels and editors (one way to make them, so they stay alike)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def placeholder_label(name: str, text: str = "") -> QLabel:
    """A centred, greyed, wrapped sentence ("Select an item to see its details")."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    label.setMargin(24)
    return label


def wrapped_label(text: str = "", name: str = "", *, rich: bool = False, selectable: bool = False) -> QLabel:
    """A label that wraps its sentence to the width it is given (an intro, a hint, a problem);
    `rich`: its text is HTML; `selectable`: the mouse can select it (to copy a path, an error)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def embolden(widget: QWidget, scale: float = 1.0) -> None:
    """Set `widget`'s font bold and `scale` times its size (a title above the text it names)."""
    font = widget.font()
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)


def heading_label(name: str, text: str = "", scale: float = 1.0) -> QLabel:
    """A bold title named `name`, `scale` times the normal size (1.4: a section's heading)."""
    label = QLabel(text)
    label.setObjectName(name)
    embolden(label, scale)
    return label
