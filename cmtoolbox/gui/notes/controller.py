"""The notebook's controller: the open note, its autosave, and what is done to it.

Every way of leaving the text (another note, another client, the trash, the history, closing the
window) first takes a synchronous snapshot through the `Autosaver`, so nothing typed is lost; then
it loads what comes next. Writes are named operations (`ops.notes`) run with the page as
initiator: the page refreshes its list from the broadcast `Changes` but never reloads the text it
just saved, while a change from elsewhere (a restored version, an undo) replaces the text shown
unless the user is typing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.record_controller import RecordController
from cmtoolbox.ops import Call, call
from cmtoolbox.ops import notes as ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.notes import Note, NoteSummary

if TYPE_CHECKING:
    from cmtoolbox.gui.notes.page import NotesPage

log = logging.getLogger(__name__)

LAST_NOTE_PREF = "notes/last_opened/{}"  # per client id ("shared" when none)
CURRENT = "current"  # new_note(client_id=CURRENT): the switcher's client


def _normal_title(title: str) -> str:
    return " ".join(title.split())


class NotesController(RecordController):
    def __init__(self, view: NotesPage) -> None:
        super().__init__(view)
        self._view = view
        self._note: Note | None = None
        self._saved: tuple[str, str] | None = None  # the open note's text as stored
        self._editor.tags_edited.connect(self.set_tags)
        self._editor.notebook_edited.connect(self.set_notebook)
        self._editor.owner_changed.connect(self.set_owner)
        self._editor.lookup_requested.connect(self.lookup)
        self._list.note_activated.connect(self.open_note)
        self._list.delete_requested.connect(self.delete_current)

    # -- state -----------------------------------------------------------------------------------
    @property
    def current_note(self) -> Note | None:
        return self._note

    @property
    def client(self) -> Client | None:
        return self._client

    def _record(self) -> Note | None:
        return self._note

    def client_name(self, client_id: int | None) -> str:
        return next((c.name for c in self._clients.clients if c.id == client_id), "")

    @property
    def link_context(self) -> int | None:
        """Whose notes a [[link]] of the open note resolves among: its own client's, or for a
        shared note, the current client's."""
        if self._note is not None and self._note.client_id is not None:
            return self._note.client_id
        return self.client_id

    # -- the client and the list -----------------------------------------------------------------
    async def apply_client(self, client: Client | None, *, keep_open: bool = False) -> None:
        self._loaded = True
        self._client = client
        client_id = self.client_id
        self._view.kpi.set_client(client_id)
        if not keep_open and self._note is not None and self._note.client_id not in (None, client_id):
            self._show(None)
        self._reopen_last = self._note is None
        await self._list.show_client(client_id)

    def _last_opened_key(self) -> str:
        client_id = self.client_id
        return LAST_NOTE_PREF.format(client_id if client_id is not None else "shared")

    # -- opening ---------------------------------------------------------------------------------
    def open_note(self, note_id: int) -> asyncio.Future[Any]:
        """Open a note, after saving the one on screen. Returns the task (tests await it)."""
        return self.open_record(note_id)

    async def _read_for_open(self, note_id: int) -> ops.OpenedNote | None:
        try:
            return await self._ctx.runner.read(ops.open_note, note_id)
        except NotFound:
            self._ctx.status.show(self.tr("This note no longer exists."))
            return None

    def _show_found(self, found: ops.OpenedNote) -> Note:
        self._show(found.note, found.backlinks)
        return found.note

    def _show(self, note: Note | None, backlinks: Sequence[NoteSummary] = ()) -> None:
        """Put `note` in the editor. Only called once the previous note is saved."""
        self._note = note
        self._saved = (_normal_title(note.title), note.body) if note else None
        if note is not None:
            self._ctx.prefs.set_value(self._last_opened_key(), note.id)
        self._view.show_note(note, backlinks)
        self.autosaver.reset()

    # -- saving ----------------------------------------------------------------------------------
    def _snapshot(self, dirty: bool, checkpoint: bool) -> Call | None:
        note = self._note
        if note is None:
            return None
        title, body = self._editor.current_text()
        if dirty or (_normal_title(title), body) != self._saved:
            return call(ops.save_note, note.id, title=title, body=body, checkpoint=checkpoint)
        if checkpoint:
            return call(ops.checkpoint_note, note.id)
        return None

    def _on_saved(self, result: object) -> None:
        if isinstance(result, Note) and self._note is not None and result.id == self._note.id:
            self._note = result
            self._saved = (_normal_title(result.title), result.body)
            if not self.autosaver.dirty:
                self._editor.set_save_state(self.tr("Saved"))

    def _save_failed_text(self) -> str:
        return self.tr("The note could not be saved; retrying in a few seconds.")

    # -- refreshing from changes -----------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(Entity.NOTES, Entity.TAGS):
            return
        self._list.refresh()
        self._ctx.tasks.spawn(self._list.reload_filters())
        note = self._note
        if note is not None:
            self._editor.refresh_links()
            self._ctx.tasks.spawn(self._refresh_current(note.id, own=changes.by(self._view)))
        elif changes.touches(Entity.TRASH) and len(changes.ids_of(Entity.NOTES)) == 1:
            # Nothing open and one note left or came back from the trash (Edit ▸ Undo after
            # deleting the open note, a restore in the trash dialog): show it again.
            self._ctx.tasks.spawn(self._open_if_restored(*changes.ids_of(Entity.NOTES)))

    async def _refresh_current(self, note_id: int, *, own: bool) -> None:
        try:
            opened: ops.OpenedNote | None = await self._ctx.runner.read(ops.open_note, note_id)
        except NotFound:
            opened = None
        if self._note is None or self._note.id != note_id:
            return
        if opened is None or opened.note.deleted_at is not None:
            self._show(None)
            return
        note = self._note = opened.note
        self._editor.update_meta(note, self._clients.clients)
        stored = (_normal_title(note.title), note.body)
        if not own and stored != self._saved and not self.autosaver.dirty:
            # Changed underneath (a restored version): show the stored text.
            self._saved = stored
            self._editor.replace_text(note.title, note.body)
        self._view.backlinks.show_backlinks(note.title, opened.backlinks)
        self._view.update_actions(note)

    async def _open_if_restored(self, note_id: int) -> None:
        try:
            opened = await self._ctx.runner.read(ops.open_note, note_id)
        except NotFound:
            return  # purged
        note = opened.note
        visible = note.client_id in (None, self.client_id)
        if self._note is None and note.deleted_at is None and not note.is_template and visible:
            await self.open_note(note_id)

    def lookup(self, keys: set[str]) -> None:
        self._ctx.tasks.spawn(self._lookup(set(keys), self.link_context))

    async def _lookup(self, keys: set[str], client_id: int | None) -> None:
        found = await self._ctx.runner.read(ops.existing_links, keys, client_id)
        self._editor.set_link_status(found, keys - found)

    # -- commands --------------------------------------------------------------------------------
    def new_note(
        self,
        title: str = "",
        body: str = "",
        *,
        tags: Sequence[str] = (),
        notebook: str = "",
        client_id: int | None | str = CURRENT,
    ) -> asyncio.Task[Any] | None:
        owner = self.client_id if client_id == CURRENT else client_id
        return self._ctx.tasks.spawn(self.create_and_open(owner, title, body, tags, notebook))  # type: ignore[arg-type]

    async def create_and_open(
        self, client_id: int | None, title: str, body: str, tags: Sequence[str] = (), notebook: str = ""
    ) -> Note | None:
        note = await self._ctx.runner.run(
            ops.create_note, client_id, title, body, tags=tuple(tags), notebook=notebook, initiator=self._view
        )
        opened = await self.open_note(note.id)
        if opened is not None:
            (self._editor.body if title else self._editor.title).setFocus()
        return opened

    def delete_current(self) -> asyncio.Task[Any] | None:
        note = self._note
        if note is None:
            return None
        title = self._editor.title.text() or note.title or self.tr("Untitled")
        flushed = self.autosaver.flush(checkpoint=True)
        return self._ctx.tasks.spawn(self._trash(note, title, flushed))

    async def _trash(self, note: Note, title: str, flushed: Any) -> None:
        await flushed
        label = fill(self.tr("“%1” moved to the trash"), title)
        await self._ctx.runner.run(ops.move_to_trash, note.id, initiator=self._view, undo_label=label)
        if self._note is not None and self._note.id == note.id:
            self._show(None)

    def _write(self, fn: Callable[..., Any], *args: Any, label: str = "") -> asyncio.Task[Any] | None:
        """A change to the open note around its text; the page refreshes from its Changes."""
        return self._ctx.tasks.spawn(self._ctx.runner.run(fn, *args, initiator=self._view, undo_label=label))

    def set_pinned(self, pinned: bool) -> None:
        if self._note is not None:
            label = self.tr("Note pinned") if pinned else self.tr("Note unpinned")
            self._write(ops.set_pinned, self._note.id, pinned, label=label)

    def set_tags(self, tags: list[str]) -> None:
        if self._note is not None:
            self._write(ops.set_tags, self._note.id, tuple(tags))

    def set_notebook(self, notebook: str) -> None:
        if self._note is not None:
            self._write(ops.set_notebook, self._note.id, notebook)

    def set_remote_images(self, allowed: bool) -> None:
        if self._note is not None:
            self._write(ops.set_remote_images, self._note.id, allowed)

    def set_owner(self, owner: int | None) -> None:
        """Give the open note to another client, or share it (undoable; the status bar says so)."""
        if self._note is None:
            return
        if owner is None:
            label = self.tr("Note shared with all clients")
        else:
            label = fill(self.tr("Note moved to %1"), self.client_name(owner))
        self._write(ops.move_note, self._note.id, owner, label=label)

    def insert_into_note(self, markdown: str) -> None:
        if self._note is None:
            self._ctx.status.show(self.tr("Open a note to insert the result."))
            return
        self._editor.insert_markdown(markdown)
