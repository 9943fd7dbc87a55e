"""One trash for every kind of record.

Deleting sets `deleted_at` on the row; restoring clears it; emptying purges for good and lets the
kind clean up what it owns (files of the library, secrets of accounts...). Each entity registers a
`TrashKind` when its manager module is imported, so the trash view lists everything without knowing
the entities. Tables that join the trash need `id`, `client_id` and `deleted_at` columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.timeutil import from_db, now_db

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store


@dataclass(frozen=True)
class TrashKind:
    entity: str  # the Changes entity name, e.g. "notes"
    table: str
    title_sql: str  # SQL expression giving a human title for a row
    before_purge: Callable[[Store, int], None] | None = None  # cleanup of owned files/secrets


@dataclass(frozen=True)
class TrashItem:
    entity: str
    id: int
    client_id: int | None
    title: str
    deleted_at: datetime


TRASH_KINDS: dict[str, TrashKind] = {}


def register_trash_kind(kind: TrashKind) -> None:
    TRASH_KINDS[kind.entity] = kind


def _kind(entity: str) -> TrashKind:
    try:
        return TRASH_KINDS[entity]
    except KeyError:
        raise NotFound(f"{entity} does not use the trash") from None


class TrashManager:
    ENTITY = "trash"

    def __init__(self, store: Store) -> None:
        self._store = store

    def move_to_trash(self, entity: str, row_id: int) -> None:
        self._set_deleted(entity, row_id, now_db())

    def restore(self, entity: str, row_id: int) -> None:
        self._set_deleted(entity, row_id, None)

    def _set_deleted(self, entity: str, row_id: int, value: str | None) -> None:
        kind = _kind(entity)
        with self._store.db.atomic():
            row = self._store.db.execute(f"SELECT client_id FROM {kind.table} WHERE id = ?", [row_id]).fetchone()
            if row is None:
                raise NotFound(f"no {entity} {row_id}")
            self._store.db.execute(f"UPDATE {kind.table} SET deleted_at = ? WHERE id = ?", [value, row_id])
        self._store.log.touch(entity, row_id, client_id=row[0])
        self._store.log.touch(self.ENTITY)

    def list(self, *, client_id: int | None = None) -> list[TrashItem]:
        items: list[TrashItem] = []
        for kind in TRASH_KINDS.values():
            where = "deleted_at IS NOT NULL" + (" AND client_id IS ?" if client_id is not None else "")
            params = [client_id] if client_id is not None else []
            rows = self._store.db.execute(
                f"SELECT id, client_id, {kind.title_sql}, deleted_at FROM {kind.table} WHERE {where}", params
            ).fetchall()
            items += [TrashItem(kind.entity, r[0], r[1], r[2] or "", from_db(r[3])) for r in rows]  # type: ignore[arg-type]
        return sorted(items, key=lambda i: i.deleted_at, reverse=True)

    def purge(self, entity: str, row_id: int) -> None:
        kind = _kind(entity)
        with self._store.db.atomic():
            row = self._store.db.execute(
                f"SELECT client_id FROM {kind.table} WHERE id = ? AND deleted_at IS NOT NULL", [row_id]
            ).fetchone()
            if row is None:
                raise NotFound(f"{entity} {row_id} is not in the trash")
            if kind.before_purge is not None:
                kind.before_purge(self._store, row_id)
            self._store.db.execute(f"DELETE FROM {kind.table} WHERE id = ?", [row_id])
        self._store.log.touch(entity, row_id, client_id=row[0])
        self._store.log.touch(self.ENTITY)

    def empty(self, *, client_id: int | None = None) -> int:
        items = self.list(client_id=client_id)
        with self._store.db.atomic():
            for item in items:
                self.purge(item.entity, item.id)
        return len(items)
