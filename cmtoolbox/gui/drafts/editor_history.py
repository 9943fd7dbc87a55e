"""A draft's two histories: its versions (texts, browsed, compared and restored in the notebook's
revision dialog) and its workflow (status moves, proofs sent, the client's answers, publications,
replanning and the CM's comments), listed in the editor with a line to add a comment.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.list_status import status_label
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill, tr
from cmtoolbox.gui.notes.history import RevisionHistoryDialog
from cmtoolbox.ops import drafts as ops
from cmtoolbox.storage.drafts import DraftEvent
from cmtoolbox.storage.revisions import Revision
from cmtoolbox.storage.timeutil import from_db


class DraftHistoryDialog(RevisionHistoryDialog):
    """The notebook's version browser on a draft: the master and each variant's own text."""

    history_op = staticmethod(ops.history)
    restore_op = staticmethod(ops.restore_version)

    def __init__(self, ctx: AppContext, draft_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, draft_id, title, parent)
        self.setObjectName("draftHistoryDialog")
        self._reasons["checkpoint"] = self.tr("Saved on leaving the draft")
        self.restore_button.setToolTip(
            self.tr("Put this version back in the draft; the current text stays in the history")
        )

    @staticmethod
    def revision_text(revision: Revision) -> str:
        parts = [revision.body]
        for variant in revision.meta.get("variants", []):
            if isinstance(variant, dict) and isinstance(variant.get("text"), str):
                name = networks.network(str(variant.get("network", ""))).name
                parts.append(f"— {name} —\n{variant['text']}")
        return "\n\n".join(parts)


def _planned(meta: object) -> str:
    if not isinstance(meta, dict) or not meta.get("utc"):
        return tr("not planned")
    when: datetime | None = from_db(str(meta["utc"]))
    return format_datetime(when)


def event_text(event: DraftEvent) -> str:
    """One line of the workflow history, in words."""
    network = networks.network(event.network).name if event.network else ""
    who = event.author or tr("the client")
    words = " " + fill(tr("“%1”"), event.text) if event.text else ""
    if event.kind == "created":
        origin = event.meta.get("from") if isinstance(event.meta, dict) else None
        sources = {
            "feed_item": tr("Created from a feed item"),
            "press_review": tr("Created from the press review"),
            "composer": tr("Created from the quick composer"),
            "duplicate": tr("Created as a copy"),
        }
        return sources.get(str(origin), tr("Draft created"))
    if event.kind == "status":
        text = fill(
            tr("Status: %1 → %2"), status_label(event.from_status or ""), status_label(event.to_status or "")
        )
        return text + words
    if event.kind == "sent":
        return tr("Sent to the client for approval") + words
    if event.kind == "approved":
        return fill(tr("Approved by %1"), who) + words
    if event.kind == "changes_requested":
        return fill(tr("Changes requested by %1"), who) + words
    if event.kind == "published":
        base = fill(tr("Published on %1"), network) if network else tr("Published")
        return f"{base} {event.text}".strip()
    if event.kind == "unpublished":
        return fill(tr("Publication on %1 withdrawn"), network) if network else tr("Publication withdrawn")
    if event.kind == "replanned":
        meta = event.meta if isinstance(event.meta, dict) else {}
        return fill(tr("Replanned: %1 → %2"), _planned(meta.get("from")), _planned(meta.get("to")))
    if event.kind == "comment":
        return fill(tr("Comment by %1:"), event.author) + words if event.author else tr("Comment:") + words
    return event.kind


class EventsPanel(QWidget):
    """The workflow history, newest last, and a comment line."""

    comment_added = Signal(str)
    versions_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cmtoolbox.gui.widgets.layouts import hbox, vbox

        self.setObjectName("draftEvents")
        self.list = QListWidget()
        self.list.setObjectName("draftEventList")
        self.list.setAccessibleName(self.tr("Workflow history"))
        self.list.setWordWrap(True)
        self.comment = QLineEdit()
        self.comment.setObjectName("draftComment")
        self.comment.setPlaceholderText(self.tr("Add a comment to the history (a call with the client…)"))
        self.comment.returnPressed.connect(self._add)
        self.versions_button = QPushButton(self.tr("Versions of the text…"))
        self.versions_button.setObjectName("draftVersions")
        self.versions_button.setToolTip(self.tr("Earlier versions: compare and restore (Ctrl+Shift+H)"))
        self.versions_button.clicked.connect(self.versions_requested)
        vbox((self.list, 1), hbox((self.comment, 1), self.versions_button), parent=self, margins=0)

    def show_events(self, events: Sequence[DraftEvent]) -> None:
        self.list.clear()
        for event in events:
            row = QListWidgetItem(f"{format_datetime(event.at)}  {event_text(event)}")
            row.setData(Qt.ItemDataRole.UserRole, event.id)
            self.list.addItem(row)
        self.list.scrollToBottom()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _add(self) -> None:
        text = self.comment.text().strip()
        if text:
            self.comment.clear()
            self.comment_added.emit(text)
