"""What the CM does to the open draft besides typing: status, planning, tags, languages, variants,
media, comments, versions, duplicate, trash.

Each is a named operation run with the page as initiator (the editor refreshes from the broadcast
changes, merging what it does not show yet); those cheap to reverse are on the app's undo stack with
a label. Steps that depend on the texts (a status that needs some text, a duplicate, the versions)
save what is on screen first. A refused step (scheduling without a date, approving an empty draft)
is explained in the status bar and the field goes back to the stored value.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.drafts.editor_history import DraftHistoryDialog
from cmtoolbox.gui.drafts.list_status import refusal_text, status_label
from cmtoolbox.gui.drafts.variants import VariantPanel, network_name
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.library.picker import MediaPickerDialog
from cmtoolbox.ops import drafts as ops
from cmtoolbox.storage.drafts import Draft
from cmtoolbox.storage.errors import InvalidValue

if TYPE_CHECKING:
    from cmtoolbox.gui.drafts.page import DraftsPage


class DraftActions(QObject):
    def __init__(self, page: DraftsPage) -> None:
        super().__init__(page)
        self._page = page
        self._ctx = page.ctx
        self._controller = page.editor_controller
        self._editor = page.editor
        self.history_dialog: DraftHistoryDialog | None = None
        self.media_dialog: MediaPickerDialog | None = None
        editor = self._editor
        editor.status.status_chosen.connect(self.change_status)
        editor.planning.planned.connect(self.replan)
        editor.tags.tags_edited.connect(self.set_tags)
        editor.languages_button.choice_changed.connect(self.set_languages)
        editor.texts.add_requested.connect(self.add_variant)
        editor.texts.panel_added.connect(self._wire_panel)
        editor.media.attach_requested.connect(self.attach_media)
        editor.media.remove_requested.connect(self.remove_media)
        editor.events.comment_added.connect(self.add_comment)
        editor.events.versions_requested.connect(self.show_history)

    def _wire_panel(self, panel: VariantPanel) -> None:
        panel.reset_requested.connect(self.reset_variant)
        panel.remove_requested.connect(self.remove_variant)

    # -- running ---------------------------------------------------------------------------------
    def _start(self, flow: Callable[[Draft, Any], Any], *, flush: bool = True) -> asyncio.Task[Any] | None:
        """Run `flow(draft, flushed)` for the open draft; `flushed` saves the texts shown NOW."""
        draft = self._controller.draft
        if draft is None:
            return None
        if flush:
            flushed = self._controller.autosaver.flush(checkpoint=False)
        else:
            flushed = asyncio.get_event_loop().create_future()
            flushed.set_result(None)
        return self._ctx.tasks.spawn(flow(draft, flushed))

    async def _run(self, fn: Callable[..., Any], *args: Any, label: str = "", **kwargs: Any) -> Any:
        """Run an operation on the open draft; a refusal is explained, None returned."""
        try:
            return await self._ctx.runner.run(fn, *args, initiator=self._page, undo_label=label, **kwargs)
        except InvalidValue as error:
            self._ctx.status.show(refusal_text(error))
            await self._controller.refresh_current()  # the fields show the stored state again
            return None

    def _simple(
        self, fn: Callable[..., Any], *args: Any, label: str = "", flush: bool = False, **kwargs: Any
    ) -> asyncio.Task[Any] | None:
        async def flow(_draft: Draft, flushed: Any) -> Any:
            await flushed
            result = await self._run(fn, *args, label=label, **kwargs)
            if result is not None and label:
                self._ctx.status.show(label)
            return result

        return self._start(flow, flush=flush)

    def _id(self) -> int:
        draft = self._controller.draft
        return draft.id if draft is not None else -1

    # -- fields ----------------------------------------------------------------------------------
    def change_status(self, status: str) -> asyncio.Task[Any] | None:
        label = fill(self.tr("Status: %1"), status_label(status))
        return self._simple(ops.change_status, self._id(), status, label=label, flush=True)

    def replan(self, planned: PlannedTime | None) -> asyncio.Task[Any] | None:
        if planned is None:
            return self._simple(ops.replan, self._id(), None, label=self.tr("Draft no longer planned"))
        label = fill(self.tr("Planned for %1"), format_datetime(planned.utc))
        return self._simple(ops.replan, self._id(), planned.utc, planned.zone, label=label)

    def set_tags(self, tags: list[str]) -> asyncio.Task[Any] | None:
        return self._simple(ops.set_tags, self._id(), tuple(tags))

    def set_languages(self, choice: tuple[str, ...] | None) -> asyncio.Task[Any] | None:
        self._editor.spelling.set_languages(choice)
        languages = None if choice is None else list(choice)
        return self._simple(ops.set_spell_languages, self._id(), languages)

    def add_comment(self, text: str) -> asyncio.Task[Any] | None:
        return self._simple(ops.add_comment, self._id(), text)

    # -- variants --------------------------------------------------------------------------------
    def add_variant(self, network: str) -> asyncio.Task[Any] | None:
        async def flow(draft: Draft, flushed: Any) -> Draft | None:
            await flushed
            label = fill(self.tr("%1 added to the draft"), network_name(network))
            result: Draft | None = await self._run(ops.add_variant, draft.id, network, label=label)
            current = self._controller.draft
            if result is not None and current is not None and current.id == draft.id:
                await self._controller.refresh_current()  # the new tab, as stored
                self._editor.texts.show_panel(network)
            return result

        return self._start(flow)

    def remove_variant(self, network: str) -> asyncio.Task[Any] | None:
        draft = self._controller.draft
        if draft is None:
            return None
        pending = self._controller.pending_removal
        pending.add(network)  # off the screen now, so no save brings it back
        self._editor.set_variant_networks([n for n in self._editor.texts.networks() if n != network])

        async def flow(draft: Draft, flushed: Any) -> Any:
            try:
                await flushed
                label = fill(self.tr("%1 removed from the draft"), network_name(network))
                return await self._run(ops.remove_variant, draft.id, network, label=label)
            finally:
                pending.discard(network)

        return self._start(flow)

    def reset_variant(self, network: str) -> asyncio.Task[Any] | None:
        panel = self._editor.texts.panel(network)
        if panel is None or self._controller.draft is None:
            return None
        panel.set_following(self._editor.texts.master.text())  # on screen first: the next save agrees
        self._editor.texts.update_labels()
        label = fill(self.tr("%1 follows the master again"), network_name(network))
        return self._simple(ops.reset_variant, self._id(), network, label=label)

    # -- media -----------------------------------------------------------------------------------
    def attach_media(self, scope: str) -> asyncio.Task[Any] | None:
        return self._start(lambda draft, _flushed: self._attach(draft, scope), flush=False)

    async def _attach(self, draft: Draft, scope: str) -> list[int]:
        name = next((c.name for c in self._page.clients.clients if c.id == draft.client_id), "")
        dialog = MediaPickerDialog(self._ctx, draft.client_id, name, self._page)
        dialog.setWindowTitle(self.tr("Attach from the library"))
        dialog.insert_button.setText(self.tr("&Attach"))
        self.media_dialog = dialog
        dialog.start_reload()
        if await ask(dialog) != MediaPickerDialog.DialogCode.Accepted.value:
            return []
        chosen = [item.id for item in dialog.chosen_items()]
        return await self.set_media(draft, scope, [*self._editor.media.media_ids(scope), *chosen])

    async def set_media(self, draft: Draft, scope: str, media_ids: Sequence[int]) -> list[int]:
        ids = list(dict.fromkeys(media_ids))
        where = network_name(scope) if scope else self.tr("every network")
        label = fill(self.tr("Media of the draft changed (%1)"), where)
        result = await self._run(ops.set_media, draft.id, ids, scope, label=label)
        return ids if result is not None else []

    def remove_media(self, scope: str, media_id: int) -> asyncio.Task[Any] | None:
        ids = [i for i in self._editor.media.media_ids(scope) if i != media_id]
        return self._start(lambda draft, _flushed: self.set_media(draft, scope, ids), flush=False)

    # -- the draft as a whole --------------------------------------------------------------------
    def show_history(self) -> asyncio.Task[Any] | None:
        async def flow(draft: Draft, flushed: Any) -> DraftHistoryDialog:
            await flushed
            title = self._editor.title.text() or draft.display_title
            dialog = self.history_dialog = DraftHistoryDialog(self._ctx, draft.id, title, self._page)
            await dialog.reload()
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return dialog

        draft = self._controller.draft
        if draft is None:
            return None
        flushed = self._controller.autosaver.flush(checkpoint=True)
        return self._ctx.tasks.spawn(flow(draft, flushed))

    def duplicate(self) -> asyncio.Task[Any] | None:
        async def flow(draft: Draft, flushed: Any) -> Draft | None:
            await flushed
            title = fill(self.tr("%1 (copy)"), self._editor.title.text() or draft.display_title)
            copy = await self._run(ops.duplicate_draft, draft.id, title=title[:200])
            return await self._controller.open_draft(copy.id) if copy is not None else None

        return self._start(flow)

    def trash(self) -> asyncio.Task[Any] | None:
        async def flow(draft: Draft, flushed: Any) -> None:
            await flushed
            title = self._editor.title.text() or draft.display_title or self.tr("Untitled")
            label = fill(self.tr("Draft “%1” moved to the trash"), title)
            await self._run(ops.move_to_trash, draft.id, label=label)
            self._ctx.status.show(label)

        return self._start(flow)
