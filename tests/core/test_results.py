"""core.results on a small data set whose every figure is worked out by hand below."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cmtoolbox.core import kpi
from cmtoolbox.core.results import (
    FollowerCount,
    Period,
    PlanRow,
    PostRow,
    best_slots,
    by_format,
    by_length,
    by_tag,
    by_weekday,
    engagement_rate,
    formula_text,
    post_format,
    post_rate,
    report_figures,
    top_and_flop,
    what_worked,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# November 2026 in Paris is UTC+1.
# fmt: off
P1 = PostRow(1, 1, "instagram", "Photo du nouvel atelier", utc(2026, 11, 3, 17), "image",
             tags=("atelier",), reach=1000, reactions=40, comments=5, shares=3, saves=2)  # 50 -> 5 %
P2 = PostRow(2, 2, "instagram", "Vidéo des coulisses", utc(2026, 11, 5, 11), "video",
             tags=("atelier", "coulisses"), reach=2000, reactions=50, comments=10, shares=0, saves=0,
             clicks=0, video_views=900)  # 60 -> 3 %
P3 = PostRow(3, 3, "linkedin", "x" * 150, utc(2026, 11, 10, 8), "text", reach=500,
             impressions=800, reactions=10, comments=2, shares=1, clicks=7)  # 20 -> 4 %
P4 = PostRow(4, 4, "linkedin", "Bonne semaine", utc(2026, 11, 18, 8), "text", reach=400,
             reactions=2, comments=0, shares=0)  # 2 -> 0.5 %
P5 = PostRow(5, 5, "x", "Un fil", utc(2026, 11, 30, 22, 30), "thread", impressions=1000,
             reactions=5)  # Monday 30 at 23:30 in Paris: November; no reach, no rate
P6 = PostRow(6, 6, "instagram", "Déjà décembre", utc(2026, 11, 30, 23, 30), "image", reach=100,
             reactions=90)  # 1 December 00:30 in Paris: not November
P7 = PostRow(7, 7, "instagram", "Octobre", utc(2026, 10, 20, 9), "image", reach=100, reactions=1)
# fmt: on
POSTS = [P7, P5, P3, P1, P6, P2, P4]  # any order
PLAN = [
    PlanRow(1, "instagram", utc(2026, 11, 3, 17), utc(2026, 11, 3, 17)),
    PlanRow(3, "linkedin", utc(2026, 11, 10, 8), utc(2026, 11, 10, 8)),
    PlanRow(8, "facebook", utc(2026, 11, 20, 9), None),
    PlanRow(9, "instagram", utc(2026, 10, 31, 23, 30), None),  # 1 November 00:30 in Paris
    PlanRow(10, "linkedin", utc(2026, 11, 30, 23, 30), None),  # 1 December in Paris
    PlanRow(11, "linkedin", None, utc(2026, 11, 12, 8)),  # published without a plan
]  # fmt: skip
FOLLOWERS = [
    FollowerCount("instagram", date(2026, 10, 1), 1000),
    FollowerCount("instagram", date(2026, 11, 1), 1100),
    FollowerCount("linkedin", date(2026, 10, 1), 500),
    FollowerCount("linkedin", date(2026, 11, 1), 490),
    FollowerCount("x", date(2026, 11, 1), 300),  # no October count: no growth
    FollowerCount("instagram", date(2026, 9, 1), 10),  # another month: ignored
]


def test_the_engagement_rate_is_the_kpi_formula() -> None:
    assert engagement_rate(45, 1500) == pytest.approx(3.0)
    assert engagement_rate(45, 3000, "impressions") == pytest.approx(1.5)
    assert engagement_rate(5, 0) is None
    assert formula_text("reach", "fr") == kpi.FORMULAS["engagement_rate_reach"].display["fr"]
    assert formula_text("reach", "fr") == "Taux d’engagement = interactions / portée × 100"
    assert formula_text("impressions", "en") == "Engagement rate = engagements / impressions × 100"


def test_a_posts_engagements_and_rate() -> None:
    assert P1.engagements == 50  # 40 + 5 + 3 + 2, clicks not measured
    assert P3.engagements == 20  # clicks count
    assert post_rate(P1) == pytest.approx(5.0)
    assert post_rate(P5) is None  # no reach
    assert post_rate(P5, "impressions") == pytest.approx(0.5)
    assert PostRow(9, 9, "x", "", utc(2026, 1, 1), reach=10).engagements is None


def test_the_report_figures_match_the_hand_computed_ones() -> None:
    figures = report_figures("Boulangerie Martin", Period.month(2026, 11), POSTS, PLAN, FOLLOWERS)
    assert [p.post_id for p in figures.posts] == [1, 2, 3, 4, 5]
    t = figures.totals
    assert (t.posts, t.reach, t.impressions, t.engagements) == (5, 3900, 1800, 137)
    assert (t.reactions, t.comments, t.shares, t.saves, t.clicks) == (107, 17, 4, 2, 7)
    assert t.video_views == 900
    # rated posts 1-4: (50 + 60 + 20 + 2) / (1000 + 2000 + 500 + 400) × 100
    assert t.rate == pytest.approx(132 / 3900 * 100)
    assert t.average("engagements") == pytest.approx(137 / 5)
    assert t.average("reach") == pytest.approx(3900 / 5)

    nets = {n.network: n for n in figures.networks}
    assert [n.network for n in figures.networks][:2] == ["instagram", "linkedin"]
    assert nets["instagram"].totals.posts == 2
    assert nets["instagram"].totals.rate == pytest.approx(110 / 3000 * 100)
    assert nets["linkedin"].totals.rate == pytest.approx(22 / 900 * 100)
    assert nets["x"].totals.rate is None
    assert nets["instagram"].growth == pytest.approx(10.0)
    assert nets["instagram"].new_followers == 100
    assert nets["linkedin"].growth == pytest.approx(-2.0)
    assert nets["x"].growth is None and nets["x"].followers_end == 300
    assert (figures.followers_start, figures.followers_end) == (1500, 1590)
    assert figures.growth == pytest.approx(6.0)

    assert (figures.planned, figures.published_planned, figures.published) == (4, 2, 5)
    assert nets["facebook"].planned == 1 and nets["facebook"].published_planned == 0
    assert nets["instagram"].planned == 2 and nets["instagram"].published_planned == 1

    assert [r.post.post_id for r in figures.top] == [1, 3, 2]
    assert [r.post.post_id for r in figures.flop] == [4]
    tuesday = figures.weekdays[1]
    assert (tuesday.posts, tuesday.engagements, tuesday.base) == (2, 70, 1500)
    assert tuesday.rate == pytest.approx(70 / 1500 * 100)
    assert figures.weekdays[0].posts == 1 and figures.weekdays[0].rate is None  # Monday: the X thread
    assert figures.hours[18].posts == 1 and figures.hours[9].posts == 2  # Paris clock
    assert len(figures.timeline) == 30 and not figures.timeline_weekly
    assert figures.timeline[2].day == date(2026, 11, 3) and figures.timeline[2].rate == pytest.approx(5.0)


def test_groups_by_trait() -> None:
    november = [P1, P2, P3, P4, P5]
    tags = {g.key: g for g in by_tag(november)}
    assert tags["atelier"].posts == 2 and tags["atelier"].rate == pytest.approx(110 / 3000 * 100)
    assert tags["coulisses"].rate == pytest.approx(3.0)
    formats = {g.key: g for g in by_format(november)}
    assert list(formats) == ["text", "image", "video", "thread"]
    assert formats["text"].rate == pytest.approx(22 / 900 * 100)
    assert formats["thread"].posts == 1 and formats["thread"].rate is None
    lengths = {g.key: g.posts for g in by_length(november)}
    assert lengths == {"0-99": 4, "100-279": 1, "280-999": 0, "1000+": 0}
    weekdays = by_weekday(november)
    assert [g.posts for g in weekdays] == [1, 2, 1, 1, 0, 0, 0]


def test_top_and_flop_never_share_a_post() -> None:
    top, flop = top_and_flop([P1, P2, P3, P4], count=3)
    assert [r.post.post_id for r in top] == [1, 3, 2]
    assert [r.post.post_id for r in flop] == [4]
    top, flop = top_and_flop([P1, P2, P3, P4], count=2)
    assert [r.post.post_id for r in flop] == [4, 2]
    assert top_and_flop([]) == ([], [])


def _slot_post(n: int, day: int, hour: int, engagements: int) -> PostRow:
    # December 2026 in Paris is UTC+1; 1 December 2026 is a Tuesday.
    at = utc(2026, 12, day, hour - 1)
    return PostRow(n, n, "instagram", "", at, "image", reach=1000, reactions=engagements)


def test_best_slots_prefer_a_proven_slot_to_one_lucky_post() -> None:
    posts = [
        _slot_post(1, 1, 18, 50), _slot_post(2, 8, 18, 50), _slot_post(3, 15, 18, 50),  # Tue 18 h: 5 %
        _slot_post(4, 4, 12, 55),  # Fri 12 h: one post at 5.5 %
        _slot_post(5, 7, 9, 10), _slot_post(6, 14, 9, 10),  # Mon 9 h: 1 %
        PostRow(7, 7, "linkedin", "", utc(2026, 12, 3, 8), reach=10, reactions=9),  # other network
    ]  # fmt: skip
    slots = best_slots(posts, "instagram")
    # mean post: (150 + 55 + 20) / 6 = 37.5 engagements, 1000 reach
    assert [(s.weekday, s.hour, s.posts) for s in slots] == [(1, 18, 3), (4, 12, 1), (0, 9, 2)]
    assert slots[0].score == pytest.approx((150 + 37.5) / 4000 * 100)
    assert slots[1].score == pytest.approx((55 + 37.5) / 2000 * 100)
    assert slots[1].rate == pytest.approx(5.5)
    assert best_slots(posts, "facebook") == []
    assert best_slots(posts, "linkedin")[0].hour == 9
    tuesday = slots[0]
    assert tuesday.next_after(datetime(2026, 12, 2, 10)) == datetime(2026, 12, 8, 18)
    assert tuesday.next_after(datetime(2026, 12, 8, 17)) == datetime(2026, 12, 8, 18)
    assert tuesday.next_after(datetime(2026, 12, 8, 18)) == datetime(2026, 12, 15, 18)


def test_what_worked_sums_up_a_history() -> None:
    worked = what_worked(POSTS)
    assert worked.posts == 7 and worked.rated_posts == 6
    assert worked.top[0].post.post_id == 6  # 90 %: a tiny, lucky post
    assert worked.networks[0].key == "instagram"
    assert len(worked.slots) == 3


def test_post_format() -> None:
    assert post_format(True, 3, ["image"]) == "thread"
    assert post_format(False, 3, ["image"]) == "image"
    assert post_format(True, 1, ["image", "video"]) == "video"
    assert post_format(True, 1, ["gif"]) == "image"
    assert post_format(True, 1, ["pdf"]) == "text"


def test_periods() -> None:
    assert Period.parse_month("2026-02") == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert Period.parse_month(" 2024-02 ").days == 29
    assert Period.month(2026, 11).is_month and not Period(date(2026, 11, 2), date(2026, 11, 30)).is_month
    for bad in ("2026-13", "nov", "2026/11", ""):
        with pytest.raises(ValueError):
            Period.parse_month(bad)
    with pytest.raises(ValueError):
        Period(date(2026, 2, 2), date(2026, 2, 1))
    long = report_figures("c", Period(date(2026, 9, 1), date(2026, 11, 30)), POSTS)
    assert long.timeline_weekly and long.timeline[0].day == date(2026, 8, 31)


def test_period_labels_in_both_languages() -> None:
    from cmtoolbox.core.report import period_label

    assert period_label(Period.month(2026, 11), "fr") == "novembre 2026"
    assert period_label(Period.month(2026, 11), "en") == "November 2026"
    assert period_label(Period(date(2026, 11, 4), date(2026, 11, 30)), "fr") == "du 4 au 30 novembre 2026"
    assert (
        period_label(Period(date(2026, 9, 1), date(2026, 11, 30)), "fr")
        == "du 1er septembre au 30 novembre 2026"
    )
    assert (
        period_label(Period(date(2026, 12, 15), date(2027, 1, 15)), "en")
        == "15 December 2026 to 15 January 2027"
    )
    assert period_label(Period(date(2026, 11, 4), date(2026, 11, 30)), "en") == "4 to 30 November 2026"
