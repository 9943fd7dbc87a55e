"""The conflicts view: texts two devices changed in the same place, both versions side by side.

Nothing was lost: the merged text holds both versions, one after the other. This view says where
that happened and shows each side as it was written, so the CM can tidy the text and mark the
conflict as read.
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
from cmtoolbox.gui.theme import semantic_text
from cmtoolbox.ops import sync as sync_ops


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
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflictsView")
        self._ctx = ctx
        self._items: list[sync_ops.ConflictItem] = []
        self.differing: tuple[list[int], list[int]] = ([], [])
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "These texts were changed on two devices at once, in the same place. Both versions "
                "are kept in the text, one after the other: open it, keep what is right, then mark "
                "the conflict as resolved."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        semantic_text(self.intro, "muted")
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("syncConflictList")
        sides = QWidget(splitter)
        sides_layout = QHBoxLayout(sides)
        sides_layout.setContentsMargins(0, 0, 0, 0)
        self.mine = QPlainTextEdit(sides)
        self.theirs = QPlainTextEdit(sides)
        for title, editor in ((self.tr("This device"), self.mine), (self.tr("Other device"), self.theirs)):
            editor.setReadOnly(True)
            column = QVBoxLayout()
            column.addWidget(QLabel(title, sides))
            column.addWidget(editor)
            sides_layout.addLayout(column)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 540])
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.resolve_button = QPushButton(self.tr("Mark as resolved"), self)
        self.resolve_button.clicked.connect(self._resolve_clicked)
        buttons.addWidget(self.resolve_button)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show)
        self._show(-1)

    async def load(self) -> None:
        self._items = await self._ctx.runner.read(sync_ops.conflict_items)
        self.list.clear()
        kinds = {
            "notes": self.tr("Note"),
            "drafts": self.tr("Post"),
            "sources": self.tr("Source"),
            "snippets": self.tr("Snippet"),
            "media": self.tr("Library item"),
        }
        for item in self._items:
            title = item.title or self.tr("(untitled)")
            QListWidgetItem(fill(self.tr("%1: %2"), kinds.get(item.entity, item.entity), title), self.list)
        if self._items:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)
        self.count_changed.emit(len(self._items))

    def _show(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        self.mine.setPlainText(item.mine if item else "")
        self.theirs.setPlainText(item.theirs if item else "")
        self.resolve_button.setEnabled(item is not None)
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

    def _resolve_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            self._ctx.tasks.spawn(self.resolve(self._items[row].id))

    async def resolve(self, conflict_id: int) -> None:
        await self._ctx.runner.run(sync_ops.resolve_conflict, conflict_id)
        await self.load()
