"""The journal of changes sync carries between devices, and the applying of other devices' changes.

Recording: triggers (migration m012) mark every written row of a synced table in `sync_pending`,
in the transaction of the write. `Journal.flush(op)`, called by `ops.execute` at the end of each
operation (same transaction), compares each marked row with its shadow (the last journaled values)
and appends one `sync_journal` row per changed record, holding only the changed fields, stamped
with this device's id and a Lamport clock ticked once per operation. Nothing in the managers has
to remember to journal: a write the managers do not know about is still marked, and journaled by
the next flush.

Applying (`Journal.apply`): another device's change carries, per field, the stamp of the value it
replaced (`prev`). When that is the stamp we hold, the change simply follows ours (fast-forward).
Otherwise both sides changed the field since they last agreed: a text declared `merge` is merged
three ways (`core.text_merge`) from the common base the change carries, both sides keeping their
words, and where they touched the same lines both versions are kept and a `sync_conflicts` row
shows them to the user; any other field goes to the newest stamp (clock, then device id). Every
device computes the same result from the same changes, whatever order it sees them in, so all end
identical. A deletion from the trash (purge) elsewhere moves the record to the trash here first;
only a record already in the trash is removed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from cmtoolbox.core.text_merge import merge_texts
from cmtoolbox.storage.entities import Entity, EntitySpec
from cmtoolbox.storage.timeutil import now_db

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)

Stamp = tuple[int, str]
"""(Lamport clock, device id): totally ordered, the same on every device."""

SYNC_OP = "sync.apply"
_KEPT_HERE = -1  # `_same_record`: the local record keeps its uid; the change is not applied
MERGED = "~merged"  # the "device" of a merged text's stamp
PURGED = "~purged"  # the shadow of a record deleted for good: a late edit must not revive it
TAGS = "tags"  # the field carrying a record's tags (SyncSpec.tags)
DIGEST = "#"  # the shadow of a long field that is not merged: {"#": its digest}
ALL_FIELDS = "*"  # in a shadow's stamps: the stamp of every field not named
_BATCH = 500  # rows journaled per statement (under SQLite's 999 bound parameters)
_EMPTY = (None, "")  # `SyncSpec.same_keep`: a value on the other side beats these


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


def _stamp(value: Any) -> Stamp | None:
    if value is None:
        return None
    return (int(value[0]), str(value[1]))


class Journal:
    """Held by the Store as `store.journal`; every method runs inside the caller's transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._ready: bool | None = None
        self._synced: list[EntitySpec] | None = None
        self._by_entity: dict[str, EntitySpec] | None = None
        self._whole: dict[str, frozenset[str] | None] = {}
        self._full = False  # `snapshot`: every field of every marked record is journaled
        # Deletions for good (entity, uid, stamp) that left the record in this device's trash:
        # the records deleted with it (same stamp) stay too.
        self._spared: set[tuple[str, str, Stamp]] = set()

    @property
    def _db(self) -> sqlite3.Connection:
        return self._store.db.conn

    def available(self) -> bool:
        """False on a database without the sync tables (a test building a partial schema)."""
        if self._ready is None:
            self._ready = bool(
                self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_pending'").fetchone()
            )
        return self._ready

    def synced(self) -> list[EntitySpec]:
        """The declared synced entities whose table this database has made syncable (a uid
        column): a database migrated by an earlier build of the sync migration skips, with a
        warning, what it cannot journal instead of failing every operation."""
        if self._synced is None:
            found = []
            for spec in self._store.entities.synced():
                columns = {r[1] for r in self._db.execute(f"PRAGMA table_info({spec.table})")}
                if "uid" in columns:
                    found.append(spec)
                else:
                    log.warning("sync: %s has no uid column here; it is not synced", spec.table)
            self._synced = found
        return self._synced

    def _synced_by_entity(self) -> dict[str, EntitySpec]:
        if self._by_entity is None:
            self._by_entity = {str(spec.entity): spec for spec in self.synced()}
        return self._by_entity

    # -- the device ------------------------------------------------------------------------------
    def device(self) -> tuple[str, int]:
        row = self._db.execute("SELECT device_id, clock FROM sync_device WHERE id = 1").fetchone()
        return str(row[0]), int(row[1])

    def device_id(self) -> str:
        return self.device()[0]

    def witness(self, clock: int) -> None:
        """Lamport receive: our next stamp is later than every change we have seen."""
        self._db.execute("UPDATE sync_device SET clock = max(clock, ?) WHERE id = 1", [clock])

    def new_device_id(self) -> str:
        """Give this database a device id of its own: its data folder was copied, and the other
        copy goes on writing under the id they shared. What was pushed under the old id stays
        (the other copy and every device know it); our rows no target has yet are sent again
        under the new id, their stamps, the shadow stamps they set and the `prev` naming them
        rewritten alike, and the old id's log becomes another device's: read from where we
        stopped writing it, which brings the other copy's edits made since."""
        old = self.device_id()
        new = uuid.uuid4().hex
        pushed = {
            str(r[0]): int(r[1]) for r in self._db.execute("SELECT target, journal_seq FROM sync_pushed")
        }
        floor = min(pushed.values(), default=0)
        restamped: dict[tuple[str, str, str], set[int]] = {}
        updates: list[tuple[str, str, int]] = []
        for seq, entity, uid, clock, fields, prev in self._db.execute(
            "SELECT seq, entity, uid, clock, fields, prev FROM sync_journal WHERE seq > ? AND device = ? "
            "ORDER BY seq",
            [floor, old],
        ).fetchall():
            stamps = json.loads(prev)
            for name, stamp in stamps.items():
                if stamp[1] == old and stamp[0] in restamped.get((entity, uid, name), ()):
                    stamp[1] = new
            for name in json.loads(fields):
                restamped.setdefault((entity, uid, name), set()).add(int(clock))
            updates.append((new, json.dumps(stamps, separators=(",", ":")), int(seq)))
        self._db.executemany("UPDATE sync_journal SET device = ?, prev = ? WHERE seq = ?", updates)
        records = {(entity, uid) for entity, uid, _name in restamped}
        for entity, uid in sorted(records):
            shadow = self._shadow(entity, uid)
            if shadow is None:
                continue
            values, stamps = shadow
            renamed = {
                name: (stamp[0], new)
                if stamp[1] == old and stamp[0] in restamped.get((entity, uid, name), ())
                else stamp
                for name, stamp in stamps.items()
            }
            if renamed != stamps:
                encoded = _encode_stamps(values, renamed)
                self._db.execute(
                    "UPDATE sync_shadow SET stamps = ? WHERE entity = ? AND uid = ?", [encoded, entity, uid]
                )
        for target, seq in pushed.items():
            self._db.execute(
                "INSERT INTO sync_cursor (target, device, position) VALUES (?, ?, ?) "
                "ON CONFLICT (target, device) DO UPDATE SET position = max(position, excluded.position)",
                [target, old, seq],
            )
        self._db.execute("UPDATE sync_pushed SET journal_seq = ?", [floor])
        self._db.execute("UPDATE sync_device SET device_id = ? WHERE id = 1", [new])
        return new

    # -- recording -------------------------------------------------------------------------------
    def flush(self, op: str) -> int:
        """Journal what the pending marks say changed; returns how many journal rows it wrote."""
        if not self.available():
            return 0
        pending = self._db.execute("SELECT entity, row_id, deleted_uid FROM sync_pending").fetchall()
        if not pending:
            return 0
        order = {str(spec.entity): i for i, spec in enumerate(self.synced())}
        device, clock = self.device()
        clock += 1
        written = 0
        now = now_db()
        refs = _RefCache(self._store)
        live: dict[str, list[int]] = {}
        gone: dict[str, list[str]] = {}
        for entity, row_id, deleted_uid in pending:
            if entity in order:
                if deleted_uid:
                    gone.setdefault(entity, []).append(str(deleted_uid))
                else:
                    live.setdefault(entity, []).append(int(row_id))
        # Referenced records first (clients before their notes), so a receiver resolves them.
        for entity in sorted(set(live) | set(gone), key=order.__getitem__):
            spec = self._store.entities.spec(entity)
            ids = sorted(live.get(entity, []))
            for start in range(0, len(ids), _BATCH):
                written += self._journal_rows(spec, ids[start : start + _BATCH], op, device, clock, now, refs)
            for uid in gone.get(entity, []):
                written += self._journal_purge(spec, uid, op, device, clock, now)
        self._db.execute("DELETE FROM sync_pending")
        if written:
            self._db.execute("UPDATE sync_device SET clock = ? WHERE id = 1", [clock])
        return written

    def baseline(self, op: str = "sync.baseline") -> int:
        """Journal the records that existed before sync (migration m012) or were written by a
        tool outside the app, i.e. every synced row without a shadow. Once per database; in bulk
        like every flush (100,000 notes are what a first sync sends)."""
        row = self._db.execute("SELECT baseline_done FROM sync_device WHERE id = 1").fetchone()
        if row[0]:
            return 0
        for spec in self.synced():
            self._db.execute(
                f"INSERT OR IGNORE INTO sync_pending (entity, row_id) SELECT ?, t.id FROM {spec.table} t "
                "WHERE t.uid IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM sync_shadow s WHERE s.entity = ? AND s.uid = t.uid)",
                [str(spec.entity), str(spec.entity)],
            )
        written = self.flush(op)
        self._db.execute("UPDATE sync_device SET baseline_done = 1 WHERE id = 1")
        return written

    def baseline_batch(
        self, limit: int, after: Mapping[str, int], op: str = "sync.baseline"
    ) -> tuple[int, dict[str, int]]:
        """One batch of `baseline`: up to `limit` records without a shadow, entity by entity in
        declared order (referenced records first), each batch starting past the row ids the
        previous one took (`after`, returned updated). A sync pushes each batch, and compacts
        it away, before journaling the next: the first sync of 100,000 notes never holds a
        second copy of every record in the journal. Returns (records journaled, after); 0 once
        none is left, and the baseline is then done."""
        row = self._db.execute("SELECT baseline_done FROM sync_device WHERE id = 1").fetchone()
        if row[0]:
            return 0, dict(after)
        taken = dict(after)
        left = limit
        for spec in self.synced():
            if left <= 0:
                break
            entity = str(spec.entity)
            ids = [
                int(r[0])
                for r in self._db.execute(
                    f"SELECT t.id FROM {spec.table} t WHERE t.id > ? AND t.uid IS NOT NULL AND NOT EXISTS "
                    "(SELECT 1 FROM sync_shadow s WHERE s.entity = ? AND s.uid = t.uid) "
                    "ORDER BY t.id LIMIT ?",
                    [taken.get(entity, 0), entity, left],
                )
            ]
            if ids:
                self._db.executemany(
                    "INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES (?, ?)",
                    [(entity, row_id) for row_id in ids],
                )
                taken[entity] = ids[-1]
                left -= len(ids)
        if left == limit:
            self._db.execute("UPDATE sync_device SET baseline_done = 1 WHERE id = 1")
            return 0, taken
        self.flush(op)
        return limit - left, taken

    def snapshot(self, op: str = "sync.snapshot") -> int:
        """Journal every record whole again: for a new target after `compact` deleted the journal
        rows the other targets had. Each field names the stamp it replaces and, for a merged
        text, itself as the base, so a device holding a later edit keeps it (a merge of a text
        with itself changes nothing)."""
        for spec in self.synced():
            self._db.execute(
                f"INSERT OR IGNORE INTO sync_pending (entity, row_id) SELECT ?, id FROM {spec.table} "
                "WHERE uid IS NOT NULL",
                [str(spec.entity)],
            )
        self._full = True
        try:
            return self.flush(op)
        finally:
            self._full = False

    def compact(self, through: int, scopes: Iterable[str] | None) -> int:
        """Delete our journal rows up to `through` that every target has (they are on the
        targets; the shadow holds what merging needs), the last row excepted (the sequence goes
        on from it). `scopes`: the clients every target was sent (None: all); rows of the other
        clients stay, to be sent if one is added to the scope."""
        through = min(through, self.last_seq() - 1)
        if through <= 0:
            return 0
        where = "seq <= ?"
        params: list[Any] = [through]
        if scopes is not None:
            allowed = sorted(scopes)
            marks = ", ".join("?" for _ in allowed) or "''"
            where += f" AND (scope = '' OR scope IN ({marks}))"
            params += allowed
        deleted = self._db.execute(f"DELETE FROM sync_journal WHERE {where}", params).rowcount
        if deleted:
            self._db.execute(
                "UPDATE sync_device SET compacted_through = max(compacted_through, ?) WHERE id = 1", [through]
            )
        return deleted

    def compacted(self) -> bool:
        row = self._db.execute("SELECT compacted_through FROM sync_device WHERE id = 1").fetchone()
        return bool(row[0])

    def _shadow(self, entity: str, uid: str) -> tuple[dict[str, Any], dict[str, Stamp]] | None:
        row = self._db.execute(
            "SELECT fields, stamps FROM sync_shadow WHERE entity = ? AND uid = ?", [entity, uid]
        ).fetchone()
        if row is None:
            return None
        fields = json.loads(row[0])
        return fields, _decode_stamps(row[1], fields)

    def _kept_whole(self, entity: str) -> frozenset[str] | None:
        """The fields whose value the shadow keeps: merged texts (the base of a three-way merge),
        references and the scope column (a purge names its client from them). Of the others it
        keeps a digest, enough to tell a change (None: an entity not synced here, kept whole)."""
        if entity not in self._whole:
            spec = self._synced_by_entity().get(entity)
            sync = spec.sync if spec is not None else None
            self._whole[entity] = (
                None
                if sync is None
                else frozenset(
                    {*sync.merge, *sync.refs, *((sync.scope_column,) if sync.scope_column else ())}
                )
            )
        return self._whole[entity]

    def _digested(self, entity: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        whole = self._kept_whole(entity)
        if whole is None:
            return dict(fields)
        return {k: v if k in whole or k == PURGED else _digest(v) for k, v in fields.items()}

    def _save_shadow(
        self, entity: str, uid: str, fields: Mapping[str, Any], stamps: Mapping[str, Stamp]
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO sync_shadow (entity, uid, fields, stamps) VALUES (?, ?, ?, ?)",
            [
                entity,
                uid,
                json.dumps(self._digested(entity, fields), ensure_ascii=False, separators=(",", ":")),
                _encode_stamps(fields, stamps),
            ],
        )

    def _journal_rows(
        self,
        spec: EntitySpec,
        row_ids: list[int],
        op: str,
        device: str,
        clock: int,
        now: str,
        refs: _RefCache,
    ) -> int:
        """Journal a batch of one entity's marked rows: one read of the rows, their shadows and
        tags, one insert of the journal rows and of the new shadows (an import of 10,000
        records, or the first sync's baseline, costs no more statements than a few records)."""
        sync = spec.sync
        assert sync is not None and spec.table is not None
        entity = str(spec.entity)
        marks = ", ".join("?" for _ in row_ids)
        columns = ", ".join(sync.fields)
        rows = self._db.execute(
            f"SELECT id, uid, {columns} FROM {spec.table} WHERE id IN ({marks}) AND uid IS NOT NULL "
            "ORDER BY id",
            row_ids,
        ).fetchall()
        if not rows:
            return 0  # removed later in the same operation: their delete marks speak for them
        uids = [str(r[1]) for r in rows]
        shadows: dict[str, tuple[dict[str, Any], dict[str, Stamp]]] = {}
        for r in self._db.execute(
            "SELECT uid, fields, stamps FROM sync_shadow WHERE entity = ? "
            f"AND uid IN ({', '.join('?' for _ in uids)})",
            [entity, *uids],
        ):
            fields = json.loads(r[1])
            shadows[str(r[0])] = (fields, _decode_stamps(r[2], fields))
        tags = self._store.tags.tags_for(entity, [r[0] for r in rows]) if sync.tags else {}
        extras = {
            name: (extra.read(self._store, [r[0] for r in rows]), _plain(extra.empty))
            for name, extra in sync.extras.items()
        }
        journal_rows: list[tuple[Any, ...]] = []
        shadow_rows: list[tuple[str, str, str, str]] = []
        for r in rows:
            uid = str(r[1])
            values = dict(zip(sync.fields, r[2:], strict=True))
            for column, target in sync.refs.items():
                values[column] = refs.uid_of(target, values[column])
            if sync.tags:
                values[TAGS] = sorted(tags.get(r[0], []))
            for name, (got, empty) in extras.items():
                values[name] = got.get(r[0], empty)
            old_fields, stamps = shadows.get(uid, ({}, {}))
            changed = (
                values
                if self._full
                else {k: v for k, v in values.items() if k not in old_fields or not _same(old_fields[k], v)}
            )
            if not changed:
                continue
            prev = {k: list(stamps[k]) for k in changed if k in stamps}
            base = {k: old_fields[k] for k in changed if k in sync.merge and k in old_fields}
            encoded = json.dumps(changed, ensure_ascii=False, separators=(",", ":"))
            journal_rows.append(
                (
                    entity,
                    uid,
                    op,
                    self._scope_of(spec, uid, values, refs),
                    device,
                    clock,
                    now,
                    encoded,
                    json.dumps(prev, separators=(",", ":")) if prev else "{}",
                    json.dumps(base, ensure_ascii=False, separators=(",", ":")) if base else "{}",
                )
            )
            new_fields = self._digested(entity, {**old_fields, **changed})
            new_stamps = {k: list(v) for k, v in stamps.items()}
            new_stamps.update({k: [clock, device] for k in changed})
            shadow_rows.append(
                (
                    entity,
                    uid,
                    json.dumps(new_fields, ensure_ascii=False, separators=(",", ":")),
                    _encode_stamps(new_fields, new_stamps),
                )
            )
        self._db.executemany(
            "INSERT INTO sync_journal (entity, uid, op, scope, device, clock, at, purged, fields, prev, "
            "base) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
            journal_rows,
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO sync_shadow (entity, uid, fields, stamps) VALUES (?, ?, ?, ?)",
            shadow_rows,
        )
        return len(journal_rows)

    def _journal_purge(self, spec: EntitySpec, uid: str, op: str, device: str, clock: int, now: str) -> int:
        shadow = self._shadow(spec.entity, uid)
        if shadow is None or PURGED in shadow[0]:
            return 0  # never journaled: no other device knows it
        fields, stamps = shadow
        scope = self._scope_of(spec, uid, fields, _RefCache(self._store))
        # `prev`: every field's stamp as this device knew it, so a device holding a later edit
        # keeps the record (in its trash) instead of removing work the purger never saw.
        self._db.execute(
            "INSERT INTO sync_journal (entity, uid, op, scope, device, clock, at, purged, prev) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
            [
                str(spec.entity),
                uid,
                op,
                scope,
                device,
                clock,
                now,
                json.dumps({k: list(v) for k, v in stamps.items()}, separators=(",", ":")),
            ],
        )
        self._save_shadow(spec.entity, uid, {PURGED: 1}, {})  # a tombstone
        return 1

    @staticmethod
    def _scope_of(spec: EntitySpec, uid: str, values: Mapping[str, Any], refs: _RefCache) -> str:
        if spec.entity == Entity.CLIENTS:
            return uid
        column = spec.sync.scope_column if spec.sync else None
        value = values.get(column) if column else None
        if not value:
            return ""
        target = spec.sync.refs.get(str(column)) if spec.sync else None
        if target is not None and target != Entity.CLIENTS:
            return refs.scope_of(target, str(value))  # a variant belongs to its draft's client
        return str(value)

    # -- reading the journal ---------------------------------------------------------------------
    def changes_after(self, seq: int, limit: int) -> list[Change]:
        """Our own journal rows after `seq`, oldest first: what a push uploads."""
        rows = self._db.execute(
            "SELECT seq, entity, uid, op, scope, device, clock, at, purged, fields, prev, base "
            "FROM sync_journal WHERE seq > ? ORDER BY seq LIMIT ?",
            [seq, limit],
        ).fetchall()
        return [
            Change(
                entity=r[1],
                uid=r[2],
                op=r[3],
                scope=r[4],
                device=r[5],
                clock=int(r[6]),
                at=r[7],
                purged=bool(r[8]),
                seq=int(r[0]),
                fields=json.loads(r[9]),
                prev={k: (int(v[0]), str(v[1])) for k, v in json.loads(r[10]).items()},
                base=json.loads(r[11]),
            )
            for r in rows
        ]

    def lines_after(self, seq: int, limit: int) -> list[RawChange]:
        """`changes_after` as the JSON lines a push writes, built around the stored JSON texts
        without decoding them again (a first sync sends every record)."""
        rows = self._db.execute(
            "SELECT seq, entity, uid, op, scope, device, clock, at, purged, fields, prev, base "
            "FROM sync_journal WHERE seq > ? ORDER BY seq LIMIT ?",
            [seq, limit],
        ).fetchall()
        out = []
        dumps = json.dumps
        for r in rows:
            parts = [
                f'{{"e":{dumps(r[1])},"u":{dumps(r[2])},"d":{dumps(r[5])},"c":{int(r[6])},"s":{int(r[0])}',
                f',"f":{r[9]}',
            ]
            if r[10] != "{}":
                parts.append(f',"p":{r[10]}')
            if r[11] != "{}":
                parts.append(f',"b":{r[11]}')
            if r[8]:
                parts.append(',"x":1')
            if r[4]:
                parts.append(f',"sc":{dumps(r[4])}')
            parts.append(f',"op":{dumps(r[3])},"at":{dumps(r[7])}}}')
            out.append(RawChange(seq=int(r[0]), entity=str(r[1]), scope=str(r[4]), line="".join(parts)))
        return out

    def last_seq(self) -> int:
        row = self._db.execute("SELECT max(seq) FROM sync_journal").fetchone()
        return int(row[0] or 0)

    def copy_rows(self, where: str, params: list[Any]) -> int:
        """Append our journal rows matching `where` again, in order, under new sequence numbers:
        a push that skipped them (their client was out of the scope) sends them now. They keep
        their stamps: they are the edits they were, only late."""
        cursor = self._db.execute(
            "INSERT INTO sync_journal (entity, uid, op, scope, device, clock, at, purged, fields, prev, "
            "base) SELECT entity, uid, op, scope, device, clock, at, purged, fields, prev, base "
            f"FROM sync_journal WHERE {where} ORDER BY seq",
            params,
        )
        return cursor.rowcount

    # -- applying others' changes ----------------------------------------------------------------
    def apply(self, changes: Iterable[Change], report: ApplyReport | None = None) -> ApplyReport:
        """Apply other devices' changes (in causal order: sorted by stamp) in the caller's
        transaction, then flush what applying wrote so it is not sent back as ours."""
        report = report or ApplyReport()
        refs = _RefCache(self._store)
        touched: list[tuple[EntitySpec, int]] = []
        top = 0
        for change in changes:
            top = max(top, change.clock)
            spec = self._synced_by_entity().get(change.entity)
            if spec is None:
                report.skipped += 1
                continue
            try:
                row_id = self._apply_one(spec, change, report, refs)
            except (UnknownReference, sqlite3.IntegrityError) as error:
                log.warning("sync: %s %s not applied: %s", change.entity, change.uid, error)
                report.skipped += 1
                continue
            if row_id is not None:
                touched.append((spec, row_id))
                report.entities.add(str(spec.entity))
            report.applied += 1
        done: set[tuple[str, int]] = set()
        for spec, row_id in touched:
            if (spec.entity, row_id) in done:
                continue
            done.add((spec.entity, row_id))
            hook = spec.sync.after_apply if spec.sync else None
            exists = self._db.execute(f"SELECT 1 FROM {spec.table} WHERE id = ?", [row_id]).fetchone()
            if hook is not None and exists:
                hook(self._store, row_id)
            self._store.log.touch(spec.entity, row_id)
        if top:
            self.witness(top)
        self.flush(SYNC_OP)  # a clash renamed on arrival is journaled as ours; the rest is no-op
        return report

    def _apply_one(
        self, spec: EntitySpec, change: Change, report: ApplyReport, refs: _RefCache
    ) -> int | None:
        sync = spec.sync
        assert sync is not None and spec.table is not None
        entity = str(spec.entity)
        row = self._db.execute(f"SELECT id FROM {spec.table} WHERE uid = ?", [change.uid]).fetchone()
        row_id = int(row[0]) if row else None
        if change.purged:
            return self._apply_purge(spec, change, row_id, report)
        shadow = self._shadow(entity, change.uid)
        fields, stamps = shadow if shadow is not None else ({}, {})
        if row_id is None and PURGED in fields:
            report.skipped += 1
            return None  # deleted for good here: a late edit elsewhere stays in that device's trash
        take: dict[str, Any] = {}
        new_stamps = dict(stamps)
        for name, value in change.fields.items():
            if name not in sync.fields and name not in sync.extras and not (name == TAGS and sync.tags):
                continue
            mine = stamps.get(name)
            theirs = change.stamp
            if mine is None or mine == change.prev.get(name):
                take[name] = value
                new_stamps[name] = theirs
            elif mine == theirs:
                continue
            elif name in sync.merge and name in change.base and isinstance(value, str):
                base = change.base[name]
                local = fields.get(name, "")
                first, second = (local, value) if mine > theirs else (value, local)
                merged = merge_texts(base, first, second)
                if merged != merge_texts(base, second, first):
                    self._record_conflict(entity, change, name, base, local, value)
                    report.conflicts += 1
                report.merged += 1
                take[name] = merged
                # A stamp no real change has: the next change made on top of only one side can
                # never pass for a fast-forward of the merged text, and every device agrees on it.
                new_stamps[name] = (max(mine, theirs)[0], MERGED)
            elif theirs > mine:
                take[name] = value
                new_stamps[name] = theirs
        if not take:
            return row_id
        local_values = dict(take)
        tags = local_values.pop(TAGS, None)
        extra_values = {name: local_values.pop(name) for name in list(local_values) if name in sync.extras}
        for column, target in sync.refs.items():
            if column in local_values:
                local_values[column] = refs.id_of(target, local_values[column])
                take[column] = refs.kept_uid(target, take[column])  # an alias: the uid kept
        if row_id is None and sync.same_key:
            same = self._same_record(spec, change, local_values, report)
            if same is _KEPT_HERE:
                return None  # one record with a local one that keeps its uid
            row_id = same
        # The row first: a refused write (a record this device cannot hold) leaves the shadow as is.
        if row_id is None:
            row_id = self._insert(spec, change.uid, local_values)
            report.created += 1
        elif local_values:
            sets = ", ".join(f"{name} = ?" for name in local_values)
            self._db.execute(f"UPDATE {spec.table} SET {sets} WHERE id = ?", [*local_values.values(), row_id])
        for name, value in extra_values.items():
            sync.extras[name].write(self._store, row_id, value)
        if tags is not None:
            # Kept as this device spells them (an existing "brief" takes in "Brief"), so the
            # next flush does not send the spelling back and forth.
            take[TAGS] = sorted(self._store.tags.set_tags(spec.entity, row_id, [str(t) for t in tags]))
        self._save_shadow(entity, change.uid, {**fields, **take}, new_stamps)
        return row_id

    def _same_record(
        self, spec: EntitySpec, change: Change, values: dict[str, Any], report: ApplyReport
    ) -> int | None:
        """A new record whose unique key (`SyncSpec.same_key`) a local record already holds: both
        devices created it offline (each added the Instagram variant of one draft, typed one
        post's figures of one day). It is one record, and every device keeps the smaller uid: when
        that is the local one, the change is not applied (`_KEPT_HERE`); otherwise the local row
        takes the incoming uid and values (its row id is returned, so its children stay attached;
        None: no such local record, the change creates one). Either way the other uid becomes an
        alias, so the records naming it still resolve, and a merged text the two versions disagree
        on goes to the conflicts view. A `same_keep` column set on one side only is kept set
        (an item read here stays read): the next flush sends it on as an edit of the kept uid."""
        sync = spec.sync
        assert sync is not None and spec.table is not None
        if not all(column in values for column in sync.same_key):
            return None
        where = " AND ".join(f"{column} IS ?" for column in sync.same_key)
        keep = "".join(f", {column}" for column in sync.same_keep)
        row = self._db.execute(
            f"SELECT id, uid{keep} FROM {spec.table} WHERE {where}", [values[c] for c in sync.same_key]
        ).fetchone()
        if row is None:
            return None
        entity = str(spec.entity)
        local_id, local_uid = int(row[0]), str(row[1])
        local_kept = dict(zip(sync.same_keep, row[2:], strict=True))
        shadow = self._shadow(entity, local_uid)
        mine = shadow[0] if shadow is not None else {}
        kept, dropped = sorted((local_uid, change.uid))
        for name in sync.merge:
            theirs = change.fields.get(name)
            if isinstance(theirs, str) and theirs != mine.get(name, theirs):
                here = replace(change, uid=kept)
                self._record_conflict(entity, here, name, "", str(mine.get(name, "")), theirs)
                report.conflicts += 1
        report.merged += 1
        self._db.execute(
            "INSERT OR REPLACE INTO sync_alias (entity, uid, alias_of) VALUES (?, ?, ?)",
            [entity, dropped, kept],
        )
        self._save_shadow(entity, dropped, {PURGED: 1}, {})
        if kept == local_uid:
            theirs_kept = {
                c: values[c]
                for c in sync.same_keep
                if local_kept[c] in _EMPTY and values.get(c) not in _EMPTY
            }
            if theirs_kept:
                sets = ", ".join(f"{column} = ?" for column in theirs_kept)
                self._db.execute(
                    f"UPDATE {spec.table} SET {sets} WHERE id = ?", [*theirs_kept.values(), local_id]
                )
                self._store.log.touch(spec.entity, local_id)
            return _KEPT_HERE
        for column, mine_kept in local_kept.items():
            if mine_kept not in _EMPTY and values.get(column) in _EMPTY:
                values[column] = mine_kept  # the shadow keeps theirs: the next flush sends ours
        self._db.execute(f"UPDATE {spec.table} SET uid = ? WHERE id = ?", [kept, local_id])
        self._rename_references(spec, local_id, dropped, kept)
        return local_id

    def _rename_references(self, spec: EntitySpec, row_id: int, old_uid: str, new_uid: str) -> None:
        """Records here naming a record whose uid changed still name the same record: their
        shadows follow, so the next flush does not send the new uid as an edit of theirs."""
        for other in self.synced():
            assert other.sync is not None
            for column, target in other.sync.refs.items():
                if target != spec.entity:
                    continue
                for (uid,) in self._db.execute(
                    f"SELECT uid FROM {other.table} WHERE {column} = ?", [row_id]
                ).fetchall():
                    shadow = self._shadow(str(other.entity), str(uid))
                    if shadow is not None and shadow[0].get(column) == old_uid:
                        self._save_shadow(
                            str(other.entity), str(uid), {**shadow[0], column: new_uid}, shadow[1]
                        )

    def _insert(self, spec: EntitySpec, uid: str, values: dict[str, Any]) -> int:
        sync = spec.sync
        assert sync is not None and spec.table is not None
        names = ["uid", *values]
        sql = f"INSERT INTO {spec.table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        for _attempt in range(3):
            try:  # a refused INSERT undoes only itself: no savepoint needed
                cursor = self._db.execute(sql, [uid, *values.values()])
            except sqlite3.IntegrityError as error:
                column = sync.unique_suffix
                if column is None or "UNIQUE" not in str(error) or column not in values:
                    raise
                self._make_distinct(spec.table, column, uid, values)
                continue
            assert cursor.lastrowid is not None
            return int(cursor.lastrowid)
        raise sqlite3.IntegrityError(f"{spec.entity} {uid}: {sync.unique_suffix} stays taken")

    def _make_distinct(self, table: str, column: str, uid: str, values: dict[str, Any]) -> None:
        """Two records created apart with one unique name (a client "Fleuriste" on each device):
        the one with the greater uid takes "Fleuriste (2)", on every device alike; the rename is
        journaled by the next flush like any change of ours, and converges with the other
        device's identical rename."""
        wanted = str(values[column])
        local = self._db.execute(
            f"SELECT id, uid FROM {table} WHERE lower({column}) = lower(?)", [wanted]
        ).fetchone()
        free = next(
            f"{wanted} ({n})"
            for n in range(2, 10_000)
            if not self._db.execute(
                f"SELECT 1 FROM {table} WHERE lower({column}) = lower(?)", [f"{wanted} ({n})"]
            ).fetchone()
        )
        if local is not None and str(local[1]) > uid:
            self._db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [free, local[0]])
        else:
            values[column] = free

    def _apply_purge(
        self, spec: EntitySpec, change: Change, row_id: int | None, report: ApplyReport
    ) -> int | None:
        sync = spec.sync
        assert sync is not None and spec.table is not None
        entity = str(spec.entity)
        if row_id is None:
            self._save_shadow(entity, change.uid, {PURGED: 1}, {})
            return None
        column = sync.trash_column
        shadow = self._shadow(entity, change.uid)
        local_stamps = shadow[1] if shadow is not None else {}
        unseen = any(stamp != change.prev.get(name) for name, stamp in local_stamps.items())
        spared = (entity, change.uid, change.stamp)
        if shadow is not None and any(
            (str(target), str(shadow[0].get(ref)), change.stamp) in self._spared
            for ref, target in sync.refs.items()
        ):
            # Removed with a record that went to this device's trash instead (a draft's variants,
            # a variant's figures): it stays with it, to come back with it.
            self._spared.add(spared)
            report.skipped += 1
            return row_id
        if column is not None:
            trashed = self._db.execute(
                f"SELECT {column} FROM {spec.table} WHERE id = ?", [row_id]
            ).fetchone()[0]
            if unseen and trashed is not None:
                self._spared.add(spared)
                report.skipped += 1
                return row_id  # edited here since: it stays in this device's trash
            if trashed is None:
                self._spared.add(spared)
                # Deleted for good elsewhere: here it goes to the trash, restorable, first.
                now = now_db()
                self._db.execute(f"UPDATE {spec.table} SET {column} = ? WHERE id = ?", [now, row_id])
                fields, stamps = shadow if shadow is not None else ({}, {})
                self._save_shadow(
                    entity, change.uid, {**fields, column: now}, {**stamps, column: change.stamp}
                )
                report.trashed += 1
                return row_id
        elif unseen and shadow is not None:
            # No trash, and edited here since: the deletion still wins, or the device that
            # deleted it (which skips edits of what it removed) and this one would differ for
            # good. The texts edited here are kept in the conflicts view.
            for name in sync.merge:
                mine = shadow[0].get(name)
                if isinstance(mine, str) and mine.strip() and local_stamps.get(name) != change.prev.get(name):
                    self._record_conflict(entity, change, name, "", mine, "")
                    report.conflicts += 1
        kind = self._store.entities.trash_kind(entity)
        if kind is not None and kind.before_purge is not None:
            after = kind.before_purge(self._store, row_id)
            if after is not None:
                self._store.after_commit(after)
        self._db.execute(f"DELETE FROM {spec.table} WHERE id = ?", [row_id])
        self._save_shadow(entity, change.uid, {PURGED: 1}, {})
        report.removed += 1
        return None

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


