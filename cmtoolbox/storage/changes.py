"""What a mutation changed, collected while it runs and broadcast once by the GUI runner.

Managers call `ChangeLog.touch` as they write; the runner takes the accumulated `Changes` after the
operation and emits it a single time, so views refresh once per user action however many rows moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    entities: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, int]] = frozenset()
    client_ids: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.entities)

    def touches(self, entity: str) -> bool:
        return entity in self.entities

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
