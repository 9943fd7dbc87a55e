"""Section commands built one way: window-wide shortcuts and the "⋯" button of extra actions.

A section (drafts, notes, library) is a page of the main window. Its shortcuts are window-wide
(`WindowShortcut`) so they work right after a click in the sidebar moved the focus out of the page;
Qt ignores the shortcuts of a hidden widget, so they only fire while that section is shown. The
action must be added to the page for that, which `window_action` does whenever a shortcut is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget


def window_action(
    owner: QWidget,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    *,
    checkable: bool = False,
    tip: str | None = None,
    slot: Callable[[], Any] | None = None,
) -> QAction:
    """An action of `owner` whose `shortcut` (if any) fires anywhere in the window while `owner`
    is shown; `slot` (if any) is called without the `checked` argument."""
    action = QAction(text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        owner.addAction(action)
    action.setCheckable(checkable)
    if tip:
        action.setToolTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def more_button(
    toolbar: QToolBar, groups: Iterable[Sequence[QAction]], label: str, name: str = ""
) -> QToolButton:
    """A "⋯" button, added at the end of `toolbar`, opening a menu of the rarer actions, `groups`
    split by separators; `label` is its (translated) tooltip and accessible name, since "⋯" says
    nothing to a screen reader."""
    menu = QMenu(toolbar)
    for group in groups:
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addActions(list(group))
    button = QToolButton()
    if name:
        button.setObjectName(name)
    button.setText("⋯")
    button.setToolTip(label)
    button.setAccessibleName(label)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    toolbar.addWidget(button)
    return button
