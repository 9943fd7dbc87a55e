"""The notebook page ("Carnet"): notes list, editor with live preview, backlinks and KPI panel.

The page owns the open note and its autosave. Every way of leaving the text (another note, another
client, the trash, the history, closing the window) first takes a synchronous snapshot through the
`Autosaver`, so nothing typed is lost; then it loads what comes next. Views refresh themselves from
`ctx.runner.changed`: an autosave refreshes the list and the backlinks, a restored revision
replaces the editor's text.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.library.picker import MediaPickerDialog
from cmtoolbox.gui.library.resolver import media_image_resolver
from cmtoolbox.gui.notes.backlinks import BacklinksPanel
from cmtoolbox.gui.notes.editor import NoteEditor, ViewMode
from cmtoolbox.gui.notes.history import RevisionHistoryDialog
from cmtoolbox.gui.notes.kpi_panel import KpiPanel
from cmtoolbox.gui.notes.list_model import ID_ROLE, NoteItemDelegate, NotesListModel
from cmtoolbox.gui.notes.template_picker import SaveTemplateDialog, TemplateChoice, TemplatePickerDialog
from cmtoolbox.gui.notes.trash_dialog import NotesTrashDialog
from cmtoolbox.gui.notes.undo_bar import UndoBar
from cmtoolbox.gui.widgets.autosave import Autosaver, SaveOp
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.notes import Note, NoteQuery, NoteSummary
from cmtoolbox.storage.search import SearchHit

log = logging.getLogger(__name__)

REMOTE_IMAGES_PREF = "notes/remote_images"
LAST_NOTE_PREF = "notes/last_opened/%1"  # per client id ("shared" when none)
VIEW_MODE_PREF = "notes/view_mode"
SPLITTER_PREF = "notes/splitter"
SIDE_PANEL_PREF = "notes/side_panel"
FILTER_DELAY_MS = 200


def _normal_title(title: str) -> str:
    return " ".join(title.split())


class NotesPage(QWidget):
    note_opened = Signal(object)  # Note | None

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPage")
        self._ctx = ctx
        self._clients = clients
        self._client: Client | None = clients.current
        self._note: Note | None = None
        self._saved: tuple[str, str] | None = None  # the open note's text as stored
        self._open_seq = 0
        self._selecting = False
        self._filters: list[tuple[str, str | None]] = []
        self._reopen_last = False  # after a client switch: reopen the note last open there
        self.last_status = ""

        self.autosaver = Autosaver(ctx.runner, ctx.tasks, self._snapshot, parent=self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        self.autosaver.dirty_changed.connect(self._on_dirty_changed)

        self._build_actions()
        self._build_list_panel()
        self.editor = NoteEditor()
        self.editor.edited.connect(self.autosaver.touch)
        self.editor.tags_edited.connect(self._on_tags_edited)
        self.editor.notebook_edited.connect(self._on_notebook_edited)
        self.editor.owner_changed.connect(self._on_owner_changed)
        self.editor.lookup_requested.connect(self._on_lookup_requested)
        self.editor.internal_link.connect(self.follow_link)
        self.editor.preview.spawn = ctx.tasks.spawn
        self.editor.preview.media_resolver = media_image_resolver(ctx.root)
        self.editor.set_remote_images_app(self._remote_images_app())

        self.empty = EmptyState(
            icon("notes"),
            self.tr("No note open"),
            self.tr("Pick a note in the list, or create one with Ctrl+N."),
        )
        self.center = QStackedWidget()
        self.center.setObjectName("notesCenter")
        self.center.addWidget(self.empty)
        self.center.addWidget(self.editor)

        self.backlinks = BacklinksPanel()
        self.backlinks.open_requested.connect(self.open_note)
        self.kpi = KpiPanel(ctx)
        self.kpi.insert_requested.connect(self.insert_into_note)
        self.side = QTabWidget()
        self.side.setObjectName("notesSide")
        self.side.addTab(self.backlinks, self.tr("Backlinks"))
        self.side.addTab(self.kpi, self.tr("KPI calculator"))
        self.side.setMinimumWidth(220)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 700, 250])
        self.splitter.setChildrenCollapsible(False)
        saved = ctx.prefs.value(SPLITTER_PREF)
        if saved is not None:
            self.splitter.restoreState(saved)  # type: ignore[arg-type]
        self.splitter.splitterMoved.connect(
            lambda _pos, _index: ctx.prefs.set_value(SPLITTER_PREF, self.splitter.saveState())
        )

        self.undo_bar = UndoBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.undo_bar)

        self.side.setVisible(self.side_action.isChecked())
        mode = str(ctx.prefs.value(VIEW_MODE_PREF, "split"))
        self.set_view_mode(mode if mode in ("split", "edit", "preview") else "split")  # type: ignore[arg-type]
        self._update_actions()
        clients.current_changed.connect(self._on_client_changed)
        ctx.runner.changed.connect(self._on_changed)
        self._loaded = False
        # The window is built before the event loop runs: load once it does (or on reload()).
        QTimer.singleShot(0, self._initial_load)

    def _initial_load(self) -> None:
        if not self._loaded:
            self._apply_client(self._clients.current)

    async def reload(self) -> None:
        """Load the list for the switcher's current client (and await it)."""
        self._loaded = True
        self._client = self._clients.current
        self._reopen_last = self._note is None
        self.kpi.set_client(self._client_id())
        await self._reload_filters(reset=True)
        await self._apply_query()

    # -- building ------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: str | QKeySequence | None = None,
        *,
        checkable: bool = False,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New note"), lambda: self.new_note(), "Ctrl+N", tip=self.tr("New note (Ctrl+N)")
        )
        self.new_action.setIcon(icon("notes"))
        self.template_action = self._action(
            self.tr("From &template…"),
            self.choose_template,
            "Ctrl+Shift+T",
            tip=self.tr("New note from a template (Ctrl+Shift+T)"),
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            self.delete_current,
            tip=self.tr("Move this note to the trash (Del in the list)"),
        )
        self.pin_action = self._action(
            self.tr("&Pin"),
            self._on_pin_toggled,
            checkable=True,
            tip=self.tr("Keep this note at the top of the list"),
        )
        self.history_action = self._action(
            self.tr("&History…"),
            self.show_history,
            "Ctrl+Shift+H",
            tip=self.tr("Earlier versions of this note (Ctrl+Shift+H)"),
        )
        self.kpi_action = self._action(
            self.tr("&KPI calculator"),
            self.show_kpi_panel,
            "Ctrl+Shift+K",
            tip=self.tr("Compute a KPI and insert it in the note (Ctrl+Shift+K)"),
        )
        self.insert_media_action = self._action(
            self.tr("Insert from &library…"),
            self.insert_from_library,
            "Ctrl+Shift+I",
            tip=self.tr("Show a picture of the client's library in this note (Ctrl+Shift+I)"),
        )
        self.insert_media_action.setIcon(icon("library"))
        self.save_template_action = self._action(self.tr("&Save as template…"), self.save_as_template)
        self.trash_action = self._action(self.tr("&Trash…"), self.show_trash)
        self.remote_note_action = self._action(
            self.tr("Load remote images in this &note"), self._on_remote_note_toggled, checkable=True
        )
        self.remote_app_action = self._action(
            self.tr("Load remote images in &all notes"), self._on_remote_app_toggled, checkable=True
        )
        self.remote_app_action.setChecked(self._remote_images_app())
        self.side_action = self._action(
            self.tr("Side &panel"), self._on_side_toggled, "Ctrl+Shift+B", checkable=True
        )
        side = self._ctx.prefs.value(SIDE_PANEL_PREF, True)
        self.side_action.setChecked(side not in (False, "false", "0", 0))
        self.filter_focus_action = self._action(self.tr("Filter notes"), self._focus_filter, "Ctrl+Shift+F")

        self.mode_group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for mode, text, shortcut in (
            ("edit", self.tr("Edit"), "Ctrl+Alt+1"),
            ("split", self.tr("Split"), "Ctrl+Alt+2"),
            ("preview", self.tr("Preview"), "Ctrl+Alt+3"),
        ):
            action = self._action(
                text,
                lambda _c=False, m=mode: self.set_view_mode(m),
                shortcut,
                checkable=True,
                tip=self.tr("%1 (%2)").replace("%1", text).replace("%2", shortcut),
            )
            self.mode_group.addAction(action)
            self.mode_actions[mode] = action

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("notesToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.template_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.pin_action, self.history_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in self.mode_actions.values():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.kpi_action)
        self.toolbar.addAction(self.insert_media_action)
        more = QMenu(self)
        for action in (self.save_template_action, self.trash_action):
            more.addAction(action)
        more.addSeparator()
        more.addAction(self.remote_note_action)
        more.addAction(self.remote_app_action)
        more.addSeparator()
        more.addAction(self.side_action)
        self.more_button = QToolButton()
        self.more_button.setText("⋯")
        self.more_button.setToolTip(self.tr("More actions"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_button.setMenu(more)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.more_button)

    def _build_list_panel(self) -> None:
        self.scope = QComboBox()
        self.scope.setObjectName("notesScope")
        self.scope.setAccessibleName(self.tr("Show"))
        self.scope.activated.connect(lambda _i: self._apply_query())
        self.filter = QLineEdit()
        self.filter.setObjectName("notesFilter")
        self.filter.setPlaceholderText(self.tr("Filter notes…"))
        self.filter.setAccessibleName(self.tr("Filter notes"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_query)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())

        self.model = NotesListModel(self._ctx, self)
        self.model.loaded.connect(self._on_list_loaded)
        self.model.total_changed.connect(self._on_total_changed)
        self.list = QListView()
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteItemDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._on_current_row)
        delete_in_list = QAction(self.tr("Delete"), self.list)
        delete_in_list.setShortcut(QKeySequence.StandardKey.Delete)
        delete_in_list.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_in_list.triggered.connect(self.delete_current)
        self.list.addAction(delete_in_list)
        self.count_label = QLabel()
        self.count_label.setObjectName("notesCount")
        self.count_label.setEnabled(False)
        self.list_empty = QLabel()
        self.list_empty.setObjectName("notesListEmpty")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setEnabled(False)
        self.list_empty.hide()

        self.list_panel = QWidget()
        self.list_panel.setObjectName("notesListPanel")
        panel = QVBoxLayout(self.list_panel)
        panel.setContentsMargins(4, 4, 0, 4)
        panel.addWidget(self.scope)
        panel.addWidget(self.filter)
        panel.addWidget(self.list, 1)
        panel.addWidget(self.list_empty, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        panel.addLayout(footer)

    # -- client and list -----------------------------------------------------------------------
    @property
    def current_note(self) -> Note | None:
        return self._note

    @property
    def client(self) -> Client | None:
        return self._client

    def _client_id(self) -> int | None:
        return self._client.id if self._client else None

    def _link_context(self) -> int | None:
        """Whose notes a [[link]] of the open note resolves among: its own client's, or for a
        shared note, the current client's."""
        if self._note is not None and self._note.client_id is not None:
            return self._note.client_id
        return self._client_id()

    def _on_client_changed(self, client: Client | None) -> None:
        if (client.id if client else None) == self._client_id() and self._client == client:
            return
        flushed = self.autosaver.flush(checkpoint=True)  # snapshot the note we leave, now
        self._ctx.tasks.spawn(self._switch_client(client, flushed))

    async def _switch_client(self, client: Client | None, flushed: Any) -> None:
        try:
            await flushed
        except Exception:
            log.exception("saving before a client switch failed; the note stays open")
            self._apply_client(client, keep_note=True)
            return
        self._apply_client(client)

    def _apply_client(self, client: Client | None, *, keep_note: bool = False) -> None:
        self._loaded = True
        self._client = client
        client_id = self._client_id()
        self.kpi.set_client(client_id)
        if not keep_note and self._note is not None and self._note.client_id not in (None, client_id):
            self._show_note(None)
        self._reopen_last = self._note is None
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._ctx.tasks.spawn(self._reload_filters(reset=True))
        self._apply_query()

    def _query(self) -> NoteQuery:
        kind, value = (
            self._filters[self.scope.currentIndex()]
            if 0 <= self.scope.currentIndex() < len(self._filters)
            else ("all", None)
        )
        return NoteQuery(
            client_id=self._client_id(),
            templates=kind == "templates",
            pinned_only=kind == "pinned",
            notebook=value if kind == "notebook" else None,
            tag=value if kind == "tag" else None,
            text=self.filter.text(),
        )

    def _apply_query(self) -> Any:
        self._filter_timer.stop()
        return self.model.set_query(self._query())

    async def _reload_filters(self, *, reset: bool = False) -> None:
        client_id = self._client_id()
        notebooks, tags = await self._ctx.runner.query(
            lambda s: (s.notes.notebooks(client_id), s.notes.tag_names(client_id))
        )
        if client_id != self._client_id():
            return
        current = None if reset or not self._filters else self._filters[max(0, self.scope.currentIndex())]
        self._filters = [("all", None), ("pinned", None), ("templates", None)]
        self._filters += [("notebook", n) for n in notebooks] + [("tag", t) for t in tags]
        self.scope.blockSignals(True)
        try:
            self.scope.clear()
            labels = {
                "all": self.tr("All notes"),
                "pinned": self.tr("Pinned notes"),
                "templates": self.tr("Your templates"),
            }
            for kind, value in self._filters:
                if kind == "notebook":
                    self.scope.addItem(self.tr("Notebook: %1").replace("%1", value or ""))
                elif kind == "tag":
                    self.scope.addItem(f"#{value}")
                else:
                    self.scope.addItem(labels[kind])
            index = self._filters.index(current) if current in self._filters else 0
            self.scope.setCurrentIndex(index)
        finally:
            self.scope.blockSignals(False)
        self.editor.set_notebooks(notebooks)
        self.editor.tags.set_suggestions(tags)
        if current is not None and current not in self._filters:
            self._apply_query()  # the notebook or tag shown no longer exists

    def set_scope(self, kind: str, value: str | None = None) -> None:
        """Show one part of the notebook (used by tests and by the dashboard later)."""
        if (kind, value) in self._filters:
            self.scope.setCurrentIndex(self._filters.index((kind, value)))
            self._apply_query()

    def _on_total_changed(self, total: int) -> None:
        # Two strings, not "%n note(s)": English has no catalogue to pick a plural form from. At
        # 0 the empty state speaks instead, so the French rule (0 takes the singular) never matters.
        if total == 0:
            self.count_label.clear()
        elif total == 1:
            self.count_label.setText(self.tr("1 note"))
        else:
            self.count_label.setText(self.tr("%1 notes").replace("%1", QLocale().toString(total)))
        has = total > 0
        self.list.setVisible(has)
        self.list_empty.setVisible(not has)
        query = self.model.query
        if query.text.strip() or query.tag or query.notebook or query.pinned_only:
            self.list_empty.setText(self.tr("No note matches this filter."))
        elif query.templates:
            self.list_empty.setText(self.tr("No template yet. Use “Save as template…” on a note."))
        else:
            self.list_empty.setText(
                self.tr("No notes yet.\nCreate one with Ctrl+N, or start from a template.")
            )
        heading = self.empty.findChild(QLabel, "emptyTitle")
        text = self.empty.findChild(QLabel, "emptyText")
        if heading is not None and text is not None:
            if (
                has
                or query.templates
                or query.text.strip()
                or query.tag
                or query.notebook
                or query.pinned_only
            ):
                heading.setText(self.tr("No note open"))
                text.setText(self.tr("Pick a note in the list, or create one with Ctrl+N."))
            else:
                heading.setText(self.tr("No notes yet"))
                text.setText(
                    self.tr(
                        "Briefs, charters, meeting notes and monthly reports: create a note with "
                        "Ctrl+N, or start from a template with Ctrl+Shift+T."
                    )
                )

    def _on_list_loaded(self) -> None:
        self._select_in_list(self._note.id if self._note else None)
        if self._reopen_last:
            self._reopen_last = False
            if self._note is None and self.model.rowCount():
                remembered = self._ctx.prefs.value(self._last_note_key())
                first = self.model.summary(0)
                wanted = int(remembered) if str(remembered or "").isdigit() else (first.id if first else None)
                if wanted is not None:
                    self.open_note(wanted)

    def _last_note_key(self) -> str:
        client_id = self._client_id()
        return LAST_NOTE_PREF.replace("%1", str(client_id) if client_id is not None else "shared")

    def _select_in_list(self, note_id: int | None) -> None:
        self._selecting = True
        try:
            row = self.model.row_of(note_id) if note_id is not None else -1
            selection = self.list.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list.scrollTo(index)
        finally:
            self._selecting = False

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        note_id = current.data(ID_ROLE)
        if note_id is not None:
            self.open_note(int(note_id))

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- opening -------------------------------------------------------------------------------
    def open_note(self, note_id: int) -> asyncio.Future[Any]:
        """Open a note, after saving the one on screen. Returns the task (tests await it)."""
        self._open_seq += 1
        if self._note is not None and self._note.id == note_id:
            self._select_in_list(note_id)
            done: asyncio.Future[Any] = asyncio.get_event_loop().create_future()
            done.set_result(self._note)
            return done
        flushed = self.autosaver.flush(checkpoint=True)
        return self._ctx.tasks.spawn(self._open(self._open_seq, note_id, flushed))

    async def _open(self, seq: int, note_id: int, flushed: Any) -> Note | None:
        try:
            await flushed
        except Exception:
            return None  # the save failed (and was reported): keep that text on screen
        try:
            note, backlinks = await self._ctx.runner.query(
                lambda s: (s.notes.get(note_id), s.notes.backlinks(note_id))
            )
        except NotFound:
            self._status(self.tr("This note no longer exists."))
            return None
        if seq != self._open_seq:
            return None  # another note was asked for meanwhile
        while self.autosaver.dirty:  # typed in the old note while this one loaded
            try:
                await self.autosaver.flush(checkpoint=True)
            except Exception:
                return None
            if seq != self._open_seq:
                return None
        self._show_note(note, backlinks)
        return note

    def open_hit(self, hit: SearchHit) -> Any:
        """Open a global-search result of this page's kind."""
        if hit.kind == "notes":
            return self.open_note(hit.id)
        return None

    def _show_note(self, note: Note | None, backlinks: list[NoteSummary] | None = None) -> None:
        """Put `note` in the editor. Only called once the previous note is saved."""
        self._note = note
        self._saved = (_normal_title(note.title), note.body) if note else None
        if note is not None:
            self._ctx.prefs.set_value(self._last_note_key(), note.id)
        self.editor.load(note, self._clients.clients)
        self.autosaver.reset()
        self.editor.set_save_state("")
        self.center.setCurrentWidget(self.editor if note else self.empty)
        self.backlinks.show_backlinks(note.title if note else None, backlinks or [])
        self._select_in_list(note.id if note else None)
        self._update_actions()
        self.note_opened.emit(note)

    def _update_actions(self) -> None:
        note = self._note
        has = note is not None
        for action in (
            self.delete_action,
            self.pin_action,
            self.history_action,
            self.save_template_action,
            self.remote_note_action,
            self.insert_media_action,
        ):
            action.setEnabled(has)
        self.pin_action.setChecked(bool(note and note.pinned))
        self.remote_note_action.setChecked(bool(note and note.allow_remote_images))

    # -- saving --------------------------------------------------------------------------------
    def _snapshot(self, dirty: bool, checkpoint: bool) -> SaveOp | None:
        note = self._note
        if note is None:
            return None
        note_id = note.id
        title, body = self.editor.current_text()
        if dirty or (_normal_title(title), body) != self._saved:
            return lambda s: s.notes.save(note_id, title=title, body=body, checkpoint=checkpoint)
        if checkpoint:
            return lambda s: s.revisions.seal("notes", note_id)
        return None

    def _on_saved(self, result: object) -> None:
        if isinstance(result, Note) and self._note is not None and result.id == self._note.id:
            self._note = result
            self._saved = (_normal_title(result.title), result.body)
            if not self.autosaver.dirty:
                self.editor.set_save_state(self.tr("Saved"))

    def _on_save_failed(self, exc: object) -> None:
        self.editor.set_save_state(self.tr("Not saved"))
        self._status(self.tr("The note could not be saved; retrying in a few seconds."))

    def _on_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self.editor.set_save_state(self.tr("Editing…"))

    def flush(self) -> None:
        """Save now and wait: the main window calls this on every close path."""
        self.autosaver.flush_blocking(checkpoint=True)

    # -- refreshing from changes ---------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if not (changes.touches("notes") or changes.touches("tags")):
            return
        self.model.refresh()
        self._ctx.tasks.spawn(self._reload_filters())
        if self._note is not None:
            self.editor.refresh_links()
            self._ctx.tasks.spawn(self._refresh_current(self._note.id))

    async def _refresh_current(self, note_id: int) -> None:
        try:
            note, backlinks = await self._ctx.runner.query(
                lambda s: (s.notes.get(note_id), s.notes.backlinks(note_id))
            )
        except NotFound:
            note, backlinks = None, []
        if self._note is None or self._note.id != note_id:
            return
        if note is None or note.deleted_at is not None:
            self._show_note(None)
            return
        self._note = note
        self.editor.update_meta(note, self._clients.clients)
        stored = (_normal_title(note.title), note.body)
        if stored != self._saved and not self.autosaver.dirty:
            # Changed underneath (a restored revision): show the stored text.
            self._saved = stored
            self.editor.replace_text(note.title, note.body)
        self.backlinks.show_backlinks(note.title, backlinks)
        self._update_actions()

    def _on_lookup_requested(self, keys: set[str]) -> None:
        self._ctx.tasks.spawn(self._lookup(set(keys), self._link_context()))

    async def _lookup(self, keys: set[str], client_id: int | None) -> None:
        found = await self._ctx.runner.query(lambda s: s.notes.existing_keys(keys, client_id=client_id))
        self.editor.set_link_status(found, keys - found)

    # -- actions -------------------------------------------------------------------------------
    def new_note(
        self,
        title: str = "",
        body: str = "",
        *,
        tags: tuple[str, ...] = (),
        notebook: str = "",
        client_id: Any = "current",
    ) -> asyncio.Task[Any]:
        owner = self._client_id() if client_id == "current" else client_id
        return self._ctx.tasks.spawn(self._create_and_open(owner, title, body, tags, notebook))

    async def _create_and_open(
        self, client_id: int | None, title: str, body: str, tags: tuple[str, ...], notebook: str
    ) -> Note | None:
        note = await self._ctx.runner.mutate(
            lambda s: s.notes.create(client_id, title, body, tags=tags, notebook=notebook)
        )
        opened = await self.open_note(note.id)
        if opened is not None:
            (self.editor.body if title else self.editor.title).setFocus()
        return opened

    def choose_template(self) -> asyncio.Task[Any]:
        return self._ctx.tasks.spawn(self._choose_template())

    async def _choose_template(self) -> Note | None:
        client_id = self._client_id()
        templates = await self._ctx.runner.query(lambda s: s.notes.templates(client_id))
        name = self._client.name if self._client else self.tr("All clients")
        dialog = TemplatePickerDialog(self._ctx, name, templates, self)
        self.template_dialog = dialog
        if await ask(dialog) != TemplatePickerDialog.DialogCode.Accepted.value:
            return None
        choice: TemplateChoice | None = dialog.choice()
        if choice is None:
            return None
        return await self._create_and_open(client_id, choice.title, choice.body, choice.tags, choice.notebook)

    def save_as_template(self) -> asyncio.Task[Any] | None:
        if self._note is None:
            return None
        flushed = self.autosaver.flush(checkpoint=False)
        return self._ctx.tasks.spawn(self._save_as_template(self._note, flushed))

    async def _save_as_template(self, note: Note, flushed: Any) -> Note | None:
        await flushed
        dialog = SaveTemplateDialog(self.editor.title.text() or note.title, self)
        self.save_template_dialog = dialog
        if await ask(dialog) != SaveTemplateDialog.DialogCode.Accepted.value:
            return None
        title, shared = dialog.name.text().strip(), dialog.shared.isChecked()
        template = await self._ctx.runner.mutate(
            lambda s: s.notes.save_as_template(note.id, title=title, shared=shared)
        )
        self._status(
            self.tr("Template “%1” saved. Find it under “From template…”.").replace("%1", template.title)
        )
        return template

    def delete_current(self) -> asyncio.Task[Any] | None:
        note = self._note
        if note is None:
            return None
        flushed = self.autosaver.flush(checkpoint=True)
        return self._ctx.tasks.spawn(self._trash(note, flushed))

    async def _trash(self, note: Note, flushed: Any) -> None:
        title = self.editor.title.text() or note.title or self.tr("Untitled")
        await flushed
        await self._ctx.runner.mutate(lambda s: s.notes.move_to_trash(note.id))
        if self._note is not None and self._note.id == note.id:
            self._show_note(None)
        self.undo_bar.offer(
            self.tr("“%1” moved to the trash.").replace("%1", title),
            lambda: self._ctx.tasks.spawn(self._undo_trash(note.id)),
        )

    async def _undo_trash(self, note_id: int) -> None:
        await self._ctx.runner.mutate(lambda s: s.notes.restore_from_trash(note_id))
        await self.open_note(note_id)

    def show_trash(self) -> asyncio.Task[Any]:
        return self._ctx.tasks.spawn(self._show_trash())

    async def _show_trash(self) -> NotesTrashDialog:
        dialog = NotesTrashDialog(self._ctx, self._client_id(), self)
        self.trash_dialog = dialog
        await dialog.reload()
        dialog.open()
        return dialog

    def show_history(self) -> asyncio.Task[Any] | None:
        if self._note is None:
            return None
        flushed = self.autosaver.flush(checkpoint=True)
        return self._ctx.tasks.spawn(self._show_history(self._note, flushed))

    async def _show_history(self, note: Note, flushed: Any) -> RevisionHistoryDialog:
        await flushed
        dialog = RevisionHistoryDialog(self._ctx, note.id, note.title, self)
        self.history_dialog = dialog
        await dialog.reload()
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_kpi_panel(self) -> None:
        self.side_action.setChecked(True)
        self._on_side_toggled(True)
        self.side.setCurrentWidget(self.kpi)
        self.kpi.formula.setFocus()

    def insert_into_note(self, markdown: str) -> None:
        if self._note is None:
            self._status(self.tr("Open a note to insert the result."))
            return
        self.editor.insert_markdown(markdown)

    def insert_from_library(self) -> asyncio.Task[Any] | None:
        """Ctrl+Shift+I: pick pictures of the note's client library and insert their links."""
        note = self._note
        if note is None:
            self._status(self.tr("Open a note to insert a picture."))
            return None
        return self._ctx.tasks.spawn(self._insert_from_library(note))

    async def _insert_from_library(self, note: Note) -> list[str]:
        # A client's note takes that client's pictures; a shared note, the current client's.
        client_id = note.client_id if note.client_id is not None else self._client_id()
        if client_id is None:
            self._status(self.tr("Choose a client first: pictures live in each client's library."))
            return []
        name = next((c.name for c in self._clients.clients if c.id == client_id), "")
        dialog = MediaPickerDialog(self._ctx, client_id, name, self)
        self.media_dialog = dialog
        dialog.start_reload()
        if await ask(dialog) != MediaPickerDialog.DialogCode.Accepted.value:
            return []
        links = dialog.links()
        if not links or self._note is None or self._note.id != note.id:
            return []  # nothing chosen, or the note was closed meanwhile
        self.editor.insert_media_links(links)
        return links

    def set_view_mode(self, mode: ViewMode) -> None:
        self.editor.set_view_mode(mode)
        self.mode_actions[mode].setChecked(True)
        self._ctx.prefs.set_value(VIEW_MODE_PREF, mode)

    def _on_side_toggled(self, checked: bool) -> None:
        self.side.setVisible(checked)
        self._ctx.prefs.set_value(SIDE_PANEL_PREF, checked)

    def _on_pin_toggled(self, checked: bool) -> None:
        note = self._note
        if note is not None:
            self._ctx.tasks.spawn(self._ctx.runner.mutate(lambda s: s.notes.update(note.id, pinned=checked)))

    def _on_tags_edited(self, tags: list[str]) -> None:
        note = self._note
        if note is not None:
            self._ctx.tasks.spawn(self._ctx.runner.mutate(lambda s: s.notes.set_tags(note.id, tags)))

    def _on_notebook_edited(self, notebook: str) -> None:
        note = self._note
        if note is not None:
            self._ctx.tasks.spawn(
                self._ctx.runner.mutate(lambda s: s.notes.update(note.id, notebook=notebook))
            )

    def _on_owner_changed(self, owner: int | None) -> None:
        note = self._note
        if note is None:
            return
        self._ctx.tasks.spawn(self._move(note, owner))

    async def _move(self, note: Note, owner: int | None) -> None:
        await self._ctx.runner.mutate(lambda s: s.notes.update(note.id, client_id=owner))
        if owner is None:
            self._status(self.tr("This note is now shared by all clients."))
        elif owner != self._client_id():
            name = next((c.name for c in self._clients.clients if c.id == owner), "")
            self._status(self.tr("Note moved to %1.").replace("%1", name))

    def _remote_images_app(self) -> bool:
        value = self._ctx.prefs.value(REMOTE_IMAGES_PREF, False)
        return value in (True, "true", "1", 1)

    def _on_remote_app_toggled(self, checked: bool) -> None:
        self._ctx.prefs.set_value(REMOTE_IMAGES_PREF, checked)
        self.editor.set_remote_images_app(checked)

    def _on_remote_note_toggled(self, checked: bool) -> None:
        note = self._note
        if note is not None:
            self._ctx.tasks.spawn(
                self._ctx.runner.mutate(lambda s: s.notes.update(note.id, allow_remote_images=checked))
            )

    # -- links ---------------------------------------------------------------------------------
    def follow_link(self, kind: str, title: str) -> asyncio.Task[Any]:
        return self._ctx.tasks.spawn(self._follow_link(kind, title))

    async def _follow_link(self, kind: str, title: str) -> Note | None:
        if kind == "draft":
            self._status(self.tr("Links to drafts will open the draft once drafts are available."))
            return None
        if kind == "source":
            self._status(self.tr("Links to sources will open the source once sources are available."))
            return None
        context = self._link_context()
        target = await self._ctx.runner.query(lambda s: s.notes.resolve(title, client_id=context))
        if target is not None:
            return await self.open_note(target.id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Create note"),
            self.tr("There is no note called “%1” yet. Create it?").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("createLinkedNote")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if await ask(box) != QMessageBox.StandardButton.Yes.value:
            return None
        try:
            return await self._create_and_open(context, title, "", (), "")
        except InvalidValue:
            self._status(self.tr("This title is too long for a note."))
            return None

    # -- status --------------------------------------------------------------------------------
    def _status(self, message: str) -> None:
        self.last_status = message
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)
        else:
            self.undo_bar.label.setText(message)
