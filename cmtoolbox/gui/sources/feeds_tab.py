"""The "Feeds" tab: a feed reader whose items are stored, so reading works offline.

Left, the subscriptions (`FeedTree`: folders, unread counts, an error icon whose tooltip says in
words what went wrong); middle, the items of the selection, searchable with the full-text index;
below, the reading pane (`ItemView`). Refreshes run in the background (`FeedRefresher`), on demand
(F5) and every N minutes while online. This class is the view: it lays the panes out, keeps the
selection and shows what the database holds; the subscription flows live in
`SubscriptionFlows`, what is done to items (read, star, review, note or post) in `ItemActions`.
It follows the database through the runner's `changed` broadcast, skipping what it wrote itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.search import build_match_query
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.sources.feed_item_actions import ItemActions
from cmtoolbox.gui.sources.feed_models import ITEM_ROLE, ItemListModel
from cmtoolbox.gui.sources.feed_subscriptions import SubscriptionFlows
from cmtoolbox.gui.sources.feed_tree import ALL, NODE_ROLE, FeedTree, NodeKey
from cmtoolbox.gui.sources.item_view import ItemView
from cmtoolbox.gui.sources.refresh import (
    DEFAULT_INTERVAL_MINUTES,
    INTERVAL_CHOICES,
    INTERVAL_KEY,
    FeedRefresher,
)
from cmtoolbox.gui.sources.widgets import TaskBar
from cmtoolbox.gui.widgets.controls import search_box
from cmtoolbox.gui.widgets.splitters import remember_splitter
from cmtoolbox.gui.widgets.timers import debounce
from cmtoolbox.gui.widgets.toolbars import action_toolbar
from cmtoolbox.ops import feeds as ops
from cmtoolbox.ops.feeds import ItemQuery
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.feeds import Feed, FeedItem, RefreshSummary
from cmtoolbox.storage.search import SearchHit

SEARCH_DELAY_MS = 300


class FeedsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.feeds: list[Feed] = []
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._selection: NodeKey = ALL
        self.fetcher_options: dict[str, object] = {}
        self.subscriptions = SubscriptionFlows(self)
        self.actions_on_items = ItemActions(self)

        self.refresher = FeedRefresher(ctx, self)
        self.refresher.started.connect(self._refresh_started)
        self.refresher.progress.connect(lambda done, total: self.task_bar.set_progress(done, total))
        self.refresher.finished.connect(self._refresh_finished)

        self.tree = FeedTree()
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.currentItemChanged.connect(self._on_node_changed)

        # -- items ----------------------------------------------------------------------------
        self.model = ItemListModel(ctx, self)
        self.items = QTableView()
        self.items.setObjectName("itemList")
        self.items.setModel(self.model)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.verticalHeader().hide()
        self.items.setShowGrid(False)
        self.items.setWordWrap(False)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(ItemListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(ItemListModel.STAR, 26)
        self.items.setColumnWidth(ItemListModel.FEED, 170)
        self.items.setColumnWidth(ItemListModel.DATE, 90)
        self.items.selectionModel().currentRowChanged.connect(self._on_item_changed)
        self.items.doubleClicked.connect(lambda _index: self.view.open_in_browser())
        self.items.setAccessibleName(self.tr("Items"))

        self.search = search_box("itemSearch", self.tr("Search the stored items (Ctrl+F)"))
        self._search_timer = debounce(
            self, SEARCH_DELAY_MS, lambda: self.ctx.tasks.spawn(self.reload_items())
        )
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.unread_only = QCheckBox(self.tr("Unread only"))
        self.unread_only.toggled.connect(lambda _checked: self.ctx.tasks.spawn(self.reload_items()))
        self.items_label = QLabel()
        self.items_label.setObjectName("itemsCount")

        self.view = ItemView(ctx)
        self.view.open_url = lambda url: self.open_url(url)
        items, spawn = self.actions_on_items, ctx.tasks.spawn
        self.view.star_toggled.connect(lambda item_id, on: spawn(items.set_starred(item_id, on)))
        self.view.read_toggled.connect(lambda item_id, on: spawn(items.set_read(item_id, on)))
        self.view.add_to_review.connect(lambda item_id: spawn(items.add_to_review(item_id)))
        self.view.send_to.connect(lambda item_id: spawn(items.send_item(item_id)))
        self._make_actions()

        # -- layout ---------------------------------------------------------------------------
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.unread_only)
        item_panel = QWidget()
        item_layout = QVBoxLayout(item_panel)
        item_layout.setContentsMargins(0, 0, 0, 0)
        item_layout.addLayout(search_row)
        item_layout.addWidget(self.items, 1)
        item_layout.addWidget(self.items_label)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("readingSplitter")
        self.right.addWidget(item_panel)
        self.right.addWidget(self.view)
        self.splitter = QSplitter()
        self.splitter.setObjectName("feedsSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.right)
        # Fixed sizes the CM can drag, remembered: an article never moves the panes.
        remember_splitter(self.splitter, ctx.prefs, "sources/feeds", sizes=[270, 730], stretch=[0, 1])
        remember_splitter(self.right, ctx.prefs, "sources/feeds/reading", sizes=[260, 420], stretch=[0, 1])

        self.task_bar = TaskBar()
        self.task_bar.cancel_requested.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.task_bar)
        ctx.runner.changed.connect(self._on_changes)
        self.update_actions()

    def _make_actions(self) -> None:
        """The tab's commands. Those of the whole tab work as soon as it is shown, even with the
        focus in the sidebar (window shortcuts of a hidden widget never fire, so no other section
        is disturbed); J/K/M/S/O act on the item list and the reading pane only."""

        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                   widget: QWidget | None = None) -> QAction:  # fmt: skip
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(
                    Qt.ShortcutContext.WidgetShortcut if widget else Qt.ShortcutContext.WindowShortcut
                )
            act.triggered.connect(lambda _checked=False: slot())
            (widget or self).addAction(act)
            return act

        flows, items = self.subscriptions, self.actions_on_items
        # No Ctrl+N here: the main window's File ▸ New owns it and asks the page (`new_item`).
        self.subscribe_action = action(self.tr("Subscribe…"), flows.ask_subscribe)
        self.subscribe_action.setToolTip(self.tr("Follow a feed or a site (Ctrl+N)"))
        self.refresh_action = action(self.tr("Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh)
        self.refresh_action.setToolTip(self.tr("Fetch the new items of every feed (F5)"))
        self.mark_all_action = action(self.tr("Mark all read"), items.mark_all_read, "Ctrl+Shift+A")
        self.mark_all_action.setToolTip(self.tr("Mark every item of the selection as read (Ctrl+Shift+A)"))
        self.import_action = action(self.tr("Import OPML…"), flows.ask_import)
        self.export_action = action(self.tr("Export OPML…"), flows.ask_export)
        self.rename_action = action(self.tr("Rename feed…"), flows.ask_rename)
        self.unsubscribe_action = action(self.tr("Unsubscribe"), flows.unsubscribe_selected, "Del", self.tree)
        self.refresh_one_action = action(self.tr("Refresh this feed"), self.refresh_selected, "Shift+F5")
        self.find_action = action(self.tr("Search"), self.search.setFocus, QKeySequence.StandardKey.Find)
        self.next_action = action(self.tr("Next item"), lambda: self.step(1), "J", self.items)
        self.prev_action = action(self.tr("Previous item"), lambda: self.step(-1), "K", self.items)
        self.toggle_read_action = action(self.tr("Toggle read"), items.toggle_read_current, "M", self.items)
        self.star_action = action(self.tr("Star"), items.toggle_star_current, "S", self.items)
        self.open_action = action(self.tr("Open in browser"), self.view.open_in_browser, "O", self.items)
        for act in (self.next_action, self.prev_action, self.toggle_read_action, self.star_action,
                    self.open_action):  # fmt: skip
            self.view.browser.addAction(act)
        self.cancel_action = action(self.tr("Cancel"), self.cancel, "Esc")

    def _toolbar(self) -> QToolBar:
        self.interval_combo = QComboBox()
        self.interval_combo.setObjectName("refreshInterval")
        for minutes in INTERVAL_CHOICES:
            label = (
                self.tr("Auto-refresh: off")
                if minutes == 0
                else self.tr("Auto-refresh: every %n min", "", minutes)
            )
            self.interval_combo.addItem(label, minutes)
        try:
            saved = int(str(self.ctx.prefs.value(INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES)))
        except ValueError:
            saved = DEFAULT_INTERVAL_MINUTES
        self.interval_combo.setCurrentIndex(max(0, self.interval_combo.findData(saved)))
        self.interval_combo.currentIndexChanged.connect(self._on_interval_changed)
        self.refresher.set_interval(int(self.interval_combo.currentData()))
        self.interval_combo.setToolTip(self.tr("Refresh the feeds in the background while you are online"))
        self.toolbar = action_toolbar(  # what does not fit goes into the » menu, whole
            "feedsToolbar",
            (
                (self.subscribe_action, self.refresh_action, self.mark_all_action),
                (self.import_action, self.export_action),
            ),
            trailing=(self.interval_combo,),
        )
        return self.toolbar

    # -- the page's contract -------------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N while the reader is shown: subscribe to a feed."""
        self.subscriptions.ask_subscribe()

    def open_hit(self, hit: SearchHit) -> asyncio.Task | None:
        """Open a feed item found by the global search, in its feed, whatever the filters were."""
        return self.ctx.tasks.spawn(self.show_hit(hit))

    async def show_hit(self, hit: SearchHit) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.unread_only.blockSignals(True)
        self.unread_only.setChecked(False)
        self.unread_only.blockSignals(False)
        await self.reload_feeds()
        self.select_node("feed", hit.extra.get("feed_id"))
        await self.reload_items()
        if not self.select_item(hit.id):
            await self.open_item(hit.id)
        self.items.setFocus()

    # -- client and loading ----------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        if client_id == self.client_id:
            return
        self.client_id = client_id
        self.refresher.client_id = client_id
        self.forget_selection()
        if client_id is not None:
            self.ctx.tasks.spawn(self.reload())

    def forget_selection(self) -> None:
        """Back to "All items", nothing open (another client, the open feed unsubscribed)."""
        self._selection = ALL
        self.view.show_item(None)

    async def reload(self) -> None:
        await self.reload_feeds()
        await self.reload_items()

    async def reload_feeds(self) -> None:
        overview = await self.ctx.runner.read_for(self, ops.overview)
        if overview is None:
            return  # no client, or another one meanwhile: its own load is on its way
        self.feeds = overview.feeds
        self._selection = self.tree.fill(overview.feeds, overview.unread, overview.starred, self._selection)
        self.update_actions()

    def _on_node_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        self._selection = current.data(0, NODE_ROLE)
        self.update_actions()
        self.ctx.tasks.spawn(self.reload_items())

    def select_node(self, kind: str, value: object = None) -> None:
        self.tree.select_node((kind, value))

    def item_query(self) -> ItemQuery:
        kind, value = self._selection
        return ItemQuery(
            client_id=self.client_id,
            feed_id=value if kind == "feed" else None,  # type: ignore[arg-type]
            folder=value if kind == "folder" else None,  # type: ignore[arg-type]
            starred_only=kind == "starred",
            unread_only=self.unread_only.isChecked(),
            match=build_match_query(self.search.text()) if self.search.text().strip() else None,
        )

    async def reload_items(self) -> None:
        current = self.view.item.id if self.view.item else None
        await self.model.load(self.item_query())
        self.items_label.setText(self.tr("%n feed item(s)", "", self.model.total))
        if current is not None:
            self.select_item(current)

    def _on_changes(self, changes: Changes) -> None:
        if self.client_id is None or not changes.touches(Entity.FEEDS, Entity.FEED_ITEMS):
            return
        if changes.by(self) or self.refresher.busy:
            # Counts only: what this tab wrote is already shown (its flows reload what they
            # change), and during a refresh the item list reloads once at the end, so the list
            # does not jump under the reader every second.
            self.ctx.tasks.spawn(self.reload_feeds())
        else:
            self.ctx.tasks.spawn(self.reload())  # changed elsewhere: an undo, the trash, a sample

    def update_actions(self) -> None:
        has_client = self.client_id is not None
        kind, _value = self._selection
        busy = self.refresher.busy
        self.subscribe_action.setEnabled(has_client)
        self.refresh_action.setEnabled(has_client and bool(self.feeds) and not busy)
        self.refresh_one_action.setEnabled(kind == "feed" and not busy)
        self.rename_action.setEnabled(kind == "feed")
        self.unsubscribe_action.setEnabled(kind == "feed")
        self.export_action.setEnabled(bool(self.feeds))
        self.import_action.setEnabled(has_client)
        self.mark_all_action.setEnabled(has_client)
        self.cancel_action.setEnabled(busy or self.task_bar.busy)  # Esc is free otherwise

    def _tree_menu(self, position) -> None:  # noqa: ANN001
        menu = QMenu(self)
        for act in (self.refresh_one_action, self.mark_all_action, self.rename_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.unsubscribe_action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def selected_feed(self) -> Feed | None:
        kind, value = self._selection
        if kind != "feed":
            return None
        return next((feed for feed in self.feeds if feed.id == value), None)

    # -- items -----------------------------------------------------------------------------------
    def _on_item_changed(self, current, _previous) -> None:  # noqa: ANN001
        if not current.isValid():
            return
        row = self.model.data(current, ITEM_ROLE)
        if row is not None:
            self.ctx.tasks.spawn(self.open_item(row.id))

    async def open_item(self, item_id: int) -> FeedItem:
        """Show an item from the database (offline) and mark it read."""
        item = await self.ctx.runner.read(ops.get_item, item_id)
        self.view.show_item(item)
        if not item.read:
            await self.actions_on_items.set_read(item_id, True)
        return item

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.items.selectionModel().setCurrentIndex(
            self.model.index(row, ItemListModel.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def step(self, offset: int) -> None:
        row = self.items.currentIndex().row() + offset if self.items.currentIndex().isValid() else 0
        if 0 <= row < self.model.rowCount():
            self.items.selectRow(row)
        elif row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()

    def show_flags(self, item: FeedItem) -> None:
        """An item's read or star flag changed: its row and, when open, the pane's buttons."""
        self.model.update_flags(item.id, read=item.read, starred=item.starred)
        if self.view.item is not None and self.view.item.id == item.id:
            self.view.show_flags(item)

    # -- refresh ---------------------------------------------------------------------------------
    def refresh_all(self) -> asyncio.Task | None:
        if self.client_id is None:
            return None
        self.refresher.fetcher_options.update(self.fetcher_options)
        return self.refresher.refresh(self.client_id)

    def refresh_selected(self) -> asyncio.Task | None:
        feed = self.selected_feed()
        if self.client_id is None or feed is None:
            return None
        self.refresher.fetcher_options.update(self.fetcher_options)
        return self.refresher.refresh(self.client_id, [feed.id])

    def cancel(self) -> None:
        """Esc or the task bar's Cancel: stop the refresh or the import that runs."""
        self.refresher.cancel()
        self.subscriptions.cancel()

    def _refresh_started(self, total: int) -> None:
        self.task_bar.start(self.tr("Refreshing %n feed(s)…", "", total), total)
        self.update_actions()

    def _refresh_finished(self, summary: RefreshSummary) -> None:
        self.task_bar.finish()
        parts = [self.tr("Refresh done: %n new item(s).", "", summary.new_items)]
        if summary.errors:
            parts.append(self.tr("%n feed(s) in error (see their tooltips).", "", summary.errors))
        if summary.moved:
            parts.append(self.tr("%n feed(s) moved: their address was updated.", "", summary.moved))
        self.ctx.status.show(" ".join(parts))
        self.update_actions()
        self.ctx.tasks.spawn(self.reload())

    def _on_interval_changed(self) -> None:
        minutes = int(self.interval_combo.currentData())
        self.ctx.prefs.set_value(INTERVAL_KEY, minutes)
        self.refresher.set_interval(minutes)
