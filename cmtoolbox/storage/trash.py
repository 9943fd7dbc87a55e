"""One trash for every kind of record.

Deleting sets `deleted_at` on the row; restoring clears it; emptying purges for good and lets the
kind clean up what it owns (files of the library...). A kind's `before_purge` runs inside the
transaction and returns the cleanup to run once the rows are really gone, so a rollback never
leaves a record whose file was already deleted. Each entity declares its `TrashKind` in its
`EntitySpec`, so the trash view lists everything without knowing the entities. Tables that join
the trash need `id`, `client_id` and `deleted_at` columns.
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import from_db, now_db

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store


@dataclass(frozen=True)
class TrashKind:
    entity: str  # the Changes entity name, e.g. "notes"
    table: str
    title_sql: str  # SQL expression giving a human title for a row
    # Called inside the transaction, before the row goes; returns what to do after the commit.
    before_purge: Callable[[Store, int], Callable[[], None] | None] | None = None


@dataclass(frozen=True)
class TrashItem:
    entity: str
    id: int
    client_id: int | None
    title: str
    deleted_at: datetime


log = logging.getLogger(__name__)


class TrashManager(Manager):
    ENTITY = Entity.TRASH

    def _kind(self, entity: str) -> TrashKind:
        kind = self._store.entities.trash_kind(entity)
        if kind is None:
            raise NotFound(f"{entity} does not use the trash")
        return kind

    def move_to_trash(self, entity: str, row_id: int) -> None:
        self._set_deleted(entity, row_id, now_db())

    def restore(self, entity: str, row_id: int) -> None:
        self._set_deleted(entity, row_id, None)

    def _set_deleted(self, entity: str, row_id: int, value: str | None) -> None:
        kind = self._kind(entity)
        with self._store.db.atomic():
            row = self._store.db.execute(
                f"SELECT client_id FROM {kind.table} WHERE id = ?", [row_id]
            ).fetchone()
            if row is None:
                raise NotFound(f"no {entity} {row_id}")
            self._store.db.execute(f"UPDATE {kind.table} SET deleted_at = ? WHERE id = ?", [value, row_id])
        self._store.log.touch(entity, row_id, client_id=row[0])
        self._store.log.touch(self.ENTITY)

    def list(self, *, client_id: int | None = None) -> list[TrashItem]:
        items: list[TrashItem] = []
        for kind in self._store.entities.trash_kinds():
            where = "deleted_at IS NOT NULL" + (" AND client_id IS ?" if client_id is not None else "")
            params = [client_id] if client_id is not None else []
            rows = self._store.db.execute(
                f"SELECT id, client_id, {kind.title_sql}, deleted_at FROM {kind.table} WHERE {where}", params
            ).fetchall()
            items += [TrashItem(kind.entity, r[0], r[1], r[2] or "", from_db(r[3])) for r in rows]  # type: ignore[arg-type]
        return sorted(items, key=lambda i: i.deleted_at, reverse=True)

    def purge(self, entity: str, row_id: int) -> None:
        self._purge([(entity, row_id)])

    def empty(self, *, client_id: int | None = None) -> int:
        items = self.list(client_id=client_id)
        self._purge([(item.entity, item.id) for item in items])
        return len(items)

    def _purge(self, targets: builtins.list[tuple[str, int]]) -> None:
        with self._store.transaction():
            for entity, row_id in targets:
                kind = self._kind(entity)
                row = self._store.db.execute(
                    f"SELECT client_id FROM {kind.table} WHERE id = ? AND deleted_at IS NOT NULL", [row_id]
                ).fetchone()
                if row is None:
                    raise NotFound(f"{entity} {row_id} is not in the trash")
                if kind.before_purge is not None:
                    cleanup = kind.before_purge(self._store, row_id)
                    if cleanup is not None:
                        self._store.after_commit(cleanup)
                self._store.db.execute(f"DELETE FROM {kind.table} WHERE id = ?", [row_id])
                self._store.log.touch(entity, row_id, client_id=row[0])
        self._store.log.touch(self.ENTITY)
