"""The dashboard in the real main window, driven like a person would: each kind of entry clicked
lands on its record in its section, the keyboard reaches every card, the quick actions run the
sections' own commands, the client filter and the period, empty states, and cards that follow
database changes."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cmtoolbox.core.fetch import FetchRequest, LinkCheck
from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.gui.dashboard.page import DashboardPage
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.sources.page import SourcesPage
from cmtoolbox.gui.sources.source_dialog import SourceDialog
from cmtoolbox.ops import notes as notes_ops
from cmtoolbox.ops.dashboard import Card, DashboardEntry
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.feeds import read_local_feed
from cmtoolbox.storage.store import Store
from cmtoolbox.storage.timeutil import to_db

PARIS = timezone(timedelta(hours=1))
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=PARIS)  # a Wednesday
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Actu boulangère</title><link>https://actu.example/</link>
<item><title>La galette 2027</title><link>https://actu.example/1</link><guid>a1</guid>
<pubDate>Mon, 30 Nov 2026 10:00:00 +0100</pubDate><description>frangipane</description></item>
<item><title>Le levain</title><link>https://actu.example/2</link><guid>a2</guid>
<pubDate>Sun, 29 Nov 2026 10:00:00 +0100</pubDate><description>levain</description></item>
</channel></rss>"""


def at(day: int, hour: int, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=PARIS)


async def wait_for(predicate: Callable[[], Any], timeout: float = 10) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


def settle(run, ctx) -> None:  # noqa: ANN001
    run(ctx.tasks.idle())


class Records:
    """One known record of each kind for Boulangerie Martin, one planned post for Café Lumière."""

    def __init__(self, store: Store, tmp_path: Path) -> None:
        self.martin = store.clients.create("Boulangerie Martin").id
        self.cafe = store.clients.create("Café Lumière").id
        self.planned = store.drafts.create(
            self.martin, title="Galette des rois", body="Le texte", networks=["instagram"]
        ).id
        store.drafts.set_planned(self.planned, PlannedTime(at(3, 18), "Europe/Paris"))
        self.theirs = store.drafts.create(self.cafe, title="Latte art", body="Mousse").id
        store.drafts.set_planned(self.theirs, PlannedTime(at(4, 9), "Europe/Paris"))
        self.proof = store.drafts.create(self.martin, title="Jeu-concours", body="À valider").id
        store.drafts.mark_sent(self.proof, now=at(1, 9))
        self.published = store.drafts.create(
            self.martin, title="Fournée du lundi", body="Du pain", networks=["facebook"]
        ).id
        store.drafts.mark_published(self.published, network="facebook", at=at(30, 9, 11))
        note = store.notes.create(self.martin, "Brief galette", "Le brief")
        store.db.execute("UPDATE notes SET updated_at = ? WHERE id = ?", [to_db(at(2, 8)), note.id])
        self.note = note.id
        feed_file = tmp_path / "actu.xml"
        feed_file.write_text(RSS, "utf-8")
        url = feed_file.as_uri()
        self.feed = store.feeds.subscribe(self.martin, url, result=read_local_feed(FetchRequest(url))).id
        self.item = next(row.id for row in store.feeds.items(self.martin) if row.title == "La galette 2027")
        picture = tmp_path / "vitrine.jpg"
        Image.new("RGB", (32, 24), (200, 120, 60)).save(picture, "JPEG")
        self.media = store.media.import_file(picture, self.martin).item.id
        store.media.update(self.media, rights_expire_on=NOW.date() + timedelta(days=5))
        source = store.sources.create(self.martin, "https://disparu.example/", title="Blog disparu")
        store.sources.record_link_checks([(source.id, LinkCheck(source.url, "dead", http_status=404))])
        self.source = source.id


@pytest.fixture
def records(store: Store, tmp_path: Path) -> Records:
    return Records(store, tmp_path)


def make_window(qtbot, ctx, run, size: tuple[int, int] = (1180, 760)) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dashboard(window).controller.now = lambda: NOW
    window.resize(*size)
    window.show_section("dashboard")
    window.show()
    run(window.clients.reload())
    settle(run, ctx)
    return window


def dashboard(window: MainWindow) -> DashboardPage:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    return page


def entries(page: DashboardPage, card: Card) -> list[DashboardEntry]:
    return page.cards[card].list.entries()


def click_entry(qtbot, page: DashboardPage, card: Card, row: int = 0) -> None:  # noqa: ANN001
    view = page.cards[card].list
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(row)).center()
    )


