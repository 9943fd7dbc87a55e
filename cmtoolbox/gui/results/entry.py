"""The Results section's first tab: quick entry of the figures of published posts and of the
followers per month, for the current client.

Each edited cell is written at once by a named operation (`ops.metrics.set_metric`,
`set_followers`), undoable from Edit ▸ Undo; the tab is the initiator, so it does not reload what
it just wrote, and reloads for every other change (an import, an undo, a post published).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.results.models import FollowersModel, GridView, PostsModel, last_months, network_name
from cmtoolbox.gui.results.tab import ResultsTab
from cmtoolbox.gui.widgets.labels import heading_label, placeholder_label
from cmtoolbox.gui.widgets.layouts import hbox, stacked, vbox
from cmtoolbox.gui.widgets.splitters import splitter
from cmtoolbox.ops import metrics as ops
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound

FOLLOWER_MONTHS = 6
RELOAD_ON = (Entity.POST_METRICS, Entity.FOLLOWER_COUNTS, Entity.DRAFTS, Entity.TRASH, Entity.CLIENTS)


class EntryTab(ResultsTab):
    reload_on = RELOAD_ON
    lazy = False

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, "resultsEntryTab", parent)
        self.loaded = False

        self.posts_model = PostsModel(self)
        self.posts_view = GridView("resultsPostsGrid")
        self.posts_view.setModel(self.posts_model)
        header = self.posts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        self.posts_title = heading_label("resultsPostsHeading", "", 1.1)
        self.posts_hint = QLabel()
        self.posts_hint.setObjectName("resultsPostsHint")
        self.posts_hint.setWordWrap(True)
        self.no_posts = placeholder_label("resultsNoPosts")
        self.posts_stack = stacked(self.no_posts, self.posts_view, name="resultsPostsStack")

        self.followers_model = FollowersModel(last_months(date.today(), FOLLOWER_MONTHS), self)
        self.followers_view = GridView("resultsFollowersGrid")
        self.followers_view.setModel(self.followers_model)
        self.followers_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.followers_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.followers_title = heading_label("resultsFollowersHeading", "", 1.1)
        self.add_network = QComboBox()
        self.add_network.setObjectName("resultsAddNetwork")

        top = QWidget()
        vbox(self.posts_title, self.posts_hint, (self.posts_stack, 1), parent=top, margins=0)
        bottom = QWidget()
        vbox(
            hbox(self.followers_title, None, self.add_network),
            (self.followers_view, 1),
            parent=bottom,
            margins=0,
        )
        self.splitter = splitter("resultsEntrySplitter", top, bottom, orientation=Qt.Orientation.Vertical)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([520, 200])
        vbox(self.splitter, parent=self, margins=0)

        self.posts_model.edited.connect(self._on_metric_edited)
        self.followers_model.edited.connect(self._on_followers_edited)
        for view in (self.posts_view, self.followers_view):
            view.delegate.rejected.connect(self._on_rejected)
        self.add_network.activated.connect(self._on_add_network)
        self.follow()

    # -- texts ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.posts_title.setText(self.tr("Published posts"))
        self.posts_hint.setText(
            self.tr(
                "Type the figures of each post as the network shows them (lifetime totals). Enter or Tab "
                "stores a figure and moves on; an empty cell means not measured."
            )
        )
        self.no_posts.setText(
            self.tr(
                "No published posts yet. Mark a draft as published in Drafts, or import an analytics "
                "export: its posts are matched with your drafts."
            )
        )
        self.followers_title.setText(self.tr("Followers at the end of each month"))
        self._fill_network_choice()

    def _fill_network_choice(self) -> None:
        self.add_network.blockSignals(True)
        self.add_network.clear()
        self.add_network.addItem(self.tr("Add a network…"), "")
        shown = set(self.followers_model.networks)
        for network_id in networks.NETWORKS:
            if network_id not in shown and network_id != "other":
                self.add_network.addItem(network_name(network_id), network_id)
        self.add_network.blockSignals(False)

    # -- loading -------------------------------------------------------------------------------
    async def reload(self) -> None:
        client_id = self.client_id
        if client_id is None:
            self.posts_model.set_posts([])
            self.followers_model.set_counts([], [])
            return
        posts = await self.ctx.runner.read(ops.published_posts, client_id)
        months = self.followers_model.months
        counts = await self.ctx.runner.read(ops.followers, client_id, months[0], months[-1])
        if client_id != self.client_id:
            return  # another client was chosen meanwhile; its own reload is on its way
        self.posts_model.set_posts(posts)
        per_network: dict[str, int] = {}
        for post in posts:
            per_network[post.network] = per_network.get(post.network, 0) + 1
        in_use = sorted(per_network, key=lambda n: -per_network[n])
        self.followers_model.set_counts(counts, in_use)
        self._fill_network_choice()
        self.posts_stack.setCurrentIndex(1 if posts else 0)
        self._size_columns()
        self.loaded = True

    async def show_post(self, variant_id: int) -> bool:
        """Select the first figure of post `variant_id` for typing (reloading when it is not listed
        yet: a post published since the last load); False when it is not a published post."""
        row = self.posts_model.row_of(variant_id)
        if row is None:
            await self.reload()
            row = self.posts_model.row_of(variant_id)
        if row is None:
            return False
        index = self.posts_model.index(row, self.posts_model.FIXED)
        self.posts_view.setCurrentIndex(index)
        self.posts_view.scrollTo(index)
        self.posts_view.setFocus()
        return True

    def _size_columns(self) -> None:
        view = self.posts_view
        for column in (0, 1, 3):
            view.resizeColumnToContents(column)
        view.setColumnWidth(2, 200)
        for column in range(PostsModel.FIXED, self.posts_model.columnCount()):
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, max(view.columnWidth(column), 64))

    # -- writing -------------------------------------------------------------------------------
    def _on_metric_edited(self, variant_id: int, metric: str, value: int | None) -> None:
        self.ctx.tasks.spawn(self._save_metric(variant_id, metric, value))

    async def _save_metric(self, variant_id: int, metric: str, value: int | None) -> None:
        try:
            stored = await self.ctx.runner.run(
                ops.set_metric, variant_id, metric, value, initiator=self, undo_label=self.tr("Edit a figure")
            )
        except (InvalidValue, NotFound):
            self.ctx.status.show(self.tr("This figure was not stored: it must be a whole number."))
            await self.reload()
            return
        self.posts_model.update_measurement(variant_id, stored)

    def _on_followers_edited(self, network: str, month: str, value: int | None) -> None:
        if self.client_id is not None:
            self.ctx.tasks.spawn(self._save_followers(self.client_id, network, month, value))

    async def _save_followers(self, client_id: int, network: str, month: str, value: int | None) -> None:
        try:
            await self.ctx.runner.run(
                ops.set_followers,
                client_id,
                network,
                month,
                value,
                initiator=self,
                undo_label=self.tr("Edit followers"),
            )
        except (InvalidValue, NotFound):
            self.ctx.status.show(self.tr("These followers were not stored: they must be a whole number."))
            await self.reload()

    def _on_rejected(self, text: str) -> None:
        self.ctx.status.show(fill(self.tr("“%1” is not a whole number: the cell keeps its value."), text))

    def _on_add_network(self, index: int) -> None:
        network_id = self.add_network.itemData(index)
        self.add_network.setCurrentIndex(0)
        if network_id:
            self.followers_model.add_network(network_id)
            self._fill_network_choice()
            row = self.followers_model.networks.index(network_id)
            self.followers_view.setCurrentIndex(
                self.followers_model.index(row, len(self.followers_model.months) - 1)
            )
            self.followers_view.setFocus()
