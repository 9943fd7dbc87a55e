"""The notebook's dialog flows, each awaited to its end: new from a template, save as template, the
history, the trash, pictures from the library, and the question before creating a linked note.

Dialogs are awaited (`gui.dialogs.ask`), never exec()'d. A flow that leaves the text (history,
template) saves it first through the controller's autosaver; the last dialog of each kind stays
reachable as an attribute (`history_dialog`...) for tests and for the page.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from cmtoolbox.gui.dialogs import ask, confirm
from cmtoolbox.gui.drafts.links import open_draft_in_window
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.library.picker import MediaPickerDialog
from cmtoolbox.gui.notes.history import RevisionHistoryDialog
from cmtoolbox.gui.notes.template_picker import SaveTemplateDialog, TemplatePickerDialog
from cmtoolbox.gui.notes.trash_dialog import NotesTrashDialog
from cmtoolbox.ops import drafts as draft_ops
from cmtoolbox.ops import notes as ops
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.notes import Note

if TYPE_CHECKING:
    from cmtoolbox.gui.notes.controller import NotesController
    from cmtoolbox.gui.notes.page import NotesPage


class NoteDialogs(QObject):
    def __init__(self, view: NotesPage, controller: NotesController) -> None:
        super().__init__(view)
        self._view = view
        self._ctx = view.ctx
        self._controller = controller
        self.template_dialog: TemplatePickerDialog | None = None
        self.save_template_dialog: SaveTemplateDialog | None = None
        self.trash_dialog: NotesTrashDialog | None = None
        self.history_dialog: RevisionHistoryDialog | None = None
        self.media_dialog: MediaPickerDialog | None = None

    def _spawn(self, coro: Any) -> asyncio.Task[Any] | None:
        return self._ctx.tasks.spawn(coro)

    def _with_open_note(
        self, flow: Callable[[Note, Awaitable[Any]], Coroutine[Any, Any, Any]], *, checkpoint: bool
    ) -> asyncio.Task[Any] | None:
        """Start `flow(note, flushed)` for the open note, its text snapshot for saving NOW (the
        flow awaits `flushed` before showing its dialog)."""
        note = self._controller.current_note
        if note is None:
            return None
        flushed = self._controller.autosaver.flush(checkpoint=checkpoint)
        return self._spawn(flow(note, flushed))

    # -- templates -------------------------------------------------------------------------------
    def choose_template(self) -> asyncio.Task[Any] | None:
        return self._spawn(self._choose_template())

    async def _choose_template(self) -> Note | None:
        controller = self._controller
        client_id = controller.client_id
        templates = await self._ctx.runner.read(ops.templates, client_id)
        name = controller.client.name if controller.client else self.tr("All clients")
        dialog = self.template_dialog = TemplatePickerDialog(self._ctx, name, templates, self._view)
        if await ask(dialog) != TemplatePickerDialog.DialogCode.Accepted.value:
            return None
        choice = dialog.choice()
        if choice is None:
            return None
        return await controller.create_and_open(
            client_id, choice.title, choice.body, choice.tags, choice.notebook
        )

    def save_as_template(self) -> asyncio.Task[Any] | None:
        return self._with_open_note(self._save_as_template, checkpoint=False)

    async def _save_as_template(self, note: Note, flushed: Any) -> Note | None:
        await flushed
        title = self._view.editor.title.text() or note.title
        dialog = self.save_template_dialog = SaveTemplateDialog(title, self._view)
        if await ask(dialog) != SaveTemplateDialog.DialogCode.Accepted.value:
            return None
        template = await self._ctx.runner.run(
            ops.save_as_template,
            note.id,
            title=dialog.name.text().strip(),
            shared=dialog.shared.isChecked(),
            initiator=self._view,
        )
        self._ctx.status.show(
            fill(self.tr("Template “%1” saved. Find it under “From template…”."), template.title)
        )
        return template

    # -- history and trash -----------------------------------------------------------------------
    def show_history(self) -> asyncio.Task[Any] | None:
        return self._with_open_note(self._show_history, checkpoint=True)

    async def _show_history(self, note: Note, flushed: Any) -> RevisionHistoryDialog:
        await flushed
        dialog = self.history_dialog = RevisionHistoryDialog(self._ctx, note.id, note.title, self._view)
        await dialog.reload()
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_trash(self) -> asyncio.Task[Any] | None:
        return self._spawn(self._show_trash())

    async def _show_trash(self) -> NotesTrashDialog:
        dialog = self.trash_dialog = NotesTrashDialog(self._ctx, self._controller.client_id, self._view)
        await dialog.reload()
        dialog.open()
        return dialog

    # -- pictures of the library -----------------------------------------------------------------
    def insert_from_library(self) -> asyncio.Task[Any] | None:
        """Ctrl+Shift+I: pick pictures of the note's client library and insert their links."""
        note = self._controller.current_note
        if note is None:
            self._ctx.status.show(self.tr("Open a note to insert a picture."))
            return None
        return self._spawn(self._insert_from_library(note))

    async def _insert_from_library(self, note: Note) -> list[str]:
        controller = self._controller
        # A client's note takes that client's pictures; a shared note, the current client's.
        client_id = note.client_id if note.client_id is not None else controller.client_id
        if client_id is None:
            self._ctx.status.show(self.tr("Choose a client first: pictures live in each client's library."))
            return []
        dialog = MediaPickerDialog(self._ctx, client_id, controller.client_name(client_id), self._view)
        self.media_dialog = dialog
        dialog.start_reload()
        if await ask(dialog) != MediaPickerDialog.DialogCode.Accepted.value:
            return []
        links = dialog.links()
        current = controller.current_note
        if not links or current is None or current.id != note.id:
            return []  # nothing chosen, or the note was closed meanwhile
        self._view.editor.insert_media_links(links)
        return links

    # -- wiki links ------------------------------------------------------------------------------
    async def _open_draft(self, title: str) -> bool:
        """[[draft:Title]]: the draft of the note's client (or the current one) in the Drafts section."""
        draft = await self._ctx.runner.read(draft_ops.resolve_link, title, self._controller.link_context)
        if draft is None:
            self._ctx.status.show(fill(self.tr("There is no draft called “%1”."), title))
            return False
        return open_draft_in_window(self._view, draft.id, draft.client_id)

    def follow_link(self, kind: str, title: str) -> asyncio.Task[Any] | None:
        return self._spawn(self._follow_link(kind, title))

    async def _follow_link(self, kind: str, title: str) -> Note | None:
        if kind == "draft":
            await self._open_draft(title)
            return None
        if kind == "source":
            self._ctx.status.show(
                self.tr("Links to sources will open the source once sources are available.")
            )
            return None
        controller = self._controller
        context = controller.link_context
        target = await self._ctx.runner.read(ops.resolve_link, title, context)
        if target is not None:
            return await controller.open_note(target.id)
        question = fill(self.tr("There is no note called “%1” yet. Create it?"), title)
        yes = QMessageBox.StandardButton.Yes
        if not await confirm(
            self._view, self.tr("Create note"), question, default=yes, name="createLinkedNote"
        ):
            return None
        try:
            return await controller.create_and_open(context, title, "")
        except InvalidValue:
            self._ctx.status.show(self.tr("This title is too long for a note."))
            return None
