"""Results: what worked for a client, the best slots to publish, the monthly report's figures.

Named reads that load a client's published posts (with their latest measurement), its plan and its
follower counts from storage, turn them into `core.results` rows and compute there. The GUI runs
them with `ctx.runner.read`, the CLI with `read_data_folder`; a report is kept in the carnet by
`save_report_note`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

from cmtoolbox.core import results
from cmtoolbox.core.counters import count
from cmtoolbox.core.networks import NETWORKS
from cmtoolbox.core.results import Basis, FollowerCount, Period, PlanRow, PostRow, ReportFigures, Slot
from cmtoolbox.core.schedule import DEFAULT_ZONE, InvalidZone, zone
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.draft_model import STATUSES, Draft
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.metrics import PublishedPost
from cmtoolbox.storage.notes import Note
from cmtoolbox.storage.store import Store

CM_NAME_KEY = "report.cm_name"
MAX_CM_NAME = 120
REPORT_NOTEBOOK = {"fr": "Rapports", "en": "Reports"}
REPORT_TAG = {"fr": "rapport", "en": "report"}
# The plan is read through the calendar, which files a published draft at its publication time:
# a post planned on the 30th and published on the 2nd must still be found.
PLAN_MARGIN = timedelta(days=62)


# -- rows -------------------------------------------------------------------------------------------
class _Drafts:
    """Drafts read once per operation (a draft posted on four networks is one read)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._drafts: dict[int, Draft] = {}
        self._kinds: dict[int, str] = {}

    def get(self, draft_id: int) -> Draft:
        if draft_id not in self._drafts:
            self._drafts[draft_id] = self._store.drafts.get(draft_id)
        return self._drafts[draft_id]

    def media_kinds(self, ids: tuple[int, ...]) -> list[str]:
        missing = [i for i in ids if i not in self._kinds]
        for item in self._store.media.many(missing):
            self._kinds[item.id] = item.kind
        return [self._kinds[i] for i in ids if i in self._kinds]


def _too_long(network: str, text: str) -> bool:
    problems = count(network, text.strip()).problems
    return any(p.code in ("over_limit", "too_many_bytes") for p in problems)


def _format(post: PublishedPost, draft: Draft, drafts: _Drafts) -> results.Format:
    entry = NETWORKS.get(post.network)
    threads = bool(entry is not None and entry.threads)
    # A thread is a text too long for one post; checking that is enough (splitting it whole, as
    # core.threads does, costs 1.4 s for a thousand long posts, nearly all of "what worked").
    parts = 2 if threads and post.text.strip() and _too_long(post.network, post.text) else 1
    variant = draft.variant(post.network)
    media = draft.media_ids + (variant.media_ids if variant is not None else ())
    return results.post_format(threads, parts, drafts.media_kinds(media))


def _row(post: PublishedPost, drafts: _Drafts, with_format: bool = True) -> PostRow:
    draft = drafts.get(post.draft_id)
    latest = post.latest
    figures = {name: getattr(latest, name) if latest is not None else None for name in results.SUMMED}
    return PostRow(
        post_id=post.variant_id,
        draft_id=post.draft_id,
        network=post.network,
        text=post.text,
        published_at=post.published_at,
        format=_format(post, draft, drafts) if with_format else "text",
        zone=draft.planned_tz or DEFAULT_ZONE,
        tags=post.tags,
        title=post.title,
        url=post.published_url,
        **figures,
    )


def post_rows(
    store: Store,
    client_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    with_format: bool = True,
) -> list[PostRow]:
    """The client's posts published in [start, end) (UTC), oldest first, with their figures.
    `with_format=False` skips telling threads and media apart (the best slots need neither)."""
    drafts = _Drafts(store)
    posts = store.metrics.published_posts(client_id, start=start, end=end)
    return [_row(p, drafts, with_format) for p in posts]


