"""Labels every page needs: the greyed sentence that stands where content will appear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def placeholder_label(name: str, text: str = "") -> QLabel:
    """A centred, greyed, wrapped sentence ("Select an item to see its details")."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    label.setMargin(24)
    return label
