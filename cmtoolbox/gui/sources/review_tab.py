"""The "Press review" tab: build the weekly revue de presse and export it.

Left, what was starred in the reader and in the sources (`CandidatesPanel`); middle, the entries
of the review in order with the comment of the selected one (`EntriesPanel`); right, the export
(`ExportPanel`). This class holds them together: it loads the client's reviews, runs the named
operations of `ops.reviews` for what the panels ask, and saves what the CM types through the
shared `Autosaver` (the head of the review, the comment, the UTM choice), never on a "Save"
button. Removing an entry, deleting a review, adding and moving entries go on the app's undo
stack (Edit ▸ Undo).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cmtoolbox.core import press_review
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.links import open_draft_in_window
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.review_export import ExportPanel
from cmtoolbox.gui.sources.review_panels import CandidatesPanel, EntriesPanel
from cmtoolbox.gui.widgets.autosave import Autosaver
from cmtoolbox.gui.widgets.controls import push_button
from cmtoolbox.gui.widgets.date_edit import DateEdit
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.gui.widgets.splitters import remember_splitter, splitter
from cmtoolbox.ops import Call, call
from cmtoolbox.ops import drafts as draft_ops
from cmtoolbox.ops import reviews as ops
from cmtoolbox.ops.reviews import Candidate, Candidates
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.reviews import PressReview, ReviewEntry
from cmtoolbox.storage.search import SearchHit


class ReviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.reviews: list[PressReview] = []
        self.review: PressReview | None = None
        self.material = Candidates([], [])
        self._loading = Filling()
        self._comment_entry: int | None = None  # the entry whose comment the editor holds

        self.review_combo = QComboBox()
        self.review_combo.setObjectName("reviewCombo")
        self.review_combo.setMinimumContentsLength(28)
        self.review_combo.currentIndexChanged.connect(self._on_review_chosen)
        self.new_button = push_button(
            self.tr("New review"), self.new_item, tip=self.tr("Start the review of this week")
        )
        self.delete_button = push_button(
            self.tr("Delete review"), lambda: self.ctx.tasks.spawn(self.delete_review())
        )
        top = hbox(QLabel(self.tr("Review:")), (self.review_combo, 1), self.new_button, self.delete_button)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("reviewTitle")
        self.start_edit = DateEdit()  # typed dates, four-digit years
        self.end_edit = DateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._head_edited)
        self.intro_edit = QPlainTextEdit()
        self.intro_edit.setObjectName("reviewIntro")
        self.intro_edit.setPlaceholderText(self.tr("A sentence to open the review (Markdown allowed)"))
        self.intro_edit.setFixedHeight(54)
        self.intro_edit.setTabChangesFocus(True)
        self.title_edit.textEdited.connect(self._head_edited)
        self.intro_edit.textChanged.connect(self._head_edited)
        head = QFormLayout()
        head.addRow(self.tr("&Title:"), self.title_edit)
        head.addRow(self.tr("Period:"), hbox(self.start_edit, QLabel("→"), self.end_edit, None))
        head.addRow(self.tr("&Introduction:"), self.intro_edit)

        self.candidates = CandidatesPanel()
        self.candidates.add_requested.connect(
            lambda chosen: self.ctx.tasks.spawn(self.add_candidates(chosen))
        )
        self.entries = EntriesPanel()
        self.entries.current_changed.connect(self._on_entry_changed)
        self.entries.comment_edited.connect(
            lambda: self._comment_entry is not None and self.comment_saver.touch()
        )
        self.entries.move_requested.connect(
            lambda entry_id, by: self.ctx.tasks.spawn(self.move_entry(entry_id, by))
        )
        self.entries.reordered.connect(lambda order: self.ctx.tasks.spawn(self.reorder(order)))
        self.entries.remove_requested.connect(
            lambda entry_id: self.ctx.tasks.spawn(self.remove_entry(entry_id))
        )
        self.export = ExportPanel(ctx, self.export_model)
        self.export.post_requested.connect(lambda: self.ctx.tasks.spawn(self.send_as_post()))
        self.export.utm_changed.connect(lambda: self.client_id is not None and self.utm_saver.touch())

        self.splitter = splitter("reviewSplitter", self.candidates, self.entries, self.export)
        remember_splitter(
            self.splitter, ctx.prefs, "sources/review", sizes=[280, 360, 400], stretch=[0, 1, 1]
        )

        self.empty_label = wrapped_label(
            self.tr("No press review yet for this client. “New review” starts the one of this week; starred "
                    "items and sources become its entries.")
        )  # fmt: skip
        self.editor = QWidget()
        vbox(head, (self.splitter, 1), parent=self.editor, margins=0)
        vbox(top, self.empty_label, (self.editor, 1), parent=self)

        self.head_saver = Autosaver(ctx.runner, ctx.tasks, self._head_snapshot, parent=self)
        self.head_saver.saved.connect(self._head_saved)
        self.comment_saver = Autosaver(ctx.runner, ctx.tasks, self._comment_snapshot, parent=self)
        self.comment_saver.saved.connect(self._comment_saved)
        self.utm_saver = Autosaver(ctx.runner, ctx.tasks, self._utm_snapshot, parent=self)
        for saver in (self.head_saver, self.comment_saver, self.utm_saver):
            saver.failed.connect(
                lambda error: self.ctx.status.show(fill(self.tr("Not saved yet: %1"), error))
            )
        ctx.runner.changed.connect(self._on_changes)
        self._show_review(None)

    # -- the page's contract -------------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N while the builder is shown: start the review of this week."""
        self.ctx.tasks.spawn(self.new_review())

    def open_hit(self, hit: SearchHit) -> asyncio.Task | None:
        """Show the review a global-search hit names (reviews have no search provider yet)."""
        return self.ctx.tasks.spawn(self._choose(self.client_id, hit.id))

    def flush(self) -> None:
        """Save what is being typed now (switching review or client, leaving the tab, quitting)."""
        for saver in (self.comment_saver, self.head_saver, self.utm_saver):
            if saver.dirty:
                saver.flush(checkpoint=False)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    # -- loading ---------------------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        if client_id == self.client_id:
            return
        self.flush()  # the snapshots are taken now, for the client they belong to
        for saver in (self.comment_saver, self.head_saver, self.utm_saver):
            saver.reset()
        self.client_id = client_id
        self.review = None
        if client_id is not None:
            self.ctx.tasks.spawn(self.reload())

    async def reload(self, review_id: int | None = None) -> None:
        wanted = review_id or (self.review.id if self.review else None)
        state = await self.ctx.runner.read_for(self, ops.builder_state, wanted)
        if state is None:
            return
        self.reviews, self.material = state.reviews, state.candidates
        if not self.utm_saver.dirty:  # else a change not saved yet would be undone on screen
            self.export.set_utm_choice(state.utm)
        with self._loading:
            self.review_combo.clear()
            for review in state.reviews:
                self.review_combo.addItem(self._review_label(review.title, review.entry_count), review.id)
            if state.review is not None:
                self.review_combo.setCurrentIndex(self.review_combo.findData(state.review.id))
        self._show_review(state.review)

    def _review_label(self, title: str, entries: int) -> str:
        return fill(self.tr("%1 (%n entries)", "", entries), title)

    def _show_review(self, review: PressReview | None) -> None:
        previous = self.review.id if self.review else None
        if review is None or review.id != previous:
            self.head_saver.reset()
        self.review = review
        has = review is not None
        self.editor.setVisible(has)
        self.empty_label.setVisible(not has)
        self.delete_button.setEnabled(has)
        if review is None:
            self.entries.show_entries(())
            self.candidates.fill(self.material, None)
            return
        with self._loading:
            if review.id != previous or not self.title_edit.hasFocus():
                self.title_edit.setText(review.title)
            if review.id != previous or not self.intro_edit.hasFocus():
                self.intro_edit.setPlainText(review.intro)
            start, end = press_review.week_bounds(date.today())
            self.start_edit.setDate(_qdate(review.period_start or start))
            self.end_edit.setDate(_qdate(review.period_end or end))
        self.entries.show_entries(review.entries)
        self.candidates.fill(self.material, review)
        self.export.update_preview()

    def _on_changes(self, changes: Changes) -> None:
        if self.client_id is None or changes.by(self):
            return  # what this tab wrote, it already shows
        if changes.touches(Entity.PRESS_REVIEWS):
            self.ctx.tasks.spawn(self.reload())  # elsewhere: the reader's "Add to press review", an undo
        elif changes.touches(Entity.FEED_ITEMS, Entity.SOURCES, Entity.FEEDS):
            # Stars changed, or a refresh ran: only the candidates move; the review being edited
            # (and a comment being typed) is left alone.
            self.ctx.tasks.spawn(self.reload_candidates())

    async def reload_candidates(self) -> None:
        material = await self.ctx.runner.read_for(self, ops.candidates)
        # A feed refresh touches feed items many times and rarely a starred one: refilling an
        # unchanged list is what stalled the window during a 300-feed refresh (benchmarks).
        if material is not None and material != self.material:
            self.material = material
            self.candidates.fill(material, self.review)

    def _on_review_chosen(self, index: int) -> None:
        if not self._loading and index >= 0:
            self.ctx.tasks.spawn(self._choose(self.client_id, self.review_combo.itemData(index)))

    async def _choose(self, client_id: int | None, review_id: int) -> None:
        self.flush()
        if client_id is not None:
            await self.ctx.runner.run(ops.remember_review, client_id, review_id, initiator=self)
        await self.reload(review_id)

    # -- autosave --------------------------------------------------------------------------------
    def _head_edited(self) -> None:
        if not self._loading and self.review is not None:
            self.head_saver.touch()
            self.export.update_preview()

    def _head_snapshot(self, dirty: bool, _checkpoint: bool) -> Call | None:
        review = self.review
        if not dirty or review is None:
            return None
        return call(
            ops.update_review, review.id, title=self.title_edit.text().strip() or review.title,
            intro=self.intro_edit.toPlainText(), period_start=self.start_edit.date().toPython(),
            period_end=self.end_edit.date().toPython(),
        )  # fmt: skip

    def _head_saved(self, updated: PressReview) -> None:
        if self.review is not None and self.review.id == updated.id:
            self.review = replace(updated, entries=self.review.entries)
            index = self.review_combo.findData(updated.id)
            if index >= 0:
                self.review_combo.setItemText(index, self._review_label(updated.title, len(updated.entries)))
            self.export.update_preview()

    def _on_entry_changed(self, entry: ReviewEntry | None) -> None:
        if self.comment_saver.dirty:
            self.comment_saver.flush(checkpoint=False)  # the comment typed for the previous entry
        self.comment_saver.reset()
        self._comment_entry = entry.id if entry else None
        self.export.update_preview()

    def _comment_snapshot(self, dirty: bool, _checkpoint: bool) -> Call | None:
        if not dirty or self._comment_entry is None:
            return None
        return call(ops.update_comment, self._comment_entry, self.entries.comment_edit.toPlainText())

    def _comment_saved(self, entry: ReviewEntry) -> None:
        review = self.review
        if review is None or entry.review_id != review.id:
            return
        self.review = replace(review, entries=tuple(entry if e.id == entry.id else e for e in review.entries))
        self.entries.replace_entry(entry)
        self.export.update_preview()

    def _utm_snapshot(self, dirty: bool, _checkpoint: bool) -> Call | None:
        if not dirty or self.client_id is None:
            return None
        return call(ops.remember_utm, self.client_id, self.export.utm_choice())

    # -- reviews ---------------------------------------------------------------------------------
    async def new_review(self) -> PressReview | None:
        client_id = self.client_id
        if client_id is None:
            return None
        self.flush()
        review: PressReview = await self.ctx.runner.run(
            ops.create_week_review, client_id, self.export.language or self.ctx.language, date.today(),
            initiator=self, undo_label=self.tr("New press review"),
        )  # fmt: skip
        await self.reload(review.id)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return review

    async def delete_review(self) -> None:
        review = self.review
        if review is None:
            return
        self.flush()
        label = fill(self.tr("“%1” moved to the trash"), review.title)
        await self.ctx.runner.run(ops.delete_review, review.id, initiator=self, undo_label=label)
        self.review = None
        await self.reload()

    # -- entries ---------------------------------------------------------------------------------
    async def add_candidates(self, chosen: list[Candidate]) -> int:
        review = self.review or await self.new_review()
        if review is None:
            return 0
        added: int = await self.ctx.runner.run(
            ops.add_candidates, review.id, chosen, initiator=self,
            undo_label=self.tr("Entries added to the review"),
        )  # fmt: skip
        await self.reload(review.id)
        if self.entries.list.count():
            self.entries.list.setCurrentRow(self.entries.list.count() - 1)
            self.entries.comment_edit.setFocus()
        self.ctx.status.show(self.tr("%n entries added.", "", added))
        return added

    async def move_entry(self, entry_id: int, offset: int) -> None:
        self.flush()
        review = await self.ctx.runner.run(
            ops.move_entry, entry_id, offset, initiator=self, undo_label=self.tr("Entry moved")
        )
        self._show_review(review)
        self.entries.select_entry(entry_id)

    async def reorder(self, order: list[int]) -> None:
        review = self.review
        if review is None:
            return
        current = self.entries.current_entry()
        updated = await self.ctx.runner.run(
            ops.reorder, review.id, order, initiator=self, undo_label=self.tr("Entry moved")
        )
        self._show_review(updated)
        if current is not None:
            self.entries.select_entry(current.id)

    async def remove_entry(self, entry_id: int) -> None:
        """Take an entry out (Edit ▸ Undo puts it back, comment and place included)."""
        review = self.review
        if review is None:
            return
        self.flush()
        title = next((e.title for e in review.entries if e.id == entry_id), "")
        label = fill(self.tr("“%1” removed from the review"), title)
        await self.ctx.runner.run(ops.remove_entries, (entry_id,), initiator=self, undo_label=label)
        await self.reload(review.id)

    # -- export ----------------------------------------------------------------------------------
    def export_model(self) -> press_review.Review | None:
        """The review as shown, what is being typed included (the preview follows the keys)."""
        review = self.review
        if review is None:
            return None
        typed = self.entries.comment_edit.toPlainText()
        return press_review.Review(
            title=self.title_edit.text().strip() or review.title,
            intro=self.intro_edit.toPlainText(),
            period_start=self.start_edit.date().toPython(),
            period_end=self.end_edit.date().toPython(),
            entries=tuple(
                press_review.ReviewLink(
                    title=entry.title,
                    url=entry.url,
                    source=entry.source_name,
                    published=entry.published_at.date() if entry.published_at else None,
                    comment=typed if entry.id == self._comment_entry else entry.comment,
                    excerpt=entry.excerpt,
                )
                for entry in review.entries
            ),
        )

    async def send_as_post(self) -> str:
        client_id = self.client_id
        text = self.export.export_post()
        if client_id is None or not text:
            return ""
        QGuiApplication.clipboard().setText(text)
        title = self.review.title if self.review else ""
        draft = await self.ctx.runner.run(
            draft_ops.create_draft_from_text, client_id, text, title=title, origin={"from": "press_review"},
            initiator=self,
        )  # fmt: skip
        saved = self.tr("Post text copied to the clipboard and saved as the draft “%1”.")
        self.ctx.status.show(fill(saved, draft.display_title))
        open_draft_in_window(self, draft.id, client_id)  # the CM goes on adapting it per network
        return text


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
