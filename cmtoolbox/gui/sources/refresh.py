"""Refreshing feeds in the background: many at once, written to the database in batches.

`core.fetch.FeedFetcher` does the network side (concurrency and per-host limits, timeouts, size
cap, redirects, conditional GET), parsing in the app's CPU pool; `file:` feeds are read by
`storage.feeds.read_local_feed` in the IO pool. Results are handed to the database thread every
few feeds (`ops.feeds.apply_results`, one transaction per batch), so the list fills in while the
refresh runs and a cancelled refresh keeps what it already fetched. One refresh runs at a time:
a periodic tick that finds one running is skipped.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Iterable
from concurrent.futures import BrokenExecutor, Executor
from contextlib import aclosing

from PySide6.QtCore import QObject, QTimer, Signal

from cmtoolbox.core.fetch import FeedFetcher, FetchRequest, FetchResult, warm_up
from cmtoolbox.gui.batches import Batches, as_they_finish
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.pools import IO
from cmtoolbox.ops import feeds as ops
from cmtoolbox.storage.feeds import RefreshSummary, read_local_feed

log = logging.getLogger(__name__)

BATCH_SIZE = 8
BATCH_SECONDS = 1.0
DEFAULT_INTERVAL_MINUTES = 30
INTERVAL_KEY = "feeds/refresh_minutes"
INTERVAL_CHOICES = (0, 15, 30, 60, 120)


def is_online() -> bool:
    """False only when Qt's network information backend says the machine is offline; True when
    it cannot tell (no backend on this platform), so a refresh is tried rather than skipped."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:  # pragma: no cover - QtNetwork ships with PySide6-Essentials
        return True
    info = QNetworkInformation.instance()
    if info is None and not QNetworkInformation.loadDefaultBackend():
        return True
    info = QNetworkInformation.instance()
    if info is None:
        return True
    return info.reachability() not in (QNetworkInformation.Reachability.Disconnected,)


class FeedRefresher(QObject):
    """Runs refreshes; the reader shows `progress` and re-reads the database on `finished`."""

    started = Signal(int)  # number of feeds
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # RefreshSummary (partial when cancelled)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, **fetcher_options: object) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fetcher_options: dict[str, object] = {
            "max_concurrency": 6,
            "per_host": 2,
            "timeout": 15.0,
            "total_timeout": 60.0,
            **fetcher_options,
        }
        self._task: asyncio.Task | None = None
        self.last_summary: RefreshSummary | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.client_id: int | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    # -- periodic ------------------------------------------------------------------------------
    def set_interval(self, minutes: int) -> None:
        """Refresh every `minutes` (0: never) while the app runs and the machine is online."""
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    def _tick(self) -> None:
        if self.busy or self.client_id is None:
            log.info("periodic feed refresh skipped (%s)", "running" if self.busy else "no client")
            return
        if not is_online():
            log.info("periodic feed refresh skipped: offline")
            return
        self.refresh(self.client_id)

    # -- running -------------------------------------------------------------------------------
    def refresh(self, client_id: int, feed_ids: Iterable[int] | None = None) -> asyncio.Task | None:
        """Start a refresh (all the client's feeds, or `feed_ids`); None when one is running."""
        if self.busy:
            return None
        ids = list(feed_ids) if feed_ids is not None else None
        self._task = self.ctx.tasks.spawn(self.run(client_id, ids))
        return self._task

    def cancel(self) -> None:
        if self.busy and self._task is not None:
            self._task.cancel()

    async def run(self, client_id: int, feed_ids: list[int] | None = None) -> RefreshSummary:
        pairs = await self.ctx.runner.read(ops.fetch_requests, client_id, feed_ids)
        total = len(pairs)
        summary = RefreshSummary(())
        self.started.emit(total)
        self.progress.emit(0, total)

        async def apply(results: list[tuple[int, FetchResult]]) -> None:
            nonlocal summary
            summary = summary.merged(await self.ctx.runner.run(ops.apply_results, results, initiator=self))

        batches = Batches(apply, BATCH_SIZE, BATCH_SECONDS)

        async def one(fetcher: FeedFetcher, feed_id: int, request: FetchRequest) -> tuple[int, FetchResult]:
            if request.url.lower().startswith("file:"):
                return feed_id, await self.ctx.pools.run(IO, read_local_feed, request)
            return feed_id, await fetcher.fetch(request)

        try:
            # Imports, the parsing process and the TLS set-up of the client: tens of ms each, on
            # a worker rather than on the UI thread the event loop runs on (issue 16).
            await self.ctx.pools.run(IO, warm_up)
            parser: Executor | None = None
            try:
                parser = await self.ctx.pools.run(IO, self.ctx.pools.start_parser)
            except (OSError, BrokenExecutor):  # no process to be had: parse in a thread
                log.warning("the feed parser's process did not start", exc_info=True)
            options = {"parse_executor": parser, **self.fetcher_options}
            fetcher = await self.ctx.pools.run(IO, functools.partial(FeedFetcher, **options))  # type: ignore[arg-type]
            async with fetcher:
                jobs = (one(fetcher, feed_id, request) for feed_id, request in pairs)
                async with aclosing(as_they_finish(jobs)) as results:
                    async for done, result in results:
                        self.progress.emit(done, total)
                        await batches.add(result)
        except asyncio.CancelledError:
            await batches.flush()  # keep what was fetched before the cancel
            self.last_summary = summary
            self.finished.emit(summary)
            raise
        await batches.flush()
        self.last_summary = summary
        self.finished.emit(summary)
        return summary
