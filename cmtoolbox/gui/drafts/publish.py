"""Publishing by hand, made quick: copy each variant's text (a thread one post per click, with
"Post 2/4 copied" shown), open the network's own site, and record the publication.

The texts copied are what `ops.drafts.publishing_kit` says goes out (the thread split honours the
account's own limit), read after saving what is on screen. Marking as published takes the post's
address and the real time (`MarkPublishedDialog`), for one variant or the whole draft; it is
undoable, and "Not published" forgets a publication recorded by mistake.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from cmtoolbox.core import networks
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.drafts.list_status import refusal_text
from cmtoolbox.gui.drafts.publish_dialog import MarkPublishedDialog
from cmtoolbox.gui.drafts.variants import VariantPanel
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.page import PageController
from cmtoolbox.ops import drafts as ops
from cmtoolbox.storage.drafts import Draft
from cmtoolbox.storage.errors import InvalidValue

if TYPE_CHECKING:
    from cmtoolbox.gui.drafts.page import DraftsPage


class PublishFlow(PageController["DraftsPage"]):
    def __init__(self, page: DraftsPage) -> None:
        super().__init__(page)
        self._controller = page.editor_controller
        self._texts = page.editor.texts
        self._copied: dict[str, tuple[tuple[str, ...], int]] = {}  # network -> (posts, next one)
        self.dialog: MarkPublishedDialog | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._texts.panel_added.connect(self._wire)
        self._texts.mark_all_requested.connect(lambda: self.mark_published(None))

    def _wire(self, panel: VariantPanel) -> None:
        row = panel.publish
        row.copy_requested.connect(self.copy_next)
        row.open_requested.connect(self.open_site)
        row.mark_requested.connect(self.mark_published)
        row.clear_requested.connect(self.clear_publication)
        row.view_requested.connect(self.view_post)
        panel.editor.text_changed.connect(lambda n=panel.network: self._restart(n))
        panel.follows_changed.connect(lambda _f, n=panel.network: self._restart(n))

    def _restart(self, network: str) -> None:
        """The text changed: the next copy starts at the first post again."""
        if network in self._copied:
            del self._copied[network]
            panel = self._texts.panel(network)
            if panel is not None:
                panel.publish.show_progress("")

    async def _target(self, draft: Draft, network: str) -> ops.PublishingTarget | None:
        await self._controller.autosaver.flush(checkpoint=False)  # the kit reads what is stored
        kit = await self._ctx.runner.read(ops.publishing_kit, draft.id)
        return next((t for t in kit if t.network == network), None)

    def _spawn(self, coro: Any) -> asyncio.Task[Any] | None:
        return self._ctx.tasks.spawn(coro)

    # -- copying ---------------------------------------------------------------------------------
    def copy_next(self, network: str) -> asyncio.Task[Any] | None:
        draft = self._controller.draft
        return self._spawn(self._copy_next(draft, network)) if draft is not None else None

    async def _copy_next(self, draft: Draft, network: str) -> str:
        target = await self._target(draft, network)
        panel = self._texts.panel(network)
        if target is None or panel is None:
            return ""
        posts = tuple(target.posts)
        if not posts:
            panel.publish.show_progress(self.tr("Nothing to copy: the text is empty."))
            return ""
        before, index = self._copied.get(network, ((), 0))
        if before != posts:
            index = 0
        text = posts[index]
        QGuiApplication.clipboard().setText(text)
        self._copied[network] = (posts, (index + 1) % len(posts))
        if len(posts) == 1:
            panel.publish.show_progress(self.tr("Copied"))
        else:
            panel.publish.show_progress(fill(self.tr("Post %1/%2 copied"), index + 1, len(posts)))
        return text

    def open_site(self, network: str) -> asyncio.Task[Any] | None:
        draft = self._controller.draft
        return self._spawn(self._open_site(draft, network)) if draft is not None else None

    async def _open_site(self, draft: Draft, network: str) -> str | None:
        target = await self._target(draft, network)
        url = target.site_url if target is not None else None
        safe = networks.safe_web_url(url or "")
        if safe is None:
            self._ctx.status.show(
                fill(self.tr("No web address is known for %1."), networks.network(network).name)
            )
            return None
        self.open_url(QUrl(safe))
        return safe

    def view_post(self, url: str) -> bool:
        """Open a published post's address (only http(s) addresses are ever opened)."""
        safe = networks.safe_web_url(url)
        if safe is not None:
            self.open_url(QUrl(safe))
        return safe is not None

    # -- recording -------------------------------------------------------------------------------
    def mark_published(self, network: str | None) -> asyncio.Task[Any] | None:
        draft = self._controller.draft
        return self._spawn(self._mark(draft, network)) if draft is not None else None

    async def _mark(self, draft: Draft, network: str | None) -> Draft | None:
        dialog = self.dialog = MarkPublishedDialog(network, self._page)
        if await ask(dialog) != MarkPublishedDialog.DialogCode.Accepted.value:
            return None
        url, at = dialog.published_url(), dialog.published_at()  # read before the dialog goes away
        await self._controller.autosaver.flush(checkpoint=True)
        name = networks.network(network).name if network else ""
        label = (
            fill(self.tr("Marked as published on %1"), name)
            if network
            else self.tr("Draft marked as published")
        )
        try:
            result = await self._ctx.runner.run(
                ops.mark_published,
                draft.id,
                url=url,
                at=at,
                network=network,
                initiator=self._page,
                undo_label=label,
            )
        except InvalidValue as error:
            self._ctx.status.show(refusal_text(error))
            return None
        self._ctx.status.show(label)
        return result

    def clear_publication(self, network: str) -> asyncio.Task[Any] | None:
        draft = self._controller.draft
        if draft is None:
            return None
        label = fill(self.tr("Publication on %1 forgotten"), networks.network(network).name)
        return self._spawn(
            self._ctx.runner.run(
                ops.clear_publication, draft.id, network=network, initiator=self._page, undo_label=label
            )
        )