def _digest(value: Any) -> Any:
    """What the shadow keeps of a field that is not merged: short values as they are, a digest of
    the others (a feed item's HTML, a list of tags): the shadow only has to tell that it changed."""
    if (
        value is None
        or isinstance(value, bool | int | float)
        or (isinstance(value, str) and len(value) <= 32)
    ):
        return value
    if isinstance(value, dict) and len(value) == 1 and DIGEST in value:
        return value  # a digest already
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return {DIGEST: hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()}


def _encode_stamps(fields: Mapping[str, Any], stamps: Mapping[str, Any]) -> str:
    """A shadow's stamps, the one most fields share written once (`*`): after a first sync every
    field of a record has the same stamp, and a device id repeated for each of a feed item's 17
    fields made the stamps a third of the shadow."""
    plain = {k: [int(v[0]), str(v[1])] for k, v in stamps.items()}
    if plain and set(plain) == set(fields):
        common, count = Counter(tuple(v) for v in plain.values()).most_common(1)[0]
        if count > 1:
            packed: dict[str, Any] = {k: v for k, v in plain.items() if tuple(v) != common}
            packed[ALL_FIELDS] = list(common)
            return json.dumps(packed, separators=(",", ":"))
    return json.dumps(plain, separators=(",", ":"))


def _decode_stamps(text: str, fields: Mapping[str, Any]) -> dict[str, Stamp]:
    raw = json.loads(text)
    common = raw.pop(ALL_FIELDS, None)
    stamps = {k: (int(v[0]), str(v[1])) for k, v in raw.items()}
    if common is not None:
        shared = (int(common[0]), str(common[1]))
        for name in fields:
            stamps.setdefault(name, shared)
    return stamps


