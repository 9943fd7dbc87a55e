"""Which page each sidebar section shows: one line per feature.

A section's module is imported only when the window builds its page, so a feature's code (and
what it imports) loads on demand. Every page is a `SectionPage` built as `Page(ctx, clients)`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cmtoolbox.gui.clients import ClientSwitcher
    from cmtoolbox.gui.context import AppContext

PageFactory = Callable[["AppContext", "ClientSwitcher"], "QWidget"]

PAGES = {  # section key -> "module:Class"
    "notes": "cmtoolbox.gui.notes.page:NotesPage",
    "sources": "cmtoolbox.gui.sources.page:SourcesPage",
    "drafts": "cmtoolbox.gui.drafts.page:DraftsPage",
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
