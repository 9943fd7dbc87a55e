"""Planning times across daylight saving changes, ISO grids, holidays and key dates (core.schedule)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest

from cmtoolbox.core.schedule import (
    InvalidZone,
    PlannedTime,
    day_markers,
    is_valid_zone,
    iso_week,
    key_date_occurrences,
    local_day,
    month_weeks,
    public_holidays,
    utc_bounds,
    week_days,
    zone,
)

PARIS = "Europe/Paris"
# 2026: summer time starts on Sunday 29 March (02:00 -> 03:00), ends on Sunday 25 October (03:00 -> 02:00).
SPRING = date(2026, 3, 29)
AUTUMN = date(2026, 10, 25)


def test_nine_in_paris_stays_nine_across_the_march_change() -> None:
    friday = PlannedTime.on(date(2026, 3, 27), time(9), PARIS)
    assert friday.utc == datetime(2026, 3, 27, 8, tzinfo=UTC)  # winter time, UTC+1
    monday = friday.on_day(date(2026, 3, 30))
    assert monday.wall == datetime(2026, 3, 30, 9)
    assert monday.utc == datetime(2026, 3, 30, 7, tzinfo=UTC)  # summer time, UTC+2
    assert monday.zone == PARIS
    # The change day itself: 09:00 exists (it is 02:00-03:00 that does not).
    assert friday.on_day(SPRING).wall.time() == time(9)
    # Naively adding three days to the UTC instant would have given 10:00.
    assert (friday.utc + timedelta(days=3)).astimezone(zone(PARIS)).hour == 10


def test_nine_in_paris_stays_nine_across_the_october_change() -> None:
    friday = PlannedTime.on(date(2026, 10, 23), time(9), PARIS)
    assert friday.utc == datetime(2026, 10, 23, 7, tzinfo=UTC)  # summer time
    monday = friday.on_day(date(2026, 10, 26))
    assert monday.wall == datetime(2026, 10, 26, 9)
    assert monday.utc == datetime(2026, 10, 26, 8, tzinfo=UTC)  # winter time
    back = monday.on_day(date(2026, 10, 23))
    assert back == friday  # moving back and forth is lossless


def test_a_time_in_the_spring_gap_moves_forward_and_an_ambiguous_one_is_the_first() -> None:
    gap = PlannedTime.on(SPRING, time(2, 30), PARIS)
    assert gap.wall == datetime(2026, 3, 29, 3, 30)  # 02:30 does not exist: one hour later
    assert gap.utc == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    twice = PlannedTime.on(AUTUMN, time(2, 30), PARIS)
    assert twice.utc == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # the first 02:30, in summer time
    assert twice.local.utcoffset() == timedelta(hours=2)


def test_seen_from_another_zone_and_moving_within_its_zone() -> None:
    planned = PlannedTime.on(date(2026, 6, 1), time(9), PARIS)
    assert planned.in_zone("America/Montreal").hour == 3
    assert planned.with_wall(datetime(2026, 6, 2, 18, 30)).utc == datetime(2026, 6, 2, 16, 30, tzinfo=UTC)
    assert planned.in_zone_of("America/Montreal").wall == datetime(2026, 6, 1, 3)
    assert local_day(datetime(2026, 6, 1, 23, tzinfo=UTC), PARIS) == date(2026, 6, 2)


def test_unknown_zones_and_naive_instants_are_refused() -> None:
    for bad in ("Europe/Lyon", "", "CET_", "../etc/passwd", "/etc/localtime"):
        assert not is_valid_zone(bad)
    with pytest.raises(InvalidZone):
        PlannedTime(datetime(2026, 1, 1, tzinfo=UTC), "Mars/Olympus")
    with pytest.raises(ValueError):
        PlannedTime(datetime(2026, 1, 1), PARIS)
    with pytest.raises(ValueError):
        PlannedTime.at(datetime(2026, 1, 1, tzinfo=UTC), PARIS)


def test_utc_bounds_cover_whole_local_days_even_on_a_23_hour_day() -> None:
    start, end = utc_bounds(SPRING, SPRING, PARIS)
    assert start == datetime(2026, 3, 28, 23, tzinfo=UTC)
    assert end == datetime(2026, 3, 29, 22, tzinfo=UTC)
    assert end - start == timedelta(hours=23)
    with pytest.raises(ValueError):
        utc_bounds(SPRING, SPRING - timedelta(days=1), PARIS)


def test_iso_weeks_start_on_monday() -> None:
    assert iso_week(date(2025, 12, 29)) == (2026, 1)
    assert iso_week(date(2027, 1, 1)) == (2026, 53)
    days = week_days(date(2026, 3, 29))
    assert days[0] == date(2026, 3, 23) and days[-1] == SPRING and len(days) == 7
    assert all(d.weekday() == i for i, d in enumerate(days))


def test_month_grid_has_six_monday_first_rows() -> None:
    weeks = month_weeks(2026, 2)  # February 2026 starts on a Sunday
    assert len(weeks) == 6 and all(len(w) == 7 for w in weeks)
    assert weeks[0][0] == date(2026, 1, 26) and weeks[0][-1] == date(2026, 2, 1)
    assert weeks[-1][-1] == date(2026, 3, 8)
    compact = month_weeks(2026, 2, fixed_rows=False)
    assert len(compact) == 5 and compact[-1][-1] == date(2026, 3, 1)
    assert all(w[0].weekday() == 0 for w in weeks)


def test_french_public_holidays_come_from_the_holidays_package() -> None:
    found = public_holidays(date(2026, 1, 1), date(2026, 12, 31))
    assert len(found) == 11
    assert found[date(2026, 7, 14)] == "Fête nationale"
    assert date(2026, 4, 6) in found  # Easter Monday, computed, not listed by hand
    assert public_holidays(date(2026, 5, 1), date(2026, 5, 1), language="en")[date(2026, 5, 1)] == "Labor Day"
    alsace = public_holidays(date(2026, 12, 26), date(2026, 12, 26), subdiv="57")
    assert list(alsace) == [date(2026, 12, 26)]  # Saint Stephen's day in Alsace-Moselle
    assert public_holidays(date(2026, 12, 26), date(2026, 12, 26)) == {}
    across = public_holidays(date(2026, 12, 20), date(2027, 1, 5))
    assert list(across) == [date(2026, 12, 25), date(2027, 1, 1)]


@dataclass(frozen=True)
class _Key:
    id: int
    day: date
    title: str
    yearly: bool


def test_key_dates_expand_once_or_yearly() -> None:
    keys = [
        _Key(1, date(2012, 12, 11), "Anniversaire", True),
        _Key(2, date(2026, 12, 22), "Dégustation", False),
        _Key(3, date(2024, 2, 29), "Jour bissextile", True),
        _Key(4, date(2030, 1, 1), "Plus tard", True),
    ]
    found = key_date_occurrences(keys, date(2026, 12, 1), date(2027, 12, 31))
    assert [(m.day, m.key_date_id) for m in found] == [
        (date(2026, 12, 11), 1),
        (date(2026, 12, 22), 2),
        (date(2027, 2, 28), 3),  # 29 February falls on the 28th in other years
        (date(2027, 12, 11), 1),
    ]
    markers = day_markers(date(2026, 12, 20), date(2026, 12, 31), keys)
    assert [m.kind for m in markers[date(2026, 12, 25)]] == ["holiday"]
    assert [m.title for m in markers[date(2026, 12, 22)]] == ["Dégustation"]
    assert date(2026, 12, 25) not in day_markers(date(2026, 12, 20), date(2026, 12, 31), keys, country=None)


def test_an_unknown_country_or_subdivision_gives_no_holidays_not_a_crash(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert public_holidays(date(2026, 1, 1), date(2026, 1, 2), country="ZZ") == {}
    assert public_holidays(date(2026, 1, 1), date(2026, 1, 2), subdiv="99") == {}
    assert "no public holidays" in caplog.text
