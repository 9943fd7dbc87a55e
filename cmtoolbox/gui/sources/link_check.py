"""The link check of the Sources tab: which bookmarks are dead, which moved, in the background.

Each source is checked with `core.fetch.FeedFetcher.check_link` (a few at a time, two per host);
results are written in batches (`ops.sources.record_link_checks`), so a cancelled check keeps
what it learnt. Moved pages are then offered an update of their address, which Undo reverts.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from cmtoolbox.core.fetch import FeedFetcher, LinkCheck
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.i18n import fill
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


class LinkChecker(QObject):
    def __init__(self, tab: SourcesTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx = tab.ctx
        self.dialog: QMessageBox | None = None

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
        batch: list[tuple[int, LinkCheck]] = []
        total = len(sources)
        bar = self.tab.task_bar
        bar.start(self.tr("Checking %n link(s)…", "", total), total, asyncio.current_task())
        self.tab.update_actions()
        last_flush = time.monotonic()

        async def flush() -> None:
            nonlocal batch, last_flush
            pending, batch = batch, []
            last_flush = time.monotonic()
            if pending:
                await self.ctx.runner.run(ops.record_link_checks, pending, initiator=self.tab)

        async def one(fetcher: FeedFetcher, source: Source) -> tuple[int, LinkCheck]:
            return source.id, await fetcher.check_link(source.url)

        cancelled = False
        try:
            async with FeedFetcher(**{**FETCHER_OPTIONS, **fetcher_options}) as fetcher:  # type: ignore[arg-type]
                tasks = [asyncio.ensure_future(one(fetcher, source)) for source in sources]
                try:
                    for done, future in enumerate(asyncio.as_completed(tasks), 1):
                        source_id, check = await future
                        batch.append((source_id, check))
                        counts[check.status] = counts.get(check.status, 0) + 1
                        bar.set_progress(done, total)
                        if len(batch) >= LINK_BATCH or time.monotonic() - last_flush > BATCH_SECONDS:
                            await flush()
                finally:
                    for task in tasks:
                        task.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
        except asyncio.CancelledError:
            cancelled = True
        finally:
            await flush()
            bar.finish()
            self.tab.update_actions()
        self._report(counts, cancelled)
        await self.tab.reload()
        if counts.get("moved") and not cancelled:
            self.ctx.tasks.spawn(self._offer_moved_update(counts["moved"]))
        return counts

    def _report(self, counts: dict[str, int], cancelled: bool) -> None:
        summary = fill(
            self.tr("Links checked: %1 OK, %2 moved, %3 dead, %4 uncertain."),
            *(counts.get(key, 0) for key in ("alive", "moved", "dead", "unknown")),
        )
        self.ctx.status.show(self.tr("Check cancelled.") + " " + summary if cancelled else summary)

    async def _offer_moved_update(self, count: int) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Moved pages"),
            self.tr("%n source(s) moved to a new address. Update their addresses now?", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.tab,
        )
        self.dialog = box
        if await ask(box) == QMessageBox.StandardButton.Yes.value:
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
