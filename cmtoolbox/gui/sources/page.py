"""The Sources section: three tabs over the current client's monitoring.

Sources (bookmarks), Feeds (the offline reader) and Press review (the weekly revue de presse).
The page is the section's side of the page contract (`SectionPage`): File ▸ New (Ctrl+N) creates
the current tab's kind of item, a global-search hit opens in the tab that shows it, and the
runner's broadcast reaches the tabs through `on_changes`. The tabs never call each other: they
share the database and refresh from the broadcast (a star in the reader shows up in the review
builder that way).

Each tab offers `set_client`, `reload`, `new_item` and `open_hit`; `flush` and `on_changes` when
it has them (a tab without `on_changes` listens to the runner itself).
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.empty_page import no_client_state
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.page import SectionPage
from cmtoolbox.gui.sources.feeds_tab import FeedsTab
from cmtoolbox.gui.sources.review_tab import ReviewTab
from cmtoolbox.gui.sources.sources_tab import SourcesTab
from cmtoolbox.gui.widgets.layouts import stacked, vbox
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.search import SearchHit

TAB_KEY = "ui/sources_tab"


class SectionTab(Protocol):
    """What the page asks of each of its tabs (`flush` and `on_changes` are optional)."""

    def set_client(self, client_id: int | None) -> None: ...

    async def reload(self) -> None: ...

    def new_item(self) -> None: ...

    def open_hit(self, hit: SearchHit) -> Awaitable[Any] | None: ...


class SourcesPage(SectionPage):
    SOURCES, FEEDS, REVIEW = range(3)
    hit_kinds: ClassVar[frozenset[str]] = frozenset({Entity.SOURCES, Entity.FEED_ITEMS, Entity.PRESS_REVIEWS})
    _HIT_TABS: ClassVar[dict[str, int]] = {
        Entity.SOURCES: SOURCES,
        Entity.FEED_ITEMS: FEEDS,
        Entity.PRESS_REVIEWS: REVIEW,
    }

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, parent)
        self.sources_tab = SourcesTab(ctx)
        self.feeds_tab = FeedsTab(ctx)
        self.review_tab = ReviewTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sourcesTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sources_tab, icon("sources"), self.tr("Sources"))
        self.tabs.addTab(self.feeds_tab, self.tr("Feeds"))
        self.tabs.addTab(self.review_tab, self.tr("Press review"))
        self.tabs.setTabToolTip(
            self.SOURCES, self.tr("Bookmarked blogs, groups, channels, competitors (Ctrl+Shift+1)")
        )
        self.tabs.setTabToolTip(self.FEEDS, self.tr("Feeds, stored and readable offline (Ctrl+Shift+2)"))
        self.tabs.setTabToolTip(
            self.REVIEW, self.tr("Build and export the weekly press review (Ctrl+Shift+3)")
        )
        try:
            saved = int(str(ctx.prefs.value(TAB_KEY, self.SOURCES)))
        except ValueError:
            saved = self.SOURCES
        self.tabs.setCurrentIndex(saved if 0 <= saved < self.tabs.count() else self.SOURCES)
        self.tabs.currentChanged.connect(lambda index: ctx.prefs.set_value(TAB_KEY, index))
        self.tab_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+Shift+{index + 1}"))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # also after a sidebar click
            act.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(act)
            self.tab_actions.append(act)

        self.empty = no_client_state(
            self.tr("Create or choose a client in the sidebar to follow their sources and feeds."), "sources"
        )
        self.stack = stacked(self.empty, self.tabs)
        vbox(self.stack, parent=self, margins=0)
        clients.current_changed.connect(self._on_client_changed)
        self._on_client_changed(clients.current)

    @property
    def all_tabs(self) -> tuple[SectionTab, ...]:
        """In the order of `SOURCES, FEEDS, REVIEW`."""
        return (self.sources_tab, self.feeds_tab, self.review_tab)

    def _on_client_changed(self, client: Client | None) -> None:
        self.stack.setCurrentIndex(0 if client is None else 1)
        client_id = client.id if client is not None else None
        for tab in self.all_tabs:
            tab.set_client(client_id)

    # -- the page contract -----------------------------------------------------------------------
    def new_item_text(self) -> str:
        index = self.tabs.currentIndex()
        if index == self.FEEDS:
            return self.tr("&Subscribe to a feed…")
        if index == self.REVIEW:
            return self.tr("New press &review")
        return self.tr("New &source…")

    def new_item(self) -> None:
        """Ctrl+N: a source, a subscription or a press review, after the tab shown."""
        if self.clients.current is None:
            self.ctx.status.show(self.tr("Choose or create a client first."))
            return
        self.all_tabs[self.tabs.currentIndex()].new_item()

    def open_hit(self, hit: SearchHit) -> Awaitable[Any] | None:
        """Show a global-search hit in its tab (the main window has switched client and section)."""
        index = self._HIT_TABS.get(hit.kind)
        if index is None:
            return None
        self.tabs.setCurrentIndex(index)
        return self.all_tabs[index].open_hit(hit)

    def flush(self) -> bool | None:
        for tab in self.all_tabs:
            flush = getattr(tab, "flush", None)
            if callable(flush) and flush() is False:
                return False
        return None

    def on_changes(self, changes: Changes) -> None:
        for tab in self.all_tabs:
            forward = getattr(tab, "on_changes", None)
            if callable(forward):
                forward(changes)

    async def reload(self) -> None:
        """Load every tab for the current client (tests, and the first show)."""
        client = self.clients.current
        self._on_client_changed(client)
        if client is not None:
            for tab in self.all_tabs:
                await tab.reload()
