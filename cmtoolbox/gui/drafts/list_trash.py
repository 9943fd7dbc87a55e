"""The drafts trash of the current client: restore, delete for good, empty.

The notebook's trash dialog on the one trash (`ops.trash`), narrowed to drafts: restoring is
undoable from Edit ▸ Undo; deleting for good is not, so it asks first.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.notes.trash_dialog import NotesTrashDialog
from cmtoolbox.ops import trash as trash_ops
from cmtoolbox.storage.entities import Entity


class DraftsTrashDialog(NotesTrashDialog):
    kinds: ClassVar[tuple[str, ...]] = (Entity.DRAFTS,)

    def __init__(self, ctx: AppContext, client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, client_id, parent)
        self.setObjectName("draftsTrashDialog")
        self.setWindowTitle(self.tr("Drafts trash"))
        self.list.setAccessibleName(self.tr("Deleted drafts"))
        self.hint.setText(self.tr("Deleted drafts stay here until you empty the trash."))

    def restored_label(self, count: int) -> str:
        return self.tr("%n draft(s) restored", "", count)

    async def purge_selected(self) -> None:
        targets = self._selected()
        await self._purge(
            targets,
            self.tr("Delete this draft for good, with its versions and history?"),
            self.tr("Delete %n draft(s) for good, with their versions and history?", "", len(targets)),
        )

    async def empty_trash(self) -> None:
        """Delete for good the drafts listed (those the user saw, not any trashed since)."""
        targets: list[trash_ops.Target] = [(item.entity, item.id) for item in self._items]
        await self._purge(
            targets,
            self.tr("Empty the trash: delete its only draft for good?"),
            self.tr("Empty the trash: delete %n draft(s) for good?", "", len(targets)),
        )
