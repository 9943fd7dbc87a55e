"""The Results section ("Résultats"): what the published posts did, for the current client.

A header (the section's title, "Import analytics…") above tabs. The first tab is the quick entry
(`EntryTab`); later features add theirs with `add_tab` ("What worked", "Report"), each tab a
widget that gets `ctx` and `clients` from its own constructor and listens to
`ctx.runner.changed` / `clients.current_changed` itself, like `EntryTab`.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.empty_page import no_client_state
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.page import SectionPage
from cmtoolbox.gui.results.entry import EntryTab
from cmtoolbox.gui.results.importer import ImportFlow
from cmtoolbox.gui.results.report_tab import ReportTab
from cmtoolbox.gui.results.what_worked import WhatWorkedTab
from cmtoolbox.gui.widgets.labels import heading_label
from cmtoolbox.gui.widgets.layouts import hbox, stacked, vbox
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.search import SearchHit

__all__ = ["ResultsPage"]


class ResultsPage(SectionPage):
    hit_kinds: ClassVar[frozenset[str]] = frozenset({Entity.POST_METRICS})

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, parent)
        self.heading = heading_label("resultsHeading", "", 1.4)
        self.import_button = QPushButton(icon("results"), "")
        self.import_button.setObjectName("importAnalyticsButton")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultsTabs")
        self.tabs.setDocumentMode(True)
        self._tab_keys: list[str] = []
        self.entry = EntryTab(ctx, clients)
        self.add_tab(self.entry, "", key="entry")
        self.what_worked = WhatWorkedTab(ctx, clients)
        self.add_tab(self.what_worked, "", key="what_worked")
        self.report = ReportTab(ctx, clients)
        self.add_tab(self.report, "", key="report")
        self.importer = ImportFlow(self)

        content = QWidget()
        vbox(hbox(self.heading, None, self.import_button), (self.tabs, 1), parent=content, margins=12)
        self.no_client = no_client_state("")
        self.stack = stacked(self.no_client, content, name="resultsStack")
        vbox(self.stack, parent=self, margins=0)

        self.import_button.clicked.connect(self.import_analytics)
        clients.current_changed.connect(self._on_client_changed)
        self.retranslate_ui()
        self._on_client_changed(clients.current, reload=False)
        if clients.current is not None:
            ctx.tasks.spawn(self.entry.reload())

    # -- extending -----------------------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str, *, key: str) -> int:
        """Add a tab (after the existing ones); `key` names it for `show_tab`. Returns its index."""
        if key in self._tab_keys:
            raise ValueError(f"a tab {key!r} exists already")
        self._tab_keys.append(key)
        return self.tabs.addTab(widget, title)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self._tab_keys.index(key))

    def tab(self, key: str) -> QWidget:
        widget = self.tabs.widget(self._tab_keys.index(key))
        assert widget is not None
        return widget

    def set_tab_title(self, key: str, title: str) -> None:
        self.tabs.setTabText(self._tab_keys.index(key), title)

    def client_id(self) -> int | None:
        current = self.clients.current
        return current.id if current is not None else None

    # -- texts ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Results"))
        self.import_button.setText(self.tr("&Import analytics…"))
        self.import_button.setToolTip(
            self.tr(
                "Read the figures of your posts from an export of Meta Business Suite, LinkedIn or X "
                "(CSV or Excel)"
            )
        )
        self.set_tab_title("entry", self.tr("Entry"))
        self.set_tab_title("what_worked", self.tr("What worked"))
        self.set_tab_title("report", self.tr("Report"))
        self.no_client.set_texts(
            self.tr("No client selected"),
            self.tr("Create or choose a client to follow the results of their posts."),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # -- the page contract ---------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Each tab refreshes itself from the runner's broadcast."""

    def open_hit(self, hit: SearchHit) -> Awaitable[Any] | None:
        """A published post (a dashboard entry "missing metrics"): its row in the entry grid."""
        if hit.kind not in self.hit_kinds:
            return None
        self.show_tab("entry")
        return self.ctx.tasks.spawn(self.entry.show_post(hit.id))

    def import_analytics(self) -> None:
        self.ctx.tasks.spawn(self.importer.ask_and_import())

    def _on_client_changed(self, client: Client | None, *, reload: bool = True) -> None:
        self.stack.setCurrentIndex(0 if client is None else 1)
