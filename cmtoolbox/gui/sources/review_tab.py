"""The "Press review" tab: build the weekly revue de presse and export it.

Left, what was starred in the reader and in the sources (the candidates); middle, the entries
of the review in order (drag them, or Alt+Up / Alt+Down) with the comment of the selected one;
right, the export: a live preview of the HTML, and buttons to copy it as rich text (ready to
paste into a newsletter editor), to save it as HTML or Markdown, or to send the post text to
the composer. Edits are saved as the CM types (debounced), never on a "Save" button.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core import press_review
from cmtoolbox.core.sanitize import classify_link
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.sources.feeds_tab import CURRENT_REVIEW_KEY
from cmtoolbox.gui.sources.files import write_file
from cmtoolbox.gui.sources.widgets import UndoBar
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.composer import append_to_composer
from cmtoolbox.storage.feeds import FeedItem
from cmtoolbox.storage.reviews import AlreadyInReview, PressReview, ReviewEntry
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.sources import Source
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 700
ENTRY_ROLE = Qt.ItemDataRole.UserRole
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole
UTM_DEFAULTS = ("newsletter", "email", "revue-de-presse")


class ReviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.reviews: list[PressReview] = []
        self.review: PressReview | None = None
        self.items: list[FeedItem] = []
        self.sources: list[Source] = []
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.dialog: object | None = None
        self._loading = False
        self._writing = 0
        self._comment_entry: int | None = None

        # -- review selection -------------------------------------------------------------------
        self.review_combo = QComboBox()
        self.review_combo.setObjectName("reviewCombo")
        self.review_combo.setMinimumContentsLength(28)
        self.review_combo.currentIndexChanged.connect(self._on_review_chosen)
        self.new_button = QPushButton(self.tr("New review"))
        self.new_button.setToolTip(self.tr("Start the review of this week"))
        self.new_button.clicked.connect(lambda: self.ctx.tasks.spawn(self.new_review()))
        self.delete_button = QPushButton(self.tr("Delete review"))
        self.delete_button.clicked.connect(lambda: self.ctx.tasks.spawn(self.delete_review()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Review:")))
        top.addWidget(self.review_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("reviewTitle")
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._schedule_save_review)
        self.intro_edit = QPlainTextEdit()
        self.intro_edit.setObjectName("reviewIntro")
        self.intro_edit.setPlaceholderText(self.tr("A sentence to open the review (Markdown allowed)"))
        self.intro_edit.setFixedHeight(54)
        self.intro_edit.setTabChangesFocus(True)
        self.title_edit.textEdited.connect(self._schedule_save_review)
        self.intro_edit.textChanged.connect(self._schedule_save_review)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel("→"))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        head = QFormLayout()
        head.addRow(self.tr("&Title:"), self.title_edit)
        head.addRow(self.tr("Period:"), period)
        head.addRow(self.tr("&Introduction:"), self.intro_edit)

        # -- candidates -------------------------------------------------------------------------
        self.candidates = QListWidget()
        self.candidates.setObjectName("reviewCandidates")
        self.candidates.setWordWrap(True)
        self.candidates.setSpacing(3)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.candidates.itemDoubleClicked.connect(lambda _item: self.add_selected_candidates())
        self.add_button = QPushButton(self.tr("Add to the review →"))
        self.add_button.setToolTip(self.tr("Add the selected items (Ctrl+Return or double-click)"))
        self.add_button.clicked.connect(self.add_selected_candidates)
        add_action = QAction(self)
        add_action.setShortcut(QKeySequence("Ctrl+Return"))
        add_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        add_action.triggered.connect(self.add_selected_candidates)
        self.candidates.addAction(add_action)
        self.candidates_hint = QLabel(
            self.tr(
                "Star items in the Feeds tab (S) or sources in the Sources tab (Ctrl+D): they appear here."
            )
        )
        self.candidates_hint.setWordWrap(True)
        self.candidates_hint.setEnabled(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Starred, not yet in the review</b>")))
        left_layout.addWidget(self.candidates, 1)
        left_layout.addWidget(self.candidates_hint)
        left_layout.addWidget(self.add_button)

        # -- entries ----------------------------------------------------------------------------
        self.entries = QListWidget()
        self.entries.setObjectName("reviewEntries")
        self.entries.setWordWrap(True)
        self.entries.setSpacing(3)
        self.entries.setAlternatingRowColors(True)
        self.entries.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.entries.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.entries.model().rowsMoved.connect(self._on_rows_moved)
        self.entries.currentItemChanged.connect(self._on_entry_changed)
        self.up_button = QPushButton(self.tr("↑ Up"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("↓ Down"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove from the review (Del); the item stays starred"))
        self.remove_button.clicked.connect(self.remove_current)
        remove_action = QAction(self)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_current)
        self.entries.addAction(remove_action)
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        order.addWidget(self.remove_button)
        self.comment_label = QLabel(self.tr("Comment"))
        self.comment_label.setWordWrap(True)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("reviewComment")
        self.comment_edit.setPlaceholderText(
            self.tr("Why it matters for the client’s audience (Markdown allowed)")
        )
        self.comment_edit.textChanged.connect(self._schedule_save_comment)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(6, 0, 6, 0)
        middle_layout.addWidget(QLabel(self.tr("<b>In the review, in this order</b>")))
        middle_layout.addWidget(self.entries, 3)
        middle_layout.addLayout(order)
        middle_layout.addWidget(self.comment_label)
        middle_layout.addWidget(self.comment_edit, 2)

        # -- export -----------------------------------------------------------------------------
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if ctx.language == "fr" else 1)
        self.language_combo.currentIndexChanged.connect(self.update_preview)
        self.utm_box = QGroupBox(self.tr("UTM tracking on the links"))
        self.utm_box.setCheckable(True)
        self.utm_box.setChecked(False)
        self.utm_source = QLineEdit(UTM_DEFAULTS[0])
        self.utm_medium = QLineEdit(UTM_DEFAULTS[1])
        self.utm_campaign = QLineEdit(UTM_DEFAULTS[2])
        utm_form = QFormLayout(self.utm_box)
        utm_form.addRow("utm_source", self.utm_source)
        utm_form.addRow("utm_medium", self.utm_medium)
        utm_form.addRow("utm_campaign", self.utm_campaign)
        self.utm_box.toggled.connect(self.update_preview)
        for edit in (self.utm_source, self.utm_medium, self.utm_campaign):
            edit.textEdited.connect(self.update_preview)
        self.copy_rich_button = QPushButton(self.tr("Copy for a newsletter"))
        self.copy_rich_button.setToolTip(
            self.tr("Copy as rich text, ready to paste into a newsletter or a blog editor")
        )
        self.copy_rich_button.clicked.connect(self.copy_rich_text)
        self.copy_markdown_button = QPushButton(self.tr("Copy Markdown"))
        self.copy_markdown_button.clicked.connect(self.copy_markdown)
        self.save_html_button = QPushButton(self.tr("Save as HTML…"))
        self.save_html_button.clicked.connect(lambda: self.ask_save("html"))
        self.save_markdown_button = QPushButton(self.tr("Save as Markdown…"))
        self.save_markdown_button.clicked.connect(lambda: self.ask_save("md"))
        self.post_button = QPushButton(self.tr("Send as a post"))
        self.post_button.setToolTip(self.tr("Copy the post text and add it to the composer (Drafts)"))
        self.post_button.clicked.connect(lambda: self.ctx.tasks.spawn(self.send_as_post()))
        export_buttons = QVBoxLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.copy_rich_button)
        row1.addWidget(self.copy_markdown_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.save_html_button)
        row2.addWidget(self.save_markdown_button)
        row2.addWidget(self.post_button)
        export_buttons.addLayout(row1)
        export_buttons.addLayout(row2)
        self.preview = QTextBrowser()
        self.preview.setObjectName("reviewPreview")
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._open_link)
        self.markdown_view = QPlainTextEdit()
        self.markdown_view.setReadOnly(True)
        self.post_view = QPlainTextEdit()
        self.post_view.setReadOnly(True)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.addTab(self.preview, self.tr("Preview"))
        self.preview_tabs.addTab(self.markdown_view, self.tr("Markdown"))
        self.preview_tabs.addTab(self.post_view, self.tr("Post"))
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(self.tr("Export language:")))
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addLayout(language_row)
        right_layout.addWidget(self.utm_box)
        right_layout.addLayout(export_buttons)
        right_layout.addWidget(self.preview_tabs, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setSizes([280, 360, 400])
        self.splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel(
            self.tr("No press review yet for this client. “New review” starts the one of this week; starred "
                    "items and sources become its entries.")
        )  # fmt: skip
        self.empty_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self.undo_bar = UndoBar()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(head)
        editor_layout.addWidget(self.splitter, 1)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_bar)

        self._review_timer = QTimer(self)
        self._review_timer.setSingleShot(True)
        self._review_timer.setInterval(SAVE_DELAY_MS)
        self._review_timer.timeout.connect(self.save_review_fields)
        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(SAVE_DELAY_MS)
        self._comment_timer.timeout.connect(self.save_comment)
        ctx.runner.changed.connect(self._on_changed)
        self._show_review(None)

    # -- loading -------------------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        if client_id == self.client_id:
            return
        self.flush()
        self.client_id = client_id
        self.review = None
        self.undo_bar.dismiss()
        if client_id is not None:
            self.ctx.tasks.spawn(self.reload())

    async def reload(self, review_id: int | None = None) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        wanted = review_id or (self.review.id if self.review else None)

        def load(store: Store) -> tuple[list[PressReview], PressReview | None, list[FeedItem], list[Source]]:
            reviews = store.reviews.list(client_id)
            chosen = wanted
            if chosen is None:
                remembered = store.settings.get(CURRENT_REVIEW_KEY, None, scope=client_scope(client_id))
                chosen = remembered if isinstance(remembered, int) else None
            ids = [r.id for r in reviews]
            if chosen not in ids:
                chosen = ids[0] if ids else None
            review = store.reviews.get(chosen) if chosen is not None else None
            return (
                reviews,
                review,
                store.feeds.starred_items(client_id),
                store.sources.list(client_id, starred_only=True),
            )

        reviews, review, items, sources = await self.ctx.runner.query(load)
        if client_id != self.client_id:
            return
        self.reviews, self.items, self.sources = reviews, items, sources
        self._loading = True
        try:
            self.review_combo.clear()
            for entry in reviews:
                self.review_combo.addItem(
                    self.tr("%1 (%2 entries)")
                    .replace("%1", entry.title)
                    .replace("%2", str(entry.entry_count)),
                    entry.id,
                )
            if review is not None:
                self.review_combo.setCurrentIndex(self.review_combo.findData(review.id))
        finally:
            self._loading = False
        self._show_review(review)

    def _show_review(self, review: PressReview | None) -> None:
        previous = self.review.id if self.review else None
        self.review = review
        has = review is not None
        self.editor.setVisible(has)
        self.empty_label.setVisible(not has)
        self.delete_button.setEnabled(has)
        self._loading = True
        try:
            if review is None:
                self.entries.clear()
                self.candidates.clear()
                return
            if review.id != previous or not self.title_edit.hasFocus():
                self.title_edit.setText(review.title)
            if review.id != previous or not self.intro_edit.hasFocus():
                self.intro_edit.setPlainText(review.intro)
            today = date.today()
            start, end = press_review.week_bounds(today)
            self.start_edit.setDate(_qdate(review.period_start or start))
            self.end_edit.setDate(_qdate(review.period_end or end))
            current = self.current_entry()
            current_id = current.id if current else None
            self.entries.clear()
            for number, entry in enumerate(review.entries, 1):
                item = QListWidgetItem(self._entry_text(number, entry))
                item.setData(ENTRY_ROLE, entry)
                item.setToolTip(entry.url)
                self.entries.addItem(item)
                if entry.id == current_id:
                    self.entries.setCurrentItem(item)
            if self.entries.currentItem() is None and self.entries.count():
                self.entries.setCurrentRow(0)
            self._fill_candidates(review)
        finally:
            self._loading = False
        self._on_entry_changed(self.entries.currentItem(), None)
        self.update_preview()

    def _entry_text(self, number: int, entry: ReviewEntry) -> str:
        marker = "" if entry.comment.strip() else "  ✎"
        source = f" — {entry.source_name}" if entry.source_name else ""
        return f"{number}. {entry.title}{source}{marker}"

    def _fill_candidates(self, review: PressReview) -> None:
        used_items = {e.feed_item_id for e in review.entries if e.feed_item_id is not None}
        used_sources = {e.source_id for e in review.entries if e.source_id is not None}
        self.candidates.clear()
        for item in self.items:
            if item.id in used_items:
                continue
            row = QListWidgetItem(f"★ {item.title}\n{item.feed_title}")
            row.setData(CANDIDATE_ROLE, ("item", item.id))
            row.setToolTip(item.link or "")
            self.candidates.addItem(row)
        for source in self.sources:
            if source.id in used_sources:
                continue
            row = QListWidgetItem(f"🔖 {source.display_title}\n{source.url}")
            row.setData(CANDIDATE_ROLE, ("source", source.id))
            self.candidates.addItem(row)
        self.candidates_hint.setVisible(self.candidates.count() == 0)
        self.add_button.setEnabled(self.candidates.count() > 0)

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is None:
            return
        if changes.touches("press_reviews") and self._writing == 0:
            self.ctx.tasks.spawn(self.reload())  # changed elsewhere (the reader's "Add to press review")
        elif any(changes.touches(e) for e in ("feed_items", "sources", "feeds")):
            # Stars changed, or a refresh ran: only the candidates move; the review being edited
            # (and a comment being typed) is left alone.
            self.ctx.tasks.spawn(self.reload_candidates())

    async def reload_candidates(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        items, sources = await self.ctx.runner.query(
            lambda s: (s.feeds.starred_items(client_id), s.sources.list(client_id, starred_only=True))
        )
        if client_id != self.client_id:
            return
        self.items, self.sources = items, sources
        if self.review is not None:
            self._fill_candidates(self.review)

    def _on_review_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.flush()
        review_id = self.review_combo.itemData(index)
        client_id = self.client_id
        self.ctx.tasks.spawn(self._remember_and_reload(client_id, review_id))

    async def _remember_and_reload(self, client_id: int | None, review_id: int) -> None:
        if client_id is not None:
            await self._write(
                lambda s: s.settings.set(CURRENT_REVIEW_KEY, review_id, scope=client_scope(client_id))
            )
        await self.reload(review_id)

    async def _write(self, op: Callable[[Store], object]) -> object:
        """A mutation of this tab: the change it broadcasts is not reloaded (we already show it)."""
        self._writing += 1
        try:
            return await self.ctx.runner.mutate(op)
        finally:
            self._writing -= 1

    # -- reviews -------------------------------------------------------------------------------
    async def new_review(self) -> PressReview | None:
        client_id = self.client_id
        if client_id is None:
            return None
        self.flush()
        language = self.language_combo.currentData() or self.ctx.language
        today = date.today()
        start, end = press_review.week_bounds(today)
        title = press_review.default_title(today, language)

        def create(store: Store) -> PressReview:
            review = store.reviews.create(client_id, title, period_start=start, period_end=end)
            store.settings.set(CURRENT_REVIEW_KEY, review.id, scope=client_scope(client_id))
            return review

        review = await self._write(create)
        await self.reload(review.id)  # type: ignore[union-attr]
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return review  # type: ignore[return-value]

    async def delete_review(self) -> None:
        review = self.review
        if review is None:
            return
        self._review_timer.stop()
        self._comment_timer.stop()
        await self._write(lambda s: s.trash.move_to_trash("press_reviews", review.id))
        self.review = None
        await self.reload()
        self.undo_bar.offer(
            self.tr("“%1” moved to the trash.").replace("%1", review.title),
            lambda: self.ctx.tasks.spawn(self._restore_review(review.id)),
        )

    async def _restore_review(self, review_id: int) -> None:
        await self._write(lambda s: s.trash.restore("press_reviews", review_id))
        await self.reload(review_id)

    def _schedule_save_review(self) -> None:
        if not self._loading and self.review is not None:
            self._review_timer.start()

    def save_review_fields(self) -> asyncio.Task | None:
        self._review_timer.stop()
        review = self.review
        if review is None:
            return None
        title = self.title_edit.text().strip() or review.title
        intro = self.intro_edit.toPlainText()
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        if end < start:
            start, end = end, start

        async def save() -> None:
            try:
                updated = await self._write(
                    lambda s: s.reviews.update(
                        review.id, title=title, intro=intro, period_start=start, period_end=end
                    )
                )
            except Exception as error:  # noqa: BLE001 - shown to the user, the text stays in the field
                show_error(self, error)
                return
            if self.review is not None and self.review.id == review.id:
                self.review = updated  # type: ignore[assignment]
                index = self.review_combo.findData(review.id)
                if index >= 0:
                    self.review_combo.setItemText(
                        index,
                        self.tr("%1 (%2 entries)")
                        .replace("%1", title)
                        .replace("%2", str(len(self.review.entries))),
                    )
                self.update_preview()

        return self.ctx.tasks.spawn(save())

    # -- entries -------------------------------------------------------------------------------
    def current_entry(self) -> ReviewEntry | None:
        item = self.entries.currentItem()
        return item.data(ENTRY_ROLE) if item is not None else None

    def _on_entry_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._comment_timer.isActive():
            self.save_comment()
        entry = current.data(ENTRY_ROLE) if current is not None else None
        self._comment_entry = entry.id if entry else None
        self._loading = True
        try:
            self.comment_edit.setEnabled(entry is not None)
            self.comment_edit.setPlainText(entry.comment if entry else "")
            self.comment_label.setText(
                self.tr("Comment on “%1” (Markdown)").replace("%1", entry.title)
                if entry
                else self.tr("Comment")
            )
        finally:
            self._loading = False
        row = self.entries.currentRow()
        self.up_button.setEnabled(entry is not None and row > 0)
        self.down_button.setEnabled(entry is not None and row < self.entries.count() - 1)
        self.remove_button.setEnabled(entry is not None)

    def _schedule_save_comment(self) -> None:
        if not self._loading and self._comment_entry is not None:
            self._comment_timer.start()

    def save_comment(self) -> asyncio.Task | None:
        self._comment_timer.stop()
        entry_id = self._comment_entry
        if entry_id is None:
            return None
        comment = self.comment_edit.toPlainText()

        async def save() -> None:
            try:
                entry = await self._write(lambda s: s.reviews.update_entry(entry_id, comment=comment))
            except Exception as error:  # noqa: BLE001
                show_error(self, error)
                return
            self._replace_entry(entry)  # type: ignore[arg-type]

        return self.ctx.tasks.spawn(save())

    def _replace_entry(self, entry: ReviewEntry) -> None:
        review = self.review
        if review is None:
            return
        entries = tuple(entry if e.id == entry.id else e for e in review.entries)
        self.review = replace(review, entries=entries)
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            if item.data(ENTRY_ROLE).id == entry.id:
                item.setData(ENTRY_ROLE, entry)
                item.setText(self._entry_text(row + 1, entry))
        self.update_preview()

    def flush(self) -> None:
        """Save what is pending now (switching review or client, leaving the tab)."""
        if self._comment_timer.isActive():
            self.save_comment()
        if self._review_timer.isActive():
            self.save_review_fields()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    def add_selected_candidates(self) -> None:
        chosen = [item.data(CANDIDATE_ROLE) for item in self.candidates.selectedItems()]
        if not chosen and self.candidates.currentItem() is not None:
            chosen = [self.candidates.currentItem().data(CANDIDATE_ROLE)]
        if chosen:
            self.ctx.tasks.spawn(self.add_candidates(chosen))

    async def add_candidates(self, chosen: list[tuple[str, int]]) -> int:
        review = self.review
        if review is None:
            review = await self.new_review()
            if review is None:
                return 0
        review_id = review.id

        def add(store: Store) -> int:
            added = 0
            for kind, row_id in chosen:
                try:
                    if kind == "item":
                        store.reviews.add_item(review_id, row_id)
                    else:
                        store.reviews.add_source(review_id, row_id)
                    added += 1
                except AlreadyInReview:
                    continue
            return added

        added = await self._write(add)
        await self.reload(review_id)
        if self.entries.count():
            self.entries.setCurrentRow(self.entries.count() - 1)
            self.comment_edit.setFocus()
        self.status.setText(self.tr("%1 entries added.").replace("%1", str(added)))
        return added  # type: ignore[return-value]

    def move_current(self, offset: int) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.ctx.tasks.spawn(self.move_entry(entry.id, offset))

    async def move_entry(self, entry_id: int, offset: int) -> None:
        self.flush()
        review = await self._write(lambda s: s.reviews.move(entry_id, offset))
        self._show_review(review)  # type: ignore[arg-type]
        self._select_entry(entry_id)

    def _select_entry(self, entry_id: int) -> None:
        for row in range(self.entries.count()):
            if self.entries.item(row).data(ENTRY_ROLE).id == entry_id:
                self.entries.setCurrentRow(row)
                return

    def _on_rows_moved(self, *_args: object) -> None:
        if self._loading or self.review is None:
            return
        order = [self.entries.item(row).data(ENTRY_ROLE).id for row in range(self.entries.count())]
        self.ctx.tasks.spawn(self.reorder(order))

    async def reorder(self, order: list[int]) -> None:
        review = self.review
        if review is None:
            return
        current = self.current_entry()
        updated = await self._write(lambda s: s.reviews.reorder(review.id, order))
        self._show_review(updated)  # type: ignore[arg-type]
        if current is not None:
            self._select_entry(current.id)

    def remove_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.ctx.tasks.spawn(self.remove_entry(entry))

    async def remove_entry(self, entry: ReviewEntry) -> None:
        self._comment_timer.stop()
        review_id = entry.review_id
        await self._write(lambda s: s.reviews.remove_entry(entry.id))
        await self.reload(review_id)

        async def put_back() -> None:
            def restore(store: Store) -> None:
                if entry.feed_item_id is not None:
                    added = store.reviews.add_item(review_id, entry.feed_item_id, comment=entry.comment)
                elif entry.source_id is not None:
                    added = store.reviews.add_source(review_id, entry.source_id, comment=entry.comment)
                else:
                    added = store.reviews.add_link(
                        review_id,
                        entry.url,
                        entry.title,
                        source_name=entry.source_name,
                        comment=entry.comment,
                    )
                order = [e.id for e in store.reviews.get(review_id).entries if e.id != added.id]
                order.insert(entry.position, added.id)
                store.reviews.reorder(review_id, order)

            await self._write(restore)
            await self.reload(review_id)

        self.undo_bar.offer(
            self.tr("“%1” removed from the review.").replace("%1", entry.title),
            lambda: self.ctx.tasks.spawn(put_back()),
        )

    # -- export --------------------------------------------------------------------------------
    def utm(self) -> press_review.UtmTag | None:
        if not self.utm_box.isChecked():
            return None
        return press_review.UtmTag(
            self.utm_source.text().strip(), self.utm_medium.text().strip(), self.utm_campaign.text().strip()
        )

    def export_model(self) -> press_review.Review | None:
        review = self.review
        if review is None:
            return None
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
                    comment=self.comment_edit.toPlainText()
                    if entry.id == self._comment_entry
                    else entry.comment,
                    excerpt=entry.excerpt,
                )
                for entry in review.entries
            ),
        )

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or "fr")

    def export_html(self) -> str:
        model = self.export_model()
        return press_review.to_html(model, language=self.language, utm=self.utm()) if model else ""

    def export_markdown(self) -> str:
        model = self.export_model()
        return press_review.to_markdown(model, language=self.language, utm=self.utm()) if model else ""

    def export_post(self) -> str:
        model = self.export_model()
        return press_review.to_post_text(model, language=self.language, utm=self.utm()) if model else ""

    def update_preview(self) -> None:
        if self.review is None:
            self.preview.clear()
            return
        position = self.preview.verticalScrollBar().value()
        self.preview.setHtml(self.export_html())
        self.preview.verticalScrollBar().setValue(position)
        self.markdown_view.setPlainText(self.export_markdown())
        self.post_view.setPlainText(self.export_post())

    def copy_rich_text(self) -> None:
        if self.review is None:
            return
        mime = QMimeData()
        mime.setHtml(self.export_html())
        mime.setText(self.export_markdown())
        QGuiApplication.clipboard().setMimeData(mime)
        self.status.setText(self.tr("Copied as rich text: paste it into your newsletter or blog editor."))

    def copy_markdown(self) -> None:
        if self.review is None:
            return
        QGuiApplication.clipboard().setText(self.export_markdown())
        self.status.setText(self.tr("Markdown copied to the clipboard."))

    def ask_save(self, kind: str) -> None:
        if self.review is None:
            return
        name = "".join(c if c.isalnum() or c in "-_ " else "_" for c in self.review.title).strip() or "revue"
        if kind == "html":
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as HTML"),
                str(Path.home() / f"{name}.html"),
                self.tr("HTML files (*.html)"),
            )
        else:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as Markdown"),
                str(Path.home() / f"{name}.md"),
                self.tr("Markdown files (*.md)"),
            )
        if path:
            self.ctx.tasks.spawn(self.save_export(Path(path), kind))

    async def save_export(self, path: Path, kind: str) -> bool:
        model = self.export_model()
        if model is None:
            return False
        if kind == "html":
            text = press_review.html_document(model, language=self.language, utm=self.utm())
        else:
            text = press_review.to_markdown(model, language=self.language, utm=self.utm())
        try:
            await write_file(path, text.encode("utf-8"))
        except OSError as error:
            show_error(self, error)
            return False
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return True

    async def send_as_post(self) -> str:
        client_id = self.client_id
        text = self.export_post()
        if client_id is None or not text:
            return ""
        QGuiApplication.clipboard().setText(text)
        await self._write(lambda s: append_to_composer(s, client_id, text))
        self.status.setText(self.tr("Post text copied to the clipboard and added to the composer (Drafts)."))
        return text

    def _open_link(self, url: QUrl) -> None:
        if classify_link(url.toString()) == "external":
            self.open_url(url)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
