"""Operations on the library: browsing pages of items, editing their details, the trash, imports.

Copying and checking a file is not database work, so an import is two steps: the GUI stages the
file on a worker thread (`MediaFiles.stage`: copy, hash, check, thumbnail), then records it here
with `record_staged`. When recording fails, the GUI runs `discard_staged` as its own operation,
after the failed one has rolled back (a failure at commit included), so neither a record nor an
unused file is left. `import_file` chains both on one thread for the command line and tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.media import ImportOutcome, MediaItem, MediaQuery, MediaUsage
from cmtoolbox.storage.media_files import StagedFile
from cmtoolbox.storage.store import Store


@dataclass(frozen=True)
class MediaDetails:
    """What a person edits about an item (the detail panel's form), saved in one operation."""

    title: str = ""
    description: str = ""
    alt_text: str = ""
    credit: str = ""
    licence: str = ""
    rights_expire_on: date | None = None
    tags: tuple[str, ...] = ()

    @classmethod
    def of(cls, item: MediaItem) -> MediaDetails:
        return cls(
            item.title,
            item.description,
            item.alt_text,
            item.credit,
            item.licence,
            item.rights_expire_on,
            tuple(item.tags),
        )


# -- reading -------------------------------------------------------------------------------------
def first_page(store: Store, query: MediaQuery, limit: int) -> tuple[int, list[MediaItem]]:
    """How many items match `query`, and the first `limit` of them (newest first)."""
    return store.media.count(query), store.media.page(query, 0, limit)


def next_page(store: Store, query: MediaQuery, offset: int, limit: int) -> list[MediaItem]:
    return store.media.page(query, offset, limit)


def get_item(store: Store, media_id: int) -> MediaItem:
    return store.media.get(media_id)


def tag_names(store: Store, client_id: int | None) -> list[str]:
    return store.media.tag_names(client_id)


def usages(store: Store, media_id: int) -> list[MediaUsage]:
    """The notes and drafts that use the item."""
    return store.media.usages(media_id)


def known_hashes(store: Store) -> set[str]:
    """Every content hash a record (live or in the trash) holds: what garbage collection keeps."""
    return store.media.known_hashes()


# -- editing -------------------------------------------------------------------------------------
def save_details(store: Store, media_id: int, details: MediaDetails) -> MediaItem:
    """Write the fields and the tags together: a refused value leaves the item as it was."""
    store.media.update(
        media_id,
        title=details.title,
        description=details.description,
        alt_text=details.alt_text,
        credit=details.credit,
        licence=details.licence,
        rights_expire_on=details.rights_expire_on,
    )
    return store.media.set_tags(media_id, details.tags)


def move_to_trash(store: Store, media_ids: Sequence[int]) -> Undoable[int]:
    """Move items to the trash, all or none; undone by `restore_from_trash`."""
    ids = tuple(media_ids)
    for media_id in ids:
        store.media.move_to_trash(media_id)
    return Undoable(len(ids), call(restore_from_trash, ids))


def restore_from_trash(store: Store, media_ids: Sequence[int]) -> Undoable[list[MediaItem]]:
    """Bring items back from the trash; undone (redone) by `move_to_trash`."""
    ids = tuple(media_ids)
    items = [store.media.restore_from_trash(media_id) for media_id in ids]
    return Undoable(items, call(move_to_trash, ids))


# -- importing -----------------------------------------------------------------------------------
def record_staged(store: Store, staged: StagedFile, client_id: int) -> ImportOutcome:
    """Record a file staged off the database thread (or find the record the client has for it)."""
    return store.media.add_staged(staged, client_id)


def discard_staged(store: Store, staged: StagedFile) -> None:
    """Take a staged file away again after its record could not be written (unless another record
    uses the same content)."""
    store.media.discard_staged(staged)


def import_file(store: Store, path: Path, client_id: int, *, tags: Iterable[str] = ()) -> ImportOutcome:
    """Stage and record on this thread, all or nothing (command line, tests)."""
    return store.media.import_file(Path(path), client_id, tags=tags)
