"""Revision history of a note: browse the versions, see what changed, restore one.

Restoring keeps the text it replaces as a revision too, so the version you leave is right there at
the top of the list, and Edit ▸ Undo puts it back.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QWidget,
)

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.notes.layout import list_and_detail
from cmtoolbox.gui.theme import semantic
from cmtoolbox.gui.widgets.controls import combo_box, push_button
from cmtoolbox.gui.widgets.dialog_layout import Standard, dialog_buttons
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.ops import notes as ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.revisions import Revision

CONTEXT_LINES = 2
_WORDS = re.compile(r"\s+|\w+|[^\w\s]")

REMOVED_BG = "#fbe3e1"
ADDED_BG = "#e3f4e6"
REMOVED_WORD = "#f3b6b0"
ADDED_WORD = "#a9dcb3"


def _cell(text: str, background: str | None, sign: str) -> str:
    # Fixed light backgrounds need a fixed dark text, or a dark theme's light text vanishes.
    style = f' style="background-color: {background}; color: #1d1d1d;"' if background else ""
    return (
        f'<tr><td width="14" style="color: {semantic().muted};">{sign}</td>'
        f'<td{style}><span style="white-space: pre-wrap;">{text or "&nbsp;"}</span></td></tr>'
    )


def _word_diff(old: str, new: str) -> tuple[str, str]:
    """The two lines with the changed words marked, for a line edited in place."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(removed)
            right.append(added)
            continue
        if removed:
            left.append(f'<span style="background-color: {REMOVED_WORD};">{removed}</span>')
        if added:
            right.append(f'<span style="background-color: {ADDED_WORD};">{added}</span>')
    return "".join(left), "".join(right)


def diff_html(old: str, new: str, *, unchanged_label: str, no_change_label: str) -> str:
    """A readable line diff as an HTML table: removed lines on red, added on green, changed words
    marked inside edited lines, long unchanged stretches folded to one line."""
    a, b = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    rows: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            count = i2 - i1
            if count > CONTEXT_LINES * 2 + 1:
                head = a[i1 : i1 + CONTEXT_LINES] if rows else []
                tail = a[i2 - CONTEXT_LINES : i2] if i2 < len(a) or j2 < len(b) else []
                rows += [_cell(html.escape(line), None, "") for line in head]
                hidden = count - len(head) - len(tail)
                rows.append(
                    f'<tr><td></td><td style="color: {semantic().muted};"><i>'
                    f"{html.escape(fill(unchanged_label, hidden))}"
                    "</i></td></tr>"
                )
                rows += [_cell(html.escape(line), None, "") for line in tail]
            else:
                rows += [_cell(html.escape(line), None, "") for line in a[i1:i2]]
            continue
        old_lines, new_lines = a[i1:i2], b[j1:j2]
        if op == "replace" and len(old_lines) == len(new_lines):
            for before, after in zip(old_lines, new_lines, strict=True):
                left, right = _word_diff(before, after)
                rows.append(_cell(left, REMOVED_BG, "−"))
                rows.append(_cell(right, ADDED_BG, "+"))
            continue
        rows += [_cell(html.escape(line), REMOVED_BG, "−") for line in old_lines]
        rows += [_cell(html.escape(line), ADDED_BG, "+") for line in new_lines]
    if all(op == "equal" for op, *_ in matcher.get_opcodes()):
        return f'<p style="color: {semantic().muted};"><i>{html.escape(no_change_label)}</i></p>'
    return '<table width="100%" cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"


def format_moment(revision: Revision) -> str:
    return format_datetime(revision.updated_at)


