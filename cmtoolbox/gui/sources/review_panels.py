"""The two lists of the press review builder: what was starred (the candidates) and the entries.

Views only: they show what the builder gives them and say what the CM asked for through
signals; the builder (`ReviewTab`) runs the operations and reloads them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.controls import push_button
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.ops.reviews import Candidate, Candidates
from cmtoolbox.storage.reviews import PressReview, ReviewEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole


class CandidatesPanel(QWidget):
    """Starred feed items and bookmarks not yet in the review."""

    add_requested = Signal(list)  # list[Candidate]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("reviewCandidates")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.add_button = push_button(
            self.tr("Add to the review →"),
            self.add_selected,
            tip=self.tr("Add the selected items (Ctrl+Return or double-click)"),
        )
        add_action = QAction(self)
        add_action.setShortcut(QKeySequence("Ctrl+Return"))
        add_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        add_action.triggered.connect(self.add_selected)
        self.list.addAction(add_action)
        self.hint = wrapped_label(
            self.tr(
                "Star items in the Feeds tab (S) or sources in the Sources tab (Ctrl+D): they appear here."
            )
        )
        self.hint.setEnabled(False)
        title = QLabel(self.tr("<b>Starred, not yet in the review</b>"))
        layout = vbox(title, (self.list, 1), self.hint, self.add_button, parent=self)
        layout.setContentsMargins(0, 0, 6, 0)

    def fill(self, candidates: Candidates, review: PressReview | None) -> None:
        entries = review.entries if review is not None else ()
        used_items = {e.feed_item_id for e in entries if e.feed_item_id is not None}
        used_sources = {e.source_id for e in entries if e.source_id is not None}
        self.list.clear()
        for item in candidates.items:
            if item.id not in used_items:
                row = QListWidgetItem(f"★ {item.title}\n{item.feed_title}")
                row.setData(CANDIDATE_ROLE, ("item", item.id))
                row.setToolTip(item.link or "")
                self.list.addItem(row)
        for source in candidates.sources:
            if source.id not in used_sources:
                row = QListWidgetItem(f"🔖 {source.display_title}\n{source.url}")
                row.setData(CANDIDATE_ROLE, ("source", source.id))
                self.list.addItem(row)
        self.hint.setVisible(self.list.count() == 0)
        self.add_button.setEnabled(self.list.count() > 0)

    def add_selected(self) -> None:
        chosen: list[Candidate] = [item.data(CANDIDATE_ROLE) for item in self.list.selectedItems()]
        if not chosen and self.list.currentItem() is not None:
            chosen = [self.list.currentItem().data(CANDIDATE_ROLE)]
        if chosen:
            self.add_requested.emit(chosen)


class EntriesPanel(QWidget):
    """The entries in their order (drag, Alt+Up/Alt+Down), and the comment of the selected one."""

    current_changed = Signal(object)  # ReviewEntry | None
    move_requested = Signal(int, int)  # entry id, offset
    reordered = Signal(list)  # entry ids in their new order (a drag)
    remove_requested = Signal(int)  # entry id
    comment_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = Filling()
        self._shown: int | None = None  # the entry whose comment the editor holds
        self.list = QListWidget()
        self.list.setObjectName("reviewEntries")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.currentItemChanged.connect(lambda current, _previous: self._on_current(current))
        self.up_button = push_button(self.tr("↑ Up"), lambda: self._move(-1), tip=self.tr("Move up (Alt+Up)"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button = push_button(
            self.tr("↓ Down"), lambda: self._move(1), tip=self.tr("Move down (Alt+Down)")
        )
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.remove_button = push_button(
            self.tr("Remove"),
            self.remove_current,
            tip=self.tr("Remove from the review (Del); the item stays starred"),
        )
        remove_action = QAction(self)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_current)
        self.list.addAction(remove_action)
        self.comment_label = wrapped_label(self.tr("Comment"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("reviewComment")
        self.comment_edit.setPlaceholderText(
            self.tr("Why it matters for the client’s audience (Markdown allowed)")
        )
        self.comment_edit.textChanged.connect(lambda: self._loading or self.comment_edited.emit())
        layout = vbox(
            QLabel(self.tr("<b>In the review, in this order</b>")),
            (self.list, 3),
            hbox(self.up_button, self.down_button, None, self.remove_button),
            self.comment_label,
            (self.comment_edit, 2),
            parent=self,
        )
        layout.setContentsMargins(6, 0, 6, 0)

    def current_entry(self) -> ReviewEntry | None:
        item = self.list.currentItem()
        return item.data(ENTRY_ROLE) if item is not None else None

    def entries(self) -> list[ReviewEntry]:
        return [self.list.item(row).data(ENTRY_ROLE) for row in range(self.list.count())]

    def show_entries(self, entries: tuple[ReviewEntry, ...]) -> None:
        """Refill the list, keeping the selected entry (else the first) and its comment."""
        current = self.current_entry()
        with self._loading:
            self.list.clear()
            for number, entry in enumerate(entries, 1):
                item = QListWidgetItem(self.entry_text(number, entry))
                item.setData(ENTRY_ROLE, entry)
                item.setToolTip(entry.url)
                self.list.addItem(item)
                if current is not None and entry.id == current.id:
                    self.list.setCurrentItem(item)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
        self._on_current(self.list.currentItem())

    def replace_entry(self, entry: ReviewEntry) -> None:
        """A saved comment: the entry's data and marker, without touching what is typed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ENTRY_ROLE).id == entry.id:
                item.setData(ENTRY_ROLE, entry)
                item.setText(self.entry_text(row + 1, entry))

    def select_entry(self, entry_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ENTRY_ROLE).id == entry_id:
                self.list.setCurrentRow(row)
                return

    def entry_text(self, number: int, entry: ReviewEntry) -> str:
        marker = "" if entry.comment.strip() else "  ✎"
        source = f" — {entry.source_name}" if entry.source_name else ""
        return f"{number}. {entry.title}{source}{marker}"

    def _on_current(self, current: QListWidgetItem | None) -> None:
        if self._loading:
            return
        entry = current.data(ENTRY_ROLE) if current is not None else None
        self.current_changed.emit(entry)  # the builder saves the comment typed for the previous one
        typing = entry is not None and entry.id == self._shown and self.comment_edit.hasFocus()
        self._shown = entry.id if entry else None
        with self._loading:
            self.comment_edit.setEnabled(entry is not None)
            if not typing:  # a reload under the CM's fingers keeps what is being typed
                self.comment_edit.setPlainText(entry.comment if entry else "")
            label = fill(self.tr("Comment on “%1” (Markdown)"), entry.title) if entry else self.tr("Comment")
            self.comment_label.setText(label)
        row = self.list.currentRow()
        self.up_button.setEnabled(entry is not None and row > 0)
        self.down_button.setEnabled(entry is not None and row < self.list.count() - 1)
        self.remove_button.setEnabled(entry is not None)

    def _move(self, offset: int) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.move_requested.emit(entry.id, offset)

    def remove_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.remove_requested.emit(entry.id)

    def _on_rows_moved(self, *_args: object) -> None:
        if not self._loading:
            self.reordered.emit([entry.id for entry in self.entries()])
