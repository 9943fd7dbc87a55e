"""The global search (Ctrl+K): every declared entity's provider, grouped."""

from __future__ import annotations

from cmtoolbox.storage.search import SearchFilters, SearchHit, SearchTicket, search_all
from cmtoolbox.storage.store import Store

__all__ = ["LIMIT_PER_KIND", "SearchTicket", "search_everything", "tag_names"]

LIMIT_PER_KIND = 20


def search_everything(
    store: Store,
    text: str,
    filters: SearchFilters,
    limit_per_kind: int = LIMIT_PER_KIND,
    ticket: SearchTicket | None = None,
) -> dict[str, list[SearchHit]] | None:
    """None when `ticket` was cancelled meanwhile (a newer query was typed)."""
    results = search_all(store, text, filters, limit_per_kind=limit_per_kind, ticket=ticket)
    return None if ticket is not None and ticket.cancelled else results


def tag_names(store: Store) -> list[str]:
    return store.tags.names()
