"""Sync (issue 17): stable record ids and the journal of what changed.

- Every synced table gets `uid`: 32 hex digits of a random (version 4) UUID, set once by a trigger
  when a row is inserted without one, never changed. Drafts already had theirs (m010). Records
  refer to each other by uid in the change log, never by rowid (which differs on every device).
- `sync_pending`: filled by triggers on every insert, update and delete of a synced table, in the
  transaction of the write itself, whoever writes (an operation, an import, a raw statement). The
  journal turns these marks into `sync_journal` rows at the end of each operation (same
  transaction) or before a sync, so no write is ever missed. A deleted row keeps its uid there.
- `sync_device`: this database's device id and Lamport clock (one row). `baseline_done` turns 1
  once the records that existed before this migration were journaled (by the first sync, not by
  the first keystroke after the upgrade: 100,000 notes take seconds).
- `sync_journal`: what each operation changed: entity, uid, the changed fields with their values
  (references as uids), op name, device, clock, and `scope` (the uid of the client the record
  belongs to, '' for shared records) so a device can share only some clients. Append-only; the
  sync engine uploads it.
- `sync_shadow`: per record, the last value of each synced field and its stamp (clock, device):
  the base of the next diff, of last-writer-wins and of the three-way text merge.
- `sync_cursor`: per target and remote device, how far its log was applied (written in the
  transaction that applies it). `sync_pushed`: per target, how far our journal was uploaded.
- Tag links (note_tags, draft_tags, source_tags) and tag renames mark their records pending:
  a record's tags travel with it, as the field `tags` (a list of names).
- `sync_conflicts`: texts both sides changed in the same place: both versions, kept for the user.
"""

from __future__ import annotations

from sqlite_utils import Database

# The tables this migration makes syncable; later migrations add theirs the same way.
TABLES = ("clients", "notes", "drafts", "sources", "snippets", "key_dates", "media", "accounts")

# Tag link tables: (link table, its record column, the record's table). A record's tags travel
# with it as one field, so linking, unlinking and renaming a tag mark the record pending.
TAG_LINKS = (("note_tags", "note_id", "notes"), ("draft_tags", "draft_id", "drafts"),
             ("source_tags", "source_id", "sources"), ("media_tags", "media_id", "media"))  # fmt: skip

# A version-4 UUID as 32 lowercase hex digits, computed by SQLite so every writer gets one.
UID_SQL = (
    "lower(hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2) || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || hex(randomblob(6)))"
)


def migrate(db: Database) -> None:
    for table in TABLES:
        columns = {c[1] for c in db.execute(f"PRAGMA table_info({table})").fetchall()}
        if "uid" not in columns:
            db.execute(
                f"ALTER TABLE {table} ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64)"
            )
            db.execute(f"UPDATE {table} SET uid = {UID_SQL}")
            db.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table} (uid)")
        add_sync_triggers(db, table)
    # An account's secret slots (kind, label, keyring reference; never a value) travel with it.
    for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        db.execute(
            f"CREATE TRIGGER account_secrets_sync_{event.lower()} AFTER {event} ON account_secrets BEGIN "
            f"INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('accounts', {row}.account_id); END"
        )
    for link, column, owner in TAG_LINKS:
        mark = f"INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('{owner}', "
        db.execute(f"CREATE TRIGGER {link}_sync_insert AFTER INSERT ON {link} BEGIN {mark}new.{column}); END")
        db.execute(f"CREATE TRIGGER {link}_sync_delete AFTER DELETE ON {link} BEGIN {mark}old.{column}); END")
        db.execute(
            f"CREATE TRIGGER tags_sync_rename_{owner} AFTER UPDATE OF name ON tags BEGIN "
            f"INSERT OR IGNORE INTO sync_pending (entity, row_id) "
            f"SELECT '{owner}', {column} FROM {link} WHERE tag_id = new.id; END"
        )

    db.execute(
        """
        CREATE TABLE sync_device (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            device_id TEXT NOT NULL CHECK (length(device_id) = 32),
            clock INTEGER NOT NULL DEFAULT 0 CHECK (clock >= 0),
            baseline_done INTEGER NOT NULL DEFAULT 0 CHECK (baseline_done IN (0, 1))
        )
        """
    )
    db.execute(f"INSERT INTO sync_device (id, device_id, clock) VALUES (1, {UID_SQL}, 0)")
    db.execute(
        """
        CREATE TABLE sync_pending (
            entity TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            deleted_uid TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entity, row_id, deleted_uid)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE sync_journal (
            seq INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            uid TEXT NOT NULL,
            op TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT '',
            device TEXT NOT NULL,
            clock INTEGER NOT NULL,
            at TEXT NOT NULL,
            purged INTEGER NOT NULL DEFAULT 0 CHECK (purged IN (0, 1)),
            fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
            prev TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(prev)),
            base TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(base))
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sync_shadow (
            entity TEXT NOT NULL,
            uid TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
            stamps TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(stamps)),
            PRIMARY KEY (entity, uid)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE sync_cursor (
            target TEXT NOT NULL,
            device TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (target, device)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE sync_pushed (
            target TEXT PRIMARY KEY,
            journal_seq INTEGER NOT NULL DEFAULT 0,
            chunk INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            uid TEXT NOT NULL,
            field TEXT NOT NULL,
            base TEXT NOT NULL DEFAULT '',
            mine TEXT NOT NULL DEFAULT '',
            theirs TEXT NOT NULL DEFAULT '',
            theirs_device TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            resolved_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX sync_conflicts_open ON sync_conflicts (entity, uid) WHERE resolved_at IS NULL")


def add_sync_triggers(db: Database, table: str) -> None:
    """The uid of a new row and the pending marks of every write; shared with later migrations."""
    db.execute(
        f"CREATE TRIGGER {table}_sync_uid AFTER INSERT ON {table} WHEN new.uid IS NULL BEGIN "
        f"UPDATE {table} SET uid = {UID_SQL} WHERE rowid = new.rowid; END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_sync_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('{table}', new.rowid); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_sync_update AFTER UPDATE ON {table} BEGIN "
        f"INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('{table}', new.rowid); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_sync_delete AFTER DELETE ON {table} WHEN old.uid IS NOT NULL BEGIN "
        "INSERT OR IGNORE INTO sync_pending (entity, row_id, deleted_uid) "
        f"VALUES ('{table}', old.rowid, old.uid); END"
    )
