"""The dashboard's operations on a real SQLite file holding known records of every kind: what each
card lists for a client (with shared records) and for all clients, in which order, and what it
leaves out (done, trashed, other clients', outside the period)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from cmtoolbox.core.fetch import FetchRequest, LinkCheck
from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.ops import dashboard as ops
from cmtoolbox.ops.dashboard import Card, Period, Scope
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.feeds import read_local_feed
from cmtoolbox.storage.store import Store
from cmtoolbox.storage.timeutil import to_db

PARIS = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=PARIS)  # a Wednesday; its week runs Mon 30 Nov - Sun 6 Dec
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>https://{host}/</link>{items}</channel></rss>"""
ITEM = """<item><title>{title}</title><link>https://{host}/{n}</link><guid>{host}-{n}</guid>
<pubDate>{day} Nov 2026 10:00:00 +0100</pubDate><description>texte</description></item>"""


def at(day: int, hour: int, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=PARIS)


def scope(client_id: int | None, period: Period = Period.WEEK, **kwargs: object) -> Scope:
    return Scope(client_id, period, NOW, **kwargs)  # type: ignore[arg-type]


def titles(found: ops.DashboardList) -> list[str]:
    return [entry.title for entry in found.entries]


@pytest.fixture
def clients(store: Store) -> tuple[int, int]:
    return store.clients.create("Boulangerie Martin").id, store.clients.create("Café Lumière").id


def planned(store: Store, client_id: int, title: str, when: datetime, **kwargs: object) -> int:
    draft = store.drafts.create(
        client_id, title=title, body=f"{title} : le texte", networks=["instagram", "facebook"], **kwargs
    )  # type: ignore[arg-type]
    store.drafts.set_planned(draft.id, PlannedTime(when, "Europe/Paris"))
    return draft.id


# -- period ------------------------------------------------------------------------------------------
def test_period_bounds_today_and_calendar_week() -> None:
    assert ops.period_bounds(Period.TODAY, NOW) == (at(2, 0), at(3, 0))
    assert ops.period_bounds(Period.WEEK, NOW) == (at(30, 0, 11), at(7, 0))
    assert ops.period_bounds(Period.WEEK, NOW, first_weekday=6) == (at(29, 0, 11), at(6, 0))
    sunday = datetime(2026, 12, 6, 23, 59, tzinfo=PARIS)
    assert ops.period_bounds(Period.WEEK, sunday) == (at(30, 0, 11), at(7, 0))
    with pytest.raises(ValueError):
        Scope(None, Period.TODAY, datetime(2026, 12, 2, 10, 0))  # naive: which day is it?
    # With the zone's rules (what the page passes), the week ends at local midnight after summer
    # time began on Sunday 29 March 2026: 22:00 UTC, not 23:00.
    paris = ZoneInfo("Europe/Paris")
    start, end = ops.period_bounds(Period.WEEK, datetime(2026, 3, 25, 12, 0, tzinfo=paris))
    assert start.astimezone(UTC) == datetime(2026, 3, 22, 23, 0, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)


# -- drafts ------------------------------------------------------------------------------------------
def test_planned_posts_of_today_and_of_the_week(store: Store, clients: tuple[int, int]) -> None:
    martin, cafe = clients
    today = planned(store, martin, "Galette des rois", at(2, 18))
    early = planned(store, martin, "Pain du matin", at(2, 7))
    later = planned(store, martin, "Bûche de Noël", at(5, 12))
    planned(store, martin, "Semaine prochaine", at(8, 9))
    planned(store, martin, "Mardi dernier", at(24, 9, 11))
    done = planned(store, martin, "Déjà publié", at(2, 8))
    store.drafts.mark_published(done, at=at(2, 8))
    trashed = planned(store, martin, "À la corbeille", at(3, 9))
    store.drafts.move_to_trash(trashed)
    theirs = planned(store, cafe, "Café gourmand", at(4, 15))

    day = ops.planned_posts(store, scope(martin, Period.TODAY))
    assert titles(day) == ["Pain du matin", "Galette des rois"] and day.total == 2
    entry = day.entries[1]
    assert (entry.kind, entry.id, entry.client_id) == (Entity.DRAFTS, today, martin)
    assert entry.when == at(2, 18) and entry.status == "draft"
    assert entry.extra["networks"] == ("instagram", "facebook")

    week = ops.planned_posts(store, scope(martin))
    assert [e.id for e in week.entries] == [early, today, later]
    everyone = ops.planned_posts(store, scope(None))
    assert [e.id for e in everyone.entries] == [early, today, theirs, later]
    assert everyone.entries[2].client_id == cafe
    limited = ops.planned_posts(store, scope(None, limit=2))
    assert limited.total == 4 and len(limited.entries) == 2


