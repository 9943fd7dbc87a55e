"""The left column of the Drafts section: which drafts to show (this client or every client, status
chips with their counts, search, tag, network, order), the lazy list, and the bar of actions on a
multi-selection.

The panel owns the list's query and says what the user did (`draft_activated`, the bulk requests);
the page tells it which client is current and which draft is open. Statuses work as filters: no
chip ticked shows every status but "archived", as a CM's working list should.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from cmtoolbox.core import networks
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.list_model import DraftItemDelegate, DraftsListModel
from cmtoolbox.gui.drafts.list_status import STATUSES, status_label, status_style
from cmtoolbox.gui.widgets.controls import combo_box, tool_button
from cmtoolbox.gui.widgets.counter_bar import FlowLayout
from cmtoolbox.gui.widgets.labels import placeholder_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.gui.widgets.record_list import RecordListPanel
from cmtoolbox.ops import drafts as ops
from cmtoolbox.storage.drafts import DraftQuery, DraftSort

POSTABLE = tuple(n for n, entry in networks.NETWORKS.items() if entry.counter_ids)
"""Networks a variant can target: those whose posts the app counts."""


class DraftsListPanel(RecordListPanel):
    model: DraftsListModel
    keep_multi_selection = True  # a bulk action or a proof works on the selection
    draft_activated = Signal(int)  # the user picked this draft in the list
    selection_changed = Signal(list)  # list[int]: the selected drafts' ids
    scope_changed = Signal(bool)  # True: every client's drafts
    bulk_status = Signal(str)  # move the selection to this status
    bulk_archive = Signal()
    bulk_trash = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("draftsListPanel")
        self.setMinimumWidth(300)
        self._tags: list[str] = []

        self.all_clients = QCheckBox(self.tr("All clients"))
        self.all_clients.setObjectName("draftsAllClients")
        self.all_clients.setToolTip(self.tr("List the drafts of every client, not only the current one"))
        self.all_clients.toggled.connect(self._on_scope_toggled)
        orders = (
            (self.tr("Last edited"), DraftSort.UPDATED),
            (self.tr("Planned date"), DraftSort.PLANNED),
            (self.tr("Newest"), DraftSort.CREATED),
            (self.tr("Title"), DraftSort.TITLE),
            (self.tr("Status"), DraftSort.STATUS),
        )
        self.sort = combo_box(
            "draftsSort", orders, accessible_name=self.tr("Order"), on_activated=self.apply_query
        )

        self.search = self._filter_box("draftsSearch", self.tr("Search drafts…"), self.tr("Search drafts"))

        self.tag = combo_box("draftsTag", accessible_name=self.tr("Tag"), on_activated=self.apply_query)
        network_choices = [(networks.network(n).name, n) for n in POSTABLE]
        self.network = combo_box(
            "draftsNetwork",
            [(self.tr("All networks"), None), *network_choices],
            accessible_name=self.tr("Network"),
            on_activated=self.apply_query,
        )
        self._fill_tags([])

        self.chips: dict[str, QToolButton] = {}
        chip_area = QWidget()
        chip_area.setObjectName("draftsStatusChips")
        flow = FlowLayout(chip_area, spacing=4)
        for status in STATUSES:
            chip = QToolButton()
            chip.setObjectName(f"statusChip_{status}")
            chip.setCheckable(True)
            chip.setAutoRaise(True)
            chip.toggled.connect(lambda _checked, s=status: self._on_chip(s))
            flow.addWidget(chip)
            self.chips[status] = chip
        self._chip_area = chip_area
        self.show_counts({})

        self.model = DraftsListModel(ctx, self)
        self.model.total_changed.connect(self._on_total_changed)
        self.model.counts_changed.connect(self.show_counts)
        # A refresh (any change) resets the model: a multi-selection made for a bulk action or a
        # proof survives it. Connected before the page's own handler, which selects the open draft.
        self._kept: list[int] = []
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.loaded.connect(self._restore_selection)
        self.delegate = DraftItemDelegate(self.model.client_names, self)
        trash_in_list = self._list_view(
            "draftsList", self.tr("Drafts"), self.delegate, self.tr("Move to the trash")
        )
        trash_in_list.triggered.connect(self.bulk_trash)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.list_empty = placeholder_label("draftsListEmpty")
        self.list_empty.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("draftsCount")
        self.count_label.setEnabled(False)

        self.bulk_bar = self._build_bulk_bar()
        vbox(
            hbox(self.all_clients, None, self.sort),
            self.search,
            hbox((self.tag, 1), (self.network, 1)),
            chip_area,
            (self.list, 1),
            (self.list_empty, 1),
            self.bulk_bar,
            self.count_label,
            parent=self,
            margins=4,
        )

    def _build_bulk_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("draftsBulkBar")
        self.selected_label = QLabel()
        self.selected_label.setObjectName("draftsSelected")
        self.status_button = QToolButton()
        self.status_button.setObjectName("bulkStatus")
        self.status_button.setText(self.tr("Status"))
        self.status_button.setToolTip(self.tr("Move the selected drafts to another status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        self.bulk_status_actions: dict[str, QAction] = {}
        for status in STATUSES:
            action = menu.addAction(status_label(status))
            action.triggered.connect(lambda _=False, s=status: self.bulk_status.emit(s))
            self.bulk_status_actions[status] = action
        self.status_button.setMenu(menu)
        self.archive_button = tool_button(self.tr("Archive"), self.bulk_archive.emit, name="bulkArchive")
        self.trash_button = tool_button(
            self.tr("Trash"),
            self.bulk_trash.emit,
            name="bulkTrash",
            tip=self.tr("Move the selected drafts to the trash (Edit ▸ Undo brings them back)"),
        )
        hbox(
            self.selected_label,
            None,
            self.status_button,
            self.archive_button,
            self.trash_button,
            parent=bar,
            margins=0,
        )
        bar.hide()
        return bar

    # -- the query -------------------------------------------------------------------------------
    @property
    def every_client(self) -> bool:
        return self.all_clients.isChecked()

    async def show_client(self, client_id: int | None) -> None:
        """List a client's drafts (the search and tag filter empty: they meant the last client)."""
        self._client_id = client_id
        for widget in (self.search, self.tag):
            widget.blockSignals(True)
        self.search.clear()
        self.tag.setCurrentIndex(0)
        for widget in (self.search, self.tag):
            widget.blockSignals(False)
        loading = self.apply_query()
        await self.reload_tags()
        if loading is not None:
            await loading

    def query(self) -> DraftQuery:
        statuses = frozenset(s for s, chip in self.chips.items() if chip.isChecked())
        return DraftQuery(
            client_id=None if self.every_client else self._client_id,
            statuses=statuses,
            text=self.search.text(),
            tag=self.tag.currentData(),
            network=self.network.currentData(),
            sort=self.sort.currentData() or DraftSort.UPDATED,
        )

    def apply_query(self) -> Any:
        self._filter_timer.stop()
        if self._client_id is None and not self.every_client:
            self.model.set_query(DraftQuery(client_id=-1))  # nothing: no client chosen
            return None
        return self.model.set_query(self.query())

    def is_filtered(self) -> bool:
        query = self.model.query
        return bool(query.text.strip() or query.tag or query.network or query.statuses)

    async def reload_tags(self) -> None:
        client_id = None if self.every_client else self._client_id
        names = await self._ctx.runner.read(ops.tag_names, client_id)
        if (None if self.every_client else self._client_id) != client_id:
            return
        current = self.tag.currentData()
        self._fill_tags(names)
        index = self.tag.findData(current) if current else 0
        self.tag.setCurrentIndex(max(0, index))
        if current and index < 0:
            self.apply_query()  # the tag shown no longer exists

    def _fill_tags(self, names: list[str]) -> None:
        self._tags = list(names)
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for name in names:
            self.tag.addItem(f"#{name}", name)
        self.tag.blockSignals(False)

    @property
    def tags(self) -> list[str]:
        return list(self._tags)

    def set_status_filter(self, statuses: set[str]) -> None:
        """Tick exactly these status chips (tests, the dashboard later)."""
        for status, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(status in statuses)
            chip.blockSignals(False)
        self.show_counts(self.model.counts)
        self.apply_query()

    def _on_chip(self, _status: str) -> None:
        self.show_counts(self.model.counts)
        self.apply_query()

    def _on_scope_toggled(self, every: bool) -> None:
        self.delegate.show_clients = every
        self.scope_changed.emit(every)
        self.apply_query()
        self._ctx.tasks.spawn(self.reload_tags())

    def show_counts(self, counts: dict[str, int]) -> None:
        for status, chip in self.chips.items():
            chip.setText(f"{status_label(status)} {counts.get(status, 0)}")
            chip.setStyleSheet(f"QToolButton {{ {status_style(status, checked=chip.isChecked())} }}")
            chip.setAccessibleName(status_label(status))

    # -- the list --------------------------------------------------------------------------------
    def _on_total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%n draft(s)", "", total) if total else "")
        self.list.setVisible(total > 0)
        self.list_empty.setVisible(total == 0)
        if self._client_id is None and not self.every_client:
            self.list_empty.setText(self.tr("Choose a client to see their drafts."))
        elif self.is_filtered():
            self.list_empty.setText(self.tr("No draft matches these filters."))
        else:
            self.list_empty.setText(self.tr("No drafts yet.\nCreate one with Ctrl+N."))

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [s.id for s in (self.model.summary(r) for r in rows) if s is not None]

    def select_ids(self, ids: list[int]) -> None:
        """Select these drafts (those loaded), for a bulk action."""
        selection = self.list.selectionModel()
        selection.clearSelection()
        for draft_id in ids:
            row = self.model.row_of(draft_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)

    def _keep_selection(self) -> None:
        self._kept = self.selected_ids()

    def _restore_selection(self) -> None:
        kept, self._kept = self._kept, []
        if len(kept) > 1:
            self.select_ids(kept)

    def _on_selection(self) -> None:
        if self.model.resetting:
            return  # the rows are being replaced: the selection comes back once they are in
        ids = self.selected_ids()
        self.bulk_bar.setVisible(len(ids) > 1)
        self.selected_label.setText(self.tr("%n selected", "", len(ids)))
        self.selection_changed.emit(ids)

    def _activated(self, record_id: int) -> None:
        self.draft_activated.emit(record_id)
