"""Which page each sidebar section shows: one line per feature.

A section's module is imported only when the window builds its page, so a feature's code (and
what it imports) loads on demand. Every page is a `SectionPage` built as `Page(ctx, clients)`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from cmtoolbox.storage.entities import Entity

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cmtoolbox.gui.clients import ClientSwitcher
    from cmtoolbox.gui.context import AppContext

PageFactory = Callable[["AppContext", "ClientSwitcher"], "QWidget"]

HIT_SECTIONS: dict[str, str] = {
    Entity.NOTES: "notes",
    Entity.SOURCES: "sources",
    Entity.FEED_ITEMS: "sources",
    Entity.PRESS_REVIEWS: "sources",
    Entity.DRAFTS: "drafts",
    Entity.POST_METRICS: "results",
    Entity.MEDIA: "library",
    Entity.ACCOUNTS: "accounts",
}
"""Which section opens a record of each kind (a search hit, a dashboard entry), known without building
the page; each page's `hit_kinds` says the same (tested)."""

PAGES = {  # section key -> "module:Class"
    "dashboard": "cmtoolbox.gui.dashboard.page:DashboardPage",
    "notes": "cmtoolbox.gui.notes.page:NotesPage",
    "sources": "cmtoolbox.gui.sources.page:SourcesPage",
    "drafts": "cmtoolbox.gui.drafts.page:DraftsPage",
    "results": "cmtoolbox.gui.results.page:ResultsPage",
    "library": "cmtoolbox.gui.library.page:LibraryPage",
    "accounts": "cmtoolbox.gui.accounts.page:AccountsPage",
}


def _factory(target: str) -> PageFactory:
    module, _sep, name = target.partition(":")

    def build(ctx: AppContext, clients: ClientSwitcher) -> QWidget:
        page_class = getattr(importlib.import_module(module), name)
        return page_class(ctx, clients)  # type: ignore[no-any-return]

    return build


def page_factories() -> dict[str, PageFactory]:
    return {key: _factory(target) for key, target in PAGES.items()}