def test_approvals_waiting_and_sent_back(store: Store, clients: tuple[int, int]) -> None:
    martin, cafe = clients

    def draft(client_id: int, title: str) -> int:
        return store.drafts.create(client_id, title=title, body=f"{title} : le texte").id

    waiting = draft(martin, "Proof envoyée")
    store.drafts.mark_sent(waiting, now=at(1, 9))
    sent_back = draft(martin, "À reprendre")
    store.drafts.mark_sent(sent_back, now=at(27, 9, 11))
    store.drafts.record_answer(sent_back, approved=False, words="Plus court", now=at(30, 14, 11))
    resent = draft(martin, "Reprise renvoyée")
    store.drafts.mark_sent(resent, now=at(20, 9, 11))
    store.drafts.record_answer(resent, approved=False, now=at(21, 9, 11))
    store.drafts.mark_sent(resent, now=at(2, 8))
    store.drafts.set_planned(resent, PlannedTime(at(4, 9), "Europe/Paris"))
    approved = draft(martin, "Validée")
    store.drafts.mark_sent(approved, now=at(1, 9))
    store.drafts.record_answer(approved, approved=True, now=at(1, 11))
    draft(martin, "Jamais envoyée")
    trashed = draft(martin, "Corbeille")
    store.drafts.mark_sent(trashed)
    store.drafts.move_to_trash(trashed)
    theirs = draft(cafe, "Carte d'hiver")
    store.drafts.mark_sent(theirs, now=at(28, 9, 11))

    found = ops.pending_approvals(store, scope(martin))
    # Sent back first (the CM has work to do), then the proofs by planned time, unplanned last.
    assert [(e.id, e.status) for e in found.entries] == [
        (sent_back, "changes_requested"),
        (resent, "to_approve"),
        (waiting, "to_approve"),
    ]
    assert found.total == 3
    assert [e.when for e in found.entries] == [at(30, 14, 11), at(2, 8), at(1, 9)]
    assert found.entries[1].extra["planned_at"] == at(4, 9)
    everyone = ops.pending_approvals(store, scope(None))
    assert [e.id for e in everyone.entries] == [sent_back, resent, waiting, theirs]
    assert ops.pending_approvals(store, scope(None, limit=2)).total == 4
    assert [e.id for e in ops.pending_approvals(store, scope(None, limit=2)).entries] == [sent_back, resent]
    # The period does not hide a proof waiting for an answer.
    assert ops.pending_approvals(store, scope(martin, Period.TODAY)).total == 3


def test_published_posts_missing_metrics(store: Store, clients: tuple[int, int]) -> None:
    martin, cafe = clients
    draft = store.drafts.create(
        martin, title="Fournée du lundi", body="Du pain", networks=["instagram", "facebook"]
    )
    store.drafts.mark_published(
        draft.id, network="instagram", at=at(30, 9, 11), url="https://instagram.com/p/1"
    )
    store.drafts.mark_published(draft.id, network="facebook", at=at(30, 10, 11))
    measured = store.drafts.create(martin, title="Mesuré", body="Chiffres", networks=["instagram"])
    store.drafts.mark_published(measured.id, network="instagram", at=at(29, 9, 11))
    old = store.drafts.create(martin, title="Trop ancien", body="Vieux", networks=["instagram"])
    store.drafts.mark_published(old.id, network="instagram", at=at(20, 9, 10))
    theirs = store.drafts.create(cafe, title="Latte art", body="Mousse", networks=["instagram"])
    store.drafts.mark_published(theirs.id, network="instagram", at=at(1, 9))
    variant = store.drafts.get(measured.id).variant("instagram")
    assert variant is not None
    store.metrics.record(variant.id, date(2026, 12, 1), {"reach": 120, "reactions": 14})

    found = ops.missing_metrics(store, scope(martin))
    assert [(e.id, e.extra["network"]) for e in found.entries] == [
        (draft.id, "instagram"),
        (draft.id, "facebook"),
    ]
    entry = found.entries[0]
    assert entry.kind == Entity.DRAFTS and entry.when == at(30, 9, 11)
    assert entry.extra["published_url"] == "https://instagram.com/p/1"
    assert entry.extra["variant_id"] == store.drafts.get(draft.id).variant("instagram").id  # type: ignore[union-attr]
    assert ops.missing_metrics(store, scope(None)).total == 3
    # "Today" asks for posts up to now, not for the rest of the day.
    assert ops.missing_metrics(store, scope(None, Period.TODAY)).total == 3


