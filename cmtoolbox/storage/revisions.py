"""Revision history shared by every text record that autosaves (notes now, drafts later).

Each save records the saved state, but autosave fires every second or so while someone types, so
saves are coalesced: while the newest revision is an ordinary edit less than `COALESCE_SECONDS`
old, a new save overwrites it instead of adding one. A typing session therefore leaves one
revision per couple of minutes, each holding the state at the end of its window, and the newest
revision always equals what is stored.

A *checkpoint* (forced save: closing the window, switching note or client) always starts a new
revision, and `seal` turns the newest edit into a checkpoint when there was nothing left to save,
so the state someone walked away from is never overwritten by the next session's typing.

Restoring writes an old revision back through the entity's `RevisionTarget` and records the
result as a new revision (after recording the current state if it was not recorded yet), so a
restore is itself undoable from the same history.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import from_db, to_db, utcnow

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store

Reason = Literal["edit", "checkpoint", "created", "restore", "before_restore"]
COALESCE_SECONDS = 120


@dataclass(frozen=True)
class Revision:
    id: int
    entity: str
    entity_id: int
    created_at: datetime
    updated_at: datetime  # last save folded into this revision: when this state was reached
    reason: Reason
    title: str
    body: str
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RevisionState:
    """What an entity puts in a revision: a title, a body and anything else as JSON (a draft's
    per-network variants, for instance)."""

    title: str
    body: str
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RevisionTarget:
    """How the revision manager reads and writes one kind of entity, for `restore`.

    `current` returns the stored state; `apply` writes a revision's state back WITHOUT recording
    a revision (the manager records it) and touches the change log like any save.
    """

    entity: str
    current: Callable[[Store, int], RevisionState]
    apply: Callable[[Store, int, Revision], None]


_COLUMNS = "id, entity, entity_id, created_at, updated_at, reason, title, body, meta"


def _from_row(row: tuple) -> Revision:
    id_, entity, entity_id, created, updated, reason, title, body, meta = row
    try:
        decoded = json.loads(meta) if meta else {}
    except ValueError:
        decoded = {}
    return Revision(
        id=id_,
        entity=entity,
        entity_id=entity_id,
        created_at=from_db(created),  # type: ignore[arg-type]
        updated_at=from_db(updated),  # type: ignore[arg-type]
        reason=reason,
        title=title,
        body=body,
        meta=decoded if isinstance(decoded, dict) else {},
    )


def _encode(meta: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(meta or {}), ensure_ascii=False, sort_keys=True)


def _state_meta(meta: Mapping[str, Any]) -> str:
    """The part of `meta` that is the entity's state; keys starting with "_" are bookkeeping
    (such as "_restored_from") and do not make two states differ."""
    return _encode({k: v for k, v in meta.items() if not k.startswith("_")})


class RevisionManager(Manager):
    ENTITY = Entity.REVISIONS

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.coalesce = timedelta(seconds=COALESCE_SECONDS)

    def record(
        self,
        entity: str,
        entity_id: int,
        state: RevisionState,
        *,
        reason: Reason = "edit",
        now: datetime | None = None,
    ) -> Revision | None:
        """Record `state` as the newest revision; returns the revision written, or None when the
        newest revision already holds exactly this state (nothing to keep).

        Only an "edit" coalesces, and only into an "edit" younger than the coalescing window.
        """
        moment = now or utcnow()
        meta = _encode(state.meta)
        with self._db.atomic():
            latest = self.latest(entity, entity_id)
            if latest is not None and (latest.title, latest.body, _state_meta(latest.meta)) == (
                state.title,
                state.body,
                _state_meta(state.meta),
            ):
                if reason == "checkpoint" and latest.reason == "edit":
                    self._set_reason(latest.id, "checkpoint")
                    return self.get(latest.id)
                return None
            if (
                latest is not None
                and reason == "edit"
                and latest.reason == "edit"
                and moment - latest.created_at < self.coalesce
            ):
                self._db.execute(
                    "UPDATE revisions SET title = ?, body = ?, meta = ?, updated_at = ? WHERE id = ?",
                    [state.title, state.body, meta, to_db(moment), latest.id],
                )
                revision_id = latest.id
            else:
                inserted = self._db.execute(
                    "INSERT INTO revisions (entity, entity_id, created_at, updated_at, reason, title, body, "
                    "meta)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [entity, entity_id, to_db(moment), to_db(moment), reason, state.title, state.body, meta],
                ).lastrowid
                assert inserted is not None  # an INSERT always sets lastrowid
                revision_id = inserted
        self._store.log.touch(self.ENTITY, revision_id)
        return self.get(revision_id)

    def seal(self, entity: str, entity_id: int) -> None:
        """Close the current coalescing window: the next save starts a new revision."""
        latest = self.latest(entity, entity_id)
        if latest is not None and latest.reason == "edit":
            with self._db.atomic():
                self._set_reason(latest.id, "checkpoint")
            self._store.log.touch(self.ENTITY, latest.id)

    def _set_reason(self, revision_id: int, reason: Reason) -> None:
        self._db.execute("UPDATE revisions SET reason = ? WHERE id = ?", [reason, revision_id])

    def get(self, revision_id: int) -> Revision:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM revisions WHERE id = ?", [revision_id]).fetchone()
        if row is None:
            raise NotFound(f"no revision {revision_id}")
        return _from_row(row)

    def latest(self, entity: str, entity_id: int) -> Revision | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM revisions WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
            [entity, entity_id],
        ).fetchone()
        return _from_row(row) if row else None

    def list(self, entity: str, entity_id: int, *, limit: int | None = None) -> list[Revision]:
        """Newest first."""
        sql = f"SELECT {_COLUMNS} FROM revisions WHERE entity = ? AND entity_id = ? ORDER BY id DESC"
        params: list[Any] = [entity, entity_id]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_from_row(r) for r in self._db.execute(sql, params).fetchall()]

    def count(self, entity: str, entity_id: int) -> int:
        return self._db.execute(
            "SELECT count(*) FROM revisions WHERE entity = ? AND entity_id = ?", [entity, entity_id]
        ).fetchone()[0]

    def restore(self, revision_id: int) -> Revision:
        """Write revision `revision_id` back to its entity; returns the new revision recording it."""
        revision = self.get(revision_id)
        target = self._store.entities.revision_target(revision.entity)
        if target is None:
            raise NotFound(f"{revision.entity} cannot be restored from a revision")
        with self._db.atomic():
            # The state being replaced must stay reachable, even if it was never recorded.
            self.record(
                revision.entity,
                revision.entity_id,
                target.current(self._store, revision.entity_id),
                reason="before_restore",
            )
            target.apply(self._store, revision.entity_id, revision)
            restored = self._db.execute(
                "INSERT INTO revisions (entity, entity_id, created_at, updated_at, reason, title, body, meta)"
                " VALUES (?, ?, ?, ?, 'restore', ?, ?, ?)",
                [
                    revision.entity,
                    revision.entity_id,
                    to_db(utcnow()),
                    to_db(utcnow()),
                    revision.title,
                    revision.body,
                    _encode({**revision.meta, "_restored_from": revision.id}),
                ],
            ).lastrowid
        assert restored is not None  # an INSERT always sets lastrowid
        self._store.log.touch(self.ENTITY, restored)
        return self.get(restored)

    def delete_for(self, entity: str, entity_id: int) -> int:
        """Forget an entity's history (when it is purged from the trash)."""
        with self._db.atomic():
            deleted = self._db.execute(
                "DELETE FROM revisions WHERE entity = ? AND entity_id = ?", [entity, entity_id]
            ).rowcount
        self._store.log.touch(self.ENTITY)
        return deleted
