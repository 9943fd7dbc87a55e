"""The calendar exports: .ics parsed back with the `icalendar` package (UIDs, zones and times
round-trip, daylight saving dates included), and the drafts CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta

import icalendar

from cmtoolbox.core.ical import (
    CSV_COLUMNS,
    CalendarPost,
    DraftRow,
    calendar_ics,
    drafts_csv,
    event_uid,
    read_ics,
)
from cmtoolbox.core.schedule import PlannedTime, zone

PARIS = "Europe/Paris"


def _post(uid: str, planned: PlannedTime, title: str, **extra: object) -> CalendarPost:
    return CalendarPost(uid=uid, start=planned.utc, zone=planned.zone, title=title, **extra)  # type: ignore[arg-type]


# Nine o'clock in Paris on both sides of each 2026 change (29 March, 25 October).
PLANS = {
    "a" * 32: PlannedTime.on(date(2026, 3, 27), time(9), PARIS),
    "b" * 32: PlannedTime.on(date(2026, 3, 30), time(9), PARIS),
    "c" * 32: PlannedTime.on(date(2026, 10, 23), time(9), PARIS),
    "d" * 32: PlannedTime.on(date(2026, 10, 26), time(9), PARIS),
    "e" * 32: PlannedTime.on(date(2026, 6, 1), time(18, 30), "America/Montreal"),
}


def test_ics_round_trips_uids_zones_and_times_across_dst() -> None:
    posts = [_post(uid, planned, f"Post {uid[0]}") for uid, planned in PLANS.items()]
    data = calendar_ics(posts, name="Boulangerie Martin")
    cal = icalendar.Calendar.from_ical(data)
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {PARIS, "America/Montreal"}
    events = read_ics(data)
    assert [e.uid for e in events] == [event_uid(uid) for uid in sorted(PLANS, key=lambda u: PLANS[u].utc)]
    for event in events:
        planned = PLANS[event.uid.removesuffix("@cmtoolbox")]
        assert event.start == planned.utc  # the same instant
        assert event.zone == planned.zone
        assert event.start.astimezone(planned.local.tzinfo).replace(tzinfo=None) == planned.wall
    assert {e.start.astimezone(zone(PARIS)).hour for e in events if e.zone == PARIS} == {9}
    assert b"DTSTART;TZID=Europe/Paris:20260330T090000" in data
    assert b"DTSTART;TZID=Europe/Paris:20261026T090000" in data


def test_same_drafts_give_the_same_file_and_an_update_keeps_the_uid() -> None:
    updated = datetime(2026, 3, 1, 10, tzinfo=UTC)
    first = _post("f" * 32, PLANS["a" * 32], "Le levain", updated_at=updated)
    assert calendar_ics([first]) == calendar_ics([first])  # stable bytes: DTSTAMP is the last change
    moved = _post("f" * 32, PLANS["b" * 32], "Le levain", updated_at=updated + timedelta(hours=1))
    before, after = (icalendar.Calendar.from_ical(calendar_ics([p])).events[0] for p in (first, moved))
    assert before["UID"] == after["UID"] == "f" * 32 + "@cmtoolbox"
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])  # calendars take the newer version


def test_event_fields() -> None:
    post = _post(
        "9" * 32,
        PLANS["c" * 32],
        "Croissants; du, dimanche",
        description="Ligne 1\nLigne 2 : 🥐",
        status="published",
        networks=("Instagram", "Facebook"),
        url="https://www.instagram.com/p/DCa9kPq3LmZ/",
    )
    event = icalendar.Calendar.from_ical(calendar_ics([post])).events[0]
    assert str(event["SUMMARY"]) == "Croissants; du, dimanche"
    assert str(event["DESCRIPTION"]) == "Ligne 1\nLigne 2 : 🥐"
    assert str(event["STATUS"]) == "CONFIRMED" and str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["URL"]) == "https://www.instagram.com/p/DCa9kPq3LmZ/"
    assert event.end - event.start == timedelta(minutes=15)
    assert read_ics(calendar_ics([post]))[0].categories == ("Instagram", "Facebook")
    tentative = icalendar.Calendar.from_ical(calendar_ics([_post("8" * 32, PLANS["c" * 32], "x")])).events[0]
    assert str(tentative["STATUS"]) == "TENTATIVE"
    assert calendar_ics([]).startswith(b"BEGIN:VCALENDAR")


def test_csv_has_local_date_and_time_and_neutralises_formulas() -> None:
    planned = PLANS["b" * 32]
    rows = [
        DraftRow(
            uid="b" * 32,
            client="Boulangerie Martin",
            title="Le levain",
            status="scheduled",
            network="Instagram",
            text='=HYPERLINK("https://evil.example","clic")',
            planned_at=planned.utc,
            zone=planned.zone,
            tags=("levain", "pain"),
            media=("Pain de campagne",),
        ),
        DraftRow(
            uid="1" * 32,
            client="Martin",
            title="@boulangerie",
            status="idea",
            network="",
            text="-20 % ce soir",
        ),
    ]
    text = drafts_csv(rows)
    parsed = list(csv.reader(io.StringIO(text)))
    assert tuple(parsed[0]) == CSV_COLUMNS
    first = dict(zip(CSV_COLUMNS, parsed[1], strict=True))
    assert (first["date"], first["time"], first["time_zone"]) == ("2026-03-30", "09:00", PARIS)
    assert first["planned_utc"] == "2026-03-30T07:00:00+00:00"
    assert first["text"].startswith("'=HYPERLINK(")
    assert first["tags"] == "levain, pain" and first["media"] == "Pain de campagne"
    second = dict(zip(CSV_COLUMNS, parsed[2], strict=True))
    assert (second["title"], second["text"], second["date"]) == ("@boulangerie", "-20 % ce soir", "")
