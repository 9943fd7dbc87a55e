"""Operations on the one trash, for every kind of record whose `EntitySpec` declares a `TrashKind`.

Moving to the trash and restoring are each other's undo, so Edit ▸ Undo (and its redo) works the
same for a note, a source or a picture. Purging and emptying delete for good and have no undo: the
views ask first. Records are named by `(entity, id)` pairs (`Target`) so one call can hold several
kinds at once, and the pairs are plain values an undo stack can keep.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.store import Store
from cmtoolbox.storage.trash import TrashItem

Target = tuple[str, int]
"""(entity, row id): one record of any kind that uses the trash."""


def _targets(targets: Iterable[Target]) -> tuple[Target, ...]:
    """Plain, hashable values: an undo call keeps them long after the view that asked is gone."""
    return tuple((str(entity), int(row_id)) for entity, row_id in targets)


def list_items(
    store: Store,
    *,
    client_id: int | None = None,
    every_client: bool = False,
    entities: Sequence[str] = (),
) -> list[TrashItem]:
    """What the trash holds, newest first.

    By default the items of `client_id` and the shared ones (no client): what someone working for
    that client may bring back; with no client chosen, the shared items only. `every_client` lists
    everything. `entities` keeps only those kinds (all kinds when empty).
    """
    wanted = {str(entity) for entity in entities}
    return [
        item
        for item in store.trash.list()
        if (not wanted or item.entity in wanted)
        and (every_client or item.client_id is None or item.client_id == client_id)
    ]


def move_to_trash(store: Store, entity: str, row_id: int) -> Undoable[None]:
    store.trash.move_to_trash(entity, row_id)
    return Undoable(None, call(restore, str(entity), int(row_id)))


def restore(store: Store, entity: str, row_id: int) -> Undoable[None]:
    store.trash.restore(entity, row_id)
    return Undoable(None, call(move_to_trash, str(entity), int(row_id)))


def trash_items(store: Store, targets: Iterable[Target]) -> Undoable[int]:
    """Move several records to the trash at once (one undo brings them all back)."""
    pairs = _targets(targets)
    for entity, row_id in pairs:
        store.trash.move_to_trash(entity, row_id)
    return Undoable(len(pairs), call(restore_items, pairs))


def restore_items(store: Store, targets: Iterable[Target]) -> Undoable[int]:
    """Bring several records back (one undo puts them all in the trash again)."""
    pairs = _targets(targets)
    for entity, row_id in pairs:
        store.trash.restore(entity, row_id)
    return Undoable(len(pairs), call(trash_items, pairs))


def purge_items(store: Store, targets: Iterable[Target]) -> int:
    """Delete records of the trash for good, with what they own (history, files after commit).
    A record that is not in the trash fails the whole call: nothing is purged."""
    pairs = _targets(targets)
    for entity, row_id in pairs:
        store.trash.purge(entity, row_id)
    return len(pairs)


def empty_trash(
    store: Store,
    *,
    client_id: int | None = None,
    every_client: bool = False,
    entities: Sequence[str] = (),
) -> int:
    """Purge what `list_items` with the same arguments lists; returns how many records went."""
    items = list_items(store, client_id=client_id, every_client=every_client, entities=entities)
    return purge_items(store, ((item.entity, item.id) for item in items))
