"""The Sources section: three tabs over the current client's monitoring.

Sources (bookmarks), Feeds (the offline reader) and Press review (the weekly revue de presse).
The tabs never call each other: they share the database and refresh from `ctx.runner.changed`
(a star in the reader shows up in the review builder that way).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.sources.feeds_tab import FeedsTab
from cmtoolbox.gui.sources.review_tab import ReviewTab
from cmtoolbox.gui.sources.sources_tab import SourcesTab
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.search import SearchHit

TAB_KEY = "ui/sources_tab"


class SourcesPage(QWidget):
    SOURCES, FEEDS, REVIEW = range(3)

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clients = clients
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
        for index, shortcut in ((self.SOURCES, "Ctrl+Shift+1"), (self.FEEDS, "Ctrl+Shift+2"),
                                (self.REVIEW, "Ctrl+Shift+3")):  # fmt: skip
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(act)

        self.empty = EmptyState(
            icon("sources"),
            self.tr("No client selected"),
            self.tr("Create or choose a client in the sidebar to follow their sources and feeds."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        clients.current_changed.connect(self._on_client_changed)
        self._on_client_changed(clients.current)

    def _on_client_changed(self, client: Client | None) -> None:
        self.stack.setCurrentIndex(0 if client is None else 1)
        client_id = client.id if client is not None else None
        for tab in (self.sources_tab, self.feeds_tab, self.review_tab):
            tab.set_client(client_id)

    def open_hit(self, hit: SearchHit) -> None:
        """Show a hit of the global search: a source selected in its list, or a feed item open
        in the reader (the main window calls this after switching client and section)."""
        self.ctx.tasks.spawn(self.show_hit(hit))

    async def show_hit(self, hit: SearchHit) -> None:
        if hit.kind == "sources":
            self.tabs.setCurrentIndex(self.SOURCES)
            tab = self.sources_tab
            tab.search.clear()
            tab.kind_filter.setCurrentIndex(0)
            tab.tag_filter.setCurrentIndex(0)
            tab.status_filter.setCurrentIndex(0)
            await tab.reload()
            tab.select_ids([hit.id])
            tab.table.setFocus()
        elif hit.kind == "feed_items":
            self.tabs.setCurrentIndex(self.FEEDS)
            feeds = self.feeds_tab
            feeds.search.clear()
            feeds.unread_only.setChecked(False)
            await feeds.reload_feeds()
            feeds.select_node("feed", hit.extra.get("feed_id"))
            await feeds.reload_items()
            if not feeds.select_item(hit.id):
                await feeds.open_item(hit.id)
            feeds.items.setFocus()

    async def reload(self) -> None:
        """Load every tab for the current client (tests, and the first show)."""
        client = self.clients.current
        self._on_client_changed(client)
        if client is not None:
            await self.sources_tab.reload()
            await self.feeds_tab.reload()
            await self.review_tab.reload()
