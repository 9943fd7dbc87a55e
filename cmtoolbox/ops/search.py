"""The global search (Ctrl+K): every declared entity's provider, grouped."""

from __future__ import annotations

from cmtoolbox.storage.search import SearchFilters, SearchHit, search_all
from cmtoolbox.storage.store import Store

LIMIT_PER_KIND = 20


def search_everything(
    store: Store, text: str, filters: SearchFilters, limit_per_kind: int = LIMIT_PER_KIND
) -> dict[str, list[SearchHit]]:
    return search_all(store, text, filters, limit_per_kind=limit_per_kind)


def tag_names(store: Store) -> list[str]:
    return store.tags.names()
