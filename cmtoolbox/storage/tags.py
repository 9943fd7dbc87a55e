"""Tags: one shared vocabulary, linked to records through per-kind link tables.

Each kind declares its link table (e.g. `note_tags(note_id, tag_id)` with foreign keys and
ON DELETE CASCADE) in its `EntitySpec`, so this manager can tag anything while the schema
keeps real foreign keys instead of a polymorphic link.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import now_db

MAX_TAG_LENGTH = 60


@dataclass(frozen=True)
class TagLink:
    entity: str  # Changes entity, e.g. "notes"
    table: str  # e.g. "note_tags"
    column: str  # e.g. "note_id"
    owner_table: str  # e.g. "notes", which has a client_id column


def clean_tag(name: str) -> str:
    """Tags are typed by hand: trim, drop a leading '#', fold inner spaces, cap the length."""
    cleaned = " ".join(name.strip().lstrip("#").split())
    return cleaned[:MAX_TAG_LENGTH]


class TagManager(Manager):
    ENTITY = Entity.TAGS

    def _link(self, entity: str) -> TagLink:
        link = self._store.entities.tag_link(entity)
        if link is None:
            raise NotFound(f"{entity} cannot be tagged")
        return link

    def ensure(self, names: Iterable[str]) -> list[int]:
        """Ids of these tags, creating missing ones; case-insensitive, first spelling wins."""
        ids: list[int] = []
        db = self._store.db
        for raw in names:
            name = clean_tag(raw)
            if not name:
                continue
            row = db.execute("SELECT id FROM tags WHERE lower(name) = lower(?)", [name]).fetchone()
            if row is None:
                row = (
                    db.execute(
                        "INSERT INTO tags (name, created_at) VALUES (?, ?)", [name, now_db()]
                    ).lastrowid,
                )
                self._store.log.touch(self.ENTITY, row[0])
            if row[0] not in ids:
                ids.append(row[0])
        return ids

    def set_tags(self, entity: str, row_id: int, names: Iterable[str]) -> list[str]:
        link = self._link(entity)
        with self._store.db.atomic():
            ids = self.ensure(names)
            self._store.db.execute(f"DELETE FROM {link.table} WHERE {link.column} = ?", [row_id])
            for tag_id in ids:
                self._store.db.execute(
                    f"INSERT INTO {link.table} ({link.column}, tag_id) VALUES (?, ?)", [row_id, tag_id]
                )
        self._store.log.touch(entity, row_id)
        return self.tags_of(entity, row_id)

    def tags_of(self, entity: str, row_id: int) -> list[str]:
        return self.tags_for(entity, [row_id]).get(row_id, [])

    def tags_for(self, entity: str, row_ids: Iterable[int]) -> dict[int, list[str]]:
        link = self._link(entity)
        ids = list(row_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._store.db.execute(
            f"SELECT l.{link.column}, t.name FROM {link.table} l JOIN tags t ON t.id = l.tag_id "
            f"WHERE l.{link.column} IN ({marks}) ORDER BY lower(t.name)",
            ids,
        ).fetchall()
        out: dict[int, list[str]] = {}
        for row_id, name in rows:
            out.setdefault(row_id, []).append(name)
        return out

    def names(self, entity: str | None = None, *, client_id: int | None = None) -> list[str]:
        """Tag names in use (by one kind, optionally within one client), for completion and filters."""
        if entity is None:
            rows = self._store.db.execute("SELECT name FROM tags ORDER BY lower(name)").fetchall()
            return [r[0] for r in rows]
        link = self._link(entity)
        where, params = "", []
        if client_id is not None:
            where, params = "WHERE o.client_id IS ?", [client_id]
        rows = self._store.db.execute(
            f"SELECT DISTINCT t.name FROM tags t JOIN {link.table} l ON l.tag_id = t.id "
            f"JOIN {link.owner_table} o ON o.id = l.{link.column} {where} ORDER BY lower(t.name)",
            params,
        ).fetchall()
        return [r[0] for r in rows]
