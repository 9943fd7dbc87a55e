"""Operations of the editorial calendar: month and week views, the zone posts are planned in, the
CM's key dates, and the calendar's exports (.ics and CSV, from the app and `cmtoolbox export`).

A view is one read (`calendar_view`, `month_view`, `week_view`): the drafts whose calendar time
(published time once published, else planned time) falls in the days shown, grouped by the local
day of the viewer's zone, plus each day's public holidays and key dates. Moving a draft in the
calendar is `ops.drafts.move_to_day` / `move_to_time` / `replan`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cmtoolbox.core import networks
from cmtoolbox.core.ical import CalendarPost, DraftRow, calendar_ics, drafts_csv
from cmtoolbox.core.schedule import (
    DayMarker,
    InvalidZone,
    day_markers,
    local_day,
    month_weeks,
    system_zone_name,
    utc_bounds,
    week_days,
)
from cmtoolbox.core.schedule import zone as zone_info
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.drafts import STATUSES, Draft, DraftQuery, DraftSort, DraftSummary
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.key_dates import KeyDate
from cmtoolbox.storage.settings import GLOBAL, client_scope
from cmtoolbox.storage.store import Store

if TYPE_CHECKING:
    from cmtoolbox.ops.export import ExportReport

PLANNING_ZONE_KEY = "schedule.zone"
CALENDAR_STATUSES = frozenset(s for s in STATUSES if s != "archived")
_KEEP: Any = object()


# -- the zone posts are planned in -----------------------------------------------------------------
def planning_zone(store: Store, client_id: int | None = None) -> str:
    """The IANA zone new plans use: the client's own (a client abroad), else the app's setting,
    else this machine's zone."""
    scopes = ([client_scope(client_id)] if client_id is not None else []) + [GLOBAL]
    for scope in scopes:
        value = store.settings.get(PLANNING_ZONE_KEY, None, scope=scope)
        if isinstance(value, str) and value:
            return value
    return system_zone_name()


def set_planning_zone(store: Store, client_id: int | None, zone: str | None) -> None:
    """Set (or, with None, forget) the planning zone of a client, or of the app (`client_id` None)."""
    scope = client_scope(client_id) if client_id is not None else GLOBAL
    if zone is None:
        store.settings.delete(PLANNING_ZONE_KEY, scope=scope)
        return
    try:
        zone_info(zone)
    except InvalidZone as error:
        raise InvalidValue(str(error), field="zone", reason="unknown") from error
    store.settings.set(PLANNING_ZONE_KEY, zone, scope=scope)


# -- views -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CalendarView:
    """What a month or week view draws, for the days `first`..`last` seen from `zone`."""

    first: date
    last: date
    zone: str
    entries: list[DraftSummary]  # in time order
    by_day: dict[date, list[DraftSummary]]  # local day in `zone` -> its posts, in time order
    markers: dict[date, list[DayMarker]]  # holidays first, then key dates


def calendar_view(
    store: Store,
    first: date,
    last: date,
    *,
    zone: str,
    client_id: int | None = None,
    statuses: Iterable[str] = CALENDAR_STATUSES,
    holidays_country: str | None = "FR",
    holidays_subdiv: str | None = None,
    language: str | None = "fr",
) -> CalendarView:
    """Posts and day markers of the days `first`..`last` (inclusive) as seen from `zone`, for
    one client or all (`client_id` None). `holidays_country` None hides public holidays;
    `language` names them ("fr" or "en")."""
    since, until = utc_bounds(first, last, zone)
    entries = store.drafts.calendar(since, until, client_id=client_id, statuses=statuses)
    by_day: dict[date, list[DraftSummary]] = {}
    for entry in entries:
        at = entry.calendar_at
        if at is not None:
            by_day.setdefault(local_day(at, zone), []).append(entry)
    key_dates = store.key_dates.for_client(client_id, every_client=client_id is None)
    markers = day_markers(
        first, last, key_dates, country=holidays_country, subdiv=holidays_subdiv, language=language
    )
    return CalendarView(first, last, zone, entries, by_day, markers)


