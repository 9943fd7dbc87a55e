"""Clients (every record belongs to one) and settings (app-wide or per client)."""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            color TEXT,
            notes TEXT NOT NULL DEFAULT '',
            is_sample INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            archived_at TEXT
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX clients_name_unique ON clients (lower(name))")
    # scope '' holds app-wide settings, 'client:<id>' a client's own ones.
    db.execute(
        """
        CREATE TABLE settings (
            scope TEXT NOT NULL DEFAULT '',
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (scope, key)
        )
        """
    )
