"""The left column of the notebook: what to show (all, pinned, templates, a notebook, a tag), the
filter box, the lazy list of notes and their count.

The panel owns the list's query; it says which note the user picked (`note_activated`) and asks
for nothing else. The page tells it which client is current and which note is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.notes.list_model import NoteItemDelegate, NotesListModel
from cmtoolbox.gui.widgets.labels import placeholder_label
from cmtoolbox.gui.widgets.record_list import RecordListPanel
from cmtoolbox.ops import notes as ops
from cmtoolbox.storage.notes import NoteQuery

Scope = tuple[str, str | None]  # ("all" | "pinned" | "templates" | "notebook" | "tag", value)
FIXED_SCOPES: list[Scope] = [("all", None), ("pinned", None), ("templates", None)]


class NotesListPanel(RecordListPanel):
    model: NotesListModel
    note_activated = Signal(int)  # the user picked this note in the list
    delete_requested = Signal()  # Del in the list
    filters_loaded = Signal(object)  # ops.notes.NoteFilters of the current client

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("notesListPanel")
        self._scopes: list[Scope] = list(FIXED_SCOPES)

        self.scope = QComboBox()
        self.scope.setObjectName("notesScope")
        self.scope.setAccessibleName(self.tr("Show"))
        self.scope.activated.connect(lambda _i: self.apply_query())
        self.filter = self._filter_box("notesFilter", self.tr("Filter notes…"), self.tr("Filter notes"))

        self.model = NotesListModel(ctx, self)
        self.model.total_changed.connect(self._on_total_changed)
        delete_in_list = self._list_view(
            "notesList", self.tr("Notes"), NoteItemDelegate(self), self.tr("Delete")
        )
        delete_in_list.triggered.connect(self.delete_requested)
        self.count_label = QLabel()
        self.count_label.setObjectName("notesCount")
        self.count_label.setEnabled(False)
        self.list_empty = placeholder_label("notesListEmpty")
        self.list_empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(self.scope)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.list_empty, 1)
        layout.addWidget(self.count_label)

    # -- the query -------------------------------------------------------------------------------
    async def show_client(self, client_id: int | None) -> None:
        """Show a client's notes: the filter box empties and the scope goes back to all notes (the
        last client's notebooks and tags mean nothing here). The query changes at once, so a load
        still running for the last client is dropped instead of showing its notes."""
        self._client_id = client_id
        for widget in (self.filter, self.scope):
            widget.blockSignals(True)
        self.filter.clear()
        self.scope.setCurrentIndex(0 if self.scope.count() else -1)
        for widget in (self.filter, self.scope):
            widget.blockSignals(False)
        loading = self.apply_query()
        await self.reload_filters(reset=True)
        if loading is not None:
            await loading

    def query(self) -> NoteQuery:
        index = self.scope.currentIndex()
        kind, value = self._scopes[index] if 0 <= index < len(self._scopes) else ("all", None)
        return NoteQuery(
            client_id=self._client_id,
            templates=kind == "templates",
            pinned_only=kind == "pinned",
            notebook=value if kind == "notebook" else None,
            tag=value if kind == "tag" else None,
            text=self.filter.text(),
        )

    def apply_query(self) -> Any:
        self._filter_timer.stop()
        return self.model.set_query(self.query())

    def is_filtered(self) -> bool:
        """The list shows part of the notebook only (a text, a tag, a notebook, pinned notes or
        templates): an empty list then says nothing about the notebook itself."""
        query = self.model.query
        return bool(query.text.strip() or query.tag or query.notebook or query.pinned_only or query.templates)

    async def reload_filters(self, *, reset: bool = False) -> None:
        """Refill the scope menu with the client's notebooks and tags, keeping the one shown."""
        client_id = self._client_id
        filters = await self._ctx.runner.read(ops.list_filters, client_id)
        if client_id != self._client_id:
            return
        index = self.scope.currentIndex()
        current = None if reset or not 0 <= index < len(self._scopes) else self._scopes[index]
        self._scopes = list(FIXED_SCOPES)
        self._scopes += [("notebook", n) for n in filters.notebooks] + [("tag", t) for t in filters.tags]
        labels = {
            "all": self.tr("All notes"),
            "pinned": self.tr("Pinned notes"),
            "templates": self.tr("Your templates"),
        }
        self.scope.blockSignals(True)
        try:
            self.scope.clear()
            for kind, value in self._scopes:
                if kind == "notebook":
                    self.scope.addItem(fill(self.tr("Notebook: %1"), value or ""))
                else:
                    self.scope.addItem(f"#{value}" if kind == "tag" else labels[kind])
            self.scope.setCurrentIndex(self._scopes.index(current) if current in self._scopes else 0)
        finally:
            self.scope.blockSignals(False)
        self.filters_loaded.emit(filters)
        if current is not None and current not in self._scopes:
            self.apply_query()  # the notebook or tag shown no longer exists

    def set_scope(self, kind: str, value: str | None = None) -> None:
        """Show one part of the notebook (tests, and the dashboard later)."""
        if (kind, value) in self._scopes:
            self.scope.setCurrentIndex(self._scopes.index((kind, value)))
            self.apply_query()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- the list --------------------------------------------------------------------------------
    def _on_total_changed(self, total: int) -> None:
        # At 0 the empty state speaks instead of "0 notes".
        self.count_label.setText(self.tr("%Ln note(s)", "", total) if total else "")
        self.list.setVisible(total > 0)
        self.list_empty.setVisible(total == 0)
        query = self.model.query
        if query.text.strip() or query.tag or query.notebook or query.pinned_only:
            self.list_empty.setText(self.tr("No note matches this filter."))
        elif query.templates:
            self.list_empty.setText(self.tr("No template yet. Use “Save as template…” on a note."))
        else:
            self.list_empty.setText(
                self.tr("No notes yet.\nCreate one with Ctrl+N, or start from a template.")
            )

    def _activated(self, record_id: int) -> None:
        self.note_activated.emit(record_id)