def month_view(store: Store, year: int, month: int, *, zone: str, **options: Any) -> CalendarView:
    """The six weeks (Monday first) a month view shows; see `calendar_view` for `options`."""
    weeks = month_weeks(year, month)
    return calendar_view(store, weeks[0][0], weeks[-1][-1], zone=zone, **options)


def week_view(store: Store, day: date, *, zone: str, **options: Any) -> CalendarView:
    """The ISO week (Monday to Sunday) holding `day`."""
    days = week_days(day)
    return calendar_view(store, days[0], days[-1], zone=zone, **options)


def unplanned_drafts(store: Store, client_id: int | None, limit: int = 200) -> list[DraftSummary]:
    """Drafts with no date yet (not published, not archived), to drag onto the calendar."""
    query = DraftQuery(
        client_id=client_id,
        statuses=frozenset({"idea", "draft", "to_approve", "approved"}),
        sort=DraftSort.UPDATED,
    )
    return [s for s in store.drafts.page(query, 0, limit * 4) if s.planned_at is None][:limit]


# -- key dates ---------------------------------------------------------------------------------------
def list_key_dates(store: Store, client_id: int | None, *, every_client: bool = False) -> list[KeyDate]:
    return store.key_dates.for_client(client_id, every_client=every_client)


def create_key_date(
    store: Store, client_id: int | None, day: date, title: str, *, yearly: bool = False, notes: str = ""
) -> Undoable[KeyDate]:
    """A key date of a client (`client_id` None: of every client); the undo removes it."""
    made = store.key_dates.create(client_id, day, title, yearly=yearly, notes=notes)
    return Undoable(made, call(delete_key_date, made.id))


def update_key_date(
    store: Store,
    key_date_id: int,
    *,
    day: date | None = None,
    title: str | None = None,
    yearly: bool | None = None,
    notes: str | None = None,
) -> Undoable[KeyDate]:
    before = store.key_dates.get(key_date_id)
    after = store.key_dates.update(key_date_id, day=day, title=title, yearly=yearly, notes=notes)
    previous = {"day": before.day, "title": before.title, "yearly": before.yearly, "notes": before.notes}
    return Undoable(after, call(update_key_date, key_date_id, **previous))


def delete_key_date(store: Store, key_date_id: int) -> Undoable[KeyDate]:
    """Remove a key date; the undo puts it back, same id."""
    gone = store.key_dates.delete(key_date_id)
    return Undoable(gone, call(restore_key_date, gone))


def restore_key_date(store: Store, key_date: KeyDate) -> Undoable[KeyDate]:
    back = store.key_dates.create(
        key_date.client_id,
        key_date.day,
        key_date.title,
        yearly=key_date.yearly,
        notes=key_date.notes,
        key_date_id=key_date.id,
    )
    return Undoable(back, call(delete_key_date, back.id))


# -- exports -----------------------------------------------------------------------------------------
def _export_ids(store: Store, client_id: int | None, draft_ids: Sequence[int] | None) -> list[int]:
    if draft_ids is not None:
        return [int(i) for i in draft_ids]
    query = DraftQuery(client_id=client_id, statuses=CALENDAR_STATUSES, sort=DraftSort.PLANNED)
    return store.drafts.ids(query)


def _description(draft: Draft) -> str:
    parts = [draft.body.strip()] if draft.body.strip() else []
    for variant in draft.variants:
        if not variant.follows_master and variant.text.strip() and variant.text != draft.body:
            parts.append(f"— {networks.network(variant.network).name} —\n{variant.text.strip()}")
    return "\n\n".join(parts)


