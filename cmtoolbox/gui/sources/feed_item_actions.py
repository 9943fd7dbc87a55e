"""What the reader does to items: read and star flags, "mark all read", the revue de presse,
and turning an item into a note or a new draft (opened in the Drafts section).

A controller for `FeedsTab`: each action runs a named operation (`ops.feeds`, `ops.reviews`)
tagged with the reader as initiator, then shows the item's new flags in place, in the list and in
the reading pane (the star button follows "Add to press review", which stars the item). Starring
and marking a selection read go on the app's undo stack; opening an item marks it read without
one, or every article glanced at would need an undo.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.drafts.links import open_draft_in_window
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.send_to import SendChoice, SendToDialog, item_note_markdown, item_post_text
from cmtoolbox.gui.sources.tab_controller import TabController
from cmtoolbox.ops import drafts as draft_ops
from cmtoolbox.ops import feeds as ops
from cmtoolbox.ops import reviews as review_ops
from cmtoolbox.ops.reviews import ReviewAddition
from cmtoolbox.storage.feeds import FeedItem

if TYPE_CHECKING:
    from cmtoolbox.gui.sources.feeds_tab import FeedsTab


class ItemActions(TabController):
    tab: FeedsTab

    # -- flags -----------------------------------------------------------------------------------
    async def set_read(self, item_id: int, read: bool) -> None:
        self.tab.show_flags(await self.ctx.runner.run(ops.set_item_read, item_id, read, initiator=self.tab))

    async def set_starred(self, item_id: int, starred: bool) -> FeedItem:
        label = self.tr("Item starred") if starred else self.tr("Star removed")
        item: FeedItem = await self.ctx.runner.run(
            ops.set_starred, item_id, starred, initiator=self.tab, undo_label=label
        )
        self.tab.show_flags(item)
        return item

    def toggle_read_current(self) -> None:
        item = self.tab.view.item
        if item is not None:
            self.ctx.tasks.spawn(self.set_read(item.id, not item.read))

    def toggle_star_current(self) -> None:
        item = self.tab.view.item
        if item is not None:
            self.ctx.tasks.spawn(self.set_starred(item.id, not item.starred))

    def mark_all_read(self) -> None:
        if self.tab.client_id is not None:
            self.ctx.tasks.spawn(self.mark_selection_read())

    async def mark_selection_read(self) -> int:
        """Every unread item of the tree's selection (a feed, a folder, the starred, all)."""
        count: int = await self.ctx.runner.run(
            ops.mark_read, self.tab.item_query(), initiator=self.tab, undo_label=self.tr("Mark all read")
        )
        await self.tab.reload_items()
        self.ctx.status.show(self.tr("%n item(s) marked as read.", "", count))
        return count

    # -- sending on ------------------------------------------------------------------------------
    async def add_to_review(self, item_id: int) -> bool:
        """Add the item to the review open in the builder (a new one for this week when there
        is none) and star it; False when it was already there."""
        client_id = self.tab.client_id
        if client_id is None:
            return False
        addition: ReviewAddition = await self.ctx.runner.run(
            review_ops.add_item, client_id, item_id, self.ctx.language, date.today(),
            initiator=self.tab, undo_label=self.tr("Added to the press review"),
        )  # fmt: skip
        self.tab.show_flags(addition.item)
        if addition.added:
            self.ctx.status.show(fill(self.tr("Added to “%1”."), addition.review_title))
        else:
            self.ctx.status.show(fill(self.tr("Already in “%1”."), addition.review_title))
        return addition.added

    async def send_item(self, item_id: int, choice: SendChoice | None = None) -> str:
        """Make a note or a post draft from an item; returns "note", "post" or "" (cancelled)."""
        client_id = self.tab.client_id
        if client_id is None:
            return ""
        item = await self.ctx.runner.read(ops.get_item, item_id)
        if choice is None:
            dialog = SendToDialog(self.ctx.prefs, True, self.tab)
            self.dialog = dialog
            if await ask(dialog) != SendToDialog.DialogCode.Accepted.value:
                return ""
            choice = dialog.choice()
        if choice.target == "note":
            body = item_note_markdown(item, self.ctx.language, choice.utm)
            note = await self.ctx.runner.run(ops.create_note, client_id, item.title, body, initiator=self.tab)
            self.ctx.status.show(fill(self.tr("Note “%1” created in the notebook."), note.title))
            return "note"
        text = item_post_text(item, choice.utm)
        QGuiApplication.clipboard().setText(text)
        draft = await self.ctx.runner.run(
            draft_ops.create_draft_from_text, client_id, text, title=item.title,
            origin={"from": "feed_item", "url": item.link}, initiator=self.tab,
        )  # fmt: skip
        saved = self.tr("Post text copied to the clipboard and saved as the draft “%1”.")
        self.ctx.status.show(fill(saved, draft.display_title))
        open_draft_in_window(self.tab, draft.id, client_id)  # the CM goes on adapting it per network
        return "post"
