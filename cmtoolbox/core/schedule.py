"""Planning times of drafts, calendar grids, public holidays and the CM's key dates.

A post is planned at a wall-clock time somewhere ("09:00 in Paris"). It is stored as the UTC
instant plus the IANA zone it was planned in (`PlannedTime`), because:

- the UTC instant orders and filters posts whatever zone the viewer is in, and is what an .ics
  file or a network's scheduler needs;
- the zone keeps the intent: moving a post from a Friday to the Monday after the clocks changed
  keeps it at 09:00 Paris time (`PlannedTime.on_day`), where adding whole days to the UTC instant
  would land it at 08:00 or 10:00.

Wall times that do not exist (02:30 on the last Sunday of March in Paris: the clocks jump from 02:00
to 03:00) move forward by the length of the gap, as calendar apps do (03:30); wall times that
happen twice (02:30 on the last Sunday of October) mean the first one (summer time).

Grids follow ISO 8601: weeks start on Monday, week 1 holds the year's first Thursday. Public
holidays come from the maintained `holidays` package (France by default, its subdivisions such as
Alsace-Moselle "57" add their own days); the CM's key dates (a shop's anniversary, a trade fair)
are expanded over any range by `key_date_occurrences`.

Pure functions, no Qt: the GUI formats what this module computes (`gui.formatting`).
"""

from __future__ import annotations

import calendar
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "DEFAULT_ZONE",
    "DayMarker",
    "InvalidZone",
    "KeyDateLike",
    "PlannedTime",
    "day_markers",
    "is_valid_zone",
    "iso_week",
    "key_date_occurrences",
    "known_zones",
    "local_day",
    "month_weeks",
    "public_holidays",
    "system_zone_name",
    "utc_bounds",
    "week_days",
    "zone",
]

log = logging.getLogger(__name__)

DEFAULT_ZONE = "Europe/Paris"
"""The zone used when nothing better is known: the app is made for French community managers."""

MAX_ZONE_NAME = 64


class InvalidZone(ValueError):
    """A zone name that is not an IANA time zone this machine knows."""


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The time zone named `name` ("Europe/Paris"); raises InvalidZone for anything else.

    Only IANA names are accepted (not "CET" abbreviations or fixed offsets), so a stored zone always
    means the same rules wherever the data is opened.
    """
    if not isinstance(name, str) or not name or len(name) > MAX_ZONE_NAME or name.startswith("/"):
        raise InvalidZone(f"not a time zone name: {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidZone(f"unknown time zone: {name!r}") from error


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except InvalidZone:
        return False
    return True


def system_zone_name(default: str = DEFAULT_ZONE) -> str:
    """The IANA name of this machine's zone, best effort: `TZ`, then /etc/timezone, then the
    /etc/localtime link. The GUI should prefer `QTimeZone.systemTimeZoneId()` (it also knows
    Windows); this is for the command line and tests."""
    candidates: list[str] = []
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        candidates.append(env)
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and "/" in name and is_valid_zone(name):
            return name
    return default


def known_zones() -> list[str]:
    """Every IANA zone name this machine knows, sorted, for a zone picker."""
    return sorted(n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))


def _wall_to_utc(wall: datetime, zone_name: str) -> datetime:
    """The UTC instant of a naive wall-clock time in `zone_name`: a time in a spring-forward gap
    moves forward by the gap, an ambiguous autumn time means its first occurrence."""
    if wall.tzinfo is not None:
        raise ValueError("pass the wall-clock time without a zone")
    # fold=0 reads a time in the gap with the offset before the change, which is exactly "moved
    # forward by the gap" once converted; and reads an ambiguous time as its first occurrence.
    return wall.replace(tzinfo=zone(zone_name), fold=0).astimezone(UTC)


@dataclass(frozen=True)
class PlannedTime:
    """When a post goes out: a UTC instant and the IANA zone it was planned in."""

    utc: datetime
    zone: str

    def __post_init__(self) -> None:
        if self.utc.tzinfo is None:
            raise ValueError("a planned time needs an aware datetime")
        zone(self.zone)  # refuse unknown zones early
        object.__setattr__(self, "utc", self.utc.astimezone(UTC))

    @classmethod
    def at(cls, wall: datetime, zone_name: str) -> PlannedTime:
        """The post planned at the wall-clock time `wall` (naive) in `zone_name`."""
        return cls(_wall_to_utc(wall, zone_name), zone_name)

    @classmethod
    def on(cls, day: date, time_of_day: time, zone_name: str) -> PlannedTime:
        return cls.at(datetime.combine(day, time_of_day.replace(tzinfo=None)), zone_name)

    @property
    def local(self) -> datetime:
        """The planned time as an aware datetime in the zone it was planned in."""
        return self.utc.astimezone(zone(self.zone))

    @property
    def wall(self) -> datetime:
        """The wall-clock time it was planned at (naive): what the editor's time field shows."""
        return self.local.replace(tzinfo=None)

    def in_zone(self, zone_name: str) -> datetime:
        """The same instant seen from another zone (the viewer's, in a calendar)."""
        return self.utc.astimezone(zone(zone_name))

    def on_day(self, day: date) -> PlannedTime:
        """The same wall-clock time in the same zone, on another day: what dragging a post to
        another day of the calendar does. Across a daylight saving change the UTC instant moves
        by an hour so that the wall time does not."""
        return PlannedTime.on(day, self.wall.time(), self.zone)

    def with_wall(self, wall: datetime) -> PlannedTime:
        """Another wall-clock time in the same zone (dragging to another day and hour)."""
        return PlannedTime.at(wall, self.zone)

    def in_zone_of(self, zone_name: str) -> PlannedTime:
        """Keep the instant, plan it in another zone from now on (the client moved)."""
        return replace(self, zone=zone_name)


