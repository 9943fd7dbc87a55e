"""Applying other devices' changes (`Journal.apply`): merge rules, same-record merging,
tombstones (deletions for good), renames of a uid that became an alias.

Another device's change carries, per field, the stamp of the value it
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

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from cmtoolbox.core.text_merge import merge_texts
from cmtoolbox.storage.entities import EntitySpec
from cmtoolbox.storage.journal_changes import (
    MERGED,
    PURGED,
    SYNC_OP,
    TAGS,
    ApplyReport,
    Change,
    UnknownReference,
)
from cmtoolbox.storage.journal_conflicts import JournalConflicts
from cmtoolbox.storage.journal_shadow import _RefCache
from cmtoolbox.storage.params import in_chunks
from cmtoolbox.storage.timeutil import now_db

log = logging.getLogger(__name__)

_KEPT_HERE = -1  # `_same_record`: the local record keeps its uid; the change is not applied
_EMPTY = (None, "")  # `SyncSpec.same_keep`: a value on the other side beats these


class JournalApply(JournalConflicts):
    """The applying part of `Journal`; it ends with the recording's `flush`."""

    if TYPE_CHECKING:

        def flush(self, op: str) -> int: ...  # `Journal.flush` (journal.py)

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
        self._after_apply(touched)
        if top:
            self.witness(top)
        self.flush(SYNC_OP)  # a clash renamed on arrival is journaled as ours; the rest is no-op
        return report

    def _after_apply(self, touched: list[tuple[EntitySpec, int]]) -> None:
        """Each entity's derived data (search index, links) of the rows the batch wrote: one
        `after_apply_many` call per entity when it has one, else `after_apply` per row."""
        by_entity: dict[str, tuple[EntitySpec, dict[int, None]]] = {}
        for spec, row_id in touched:
            by_entity.setdefault(str(spec.entity), (spec, {}))[1][row_id] = None
        for spec, ids in by_entity.values():
            sync = spec.sync
            existing = self._existing(str(spec.table), list(ids))
            if sync is not None and sync.after_apply_many is not None:
                if existing:
                    sync.after_apply_many(self._store, existing)
            elif sync is not None and sync.after_apply is not None:
                for row_id in existing:
                    sync.after_apply(self._store, row_id)
            for row_id in ids:
                self._store.log.touch(spec.entity, row_id)

    def _existing(self, table: str, ids: list[int]) -> list[int]:
        """`ids` still in `table` (a purge removes rows), in the same order."""
        found: set[int] = set()
        for chunk, marks in in_chunks(ids):
            found.update(
                row[0] for row in self._db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
            )
        return [row_id for row_id in ids if row_id in found]

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
