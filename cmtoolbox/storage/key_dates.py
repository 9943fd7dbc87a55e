"""The CM's key dates: days the editorial calendar marks for a client (the shop's anniversary, a
trade fair, the sales), once or every year. A key date with `client_id` NULL shows for every
client (Black Friday). `core.schedule.key_date_occurrences` expands them over a month or a week.

Removing one is immediate (no trash: a key date is one line, and the operation layer's undo puts
it back with the same id).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from cmtoolbox.storage.entities import Entity, EntitySpec, SyncSpec
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import from_db, now_db

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

__all__ = ["ENTITY", "KeyDate", "KeyDateManager"]

ENTITY = Entity.KEY_DATES
MAX_TITLE_LENGTH = 200
_SPACES = re.compile(r"\s+")
_UNSET: Any = object()


@dataclass(frozen=True)
class KeyDate:
    id: int
    client_id: int | None  # None: every client's
    day: date  # the first (or only) occurrence
    title: str
    yearly: bool
    notes: str
    created_at: datetime
    updated_at: datetime


def _clean_title(title: str) -> str:
    cleaned = _SPACES.sub(" ", title).strip()
    if not cleaned:
        raise InvalidValue("a key date needs a title", field="title", reason="empty")
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise InvalidValue("key date title too long", field="title", reason="too_long")
    return cleaned


_COLUMNS = "id, client_id, day, title, yearly, notes, created_at, updated_at"


def _from_row(row: tuple) -> KeyDate:
    id_, client_id, day, title, yearly, notes, created, updated = row
    return KeyDate(
        id_,
        client_id,
        date.fromisoformat(day),
        title,
        bool(yearly),
        notes,
        from_db(created),  # type: ignore[arg-type]
        from_db(updated),  # type: ignore[arg-type]
    )


class KeyDateManager(Manager):
    ENTITY = ENTITY

    def get(self, key_date_id: int) -> KeyDate:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM key_dates WHERE id = ?", [key_date_id]).fetchone()
        if row is None:
            raise NotFound(f"no key date {key_date_id}")
        return _from_row(row)

    def for_client(self, client_id: int | None, *, every_client: bool = False) -> list[KeyDate]:
        """Key dates shown for `client_id` (its own and the shared ones), by day; `every_client`
        lists them all (the calendar of every client)."""
        if every_client:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM key_dates ORDER BY day, lower(title), id"
            ).fetchall()
        else:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM key_dates WHERE client_id IS NULL OR client_id IS ? "
                "ORDER BY day, lower(title), id",
                [client_id],
            ).fetchall()
        return [_from_row(r) for r in rows]

    def create(
        self,
        client_id: int | None,
        day: date,
        title: str,
        *,
        yearly: bool = False,
        notes: str = "",
        key_date_id: int | None = None,
    ) -> KeyDate:
        """A new key date; `key_date_id` gives it back its id (the undo of a removal)."""
        title = _clean_title(title)
        with self._db.atomic():
            if client_id is not None:
                self._store.clients.get(client_id)
            now = now_db()
            new_id = self._db.execute(
                "INSERT INTO key_dates (id, client_id, day, title, yearly, notes, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [key_date_id, client_id, day.isoformat(), title, int(yearly), notes, now, now],
            ).lastrowid
        assert new_id is not None  # an INSERT always sets lastrowid
        self._store.log.touch(ENTITY, new_id, client_id=client_id)
        return self.get(new_id)

    def update(
        self,
        key_date_id: int,
        *,
        day: date | None = None,
        title: str | None = None,
        yearly: bool | None = None,
        notes: str | None = None,
        client_id: Any = _UNSET,
    ) -> KeyDate:
        with self._db.atomic():
            before = self.get(key_date_id)
            owner = before.client_id if client_id is _UNSET else client_id
            if owner is not None and owner != before.client_id:
                self._store.clients.get(owner)
            self._db.execute(
                "UPDATE key_dates SET client_id = ?, day = ?, title = ?, yearly = ?, notes = ?, "
                "updated_at = ? WHERE id = ?",
                [
                    owner,
                    (day or before.day).isoformat(),
                    _clean_title(title) if title is not None else before.title,
                    int(before.yearly if yearly is None else yearly),
                    before.notes if notes is None else notes,
                    now_db(),
                    key_date_id,
                ],
            )
        for who in {before.client_id, owner}:
            self._store.log.touch(ENTITY, key_date_id, client_id=who)
        return self.get(key_date_id)

    def delete(self, key_date_id: int) -> KeyDate:
        """Remove it; returns what it was (for an undo)."""
        with self._db.atomic():
            before = self.get(key_date_id)
            self._db.execute("DELETE FROM key_dates WHERE id = ?", [key_date_id])
        self._store.log.touch(ENTITY, key_date_id, client_id=before.client_id)
        return before


def build_sample_key_dates(store: Store, client: Client) -> None:
    """Sample builder: the bakery's anniversary (yearly, next week) and a tasting day in 20 days,
    so both show in the calendar's fortnight around today."""
    today = date.today()
    anniversary = today + timedelta(days=9)
    store.key_dates.create(
        client.id,
        date(
            2012, anniversary.month, min(anniversary.day, 28) if anniversary.month == 2 else anniversary.day
        ),
        "Anniversaire de la boulangerie",
        yearly=True,
        notes="Ouverte en 2012 : prévoir un post souvenir et une offre en boutique.",
    )
    store.key_dates.create(
        client.id,
        today + timedelta(days=20),
        "Dégustation de la galette au marché de la Croix-Rousse",
        notes="Stand de 9 h à 13 h, photos à prévoir pour la story.",
    )


SPEC = EntitySpec(
    entity=ENTITY,
    table="key_dates",
    shared=True,
    sample=build_sample_key_dates,
    sync=SyncSpec(
        fields=("client_id", "day", "title", "yearly", "notes", "created_at", "updated_at"),
        refs={"client_id": Entity.CLIENTS},
        trash_column=None,  # no trash: a deletion removes the date everywhere
    ),
)