def local_day(instant: datetime, zone_name: str) -> date:
    """The calendar day an instant falls on in a zone."""
    if instant.tzinfo is None:
        raise ValueError("pass an aware datetime")
    return instant.astimezone(zone(zone_name)).date()


def utc_bounds(first: date, last: date, zone_name: str) -> tuple[datetime, datetime]:
    """[start, end) in UTC covering the whole local days `first`..`last` in `zone_name`: what a
    month or week view asks the database for."""
    if last < first:
        raise ValueError("the range ends before it starts")
    start = _wall_to_utc(datetime.combine(first, time()), zone_name)
    end = _wall_to_utc(datetime.combine(last + timedelta(days=1), time()), zone_name)
    return start, end


# -- grids -------------------------------------------------------------------------------------
def iso_week(day: date) -> tuple[int, int]:
    """(ISO year, ISO week number): 29 December 2025 is in week 1 of 2026."""
    year, week, _weekday = day.isocalendar()
    return year, week


def week_days(day: date) -> list[date]:
    """The seven days, Monday first, of the ISO week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


def month_weeks(year: int, month: int, *, fixed_rows: bool = True) -> list[list[date]]:
    """The weeks (Monday first) a month view shows: days of the previous and next months fill
    the first and last rows. With `fixed_rows` there are always six rows, so the view does not
    change height from one month to the next."""
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    start = first - timedelta(days=first.weekday())
    rows = 6 if fixed_rows else ((last - start).days // 7) + 1
    return [[start + timedelta(days=7 * r + d) for d in range(7)] for r in range(rows)]


# -- holidays and key dates ----------------------------------------------------------------------
class KeyDateLike(Protocol):
    """What `key_date_occurrences` needs of a key date (storage's `KeyDate` has it)."""

    @property
    def id(self) -> int: ...
    @property
    def day(self) -> date: ...
    @property
    def title(self) -> str: ...
    @property
    def yearly(self) -> bool: ...


@dataclass(frozen=True)
class DayMarker:
    """Something a calendar day shows besides posts: a public holiday or one of the CM's key dates."""

    day: date
    title: str
    kind: Literal["holiday", "key_date"]
    key_date_id: int | None = None


_HOLIDAY_LANGUAGES = {"fr": "fr", "en": "en_US"}


@lru_cache(maxsize=32)
def _holidays_of_year(country: str, subdiv: str | None, language: str | None, year: int) -> dict[date, str]:
    lang = _HOLIDAY_LANGUAGES.get((language or "").split("_")[0].lower()) if language else None
    try:
        import holidays  # imported on first use: it loads its country modules lazily

        table = holidays.country_holidays(country, subdiv=subdiv, years=year, language=lang)
    except (ImportError, NotImplementedError) as error:
        # An unknown country or subdivision, or a build that left the country modules out: the
        # calendar still works, without holidays, and the log says why.
        log.warning("no public holidays for %s/%s: %s", country, subdiv, error)
        return {}
    return dict(table.items())


def public_holidays(
    first: date,
    last: date,
    *,
    country: str = "FR",
    subdiv: str | None = None,
    language: str | None = "fr",
) -> dict[date, str]:
    """Public holidays between `first` and `last` (inclusive), named in `language` ("fr" or "en";
    None: the package's default for the country)."""
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _holidays_of_year(country, subdiv, language, year).items():
            if first <= day <= last:
                found[day] = name
    return dict(sorted(found.items()))


def _in_year(day: date, year: int) -> date:
    """`day` moved to `year`; 29 February falls on the 28th in other years."""
    try:
        return day.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def key_date_occurrences(key_dates: Iterable[KeyDateLike], first: date, last: date) -> list[DayMarker]:
    """The key dates falling between `first` and `last` (inclusive): once-only ones on their day,
    yearly ones on their anniversary each year from their first year on."""
    found: list[DayMarker] = []
    for key in key_dates:
        if not key.yearly:
            if first <= key.day <= last:
                found.append(DayMarker(key.day, key.title, "key_date", key.id))
            continue
        for year in range(max(first.year, key.day.year), last.year + 1):
            day = _in_year(key.day, year)
            if first <= day <= last:
                found.append(DayMarker(day, key.title, "key_date", key.id))
    return sorted(found, key=lambda m: (m.day, m.title.lower()))


def day_markers(
    first: date,
    last: date,
    key_dates: Iterable[KeyDateLike] = (),
    *,
    country: str | None = "FR",
    subdiv: str | None = None,
    language: str | None = "fr",
) -> dict[date, list[DayMarker]]:
    """Holidays (first) and key dates of each day between `first` and `last` that has any;
    `country` None leaves holidays out."""
    markers: dict[date, list[DayMarker]] = {}
    if country:
        for day, name in public_holidays(
            first, last, country=country, subdiv=subdiv, language=language
        ).items():
            markers.setdefault(day, []).append(DayMarker(day, name, "holiday"))
    for marker in key_date_occurrences(key_dates, first, last):
        markers.setdefault(marker.day, []).append(marker)
    return dict(sorted(markers.items()))
