"""The notebook page ("Carnet"): notes list, editor with live preview, backlinks and KPI panel.

This class is the view: it lays out the toolbar (`NotesCommands`), the list (`NotesListPanel`), the
editor and the side panel, keeps the view preferences, and answers the main window through the
page contract. What happens to notes lives in `NotesController` (the open note, its autosave,
trash, pin, move) and the dialog flows in `NoteDialogs`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.library.resolver import media_image_resolver
from cmtoolbox.gui.notes.backlinks import BacklinksPanel
from cmtoolbox.gui.notes.commands import VIEW_MODES, NotesCommands
from cmtoolbox.gui.notes.controller import NotesController
from cmtoolbox.gui.notes.dialogs import NoteDialogs
from cmtoolbox.gui.notes.editor import NoteEditor, ViewMode
from cmtoolbox.gui.notes.kpi_panel import KpiPanel
from cmtoolbox.gui.notes.list_panel import NotesListPanel
from cmtoolbox.gui.page import RecordPage
from cmtoolbox.gui.widgets.layouts import stacked
from cmtoolbox.gui.widgets.splitters import splitter
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.notes import Note, NoteSummary
from cmtoolbox.storage.search import SearchHit

REMOTE_IMAGES_PREF = "notes/remote_images"
VIEW_MODE_PREF = "notes/view_mode"
SPLITTER_PREF = "notes/splitter"
SIDE_PANEL_PREF = "notes/side_panel"


def _flag(value: object, default: bool) -> bool:
    """A boolean preference as QSettings hands it back (a bool, or "true"/"false" from an ini)."""
    if value is None:
        return default
    return value in (True, "true", "1", 1)


class NotesPage(RecordPage):
    hit_kinds: ClassVar[frozenset[str]] = frozenset({Entity.NOTES})

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, parent)
        self.setObjectName("notesPage")
        self.commands = NotesCommands(self)
        self.list_panel = NotesListPanel(ctx)
        self.editor = NoteEditor(ctx=ctx)
        self.editor.preview.spawn = ctx.tasks.spawn
        self.editor.preview.media_resolver = media_image_resolver(ctx.root)
        self.editor.set_remote_images_app(_flag(ctx.prefs.value(REMOTE_IMAGES_PREF), False))

        self.empty = EmptyState(
            icon("notes"),
            self.tr("No note open"),
            self.tr("Pick a note in the list, or create one with Ctrl+N."),
        )
        self.center = stacked(self.empty, self.editor, name="notesCenter")

        self.backlinks = BacklinksPanel()
        self.kpi = KpiPanel(ctx)
        self.side = QTabWidget()
        self.side.setObjectName("notesSide")
        self.side.addTab(self.backlinks, self.tr("Backlinks"))
        self.side.addTab(self.kpi, self.tr("KPI calculator"))
        self.side.setMinimumWidth(220)

        self.splitter = splitter("notesSplitter", self.list_panel, self.center, self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 700, 250])
        self.splitter.setChildrenCollapsible(False)
        saved = ctx.prefs.value(SPLITTER_PREF)
        if saved is not None:
            self.splitter.restoreState(saved)  # type: ignore[arg-type]
        self.splitter.splitterMoved.connect(
            lambda _pos, _index: ctx.prefs.set_value(SPLITTER_PREF, self.splitter.saveState())
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.commands.toolbar)
        layout.addWidget(self.splitter, 1)

        self.controller = self.records = NotesController(self)
        self.dialogs = NoteDialogs(self, self.controller)
        self._connect()
        self.commands.remote_app.setChecked(_flag(ctx.prefs.value(REMOTE_IMAGES_PREF), False))
        self.commands.side.setChecked(_flag(ctx.prefs.value(SIDE_PANEL_PREF), True))
        self.side.setVisible(self.commands.side.isChecked())
        mode = str(ctx.prefs.value(VIEW_MODE_PREF, "split"))
        self.set_view_mode(mode if mode in VIEW_MODES else "split")  # type: ignore[arg-type]
        self.update_actions(None)
        QTimer.singleShot(0, self.controller.initial_load)

    def _connect(self) -> None:
        commands, controller, dialogs = self.commands, self.controller, self.dialogs
        commands.new.triggered.connect(self.new_item)
        commands.template.triggered.connect(dialogs.choose_template)
        commands.delete.triggered.connect(controller.delete_current)
        commands.pin.triggered.connect(controller.set_pinned)
        commands.history.triggered.connect(dialogs.show_history)
        commands.kpi.triggered.connect(self.show_kpi_panel)
        commands.insert_media.triggered.connect(dialogs.insert_from_library)
        commands.save_template.triggered.connect(dialogs.save_as_template)
        commands.trash.triggered.connect(dialogs.show_trash)
        commands.remote_note.triggered.connect(controller.set_remote_images)
        commands.remote_app.triggered.connect(self._on_remote_app_toggled)
        commands.side.triggered.connect(self._on_side_toggled)
        commands.filter_focus.triggered.connect(self.list_panel.focus_filter)
        for mode, action in commands.modes.items():
            action.triggered.connect(lambda _checked=False, m=mode: self.set_view_mode(m))
        self.list_panel.model.total_changed.connect(self._update_empty_state)
        self.list_panel.filters_loaded.connect(self._on_filters_loaded)
        self.editor.internal_link.connect(dialogs.follow_link)
        self.backlinks.open_requested.connect(controller.open_note)
        self.kpi.insert_requested.connect(controller.insert_into_note)

    # -- the page contract -----------------------------------------------------------------------
    def new_item_text(self) -> str:
        return self.tr("New &note")

    def new_item(self) -> None:
        self.controller.new_note()

    def open_hit(self, hit: SearchHit) -> asyncio.Future[Any] | None:
        return self.controller.open_note(hit.id) if hit.kind in self.hit_kinds else None

    def on_changes(self, changes: Changes) -> None:
        self.controller.on_changes(changes)

    # -- what the controller and other sections ask ----------------------------------------------
    def open_note(self, note_id: int) -> asyncio.Future[Any]:
        return self.controller.open_note(note_id)

    @property
    def current_note(self) -> Note | None:
        return self.controller.current_note

    def show_note(self, note: Note | None, backlinks: Sequence[NoteSummary]) -> None:
        """Show `note` (None: the empty state) with the notes linking to it."""
        self.editor.load(note, self.clients.clients)
        self.editor.set_save_state("")
        self.center.setCurrentWidget(self.editor if note else self.empty)
        self.backlinks.show_backlinks(note.title if note else None, backlinks)
        self.list_panel.select(note.id if note else None)
        self.update_actions(note)

    def update_actions(self, note: Note | None) -> None:
        for action in self.commands.note_actions:
            action.setEnabled(note is not None)
        self.commands.pin.setChecked(bool(note and note.pinned))
        self.commands.remote_note.setChecked(bool(note and note.allow_remote_images))

    def _update_empty_state(self, total: int) -> None:
        if total or self.list_panel.is_filtered():
            self.empty.set_texts(
                self.tr("No note open"), self.tr("Pick a note in the list, or create one with Ctrl+N.")
            )
        else:
            self.empty.set_texts(
                self.tr("No notes yet"),
                self.tr(
                    "Briefs, charters, meeting notes and monthly reports: create a note with "
                    "Ctrl+N, or start from a template with Ctrl+Shift+T."
                ),
            )

    def _on_filters_loaded(self, filters: Any) -> None:  # ops.notes.NoteFilters
        self.editor.set_notebooks(filters.notebooks)
        self.editor.tags.set_suggestions(filters.tags)

    # -- view preferences ------------------------------------------------------------------------
    def set_view_mode(self, mode: ViewMode) -> None:
        self.editor.set_view_mode(mode)
        self.commands.modes[mode].setChecked(True)
        self.ctx.prefs.set_value(VIEW_MODE_PREF, mode)

    def show_kpi_panel(self) -> None:
        self.commands.side.setChecked(True)
        self._on_side_toggled(True)
        self.side.setCurrentWidget(self.kpi)
        self.kpi.formula.setFocus()

    def _on_side_toggled(self, checked: bool) -> None:
        self.side.setVisible(checked)
        self.ctx.prefs.set_value(SIDE_PANEL_PREF, checked)

    def _on_remote_app_toggled(self, checked: bool) -> None:
        self.ctx.prefs.set_value(REMOTE_IMAGES_PREF, checked)
        self.editor.set_remote_images_app(checked)
