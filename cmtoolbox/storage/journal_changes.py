"""What travels between devices: a record's change, its stamp, the report of applying a batch.

Plain values shared by the recording (`journal.py`), the applying (`journal_apply.py`) and the
sync engine (`sync/engine.py`); no database access here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

Stamp = tuple[int, str]
"""(Lamport clock, device id): totally ordered, the same on every device."""

SYNC_OP = "sync.apply"
MERGED = "~merged"  # the "device" of a merged text's stamp
PURGED = "~purged"  # the shadow of a record deleted for good: a late edit must not revive it
TAGS = "tags"  # the field carrying a record's tags (SyncSpec.tags)
DIGEST = "#"  # the shadow of a long field that is not merged: {"#": its digest}
ALL_FIELDS = "*"  # in a shadow's stamps: the stamp of every field not named


@dataclass(frozen=True)
class Change:
    """One record's change as it travels in a device's log (one JSON line)."""

    entity: str
    uid: str
    device: str
    clock: int
    seq: int  # the position in its device's journal: the cursor of what was applied
    fields: Mapping[str, Any] = field(default_factory=dict)
    prev: Mapping[str, Stamp] = field(default_factory=dict)
    base: Mapping[str, str] = field(default_factory=dict)
    purged: bool = False
    scope: str = ""
    op: str = ""
    at: str = ""

    @property
    def stamp(self) -> Stamp:
        return (self.clock, self.device)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "e": self.entity,
            "u": self.uid,
            "d": self.device,
            "c": self.clock,
            "s": self.seq,
            "f": dict(self.fields),
        }
        if self.prev:
            data["p"] = {k: list(v) for k, v in self.prev.items()}
        if self.base:
            data["b"] = dict(self.base)
        if self.purged:
            data["x"] = 1
        if self.scope:
            data["sc"] = self.scope
        if self.op:
            data["op"] = self.op
        if self.at:
            data["at"] = self.at
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        return cls(
            entity=str(data["e"]),
            uid=str(data["u"]),
            device=str(data["d"]),
            clock=int(data["c"]),
            seq=int(data["s"]),
            fields=dict(data.get("f") or {}),
            prev={k: (int(v[0]), str(v[1])) for k, v in (data.get("p") or {}).items()},
            base=dict(data.get("b") or {}),
            purged=bool(data.get("x")),
            scope=str(data.get("sc") or ""),
            op=str(data.get("op") or ""),
            at=str(data.get("at") or ""),
        )


@dataclass(frozen=True)
class RawChange:
    """One journal row as the JSON line of a device's log (`Change.from_json` reads it back)."""

    seq: int
    entity: str
    scope: str
    line: str


@dataclass
class ApplyReport:
    applied: int = 0
    created: int = 0
    merged: int = 0
    conflicts: int = 0
    trashed: int = 0
    removed: int = 0
    skipped: int = 0
    entities: set[str] = field(default_factory=set)


class UnknownReference(LookupError):
    """A change names a record this device does not have (a client not shared with it)."""


def sorted_changes(batches: Iterable[Iterable[Change]]) -> Iterator[Change]:
    """Every device's changes merged in stamp order: a change always comes after the ones its
    device had seen when it was made (Lamport), so references resolve and merges see their base."""
    return iter(sorted((c for batch in batches for c in batch), key=lambda c: (c.clock, c.device, c.seq)))
