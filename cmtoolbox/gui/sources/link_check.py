"""The link check of the Sources tab: which bookmarks are dead, which moved, in the background.

Each source is checked with `core.fetch.FeedFetcher.check_link` (a few at a time, two per host);
results are written in batches (`ops.sources.record_link_checks`), so a cancelled check keeps
what it learnt. Moved pages are then offered an update of their address, which Undo reverts.
"""

from __future__ import annotations

import asyncio
from contextlib import aclosing
from typing import TYPE_CHECKING

from cmtoolbox.core.fetch import FeedFetcher, LinkCheck
from cmtoolbox.gui.batches import Batches, as_they_finish
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.tab_controller import TabController
from cmtoolbox.ops import sources as ops
from cmtoolbox.storage.sources import Source

if TYPE_CHECKING:
    from cmtoolbox.gui.sources.sources_tab import SourcesTab

LINK_BATCH = 20
BATCH_SECONDS = 1.0
FETCHER_OPTIONS: dict[str, object] = {
    "max_concurrency": 8,
    "per_host": 2,
    "timeout": 12.0,
    "total_timeout": 30.0,
}


def is_moved(source: Source) -> bool:
    return source.link_status == "moved" and bool(source.link_new_url)


class LinkChecker(TabController):
    tab: SourcesTab

    def check_links(self) -> None:
        """Check the selection when several sources are selected, else every source."""
        if self.tab.client_id is None or self.tab.task_bar.busy:
            return
        ids = self.tab.selected_ids()
        self.ctx.tasks.spawn(self.run_link_check(ids if len(ids) > 1 else None))

    async def run_link_check(self, ids: list[int] | None = None, **fetcher_options: object) -> dict[str, int]:
        """Check the links of the client's sources (or of `ids`), writing results in batches;
        returns how many ended in each state. Cancel keeps the results of finished checks."""
        client_id = self.tab.client_id
        assert client_id is not None
        sources = await self.ctx.runner.read(ops.sources_by_id, client_id, ids)
        if not sources:
            return {}
        counts: dict[str, int] = {}
        batches: Batches[tuple[int, LinkCheck]] = Batches(self._record, LINK_BATCH, BATCH_SECONDS)
        total = len(sources)
        bar = self.tab.task_bar
        bar.start(self.tr("Checking %n link(s)…", "", total), total, asyncio.current_task())
        self.tab.update_actions()

        async def one(fetcher: FeedFetcher, source: Source) -> tuple[int, LinkCheck]:
            return source.id, await fetcher.check_link(source.url)

        cancelled = False
        try:
            async with FeedFetcher(**{**FETCHER_OPTIONS, **fetcher_options}) as fetcher:  # type: ignore[arg-type]
                jobs = (one(fetcher, source) for source in sources)
                async with aclosing(as_they_finish(jobs)) as results:
                    async for done, (source_id, check) in results:
                        counts[check.status] = counts.get(check.status, 0) + 1
                        bar.set_progress(done, total)
                        await batches.add((source_id, check))
        except asyncio.CancelledError:
            cancelled = True
        finally:
            await batches.flush()
            bar.finish()
            self.tab.update_actions()
        self._report(counts, cancelled)
        await self.tab.reload()
        if counts.get("moved") and not cancelled:
            self.ctx.tasks.spawn(self._offer_moved_update(counts["moved"]))
        return counts

    async def _record(self, checks: list[tuple[int, LinkCheck]]) -> None:
        await self.ctx.runner.run(ops.record_link_checks, checks, initiator=self.tab)

    def _report(self, counts: dict[str, int], cancelled: bool) -> None:
        summary = fill(
            self.tr("Links checked: %1 OK, %2 moved, %3 dead, %4 uncertain."),
            *(counts.get(key, 0) for key in ("alive", "moved", "dead", "unknown")),
        )
        self.ctx.status.show(self.tr("Check cancelled.") + " " + summary if cancelled else summary)

    async def _offer_moved_update(self, count: int) -> None:
        if await self._ask_yes_no(
            self.tr("Moved pages"),
            self.tr("%n source(s) moved to a new address. Update their addresses now?", "", count),
        ):
            await self.apply_moved([s.id for s in self.tab.model.sources if is_moved(s)])

    def update_moved_selected(self) -> None:
        ids = [s.id for s in self.tab.selected_sources() if is_moved(s)]
        if ids:
            self.ctx.tasks.spawn(self.apply_moved(ids))

    async def apply_moved(self, ids: list[int]) -> int:
        """Follow the new address of moved sources; a new address the client already has is
        left alone and reported."""
        report = await self.ctx.runner.run(
            ops.apply_moved, ids, initiator=self.tab, undo_label=self.tr("Addresses of moved pages updated")
        )
        text = self.tr("%n address(es) updated.", "", report.updated)
        if report.clashes:
            text += " " + fill(
                self.tr("Not updated (the new address is already a source): %1."), ", ".join(report.clashes)
            )
        self.ctx.status.show(text)
        await self.tab.reload()
        return report.updated
