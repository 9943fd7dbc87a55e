"""Clients: every other record belongs to one, so their lifecycle is archive, not delete."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import from_db, now_db

if TYPE_CHECKING:
    pass

MAX_NAME_LENGTH = 120


@dataclass(frozen=True)
class Client:
    id: int
    name: str
    color: str | None
    notes: str
    is_sample: bool
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


def _from_row(row: sqlite3.Row | tuple) -> Client:
    id_, name, color, notes, is_sample, created, updated, archived = row
    return Client(
        id=id_,
        name=name,
        color=color,
        notes=notes,
        is_sample=bool(is_sample),
        created_at=from_db(created),  # type: ignore[arg-type]
        updated_at=from_db(updated),  # type: ignore[arg-type]
        archived_at=from_db(archived),
    )


_COLUMNS = "id, name, color, notes, is_sample, created_at, updated_at, archived_at"


class ClientManager(Manager):
    ENTITY = "clients"

    @staticmethod
    def clean_name(name: str) -> str:
        cleaned = " ".join(name.split())
        if not cleaned:
            raise InvalidValue("a client needs a name", field="name", reason="empty")
        if len(cleaned) > MAX_NAME_LENGTH:
            raise InvalidValue("client name too long", field="name", reason="too_long")
        return cleaned

    def _check_unique(self, name: str, exclude_id: int | None = None) -> None:
        row = self._db.execute(
            "SELECT id FROM clients WHERE lower(name) = lower(?) AND id IS NOT ?", [name, exclude_id]
        ).fetchone()
        if row:
            raise InvalidValue(f"a client named {name!r} exists", field="name", reason="duplicate")

    def list(self, *, include_archived: bool = False) -> list[Client]:
        where = "" if include_archived else "WHERE archived_at IS NULL"
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM clients {where} ORDER BY archived_at IS NOT NULL, lower(name)"
        ).fetchall()
        return [_from_row(r) for r in rows]

    def get(self, client_id: int) -> Client:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM clients WHERE id = ?", [client_id]).fetchone()
        if row is None:
            raise NotFound(f"no client {client_id}")
        return _from_row(row)

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM clients").fetchone()[0]

    def create(self, name: str, *, color: str | None = None, is_sample: bool = False) -> Client:
        name = self.clean_name(name)
        with self._db.atomic():
            self._check_unique(name)
            now = now_db()
            cursor = self._db.execute(
                "INSERT INTO clients (name, color, is_sample, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                [name, color, int(is_sample), now, now],
            )
        client_id = cursor.lastrowid
        assert client_id is not None  # an INSERT always sets lastrowid
        self._store.log.touch(self.ENTITY, client_id, client_id=client_id)
        return self.get(client_id)

    def rename(self, client_id: int, name: str) -> Client:
        name = self.clean_name(name)
        with self._db.atomic():
            self.get(client_id)
            self._check_unique(name, exclude_id=client_id)
            self._db.execute(
                "UPDATE clients SET name = ?, updated_at = ? WHERE id = ?", [name, now_db(), client_id]
            )
        self._store.log.touch(self.ENTITY, client_id, client_id=client_id)
        return self.get(client_id)

    def delete(self, client_id: int) -> None:
        """Delete the client; every client-scoped row goes with it (ON DELETE CASCADE). Only the end
        of a contract calls this (`ops.clients.end_contract`), after an export."""
        self.get(client_id)
        self._db.execute("DELETE FROM clients WHERE id = ?", [client_id])
        self._store.log.touch(self.ENTITY, client_id, client_id=client_id)

    def set_archived(self, client_id: int, archived: bool) -> Client:
        with self._db.atomic():
            self.get(client_id)
            now = now_db()
            self._db.execute(
                "UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?",
                [now if archived else None, now, client_id],
            )
        self._store.log.touch(self.ENTITY, client_id, client_id=client_id)
        return self.get(client_id)