# -- monitoring --------------------------------------------------------------------------------------
def subscribe(store: Store, client_id: int | None, tmp_path: Path, host: str, count: int) -> int:
    items = "".join(ITEM.format(title=f"Article {n}", host=host, n=n, day=10 + n) for n in range(count))
    path = tmp_path / f"{host}.xml"
    path.write_text(RSS.format(title=f"Blog {host}", host=host, items=items), "utf-8")
    url = path.as_uri()
    return store.feeds.subscribe(client_id, url, result=read_local_feed(FetchRequest(url))).id


def test_unread_items_per_feed(store: Store, clients: tuple[int, int], tmp_path: Path) -> None:
    martin, cafe = clients
    busy = subscribe(store, martin, tmp_path, "fournil.example", 4)
    quiet = subscribe(store, martin, tmp_path, "farine.example", 2)
    shared = subscribe(store, None, tmp_path, "metiers.example", 3)
    theirs = subscribe(store, cafe, tmp_path, "torref.example", 5)
    read = subscribe(store, martin, tmp_path, "lu.example", 1)
    newest = {row.title: row.id for row in store.feeds.items(martin, feed_id=busy)}
    store.feeds.set_read([newest["Article 3"]])  # the newest is read: the next one opens
    store.feeds.mark_all_read(martin, feed_id=read)

    found = ops.unread_feeds(store, scope(martin))
    assert [(e.extra["feed_id"], e.count) for e in found.entries] == [(busy, 3), (shared, 3), (quiet, 2)]
    assert found.total == 3 and found.count == 8
    first = found.entries[0]
    assert first.kind == Entity.FEED_ITEMS and first.id == newest["Article 2"]
    assert first.title == "Blog fournil.example" and first.detail == "Article 2"
    assert found.entries[1].client_id is None
    everyone = ops.unread_feeds(store, scope(None))
    assert everyone.entries[0].extra["feed_id"] == theirs and everyone.count == 13


def test_dead_links(store: Store, clients: tuple[int, int]) -> None:
    martin, cafe = clients
    dead = store.sources.create(martin, "https://disparu.example/page", title="Blog disparu")
    moved = store.sources.create(martin, "https://ancien.example/", title="Déménagé")
    alive = store.sources.create(martin, "https://vivant.example/", title="Vivant")
    shared = store.sources.create(None, "https://commun.example/404")
    theirs = store.sources.create(cafe, "https://cafe.example/404", title="Café mort")
    store.sources.record_link_checks(
        [
            (dead.id, LinkCheck(dead.url, "dead", http_status=404)),
            (moved.id, LinkCheck(moved.url, "moved", new_url="https://nouveau.example/")),
            (alive.id, LinkCheck(alive.url, "alive", http_status=200)),
            (shared.id, LinkCheck(shared.url, "dead", error_code="dns")),
            (theirs.id, LinkCheck(theirs.url, "dead", http_status=410)),
        ]
    )
    found = ops.dead_links(store, scope(martin))
    assert sorted(e.id for e in found.entries) == sorted([dead.id, shared.id]) and found.total == 2
    entry = next(e for e in found.entries if e.id == dead.id)
    assert (entry.kind, entry.title, entry.detail, entry.extra["reason"]) == (
        Entity.SOURCES, "Blog disparu", "https://disparu.example/page", "404",
    )  # fmt: skip
    assert next(e for e in found.entries if e.id == shared.id).title == "https://commun.example/404"
    assert ops.dead_links(store, scope(None)).total == 3


