"""The "Unplanned" list beside the calendar: drafts with no date yet, to drag onto a day.

Dropping a planned post back here takes it off the calendar (it keeps everything else; a
scheduled post goes back to "approved", as `ops.drafts.replan` does).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cmtoolbox.gui.drafts.calendar_chip import DRAFT_MIME, draft_mime, read_draft_mime
from cmtoolbox.gui.drafts.calendar_style import client_colour, network_look, swatch
from cmtoolbox.gui.drafts.list_status import status_colour, status_label
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.labels import heading_label
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.drafts import DraftSummary

ID_ROLE = Qt.ItemDataRole.UserRole


class UnplannedList(QListWidget):
    open_requested = Signal(int)  # draft id
    unplan_requested = Signal(int)  # a planned post dropped here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarUnplannedList")
        self.setAccessibleName(self.tr("Unplanned drafts"))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(12, 12))
        self.setSpacing(1)
        self.itemActivated.connect(lambda item: self.open_requested.emit(int(item.data(ID_ROLE))))

    def set_drafts(
        self, drafts: Sequence[DraftSummary], *, all_clients: bool, clients: Mapping[int, Client]
    ) -> None:
        """Show `drafts`, keeping the selection and scroll position (a refresh must not jump)."""
        selected = self.currentItem().data(ID_ROLE) if self.currentItem() else None
        scroll = self.verticalScrollBar().value()
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            for summary in drafts:
                self.addItem(self._item(summary, all_clients, clients))
                if summary.id == selected:
                    self.setCurrentRow(self.count() - 1)
            self.verticalScrollBar().setValue(scroll)
        finally:
            self.setUpdatesEnabled(True)

    def _item(
        self, summary: DraftSummary, all_clients: bool, clients: Mapping[int, Client]
    ) -> QListWidgetItem:
        short = " ".join(network_look(n).short for n in summary.networks)
        details = status_label(summary.status) + (f" · {short}" if short else "")
        client = clients.get(summary.client_id)
        if all_clients and client is not None:
            details = f"{client.name} · {details}"
        title = summary.title or self.tr("(untitled)")
        item = QListWidgetItem(f"{title}\n{details}")
        item.setData(ID_ROLE, summary.id)
        colour = client_colour(summary.client_id, client.color if client else None) if all_clients else None
        item.setIcon(swatch(colour or status_colour(summary.status, dark=False)))
        item.setToolTip(fill(self.tr("%1 — drag it onto a day to plan it"), title))
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        return item

    def ids(self) -> list[int]:
        return [int(self.item(i).data(ID_ROLE)) for i in range(self.count())]

    # -- drag out --------------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [DRAFT_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        item = items[0]
        return draft_mime(int(item.data(ID_ROLE)), item.text().split("\n", 1)[0], planned=False)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    # -- drop in: take a post off the calendar -------------------------------------------------------
    def _accepts(self, mime: QMimeData | None) -> bool:
        dragged = read_draft_mime(mime)
        return dragged is not None and dragged.planned

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        dragged = read_draft_mime(event.mimeData())
        if dragged is None or not dragged.planned:
            event.ignore()
            return
        event.acceptProposedAction()
        self.unplan_requested.emit(dragged.draft_id)


class UnplannedPanel(QWidget):
    """The list under its heading, with a hint while it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarUnplannedPanel")
        self.heading = heading_label("calendarUnplannedHeading")
        self.hint = QLabel(self.tr("Drag a draft onto a day to plan it; drop a post here to unplan it."))
        self.hint.setObjectName("calendarUnplannedHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.list = UnplannedList()
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.heading.setText(self.tr("&Unplanned (%n)", "", count))
