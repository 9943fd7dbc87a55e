"""The conflicts applying leaves for the user: both versions of a text edited on two devices
where they touched the same lines, or of a text edited here that a deletion elsewhere removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmtoolbox.storage.journal_changes import Change
from cmtoolbox.storage.journal_shadow import JournalState
from cmtoolbox.storage.timeutil import now_db


@dataclass(frozen=True)
class Conflict:
    id: int
    entity: str
    uid: str
    field: str
    base: str
    mine: str
    theirs: str
    theirs_device: str
    at: str


class JournalConflicts(JournalState):
    """The conflicts part of `Journal` (`sync_conflicts`)."""

    def _record_conflict(
        self, entity: str, change: Change, name: str, base: str, mine: str, theirs: str
    ) -> None:
        self._db.execute(
            "INSERT INTO sync_conflicts (entity, uid, field, base, mine, theirs, theirs_device, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [entity, change.uid, name, base, mine, theirs, change.device, now_db()],
        )

    # -- conflicts -------------------------------------------------------------------------------
    def conflicts(self, *, entity: str | None = None, uid: str | None = None) -> list[Conflict]:
        where, params = ["resolved_at IS NULL"], []
        if entity is not None:
            where.append("entity = ?")
            params.append(entity)
        if uid is not None:
            where.append("uid = ?")
            params.append(uid)
        rows = self._db.execute(
            "SELECT id, entity, uid, field, base, mine, theirs, theirs_device, at FROM sync_conflicts "
            f"WHERE {' AND '.join(where)} ORDER BY id",
            params,
        ).fetchall()
        return [Conflict(*r) for r in rows]

    def resolve_conflict(self, conflict_id: int) -> None:
        self._db.execute("UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?", [now_db(), conflict_id])

    def conflict(self, conflict_id: int) -> Conflict | None:
        """One conflict, resolved or not (undoing a resolution reads it back)."""
        row = self._db.execute(
            "SELECT id, entity, uid, field, base, mine, theirs, theirs_device, at FROM sync_conflicts "
            "WHERE id = ?",
            [conflict_id],
        ).fetchone()
        return Conflict(*row) if row else None

    def reopen_conflict(self, conflict_id: int) -> None:
        """A resolution undone: the conflict is open again."""
        self._db.execute("UPDATE sync_conflicts SET resolved_at = NULL WHERE id = ?", [conflict_id])
