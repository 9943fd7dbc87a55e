"""The "Feeds" tab: a feed reader whose items are stored, so reading works offline.

Left, the subscriptions (folders, unread counts, an error icon whose tooltip says in words what
went wrong); middle, the items of the selection, searchable with the full-text index; below,
the reading pane. Refreshes run in the background (`FeedRefresher`), on demand (F5) and every
N minutes while online; the list follows the database through `ctx.runner.changed`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core import press_review
from cmtoolbox.core.feeds import DiscoveredFeed
from cmtoolbox.core.fetch import FeedFetcher, FetchRequest, FetchResult
from cmtoolbox.core.opml import OpmlError, read_opml_document, write_opml
from cmtoolbox.core.search import build_match_query
from cmtoolbox.core.urls import InvalidUrl, validate_http_url
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.sources.feed_models import ITEM_ROLE, ItemListModel, ItemQuery
from cmtoolbox.gui.sources.files import ThreadProgress, in_thread, read_file, write_file
from cmtoolbox.gui.sources.item_view import ItemView
from cmtoolbox.gui.sources.messages import (
    feed_error_message,
    file_error_message,
    import_report_text,
    url_error_message,
)
from cmtoolbox.gui.sources.refresh import (
    DEFAULT_INTERVAL_MINUTES,
    INTERVAL_CHOICES,
    INTERVAL_KEY,
    FeedRefresher,
)
from cmtoolbox.gui.sources.send_to import SendToDialog, item_note_markdown, item_post_text
from cmtoolbox.gui.sources.subscribe import DiscoveredFeedsDialog, SubscribeDialog
from cmtoolbox.gui.sources.widgets import TaskBar, UndoBar, local_datetime
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.composer import append_to_composer
from cmtoolbox.storage.feeds import DuplicateFeed, Feed, FeedItem, RefreshSummary
from cmtoolbox.storage.reviews import AlreadyInReview
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.sources import ImportCancelled, ImportReport
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)
NODE_ROLE = Qt.ItemDataRole.UserRole
CURRENT_REVIEW_KEY = "press_review.current"
"""Client setting: the review the builder shows, where "Add to press review" puts items."""
SEARCH_DELAY_MS = 300


def current_review_id(store: Store, client_id: int, language: str = "fr") -> int:
    """The review to add to: the one open in the builder, else the latest, else a new one for
    this week (titled in the UI language)."""
    wanted = store.settings.get(CURRENT_REVIEW_KEY, None, scope=client_scope(client_id))
    reviews = store.reviews.list(client_id)
    if isinstance(wanted, int) and any(r.id == wanted for r in reviews):
        return wanted
    if reviews:
        return reviews[0].id
    today = date.today()
    start, end = press_review.week_bounds(today)
    review = store.reviews.create(
        client_id, press_review.default_title(today, language), period_start=start, period_end=end
    )
    store.settings.set(CURRENT_REVIEW_KEY, review.id, scope=client_scope(client_id))
    return review.id


class FeedsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.feeds: list[Feed] = []
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.choose_discovered: Callable[[str, list[DiscoveredFeed]], Awaitable[DiscoveredFeed | None]] = (
            self._ask_discovered
        )
        self.dialog: object | None = None
        self._selection: tuple[str, object] = ("all", None)
        self.fetcher_options: dict[str, object] = {}

        self.refresher = FeedRefresher(ctx, self)
        self.refresher.started.connect(self._refresh_started)
        self.refresher.progress.connect(lambda done, total: self.task_bar.set_progress(done, total))
        self.refresher.finished.connect(self._refresh_finished)

        # -- feed tree ------------------------------------------------------------------------
        self.tree = QTreeWidget()
        self.tree.setObjectName("feedTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.currentItemChanged.connect(self._on_node_changed)
        self.tree.setAccessibleName(self.tr("Feeds"))

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
        self.items.horizontalHeader().setSectionResizeMode(
            ItemListModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.items.setColumnWidth(ItemListModel.STAR, 26)
        self.items.setColumnWidth(ItemListModel.FEED, 170)
        self.items.setColumnWidth(ItemListModel.DATE, 90)
        self.items.selectionModel().currentRowChanged.connect(self._on_item_changed)
        self.items.doubleClicked.connect(lambda _index: self.view.open_in_browser())
        self.items.setAccessibleName(self.tr("Items"))

        self.search = QLineEdit()
        self.search.setObjectName("itemSearch")
        self.search.setPlaceholderText(self.tr("Search the stored items (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.ctx.tasks.spawn(self.reload_items()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.unread_only = QCheckBox(self.tr("Unread only"))
        self.unread_only.toggled.connect(lambda _checked: self.ctx.tasks.spawn(self.reload_items()))
        self.items_label = QLabel()
        self.items_label.setObjectName("itemsCount")

        self.view = ItemView()
        self.view.spawn = ctx.tasks.spawn
        self.view.open_url = lambda url: self.open_url(url)
        self.view.star_toggled.connect(
            lambda item_id, on: self.ctx.tasks.spawn(self.set_starred(item_id, on))
        )
        self.view.read_toggled.connect(lambda item_id, on: self.ctx.tasks.spawn(self.set_read(item_id, on)))
        self.view.add_to_review.connect(lambda item_id: self.ctx.tasks.spawn(self.add_to_review(item_id)))
        self.view.send_to.connect(lambda item_id: self.ctx.tasks.spawn(self.send_item(item_id)))

        # -- actions --------------------------------------------------------------------------
        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                   widget: QWidget | None = None) -> QAction:  # fmt: skip
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(
                    Qt.ShortcutContext.WidgetShortcut
                    if widget
                    else Qt.ShortcutContext.WidgetWithChildrenShortcut
                )
            act.triggered.connect(lambda _checked=False: slot())
            (widget or self).addAction(act)
            return act

        self.subscribe_action = action(
            self.tr("Subscribe…"), self.ask_subscribe, QKeySequence.StandardKey.New
        )
        self.subscribe_action.setToolTip(self.tr("Follow a feed or a site (Ctrl+N)"))
        self.refresh_action = action(self.tr("Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh)
        self.refresh_action.setToolTip(self.tr("Fetch the new items of every feed (F5)"))
        self.mark_all_action = action(self.tr("Mark all read"), self.mark_all_read, "Ctrl+Shift+A")
        self.mark_all_action.setToolTip(self.tr("Mark every item of the selection as read (Ctrl+Shift+A)"))
        self.import_action = action(self.tr("Import OPML…"), self.ask_import)
        self.export_action = action(self.tr("Export OPML…"), self.ask_export)
        self.rename_action = action(self.tr("Rename feed…"), self.ask_rename)
        self.unsubscribe_action = action(self.tr("Unsubscribe"), self.unsubscribe_selected, "Del", self.tree)
        self.refresh_one_action = action(self.tr("Refresh this feed"), self.refresh_selected, "Shift+F5")
        self.find_action = action(
            self.tr("Search"), lambda: self.search.setFocus(), QKeySequence.StandardKey.Find
        )
        self.next_action = action(self.tr("Next item"), lambda: self.step(1), "J", self.items)
        self.prev_action = action(self.tr("Previous item"), lambda: self.step(-1), "K", self.items)
        self.toggle_read_action = action(self.tr("Toggle read"), self.toggle_read_current, "M", self.items)
        self.star_action = action(self.tr("Star"), self.toggle_star_current, "S", self.items)
        self.open_action = action(self.tr("Open in browser"), self.view.open_in_browser, "O", self.items)
        for act in (
            self.next_action,
            self.prev_action,
            self.toggle_read_action,
            self.star_action,
            self.open_action,
        ):
            self.view.browser.addAction(act)
        self.cancel_action = action(self.tr("Cancel"), self.refresher.cancel, "Esc")

        self.interval_combo = QComboBox()
        self.interval_combo.setObjectName("refreshInterval")
        for minutes in INTERVAL_CHOICES:
            label = (
                self.tr("Auto-refresh: off")
                if minutes == 0
                else self.tr("Auto-refresh: every %1 min").replace("%1", str(minutes))
            )
            self.interval_combo.addItem(label, minutes)
        try:
            saved = int(str(ctx.prefs.value(INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES)))
        except ValueError:
            saved = DEFAULT_INTERVAL_MINUTES
        self.interval_combo.setCurrentIndex(max(0, self.interval_combo.findData(saved)))
        self.interval_combo.currentIndexChanged.connect(self._on_interval_changed)
        self.refresher.set_interval(int(self.interval_combo.currentData()))
        self.interval_combo.setToolTip(self.tr("Refresh the feeds in the background while you are online"))

        toolbar = QHBoxLayout()
        for act in (self.subscribe_action, self.refresh_action, self.mark_all_action, self.import_action,
                    self.export_action):  # fmt: skip
            button = QToolButton()
            button.setDefaultAction(act)
            button.setAutoRaise(True)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.interval_combo)

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
        self.right.addWidget(item_panel)
        self.right.addWidget(self.view)
        self.right.setStretchFactor(0, 2)
        self.right.setStretchFactor(1, 3)
        self.right.setSizes([260, 420])
        self.splitter = QSplitter()
        self.splitter.setObjectName("feedsSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 730])
        self.splitter.setChildrenCollapsible(False)

        self.task_bar = TaskBar()
        self.task_bar.cancel_requested.connect(self.refresher.cancel)
        self.undo_bar = UndoBar()
        self.status = QLabel()
        self.status.setObjectName("feedsStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.task_bar)
        layout.addWidget(self.undo_bar)

        ctx.runner.changed.connect(self._on_changed)
        self._update_actions()

    # -- client and loading ----------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        if client_id == self.client_id:
            return
        self.client_id = client_id
        self.refresher.client_id = client_id
        self._selection = ("all", None)
        self.view.show_item(None)
        self.undo_bar.dismiss()
        if client_id is not None:
            self.ctx.tasks.spawn(self.reload())

    async def reload(self) -> None:
        await self.reload_feeds()
        await self.reload_items()

    async def reload_feeds(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        feeds, (unread, starred) = await self.ctx.runner.query(
            lambda s: (s.feeds.list(client_id), s.feeds.counts(client_id))
        )
        if client_id != self.client_id:
            return
        self.feeds = feeds
        self._fill_tree(feeds, unread, starred)
        self._update_actions()

    def _fill_tree(self, feeds: list[Feed], unread: int, starred: int) -> None:
        wanted = self._selection
        style = self.style()
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            bold = QFont(self.tree.font())
            bold.setBold(True)

            def node(
                parent: QTreeWidget | QTreeWidgetItem, text: str, count: int, key: tuple[str, object]
            ) -> QTreeWidgetItem:
                item = QTreeWidgetItem(parent)
                item.setText(0, text)
                item.setText(1, str(count) if count else "")
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(0, NODE_ROLE, key)
                if count:
                    item.setFont(0, bold)
                    item.setFont(1, bold)
                return item

            all_node = node(self.tree, self.tr("All items"), unread, ("all", None))
            all_node.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
            node(self.tree, self.tr("Starred"), starred, ("starred", None)).setText(
                0, "★ " + self.tr("Starred")
            )
            folders: dict[str, QTreeWidgetItem] = {}
            for feed in feeds:
                parent: QTreeWidget | QTreeWidgetItem = self.tree
                if feed.folder:
                    if feed.folder not in folders:
                        folder_unread = sum(f.unread for f in feeds if f.folder == feed.folder)
                        folders[feed.folder] = node(
                            self.tree, feed.folder, folder_unread, ("folder", feed.folder)
                        )
                        folders[feed.folder].setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_DirIcon))
                        folders[feed.folder].setExpanded(True)
                    parent = folders[feed.folder]
                title = feed.display_title + (" " + self.tr("(shared)") if feed.shared else "")
                item = node(parent, title, feed.unread, ("feed", feed.id))
                item.setToolTip(0, self.feed_tooltip(feed))
                if feed.has_error:
                    item.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                elif feed.last_success_at is None:
                    item.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
                elif feed.is_local:
                    item.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
                else:
                    item.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon))
            self.tree.expandAll()
            found = self._find_node(wanted) or all_node
            self.tree.setCurrentItem(found)
            self._selection = found.data(0, NODE_ROLE)
        finally:
            self.tree.blockSignals(False)

    def feed_tooltip(self, feed: Feed) -> str:
        lines = [feed.display_title, feed.url]
        if feed.has_error:
            lines.append(self.tr("⚠ %1").replace("%1", feed_error_message(feed.error_code, feed.http_status)))
            if feed.error_since:
                lines.append(
                    self.tr("Failing since %1").replace(
                        "%1", local_datetime(feed.error_since, with_time=True)
                    )
                )
            if feed.error_message:
                lines.append(self.tr("Details: %1").replace("%1", feed.error_message))
        elif feed.recovered_from:
            lines.append(self.tr("The feed has errors but could be read."))
        if feed.last_success_at:
            lines.append(
                self.tr("Last updated %1").replace("%1", local_datetime(feed.last_success_at, with_time=True))
            )
        else:
            lines.append(self.tr("Never fetched yet: press F5."))
        return "\n".join(lines)

    def _find_node(self, key: tuple[str, object]) -> QTreeWidgetItem | None:
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item is None:
                continue
            if item.data(0, NODE_ROLE) == key:
                return item
            iterator += [item.child(i) for i in range(item.childCount())]
        return None

    def _on_node_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        self._selection = current.data(0, NODE_ROLE)
        self._update_actions()
        self.ctx.tasks.spawn(self.reload_items())

    def select_node(self, kind: str, value: object = None) -> None:
        found = self._find_node((kind, value))
        if found is not None:
            self.tree.setCurrentItem(found)

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
        self.items_label.setText(self.tr("%1 feed items").replace("%1", str(self.model.total)))
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                self.items.selectionModel().setCurrentIndex(
                    self.model.index(row, ItemListModel.TITLE),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is None:
            return
        if changes.touches("feeds") and not self.refresher.busy:
            self.ctx.tasks.spawn(self.reload())
        elif changes.touches("feeds") or changes.touches("feed_items"):
            # During a refresh only the counts follow each batch; the item list reloads once at
            # the end, so the list does not jump under the reader every second.
            self.ctx.tasks.spawn(self.reload_feeds())

    def _update_actions(self) -> None:
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
        item = await self.ctx.runner.query(lambda s: s.feeds.item(item_id))
        self.view.show_item(item)
        if not item.read:
            await self.set_read(item_id, True)
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

    async def set_read(self, item_id: int, read: bool) -> None:
        await self.ctx.runner.mutate(lambda s: s.feeds.set_read([item_id], read))
        self.model.update_flags(item_id, read=read)
        if self.view.item is not None and self.view.item.id == item_id:
            self.view.show_item(await self.ctx.runner.query(lambda s: s.feeds.item(item_id)))

    async def set_starred(self, item_id: int, starred: bool) -> None:
        item = await self.ctx.runner.mutate(lambda s: s.feeds.set_starred(item_id, starred))
        self.model.update_flags(item_id, starred=starred)
        if self.view.item is not None and self.view.item.id == item_id:
            self.view.show_item(item)

    def toggle_read_current(self) -> None:
        if self.view.item is not None:
            self.ctx.tasks.spawn(self.set_read(self.view.item.id, not self.view.item.read))

    def toggle_star_current(self) -> None:
        if self.view.item is not None:
            self.ctx.tasks.spawn(self.set_starred(self.view.item.id, not self.view.item.starred))

    def mark_all_read(self) -> None:
        if self.client_id is not None:
            self.ctx.tasks.spawn(self.mark_selection_read())

    async def mark_selection_read(self) -> int:
        client_id = self.client_id
        kind, value = self._selection
        if kind == "starred":
            ids = [row.id for row in self.model.rows if not row.read]
            count = await self.ctx.runner.mutate(lambda s: s.feeds.set_read(ids))
        else:
            count = await self.ctx.runner.mutate(
                lambda s: s.feeds.mark_all_read(
                    client_id,
                    feed_id=value if kind == "feed" else None,  # type: ignore[arg-type]
                    folder=value if kind == "folder" else None,  # type: ignore[arg-type]
                )
            )
        await self.reload_items()
        self.status.setText(self.tr("%1 items marked as read.").replace("%1", str(count)))
        return count

    async def add_to_review(self, item_id: int) -> bool:
        client_id = self.client_id
        if client_id is None:
            return False
        language = self.ctx.language

        def add(store: Store) -> tuple[str, bool]:
            review_id = current_review_id(store, client_id, language)
            title = store.reviews.get(review_id).title
            try:
                store.reviews.add_item(review_id, item_id)
            except AlreadyInReview:
                return title, False
            if not store.feeds.item(item_id).starred:
                store.feeds.set_starred(item_id, True)
            return title, True

        title, added = await self.ctx.runner.mutate(add)
        self.model.update_flags(item_id, starred=True)
        if added:
            self.status.setText(self.tr("Added to “%1”.").replace("%1", title))
        else:
            self.status.setText(self.tr("Already in “%1”.").replace("%1", title))
        return added

    async def send_item(self, item_id: int, choice=None) -> str:  # noqa: ANN001
        """Make a note or a post draft from an item; returns "note", "post" or "" (cancelled)."""
        client_id = self.client_id
        if client_id is None:
            return ""
        item, notes_available = await self.ctx.runner.query(
            lambda s: (s.feeds.item(item_id), hasattr(s, "notes"))
        )
        if choice is None:
            dialog = SendToDialog(self.ctx.prefs, notes_available, self)
            self.dialog = dialog
            if await ask(dialog) != SendToDialog.DialogCode.Accepted.value:
                return ""
            choice = dialog.choice()
        language = self.ctx.language
        if choice.target == "note" and notes_available:
            body = item_note_markdown(item, language, choice.utm)
            note = await self.ctx.runner.mutate(
                lambda s: s.notes.create(client_id, item.title, body, tags=["veille"])  # type: ignore[attr-defined]
            )
            self.status.setText(self.tr("Note “%1” created in the notebook.").replace("%1", note.title))
            return "note"
        text = item_post_text(item, choice.utm)
        QGuiApplication.clipboard().setText(text)
        await self.ctx.runner.mutate(lambda s: append_to_composer(s, client_id, text))
        self.status.setText(self.tr("Post text copied to the clipboard and added to the composer (Drafts)."))
        return "post"

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

    def _refresh_started(self, total: int) -> None:
        self.task_bar.start(self.tr("Refreshing %1 feeds…").replace("%1", str(total)), total)
        self._update_actions()

    def _refresh_finished(self, summary: RefreshSummary) -> None:
        self.task_bar.finish()
        text = self.tr("Refresh done: %1 new items.").replace("%1", str(summary.new_items))
        if summary.errors:
            text += " " + self.tr("%1 feeds in error (see their tooltips).").replace(
                "%1", str(summary.errors)
            )
        if summary.moved:
            text += " " + self.tr("%1 feeds moved: their address was updated.").replace(
                "%1", str(summary.moved)
            )
        self.status.setText(text)
        self._update_actions()
        self.ctx.tasks.spawn(self.reload())

    def _on_interval_changed(self) -> None:
        minutes = int(self.interval_combo.currentData())
        self.ctx.prefs.set_value(INTERVAL_KEY, minutes)
        self.refresher.set_interval(minutes)

    # -- subscriptions ---------------------------------------------------------------------------
    def ask_subscribe(self) -> None:
        if self.client_id is not None:
            self.ctx.tasks.spawn(self.run_subscribe_dialog())

    async def run_subscribe_dialog(self) -> Feed | None:
        folders = sorted({feed.folder for feed in self.feeds if feed.folder})
        dialog = SubscribeDialog(folders, self)
        self.dialog = dialog
        if await ask(dialog) != SubscribeDialog.DialogCode.Accepted.value:
            return None
        values = dialog.values()
        return await self.subscribe_url(values.url, folder=values.folder, shared=values.shared)

    async def _ask_discovered(self, page_url: str, feeds: list[DiscoveredFeed]) -> DiscoveredFeed | None:
        dialog = DiscoveredFeedsDialog(page_url, feeds, self)
        self.dialog = dialog
        if await ask(dialog) != DiscoveredFeedsDialog.DialogCode.Accepted.value:
            return None
        return dialog.chosen()

    async def _fetch_one(self, url: str) -> FetchResult:
        options = {"timeout": 15.0, "total_timeout": 45.0, **self.fetcher_options}
        async with FeedFetcher(**options) as fetcher:  # type: ignore[arg-type]
            return await fetcher.fetch(FetchRequest(url))

    async def subscribe_url(self, url: str, *, folder: str = "", shared: bool = False) -> Feed | None:
        """Fetch the address; a feed is subscribed with its items, a web page offers the feeds
        it announces, an error is explained (and the address can be kept to retry later)."""
        client_id = None if shared else self.client_id
        try:
            address = validate_http_url(url)
        except InvalidUrl as error:
            self.status.setText(url_error_message(error.code))
            return None
        existing = await self.ctx.runner.query(
            lambda s: s.feeds.find_duplicate(client_id or self.client_id, address)
        )
        if existing is not None:
            return await self._already(existing)
        self.status.setText(self.tr("Looking for a feed at %1…").replace("%1", address))
        result = await self._fetch_one(address)
        if result.status == "error" and result.error_code == "not_a_feed":
            if not result.discovered:
                self.status.setText(
                    self.tr("No feed found at %1: this page announces none.").replace("%1", address)
                )
                return None
            chosen = result.discovered[0] if len(result.discovered) == 1 else None
            if chosen is None:
                chosen = await self.choose_discovered(address, list(result.discovered))
                if chosen is None:
                    self.status.setText("")
                    return None
            existing = await self.ctx.runner.query(
                lambda s: s.feeds.find_duplicate(client_id or self.client_id, chosen.url)
            )
            if existing is not None:
                return await self._already(existing)
            address = chosen.url
            result = await self._fetch_one(address)
        if result.status == "error" and not await self._keep_failing(address, result):
            self.status.setText(feed_error_message(result.error_code, result.http_status))
            return None
        try:
            feed = await self.ctx.runner.mutate(
                lambda s: s.feeds.subscribe(client_id, address, folder=folder, result=result)
            )
        except DuplicateFeed as duplicate:
            return await self._already(duplicate.existing)
        await self.reload_feeds()
        self.select_node("feed", feed.id)
        if feed.has_error:
            self.status.setText(
                self.tr("Subscribed to %1; it will be retried at the next refresh.").replace(
                    "%1", feed.display_title
                )
            )
        else:
            self.status.setText(
                self.tr("Subscribed to “%1”: %2 items.")
                .replace("%1", feed.display_title)
                .replace("%2", str(feed.total))
            )
        return feed

    async def _already(self, feed: Feed) -> Feed:
        if feed.deleted_at is not None:
            await self.ctx.runner.mutate(lambda s: s.trash.restore("feeds", feed.id))
            self.status.setText(
                self.tr("“%1” was in the trash: it is back.").replace("%1", feed.display_title)
            )
            await self.reload_feeds()
        else:
            self.status.setText(self.tr("You already follow “%1”.").replace("%1", feed.display_title))
        self.select_node("feed", feed.id)
        return feed

    async def _keep_failing(self, address: str, result: FetchResult) -> bool:
        """A feed that fails now (network, server) may work later: ask whether to keep it."""
        if result.error_code in ("not_a_feed", "invalid_url"):
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Subscribe to a feed"),
            self.tr("%1\n\nSubscribe anyway? The feed will be retried at each refresh.").replace(
                "%1", feed_error_message(result.error_code, result.http_status)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setInformativeText(address)
        self.dialog = box
        return await ask(box) == QMessageBox.StandardButton.Yes.value

    def ask_rename(self) -> None:
        feed = self.selected_feed()
        if feed is None:
            return
        title, ok = QInputDialog.getText(
            self,
            self.tr("Rename feed"),
            self.tr("Name (empty: the feed’s own title):"),
            text=feed.display_title,
        )
        if ok:
            new = title.strip()
            self.ctx.tasks.spawn(
                self.ctx.runner.mutate(lambda s: s.feeds.rename(feed.id, None if new == feed.title else new))
            )

    def unsubscribe_selected(self) -> None:
        feed = self.selected_feed()
        if feed is not None:
            self.ctx.tasks.spawn(self.unsubscribe(feed.id))

    async def unsubscribe(self, feed_id: int) -> None:
        title = next((f.display_title for f in self.feeds if f.id == feed_id), "")
        await self.ctx.runner.mutate(lambda s: s.trash.move_to_trash("feeds", feed_id))
        self._selection = ("all", None)
        self.view.show_item(None)
        self.undo_bar.offer(
            self.tr("Unsubscribed from “%1” (moved to the trash with its items).").replace("%1", title),
            lambda: self.ctx.tasks.spawn(self.ctx.runner.mutate(lambda s: s.trash.restore("feeds", feed_id))),
        )

    # -- OPML ------------------------------------------------------------------------------------
    def ask_import(self) -> None:
        if self.client_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import OPML"),
            str(Path.home()),
            self.tr("OPML files (*.opml *.xml);;All files (*)"),
        )
        if path:
            self.ctx.tasks.spawn(self.import_opml_file(Path(path)))

    async def import_opml_file(self, path: Path) -> ImportReport | None:
        client_id = self.client_id
        try:
            data = await read_file(path)
            document = await in_thread(read_opml_document, data)
        except OSError as error:
            self._import_error(path, error.strerror or str(error))
            return None
        except OpmlError as error:
            self._import_error(path, file_error_message(error.code))
            return None
        if not document.subscriptions:
            self._import_error(path, self.tr("This list holds no feeds."))
            return None
        progress = ThreadProgress(self)
        progress.progress.connect(self.task_bar.set_progress)
        self.task_bar.start(self.tr("Importing %1…").replace("%1", path.name), len(document.subscriptions))
        self.task_bar.cancel_requested.connect(lambda: setattr(progress, "cancelled", True))
        subscriptions = document.subscriptions
        try:
            report = await self.ctx.runner.mutate(
                lambda s: s.feeds.import_opml(
                    client_id, subscriptions, progress=progress.report, cancelled=progress.is_cancelled
                )
            )
        except ImportCancelled:
            self.status.setText(self.tr("Import cancelled: nothing was imported."))
            return None
        finally:
            self.task_bar.finish()
            self.task_bar.cancel_requested.disconnect()
            self.task_bar.cancel_requested.connect(self.refresher.cancel)
        await self.reload()
        self.status.setText(
            self.tr("Feeds imported: %1 Press F5 to fetch their items.").replace(
                "%1", import_report_text(report)
            )
        )
        return report

    def _import_error(self, path: Path, reason: str) -> None:
        text = self.tr("“%1” could not be imported. %2").replace("%1", path.name).replace("%2", reason)
        self.status.setText(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import OPML"), text, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.ctx.tasks.spawn(ask(box))

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export OPML"), str(Path.home() / "feeds.opml"), self.tr("OPML files (*.opml)")
        )
        if path:
            self.ctx.tasks.spawn(self.export_opml_file(Path(path)))

    async def export_opml_file(self, path: Path) -> int:
        client_id = self.client_id
        subscriptions = await self.ctx.runner.query(lambda s: s.feeds.export_opml(client_id))
        data = await in_thread(write_opml, subscriptions, self.tr("CM Toolbox feeds"))
        try:
            await write_file(path, data)
        except OSError as error:
            show_error(self, error)
            return 0
        self.status.setText(
            self.tr("%1 feeds exported to %2.")
            .replace("%1", str(len(subscriptions)))
            .replace("%2", path.name)
        )
        return len(subscriptions)
