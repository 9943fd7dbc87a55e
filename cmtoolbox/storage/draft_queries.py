"""Reading drafts in bulk: the list (filters, sorts, pages), counts per status, the calendar's
range query, [[draft:...]] link resolution and the global search. Part of the drafts manager
(see storage/drafts.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from cmtoolbox.core.search import build_match_query, snippet_sql, snippet_to_html
from cmtoolbox.storage.draft_model import (
    ENTITY,
    PAGE_SIZE,
    STATUSES,
    Draft,
    DraftBase,
    DraftQuery,
    DraftSort,
    DraftSummary,
    excerpt,
    first_line,
    require_aware,
    title_key,
)
from cmtoolbox.storage.params import in_chunks
from cmtoolbox.storage.search import SearchFilters, SearchHit, ranked_rows
from cmtoolbox.storage.tags import clean_tag
from cmtoolbox.storage.timeutil import from_db, to_db

_SUMMARY_COLUMNS = (
    "d.id, d.uid, d.client_id, d.title, substr(d.body, 1, 600), d.status, d.planned_at, d.planned_tz, "
    "d.published_at, d.updated_at"
)
_STATUS_ORDER = "CASE d.status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUSES)) + " END"
_DISPLAY_TITLE = "lower(CASE WHEN d.title = '' THEN substr(ltrim(d.body), 1, 80) ELSE d.title END)"
_ORDER = {
    DraftSort.UPDATED: "d.updated_at DESC, d.id DESC",
    DraftSort.CREATED: "d.created_at DESC, d.id DESC",
    DraftSort.PLANNED: "d.planned_at IS NULL, d.planned_at, d.id",
    DraftSort.TITLE: f"{_DISPLAY_TITLE}, d.id",
    DraftSort.STATUS: f"{_STATUS_ORDER}, d.updated_at DESC, d.id DESC",
}
# The calendar time of a draft, as SQL: when it went out once published, else when planned.
_CALENDAR_AT = (
    "(CASE WHEN d.status = 'published' AND d.published_at IS NOT NULL "
    "THEN d.published_at ELSE d.planned_at END)"
)


class DraftQueries(DraftBase):
    """The list, counts, calendar, link resolution and search of drafts."""

    def _where(self, query: DraftQuery, *, with_statuses: bool = True) -> tuple[list[str], list[Any]] | None:
        """WHERE parts for `query` over `drafts d`, or None when nothing can match."""
        where = ["d.deleted_at IS NULL"]
        params: list[Any] = []
        if query.client_id is not None:
            where.append("d.client_id = ?")
            params.append(query.client_id)
        if with_statuses:
            statuses = sorted(query.statuses) if query.statuses else [s for s in STATUSES if s != "archived"]
            where.append(f"d.status IN ({','.join('?' * len(statuses))})")
            params += statuses
        if query.text.strip():
            match = build_match_query(query.text)
            if match is None:
                return None
            where.append("d.id IN (SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ?)")
            params.append(match)
        if query.tag:
            where.append(
                "EXISTS (SELECT 1 FROM draft_tags dt JOIN tags t ON t.id = dt.tag_id "
                "WHERE dt.draft_id = d.id AND lower(t.name) = lower(?))"
            )
            params.append(clean_tag(query.tag))
        if query.network:
            where.append("EXISTS (SELECT 1 FROM draft_variants v WHERE v.draft_id = d.id AND v.network = ?)")
            params.append(query.network)
        if query.since is not None:
            where.append(f"{_CALENDAR_AT} >= ?")
            params.append(to_db(require_aware(query.since, "since")))
        if query.until is not None:
            where.append(f"{_CALENDAR_AT} < ?")
            params.append(to_db(require_aware(query.until, "until")))
        return where, params

    def count(self, query: DraftQuery) -> int:
        parts = self._where(query)
        if parts is None:
            return 0
        where, params = parts
        return self._db.execute(
            f"SELECT count(*) FROM drafts d WHERE {' AND '.join(where)}", params
        ).fetchone()[0]

    def ids(self, query: DraftQuery) -> list[int]:
        """Every matching id, in list order (for lazy loading and multi-select)."""
        parts = self._where(query)
        if parts is None:
            return []
        where, params = parts
        rows = self._db.execute(
            f"SELECT d.id FROM drafts d WHERE {' AND '.join(where)} ORDER BY {_ORDER[query.sort]}", params
        ).fetchall()
        return [r[0] for r in rows]

    def page(self, query: DraftQuery, offset: int = 0, limit: int = PAGE_SIZE) -> list[DraftSummary]:
        parts = self._where(query)
        if parts is None:
            return []
        where, params = parts
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM drafts d WHERE {' AND '.join(where)} "
            f"ORDER BY {_ORDER[query.sort]} LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        ).fetchall()
        return self._summaries_from_rows(rows)

    def summaries(self, draft_ids: Iterable[int]) -> list[DraftSummary]:
        """Rows for these ids, in the given order (missing ones skipped)."""
        ids = list(draft_ids)
        if not ids:
            return []
        found: dict[int, DraftSummary] = {}
        for chunk, marks in in_chunks(ids):
            rows = self._db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM drafts d WHERE d.id IN ({marks})", chunk
            ).fetchall()
            found.update((s.id, s) for s in self._summaries_from_rows(rows))
        return [found[i] for i in ids if i in found]

    def _summaries_from_rows(self, rows: Sequence[tuple]) -> list[DraftSummary]:
        ids = [r[0] for r in rows]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        networks: dict[int, list[str]] = {}
        for draft_id, network in self._db.execute(
            f"SELECT draft_id, network FROM draft_variants WHERE draft_id IN ({marks}) ORDER BY position, id",
            ids,
        ):
            networks.setdefault(draft_id, []).append(network)
        media = dict(
            self._db.execute(
                f"SELECT draft_id, count(DISTINCT media_id) FROM draft_media WHERE draft_id IN ({marks}) "
                "GROUP BY draft_id",
                ids,
            ).fetchall()
        )
        tags = self._store.tags.tags_for(ENTITY, ids)
        out: list[DraftSummary] = []
        for id_, uid, client_id, title, head, status, planned, tz, published, updated in rows:
            out.append(
                DraftSummary(
                    id=id_,
                    uid=uid,
                    client_id=client_id,
                    title=title or first_line(head),
                    excerpt=excerpt(head),
                    status=status,
                    planned_at=from_db(planned),
                    planned_tz=tz,
                    published_at=from_db(published),
                    updated_at=from_db(updated),  # type: ignore[arg-type]
                    networks=tuple(networks.get(id_, ())),
                    tags=tuple(tags.get(id_, ())),
                    media_count=media.get(id_, 0),
                )
            )
        return out

    def counts_by_status(self, query: DraftQuery) -> dict[str, int]:
        """How many drafts of `query` (its statuses ignored) are in each status, every status
        present (zeros included), archived too: the filter chips' figures."""
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        parts = self._where(query, with_statuses=False)
        if parts is None:
            return counts
        where, params = parts
        for status, n in self._db.execute(
            f"SELECT d.status, count(*) FROM drafts d WHERE {' AND '.join(where)} GROUP BY d.status", params
        ):
            counts[status] = n
        return counts

    def calendar(
        self, since: datetime, until: datetime, *, client_id: int | None = None, statuses: Iterable[str] = ()
    ) -> list[DraftSummary]:
        """Planned and published drafts whose calendar time falls in [since, until), in time
        order: what a month or week view draws, in one query."""
        query = DraftQuery(
            client_id=client_id,
            statuses=frozenset(statuses),
            since=since,
            until=until,
            sort=DraftSort.PLANNED,
        )
        parts = self._where(query)
        if parts is None:
            return []
        where, params = parts
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM drafts d WHERE {' AND '.join(where)} "
            f"ORDER BY {_CALENDAR_AT}, d.id",
            params,
        ).fetchall()
        return self._summaries_from_rows(rows)

    def tag_names(self, client_id: int | None) -> list[str]:
        return self._store.tags.names(ENTITY, client_id=client_id)

    def resolve(self, title: str, *, client_id: int | None) -> Draft | None:
        """The draft a [[draft:Title]] link opens: the client's own first (most recently edited),
        then any client's when `client_id` is None."""
        key = title_key(title)
        if not key:
            return None
        row = self._db.execute(
            "SELECT id FROM drafts WHERE title_key = ? AND deleted_at IS NULL "
            "AND (? IS NULL OR client_id = ?) ORDER BY updated_at DESC LIMIT 1",
            [key, client_id, client_id],
        ).fetchone()
        return self.get(row[0]) if row else None

    def existing_keys(self, keys: Iterable[str], *, client_id: int | None) -> set[str]:
        """Which folded titles name a live draft visible from `client_id` (for red/blue links)."""
        wanted = sorted({k for k in keys if k})
        found: set[str] = set()
        for chunk, marks in in_chunks(wanted):
            rows = self._db.execute(
                f"SELECT DISTINCT title_key FROM drafts WHERE title_key IN ({marks}) "
                "AND deleted_at IS NULL AND (? IS NULL OR client_id = ?)",
                [*chunk, client_id, client_id],
            ).fetchall()
            found.update(r[0] for r in rows)
        return found

    # -- search ------------------------------------------------------------------------------------
    def search(self, match: str, filters: SearchFilters, limit: int = 20) -> list[SearchHit]:
        """Global-search provider (Ctrl+K): `match` comes from `build_match_query`."""
        where = ["drafts_fts MATCH ?", "d.deleted_at IS NULL"]
        params: list[Any] = [match]
        if filters.client_id is not None:
            where.append("d.client_id = ?")
            params.append(filters.client_id)
        if filters.tag:
            where.append(
                "EXISTS (SELECT 1 FROM draft_tags dt JOIN tags t ON t.id = dt.tag_id "
                "WHERE dt.draft_id = d.id AND lower(t.name) = lower(?))"
            )
            params.append(clean_tag(filters.tag))
        period, values = filters.period_sql("d.updated_at")
        where += period
        params += values
        rows = ranked_rows(  # the newest matches only: ranking 20,000 drafts took 40 ms
            self._db,
            "drafts_fts",
            match,
            "d.id, d.client_id, d.title, substr(d.body, 1, 200), d.updated_at, d.status, "
            f"d.planned_at, {snippet_sql('drafts_fts', -1, max_tokens=24)}",
            f"FROM drafts_fts JOIN drafts d ON d.id = drafts_fts.rowid WHERE {' AND '.join(where)}",
            params,
            limit,
        )
        return [
            SearchHit(
                kind=ENTITY,
                id=id_,
                client_id=client_id,
                title=title or first_line(head),
                snippet_html=snippet_to_html(snippet),
                updated_at=from_db(updated),
                extra={"status": status, "planned_at": from_db(planned)},
            )
            for id_, client_id, title, head, updated, status, planned, snippet in rows
        ]
