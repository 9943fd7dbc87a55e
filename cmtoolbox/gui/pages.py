"""Which widget each sidebar section shows. Features add one entry each when their page lands.

Imports happen inside the factories so that a section's code loads only when the window builds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cmtoolbox.gui.clients import ClientSwitcher
    from cmtoolbox.gui.context import AppContext

PageFactory = Callable[["AppContext", "ClientSwitcher"], "QWidget"]


def page_factories() -> dict[str, PageFactory]:
    factories: dict[str, PageFactory] = {}
    # One entry per feature, e.g.:
    # def notes(ctx, clients):
    #     from cmtoolbox.gui.notes.page import NotesPage
    #     return NotesPage(ctx, clients)
    # factories["notes"] = notes

    def drafts(ctx, clients):  # noqa: ANN001, ANN202
        from cmtoolbox.gui.drafts.page import DraftsPage

        return DraftsPage(ctx, clients)

    factories["drafts"] = drafts

    def accounts(ctx, clients):  # noqa: ANN001, ANN202
        from cmtoolbox.gui.accounts.page import AccountsPage

        return AccountsPage(ctx, clients)

    factories["accounts"] = accounts

    def library(ctx, clients):  # noqa: ANN001, ANN202
        from cmtoolbox.gui.library.page import LibraryPage

        return LibraryPage(ctx, clients)

    factories["library"] = library

    def sources(ctx, clients):  # noqa: ANN001, ANN202
        from cmtoolbox.gui.sources.page import SourcesPage

        return SourcesPage(ctx, clients)

    factories["sources"] = sources

    def notes(ctx, clients):  # noqa: ANN001, ANN202
        from cmtoolbox.gui.notes.page import NotesPage

        return NotesPage(ctx, clients)

    factories["notes"] = notes
    return factories
