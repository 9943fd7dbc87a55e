"""Sync (issue 17), second step: a draft's variants, media links and history, the figures of posts.

- `draft_variants` and `draft_events` get the `uid` every synced record has (32 hex digits,
  unique, set by a trigger when a row comes without one). `post_metrics` and `follower_counts` had
  theirs from m011.
- The four tables get m012's triggers: every write marks the row in `sync_pending`.
- `draft_media` (WITHOUT ROWID) travels as a field of its draft (`media`: the links as
  [network, media uid] in order), so writing it marks the draft pending.
- `sync_alias`: a record created on two devices offline under one unique key (the Instagram
  variant of one draft, the figures of one post on one day) is one record: the smaller uid is
  kept everywhere, and the other uid is an alias of it, so records referring to it still resolve.
- Records of these tables that exist already are journaled by the next sync's baseline
  (`baseline_done` goes back to 0: the baseline only takes rows without a shadow), and drafts
  holding media links are marked pending so their links travel.
"""

from __future__ import annotations

from sqlite_utils import Database

from cmtoolbox.storage.migrations.m012_sync import UID_SQL, add_sync_triggers

TABLES = ("draft_variants", "draft_events", "post_metrics", "follower_counts")


def migrate(db: Database) -> None:
    for table in ("draft_variants", "draft_events"):
        db.execute(
            f"ALTER TABLE {table} ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64)"
        )
        db.execute(f"UPDATE {table} SET uid = {UID_SQL}")
        db.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table} (uid)")
    for table in TABLES:
        add_sync_triggers(db, table)
    mark = "INSERT OR IGNORE INTO sync_pending (entity, row_id) VALUES ('drafts', "
    for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        db.execute(
            f"CREATE TRIGGER draft_media_sync_{event.lower()} AFTER {event} ON draft_media "
            f"BEGIN {mark}{row}.draft_id); END"
        )
    db.execute(
        """
        CREATE TABLE sync_alias (
            entity TEXT NOT NULL,
            uid TEXT NOT NULL,
            alias_of TEXT NOT NULL,
            PRIMARY KEY (entity, uid)
        ) WITHOUT ROWID
        """
    )
    db.execute("UPDATE sync_device SET baseline_done = 0")
    db.execute(
        "INSERT OR IGNORE INTO sync_pending (entity, row_id) "
        "SELECT DISTINCT 'drafts', draft_id FROM draft_media"
    )
