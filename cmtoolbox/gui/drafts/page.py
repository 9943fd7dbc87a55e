"""The Drafts section ("Brouillons"): the drafts list beside the editor, or the editorial calendar.

This class is the view: it lays out the toolbar (`DraftsCommands`), the list (`DraftsListPanel`),
the editor (`DraftEditor`) and the calendar, and answers the main window through the page
contract. The open draft and its autosave live in `DraftController`, what is done to it in
`DraftActions` and `PublishFlow`, what is done to a multi-selection in `DraftListActions`.

The calendar (`gui/drafts/calendar.py`) and the proof for the client (`gui/drafts/bat.py`) are
imported when first used, and the section works without them (an empty state, a status message).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from typing import Any, ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.commands import DraftsCommands
from cmtoolbox.gui.drafts.dictionary_dialog import DictionaryDialog
from cmtoolbox.gui.drafts.editor import DraftEditor
from cmtoolbox.gui.drafts.editor_actions import DraftActions
from cmtoolbox.gui.drafts.editor_controller import DraftController
from cmtoolbox.gui.drafts.list_actions import DraftListActions
from cmtoolbox.gui.drafts.list_panel import DraftsListPanel
from cmtoolbox.gui.drafts.list_trash import DraftsTrashDialog
from cmtoolbox.gui.drafts.publish import PublishFlow
from cmtoolbox.gui.drafts.snippets_dialog import SnippetsDialog
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.page import RecordPage
from cmtoolbox.gui.widgets.layouts import stacked, vbox
from cmtoolbox.gui.widgets.spell_languages_button import short_codes
from cmtoolbox.gui.widgets.splitters import remember_splitter, splitter
from cmtoolbox.ops import spelling as spelling_ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.drafts import Draft
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.search import SearchHit

log = logging.getLogger(__name__)


def _optional(module: str, name: str) -> Any:
    """`cmtoolbox.gui.drafts.<module>.<name>`, or None while that part of the section is absent."""
    try:
        found = importlib.import_module(f"cmtoolbox.gui.drafts.{module}")
    except ModuleNotFoundError as error:
        if error.name != f"cmtoolbox.gui.drafts.{module}":
            raise  # the module is there but broken: say so
        return None
    return getattr(found, name, None)


class DraftsPage(RecordPage):
    hit_kinds: ClassVar[frozenset[str]] = frozenset({Entity.DRAFTS})

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, parent)
        self.setObjectName("draftsPage")
        self.commands = DraftsCommands(self)
        self.list_panel = DraftsListPanel(ctx)
        self.editor = DraftEditor(ctx)
        self.empty = EmptyState(
            icon("drafts"),
            self.tr("No draft open"),
            self.tr("Pick a draft in the list, or create one with Ctrl+N."),
        )
        self.center = stacked(self.empty, self.editor, name="draftsCenter")
        self.splitter = splitter("draftsSplitter", self.list_panel, self.center)
        remember_splitter(self.splitter, ctx.prefs, "drafts/list", (350, 760), (0, 1))
        self.calendar: QWidget | None = None
        self.views = stacked(self.splitter, name="draftsViews")
        vbox(self.commands.toolbar, (self.views, 1), parent=self, margins=0)
        self.dictionary_dialog: DictionaryDialog | None = None
        self.snippets_dialog: SnippetsDialog | None = None
        self.trash_dialog: DraftsTrashDialog | None = None

        self.editor_controller = self.records = DraftController(self)
        self.draft_actions = DraftActions(self)
        self.publishing = PublishFlow(self)
        self.list_actions = DraftListActions(self)
        self._connect()
        self.update_actions(None)
        self._show_client_languages()
        QTimer.singleShot(0, self.editor_controller.initial_load)

    def _connect(self) -> None:
        commands, actions = self.commands, self.draft_actions
        commands.new.triggered.connect(self.new_item)
        commands.duplicate.triggered.connect(actions.duplicate)
        commands.trash.triggered.connect(actions.trash)
        commands.history.triggered.connect(actions.show_history)
        commands.snippet.triggered.connect(lambda: self.editor.current_snippets_button().popup_menu())
        commands.manage_snippets.triggered.connect(self.open_snippets)
        commands.dictionary.triggered.connect(self.open_dictionary)
        commands.trash_list.triggered.connect(self.open_trash)
        commands.search.triggered.connect(lambda: (self.show_view("list"), self.list_panel.search.setFocus()))
        commands.view_list.triggered.connect(lambda: self.show_view("list"))
        commands.view_calendar.triggered.connect(lambda: self.show_view("calendar"))
        commands.export_bat.triggered.connect(lambda: self._bat("export_bat"))
        commands.record_answers.triggered.connect(lambda: self._bat("record_answers"))
        commands.client_languages.choice_changed.connect(self._on_client_languages)
        self.editor.manage_snippets.connect(self.open_snippets)
        self.editor.spelling.languages_changed.connect(self._show_client_languages)
        self.list_panel.model.total_changed.connect(self._update_empty_state)
        self.clients.current_changed.connect(lambda _c: self._show_client_languages())
        self.list_panel.scope_changed.connect(lambda _every: self._name_clients())

    # -- the page contract -----------------------------------------------------------------------
    def new_item_text(self) -> str:
        return self.tr("New &draft")

    def new_item(self) -> asyncio.Task[Any] | None:
        client = self.clients.current
        if client is None:
            self.ctx.status.show(self.tr("Choose a client first: each draft belongs to a client."))
            return None
        self.show_view("list")
        return self.ctx.tasks.spawn(self.editor_controller.create_and_open(client.id))

    def open_hit(self, hit: SearchHit) -> asyncio.Future[Any] | None:
        return self.open_draft(hit.id) if hit.kind in self.hit_kinds else None

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Entity.CLIENTS):
            self._name_clients()
        self.editor_controller.on_changes(changes)
        dialog = self.dictionary_dialog
        if changes.touches(Entity.DICTIONARY) and dialog is not None and dialog.isVisible():
            self.ctx.tasks.spawn(dialog.reload())
        if changes.touches(Entity.SPELL_LANGUAGES, Entity.SETTINGS):
            self._show_client_languages()

    # -- what other parts ask --------------------------------------------------------------------
    def open_draft(self, draft_id: int) -> asyncio.Future[Any]:
        """Show the list view with this draft in the editor (the calendar, search, other sections)."""
        self.show_view("list")
        return self.editor_controller.open_draft(draft_id)

    @property
    def current_draft(self) -> Draft | None:
        return self.editor_controller.draft

    def show_draft(self, draft: Draft | None) -> None:
        """The controller shows `draft` (None: the empty state)."""
        self.editor.set_save_state("")
        self.center.setCurrentWidget(self.editor if draft else self.empty)
        self.list_panel.select(draft.id if draft else None)
        self.update_actions(draft)

    def update_actions(self, draft: Draft | None) -> None:
        """The open draft's actions, while it is shown (not behind the calendar)."""
        shown = draft is not None and self.views.currentWidget() is self.splitter
        for action in self.commands.draft_actions:
            action.setEnabled(shown)

    def _update_empty_state(self, total: int) -> None:
        if total or self.list_panel.is_filtered() or self.clients.current is None:
            self.empty.set_texts(
                self.tr("No draft open"), self.tr("Pick a draft in the list, or create one with Ctrl+N.")
            )
        else:
            self.empty.set_texts(
                self.tr("No drafts yet"),
                self.tr(
                    "Write a post once, adapt it per network, plan it and get it approved: create a "
                    "draft with Ctrl+N. Posts sent from the press review or a feed item land here too."
                ),
            )

    def _name_clients(self) -> None:
        """The client's name on each row when the list shows every client's drafts."""
        names = self.list_panel.model.client_names  # shared with the row delegate
        names.clear()
        names.update({c.id: c.name for c in self.clients.clients})
        self.list_panel.list.viewport().update()

    # -- views -----------------------------------------------------------------------------------
    def show_view(self, view: str) -> None:
        if view == "calendar":
            self.views.setCurrentWidget(self._calendar_view())
            self.commands.view_calendar.setChecked(True)
        else:
            self.views.setCurrentWidget(self.splitter)
            self.commands.view_list.setChecked(True)
        self.update_actions(self.current_draft)

    @property
    def view(self) -> str:
        return "list" if self.views.currentWidget() is self.splitter else "calendar"

    def _calendar_view(self) -> QWidget:
        if self.calendar is None:
            view = _optional("calendar", "CalendarView") or _optional("calendar_view", "CalendarView")
            if view is not None:
                self.calendar = view(self.ctx, self.clients, self.open_draft, self)
            else:
                self.calendar = EmptyState(
                    icon("drafts"),
                    self.tr("The calendar is on its way"),
                    self.tr("The editorial calendar will show planned and published posts here."),
                )
                self.calendar.setObjectName("draftsCalendarEmpty")
            self.views.addWidget(self.calendar)
        return self.calendar

    def _bat(self, name: str) -> asyncio.Task[Any] | None:
        """Export a proof, or record the client's answers, for the selected drafts (else the open one)."""
        ids = self.list_panel.selected_ids()
        if not ids and self.current_draft is not None:
            ids = [self.current_draft.id]
        if not ids:
            self.ctx.status.show(self.tr("Select the drafts to send to the client first."))
            return None
        entry = _optional("bat", name)
        if entry is None:
            self.ctx.status.show(self.tr("Proofs for the client are not available in this version yet."))
            return None
        flushed = self.autosaver.flush(checkpoint=True)

        async def flow() -> Any:
            await flushed
            return await entry(self.ctx, self, ids)

        return self.ctx.tasks.spawn(flow())

    # -- dialogs ---------------------------------------------------------------------------------
    def _client_name(self, client_id: int | None) -> str:
        return next((c.name for c in self.clients.clients if c.id == client_id), "")

    def open_snippets(self) -> SnippetsDialog | None:
        draft = self.current_draft
        client_id = draft.client_id if draft is not None else self.editor_controller.client_id
        if client_id is None:
            self.ctx.status.show(self.tr("Choose a client first: snippets belong to a client."))
            return None
        self.snippets_dialog = SnippetsDialog(self.ctx, client_id, self._client_name(client_id), self)
        self.ctx.tasks.spawn(self.snippets_dialog.reload())
        self.snippets_dialog.finished.connect(self.snippets_dialog.deleteLater)
        self.snippets_dialog.open()
        return self.snippets_dialog

    def open_trash(self) -> asyncio.Task[Any] | None:
        async def show() -> DraftsTrashDialog:
            dialog = self.trash_dialog = DraftsTrashDialog(self.ctx, self.editor_controller.client_id, self)
            await dialog.reload()
            dialog.open()
            return dialog

        return self.ctx.tasks.spawn(show())

    def open_dictionary(self) -> DictionaryDialog:
        if self.dictionary_dialog is None:
            self.dictionary_dialog = DictionaryDialog(self.ctx, self)
        self.dictionary_dialog.set_client(self.clients.current)
        self.ctx.tasks.spawn(self.dictionary_dialog.reload())
        self.dictionary_dialog.open()
        return self.dictionary_dialog

    # -- the client's spell-check languages ------------------------------------------------------
    def _show_client_languages(self) -> None:
        button = self.commands.client_languages
        spelling = self.editor.spelling
        button.setEnabled(spelling.client_id is not None)
        button.set_state(spelling.app_languages, spelling.client_choice)
        if spelling.client_choice is None:
            tip = self.tr(
                "Spell check follows the application default (Settings): %1. Choose other "
                "languages for this client here."
            )
            button.setToolTip(fill(tip, short_codes(spelling.app_languages)))
        else:
            codes = short_codes(spelling.client_choice) or self.tr("none (no spell check)")
            button.setToolTip(fill(self.tr("Spell-check languages chosen for this client: %1."), codes))

    def _on_client_languages(self, choice: tuple[str, ...] | None) -> None:
        client_id = self.editor.spelling.client_id  # the open draft's client
        if client_id is not None:
            self.ctx.tasks.spawn(
                self.ctx.runner.run(spelling_ops.set_client_languages, client_id, choice, initiator=self)
            )

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self.autosaver.dirty:
            self.autosaver.flush(checkpoint=True)  # leaving the section: save now
        super().hideEvent(event)
