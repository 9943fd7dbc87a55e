"""Operations of the Sources tab: a client's bookmarked sources, their folders, bookmark imports
and exports, and the link check.

The GUI runs these through the runner (reads with `read`, writes with `run`), the CLI and tests
through `execute`; each write runs in one transaction. Changes that are cheap to reverse return
their undo, which returns the forward change as its own undo (so redo works): creating (undone
by the trash), editing, starring, moving to a folder or the trash, following moved addresses.
An import is undone by deleting what it added for good: the file it came from still holds it,
and trashed copies would make a second import of that file report everything as duplicates.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cmtoolbox.core.bookmarks_html import FOLDER_SEPARATOR, Bookmark
from cmtoolbox.core.fetch import LinkCheck
from cmtoolbox.ops import trash
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import StorageError
from cmtoolbox.storage.sources import (
    CancelledFn,
    DuplicateSource,
    ImportReport,
    PreparedImport,
    ProgressFn,
    Source,
)
from cmtoolbox.storage.store import Store

ENTITY = Entity.SOURCES
log = logging.getLogger(__name__)


# -- values ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SourceValues:
    """What the source dialog edits. `shared` sources belong to every client."""

    url: str
    title: str = ""
    kind: str = "other"
    tags: tuple[str, ...] = ()
    notes: str = ""
    folder: str = ""
    shared: bool = False

    @classmethod
    def of(cls, source: Source) -> SourceValues:
        return cls(
            source.url, source.title, source.kind, source.tags, source.notes, source.folder, source.shared
        )


@dataclass(frozen=True)
class SourcesListing:
    """A client's live sources (its own and the shared ones) and every tag name, for completion."""

    sources: list[Source]
    tag_names: list[str]


@dataclass(frozen=True)
class MovedReport:
    """What following moved addresses did: how many were updated, and the titles of those whose
    new address is already another source (left alone)."""

    updated: int
    clashes: tuple[str, ...]


def clean_folder(path: str) -> str:
    """A folder path as stored: parts trimmed, empty parts dropped ("Veille / / Lyon " ->
    "Veille/Lyon"), the way imports write it."""
    return FOLDER_SEPARATOR.join(
        " ".join(part.split()) for part in path.split(FOLDER_SEPARATOR) if part.strip()
    )


def _targets(ids: Iterable[int]) -> tuple[trash.Target, ...]:
    return tuple((str(ENTITY), int(source_id)) for source_id in ids)


# -- reading -----------------------------------------------------------------------------------------
def list_sources(store: Store, client_id: int) -> SourcesListing:
    return SourcesListing(store.sources.list(client_id), store.tags.names())


def sources_by_id(store: Store, client_id: int, ids: Sequence[int] | None = None) -> list[Source]:
    """The client's live sources, or only `ids` among them (the link check's list)."""
    return store.sources.list(client_id, ids=ids)


def find_duplicate(
    store: Store, client_id: int | None, url: str, exclude_id: int | None = None
) -> Source | None:
    """The source this client already has at `url` (trashed ones included), or None."""
    return store.sources.find_duplicate(client_id, url, exclude_id=exclude_id)


def export_bookmarks(store: Store, client_id: int, ids: Sequence[int] | None = None) -> list[Bookmark]:
    return store.sources.export_bookmarks(client_id, ids)


# -- creating and editing ----------------------------------------------------------------------------
def create_source(store: Store, client_id: int, values: SourceValues) -> Undoable[Source]:
    """Bookmark an address for the client (or for every client when `values.shared`).

    Raises `core.urls.InvalidUrl` and `DuplicateSource` (nothing written). Undone by the trash.
    """
    created = store.sources.create(
        None if values.shared else client_id,
        values.url,
        title=values.title,
        kind=values.kind,
        tags=values.tags,
        notes=values.notes,
        folder=clean_folder(values.folder),
    )
    return Undoable(created, call(trash.trash_items, _targets([created.id])))


def save_source(store: Store, source_id: int, values: SourceValues, client_id: int) -> Undoable[Source]:
    """Write every field of the dialog; a shared source unshared goes to `client_id`."""
    before = store.sources.get(source_id)
    saved = store.sources.update(
        source_id,
        url=values.url,
        title=values.title,
        kind=values.kind,
        notes=values.notes,
        tags=values.tags,
        folder=clean_folder(values.folder),
        shared=values.shared,
        client_id=client_id,
    )
    owner = before.client_id if before.client_id is not None else client_id
    return Undoable(saved, call(save_source, source_id, SourceValues.of(before), owner))


