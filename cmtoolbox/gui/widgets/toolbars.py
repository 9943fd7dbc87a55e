"""Toolbars that overflow into a » menu instead of cutting their words.

Tool buttons in a box layout get squeezed when the window is narrow and Qt elides their text in the
middle ("Ouvrir d…vigateur", issue 15). A QToolBar lays its actions out itself and moves those that
do not fit into the menu of its extension button (»), whole: `action_toolbar` builds one from groups
of actions, with separators between the groups and optional widgets at the right end.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget


def action_toolbar(
    name: str,
    groups: Iterable[Sequence[QAction]],
    trailing: Sequence[QWidget] = (),
    parent: QWidget | None = None,
) -> QToolBar:
    """A text-only toolbar named `name` (its object name) holding `groups` of actions, then a stretch
    and the `trailing` widgets (a combo box...)."""
    toolbar = QToolBar(parent)
    toolbar.setObjectName(name)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    for index, group in enumerate(groups):
        if index:
            toolbar.addSeparator()
        toolbar.addActions(list(group))
    if trailing:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        for widget in trailing:
            toolbar.addWidget(widget)
    return toolbar


def overflowing(toolbar: QToolBar) -> list[QAction]:
    """The actions that did not fit and went into the » menu (tests and screenshots check it)."""
    return [
        action
        for action in toolbar.actions()
        if not action.isSeparator()
        and action.isVisible()
        and (toolbar.widgetForAction(action) is None or not toolbar.widgetForAction(action).isVisible())
    ]
