"""The dashboard's queries: what needs the community manager's attention, over every feature's tables.

Read-only and cheap on a large database: each query starts from an index that holds only the rows it
wants (planned drafts, unread items, media with a rights end date, recent notes...) and reads at most
`limit` rows plus a count. A scope of `client_id=None` means every client (archived ones aside); a
client's scope includes the records shared by every client (notes, feeds and sources without a
client), as their sections do.

Every entry carries what opening its record needs (`kind` is the entity shown by a section, `id` the
record, `client_id` the client to switch to), so the GUI opens it the way it opens a search hit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.timeutil import from_db, to_db

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store

DEFAULT_LIMIT = 8
CHANGES_REQUESTED = "changes_requested"
"""The `status` of an entry whose client asked for changes (the draft went back to "draft")."""
BAT_EVENTS = ("sent", "approved", "changes_requested")
"""The draft events of the proof workflow (BAT): the latest one says where a proof stands."""

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class DashboardEntry:
    """One line of a dashboard card, and the record it opens.

    `kind` is the entity of the record (`Entity.DRAFTS`, `Entity.NOTES`, `Entity.FEED_ITEMS`,
    `Entity.MEDIA`, `Entity.SOURCES`...), `id` its id and `client_id` its client (None: shared).
    `when` is the moment that matters for the card (planned time, last edit, proof sent, link checked),
    `day` a calendar day (the end of a media's rights), `status` a card-specific state (a draft's
    status or `changes_requested`, a rights status, a link status), `count` a number (unread items
    of a feed) and `extra` what the opening section needs besides (the feed of a feed item).
    """

    kind: str
    id: int
    client_id: int | None
    title: str
    when: datetime | None = None
    day: date | None = None
    status: str = ""
    count: int = 0
    detail: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DashboardList:
    """The first entries of a card and how many there are in all (`total` counts records; for unread
    items, `count` sums the unread items of every feed, `total` counts the feeds)."""

    total: int
    entries: tuple[DashboardEntry, ...]
    count: int = 0

    @property
    def empty(self) -> bool:
        return self.total == 0


EMPTY = DashboardList(0, ())


def _first_line(text: str, length: int = 80) -> str:
    for line in text.splitlines():
        line = _SPACES.sub(" ", line).strip().lstrip("#").strip()
        if line:
            return line if len(line) <= length else line[: length - 1].rstrip() + "…"
    return ""


def _counted(
    store: Store, columns: str, from_where: str, order: str, params: list[Any], limit: int
) -> tuple[int, list[Any]]:
    """A card's total and its first `limit` rows in `order` (no rows are read when there are
    none): every card counts, then pages, over the same FROM ... WHERE."""
    total = int(store.db.execute(f"SELECT count(*) {from_where}", params).fetchone()[0])
    if not total:
        return 0, []
    rows = store.db.execute(
        f"SELECT {columns} {from_where} ORDER BY {order} LIMIT ?", [*params, int(limit)]
    ).fetchall()
    return total, rows


def _client_clause(column: str, client_id: int | None, *, shared: bool) -> tuple[str, list[Any]]:
    """`column` restricted to the scope: every client's but the archived ones' (their contract has
    ended: nothing of theirs waits for the CM), else the client's (and the shared ones)."""
    if client_id is None:
        archived = "SELECT id FROM clients WHERE archived_at IS NOT NULL"
        return f"({column} IS NULL OR {column} NOT IN ({archived}))", []
    if shared:
        return f"({column} = ? OR {column} IS NULL)", [client_id]
    return f"{column} = ?", [client_id]


