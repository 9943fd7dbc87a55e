"""Operations of the notebook (Carnet): the list, the open note, its links, history and templates.

The GUI runs these through the runner (reads with `read`, writes with `run`), the CLI and tests
through `execute`. Changes that are cheap to reverse (trash, pin, moving a note to another client,
restoring a version) return their undo; typing is saved by `save_note` and has the editor's own
undo and the revision history instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cmtoolbox.ops import trash
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.notes import Note, NoteQuery, NoteSummary
from cmtoolbox.storage.revisions import Revision
from cmtoolbox.storage.store import Store

ENTITY = Entity.NOTES


# -- reading ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoteListing:
    """The first rows of the list and how many there are. `ids` holds every matching id when a
    text filter is on (the search runs once; later pages only read rows), else None."""

    total: int
    rows: list[NoteSummary]
    ids: list[int] | None


@dataclass(frozen=True)
class OpenedNote:
    note: Note
    backlinks: list[NoteSummary]


@dataclass(frozen=True)
class NoteFilters:
    """What the list can be narrowed to for a client: its notebooks and tags (shared notes too)."""

    notebooks: list[str]
    tags: list[str]


def list_notes(store: Store, query: NoteQuery, wanted: int) -> NoteListing:
    """The first `wanted` rows of the list for `query`, with the total."""
    if query.text.strip():
        ids = store.notes.matching_ids(query)
        return NoteListing(len(ids), store.notes.summaries(ids[:wanted]), ids)
    return NoteListing(store.notes.count(query), store.notes.page(query, 0, wanted), None)


def more_notes(
    store: Store, query: NoteQuery, ids: Sequence[int] | None, offset: int, limit: int
) -> list[NoteSummary]:
    """The next rows of a listing (`ids` from `list_notes` when a text filter is on)."""
    if ids is not None:
        return store.notes.summaries(ids[offset : offset + limit])
    return store.notes.page(query, offset, limit)


def list_filters(store: Store, client_id: int | None) -> NoteFilters:
    return NoteFilters(store.notes.notebooks(client_id), store.notes.tag_names(client_id))


def open_note(store: Store, note_id: int) -> OpenedNote:
    """A note and the notes linking to it, read together so the editor and the panel agree.
    Raises NotFound when it was purged."""
    return OpenedNote(store.notes.get(note_id), store.notes.backlinks(note_id))


def existing_links(store: Store, keys: Iterable[str], client_id: int | None) -> set[str]:
    """Which folded [[link]] titles name a note visible from `client_id` (the others show red)."""
    return store.notes.existing_keys(keys, client_id=client_id)


def resolve_link(store: Store, title: str, client_id: int | None) -> Note | None:
    return store.notes.resolve(title, client_id=client_id)


def templates(store: Store, client_id: int | None) -> list[Note]:
    """The user's own templates for `client_id` (its own, then the shared ones)."""
    return store.notes.templates(client_id)


def history(store: Store, note_id: int) -> list[Revision]:
    """The note's revisions, newest first."""
    return store.revisions.list(ENTITY, note_id)


# -- writing ---------------------------------------------------------------------------------------
def create_note(
    store: Store,
    client_id: int | None,
    title: str = "",
    body: str = "",
    *,
    tags: Sequence[str] = (),
    notebook: str = "",
) -> Note:
    return store.notes.create(client_id, title, body, tags=tags, notebook=notebook)


def save_note(store: Store, note_id: int, *, title: str, body: str, checkpoint: bool = False) -> Note:
    """The autosave: store the text and keep a revision (`checkpoint` on leaving the note, so
    later typing never overwrites the state someone walked away from)."""
    return store.notes.save(note_id, title=title, body=body, checkpoint=checkpoint)


def checkpoint_note(store: Store, note_id: int) -> None:
    """Leaving a note whose text is already stored: close its revision so the next edit starts a
    new one."""
    store.revisions.seal(ENTITY, note_id)


def set_pinned(store: Store, note_id: int, pinned: bool) -> Undoable[Note]:
    note = store.notes.update(note_id, pinned=pinned)
    return Undoable(note, call(set_pinned, note_id, not pinned))


def set_tags(store: Store, note_id: int, tags: Sequence[str]) -> Note:
    return store.notes.set_tags(note_id, tags)


def set_notebook(store: Store, note_id: int, notebook: str) -> Note:
    return store.notes.update(note_id, notebook=notebook)


def set_remote_images(store: Store, note_id: int, allowed: bool) -> Note:
    return store.notes.update(note_id, allow_remote_images=allowed)


def move_note(store: Store, note_id: int, client_id: int | None) -> Undoable[Note]:
    """Give the note to another client (None: share it with every client)."""
    before = store.notes.get(note_id).client_id
    note = store.notes.update(note_id, client_id=client_id)
    return Undoable(note, call(move_note, note_id, before))


def move_to_trash(store: Store, note_id: int) -> Undoable[None]:
    """Notes and templates alike; the undo restores it."""
    return trash.move_to_trash(store, ENTITY, note_id)


def save_as_template(store: Store, note_id: int, *, title: str, shared: bool = False) -> Note:
    """Copy the note as a template of its client, or of every client when `shared`."""
    return store.notes.save_as_template(note_id, title=title, shared=shared)


def restore_version(store: Store, revision_id: int) -> Undoable[Revision]:
    """Put an earlier version back in the note. The text it replaces is kept as a revision, and
    restoring that one is the undo."""
    restored = store.revisions.restore(revision_id)
    # Just below the new "restore" revision: the state that was replaced (recorded by restore()
    # as "before_restore", or the newest revision already holding it).
    replaced = store.revisions.list(restored.entity, restored.entity_id, limit=2)[1]
    return Undoable(restored, call(restore_version, replaced.id))
