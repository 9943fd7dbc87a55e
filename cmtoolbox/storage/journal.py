"""The journal of changes sync carries between devices, and the applying of other devices' changes.

Recording: triggers (migration m012) mark every written row of a synced table in `sync_pending`,
in the transaction of the write. `Journal.flush(op)`, called by `ops.execute` at the end of each
operation (same transaction), compares each marked row with its shadow (the last journaled values)
and appends one `sync_journal` row per changed record, holding only the changed fields, stamped
with this device's id and a Lamport clock ticked once per operation. Nothing in the managers has
to remember to journal: a write the managers do not know about is still marked, and journaled by
the next flush.

Applying (`Journal.apply`) is described in `journal_apply.py`, its merge rules with it.

The parts: `journal_changes.py` (what travels), `journal_shadow.py` (shadows, device, references),
`journal_apply.py` (applying), `journal_conflicts.py` (conflicts); `Journal` here records.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from cmtoolbox.storage.entities import Entity, EntitySpec
from cmtoolbox.storage.journal_apply import JournalApply
from cmtoolbox.storage.journal_changes import (
    PURGED,
    SYNC_OP,
    TAGS,
    ApplyReport,
    Change,
    RawChange,
    Stamp,
    UnknownReference,
    sorted_changes,
)
from cmtoolbox.storage.journal_conflicts import Conflict
from cmtoolbox.storage.journal_shadow import _decode_stamps, _encode_stamps, _plain, _RefCache, _same
from cmtoolbox.storage.params import in_chunks
from cmtoolbox.storage.timeutil import now_db

__all__ = [
    "SYNC_OP",
    "ApplyReport",
    "Change",
    "Conflict",
    "Journal",
    "RawChange",
    "Stamp",
    "UnknownReference",
    "sorted_changes",
]


class Journal(JournalApply):
    """Held by the Store as `store.journal`; every method runs inside the caller's transaction."""

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
            for chunk, _marks in in_chunks(ids):  # rows journaled per statement
                written += self._journal_rows(spec, chunk, op, device, clock, now, refs)
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
