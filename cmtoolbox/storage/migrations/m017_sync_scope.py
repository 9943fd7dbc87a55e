"""Sync (issue 17), fourth step: a scope that grows, and a smaller shadow.

- `sync_scope`: per target, the clients this device synced with it last time (NULL: every
  client). A sync compares it with the scope chosen now to see which clients were added.
- `sync_scope_out`: per target, the clients out of the scope and since when: how far our journal
  had been pushed (`pushed`) and other devices' logs read (`cursors`, JSON) when the client left
  the scope; `*` stands for every client not listed (the clients never synced). When a client
  comes back in, our journal rows of that client pushed-past since then are sent again and the
  other devices' changes read-past since then are read again, up to `until` (the cursors when it
  came back in; NULL while the client is out). `excluded` lists, for `*`, the clients it does not
  stand for.
- `sync_device.compacted_through`: our journal rows up to there that every target had were
  deleted (the target keeps them); a new target gets a snapshot of every record instead.
- `sync_shadow` becomes a rowid table: as a WITHOUT ROWID table every record whose fields passed
  about 1 KB (a note's body) had them on overflow pages of their own, mostly empty: 610 MB of
  shadow for 130,000 records (100,000 notes). Its values of fields that are not merged texts
  become digests (`storage/journal.py`), rewritten by the next flush of each record.
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE sync_scope (
            target TEXT PRIMARY KEY,
            clients TEXT CHECK (clients IS NULL OR json_valid(clients))
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sync_scope_out (
            target TEXT NOT NULL,
            client TEXT NOT NULL,
            pushed INTEGER NOT NULL DEFAULT 0,
            cursors TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(cursors)),
            until TEXT CHECK (until IS NULL OR json_valid(until)),
            excluded TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(excluded)),
            PRIMARY KEY (target, client)
        ) WITHOUT ROWID
        """
    )
    db.execute("ALTER TABLE sync_device ADD COLUMN compacted_through INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """
        CREATE TABLE sync_shadow_new (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            uid TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
            stamps TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(stamps)),
            UNIQUE (entity, uid)
        )
        """
    )
    db.execute(
        "INSERT INTO sync_shadow_new (entity, uid, fields, stamps) "
        "SELECT entity, uid, fields, stamps FROM sync_shadow"
    )
    db.execute("DROP TABLE sync_shadow")
    db.execute("ALTER TABLE sync_shadow_new RENAME TO sync_shadow")