# -- opening entries -------------------------------------------------------------------------------------
def test_the_app_opens_on_the_dashboard_with_every_card(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    assert window.current_section == "dashboard" and window.pages.currentWidget() is page
    assert not window.new_action.isEnabled()  # the dashboard creates nothing itself: quick actions do
    assert [e.id for e in entries(page, Card.PLANNED)] == [records.planned]  # not Café Lumière's
    assert [e.id for e in entries(page, Card.APPROVALS)] == [records.proof]
    assert [e.id for e in entries(page, Card.METRICS)] == [records.published]
    assert [e.id for e in entries(page, Card.UNREAD)] == [records.item]
    assert [e.id for e in entries(page, Card.RIGHTS)] == [records.media]
    assert [e.id for e in entries(page, Card.NOTES)] == [records.note]
    assert [e.id for e in entries(page, Card.DEAD_LINKS)] == [records.source]
    assert page.cards[Card.PLANNED].title.text() == "Planned this week"
    assert page.cards[Card.PLANNED].count.text() == "1"
    assert page.subtitle.text().endswith("Boulangerie Martin") and "2026" in page.subtitle.text()
    unread = page.cards[Card.UNREAD].list.item(0)
    assert unread.data(Qt.ItemDataRole.UserRole + 1).badge == "2"


def test_a_note_opens_in_the_notebook(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    click_entry(qtbot, dashboard(window), Card.NOTES)
    settle(run, ctx)
    notes = window.page("notes")
    assert window.current_section == "notes" and notes.current_note.id == records.note  # type: ignore[attr-defined]


@pytest.mark.parametrize("card", [Card.PLANNED, Card.APPROVALS])
def test_a_draft_opens_in_drafts(qtbot, ctx, run, records: Records, card: Card) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    click_entry(qtbot, page, card)
    settle(run, ctx)
    expected = {Card.PLANNED: records.planned, Card.APPROVALS: records.proof}
    drafts = window.page("drafts")
    assert window.current_section == "drafts"
    assert drafts.current_draft.id == expected[card]  # type: ignore[attr-defined]


def test_a_post_missing_metrics_opens_at_its_row_in_results(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    hit = page.controller.hit_for(entries(page, Card.METRICS)[0])
    assert hit.kind == Entity.POST_METRICS and hit.extra["draft_id"] == records.published
    click_entry(qtbot, page, Card.METRICS)
    settle(run, ctx)
    results = window.page("results")
    assert window.current_section == "results"
    entry = results.entry  # type: ignore[attr-defined]
    assert results.tabs.currentWidget() is entry  # type: ignore[attr-defined]
    current = entry.posts_view.currentIndex()
    assert entry.posts_model.posts[current.row()].variant_id == hit.id
    assert entry.posts_model.metric_at(current.column()) == "impressions"  # ready to type the figures


def test_an_unread_feed_shows_its_newest_unread_item(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    click_entry(qtbot, dashboard(window), Card.UNREAD)
    settle(run, ctx)
    sources = window.page("sources")
    assert isinstance(sources, SourcesPage)
    assert window.current_section == "sources" and sources.tabs.currentIndex() == SourcesPage.FEEDS
    run(wait_for(lambda: sources.feeds_tab.view.item is not None))
    assert sources.feeds_tab.view.item.id == records.item  # type: ignore[union-attr]
    assert sources.feeds_tab.selected_feed().id == records.feed  # type: ignore[union-attr]


def test_media_is_selected_in_the_library(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    click_entry(qtbot, dashboard(window), Card.RIGHTS)
    settle(run, ctx)
    library = window.page("library")
    assert window.current_section == "library"
    run(wait_for(lambda: library.browser.current_item() is not None))  # type: ignore[attr-defined]
    assert library.browser.current_item().id == records.media  # type: ignore[attr-defined]


def test_a_dead_link_selects_its_source(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    click_entry(qtbot, dashboard(window), Card.DEAD_LINKS)
    settle(run, ctx)
    sources = window.page("sources")
    assert isinstance(sources, SourcesPage)
    assert window.current_section == "sources" and sources.tabs.currentIndex() == SourcesPage.SOURCES
    assert sources.sources_tab.selected_ids() == [records.source]


def test_keyboard_reaches_a_card_and_enter_opens_the_entry(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    notes_list = page.cards[Card.NOTES].list
    page.cards[Card.RIGHTS].list.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # cards follow in reading order
    assert QApplication.focusWidget() is notes_list and notes_list.currentRow() == 0
    qtbot.keyClick(notes_list, Qt.Key.Key_Return)
    settle(run, ctx)
    assert window.current_section == "notes"
    assert window.page("notes").current_note.id == records.note  # type: ignore[attr-defined]
    # Every control of the page takes the focus from the keyboard.
    for widget in (
        page.scope,
        page.today_button,
        page.week_button,
        page.new_note_button,
        page.add_source_button,
    ):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


# -- client filter, period, empty states ----------------------------------------------------------------
def test_all_clients_shows_every_client_and_opening_switches_client(
    qtbot, ctx, run, records: Records
) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    assert window.clients.current.id == records.martin  # type: ignore[union-attr]
    page.scope.setCurrentIndex(page.scope.findData("all"))
    settle(run, ctx)
    planned = entries(page, Card.PLANNED)
    assert [e.id for e in planned] == [records.planned, records.theirs]
    detail = page.cards[Card.PLANNED].list.item(1).data(Qt.ItemDataRole.UserRole + 1).detail
    assert detail.startswith("Café Lumière · ")
    assert page.subtitle.text().endswith("All clients")
    click_entry(qtbot, page, Card.PLANNED, 1)
    settle(run, ctx)
    assert window.clients.current.id == records.cafe  # type: ignore[union-attr]
    assert window.current_section == "drafts"
    assert window.page("drafts").current_draft.id == records.theirs  # type: ignore[attr-defined]
    # Back on the dashboard, still every client; the choice is remembered.
    window.show_section("dashboard")
    settle(run, ctx)
    assert len(entries(page, Card.PLANNED)) == 2 and ctx.prefs.value("dashboard/scope") == "all"


def test_switching_client_reloads_this_clients_cards(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    window.clients.select(records.cafe)
    settle(run, ctx)
    assert [e.id for e in entries(page, Card.PLANNED)] == [records.theirs]
    assert page.cards[Card.NOTES].list.isHidden() and not page.cards[Card.NOTES].empty.isHidden()
    assert page.cards[Card.NOTES].empty.text() == "No note edited in the last 7 days."
    assert page.subtitle.text().endswith("Café Lumière")


def test_today_narrows_the_planned_posts_and_notes(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    settle(run, ctx)
    assert page.cards[Card.PLANNED].title.text() == "Planned today"
    assert entries(page, Card.PLANNED) == []  # Thursday's post is not today's
    assert page.cards[Card.PLANNED].empty.text() == "Nothing planned today."
    assert [e.id for e in entries(page, Card.NOTES)] == [records.note]  # edited this morning
    assert [e.id for e in entries(page, Card.APPROVALS)] == [records.proof]  # waits whatever the day
    assert ctx.prefs.value("dashboard/period") == "today"


def test_no_client_then_a_client_with_nothing_to_do(qtbot, ctx, run, store: Store) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    assert page.stack.currentWidget() is page.no_client
    run(window.clients.create_client("Atelier Vélo"))
    settle(run, ctx)
    assert page.stack.currentWidget() is page.scroller
    for card in Card:
        widget = page.cards[card]
        assert widget.list.isHidden() and not widget.empty.isHidden() and widget.empty.text()
        assert widget.count.text() == ""


# -- following the data ------------------------------------------------------------------------------------
def test_cards_follow_changes_made_elsewhere(qtbot, ctx, run, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    note = run(ctx.runner.run(notes_ops.create_note, records.martin, "Compte rendu"))
    run(wait_for(lambda: note.id in [e.id for e in entries(page, Card.NOTES)]))
    assert page.cards[Card.NOTES].count.text() == "2"
    # Hidden, it notes it is stale and reloads when shown again.
    window.show_section("notes")
    run(ctx.runner.run(notes_ops.move_to_trash, note.id))
    window.show_section("dashboard")
    run(wait_for(lambda: note.id not in [e.id for e in entries(page, Card.NOTES)]))


def test_f5_reloads_what_changed_without_a_broadcast(qtbot, ctx, run, store: Store, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    written = store.notes.create(records.martin, "Écrite ailleurs", "x")  # another process, say
    store.db.execute("UPDATE notes SET updated_at = ? WHERE id = ?", [to_db(at(2, 9)), written.id])
    page.cards[Card.PLANNED].list.setFocus()
    qtbot.keyClick(page.cards[Card.PLANNED].list, Qt.Key.Key_F5)
    settle(run, ctx)
    assert entries(page, Card.NOTES)[0].id == written.id


def test_more_entries_than_a_card_shows(qtbot, ctx, run, store: Store, records: Records) -> None:  # noqa: ANN001
    for n in range(10):
        created = store.notes.create(records.martin, f"Note {n}", "x")
        store.db.execute("UPDATE notes SET updated_at = ? WHERE id = ?", [to_db(at(1, 8 + n)), created.id])
    window = make_window(qtbot, ctx, run)
    card = dashboard(window).cards[Card.NOTES]
    assert card.count.text() == "11" and len(card.list.entries()) == 8
    assert card.more.text() == "and 3 more" and not card.more.isHidden()


# -- quick actions -----------------------------------------------------------------------------------------
def test_quick_actions_run_the_sections_commands(qtbot, ctx, run, store: Store, records: Records) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    notes_before = store.db.execute("SELECT count(*) FROM notes").fetchone()[0]
    qtbot.mouseClick(page.new_note_button, Qt.MouseButton.LeftButton)
    settle(run, ctx)
    assert window.current_section == "notes"
    assert store.db.execute("SELECT count(*) FROM notes").fetchone()[0] == notes_before + 1
    assert window.page("notes").current_note is not None  # type: ignore[attr-defined]

    window.show_section("dashboard")
    drafts_before = store.db.execute("SELECT count(*) FROM drafts").fetchone()[0]
    qtbot.mouseClick(page.new_draft_button, Qt.MouseButton.LeftButton)
    settle(run, ctx)
    assert window.current_section == "drafts"
    assert store.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == drafts_before + 1

    window.show_section("dashboard")
    qtbot.mouseClick(page.add_source_button, Qt.MouseButton.LeftButton)
    sources = window.page("sources")
    assert isinstance(sources, SourcesPage)
    dialog = run(wait_for(lambda: getattr(sources.sources_tab.flows, "dialog", None)))
    assert isinstance(dialog, SourceDialog) and window.current_section == "sources"
    assert sources.tabs.currentIndex() == SourcesPage.SOURCES
    dialog.reject()
    settle(run, ctx)


def test_refresh_feeds_from_the_dashboard(
    qtbot, ctx, run, store: Store, records: Records, tmp_path: Path
) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    page = dashboard(window)
    assert entries(page, Card.UNREAD)[0].count == 2
    (tmp_path / "actu.xml").write_text(
        RSS.replace(
            "</channel>",
            "<item><title>Nouvel article</title><link>https://actu.example/3</link><guid>a3</guid>"
            "<pubDate>Tue, 01 Dec 2026 10:00:00 +0100</pubDate><description>neuf</description>"
            "</item></channel>",
        ),
        "utf-8",
    )
    stamp = (tmp_path / "actu.xml").stat().st_mtime + 5  # a new version of the file
    os.utime(tmp_path / "actu.xml", (stamp, stamp))
    qtbot.mouseClick(page.refresh_feeds_button, Qt.MouseButton.LeftButton)
    settle(run, ctx)
    assert window.current_section == "dashboard"  # the refresh ran in the background
    run(wait_for(lambda: entries(page, Card.UNREAD) and entries(page, Card.UNREAD)[0].count == 3))
    assert entries(page, Card.UNREAD)[0].detail == "Nouvel article"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_card_colours_are_readable_in_both_themes(qapp, theme: str) -> None:  # noqa: ANN001
    """The cards draw on the Base colour: their titles, muted details and warning/error tones keep
    WCAG AA contrast there, in the light and the dark theme."""
    from PySide6.QtGui import QColor, QPalette

    from cmtoolbox.gui.theme import apply_theme, contrast_ratio, semantic

    try:
        apply_theme(qapp, theme)
        palette = qapp.palette()
        base = palette.color(QPalette.ColorRole.Base)
        colours = semantic()
        for colour in (colours.warning, colours.error, colours.muted):
            assert contrast_ratio(QColor(colour), base) >= 4.5, (theme, colour)
        assert contrast_ratio(palette.color(QPalette.ColorRole.Text), base) >= 4.5
    finally:
        apply_theme(qapp, "system")


def test_refresh_feeds_without_feeds_says_so(qtbot, ctx, run, store: Store) -> None:  # noqa: ANN001
    store.clients.create("Atelier Vélo")
    window = make_window(qtbot, ctx, run)
    assert run(dashboard(window).controller.refresh_feeds_flow()) is False
    assert ctx.status.last == "No feed to refresh: subscribe to feeds in Sources ▸ Feeds."