class RevisionHistoryDialog(QDialog):
    restored = Signal(object)  # the Revision recording the restore

    MODE_PREVIOUS, MODE_CURRENT, MODE_TEXT = range(3)
    #: the operations that list and restore versions: a subclass for another kind of record
    #: (drafts) names its own
    history_op: ClassVar[Callable[..., Any]] = staticmethod(ops.history)
    restore_op: ClassVar[Callable[..., Any]] = staticmethod(ops.restore_version)

    @staticmethod
    def revision_text(revision: Revision) -> str:
        """The text a version is compared and shown by (a draft adds its variants)."""
        return revision.body

    def __init__(self, ctx: AppContext, note_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionHistoryDialog")
        self.setWindowTitle(fill(self.tr("History of “%1”"), title or self.tr("Untitled")))
        self._ctx = ctx
        self._note_id = note_id
        self._revisions: list[Revision] = []
        self._reasons = {
            "edit": self.tr("Edited"),
            "checkpoint": self.tr("Saved on leaving the note"),
            "created": self.tr("Created"),
            "restore": self.tr("Restored an earlier version"),
            "before_restore": self.tr("Text before a restore"),
        }

        self.list = QListWidget()
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.currentRowChanged.connect(self._show_selected)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.mode = combo_box(
            "revisionMode",
            [
                (self.tr("Changes made in this version"), self.MODE_PREVIOUS),
                (self.tr("Differences with the current text"), self.MODE_CURRENT),
                (self.tr("Full text of this version"), self.MODE_TEXT),
            ],
        )
        self.mode.currentIndexChanged.connect(lambda _i: self._show_selected(self.list.currentRow()))
        self.view = QTextBrowser()
        self.view.setObjectName("revisionDiff")
        self.view.setOpenLinks(False)
        self.summary = wrapped_label()
        show = hbox(QLabel(self.tr("Show:")), (self.mode, 1))
        splitter = list_and_detail(self.list, [show, self.summary, self.view], (260, 620))

        self.restore_button = push_button(
            self.tr("&Restore this version"),
            lambda: self._ctx.tasks.spawn(self.restore_selected()),
            name="restoreRevision",
            tip=self.tr("Put this version back in the note; the current text stays in the history"),
        )
        buttons = dialog_buttons(self, buttons=Standard.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.status = QLabel()
        self.status.setObjectName("revisionStatus")
        vbox((splitter, 1), self.status, buttons, parent=self)
        self.resize(900, 560)
        ctx.runner.changed.connect(self._on_changed)

    @property
    def revisions(self) -> list[Revision]:
        return list(self._revisions)

    async def reload(self) -> None:
        revisions = await self._ctx.runner.read(self.history_op, self._note_id)
        selected = self.selected()
        self._revisions = revisions
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for index, revision in enumerate(revisions):
                label = format_moment(revision)
                if index == 0:
                    label += " " + self.tr("(current)")
                label += "\n" + self._reasons.get(revision.reason, revision.reason)
                item = QListWidgetItem(label)
                item.setToolTip(revision.title)
                item.setData(Qt.ItemDataRole.UserRole, revision.id)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        row = next((i for i, r in enumerate(revisions) if selected and r.id == selected.id), 0)
        self.list.setCurrentRow(row if revisions else -1)
        self._show_selected(self.list.currentRow())

    def _on_changed(self, changes: Changes) -> None:
        # Its own restores reload at once; an undo from the main window comes here.
        if changes.touches(Entity.REVISIONS) and not changes.by(self) and self.isVisible():
            self._ctx.tasks.spawn(self.reload())

    def selected(self) -> Revision | None:
        row = self.list.currentRow()
        return self._revisions[row] if 0 <= row < len(self._revisions) else None

    def select_row(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def _show_selected(self, row: int) -> None:
        revision = self.selected()
        self.restore_button.setEnabled(revision is not None and row > 0)
        if revision is None:
            self.view.setHtml("")
            self.summary.clear()
            return
        mode = self.mode.currentData()
        unchanged = self.tr("⋯ %1 unchanged lines")
        same = self.tr("No difference.")
        if mode == self.MODE_TEXT:
            self.summary.setText(fill(self.tr("Title: %1"), revision.title or self.tr("Untitled")))
            self.view.setPlainText(self.revision_text(revision))
            return
        text = self.revision_text
        if mode == self.MODE_CURRENT:
            current = self._revisions[0]
            old_title, new_title, old, new = revision.title, current.title, text(revision), text(current)
        else:
            previous = self._revisions[row + 1] if row + 1 < len(self._revisions) else None
            old_title = previous.title if previous else ""
            old = text(previous) if previous else ""
            new_title, new = revision.title, text(revision)
        if old_title != new_title:
            untitled = self.tr("Untitled")
            self.summary.setText(
                fill(self.tr("Title: “%1” → “%2”"), old_title or untitled, new_title or untitled)
            )
        else:
            self.summary.setText(fill(self.tr("Title: %1"), new_title or self.tr("Untitled")))
        self.view.setHtml(diff_html(old, new, unchanged_label=unchanged, no_change_label=same))

    async def restore_selected(self) -> Revision | None:
        revision = self.selected()
        if revision is None:
            return None
        restored = await self._ctx.runner.run(
            self.restore_op, revision.id, initiator=self, undo_label=self.tr("Earlier version restored")
        )
        self.status.setText(
            fill(
                self.tr("Version of %1 restored. The text it replaced is kept in the history."),
                format_moment(revision),
            )
        )
        await self.reload()
        self.restored.emit(restored)
        return restored
