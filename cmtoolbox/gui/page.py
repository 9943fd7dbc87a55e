"""The page contract: what every sidebar section offers the main window.

The main window owns the shortcuts that must work wherever a section is shown (Ctrl+N creates the
section's kind of item even after a click in the sidebar moved the focus away), the one undo stack
and the status bar; it asks the current page through this small interface instead of knowing
each page's internals. A page refreshes itself from `on_changes` (the runner's broadcast), skipping
changes it initiated itself (`changes.by(self)`), and gets every shared service from `ctx`.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cmtoolbox.gui.clients import ClientSwitcher
    from cmtoolbox.gui.context import AppContext
    from cmtoolbox.storage.changes import Changes
    from cmtoolbox.storage.search import SearchHit


class SectionPage(QWidget):
    """Base of the sidebar sections. Subclasses override what applies to them."""

    #: kinds of global-search hits (`SearchHit.kind`) this page opens
    hit_kinds: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clients = clients
        ctx.runner.changed.connect(self.on_changes)

    def new_item_text(self) -> str:
        """The File ▸ New entry for this section ("New note"...), or "" when it creates nothing."""
        return ""

    def new_item(self) -> None:
        """Create this section's kind of item (Ctrl+N)."""

    def open_hit(self, hit: SearchHit) -> Awaitable[Any] | None:
        """Show a global-search hit of one of `hit_kinds`."""
        return None

    def flush(self) -> bool | None:
        """Save what is being edited now (closing, quitting). False keeps the window open."""
        return None

    def on_changes(self, changes: Changes) -> None:
        """Refresh from a database change (once per operation)."""