def _networks(store: Store, draft_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    if not draft_ids:
        return {}
    found: dict[int, list[str]] = {}
    for draft_id, network in store.db.execute(
        f"SELECT draft_id, network FROM draft_variants WHERE draft_id IN ({','.join('?' * len(draft_ids))}) "
        "ORDER BY position, id",
        list(draft_ids),
    ):
        found.setdefault(draft_id, []).append(network)
    return {key: tuple(value) for key, value in found.items()}


# -- drafts ------------------------------------------------------------------------------------------
def planned_posts(
    store: Store, client_id: int | None, since: datetime, until: datetime, *, limit: int = DEFAULT_LIMIT
) -> DashboardList:
    """Drafts planned in [since, until) that are not out yet (published or archived ones are done),
    soonest first. Starts from the `drafts_planned` index (only planned, live drafts)."""
    scope, params = _client_clause("d.client_id", client_id, shared=False)
    where = (
        "d.planned_at >= ? AND d.planned_at < ? AND d.planned_at IS NOT NULL AND d.deleted_at IS NULL "
        f"AND d.status NOT IN ('published', 'archived') AND {scope}"
    )
    values = [to_db(since), to_db(until), *params]
    total, rows = _counted(
        store,
        "d.id, d.client_id, d.title, substr(d.body, 1, 300), d.status, d.planned_at",
        f"FROM drafts d WHERE {where}",
        "d.planned_at, d.id",
        values,
        limit,
    )
    if not total:
        return EMPTY
    networks = _networks(store, [r[0] for r in rows])
    return DashboardList(
        total,
        tuple(
            DashboardEntry(
                Entity.DRAFTS,
                id_,
                client,
                title or _first_line(head),
                when=from_db(planned),
                status=status,
                extra={"networks": networks.get(id_, ())},
            )  # fmt: skip
            for id_, client, title, head, status, planned in rows
        ),
    )


def pending_approvals(store: Store, client_id: int | None, *, limit: int = DEFAULT_LIMIT) -> DashboardList:
    """Drafts the client sent back with changes requested (status "draft" whose latest proof event
    is `changes_requested`: the CM has work to do) first, then proofs awaiting the client's answer
    (status "to_approve"); each group by planned time, the soonest first (an answer matters most
    for the post going out next), unplanned ones last. `when` is the request for changes, or when
    the proof was last sent.

    Sent-back drafts come from the `draft_events_changes` index (m013: only those events, each
    checked to be its draft's latest proof event), waiting ones from `drafts_list` (client,
    status); the proof times are read for the entries shown only."""
    scope, params = _client_clause("d.client_id", client_id, shared=False)
    bat = ",".join(f"'{kind}'" for kind in BAT_EVENTS)
    order = "d.planned_at IS NULL, d.planned_at, d.updated_at, d.id"
    columns = "d.id, d.client_id, d.title, substr(d.body, 1, 300), d.planned_at"
    # CROSS JOIN keeps the events as the outer loop: the planner, seeing many drafts in "draft"
    # and no statistics for the partial index, would otherwise read every one of them.
    sent_back_from = (
        "FROM draft_events c CROSS JOIN drafts d ON d.id = c.draft_id "
        f"WHERE c.kind = 'changes_requested' AND d.status = 'draft' AND d.deleted_at IS NULL AND {scope} "
        "AND NOT EXISTS (SELECT 1 FROM draft_events e WHERE e.draft_id = c.draft_id AND e.id > c.id "
        f"AND e.kind IN ({bat}))"
    )
    waiting_from = f"FROM drafts d WHERE d.status = 'to_approve' AND d.deleted_at IS NULL AND {scope}"
    sent_back = store.db.execute(f"SELECT count(*) {sent_back_from}", params).fetchone()[0]
    waiting = store.db.execute(f"SELECT count(*) {waiting_from}", params).fetchone()[0]
    if not sent_back and not waiting:
        return EMPTY
    rows = [
        (*row, CHANGES_REQUESTED)
        for row in store.db.execute(
            f"SELECT {columns}, c.at {sent_back_from} ORDER BY {order}, c.id LIMIT ?", [*params, int(limit)]
        ).fetchall()
    ]
    room = int(limit) - len(rows)
    if room > 0 and waiting:
        shown = store.db.execute(
            f"SELECT {columns}, NULL {waiting_from} ORDER BY {order} LIMIT ?", [*params, room]
        ).fetchall()
        ids = [row[0] for row in shown]
        sent = dict(
            store.db.execute(
                f"SELECT draft_id, max(at) FROM draft_events WHERE draft_id IN ({','.join('?' * len(ids))}) "
                "AND kind = 'sent' GROUP BY draft_id",
                ids,
            ).fetchall()
        )
        rows += [(*row[:-1], sent.get(row[0]), "to_approve") for row in shown]
    networks = _networks(store, [r[0] for r in rows])
    return DashboardList(
        sent_back + waiting,
        tuple(
            DashboardEntry(
                Entity.DRAFTS,
                id_,
                client,
                title or _first_line(head),
                when=from_db(at),
                status=status,
                extra={"networks": networks.get(id_, ()), "planned_at": from_db(planned)},
            )  # fmt: skip
            for id_, client, title, head, planned, at, status in rows
        ),
    )


def missing_metrics(
    store: Store, client_id: int | None, since: datetime, until: datetime, *, limit: int = DEFAULT_LIMIT
) -> DashboardList:
    """Published posts (a draft variant with a publication time in [since, until), its draft not in
    the trash) that have no measurement yet, the oldest first: the longer a post waits, the harder
    its figures are to find. `id` is the draft; `extra` holds the post (`variant_id`, `network`,
    `published_url`). Starts from the `draft_variants_published` index; empty before the metrics
    tables exist."""
    if not _has_table(store, "post_metrics"):
        return EMPTY
    scope, params = _client_clause("d.client_id", client_id, shared=False)
    from_where = (
        "FROM draft_variants v JOIN drafts d ON d.id = v.draft_id "
        "WHERE v.published_at IS NOT NULL AND v.published_at >= ? AND v.published_at < ? "
        f"AND d.deleted_at IS NULL AND {scope} "
        "AND NOT EXISTS (SELECT 1 FROM post_metrics m WHERE m.variant_id = v.id)"
    )
    values = [to_db(since), to_db(until), *params]
    total, rows = _counted(
        store,
        "v.id, v.draft_id, d.client_id, d.title, substr(coalesce(nullif(v.text, ''), d.body), 1, 300), "
        "v.network, v.published_at, v.published_url",
        from_where,
        "v.published_at, v.id",
        values,
        limit,
    )
    if not total:
        return EMPTY
    return DashboardList(
        total,
        tuple(
            DashboardEntry(
                Entity.DRAFTS,
                draft_id,
                client,
                title or _first_line(text),
                when=from_db(published),
                status="published",
                detail=network,
                extra={"variant_id": variant_id, "network": network, "published_url": url},
            )  # fmt: skip
            for variant_id, draft_id, client, title, text, network, published, url in rows
        ),
    )


def _has_table(store: Store, name: str) -> bool:
    return (
        store.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()
        is not None
    )


# -- monitoring --------------------------------------------------------------------------------------
def unread_feeds(store: Store, client_id: int | None, *, limit: int = DEFAULT_LIMIT) -> DashboardList:
    """Feeds with unread items, most unread first; each entry opens the feed's newest unread item
    (`id`, with `extra["feed_id"]`). `count` sums the unread items of every feed in scope.

    Counts come from the `feed_items_unread` index alone (only unread items; covering since m013),
    the newest unread item from `feed_items_feed_sort` (feed, newest first)."""
    scope, params = _client_clause("f.client_id", client_id, shared=True)
    counts = store.db.execute(
        "SELECT i.feed_id, count(*) FROM feed_items i "
        "WHERE i.read_at IS NULL AND i.feed_id IN "
        f"(SELECT f.id FROM feeds f WHERE f.deleted_at IS NULL AND {scope}) "
        "GROUP BY i.feed_id",
        params,
    ).fetchall()
    if not counts:
        return EMPTY
    counts.sort(key=lambda row: (-row[1], row[0]))
    shown = counts[: int(limit)]
    entries: list[DashboardEntry] = []
    for feed_id, unread in shown:
        row = store.db.execute(
            "SELECT f.client_id, coalesce(nullif(f.custom_title, ''), nullif(f.title, ''), f.url), "
            "i.id, i.title, i.sort_at FROM feeds f JOIN feed_items i ON i.feed_id = f.id "
            "WHERE f.id = ? AND i.read_at IS NULL ORDER BY i.sort_at DESC, i.id LIMIT 1",
            [feed_id],
        ).fetchone()
        if row is None:  # read meanwhile
            continue
        client, feed_title, item_id, item_title, sort_at = row
        entries.append(
            DashboardEntry(
                Entity.FEED_ITEMS,
                item_id,
                client,
                feed_title,
                when=from_db(sort_at),
                count=unread,
                detail=_first_line(item_title or ""),
                extra={"feed_id": feed_id},
            )  # fmt: skip
        )
    return DashboardList(len(counts), tuple(entries), count=sum(n for _feed, n in counts))


def dead_links(store: Store, client_id: int | None, *, limit: int = DEFAULT_LIMIT) -> DashboardList:
    """Sources the link check found dead (not moved: those have a new address to adopt), most
    recently checked first. Uses the `sources_dead` index (m013)."""
    # `+s.client_id`: not from the client's index (every source of the client) but from
    # `sources_dead` (m013: only the dead ones), whatever the statistics say.
    scope, params = _client_clause("+s.client_id", client_id, shared=True)
    where = f"s.link_status = 'dead' AND s.deleted_at IS NULL AND {scope}"
    total, rows = _counted(
        store,
        "s.id, s.client_id, CASE WHEN s.title <> '' THEN s.title ELSE s.url END, s.url, "
        "s.link_checked_at, s.link_detail",
        f"FROM sources s WHERE {where}",
        "s.link_checked_at DESC, s.id",
        params,
        limit,
    )
    if not total:
        return EMPTY
    return DashboardList(
        total,
        tuple(
            DashboardEntry(
                Entity.SOURCES,
                id_,
                client,
                title,
                when=from_db(checked),
                status="dead",
                detail=url,
                extra={"reason": reason or ""},
            )  # fmt: skip
            for id_, client, title, url, checked, reason in rows
        ),
    )


# -- library and notebook ----------------------------------------------------------------------------
def expiring_media(
    store: Store, client_id: int | None, today: date, *, limit: int = DEFAULT_LIMIT
) -> DashboardList:
    """Library items whose rights end within RIGHTS_WARNING_DAYS days of `today`, or have ended
    (status `expired`), soonest first: the library's own "flagged" filter. Uses the `media_rights`
    index (only live items with an end date)."""
    from cmtoolbox.storage.media import RIGHTS_WARNING_DAYS  # the library's module: not at import

    scope, params = _client_clause("m.client_id", client_id, shared=False)
    where = f"m.rights_expire_on IS NOT NULL AND m.deleted_at IS NULL AND m.rights_expire_on <= ? AND {scope}"
    values = [(today + timedelta(days=RIGHTS_WARNING_DAYS)).isoformat(), *params]
    total, rows = _counted(
        store,
        "m.id, m.client_id, CASE WHEN m.title <> '' THEN m.title ELSE m.original_name END, "
        "m.rights_expire_on, m.kind, m.licence",
        f"FROM media m WHERE {where}",
        "m.rights_expire_on, m.id",
        values,
        limit,
    )
    if not total:
        return EMPTY
    entries = []
    for id_, client, title, expire, kind, licence in rows:
        day = date.fromisoformat(expire)
        entries.append(
            DashboardEntry(
                Entity.MEDIA,
                id_,
                client,
                title,
                day=day,
                status="expired" if day < today else "expiring",
                count=(day - today).days,
                detail=licence,
                extra={"media_kind": kind},
            )  # fmt: skip
        )
    return DashboardList(total, tuple(entries))


def recent_notes(
    store: Store, client_id: int | None, since: datetime, *, limit: int = DEFAULT_LIMIT
) -> DashboardList:
    """Notes (not templates) edited since `since`, most recent first. Uses the `notes_recent`
    index (m013: live notes by edit time)."""
    scope, params = _client_clause("n.client_id", client_id, shared=True)
    where = f"n.updated_at >= ? AND n.deleted_at IS NULL AND n.is_template = 0 AND {scope}"
    values = [to_db(since), *params]
    total, rows = _counted(
        store,
        "n.id, n.client_id, n.title, substr(n.body, 1, 300), n.updated_at, n.notebook",
        f"FROM notes n WHERE {where}",
        "n.updated_at DESC, n.id DESC",
        values,
        limit,
    )
    if not total:
        return EMPTY
    return DashboardList(
        total,
        tuple(
            DashboardEntry(
                Entity.NOTES, id_, client, title or _first_line(body), when=from_db(updated), detail=notebook
            )
            for id_, client, title, body, updated, notebook in rows
        ),
    )
