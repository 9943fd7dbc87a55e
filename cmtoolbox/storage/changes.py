"""What a mutation changed, collected while it runs and broadcast once by the GUI runner.

Managers call `ChangeLog.touch` as they write; the runner takes the accumulated `Changes` after the
operation and emits it a single time, so views refresh once per user action however many rows moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from cmtoolbox.storage.entities import Entity

__all__ = ["ChangeLog", "Changes", "Entity"]


@dataclass(frozen=True)
class Changes:
    """What one operation changed. `initiator` is the object (usually a view) that asked for it, so
    that view can skip reloading what it just wrote; `op` names the operation, for logs and for
    the change journal sync will read."""

    entities: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, int]] = frozenset()
    client_ids: frozenset[int] = frozenset()
    initiator: object | None = field(default=None, compare=False)
    op: str = field(default="", compare=False)

    def __bool__(self) -> bool:
        return bool(self.entities)

    def touches(self, *entities: str) -> bool:
        """True when any of `entities` changed."""
        return any(entity in self.entities for entity in entities)

    def ids_of(self, entity: str) -> set[int]:
        return {row_id for name, row_id in self.ids if name == entity}

    def by(self, initiator: object) -> bool:
        """True when `initiator` asked for this change (it already shows the result)."""
        return self.initiator is not None and self.initiator is initiator

    def tagged(self, *, initiator: object | None, op: str) -> Changes:
        return replace(self, initiator=initiator, op=op)

    def merged(self, other: Changes) -> Changes:
        return Changes(
            self.entities | other.entities, self.ids | other.ids, self.client_ids | other.client_ids
        )


@dataclass
class ChangeLog:
    _entities: set[str] = field(default_factory=set)
    _ids: set[tuple[str, int]] = field(default_factory=set)
    _client_ids: set[int] = field(default_factory=set)

    def touch(self, entity: str, row_id: int | None = None, *, client_id: int | None = None) -> None:
        self._entities.add(entity)
        if row_id is not None:
            self._ids.add((entity, row_id))
        if client_id is not None:
            self._client_ids.add(client_id)

    def take(self) -> Changes:
        changes = Changes(frozenset(self._entities), frozenset(self._ids), frozenset(self._client_ids))
        self._entities.clear()
        self._ids.clear()
        self._client_ids.clear()
        return changes