def calendar_posts(
    store: Store, client_id: int | None, draft_ids: Sequence[int] | None = None
) -> list[CalendarPost]:
    """The planned and published drafts (not archived, not in the trash) of a client, or all
    clients (titles then start with the client's name), or just `draft_ids`, as calendar events."""
    names = {c.id: c.name for c in store.clients.list(include_archived=True)}
    posts: list[CalendarPost] = []
    for draft_id in _export_ids(store, client_id, draft_ids):
        draft = store.drafts.get(draft_id)
        published = draft.status == "published" and draft.published_at is not None
        start = draft.published_at if published else draft.planned_at
        if start is None or draft.deleted_at is not None:
            continue
        title = draft.display_title
        if client_id is None and draft_ids is None:
            title = f"{names.get(draft.client_id, '')} · {title}"
        posts.append(
            CalendarPost(
                uid=draft.uid,
                start=start,
                zone=draft.planned_tz or planning_zone(store, draft.client_id),
                title=title,
                description=_description(draft),
                status=draft.status,
                networks=tuple(networks.network(n).name for n in draft.networks),
                url=_published_url(draft),
                updated_at=draft.updated_at,
            )
        )
    return posts


def _published_url(draft: Draft) -> str:
    return draft.published_url or next((v.published_url for v in draft.variants if v.published_url), "")


def calendar_file(
    store: Store, client_id: int | None, draft_ids: Sequence[int] | None = None, *, name: str = ""
) -> bytes:
    """The .ics file of `calendar_posts` (the GUI writes it on an IO thread)."""
    if not name:
        name = store.clients.get(client_id).name if client_id is not None else "CM Toolbox"
    return calendar_ics(calendar_posts(store, client_id, draft_ids), name=name)


def draft_rows(store: Store, client_id: int | None, draft_ids: Sequence[int] | None = None) -> list[DraftRow]:
    """One CSV row per draft and network (the master alone for a draft with no variant)."""
    names = {c.id: c.name for c in store.clients.list(include_archived=True)}
    if draft_ids is None:
        query = DraftQuery(client_id=client_id, statuses=frozenset(STATUSES), sort=DraftSort.PLANNED)
        draft_ids = store.drafts.ids(query)
    rows: list[DraftRow] = []
    for draft_id in draft_ids:
        draft = store.drafts.get(draft_id)
        items = {m.id: m.display_title for m in store.media.many(draft.all_media_ids)}
        master = DraftRow(
            uid=draft.uid,
            client=names.get(draft.client_id, ""),
            title=draft.display_title,
            status=draft.status,
            network="",
            text=draft.body,
            planned_at=draft.planned_at,
            zone=draft.planned_tz,
            tags=draft.tags,
            media=[items[m] for m in draft.media_ids if m in items],
            published_at=draft.published_at,
            published_url=draft.published_url,
            notes=draft.notes,
        )
        if not draft.variants:
            rows.append(master)
        for variant in draft.variants:
            rows.append(
                replace(
                    master,
                    network=networks.network(variant.network).name,
                    text=variant.text,
                    media=[items[m] for m in (*draft.media_ids, *variant.media_ids) if m in items],
                    published_at=variant.published_at or draft.published_at,
                    published_url=variant.published_url or draft.published_url,
                )
            )
    return rows


def csv_text(store: Store, client_id: int | None, draft_ids: Sequence[int] | None = None) -> str:
    """The drafts CSV (write it with encoding "utf-8-sig" so spreadsheets read the accents)."""
    return drafts_csv(draft_rows(store, client_id, draft_ids))


def export_drafts(store: Store, client_id: int | None, folder: Path, report: ExportReport) -> None:
    """Exporter of `ops.export`: `drafts/drafts.csv` (every draft, every status) and
    `drafts/calendar.ics` (planned and published posts) of one client or all."""
    rows = draft_rows(store, client_id)
    if not rows:
        return
    target = folder / "drafts"
    target.mkdir(parents=True, exist_ok=True)
    (target / "drafts.csv").write_text(drafts_csv(rows), encoding="utf-8-sig", newline="")
    report.add("drafts", len({row.uid for row in rows}))
    posts = calendar_posts(store, client_id)
    if posts:
        name = store.clients.get(client_id).name if client_id is not None else "CM Toolbox"
        (target / "calendar.ics").write_bytes(calendar_ics(posts, name=name))
        report.add("calendar events", len(posts))
