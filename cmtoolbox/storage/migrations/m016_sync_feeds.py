"""Sync (issue 17), third step: feeds, their items, press reviews and saved import mappings.

- `feeds`, `feed_items`, `press_reviews` and `press_review_entries` get the `uid` every synced
  record has (32 hex digits, unique, set by a trigger when a row comes without one).
  `metric_mappings` had its uid from m011.
- The five tables get m012's triggers: every write marks the row in `sync_pending` (a feed
  purged from the trash deletes its items by cascade: each item is marked too).
- Records of these tables that exist already are journaled by the next sync's baseline
  (`baseline_done` goes back to 0: the baseline only takes rows without a shadow).
"""

from __future__ import annotations

from sqlite_utils import Database

from cmtoolbox.storage.migrations.m012_sync import UID_SQL, add_sync_triggers

NEW_UIDS = ("feeds", "feed_items", "press_reviews", "press_review_entries")
TABLES = (*NEW_UIDS, "metric_mappings")


def migrate(db: Database) -> None:
    for table in NEW_UIDS:
        db.execute(
            f"ALTER TABLE {table} ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) BETWEEN 8 AND 64)"
        )
        db.execute(f"UPDATE {table} SET uid = {UID_SQL}")
        db.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table} (uid)")
    for table in TABLES:
        add_sync_triggers(db, table)
    db.execute("UPDATE sync_device SET baseline_done = 0")
