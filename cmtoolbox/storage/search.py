"""The global search: each kind of record contributes a provider; results come back grouped.

Each entity declares its provider in its `EntitySpec`. Providers run SQLite FTS5 queries built by
`cmtoolbox.core.search.build_match_query` (user input is never passed raw to MATCH) and return
`SearchHit`s with an HTML snippet (marks already escaped).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cmtoolbox.core.search import build_match_query, no_single_letter_prefix
from cmtoolbox.storage.timeutil import to_db

if TYPE_CHECKING:
    from sqlite_utils import Database

    from cmtoolbox.storage.store import Store


@dataclass(frozen=True)
class SearchFilters:
    client_id: int | None = None  # None: all clients
    tag: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def period_sql(self, column: str) -> tuple[list[str], list[object]]:
        """WHERE clauses and their values keeping `column` (a stored UTC time) in [since, until)."""
        clauses: list[str] = []
        values: list[object] = []
        if self.since is not None:
            clauses.append(f"{column} >= ?")
            values.append(to_db(self.since))
        if self.until is not None:
            clauses.append(f"{column} < ?")
            values.append(to_db(self.until))
        return clauses, values


@dataclass(frozen=True)
class SearchHit:
    kind: str  # provider kind: "notes", "drafts", "sources", "feed_items", "media"
    id: int
    client_id: int | None
    title: str
    snippet_html: str
    updated_at: datetime | None = None
    extra: dict[str, object] = field(default_factory=dict)


SearchFn = Callable[["Store", str, SearchFilters, int], list[SearchHit]]


@dataclass(frozen=True)
class SearchProvider:
    kind: str
    order: int  # position of the group in the results
    search: SearchFn


RANK_WINDOW = 1000
"""How many of the newest matches a provider ranks with bm25 (see `rank_cutoff`); 2000 cost a
quarter more per keystroke on years of data for rankings nobody scrolls to."""


def rank_cutoff(db: Database, fts_table: str, match: str, window: int | None = None) -> int | None:
    """The smallest rowid among the `window` newest matches, or None when fewer match.

    bm25 scores every match before LIMIT applies: for a common word or a short prefix that is
    most of 200,000 feed items (1.5 s). Ranking only the newest `window` matches (rows at or
    above the cutoff; FTS5 walks rowids in order and stops early) costs a few milliseconds
    whatever the query, and the newest matches are the ones a search box is for."""
    if not fts_table.isidentifier():
        raise ValueError(f"not a plain SQL identifier: {fts_table!r}")
    row = db.execute(
        f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        [match, (window or RANK_WINDOW) - 1],
    ).fetchone()
    return None if row is None else int(row[0])


def ranked_rows(
    db: Database,
    fts_table: str,
    match: str,
    columns: str,
    source: str,
    params: list[Any],
    limit: int,
    *,
    rank: str = "rank",
) -> list[tuple[Any, ...]]:
    """`SELECT {columns} {source}` best first by `rank`, at most `limit` rows. `source` is the
    FROM ... WHERE ... part (its MATCH and filters take `params`), over `fts_table`.

    bm25 runs on the newest matches only (`rank_cutoff`); when filters leave fewer than `limit`
    of those, the filtered matches come newest first instead. (Computing the snippets in a
    second query for the rows shown only was tried: FTS5 then re-evaluates the MATCH once per
    row, four times slower for a prefix longer than the prefix index.)"""
    select = f"SELECT {columns} {source}"
    cutoff = rank_cutoff(db, fts_table, match)
    if cutoff is None:
        return list(db.execute(f"{select} ORDER BY {rank} LIMIT ?", [*params, int(limit)]).fetchall())
    rows = db.execute(
        f"{select} AND {fts_table}.rowid >= ? ORDER BY {rank} LIMIT ?", [*params, cutoff, int(limit)]
    ).fetchall()
    if len(rows) < limit:
        newest = f"{select} ORDER BY {fts_table}.rowid DESC LIMIT ?"
        rows = db.execute(newest, [*params, int(limit)]).fetchall()
    return list(rows)


class SearchTicket:
    """Lets the UI thread give up a search it no longer needs: each keystroke cancels the
    previous ticket, so a stale query stops where it is (between providers, or inside a
    statement through SQLite's progress handler) instead of holding the database thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


PROGRESS_STEPS = 20_000
"""SQLite virtual-machine steps between two looks at the ticket (well under a millisecond)."""


def search_all(
    store: Store,
    text: str,
    filters: SearchFilters | None = None,
    *,
    limit_per_kind: int = 20,
    ticket: SearchTicket | None = None,
) -> dict[str, list[SearchHit]]:
    """Hits grouped by kind, in provider order; empty when the query has nothing searchable,
    and when `ticket` was cancelled before the search finished (its answer is stale anyway:
    `ticket.cancelled` tells the two apart)."""
    query = build_match_query(text)
    if query is None:
        return {}
    query = no_single_letter_prefix(query)
    filters = filters or SearchFilters()
    results: dict[str, list[SearchHit]] = {}
    if ticket is not None:
        if ticket.cancelled:
            return {}
        store.db.conn.set_progress_handler(lambda: int(ticket.cancelled), PROGRESS_STEPS)
    try:
        for provider in store.entities.search_providers():
            hits = provider.search(store, query, filters, limit_per_kind)
            if ticket is not None and ticket.cancelled:
                return {}
            if hits:
                results[provider.kind] = hits
    except sqlite3.OperationalError:
        if ticket is not None and ticket.cancelled:  # "interrupted" by the progress handler
            return {}
        raise
    finally:
        if ticket is not None:
            store.db.conn.set_progress_handler(None, 0)
    return results
