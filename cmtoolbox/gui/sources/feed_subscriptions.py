"""The reader's subscription flows: subscribe (with discovery), rename, unsubscribe, OPML.

A controller, not a widget: it sequences the dialogs, the network (`core.fetch`, off the UI
thread) and the named operations of `ops.feeds`, and tells the CM what happened through the
status bar. Writes are tagged with the reader as initiator; unsubscribing, renaming, subscribing
and importing go on the app's undo stack (Edit ▸ Undo).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog

from cmtoolbox.core.feeds import DiscoveredFeed
from cmtoolbox.core.fetch import FeedFetcher, FetchRequest, FetchResult
from cmtoolbox.core.opml import OpmlError, read_opml_document, write_opml
from cmtoolbox.core.urls import InvalidUrl, validate_http_url
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.files import ThreadProgress
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.pools import CPU
from cmtoolbox.gui.sources.messages import (
    feed_error_message,
    import_report_text,
    url_error_message,
)
from cmtoolbox.gui.sources.subscribe import DiscoveredFeedsDialog, SubscribeDialog
from cmtoolbox.gui.sources.tab_controller import TabController
from cmtoolbox.ops import feeds as ops
from cmtoolbox.storage.feeds import DuplicateFeed, Feed
from cmtoolbox.storage.sources import ImportCancelled, ImportReport

if TYPE_CHECKING:
    from cmtoolbox.gui.sources.feeds_tab import FeedsTab


class SubscriptionFlows(TabController):
    tab: FeedsTab

    def __init__(self, tab: FeedsTab) -> None:
        super().__init__(tab)
        self.choose_discovered: Callable[[str, list[DiscoveredFeed]], Awaitable[DiscoveredFeed | None]] = (
            self._ask_discovered
        )
        self._import: ThreadProgress | None = None

    # -- subscribe -------------------------------------------------------------------------------
    def ask_subscribe(self) -> None:
        if self.tab.client_id is not None:
            self.ctx.tasks.spawn(self.run_subscribe_dialog())

    async def run_subscribe_dialog(self) -> Feed | None:
        folders = sorted({feed.folder for feed in self.tab.feeds if feed.folder})
        dialog = SubscribeDialog(folders, self.tab)
        self.dialog = dialog
        if await ask(dialog) != SubscribeDialog.DialogCode.Accepted.value:
            return None
        values = dialog.values()
        return await self.subscribe_url(values.url, folder=values.folder, shared=values.shared)

    async def _ask_discovered(self, page_url: str, feeds: list[DiscoveredFeed]) -> DiscoveredFeed | None:
        dialog = DiscoveredFeedsDialog(page_url, feeds, self.tab)
        self.dialog = dialog
        if await ask(dialog) != DiscoveredFeedsDialog.DialogCode.Accepted.value:
            return None
        return dialog.chosen()

    async def _fetch_one(self, url: str) -> FetchResult:
        options = {
            "timeout": 15.0,
            "total_timeout": 45.0,
            "parse_executor": self.ctx.pools.parse_executor(),
            **self.tab.fetcher_options,
        }
        async with FeedFetcher(**options) as fetcher:  # type: ignore[arg-type]
            return await fetcher.fetch(FetchRequest(url))

    async def subscribe_url(self, url: str, *, folder: str = "", shared: bool = False) -> Feed | None:
        """Fetch the address; a feed is subscribed with its items, a web page offers the feeds
        it announces, an error is explained (and the address can be kept to retry later)."""
        own_client = self.tab.client_id
        client_id = None if shared else own_client
        try:
            address = validate_http_url(url)
        except InvalidUrl as error:
            self._say(url_error_message(error.code))
            return None
        existing = await self.ctx.runner.read(ops.find_subscription, client_id or own_client, address)
        if existing is not None:
            return await self._already(existing)
        self._say(fill(self.tr("Looking for a feed at %1…"), address))
        result = await self._fetch_one(address)
        if result.status == "error" and result.error_code == "not_a_feed":
            if not result.discovered:
                self._say(fill(self.tr("No feed found at %1: this page announces none."), address))
                return None
            chosen = result.discovered[0] if len(result.discovered) == 1 else None
            if chosen is None:
                chosen = await self.choose_discovered(address, list(result.discovered))
                if chosen is None:
                    self._say("")
                    return None
            existing = await self.ctx.runner.read(ops.find_subscription, client_id or own_client, chosen.url)
            if existing is not None:
                return await self._already(existing)
            address = chosen.url
            result = await self._fetch_one(address)
        if result.status == "error" and not await self._keep_failing(address, result):
            self._say(feed_error_message(result.error_code, result.http_status))
            return None
        try:
            feed: Feed = await self.ctx.runner.run(
                ops.subscribe, client_id, address, folder, result,
                initiator=self.tab, undo_label=self.tr("Subscription"),
            )  # fmt: skip
        except DuplicateFeed as duplicate:
            return await self._already(duplicate.existing)
        await self.tab.reload_feeds()
        self.tab.select_node("feed", feed.id)
        if feed.has_error:
            retried = self.tr("Subscribed to %1; it will be retried at the next refresh.")
            self._say(fill(retried, feed.display_title))
        else:
            self._say(fill(self.tr("Subscribed to “%1”: %n item(s).", "", feed.total), feed.display_title))
        return feed

    async def _already(self, feed: Feed) -> Feed:
        if feed.deleted_at is not None:
            await self.ctx.runner.run(ops.restore_feed, feed.id, initiator=self.tab)
            self._say(fill(self.tr("“%1” was in the trash: it is back."), feed.display_title))
            await self.tab.reload_feeds()
        else:
            self._say(fill(self.tr("You already follow “%1”."), feed.display_title))
        self.tab.select_node("feed", feed.id)
        return feed

    async def _keep_failing(self, address: str, result: FetchResult) -> bool:
        """A feed that fails now (network, server) may work later: ask whether to keep it."""
        if result.error_code in ("not_a_feed", "invalid_url"):
            return False
        text = fill(
            self.tr("%1\n\nSubscribe anyway? The feed will be retried at each refresh."),
            feed_error_message(result.error_code, result.http_status),
        )
        return await self._ask_yes_no(self.tr("Subscribe to a feed"), text, address)

    # -- rename, unsubscribe ---------------------------------------------------------------------
    def ask_rename(self) -> None:
        feed = self.tab.selected_feed()
        if feed is None:
            return
        title, ok = QInputDialog.getText(
            self.tab,
            self.tr("Rename feed"),
            self.tr("Name (empty: the feed’s own title):"),
            text=feed.display_title,
        )
        if ok:
            new = title.strip()
            self.ctx.tasks.spawn(
                self.ctx.runner.run(
                    ops.rename_feed,
                    feed.id,
                    None if new == feed.title else new,
                    initiator=self.tab,
                    undo_label=self.tr("Feed renamed"),
                )  # fmt: skip
            )

    def unsubscribe_selected(self) -> None:
        feed = self.tab.selected_feed()
        if feed is not None:
            self.ctx.tasks.spawn(self.unsubscribe(feed.id))

    async def unsubscribe(self, feed_id: int) -> None:
        """Move the feed and its items to the trash (Edit ▸ Undo brings them back)."""
        title = next((f.display_title for f in self.tab.feeds if f.id == feed_id), "")
        label = fill(self.tr("Unsubscribed from “%1”"), title)
        await self.ctx.runner.run(ops.unsubscribe, feed_id, initiator=self.tab, undo_label=label)
        self.tab.forget_selection()
        await self.tab.reload()

    # -- OPML ------------------------------------------------------------------------------------
    def ask_import(self) -> None:
        if self.tab.client_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.tab,
            self.tr("Import OPML"),
            str(Path.home()),
            self.tr("OPML files (*.opml *.xml);;All files (*)"),
        )
        if path:
            self.ctx.tasks.spawn(self.import_opml_file(Path(path)))

    def cancel(self) -> None:
        """Stop an import in progress (nothing of it is kept)."""
        if self._import is not None:
            self._import.cancelled = True

    async def import_opml_file(self, path: Path) -> ImportReport | None:
        client_id = self.tab.client_id
        title = self.tr("Import OPML")
        document = await self.read_import(
            path,
            read_opml_document,
            OpmlError,
            title,
            entries=lambda read: read.subscriptions,
            nothing=self.tr("This list holds no feeds."),
        )
        if document is None:
            return None
        progress = self._import = ThreadProgress(self)
        bar = self.tab.task_bar
        progress.progress.connect(bar.set_progress)
        bar.start(fill(self.tr("Importing %1…"), path.name), len(document.subscriptions))
        self.tab.update_actions()  # Esc cancels
        try:
            report: ImportReport = await self.ctx.runner.run(
                ops.import_opml, client_id, document.subscriptions, progress.report, progress.is_cancelled,
                initiator=self.tab, undo_label=fill(self.tr("Import of %1"), path.name),
            )  # fmt: skip
        except ImportCancelled:
            self._say(self.tr("Import cancelled: nothing was imported."))
            return None
        finally:
            self._import = None
            bar.finish()
            self.tab.update_actions()
        await self.tab.reload()
        imported = self.tr("Feeds imported: %1 Press F5 to fetch their items.")
        self._say(fill(imported, import_report_text(report)))
        return report

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.tab, self.tr("Export OPML"), str(Path.home() / "feeds.opml"), self.tr("OPML files (*.opml)")
        )
        if path:
            self.ctx.tasks.spawn(self.export_opml_file(Path(path)))

    async def export_opml_file(self, path: Path) -> int:
        client_id = self.tab.client_id
        if client_id is None:
            return 0
        subscriptions = await self.ctx.runner.read(ops.export_opml, client_id)
        data = await self.ctx.pools.run(CPU, write_opml, subscriptions, self.tr("CM Toolbox feeds"))
        if not await self.write_export(path, data):
            return 0
        count = len(subscriptions)
        self._say(fill(self.tr("%n feed(s) exported to %1.", "", count), path.name))
        return count
