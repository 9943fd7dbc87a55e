"""Buttons and choice boxes built one way: what they say, what they do, the name they are found by.

A page's buttons (Save, Delete, Archive…) and filter boxes (Order, Tag, Network…) were each
written as three to six lines; these helpers say them in one. A click calls the slot without Qt's
`checked` argument, so a method with defaults or a signal's `emit` can be given as is; an empty
name or tip leaves Qt's default (none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPushButton, QToolButton

Button = TypeVar("Button", bound=QAbstractButton)


def _wired(button: Button, name: str, tip: str, slot: Callable[[], object] | None) -> Button:
    button.setObjectName(name)
    button.setToolTip(tip)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


def push_button(
    text: str, slot: Callable[[], object] | None = None, *, name: str = "", tip: str = ""
) -> QPushButton:
    """A button reading `text` (with its &-mnemonic) calling `slot()` when clicked."""
    return _wired(QPushButton(text), name, tip, slot)


def tool_button(
    text: str, slot: Callable[[], object] | None = None, *, name: str = "", tip: str = ""
) -> QToolButton:
    """A flat tool-bar button reading `text`, calling `slot()` when clicked."""
    button = QToolButton()
    button.setText(text)
    return _wired(button, name, tip, slot)


def combo_box(
    name: str,
    choices: Iterable[tuple[str, object]] = (),
    *,
    accessible_name: str = "",
    on_activated: Callable[[], object] | None = None,
) -> QComboBox:
    """A drop-down named `name` offering `choices` (label, value); `accessible_name` is what a screen
    reader says when no label stands beside it; `on_activated()` when the user picks a choice."""
    combo = QComboBox()
    combo.setObjectName(name)
    if accessible_name:
        combo.setAccessibleName(accessible_name)
    for label, value in choices:
        combo.addItem(label, value)
    if on_activated is not None:
        combo.activated.connect(lambda _index: on_activated())
    return combo


def search_box(name: str, placeholder: str, *, accessible_name: str = "") -> QLineEdit:
    """A search or filter field named `name`, with its clear button; `placeholder` says what it
    searches (and its shortcut), `accessible_name` what a screen reader calls it."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    edit.setClearButtonEnabled(True)
    return edit
