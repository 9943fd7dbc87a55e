"""The notes trash of the current client (and of the shared notes): restore, delete for good, empty.

It lists the app's one trash (`ops.trash`) narrowed to notes. Restoring is undoable from Edit ▸
Undo like any trip to the trash; deleting for good is not, so it asks first.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import confirm
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.controls import push_button
from cmtoolbox.gui.widgets.dialog_layout import Standard, dialog_buttons
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import vbox
from cmtoolbox.ops import trash as trash_ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.trash import TrashItem

KINDS = (Entity.NOTES,)


class NotesTrashDialog(QDialog):
    #: the kinds of records listed; the drafts' trash (gui/drafts/list_trash.py) names its own
    kinds: ClassVar[tuple[str, ...]] = KINDS

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
        spawn = ctx.tasks.spawn
        self.restore_button = push_button(
            self.tr("&Restore"), lambda: spawn(self.restore_selected()), name="trashRestore"
        )
        self.delete_button = push_button(
            self.tr("&Delete for good…"), lambda: spawn(self.purge_selected()), name="trashDelete"
        )
        self.empty_button = push_button(
            self.tr("&Empty trash…"), lambda: spawn(self.empty_trash()), name="trashEmpty"
        )
        buttons = dialog_buttons(self, buttons=Standard.Close)
        for button in (self.restore_button, self.delete_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.hint = wrapped_label(self.tr("Deleted notes stay here until you empty the trash."))
        self.hint.setEnabled(False)
        vbox(self.hint, (self.list, 1), (self.empty_label, 1), buttons, parent=self)
        self.resize(560, 420)
        ctx.runner.changed.connect(self._on_changed)
        self._update_buttons()

    async def reload(self) -> None:
        self._items = await self._ctx.runner.read(
            trash_ops.list_items, client_id=self._client_id, entities=self.kinds
        )
        self.list.clear()
        for item in self._items:
            row = QListWidgetItem(
                fill(
                    self.tr("%1 — deleted %2"),
                    item.title or self.tr("Untitled"),
                    format_datetime(item.deleted_at),
                )
            )
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        self.list.setVisible(bool(self._items))
        self.empty_label.setVisible(not self._items)
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        # Its own restores and purges reload at once; an undo or a deletion elsewhere comes here.
        if changes.touches(Entity.TRASH) and not changes.by(self) and self.isVisible():
            self._ctx.tasks.spawn(self.reload())

    def _selected(self) -> list[trash_ops.Target]:
        return [(self.kinds[0], int(i.data(Qt.ItemDataRole.UserRole))) for i in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        selected = bool(self.list.selectedItems())
        self.restore_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.empty_button.setEnabled(bool(self._items))

    async def restore_selected(self) -> None:
        targets = self._selected()
        if not targets:
            return
        label = self.restored_label(len(targets))
        await self._ctx.runner.run(trash_ops.restore_items, targets, initiator=self, undo_label=label)
        await self.reload()

    def restored_label(self, count: int) -> str:
        return self.tr("Note restored") if count == 1 else self.tr("Notes restored")

    async def _confirm(self, text: str) -> bool:
        buttons = QMessageBox.StandardButton
        return await confirm(
            self,
            self.tr("Delete for good"),
            text,
            icon=QMessageBox.Icon.Warning,
            buttons=buttons.Yes | buttons.Cancel,
            default=buttons.Cancel,
            informative=self.tr("This cannot be undone."),
        )

    async def purge_selected(self) -> None:
        targets = self._selected()
        await self._purge(
            targets,
            self.tr("Delete this note for good, with its history?"),
            self.tr("Delete %n note(s) for good, with their history?", "", len(targets)),
        )

    async def empty_trash(self) -> None:
        """Delete for good the notes listed (those the user saw, not any trashed since)."""
        targets: list[trash_ops.Target] = [(item.entity, item.id) for item in self._items]
        await self._purge(
            targets,
            self.tr("Empty the trash: delete its only note for good?"),
            self.tr("Empty the trash: delete %n note(s) for good?", "", len(targets)),
        )

    async def _purge(self, targets: list[trash_ops.Target], one: str, many: str) -> None:
        if not targets or not await self._confirm(one if len(targets) == 1 else many):
            return
        await self._ctx.runner.run(trash_ops.purge_items, targets, initiator=self)
        await self.reload()
