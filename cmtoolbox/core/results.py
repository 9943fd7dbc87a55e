"""What worked, and the figures of a client's monthly report: pure functions on plain rows.

Every rate here is one of the notebook's KPI formulas (`core.kpi`), never a second definition:
`engagement_rate` applies `kpi.engagement_rate_reach` (or `_impressions`, the `basis`) and
`follower_growth` applies `kpi.growth_rate`, and `formula_text` gives the formula as the KPI
calculator shows it, so a figure in the app or in a report can be printed next to its formula.

A group's rate is the formula applied to the group's *totals* (engagements of its posts / their
reach × 100), not the mean of its posts' rates: a post seen by 12 people and liked by 3 (25 %)
must not weigh as much as one seen by 12 000. Posts without the basis figure (reach not measured,
or 0) are counted as posts but left out of the rate, which is None when no post has it.

"Engagements" are what the KPI's input of that name lists: reactions, comments, shares, saves and
clicks (video views are not engagements). A figure a network does not report is None, not 0.

Weekdays and hours are read on the clock of the zone the post was planned in (a 9 o'clock post in
Paris is a 9 o'clock post, whatever zone the CM is in when reading the figures).
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal, TypeVar

import regex

from cmtoolbox.core import kpi
from cmtoolbox.core.metrics_import import ENGAGEMENT_PARTS
from cmtoolbox.core.schedule import DEFAULT_ZONE, InvalidZone, zone

Format = Literal["text", "image", "video", "thread"]
FORMATS: tuple[Format, ...] = ("text", "image", "video", "thread")
Basis = Literal["reach", "impressions"]
BASES: tuple[Basis, ...] = ("reach", "impressions")

LENGTH_LIMITS = (100, 280, 1000)
"""Upper bounds (exclusive, in characters) of the length buckets: 0–99, 100–279, 280–999, 1000+."""
LENGTH_BUCKETS: tuple[str, ...] = ("0-99", "100-279", "280-999", "1000+")

TOP_COUNT = 3
DAILY_TIMELINE_MAX_DAYS = 62  # longer periods are drawn week by week

K = TypeVar("K", bound=Hashable)

_GRAPHEME = regex.compile(r"\X")


# -- rows --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PostRow:
    """One published post on one network (a draft's variant) with its latest measured figures."""

    post_id: int  # the variant's id
    draft_id: int
    network: str  # core.networks id
    text: str
    published_at: datetime  # aware, UTC
    format: Format = "text"
    zone: str = DEFAULT_ZONE  # the zone it was planned in: its weekday and hour are read there
    tags: tuple[str, ...] = ()
    title: str = ""
    url: str = ""
    impressions: int | None = None
    reach: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    clicks: int | None = None
    video_views: int | None = None

    @property
    def engagements(self) -> int | None:
        """Reactions + comments + shares + saves + clicks; None when none of them was measured."""
        parts = [getattr(self, name) for name in ENGAGEMENT_PARTS]
        known = [p for p in parts if p is not None]
        return sum(known) if known else None

    def base(self, basis: Basis) -> int | None:
        value: int | None = getattr(self, basis)
        return value

    @property
    def local(self) -> datetime:
        """When it went out, on the clock of its zone."""
        try:
            tz = zone(self.zone)
        except InvalidZone:
            tz = zone(DEFAULT_ZONE)
        return self.published_at.astimezone(tz)

    @property
    def length(self) -> int:
        """Its length in characters as a reader counts them (grapheme clusters)."""
        return len(_GRAPHEME.findall(self.text))

    @property
    def measured(self) -> bool:
        return any(getattr(self, n) is not None for n in ("impressions", "reach", *ENGAGEMENT_PARTS))


@dataclass(frozen=True)
class PlanRow:
    """A draft's variant as the plan knew it: when it was planned, when (if) it went out."""

    draft_id: int
    network: str
    planned_at: datetime | None  # aware UTC
    published_at: datetime | None  # aware UTC


@dataclass(frozen=True)
class FollowerCount:
    """The followers of the client on a network at the end of a month (`month` = its first day)."""

    network: str
    month: date
    followers: int


# -- the formula ---------------------------------------------------------------------------------------
def formula_id(basis: Basis) -> str:
    return f"engagement_rate_{basis}"


def formula_text(basis: Basis = "reach", lang: kpi.Lang = "fr") -> str:
    """The engagement rate's formula as the KPI calculator writes it: "Taux d’engagement =
    interactions / portée × 100"."""
    return kpi.FORMULAS[formula_id(basis)].display[lang]


def engagement_rate(engagements: float, base: float, basis: Basis = "reach") -> float | None:
    """The KPI's engagement rate in percent, or None when there is nothing to divide by."""
    if base <= 0:
        return None
    return kpi.evaluate(formula_id(basis), {"engagements": engagements, basis: base}).value


def post_rate(post: PostRow, basis: Basis = "reach") -> float | None:
    base = post.base(basis)
    engagements = post.engagements
    if base is None or engagements is None:
        return None
    return engagement_rate(engagements, base, basis)


def follower_growth(start: int | None, end: int | None) -> float | None:
    """`kpi.growth_rate` in percent, or None when a count is missing or the start is 0."""
    if start is None or end is None or start <= 0:
        return None
    return kpi.growth_rate(start, end)


# -- groups -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Group:
    """Posts sharing a trait (a network, a weekday, a tag...) and their pooled rate."""

    key: object
    posts: int
    engagements: int  # of every post of the group
    base: int  # the basis total of the posts that count in the rate
    rated_posts: int  # posts that have both figures
    rate: float | None  # engagements of the rated posts / base × 100

    @property
    def average_engagements(self) -> float:
        return self.engagements / self.posts if self.posts else 0.0


def _group(key: object, posts: Sequence[PostRow], basis: Basis) -> Group:
    rated = [p for p in posts if p.engagements is not None and (p.base(basis) or 0) > 0]
    rated_engagements = sum(p.engagements or 0 for p in rated)
    base = sum(p.base(basis) or 0 for p in rated)
    return Group(
        key=key,
        posts=len(posts),
        engagements=sum(p.engagements or 0 for p in posts),
        base=base,
        rated_posts=len(rated),
        rate=engagement_rate(rated_engagements, base, basis) if rated else None,
    )


def group_by(
    posts: Iterable[PostRow],
    keys: Callable[[PostRow], Iterable[K]],
    basis: Basis = "reach",
    *,
    order: Sequence[K] | None = None,
) -> list[Group]:
    """One group per key (a post may fall in several: its tags). With `order`, the groups come in
    that order, empty ones included (every weekday on a chart); else by rate, best first."""
    buckets: dict[K, list[PostRow]] = defaultdict(list)
    for post in posts:
        for key in keys(post):
            buckets[key].append(post)
    if order is not None:
        return [_group(key, buckets.get(key, []), basis) for key in order]
    groups = [_group(key, members, basis) for key, members in buckets.items()]
    groups.sort(key=lambda g: (g.rate is None, -(g.rate or 0.0), -g.posts, str(g.key)))
    return groups


def length_bucket(length: int) -> str:
    for limit, name in zip(LENGTH_LIMITS, LENGTH_BUCKETS, strict=False):
        if length < limit:
            return name
    return LENGTH_BUCKETS[-1]


def by_network(posts: Iterable[PostRow], basis: Basis = "reach") -> list[Group]:
    return group_by(posts, lambda p: (p.network,), basis)


def by_weekday(posts: Iterable[PostRow], basis: Basis = "reach") -> list[Group]:
    """Monday (0) to Sunday (6), every day present."""
    return group_by(posts, lambda p: (p.local.weekday(),), basis, order=range(7))  # type: ignore[arg-type]


def by_hour(posts: Iterable[PostRow], basis: Basis = "reach") -> list[Group]:
    """0 to 23 h, every hour present."""
    return group_by(posts, lambda p: (p.local.hour,), basis, order=range(24))  # type: ignore[arg-type]


def by_slot(posts: Iterable[PostRow], basis: Basis = "reach") -> list[Group]:
    """(weekday, hour) pairs that hold posts, best first."""
    return group_by(posts, lambda p: ((p.local.weekday(), p.local.hour),), basis)


def by_tag(posts: Iterable[PostRow], basis: Basis = "reach") -> list[Group]:
    """A post counts in each of its tags; posts without tags are left out."""
    return group_by(posts, lambda p: p.tags, basis)


def by_format(posts: Iterable[PostRow], basis: Basis = "reach") -> list[Group]:
    return group_by(posts, lambda p: (p.format,), basis, order=FORMATS)


def by_length(posts: Iterable[PostRow], basis: Basis = "reach") -> list[Group]:
    return group_by(posts, lambda p: (length_bucket(p.length),), basis, order=LENGTH_BUCKETS)


def post_format(network_threads: bool, posts_in_thread: int, media_kinds: Iterable[str]) -> Format:
    """The format a post is judged by: a thread when the network cut it into several posts, else a
    video when it carries one, else an image (a GIF counts as one), else text."""
    if network_threads and posts_in_thread > 1:
        return "thread"
    kinds = set(media_kinds)
    if "video" in kinds:
        return "video"
    if kinds & {"image", "gif"}:
        return "image"
    return "text"


# -- top and flop ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RankedPost:
    post: PostRow
    rate: float
    engagements: int


def ranked(posts: Iterable[PostRow], basis: Basis = "reach") -> list[RankedPost]:
    """The posts that have a rate, best first (ties: more engagements, then earlier)."""
    rows = []
    for post in posts:
        rate = post_rate(post, basis)
        if rate is not None:
            rows.append(RankedPost(post, rate, post.engagements or 0))
    rows.sort(key=lambda r: (-r.rate, -r.engagements, r.post.published_at, r.post.post_id))
    return rows


def top_and_flop(
    posts: Iterable[PostRow], basis: Basis = "reach", count: int = TOP_COUNT
) -> tuple[list[RankedPost], list[RankedPost]]:
    """The `count` best posts and the `count` worst (worst first); a post is never in both."""
    rows = ranked(posts, basis)
    top = rows[:count]
    rest = rows[len(top) :]
    flop = list(reversed(rest[-count:])) if rest else []
    return top, flop


# -- best slots ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Slot:
    """A weekday and an hour to publish at, from the client's own history on a network."""

    weekday: int  # 0 = Monday
    hour: int
    score: float  # the slot's rate, pulled toward the network's rate (see best_slots)
    rate: float  # the slot's own pooled rate
    posts: int

    def next_after(self, moment: datetime) -> datetime:
        """The first time at this weekday and hour strictly after `moment` (naive wall time)."""
        day = moment.date() + timedelta(days=(self.weekday - moment.weekday()) % 7)
        candidate = datetime.combine(day, time(self.hour, 0))
        if candidate <= moment:
            candidate += timedelta(days=7)
        return candidate


def best_slots(
    posts: Iterable[PostRow], network: str | None = None, basis: Basis = "reach", count: int = 3
) -> list[Slot]:
    """The weekday-and-hour slots where the client's posts (on `network`, or all) engaged best.

    A slot holding one lucky post should not beat a slot proven by ten, so each slot's rate is
    pulled toward the network's overall rate as if the slot held one more, average, post:
    score = (slot engagements + mean engagements) / (slot base + mean base) × 100, the same
    engagement-rate formula on slightly larger totals. Slots are ranked by that score.
    """
    rated = [
        p
        for p in posts
        if (network is None or p.network == network)
        and p.engagements is not None
        and (p.base(basis) or 0) > 0
    ]
    if not rated:
        return []
    mean_engagements = sum(p.engagements or 0 for p in rated) / len(rated)
    mean_base = sum(p.base(basis) or 0 for p in rated) / len(rated)
    slots = []
    for group in by_slot(rated, basis):
        key: tuple[int, int] = group.key  # type: ignore[assignment]
        weekday, hour = key
        score = engagement_rate(group.engagements + mean_engagements, group.base + mean_base, basis)
        assert score is not None and group.rate is not None  # every post here has a base > 0
        slots.append(Slot(weekday, hour, score, group.rate, group.posts))
    slots.sort(key=lambda s: (-s.score, -s.posts, s.weekday, s.hour))
    return slots[:count]


# -- the report ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    """Days `first` to `last`, both included, on the client's calendar."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a period cannot end before it starts")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """ "2026-11" -> November 2026; ValueError for anything else."""
        try:
            year, month = (int(part) for part in text.strip().split("-"))
            return cls.month(year, month)
        except (ValueError, TypeError):
            raise ValueError(f"not a month (YYYY-MM): {text!r}") from None

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_month(self) -> bool:
        return self.first.day == 1 and self == Period.month(self.first.year, self.first.month)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


@dataclass(frozen=True)
class Totals:
    """Sums over the period's posts (a figure no post reported stays None) and per-post means."""

    posts: int
    impressions: int | None
    reach: int | None
    reactions: int | None
    comments: int | None
    shares: int | None
    saves: int | None
    clicks: int | None
    video_views: int | None
    engagements: int | None
    rate: float | None  # pooled engagement rate on the basis

    def average(self, name: str) -> float | None:
        """The mean per post of a total, over every post of the period."""
        value = getattr(self, name)
        return value / self.posts if value is not None and self.posts else None


SUMMED = ("impressions", "reach", "reactions", "comments", "shares", "saves", "clicks", "video_views")


def totals(posts: Sequence[PostRow], basis: Basis = "reach") -> Totals:
    sums: dict[str, int | None] = {}
    for name in (*SUMMED, "engagements"):
        known = [v for v in (getattr(p, name) for p in posts) if v is not None]
        sums[name] = sum(known) if known else None
    return Totals(posts=len(posts), rate=_group(None, posts, basis).rate, **sums)  # type: ignore[arg-type]


@dataclass(frozen=True)
class NetworkFigures:
    network: str
    totals: Totals
    planned: int
    published_planned: int  # of those planned, how many went out
    followers_start: int | None  # at the end of the month before the period
    followers_end: int | None  # at the end of the period's last month
    growth: float | None  # kpi.growth_rate, percent

    @property
    def new_followers(self) -> int | None:
        if self.followers_start is None or self.followers_end is None:
            return None
        return self.followers_end - self.followers_start


@dataclass(frozen=True)
class TimePoint:
    day: date  # the day, or the Monday of the week
    posts: int
    engagements: int
    rate: float | None


@dataclass(frozen=True)
class ReportFigures:
    client_name: str
    period: Period
    basis: Basis
    posts: tuple[PostRow, ...]
    totals: Totals
    networks: tuple[NetworkFigures, ...]  # by posts published, most first
    planned: int  # variants planned in the period
    published_planned: int  # of which published
    published: int  # variants published in the period, planned or not
    weekdays: tuple[Group, ...]  # Monday..Sunday
    hours: tuple[Group, ...]  # 0..23
    formats: tuple[Group, ...]
    timeline: tuple[TimePoint, ...]
    timeline_weekly: bool
    top: tuple[RankedPost, ...]
    flop: tuple[RankedPost, ...]
    followers_start: int | None = None  # every network with both counts, summed
    followers_end: int | None = None
    growth: float | None = None
    tags: tuple[Group, ...] = field(default_factory=tuple)

    @property
    def new_followers(self) -> int | None:
        if self.followers_start is None or self.followers_end is None:
            return None
        return self.followers_end - self.followers_start


def _previous_month(day: date) -> date:
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


def _local_day(moment: datetime | None, zone_name: str) -> date | None:
    if moment is None:
        return None
    try:
        tz = zone(zone_name)
    except InvalidZone:
        tz = zone(DEFAULT_ZONE)
    return moment.astimezone(tz).date()


def _followers(counts: Iterable[FollowerCount], period: Period) -> dict[str, tuple[int | None, int | None]]:
    """Per network, the count at the end of the month before the period and at the end of its
    last month (the growth of a single month compares it with the month before)."""
    start_month = _previous_month(period.first)
    end_month = period.last.replace(day=1)
    found: dict[str, list[int | None]] = defaultdict(lambda: [None, None])
    for count in counts:
        month = count.month.replace(day=1)
        if month == start_month:
            found[count.network][0] = count.followers
        if month == end_month:
            found[count.network][1] = count.followers
    return {network: (pair[0], pair[1]) for network, pair in found.items()}


def _timeline(posts: Sequence[PostRow], period: Period, basis: Basis) -> tuple[list[TimePoint], bool]:
    weekly = period.days > DAILY_TIMELINE_MAX_DAYS
    buckets: dict[date, list[PostRow]] = defaultdict(list)
    for post in posts:
        day = post.local.date()
        if weekly:
            day -= timedelta(days=day.weekday())
        buckets[day].append(post)
    points = []
    day = period.first - timedelta(days=period.first.weekday()) if weekly else period.first
    step = timedelta(days=7 if weekly else 1)
    while day <= period.last:
        group = _group(day, buckets.get(day, []), basis)
        points.append(TimePoint(day, group.posts, group.engagements, group.rate))
        day += step
    return points, weekly


def report_figures(
    client_name: str,
    period: Period,
    posts: Iterable[PostRow],
    plan: Iterable[PlanRow] = (),
    followers: Iterable[FollowerCount] = (),
    *,
    basis: Basis = "reach",
    zone_name: str = DEFAULT_ZONE,
    top_count: int = TOP_COUNT,
) -> ReportFigures:
    """Everything a client's report shows for `period`, from plain rows.

    `posts` may hold more than the period: only posts published on one of its days (on the clock
    of their zone) count. `plan` rows count as planned when planned on one of the period's days
    (in `zone_name`), and as published-as-planned when they also went out (whenever).
    """
    period_posts = sorted(
        (p for p in posts if p.local.date() in period), key=lambda p: (p.published_at, p.post_id)
    )
    planned_rows = [r for r in plan if _local_day(r.planned_at, zone_name) in period]
    published_rows = [r for r in planned_rows if r.published_at is not None]
    follower_pairs = _followers(followers, period)

    by_net: dict[str, list[PostRow]] = defaultdict(list)
    for post in period_posts:
        by_net[post.network].append(post)
    planned_by_net: dict[str, int] = defaultdict(int)
    done_by_net: dict[str, int] = defaultdict(int)
    for row in planned_rows:
        planned_by_net[row.network] += 1
        if row.published_at is not None:
            done_by_net[row.network] += 1
    networks = []
    for network in set(by_net) | set(planned_by_net) | set(follower_pairs):
        start, end = follower_pairs.get(network, (None, None))
        networks.append(
            NetworkFigures(
                network=network,
                totals=totals(by_net.get(network, []), basis),
                planned=planned_by_net.get(network, 0),
                published_planned=done_by_net.get(network, 0),
                followers_start=start,
                followers_end=end,
                growth=follower_growth(start, end),
            )
        )
    networks.sort(key=lambda n: (-n.totals.posts, -n.planned, n.network))

    both = [pair for pair in follower_pairs.values() if pair[0] is not None and pair[1] is not None]
    followers_start = sum(pair[0] or 0 for pair in both) if both else None
    followers_end = sum(pair[1] or 0 for pair in both) if both else None
    top, flop = top_and_flop(period_posts, basis, top_count)
    timeline, weekly = _timeline(period_posts, period, basis)
    return ReportFigures(
        client_name=client_name,
        period=period,
        basis=basis,
        posts=tuple(period_posts),
        totals=totals(period_posts, basis),
        networks=tuple(networks),
        planned=len(planned_rows),
        published_planned=len(published_rows),
        published=len(period_posts),
        weekdays=tuple(by_weekday(period_posts, basis)),
        hours=tuple(by_hour(period_posts, basis)),
        formats=tuple(by_format(period_posts, basis)),
        timeline=tuple(timeline),
        timeline_weekly=weekly,
        top=tuple(top),
        flop=tuple(flop),
        followers_start=followers_start,
        followers_end=followers_end,
        growth=follower_growth(followers_start, followers_end),
        tags=tuple(by_tag(period_posts, basis)),
    )


# -- what worked ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class WhatWorked:
    """The "what worked" view of a client's history: rates by trait, top and flop, best slots."""

    basis: Basis
    posts: int
    rated_posts: int
    overall: Group
    networks: tuple[Group, ...]
    weekdays: tuple[Group, ...]
    hours: tuple[Group, ...]
    tags: tuple[Group, ...]
    formats: tuple[Group, ...]
    lengths: tuple[Group, ...]
    top: tuple[RankedPost, ...]
    flop: tuple[RankedPost, ...]
    slots: tuple[Slot, ...]


def what_worked(
    posts: Iterable[PostRow], basis: Basis = "reach", *, top_count: int = 5, slot_count: int = 3
) -> WhatWorked:
    rows = list(posts)
    overall = _group("all", rows, basis)
    top, flop = top_and_flop(rows, basis, top_count)
    return WhatWorked(
        basis=basis,
        posts=len(rows),
        rated_posts=overall.rated_posts,
        overall=overall,
        networks=tuple(by_network(rows, basis)),
        weekdays=tuple(by_weekday(rows, basis)),
        hours=tuple(by_hour(rows, basis)),
        tags=tuple(by_tag(rows, basis)),
        formats=tuple(by_format(rows, basis)),
        lengths=tuple(by_length(rows, basis)),
        top=tuple(top),
        flop=tuple(flop),
        slots=tuple(best_slots(rows, None, basis, slot_count)),
    )
