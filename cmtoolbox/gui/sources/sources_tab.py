"""The "Sources" tab: the client's bookmarked sources beside their folders, with the filters.

This is the view: the folder tree, the table (`source_table`), the filters, the actions and the
selection. What the actions do lives in `source_flows.SourceFlows` (dialogs, writes, import and
export) and `link_check.LinkChecker` (the background link check); both write through named
operations with this tab as initiator, so `on_changes` skips the broadcast of its own writes
(the flows reload and select what they wrote) and reloads for everyone else's (an undo, a star
from the press review).

Shortcuts are window-wide (`WindowShortcut`), so they work right after a click in the sidebar;
Qt ignores those of hidden tabs, so they never clash with the feeds tab's. Delete stays bound to
the tab (focus inside it): a Delete typed elsewhere must not trash the selected sources.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_date
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.folder_tree import FolderTree
from cmtoolbox.gui.sources.link_check import LinkChecker, is_moved
from cmtoolbox.gui.sources.messages import kind_labels, link_status_label
from cmtoolbox.gui.sources.source_flows import SourceFlows
from cmtoolbox.gui.sources.source_table import SOURCE_ROLE, SourceFilter, SourceTableModel
from cmtoolbox.gui.sources.widgets import TaskBar
from cmtoolbox.gui.widgets.columns import ColumnShares
from cmtoolbox.gui.widgets.controls import search_box
from cmtoolbox.gui.widgets.toolbars import action_toolbar
from cmtoolbox.ops import sources as ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.search import SearchHit
from cmtoolbox.storage.sources import LINK_STATUSES, Source

# Shares of the table's width (the Address takes the rest); see widgets/columns.py.
COLUMN_SHARES = {
    SourceTableModel.TITLE: 0.22, SourceTableModel.KIND: 0.14, SourceTableModel.TAGS: 0.18,
    SourceTableModel.STATUS: 0.09,
}  # fmt: skip
COLUMNS_PREF = "sources/columns"


class SourcesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.tag_names: list[str] = []
        self._loaded = False
        self.flows = SourceFlows(self)
        self.links = LinkChecker(self)

        self.model = SourceTableModel(self)
        self.proxy = SourceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.folders = FolderTree()
        self.folders.chosen.connect(lambda _folder: self._apply_filters())
        self._make_actions()
        self._make_filters()

        self.count_label = QLabel()
        self.count_label.setObjectName("sourcesCount")
        self.empty_label = QLabel(
            self.tr("No sources yet for this client. Add the blogs, groups, channels and competitors you "
                    "watch (Ctrl+N), or import the bookmarks of your browser.")
        )  # fmt: skip
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.task_bar = TaskBar()
        self.task_bar.cancel_button.setToolTip(self.tr("Stop (Esc)"))

        self.splitter = QSplitter()
        self.splitter.setObjectName("sourcesSplitter")
        self.splitter.addWidget(self.folders)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 900])
        self.folders.hide()  # shown once a source is in a folder
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addLayout(self.filter_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.task_bar)
        self.update_actions()

    # -- building ----------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("sourcesTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(SourceTableModel.ADDED, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(lambda _index: self.flows.open_selected())
        self.columns = ColumnShares(
            table, self.ctx.prefs, COLUMNS_PREF, COLUMN_SHARES, self._fixed_widths(table)
        )
        table.selectionModel().selectionChanged.connect(self.update_actions)
        return table

    def _fixed_widths(self, table: QTableView) -> dict[int, int]:
        """The star and the dates: as wide as their heading (with the sort arrow) or a date."""
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        date_width = table.fontMetrics().horizontalAdvance(format_date(date(2026, 12, 31))) + 16
        widths = {SourceTableModel.STAR: 28}
        for column in (SourceTableModel.ADDED, SourceTableModel.VISITED):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widths[column] = max(date_width, metrics.horizontalAdvance(title) + 28)
        return widths

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
        tip: str = "",
    ) -> QAction:
        act = QAction(text, self)
        if tip:
            act.setToolTip(tip)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(context)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        flows, links = self.flows, self.links
        # No Ctrl+N here: the main window's File ▸ New asks the page, which asks this tab.
        self.add_action = self._action(
            self.tr("New source…"),
            flows.add_source,
            tip=self.tr("Bookmark a blog, a group, a channel or a competitor (Ctrl+N)"),
        )
        self.edit_action = self._action(self.tr("Edit…"), flows.edit_selected, "Ctrl+E")
        self.open_action = self._action(self.tr("Open in browser"), flows.open_selected, "Ctrl+Return")
        self.star_action = self._action(self.tr("Star for the press review"), flows.toggle_star, "Ctrl+D")
        self.folder_action = self._action(
            self.tr("Move to folder…"),
            flows.ask_move_to_folder,
            "Ctrl+M",
            tip=self.tr("Put the selected sources in a folder (Ctrl+M)"),
        )
        self.delete_action = self._action(
            self.tr("Move to trash"), flows.delete_selected, QKeySequence.StandardKey.Delete,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )  # fmt: skip
        self.moved_action = self._action(self.tr("Update address"), links.update_moved_selected)
        self.import_action = self._action(
            self.tr("Import bookmarks…"),
            flows.ask_import,
            tip=self.tr("Import the bookmarks.html file exported by a browser"),
        )
        self.export_action = self._action(self.tr("Export bookmarks…"), flows.ask_export)
        self.check_action = self._action(
            self.tr("Check links"),
            links.check_links,
            tip=self.tr("Find dead and moved pages, in the background"),
        )
        self.find_action = self._action(self.tr("Filter"), self.focus_filter, QKeySequence.StandardKey.Find)
        self.cancel_action = self._action(self.tr("Stop"), self.task_bar_cancel, "Esc")

    def _toolbar(self) -> QToolBar:
        """What does not fit goes into the » menu, whole (never "Ouvrir d…vigateur")."""
        self.toolbar = action_toolbar(
            "sourcesToolbar",
            (
                (self.add_action, self.edit_action, self.open_action, self.delete_action),
                (self.import_action, self.export_action, self.check_action, self.moved_action),
            ),
        )
        return self.toolbar

    def _make_filters(self) -> None:
        self.search = search_box(
            "sourcesFilter", self.tr("Filter by name, address, notes, folder or tag (Ctrl+F)")
        )
        self.search.textChanged.connect(self._apply_filters)
        self.kind_filter = self._combo(self.tr("All kinds"), kind_labels().items())
        self.tag_filter = self._combo(self.tr("All tags"), ())
        statuses = [("unchecked", link_status_label(None))]
        statuses += [(status, link_status_label(status)) for status in LINK_STATUSES]
        self.status_filter = self._combo(self.tr("Any link state"), statuses)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 1)
        for combo in (self.kind_filter, self.tag_filter, self.status_filter):
            self.filter_row.addWidget(combo)

    def _combo(self, everything: str, choices: Any) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for value, label in choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    # -- the page contract ---------------------------------------------------------------------
    def new_item(self) -> None:
        self.flows.add_source()

    def open_hit(self, hit: SearchHit) -> asyncio.Task[Any] | None:
        """Show a source found by the global search, whatever the filters were."""
        return self.ctx.tasks.spawn(self.show_source(hit.id))

    async def show_source(self, source_id: int) -> None:
        """Select a source with every filter cleared (a search hit, a link from elsewhere)."""
        self.search.clear()
        for combo in (self.kind_filter, self.tag_filter, self.status_filter):
            combo.setCurrentIndex(0)
        self.folders.choose(None)
        await self.reload()
        self.select_ids([source_id])
        self.table.setFocus()

    def on_changes(self, changes: Changes) -> None:
        if self.client_id is None or changes.by(self):  # the flows reload after our own writes
            return
        if changes.touches(Entity.SOURCES, Entity.TAGS):
            self.ctx.tasks.spawn(self.reload())

    # -- loading -----------------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        if client_id == self.client_id and self._loaded:
            return
        self.client_id = client_id
        self._loaded = False
        if client_id is not None:
            self.ctx.tasks.spawn(self.reload())

    async def reload(self) -> None:
        client_id = self.client_id
        if client_id is None:
            self.model.set_sources([])
            return
        listing = await self.ctx.runner.read(ops.list_sources, client_id)
        if client_id != self.client_id:
            return
        selected = set(self.selected_ids())
        sources = listing.sources
        self.model.set_sources(sources)
        self._loaded = True
        self.tag_names = listing.tag_names
        self._fill_tag_filter(sources)
        self.folders.set_sources(sources)
        self.folders.setVisible(bool(self.folders.paths))
        self._apply_filters()
        if selected:
            self.select_ids(selected)
        self.empty_label.setVisible(not sources)
        self.splitter.setVisible(bool(sources))

    def _fill_tag_filter(self, sources: list[Source]) -> None:
        """The tags this client's (and the shared) sources use, keeping the chosen one."""
        current = self.tag_filter.currentData()
        used = {tag.casefold(): tag for source in sources for tag in source.tags}
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name in sorted(used.values(), key=str.casefold):
            self.tag_filter.addItem(name, name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)) if current else 0)
        self.tag_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            text=self.search.text(),
            kind=self.kind_filter.currentData(),
            tag=self.tag_filter.currentData(),
            status=self.status_filter.currentData(),
            folder=self.folders.current_folder,
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n source(s)", "", total))
        else:
            self.count_label.setText(fill(self.tr("%1 of %n source(s)", "", total), shown))
        self.update_actions()

    # -- selection ---------------------------------------------------------------------------
    def selected_sources(self) -> list[Source]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, SOURCE_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def selected_ids(self) -> list[int]:
        return [source.id for source in self.selected_sources()]

    def select_ids(self, ids: set[int] | list[int]) -> None:
        wanted = set(ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, SOURCE_ROLE).id in wanted:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                first = first or index
        if first is not None:
            self.table.scrollTo(first)
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)

    def update_actions(self) -> None:
        selected = self.selected_sources()
        has_client = self.client_id is not None
        idle = not self.task_bar.busy
        for act in (self.open_action, self.delete_action, self.star_action, self.folder_action):
            act.setEnabled(bool(selected))
        self.edit_action.setEnabled(len(selected) == 1)
        self.moved_action.setEnabled(any(is_moved(s) for s in selected))
        for act in (self.check_action, self.import_action):
            act.setEnabled(has_client and idle)
        self.cancel_action.setEnabled(not idle)  # Esc means nothing else while idle
        self.export_action.setEnabled(bool(self.model.sources))
        self.add_action.setEnabled(has_client)
        if selected and all(s.starred for s in selected):
            self.star_action.setText(self.tr("Unstar"))
        else:
            self.star_action.setText(self.tr("Star for the press review"))

    def focus_filter(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def task_bar_cancel(self) -> None:
        if self.task_bar.busy:
            self.task_bar.cancel()

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.open_action, self.edit_action, self.star_action, self.folder_action):
            menu.addAction(act)
        menu.addAction(self.moved_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(position))
