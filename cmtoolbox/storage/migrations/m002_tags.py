"""Tags shared by every kind of record; each kind links them through its own `<kind>_tags` table."""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX tags_name_unique ON tags (lower(name))")