def _utc_bounds(period: Period, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants around the period's days, a day wider on each side: posts are kept or not
    on their own zone's calendar by core.results."""
    try:
        tz = zone(zone_name)
    except InvalidZone:
        tz = zone(DEFAULT_ZONE)
    start = datetime.combine(period.first - timedelta(days=1), time(0), tz).astimezone(UTC)
    end = datetime.combine(period.last + timedelta(days=2), time(0), tz).astimezone(UTC)
    return start, end


def plan_rows(store: Store, client_id: int, period: Period, zone_name: str = DEFAULT_ZONE) -> list[PlanRow]:
    """Every variant of the client's drafts planned around the period (core.results keeps those
    planned on one of its days), with when it went out."""
    start, end = _utc_bounds(period, zone_name)
    summaries = store.drafts.calendar(
        start - PLAN_MARGIN, end + PLAN_MARGIN, client_id=client_id, statuses=STATUSES
    )
    rows = []
    for summary in summaries:
        if summary.planned_at is None or not start <= summary.planned_at < end:
            continue
        draft = store.drafts.get(summary.id)
        for variant in draft.variants:
            rows.append(PlanRow(draft.id, variant.network, draft.planned_at, variant.published_at))
    return rows


def follower_counts(store: Store, client_id: int, period: Period) -> list[FollowerCount]:
    """The follower counts the report compares: the month before the period to its last month."""
    before = (period.first.replace(day=1) - timedelta(days=1)).replace(day=1)
    counts = store.metrics.followers(
        client_id, start_month=f"{before:%Y-%m}", end_month=f"{period.last:%Y-%m}"
    )
    return [FollowerCount(c.network, datetime.strptime(c.month, "%Y-%m").date(), c.followers) for c in counts]


# -- reads -------------------------------------------------------------------------------------------
def what_worked(store: Store, client_id: int, basis: Basis = "reach") -> results.WhatWorked:
    """Rates by network, weekday, hour, tag, format and length, the top and flop posts and the
    best slots, over the client's whole history."""
    return results.what_worked(post_rows(store, client_id), basis)


def best_slots(
    store: Store, client_id: int, network: str | None, basis: Basis = "reach", count: int = 3
) -> list[Slot]:
    """The weekday-and-hour slots where this client's posts on `network` (None: any) did best."""
    return results.best_slots(post_rows(store, client_id, with_format=False), network, basis, count)


def best_slots_for(
    store: Store, client_id: int, networks: Sequence[str], basis: Basis = "reach", count: int = 3
) -> list[tuple[str | None, Slot]]:
    """The best slots of each of a draft's networks (or of all its posts when it has none), the
    history read once: what the drafts editor's "Best slots" menu offers."""
    rows = post_rows(store, client_id, with_format=False)
    if not networks:
        return [(None, slot) for slot in results.best_slots(rows, None, basis, count)]
    return [
        (network, slot) for network in networks for slot in results.best_slots(rows, network, basis, count)
    ]


def report_figures(
    store: Store, client_id: int, period: Period, basis: Basis = "reach", zone_name: str | None = None
) -> ReportFigures:
    """Everything the client's report for `period` shows, its days read in `zone_name` (default:
    the zone the client's posts are planned in). Raises NotFound for an unknown client."""
    from cmtoolbox.ops.calendar import planning_zone

    client = store.clients.get(client_id)
    zone_name = zone_name or planning_zone(store, client_id)
    start, end = _utc_bounds(period, zone_name)
    return results.report_figures(
        client.name,
        period,
        post_rows(store, client_id, start, end),
        plan_rows(store, client_id, period, zone_name),
        follower_counts(store, client_id, period),
        basis=basis,
        zone_name=zone_name,
    )


# -- the CM's name -------------------------------------------------------------------------------------
def cm_name(store: Store) -> str:
    """The name the CM signs reports with ("" until set)."""
    value = store.settings.get(CM_NAME_KEY, "")
    return value if isinstance(value, str) else ""


def set_cm_name(store: Store, name: str) -> str:
    cleaned = " ".join(name.split())
    if len(cleaned) > MAX_CM_NAME:
        raise InvalidValue("name too long", field="cm_name", reason="too_long")
    store.settings.set(CM_NAME_KEY, cleaned)
    return cleaned


# -- keeping a report ---------------------------------------------------------------------------------
def save_report_note(
    store: Store, client_id: int, title: str, body: str, lang: str = "fr"
) -> Undoable[Note] | Note:
    """Keep a report in the client's carnet. A report of the same title (the same month, made
    again) is updated, its previous text kept in the note's history; a new one goes to the
    "Reports" notebook, and its undo moves it to the trash."""
    from cmtoolbox.ops import notes

    existing = store.notes.resolve(title, client_id=client_id)
    if existing is not None and existing.client_id == client_id:
        return store.notes.save(existing.id, title=existing.title, body=body, checkpoint=True)
    key = "fr" if lang.startswith("fr") else "en"
    note = store.notes.create(client_id, title, body, notebook=REPORT_NOTEBOOK[key], tags=(REPORT_TAG[key],))
    return Undoable(note, call(notes.move_to_trash, note.id))
