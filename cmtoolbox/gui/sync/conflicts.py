"""The conflicts view: texts two devices changed in the same place, both versions side by side.

Nothing was lost: the merged text holds both versions, one after the other. This view says where
that happened and shows each side as it was written; the CM opens the record in its section to tidy
the text, or keeps one side, or keeps the merged text. Resolving is an undoable operation.
"""

from __future__ import annotations

import difflib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.pages import HIT_SECTIONS
from cmtoolbox.gui.theme import semantic_text
from cmtoolbox.ops import sync as sync_ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.search import SearchHit


def _mark_lines(editor: QPlainTextEdit, lines: list[int]) -> None:
    colour = QColor(editor.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(70)
    selections = []
    for number in lines:
        block = editor.document().findBlockByNumber(number)
        if not block.isValid():
            continue
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(colour)  # type: ignore[attr-defined]
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]  # the whole paragraph, wrapped lines too
        selections.append(selection)
    editor.setExtraSelections(selections)
    if lines:
        cursor = QTextCursor(editor.document().findBlockByNumber(lines[0]))
        editor.setTextCursor(cursor)
        editor.centerCursor()


class SyncConflictsView(QWidget):
    """`open_requested(hit)`: show the record in its section (the window routes it like a search
    hit)."""

    count_changed = Signal(int)
    open_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflictsView")
        self._ctx = ctx
        self._items: list[sync_ops.ConflictItem] = []
        self.differing: tuple[list[int], list[int]] = ([], [])
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "These texts were changed on two devices at once, in the same place. Nothing is lost: "
                "both versions are kept in the text, one after the other. Open it to tidy it, then keep "
                "the merged text, or keep one of the two versions."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        semantic_text(self.intro, "muted")
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("syncConflictList")
        self.list.setWordWrap(True)  # long titles wrap instead of being cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sides = QWidget(splitter)
        sides_layout = QHBoxLayout(sides)
        sides_layout.setContentsMargins(0, 0, 0, 0)
        self.mine = QPlainTextEdit(sides)
        self.theirs = QPlainTextEdit(sides)
        self.keep_mine_button = QPushButton(self.tr("Keep this version"), sides)
        self.keep_theirs_button = QPushButton(self.tr("Keep this version"), sides)
        self.keep_mine_button.setToolTip(self.tr("Replace the text with this device's version"))
        self.keep_theirs_button.setToolTip(self.tr("Replace the text with the other device's version"))
        self.keep_mine_button.clicked.connect(lambda: self._resolve_clicked(sync_ops.KEEP_MINE))
        self.keep_theirs_button.clicked.connect(lambda: self._resolve_clicked(sync_ops.KEEP_THEIRS))
        for title, editor, keep in (
            (self.tr("This device"), self.mine, self.keep_mine_button),
            (self.tr("Other device"), self.theirs, self.keep_theirs_button),
        ):
            editor.setReadOnly(True)
            column = QVBoxLayout()
            column.addWidget(QLabel(title, sides))
            column.addWidget(editor)
            column.addWidget(keep, 0, Qt.AlignmentFlag.AlignRight)
            sides_layout.addLayout(column)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 540])
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("syncConflictOpen")
        self.open_button.setToolTip(self.tr("Show the text in its section, to tidy it"))
        self.open_button.clicked.connect(self._open_clicked)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.resolve_button = QPushButton(self.tr("Keep the merged text"), self)
        self.resolve_button.setToolTip(
            self.tr("Keep the text as it is now (both versions, as you tidied them) and close the conflict")
        )
        self.resolve_button.clicked.connect(lambda: self._resolve_clicked(sync_ops.KEEP_MERGED))
        buttons.addWidget(self.resolve_button)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show)
        self._loading = False
        self._show(-1)
        ctx.runner.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        """A resolution undone or redone from Edit ▸ Undo, or a sync that added conflicts."""
        if changes.op in ("sync.resolve_conflict", "sync.reopen_conflict") and not changes.by(self):
            if not self._loading:
                self._ctx.tasks.spawn(self.load())

    @property
    def current_item(self) -> sync_ops.ConflictItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    async def load(self) -> None:
        self._loading = True
        try:
            items = await self._ctx.runner.read(sync_ops.conflict_items)
        finally:
            self._loading = False
        keep = self.current_item.id if self.current_item else None
        self._items = items
        self.list.clear()
        kinds = {
            "notes": self.tr("Note"),
            "drafts": self.tr("Post"),
            "sources": self.tr("Source"),
            "snippets": self.tr("Snippet"),
            "media": self.tr("Library item"),
            "accounts": self.tr("Account"),
            "press_reviews": self.tr("Press review"),
        }
        for item in self._items:
            title = item.title or self.tr("(untitled)")
            text = fill(self.tr("%1: %2"), kinds.get(item.entity, item.entity), title)
            QListWidgetItem(text, self.list).setToolTip(text)
        if self._items:
            ids = [item.id for item in self._items]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        else:
            self._show(-1)
        self.count_changed.emit(len(self._items))

    def _show(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        self.mine.setPlainText(item.mine if item else "")
        self.theirs.setPlainText(item.theirs if item else "")
        for button in (self.resolve_button, self.keep_mine_button, self.keep_theirs_button):
            button.setEnabled(item is not None)
        self.open_button.setEnabled(
            item is not None and item.record_id is not None and item.entity in HIT_SECTIONS
        )
        if item is None:
            self.mine.setPlaceholderText(self.tr("No conflict: every device agrees."))
            return
        # The lines where the two versions differ are marked, and shown first.
        mine_lines, their_lines = item.mine.split("\n"), item.theirs.split("\n")
        mine_marks: list[int] = []
        their_marks: list[int] = []
        matcher = difflib.SequenceMatcher(None, mine_lines, their_lines, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                mine_marks.extend(range(i1, i2))
                their_marks.extend(range(j1, j2))
        self.differing = (mine_marks, their_marks)
        for editor, marks in ((self.mine, mine_marks), (self.theirs, their_marks)):
            _mark_lines(editor, marks)

    def _open_clicked(self) -> None:
        item = self.current_item
        if item is not None and item.record_id is not None:
            self.open_requested.emit(
                SearchHit(
                    kind=item.entity,
                    id=item.record_id,
                    client_id=item.client_id,
                    title=item.title,
                    snippet_html="",
                )
            )

    def _resolve_clicked(self, keep: str) -> None:
        item = self.current_item
        if item is not None:
            self._ctx.tasks.spawn(self.resolve(item.id, keep))

    async def resolve(self, conflict_id: int, keep: str = sync_ops.KEEP_MERGED) -> None:
        """Close the conflict keeping the merged text, this device's or the other's (undoable)."""
        item = next((i for i in self._items if i.id == conflict_id), None)
        title = (item.title if item else "") or self.tr("(untitled)")
        labels = {
            sync_ops.KEEP_MERGED: self.tr("Conflict resolved: %1"),
            sync_ops.KEEP_MINE: self.tr("This device's version kept: %1"),
            sync_ops.KEEP_THEIRS: self.tr("Other device's version kept: %1"),
        }
        await self._ctx.runner.run(
            sync_ops.resolve_conflict, conflict_id, keep, initiator=self, undo_label=fill(labels[keep], title)
        )
        await self.load()
