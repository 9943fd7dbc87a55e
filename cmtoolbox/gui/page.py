"""The page contract: what every sidebar section offers the main window.

The main window owns the shortcuts that must work wherever a section is shown (Ctrl+N creates the
section's kind of item even after a click in the sidebar moved the focus away), the one undo stack
and the status bar; it asks the current page through this small interface instead of knowing
each page's internals. A page refreshes itself from `on_changes` (the runner's broadcast), skipping
changes it initiated itself (`changes.by(self)`), and gets every shared service from `ctx`.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cmtoolbox.gui.clients import ClientSwitcher
    from cmtoolbox.gui.context import AppContext
    from cmtoolbox.gui.widgets.autosave import Autosaver
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


class RecordPage(SectionPage):
    """A section that edits one record at a time beside its list (notes, drafts). Its
    `RecordController` (`records`, set by the subclass) saves, opens and reloads; the main window
    and the other sections ask the page, which passes on."""

    records: Any

    def flush(self) -> None:
        self.records.flush()

    async def reload(self) -> None:
        """Load the list for the switcher's current client (and await it)."""
        await self.records.reload()

    @property
    def autosaver(self) -> Autosaver:
        return self.records.autosaver


PageT = TypeVar("PageT", bound=SectionPage)


class PageController(QObject, Generic[PageT]):
    """Base of the controllers and flows a page delegates to (saving, publishing, bulk actions):
    a child of the page, so it lives and dies with it, holding the page and its shared services."""

    def __init__(self, page: PageT) -> None:
        super().__init__(page)
        self._page = page
        self._ctx = page.ctx