# -- library and notebook ----------------------------------------------------------------------------
def test_media_whose_rights_end_soon_or_ended(store: Store, clients: tuple[int, int], tmp_path: Path) -> None:
    martin, cafe = clients

    def media(client_id: int, name: str, colour: tuple[int, int, int], expire: date | None) -> int:
        path = tmp_path / f"{name}.jpg"
        Image.new("RGB", (32, 24), colour).save(path, "JPEG")
        item = store.media.import_file(path, client_id).item
        store.media.update(item.id, rights_expire_on=expire, licence="Banque d'images")
        return item.id

    today = NOW.date()
    soon = media(martin, "vitrine", (200, 10, 10), today + timedelta(days=3))
    ended = media(martin, "four", (10, 200, 10), today - timedelta(days=2))
    media(martin, "plus-tard", (10, 10, 200), today + timedelta(days=45))
    media(martin, "libre", (90, 90, 90), None)
    trashed = media(martin, "corbeille", (150, 150, 10), today + timedelta(days=1))
    store.media.move_to_trash(trashed)
    theirs = media(cafe, "tasse", (10, 150, 150), today + timedelta(days=30))

    found = ops.expiring_media(store, scope(martin))
    assert [(e.id, e.status, e.count) for e in found.entries] == [
        (ended, "expired", -2),
        (soon, "expiring", 3),
    ]
    assert found.entries[1].kind == Entity.MEDIA and found.entries[1].day == today + timedelta(days=3)
    assert found.entries[1].title == "vitrine.jpg" and found.entries[1].detail == "Banque d'images"
    assert [e.id for e in ops.expiring_media(store, scope(None)).entries] == [ended, soon, theirs]


def test_recently_edited_notes(store: Store, clients: tuple[int, int]) -> None:
    martin, cafe = clients

    def note(client_id: int | None, title: str, edited: datetime, **kwargs: object) -> int:
        created = store.notes.create(client_id, title, "## Le texte\nsuite", **kwargs)  # type: ignore[arg-type]
        store.db.execute("UPDATE notes SET updated_at = ? WHERE id = ?", [to_db(edited), created.id])
        return created.id

    this_morning = note(martin, "Brief galette", at(2, 8))
    untitled = note(martin, "", at(2, 9, 12))
    monday = note(martin, "Compte rendu", at(30, 17, 11))
    shared = note(None, "Charte commune", at(1, 10))
    note(martin, "Vieille note", at(20, 10, 11))
    thursday = note(martin, "Jeudi", at(26, 10, 11))
    theirs = note(cafe, "Carte", at(2, 7))
    template = store.notes.create(martin, "Modèle", "x")
    store.db.execute(
        "UPDATE notes SET is_template = 1, updated_at = ? WHERE id = ?", [to_db(at(2, 9)), template.id]
    )
    trashed = note(martin, "Jetée", at(2, 9))
    store.notes.move_to_trash(trashed)

    day = ops.recent_notes(store, scope(martin, Period.TODAY))
    assert [e.id for e in day.entries] == [untitled, this_morning]
    assert day.entries[0].title == "Le texte" and day.entries[0].kind == Entity.NOTES
    week = ops.recent_notes(store, scope(martin))
    # "This week" is the last seven days: last Thursday's work still shows.
    assert [e.id for e in week.entries] == [untitled, this_morning, shared, monday, thursday]
    assert [e.id for e in ops.recent_notes(store, scope(None, Period.TODAY)).entries] == [
        untitled, this_morning, theirs,
    ]  # fmt: skip


# -- all cards at once -------------------------------------------------------------------------------
def test_overview_reads_every_card_and_an_empty_database_is_empty(
    store: Store, clients: tuple[int, int]
) -> None:
    martin, _cafe = clients
    empty = ops.overview(store, scope(martin))
    assert list(empty.cards) == list(Card) and empty.empty
    planned(store, martin, "Galette", at(3, 9))
    full = ops.overview(store, scope(martin))
    assert not full.empty and titles(full[Card.PLANNED]) == ["Galette"]
    assert full.scope.client_id == martin


def test_archived_clients_are_left_out_of_all_clients(store: Store, clients: tuple[int, int]) -> None:
    martin, cafe = clients
    planned(store, martin, "Galette", at(3, 9))
    planned(store, cafe, "Latte", at(3, 10))
    store.clients.set_archived(cafe, True)
    assert titles(ops.planned_posts(store, scope(None))) == ["Galette"]
    assert titles(ops.planned_posts(store, scope(cafe))) == ["Latte"]  # asked for by name: shown


def test_every_card_reads_from_an_index(store: Store, clients: tuple[int, int]) -> None:
    """No card reads a whole table of records (only the few clients, to leave archived ones out)."""
    martin, _cafe = clients
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        for client_id in (martin, None):
            for period in Period:
                ops.overview(store, scope(client_id, period))
    finally:
        store.db.conn.set_trace_callback(None)
    selects = {s for s in statements if s.lstrip().upper().startswith("SELECT") and "sqlite_master" not in s}
    assert selects
    for sql in selects:
        plan = [row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
        scans = [line for line in plan if line.startswith("SCAN") and "USING" not in line]
        assert all(
            line in ("SCAN clients", "SCAN (subquery-1)") or line.startswith("SCAN (") for line in scans
        ), (
            sql,
            plan,
        )