def set_stars(store: Store, states: Iterable[tuple[int, bool]]) -> Undoable[int]:
    """Star or unstar each (source id, starred); the undo puts the previous states back."""
    pairs = tuple((int(source_id), bool(starred)) for source_id, starred in states)
    previous = tuple((source_id, store.sources.get(source_id).starred) for source_id, _ in pairs)
    for source_id, starred in pairs:
        store.sources.set_starred(source_id, starred)
    return Undoable(len(pairs), call(set_stars, previous))


def star_sources(store: Store, ids: Iterable[int], starred: bool) -> Undoable[int]:
    """Star (for the press review) or unstar several sources at once."""
    return set_stars(store, ((source_id, starred) for source_id in ids))


def mark_visited(store: Store, ids: Iterable[int]) -> int:
    """Remember that these sources were just opened in the browser (no undo: it is a fact)."""
    count = 0
    for source_id in ids:
        store.sources.mark_visited(source_id)
        count += 1
    return count


def set_folders(store: Store, folders: Iterable[tuple[int, str]]) -> Undoable[int]:
    """Put each (source id, folder path) in its folder; the undo puts the previous ones back."""
    pairs = tuple((int(source_id), clean_folder(folder)) for source_id, folder in folders)
    previous = tuple((source_id, store.sources.get(source_id).folder) for source_id, _ in pairs)
    for source_id, folder in pairs:
        store.sources.update(source_id, folder=folder)
    return Undoable(len(pairs), call(set_folders, previous))


def move_to_folder(store: Store, ids: Iterable[int], folder: str) -> Undoable[int]:
    """Move sources into one folder ("" takes them out of any folder)."""
    return set_folders(store, ((source_id, folder) for source_id in ids))


# -- trash -------------------------------------------------------------------------------------------
def trash_sources(store: Store, ids: Iterable[int]) -> Undoable[int]:
    """Move sources to the trash; one undo brings them all back. A missing id fails the whole call."""
    return trash.trash_items(store, _targets(ids))


def restore_sources(store: Store, ids: Iterable[int]) -> Undoable[int]:
    """Bring sources back from the trash (a duplicate found in the trash, or an undo)."""
    return trash.restore_items(store, _targets(ids))


# -- import ------------------------------------------------------------------------------------------
def import_bookmarks(
    store: Store,
    client_id: int,
    bookmarks: Sequence[Bookmark] | PreparedImport,
    *,
    folders: str = "tags",
    kind: str = "other",
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportReport | Undoable[ImportReport]:
    """Add a browser export's bookmarks for the client, all or nothing (see
    `SourceManager.import_bookmarks`); `cancelled()` aborts with `ImportCancelled`, nothing kept.
    Undone by `discard_imported` when something was imported."""
    report = store.sources.import_bookmarks(
        client_id, bookmarks, folders=folders, kind=kind, progress=progress, cancelled=cancelled
    )
    if not report.ids:
        return report
    return Undoable(report, call(discard_imported, report.ids))


def discard_imported(store: Store, ids: Sequence[int]) -> int:
    """Delete the sources an import added, for good (the undo of an import; no redo)."""
    for source_id in ids:
        store.trash.move_to_trash(ENTITY, source_id)
        store.trash.purge(ENTITY, source_id)
    return len(ids)


# -- link check --------------------------------------------------------------------------------------
def record_link_checks(store: Store, checks: Sequence[tuple[int, LinkCheck]]) -> int:
    """Store a batch of link-check results; returns how many sources were still there."""
    return store.sources.record_link_checks(checks)


def set_addresses(store: Store, addresses: Iterable[tuple[int, str]]) -> Undoable[int]:
    """Give each (source id, address) its address; the undo gives the previous ones back."""
    pairs = tuple((int(source_id), str(url)) for source_id, url in addresses)
    previous = tuple((source_id, store.sources.get(source_id).url) for source_id, _ in pairs)
    for source_id, url in pairs:
        store.sources.update(source_id, url=url)
    return Undoable(len(pairs), call(set_addresses, previous))


def apply_moved(store: Store, ids: Iterable[int]) -> MovedReport | Undoable[MovedReport]:
    """Follow the new address of sources the link check found moved. One whose new address the
    client already has is left alone and named in the report; the others are updated."""
    updated: list[tuple[int, str]] = []
    clashes: list[str] = []
    for source_id in ids:
        before = store.sources.get(source_id)
        try:
            store.sources.apply_new_url(source_id)
        except DuplicateSource as duplicate:
            clashes.append(duplicate.existing.display_title)
        except StorageError:
            log.warning("could not update source %s", source_id, exc_info=True)
        else:
            updated.append((source_id, before.url))
    report = MovedReport(len(updated), tuple(clashes))
    if not updated:
        return report
    return Undoable(report, call(set_addresses, tuple(updated)))
