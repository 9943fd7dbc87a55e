"""Recompute `url_key` of sources and feeds after `core.urls.normalize_url` grew coarser (issue 15).

The key now also ignores a leading "www.", trailing slashes and how a character is
percent-escaped, so rows stored with the old key must get the new one, or an address added
today would not meet its twin stored yesterday. No schema change.

Two rows of one client (or two shared rows) may now share a key: exactly the duplicates the old
key missed. Nothing is deleted or merged behind the user's back: the row the user sees first
keeps the plain key (a live row before a trashed one, then the oldest), so the next add of that
address is reported as a duplicate of it; each other twin gets `<key>#<id>`, unique, and never
equal to a real key (keys of web addresses have no fragment). Those twins keep working; the
managers re-key a row only when its address changes.

This uses the `normalize_url` of the day on purpose: a later change of the normalisation adds
its own recompute migration.
"""

from __future__ import annotations

from sqlite_utils import Database

from cmtoolbox.core.urls import normalize_url

TABLES = ("sources", "feeds")


def recompute_url_keys(db: Database, table: str) -> int:
    """Give every row of `table` its current key; returns how many rows changed key."""
    rows = db.execute(
        f"SELECT id, coalesce(client_id, 0), url, url_key, deleted_at IS NOT NULL FROM {table} "
        "ORDER BY deleted_at IS NOT NULL, id"
    ).fetchall()
    taken: set[tuple[int, str]] = set()
    wanted: dict[int, str] = {}
    for row_id, scope, url, old_key, _trashed in rows:
        key = normalize_url(url)
        if (scope, key) in taken:
            key = f"{key}#{row_id}"
        taken.add((scope, key))
        if key != old_key:
            wanted[row_id] = key
    # Two passes so a row never meets, in the unique index, the old key of a row not yet updated
    # (keys are stripped text: none starts with a space).
    for row_id in wanted:
        db.execute(f"UPDATE {table} SET url_key = ? WHERE id = ?", [f" moving {row_id}", row_id])
    for row_id, key in wanted.items():
        db.execute(f"UPDATE {table} SET url_key = ? WHERE id = ?", [key, row_id])
    return len(wanted)


def migrate(db: Database) -> None:
    for table in TABLES:
        recompute_url_keys(db, table)
