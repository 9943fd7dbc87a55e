"""The global search: each kind of record contributes a provider; results come back grouped.

Each entity declares its provider in its `EntitySpec`. Providers run SQLite FTS5 queries built by
`cmtoolbox.core.search.build_match_query` (user input is never passed raw to MATCH) and return
`SearchHit`s with an HTML snippet (marks already escaped).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from cmtoolbox.core.search import build_match_query
from cmtoolbox.storage.timeutil import to_db

if TYPE_CHECKING:
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


def search_all(
    store: Store, text: str, filters: SearchFilters | None = None, *, limit_per_kind: int = 20
) -> dict[str, list[SearchHit]]:
    """Hits grouped by kind, in provider order; empty when the query has nothing searchable."""
    query = build_match_query(text)
    if query is None:
        return {}
    filters = filters or SearchFilters()
    results: dict[str, list[SearchHit]] = {}
    for provider in store.entities.search_providers():
        hits = provider.search(store, query, filters, limit_per_kind)
        if hits:
            results[provider.kind] = hits
    return results
