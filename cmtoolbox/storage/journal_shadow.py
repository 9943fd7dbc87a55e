"""The shadow of each synced record (its last journaled values and the stamp of each field), and
the state the recording and the applying share: this device's id and clock, the synced entities,
the rowid <-> uid mapping of references.

A shadow keeps whole only what merging needs (merged texts, references, the scope column) and a
digest of the rest; its stamps are written with the one most fields share written once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cmtoolbox.storage.entities import EntitySpec
from cmtoolbox.storage.journal_changes import ALL_FIELDS, DIGEST, PURGED, Stamp, UnknownReference

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)


class JournalState:
    """The base of `Journal`: the device, the synced entities and the shadows, read and written
    inside the caller's transaction."""

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
