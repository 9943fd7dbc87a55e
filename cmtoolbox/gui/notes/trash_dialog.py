"""The notes trash of the current client (and of the shared notes): restore, delete for good, empty."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.store import Store
from cmtoolbox.storage.trash import TrashItem

ENTITY = "notes"


def notes_in_trash(store: Store, client_id: int | None) -> list[TrashItem]:
    return [
        item
        for item in store.trash.list()
        if item.entity == ENTITY and (item.client_id is None or item.client_id == client_id)
    ]


class NotesTrashDialog(QDialog):
    def __init__(self, ctx: AppContext, client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesTrashDialog")
        self.setWindowTitle(self.tr("Notes trash"))
        self._ctx = ctx
        self._client_id = client_id
        self._items: list[TrashItem] = []
        self.list = QListWidget()
        self.list.setObjectName("trashList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Deleted notes"))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self._ctx.tasks.spawn(self.restore_selected()))
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.clicked.connect(lambda: self._ctx.tasks.spawn(self.restore_selected()))
        self.delete_button = QPushButton(self.tr("&Delete for good…"))
        self.delete_button.setObjectName("trashDelete")
        self.delete_button.clicked.connect(lambda: self._ctx.tasks.spawn(self.purge_selected()))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setObjectName("trashEmpty")
        self.empty_button.clicked.connect(lambda: self._ctx.tasks.spawn(self.empty_trash()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.restore_button, self.delete_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Deleted notes stay here until you empty the trash."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        ctx.runner.changed.connect(self._on_changed)
        self._update_buttons()

    async def reload(self) -> None:
        client_id = self._client_id
        self._items = await self._ctx.runner.query(lambda s: notes_in_trash(s, client_id))
        self.list.clear()
        locale = QLocale()
        for item in self._items:
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(item.deleted_at.timestamp())), QLocale.FormatType.ShortFormat
            )
            row = QListWidgetItem(
                self.tr("%1 — deleted %2")
                .replace("%1", item.title or self.tr("Untitled"))
                .replace("%2", when)
            )
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        self.list.setVisible(bool(self._items))
        self.empty_label.setVisible(not self._items)
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("trash") and self.isVisible():
            self._ctx.tasks.spawn(self.reload())

    def _selected_ids(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        selected = bool(self.list.selectedItems())
        self.restore_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.empty_button.setEnabled(bool(self._items))

    async def restore_selected(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return

        def restore(store: Store) -> None:
            with store.db.atomic():
                for note_id in ids:
                    store.trash.restore(ENTITY, note_id)

        await self._ctx.runner.mutate(restore)
        await self.reload()

    async def _confirm(self, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete for good"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("This cannot be undone."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return await ask(box) == QMessageBox.StandardButton.Yes.value

    async def purge_selected(self) -> None:
        ids = self._selected_ids()
        if not ids or not await self._confirm(
            self.tr("Delete this note for good, with its history?") if len(ids) == 1
            else self.tr("Delete %1 notes for good, with their history?").replace("%1", str(len(ids)))
        ):
            return
        await self._purge(ids)

    async def empty_trash(self) -> None:
        ids = [item.id for item in self._items]
        if not ids or not await self._confirm(
            self.tr("Empty the trash: delete its only note for good?") if len(ids) == 1
            else self.tr("Empty the trash: delete %1 notes for good?").replace("%1", str(len(ids)))
        ):
            return
        await self._purge(ids)

    async def _purge(self, ids: list[int]) -> None:
        def purge(store: Store) -> None:
            with store.db.atomic():
                for note_id in ids:
                    store.trash.purge(ENTITY, note_id)

        await self._ctx.runner.mutate(purge)
        await self.reload()
