"""Prefix indexes for the full-text tables created without them (issue 16).

The global search sends the last word as a prefix ("strat*") at every keystroke. Without a
prefix index FTS5 answers that by merging the posting lists of every token starting with it:
on 200,000 feed items a two- or three-letter prefix was most of a 1.5 s query. `prefix='2 3'`
(as notes, media and drafts already have) stores two- and three-letter prefixes as tokens of
their own. An FTS5 option cannot be altered, so each table is rebuilt from its own folded rows:
the text the managers wrote is copied as is, rowids kept, and the delete triggers on the owning
tables keep working since they name the table, not its storage. About 10 s for 200,000 items,
once; the copy `storage.db` makes before migrating covers a failure.
"""

from __future__ import annotations

from sqlite_utils import Database

TABLES = {
    "feed_items_fts": ("title", "author", "body"),
    "sources_fts": ("title", "url", "notes", "tags"),
    "accounts_fts": ("network", "handle", "display_name", "login", "notes"),
}


def migrate(db: Database) -> None:
    for table, columns in TABLES.items():
        names = ", ".join(columns)
        db.execute(f"CREATE TEMP TABLE m014_copy AS SELECT rowid AS id, {names} FROM {table}")
        db.execute(f"DROP TABLE {table}")
        db.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5({names}, "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        db.execute(f"INSERT INTO {table} (rowid, {names}) SELECT id, {names} FROM m014_copy ORDER BY id")
        db.execute("DROP TABLE m014_copy")
