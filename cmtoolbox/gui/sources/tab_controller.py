"""The base of the Sources section's controllers: the flows one tab runs (dialogs, network, named
operations), kept out of the tab's view class."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cmtoolbox.gui.context import AppContext


class TabController(QObject):
    """Owned by its tab (deleted with it); reaches the shared services through `tab.ctx`.

    `dialog` is the dialog the flow is showing, so a test can answer it as a person would.
    Subclasses narrow `tab` to their own tab class with an annotation.
    """

    tab: Any
    ctx: AppContext

    def __init__(self, tab: QWidget) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx = tab.ctx  # type: ignore[attr-defined]
        self.dialog: object | None = None
