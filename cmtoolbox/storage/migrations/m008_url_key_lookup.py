"""Indexes for looking a source or a feed up by its normalised address alone.

The unique indexes of m005 are on `(coalesce(client_id, 0), url_key)`: they keep one row per
client and address, but the duplicate check asks "which row does this client see at this
address, its own or a shared one?" (`Manager._visible_url_match`), which that expression index
cannot answer. SQLite then walked every row of the client for each lookup, so importing N
bookmarks cost O(N²): 10,000 took about a minute, 100,000 did not finish. With `url_key` first,
each lookup reads the one or two rows holding that address.
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.execute("CREATE INDEX sources_url_key ON sources (url_key)")
    db.execute("CREATE INDEX feeds_url_key ON feeds (url_key)")
