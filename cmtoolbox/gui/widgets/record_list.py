"""The left column shared by the notes and the drafts: a filter box, a lazy list of records and the
way the open record shows as the current row.

`RecordListPanel` owns what both do the same way: the filter box waits for a pause in the typing
before querying (a query per key would reload the list at every letter), Del in the list asks to
delete, selecting the open record never opens it again (`_selecting`), and a row made current by
the user says which record to open. A subclass builds its own filters, layout and query.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit, QListView, QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.widgets.lazy_list import ID_ROLE, LazyListModel
from cmtoolbox.gui.widgets.timers import debounce

FILTER_DELAY_MS = 200


class RecordListPanel(QWidget):
    """A filter box and a lazily loaded list of records; subclasses add their filters and query."""

    model: LazyListModel
    list: QListView
    keep_multi_selection = False  # select() leaves a multi-selection holding the record alone

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: int | None = None
        self._selecting = False
        self._filter_timer = debounce(self, FILTER_DELAY_MS, self.apply_query)

    def _filter_box(self, name: str, placeholder: str, accessible_name: str) -> QLineEdit:
        """The text filter: the query follows once the typing pauses."""
        box = QLineEdit(placeholderText=placeholder, clearButtonEnabled=True)
        box.setObjectName(name)
        box.setAccessibleName(accessible_name)
        box.textChanged.connect(lambda _t: self._filter_timer.start())
        return box

    def _list_view(
        self, name: str, accessible_name: str, delegate: QAbstractItemDelegate, delete_text: str
    ) -> QAction:
        """Build `self.list` over `self.model`; returns its Del action for the subclass to connect."""
        self.list = QListView()
        self.list.setObjectName(name)
        self.list.setAccessibleName(accessible_name)
        self.list.setModel(self.model)
        self.list.setItemDelegate(delegate)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._on_current_row)
        delete = QAction(delete_text, self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(delete)
        return delete

    def apply_query(self) -> Any:
        raise NotImplementedError

    def refresh(self) -> Any:
        return self.model.refresh()

    def select(self, record_id: int | None) -> None:
        """Show `record_id` as the current row (without opening it again)."""
        self._selecting = True
        try:
            row = self.model.row_of(record_id) if record_id is not None else -1
            selection = self.list.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.model.index(row, 0)
                keep = self.keep_multi_selection and (
                    selection.isSelected(index) or len(selection.selectedRows()) > 1
                )
                flag = QItemSelectionModel.SelectionFlag
                selection.setCurrentIndex(index, flag.NoUpdate if keep else flag.ClearAndSelect)
                self.list.scrollTo(index)
        finally:
            self._selecting = False

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        record_id = current.data(ID_ROLE)
        if record_id is not None:
            self._activated(int(record_id))

    def _activated(self, record_id: int) -> None:
        """The user made this record's row current: emit the subclass's signal."""
        raise NotImplementedError