def _same(shadow: Any, value: Any) -> bool:
    """A field's value is the one its shadow holds (whole, or its digest)."""
    return bool(shadow == value or shadow == _digest(value))


def _plain(value: object) -> object:
    """A value as JSON gives it back (tuples become lists), so a diff never sees a change that
    is only a type."""
    return json.loads(json.dumps(value))


class _RefCache:
    """rowid <-> uid of referenced records, cached for one flush or apply batch."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._uids: dict[tuple[str, int], str | None] = {}
        self._ids: dict[tuple[str, str], int] = {}
        self._scopes: dict[tuple[str, str], str] = {}
        self._kept: dict[tuple[str, str], str] = {}

    def _table(self, entity: str) -> str:
        table = self._store.entities.spec(entity).table
        assert table is not None
        return table

    def uid_of(self, entity: str, row_id: Any) -> str | None:
        if row_id is None:
            return None
        key = (entity, int(row_id))
        if key not in self._uids:
            row = self._store.db.conn.execute(
                f"SELECT uid FROM {self._table(entity)} WHERE id = ?", [int(row_id)]
            ).fetchone()
            self._uids[key] = str(row[0]) if row and row[0] else None
        return self._uids[key]

    def id_of(self, entity: str, uid: Any) -> int | None:
        if uid is None:
            return None
        key = (entity, str(uid))
        if key not in self._ids:
            row = self._store.db.conn.execute(
                f"SELECT id FROM {self._table(entity)} WHERE uid = ?", [str(uid)]
            ).fetchone()
            if row is None:
                # One record created on two devices offline: the uid kept instead (m015).
                row = self._store.db.conn.execute(
                    f"SELECT t.id, t.uid FROM sync_alias a JOIN {self._table(entity)} t "
                    "ON t.uid = a.alias_of WHERE a.entity = ? AND a.uid = ?",
                    [str(entity), str(uid)],
                ).fetchone()
                if row is not None:
                    self._kept[key] = str(row[1])
            if row is None:  # not cached: it may arrive later in the same batch
                raise UnknownReference(f"{entity} {uid} is not here (not shared with this device?)")
            self._ids[key] = int(row[0])
        return self._ids[key]

    def kept_uid(self, entity: str, uid: Any) -> Any:
        """The uid `id_of` found the record under: `uid` itself, or the uid kept for an alias."""
        return self._kept.get((entity, str(uid)), uid) if uid is not None else None

    def scope_of(self, entity: str, uid: str) -> str:
        """The uid of the client a record (by uid) belongs to: the scope of the records that
        belong to it in turn. '' when it is gone or shared."""
        key = (str(entity), uid)
        if key not in self._scopes:
            spec = self._store.entities.spec(entity)
            column = spec.sync.scope_column if spec.sync else None
            row = None
            if column:
                row = self._store.db.conn.execute(
                    f"SELECT c.uid FROM {self._table(entity)} t JOIN clients c ON c.id = t.{column} "
                    "WHERE t.uid = ?",
                    [uid],
                ).fetchone()
            self._scopes[key] = str(row[0]) if row and row[0] else ""
        return self._scopes[key]


class UnknownReference(LookupError):
    """A change names a record this device does not have (a client not shared with it)."""


def sorted_changes(batches: Iterable[Iterable[Change]]) -> Iterator[Change]:
    """Every device's changes merged in stamp order: a change always comes after the ones its
    device had seen when it was made (Lamport), so references resolve and merges see their base."""
    return iter(sorted((c for batch in batches for c in batch), key=lambda c: (c.clock, c.device, c.seq)))
