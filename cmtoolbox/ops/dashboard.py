"""Operations of the dashboard (Tableau de bord): what needs attention today or this week.

Named reads over every feature's records, for one client (with the records shared by every client)
or all clients; the queries live in `storage/dashboard.py`. `overview` reads every card in one trip
to the database thread, which is what the page and the benchmark (`benchmarks/bench_dashboard.py`)
call; each card's operation can be called alone too.

The period is computed here, without Qt, from the local time the caller gives: "today" is the local
day, "week" the calendar week holding today (Monday first unless told otherwise). Planned posts are
those of the period; notes are those edited in it ("week": the last 7 days, so Monday morning still
shows last week's work); approvals, unread items, rights and dead links are shown whatever the
period, since they wait until someone acts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from cmtoolbox.storage import dashboard as queries
from cmtoolbox.storage.dashboard import DEFAULT_LIMIT, DashboardEntry, DashboardList
from cmtoolbox.storage.store import Store

__all__ = [
    "Card",
    "Dashboard",
    "DashboardEntry",
    "DashboardList",
    "Period",
    "Scope",
    "dead_links",
    "expiring_media",
    "missing_metrics",
    "overview",
    "pending_approvals",
    "period_bounds",
    "planned_posts",
    "recent_notes",
    "unread_feeds",
]

METRICS_WINDOW_DAYS = 30
"""Published posts older than this are no longer asked for their figures."""


class Period(StrEnum):
    TODAY = "today"
    WEEK = "week"


class Card(StrEnum):
    """The dashboard's cards, in the order they are shown."""

    PLANNED = "planned"
    APPROVALS = "approvals"
    METRICS = "metrics"
    UNREAD = "unread"
    RIGHTS = "rights"
    NOTES = "notes"
    DEAD_LINKS = "dead_links"


@dataclass(frozen=True)
class Scope:
    """What the dashboard looks at: a client (None: all clients), a period, and the local time
    (aware) the period is computed from; `first_weekday` is 0 for Monday ... 6 for Sunday."""

    client_id: int | None
    period: Period
    now: datetime
    first_weekday: int = 0
    limit: int = DEFAULT_LIMIT

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("the dashboard needs an aware local time")
        if not 0 <= self.first_weekday <= 6:
            raise ValueError("first_weekday is 0 (Monday) to 6 (Sunday)")

    @property
    def today(self) -> date:
        return self.now.date()

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        return period_bounds(self.period, self.now, self.first_weekday)

    @property
    def notes_since(self) -> datetime:
        start = _midnight(self.now, self.today)
        return start if self.period == Period.TODAY else start - timedelta(days=6)


@dataclass(frozen=True)
class Dashboard:
    """Every card of the dashboard for one scope, read together so they agree."""

    scope: Scope
    cards: dict[Card, DashboardList]

    def __getitem__(self, card: Card) -> DashboardList:
        return self.cards[card]

    @property
    def empty(self) -> bool:
        return all(found.empty for found in self.cards.values())


def _midnight(now: datetime, day: date) -> datetime:
    """The start of `day` in `now`'s time zone (a fixed-offset zone is all an aware local time has)."""
    return datetime.combine(day, time(), tzinfo=now.tzinfo)


def period_bounds(period: Period | str, now: datetime, first_weekday: int = 0) -> tuple[datetime, datetime]:
    """[start, end) of the local day, or of the calendar week starting on `first_weekday`, holding
    `now`."""
    today = now.date()
    if Period(period) == Period.TODAY:
        start = _midnight(now, today)
        return start, start + timedelta(days=1)
    first = today - timedelta(days=(today.weekday() - first_weekday) % 7)
    start = _midnight(now, first)
    return start, start + timedelta(days=7)


# -- the cards -----------------------------------------------------------------------------------------
def planned_posts(store: Store, scope: Scope) -> DashboardList:
    since, until = scope.bounds
    return queries.planned_posts(store, scope.client_id, since, until, limit=scope.limit)


def pending_approvals(store: Store, scope: Scope) -> DashboardList:
    return queries.pending_approvals(store, scope.client_id, limit=scope.limit)


def missing_metrics(store: Store, scope: Scope) -> DashboardList:
    """Posts published in the last METRICS_WINDOW_DAYS days (up to now) that have no measurement."""
    until = min(scope.now, scope.bounds[1])
    return queries.missing_metrics(
        store, scope.client_id, until - timedelta(days=METRICS_WINDOW_DAYS), until, limit=scope.limit
    )


def unread_feeds(store: Store, scope: Scope) -> DashboardList:
    return queries.unread_feeds(store, scope.client_id, limit=scope.limit)


def expiring_media(store: Store, scope: Scope) -> DashboardList:
    return queries.expiring_media(store, scope.client_id, scope.today, limit=scope.limit)


def recent_notes(store: Store, scope: Scope) -> DashboardList:
    return queries.recent_notes(store, scope.client_id, scope.notes_since, limit=scope.limit)


def dead_links(store: Store, scope: Scope) -> DashboardList:
    return queries.dead_links(store, scope.client_id, limit=scope.limit)


CARDS = {  # each card and the operation reading it
    Card.PLANNED: planned_posts,
    Card.APPROVALS: pending_approvals,
    Card.METRICS: missing_metrics,
    Card.UNREAD: unread_feeds,
    Card.RIGHTS: expiring_media,
    Card.NOTES: recent_notes,
    Card.DEAD_LINKS: dead_links,
}


def overview(store: Store, scope: Scope) -> Dashboard:
    """Every card for `scope`, in one read."""
    return Dashboard(scope, {card: read(store, scope) for card, read in CARDS.items()})
