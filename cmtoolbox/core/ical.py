"""The editorial calendar in open formats: iCalendar (.ics) and CSV.

**iCalendar.** One VEVENT per planned (or published) post, built with the `icalendar` package:

- `UID` is the draft's stable random id plus "@cmtoolbox", never its row id nor its title, so
  importing the file again (or a newer export) updates the events instead of duplicating them,
  on any machine the data was synchronised to;
- `DTSTART` carries the zone the post was planned in (`TZID=Europe/Paris`) with its VTIMEZONE,
  so a calendar shows 09:00 Paris time on both sides of a daylight saving change;
- `DTSTAMP`/`LAST-MODIFIED` are the draft's last change and `SEQUENCE` grows with it (minutes
  since 2020), so calendars that compare versions take the newer one. The same drafts give the
  same bytes: exports can be compared and committed.

**CSV.** One row per post and network (the master text when a draft has no variant), UTF-8 with
a BOM so spreadsheet programs read accents, with the local date and time split in two columns a
client reads easily. Cells that a spreadsheet would run as a formula are neutralised.

Pure functions of plain values (`CalendarPost`, `DraftRow`): the operations layer gathers them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from cmtoolbox.core.schedule import zone

__all__ = [
    "CSV_COLUMNS",
    "UID_DOMAIN",
    "CalendarPost",
    "DraftRow",
    "ParsedEvent",
    "calendar_ics",
    "drafts_csv",
    "event_uid",
    "read_ics",
]

UID_DOMAIN = "cmtoolbox"
PRODID = "-//CM Toolbox//Editorial calendar//FR"
DEFAULT_DURATION = timedelta(minutes=15)
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_CONFIRMED = frozenset({"approved", "scheduled", "published"})


def event_uid(draft_uid: str) -> str:
    """The UID of a draft's event: stable for the life of the draft."""
    return f"{draft_uid}@{UID_DOMAIN}"


@dataclass(frozen=True)
class CalendarPost:
    """A planned or published post, as the calendar file shows it."""

    uid: str  # the draft's uid (uuid4 hex)
    start: datetime  # aware; converted to `zone` for DTSTART
    zone: str  # IANA zone it was planned in
    title: str
    description: str = ""
    status: str = ""  # a draft status; approved/scheduled/published events are CONFIRMED
    networks: tuple[str, ...] = ()  # brand names, as CATEGORIES
    url: str = ""  # the published post
    updated_at: datetime | None = None
    duration: timedelta = DEFAULT_DURATION


def _sequence(updated_at: datetime | None) -> int:
    if updated_at is None:
        return 0
    return max(0, int((updated_at - _SEQUENCE_EPOCH).total_seconds() // 60))


def calendar_ics(posts: Iterable[CalendarPost], *, name: str = "CM Toolbox") -> bytes:
    """The posts as an iCalendar file (bytes, CRLF line ends as RFC 5545 wants)."""
    from icalendar import Calendar, Event  # a few hundred ms to import: only when exporting

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    ordered = sorted(posts, key=lambda p: (p.start, p.uid))
    for post in ordered:
        start = post.start.astimezone(zone(post.zone))
        stamp = (post.updated_at or post.start).astimezone(UTC)
        event = Event()
        event.add("uid", event_uid(post.uid))
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", _sequence(post.updated_at))
        event.add("dtstart", start)
        event.add("dtend", start + post.duration)
        event.add("summary", post.title)
        if post.description:
            event.add("description", post.description)
        if post.networks:
            event.add("categories", list(post.networks))
        if post.url:
            event.add("url", post.url)
        event.add("status", "CONFIRMED" if post.status in _CONFIRMED else "TENTATIVE")
        event.add("transp", "TRANSPARENT")  # a post does not make the CM busy
        cal.add_component(event)
    if ordered:
        # Zone rules for the years the posts span (not 1970-2038): a short, stable file.
        first = date(ordered[0].start.year - 1, 1, 1)
        last = date(ordered[-1].start.year + 2, 1, 1)
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()


@dataclass(frozen=True)
class ParsedEvent:
    """An event read back from an .ics file (tests, and a later import)."""

    uid: str
    start: datetime  # aware
    zone: str | None  # the TZID it was written with, None for UTC or floating times
    summary: str
    description: str
    categories: tuple[str, ...] = ()


def read_ics(data: bytes | str) -> list[ParsedEvent]:
    """The events of an iCalendar file, in file order."""
    from icalendar import Calendar

    cal = Calendar.from_ical(data)
    events: list[ParsedEvent] = []
    for component in cal.walk("VEVENT"):
        start = component.decoded("dtstart")
        if not isinstance(start, datetime):  # an all-day event
            start = datetime.combine(start, datetime.min.time())
        tzid = component["dtstart"].params.get("TZID")
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
        categories: list[str] = []
        raw = component.get("categories")
        for group in raw if isinstance(raw, list) else [raw] if raw is not None else []:
            categories += [str(c) for c in group.cats]
        events.append(
            ParsedEvent(
                uid=str(component.get("uid", "")),
                start=start,
                zone=str(tzid) if tzid else None,
                summary=str(component.get("summary", "")),
                description=str(component.get("description", "")),
                categories=tuple(categories),
            )
        )
    return events


# -- CSV -----------------------------------------------------------------------------------------
CSV_COLUMNS = (
    "uid", "client", "title", "status", "network", "date", "time", "time_zone", "planned_utc",
    "text", "tags", "media", "published_at", "published_url", "notes",
)  # fmt: skip
"""Stable, English column names (like the library's metadata.csv): scripts may rely on them."""


@dataclass(frozen=True)
class DraftRow:
    """One line of the drafts CSV: a draft on one network (`network` "" for the master text)."""

    uid: str
    client: str
    title: str
    status: str
    network: str
    text: str
    planned_at: datetime | None = None  # aware
    zone: str | None = None
    tags: Sequence[str] = field(default_factory=tuple)
    media: Sequence[str] = field(default_factory=tuple)  # titles or file names
    published_at: datetime | None = None
    published_url: str = ""
    notes: str = ""


_FORMULA_START = ("=", "+", "-", "@")


def _cell(value: str) -> str:
    """Neutralise text a spreadsheet would run as a formula (`=HYPERLINK(...)` in a feed item
    sent to a draft). Only cells that start like a formula and call something are touched: a post
    starting with "@boulangerie" or "-20 %" stays as written."""
    if value.startswith(_FORMULA_START) and ("(" in value or value.startswith("=")):
        return "'" + value
    return value


def drafts_csv(rows: Iterable[DraftRow]) -> str:
    """The rows as CSV text (write it with encoding "utf-8-sig")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        local = row.planned_at.astimezone(zone(row.zone)) if row.planned_at and row.zone else None
        writer.writerow(
            [
                row.uid,
                _cell(row.client),
                _cell(row.title),
                row.status,
                row.network,
                local.date().isoformat() if local else "",
                local.strftime("%H:%M") if local else "",
                row.zone or "",
                row.planned_at.astimezone(UTC).isoformat() if row.planned_at else "",
                _cell(row.text),
                _cell(", ".join(row.tags)),
                _cell(", ".join(row.media)),
                row.published_at.astimezone(UTC).isoformat() if row.published_at else "",
                _cell(row.published_url),
                _cell(row.notes),
            ]
        )
    return out.getvalue()
