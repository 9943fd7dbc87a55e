"""What the drafts list does to a multi-selection: move to a status, archive, trash.

Each is one named operation over all the selected drafts (all move or none: a draft with no text
cannot go "to approve", so the whole move is refused and the status bar says why), with one undo
on the app's stack. The open draft is saved first, so the move sees what is on screen.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cmtoolbox.gui.drafts.list_status import refusal_text, status_label
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.page import PageController
from cmtoolbox.ops import drafts as ops
from cmtoolbox.storage.errors import InvalidValue

if TYPE_CHECKING:
    from cmtoolbox.gui.drafts.page import DraftsPage


class DraftListActions(PageController["DraftsPage"]):
    def __init__(self, page: DraftsPage) -> None:
        super().__init__(page)
        panel = page.list_panel
        panel.bulk_status.connect(lambda status: self.change_status(panel.selected_ids(), status))
        panel.bulk_archive.connect(lambda: self.archive(panel.selected_ids()))
        panel.bulk_trash.connect(lambda: self.trash(panel.selected_ids()))

    def _spawn(
        self, fn: Callable[..., Any], ids: list[int], *args: Any, label: str
    ) -> asyncio.Task[Any] | None:
        if not ids:
            return None
        flushed = self._page.editor_controller.autosaver.flush(checkpoint=True)
        return self._ctx.tasks.spawn(self._run(fn, ids, args, label, flushed))

    async def _run(
        self, fn: Callable[..., Any], ids: list[int], args: tuple[Any, ...], label: str, flushed: Any
    ) -> bool:
        await flushed
        try:
            await self._ctx.runner.run(fn, tuple(ids), *args, initiator=self._page, undo_label=label)
        except InvalidValue as error:
            self._ctx.status.show(refusal_text(error))
            return False
        self._ctx.status.show(label)
        return True

    def change_status(self, ids: list[int], status: str) -> asyncio.Task[Any] | None:
        label = fill(self.tr("%1: %2"), self.tr("%n draft(s) moved", "", len(ids)), status_label(status))
        return self._spawn(ops.change_statuses, ids, status, label=label)

    def archive(self, ids: list[int]) -> asyncio.Task[Any] | None:
        return self._spawn(ops.archive_drafts, ids, label=self.tr("%n draft(s) archived", "", len(ids)))

    def trash(self, ids: list[int]) -> asyncio.Task[Any] | None:
        return self._spawn(
            ops.trash_drafts, ids, label=self.tr("%n draft(s) moved to the trash", "", len(ids))
        )
