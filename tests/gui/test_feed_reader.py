"""The feed reader driven like a person would, against real feeds served on 127.0.0.1: subscribe
(and discover), refresh with progress, conditional GET, errors per feed, offline reading, the
sanitised reading pane with images off, stars, search, OPML, notes and post drafts."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox.core.press_review import UtmTag
from cmtoolbox.gui.sources.feed_models import ItemListModel
from cmtoolbox.gui.sources.feeds_tab import FeedsTab
from cmtoolbox.gui.sources.page import SourcesPage
from cmtoolbox.gui.sources.refresh import FeedRefresher
from cmtoolbox.gui.sources.send_to import SendChoice
from cmtoolbox.storage.drafts import DraftQuery
from cmtoolbox.storage.samples import create_sample_client
from tests.fixture_server import FixtureServer
from tests.gui.test_sources_page import (  # noqa: F401 - the autouse fixture applies here too
    answer_box,
    collect_garbage_on_the_main_thread,
    make_page,
    wait_for,
)

TRICKY_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fil pi\xc3\xa9g\xc3\xa9</title><link>https://fil.example/</link>
<item><title>Article avec image</title><link>https://fil.example/article</link><guid>a1</guid>
<pubDate>Fri, 20 Nov 2026 10:00:00 +0100</pubDate>
<description><![CDATA[<p>Du <b>levain</b> et <a href="/relatif">un lien</a>.</p>
<script>alert('x')</script><p onclick="evil()">Texte</p>
<img src="IMAGE_URL" alt="Une miche">
<img src="https://tracker.example/pixel.gif" width="1" height="1">]]></description></item>
</channel></rss>"""


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Martin")


@pytest.fixture
def page(ctx, client, qtbot, run) -> SourcesPage:  # noqa: ANN001
    made = make_page(ctx, qtbot, run)
    made.tabs.setCurrentIndex(SourcesPage.FEEDS)
    made.feeds_tab.fetcher_options = {"timeout": 5.0, "total_timeout": 10.0}
    return made


def tree_texts(tab: FeedsTab) -> dict[str, str]:
    out: dict[str, str] = {}
    stack = [tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        out[item.text(0)] = item.text(1)
        stack += [item.child(i) for i in range(item.childCount())]
    return out


def titles(tab: FeedsTab) -> list[str]:
    return [tab.model.index(r, ItemListModel.TITLE).data() for r in range(tab.model.rowCount())]


def png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#c47f3b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_subscribe_refresh_and_read_offline(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    expected_facts: dict,
    run,  # noqa: ANN001
) -> None:
    tab = page.feeds_tab
    lemonde = run(tab.subscriptions.subscribe_url(fixture_server.url("feeds/feeder_rss_lemonde.xml")))
    facts = expected_facts["feeds/feeder_rss_lemonde.xml"]
    assert lemonde is not None and lemonde.total == facts["entries"] == 21
    assert tree_texts(tab)[facts["title"]] == "21" and tree_texts(tab)["All items"] == "21"
    assert "21 item" in tab.ctx.status.last and tab.tree.currentItem().text(0) == facts["title"]
    run(tab.ctx.tasks.idle())
    assert facts["first_entry_title"] in titles(tab)

    # A broken feed is subscribed with a per-feed error, shown with an icon and a sentence.
    broken = fixture_server.url("feeds/nnw_allthis-partial.json")

    async def subscribe_broken():  # noqa: ANN202 - nothing readable: explained, kept only if asked
        return await asyncio.gather(
            tab.subscriptions.subscribe_url(broken), answer_box(QMessageBox.StandardButton.No)
        )

    refused, question = run(subscribe_broken())
    assert refused is None and "damaged" in question and "damaged" in tab.ctx.status.last
    url = fixture_server.add_route("fil.xml", TRICKY_RSS.replace(b"IMAGE_URL", b"https://img.example/a.png"),
                                   content_type="application/rss+xml")  # fmt: skip
    feed = run(tab.subscriptions.subscribe_url(url))
    assert feed is not None and feed.total == 1

    # Refresh everything: conditional GET answered 304, then the route disappears.
    fixture_server.requests.clear()
    task = tab.refresh_all()
    assert task is not None and tab.refresh_all() is None  # one refresh at a time
    summary = run(task)
    assert summary.not_modified == 1 and summary.new_items == 0  # the ad-hoc route has no ETag
    assert fixture_server.requests_to("feeds/feeder_rss_lemonde.xml")[0].headers.get("if-none-match")
    fixture_server.routes.clear()
    summary = run(tab.refresh_all())
    run(tab.ctx.tasks.idle())
    assert summary.errors == 1
    stored = store.feeds.get(feed.id)
    assert stored.error_code == "not_found" and stored.total == 1
    node = tab.tree.find_node(("feed", feed.id))
    assert node is not None and not node.icon(0).isNull()
    assert "no longer exists at this address" in node.toolTip(0)
    assert "1 feed in error" in tab.ctx.status.last

    # Offline: the item is still there, readable from the database.
    tab.select_node("feed", feed.id)
    run(tab.ctx.tasks.idle())
    assert titles(tab) == ["Article avec image"]
    tab.items.selectRow(0)
    run(tab.ctx.tasks.idle())
    assert "levain" in tab.view.browser.toPlainText()
    assert store.feeds.get(feed.id).unread == 0


def test_discovery_from_a_web_page_lets_the_user_pick(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    html = (
        "<html><head><title>Boulangerie</title>"
        '<link rel="alternate" type="application/rss+xml" title="Actualités" href="/feeds/nnw_qemu.atom">'
        '<link rel="alternate" type="application/feed+json" title="Daring JSON" '
        'href="/feeds/nnw_DaringFireball.json">'
        "</head><body>Bienvenue</body></html>"
    ).encode()
    site = fixture_server.add_route("site.html", html)
    tab = page.feeds_tab

    async def pick_second() -> None:
        dialog = await wait_for(lambda: tab.subscriptions.dialog)
        assert dialog.list.count() == 2
        dialog.list.setCurrentRow(1)
        dialog.accept()

    async def both():  # noqa: ANN202
        return (await asyncio.gather(tab.subscriptions.subscribe_url(site), pick_second()))[0]

    feed = run(both())
    assert feed is not None and feed.url == fixture_server.url("feeds/nnw_DaringFireball.json")
    assert feed.total == 48 and feed.title == "Daring Fireball"
    page_without_feeds = fixture_server.add_route("nofeed.html", b"<html><head></head><body>x</body></html>")
    assert run(tab.subscriptions.subscribe_url(page_without_feeds)) is None
    assert "No feed found" in tab.ctx.status.last
    # The same feed again: no second subscription, the existing one is selected.
    again = run(tab.subscriptions.subscribe_url(fixture_server.url("feeds/nnw_DaringFireball.json")))
    assert again is not None and again.id == feed.id and "already follow" in tab.ctx.status.last
    assert len(store.feeds.list(client.id)) == 1


def test_unreachable_feed_can_be_kept_for_later(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    tab = page.feeds_tab

    async def subscribe_and_answer():  # noqa: ANN202
        return await asyncio.gather(
            tab.subscriptions.subscribe_url(fixture_server.url("status/503")),
            answer_box(QMessageBox.StandardButton.Yes),
        )

    feed, question = run(subscribe_and_answer())
    assert "technical problem" in question
    assert feed is not None and store.feeds.get(feed.id).error_code == "server_error"
    assert "retried" in tab.ctx.status.last


def test_reading_pane_is_sanitised_and_loads_images_only_on_demand(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    image_url = fixture_server.add_route("miche.png", png_bytes(), content_type="image/png")
    url = fixture_server.add_route(
        "fil.xml", TRICKY_RSS.replace(b"IMAGE_URL", image_url.encode()), content_type="application/rss+xml"
    )
    tab = page.feeds_tab
    run(tab.subscriptions.subscribe_url(url))
    run(tab.ctx.tasks.idle())
    fixture_server.requests.clear()
    tab.items.selectRow(0)
    run(tab.ctx.tasks.idle())
    view = tab.view
    body = view.body_html()
    assert "<script" not in body and "onclick" not in body and "tracker.example" not in body
    # Relative links are resolved (by the parser, against the feed's address).
    assert f'href="{fixture_server.url("relatif")}"' in body
    assert "🖼 Une miche" in view.browser.toPlainText()
    assert view.images_button.isVisible() and fixture_server.requests_to("miche.png") == []
    opened: list[QUrl] = []
    tab.open_url = opened.append
    view.open_link(QUrl("https://fil.example/relatif"))
    view.open_link(QUrl("javascript:alert(1)"))
    view.open_button.click()
    assert opened == [QUrl("https://fil.example/relatif"), QUrl("https://fil.example/article")]
    task = view.load_images()
    assert run(task) == 1
    assert len(fixture_server.requests_to("miche.png")) == 1
    assert not view.images_button.isVisible() and image_url in view.browser.images
    assert not view.browser.loadResource(2, QUrl(image_url)).isNull()
    assert view.browser.loadResource(2, QUrl("https://elsewhere.example/x.png")).isNull()
    # Another item, or the same item opened again later: images are off again.
    item_id = view.item.id
    view.show_item(None)
    run(tab.open_item(item_id))
    assert not view.images_loaded and view.images_button.isVisible()


def test_star_read_keys_mark_all_and_search(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    qtbot,
    run,  # noqa: ANN001
) -> None:
    tab = page.feeds_tab
    run(tab.subscriptions.subscribe_url(fixture_server.url("feeds/feeder_rss_lemonde.xml")))
    run(tab.subscriptions.subscribe_url(fixture_server.url("feeds/nnw_qemu.atom")))
    tab.select_node("all")
    run(tab.ctx.tasks.idle())
    assert tab.model.total == 31
    tab.items.setFocus()
    tab.items.selectRow(0)
    run(tab.ctx.tasks.idle())
    first = tab.view.item
    assert first is not None and first.read  # opening marks read
    qtbot.keyClick(tab.items, Qt.Key.Key_S)
    run(tab.ctx.tasks.idle())
    assert store.feeds.item(first.id).starred and tab.view.star_button.isChecked()
    qtbot.keyClick(tab.items, Qt.Key.Key_M)
    run(tab.ctx.tasks.idle())
    assert not store.feeds.item(first.id).read
    qtbot.keyClick(tab.items, Qt.Key.Key_J)
    run(tab.ctx.tasks.idle())
    assert tab.view.item is not None and tab.view.item.id != first.id
    assert tree_texts(tab)["★ Starred"] == "1"
    tab.select_node("starred")
    run(tab.ctx.tasks.idle())
    assert [row.id for row in tab.model.rows] == [first.id]
    tab.select_node("all")
    run(tab.ctx.tasks.idle())
    tab.search.setText("medaille fourcade")
    run(wait_for(lambda: titles(tab) == ["JO d’hiver 2018 : pas de médaille pour Martin Fourcade"]))
    tab.search.clear()
    run(wait_for(lambda: tab.model.total == 31))
    tab.mark_all_action.trigger()
    run(tab.ctx.tasks.idle())
    assert store.feeds.counts(client.id) == (0, 1) and tree_texts(tab)["All items"] == ""
    # Edit ▸ Undo: unread again, in the tree and in the list (bold rows).
    run(tab.ctx.undo.undo())
    run(tab.ctx.tasks.idle())
    assert store.feeds.counts(client.id)[0] >= 29 and tree_texts(tab)["All items"] != ""
    assert any(not row.read for row in tab.model.rows)
    run(tab.ctx.undo.redo())
    run(tab.ctx.tasks.idle())
    assert store.feeds.counts(client.id) == (0, 1) and all(row.read for row in tab.model.rows)
    tab.unread_only.setChecked(True)
    run(tab.ctx.tasks.idle())
    assert tab.model.rowCount() == 0


def test_refresh_shows_progress_and_can_be_cancelled(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    fast = store.feeds.subscribe(client.id, fixture_server.url("feeds/nnw_qemu.atom"))
    for index in range(3):
        store.feeds.subscribe(client.id, fixture_server.url(f"slow/8/feeds/nnw_bio.rdf?{index}"))
    tab = page.feeds_tab
    run(tab.reload())
    progress: list[tuple[int, int]] = []
    tab.refresher.progress.connect(lambda done, total: progress.append((done, total)))
    started = time.monotonic()
    tab.refresh_action.trigger()
    run(wait_for(lambda: (1, 4) in progress))
    assert tab.task_bar.isVisible() and not tab.refresh_action.isEnabled()
    tab.task_bar.cancel_button.click()
    run(tab.ctx.tasks.idle())
    assert time.monotonic() - started < 6
    assert not tab.task_bar.isVisible() and tab.refresh_action.isEnabled()
    assert store.feeds.get(fast.id).total == 10  # what finished before the cancel is kept
    assert tab.refresher.last_summary is not None and tab.refresher.last_summary.new_items == 10


def test_periodic_refresh_timer_follows_the_setting_and_skips_when_busy(page: SourcesPage, ctx, run) -> None:  # noqa: ANN001
    tab = page.feeds_tab
    tab.interval_combo.setCurrentIndex(tab.interval_combo.findData(15))
    assert tab.refresher.timer.isActive() and tab.refresher.timer.interval() == 15 * 60_000
    assert int(str(ctx.prefs.value("feeds/refresh_minutes"))) == 15
    tab.interval_combo.setCurrentIndex(tab.interval_combo.findData(0))
    assert not tab.refresher.timer.isActive()
    refresher = FeedRefresher(ctx)
    refresher._task = asyncio.get_event_loop().create_future()  # type: ignore[assignment]
    refresher.client_id = 1
    refresher._tick()  # a refresh is running: the tick does nothing
    assert refresher._task is not None and not refresher._task.done()
    refresher._task.cancel()


def test_opml_import_and_export(
    page: SourcesPage, store, client, fixtures_dir: Path, tmp_path: Path, run
) -> None:  # noqa: ANN001,E501
    tab = page.feeds_tab
    report = run(tab.subscriptions.import_opml_file(fixtures_dir / "opml/newsboat_example.opml"))
    assert report is not None and report.imported == 7
    assert "7 imported" in tab.ctx.status.last
    texts = tree_texts(tab)
    assert any("/" in name or name for name in texts) and len(store.feeds.list(client.id)) == 7
    assert (
        run(tab.subscriptions.import_opml_file(fixtures_dir / "opml/newsboat_opml-element-missing.opml"))
        is None
    )
    assert "not an OPML" in tab.ctx.status.last
    run(answer_box(QMessageBox.StandardButton.Ok))
    target = tmp_path / "feeds.opml"
    assert run(tab.subscriptions.export_opml_file(target)) == 7
    assert target.read_bytes().startswith(b"<?xml")
    # The import is one step of the app's undo stack (Edit ▸ Undo): its feeds go to the trash.
    assert tab.ctx.undo.undo_label == "Import of newsboat_example.opml"
    run(tab.ctx.undo.undo())
    run(tab.ctx.tasks.idle())
    assert store.feeds.list(client.id) == [] and tree_texts(tab).keys() == {"All items", "★ Starred"}


def test_item_becomes_a_note_or_a_post_with_utm(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    tab = page.feeds_tab
    run(tab.subscriptions.subscribe_url(fixture_server.url("feeds/nnw_qemu.atom")))
    run(tab.ctx.tasks.idle())
    item = store.feeds.item(tab.model.rows[0].id)
    utm = UtmTag("facebook", "social", "veille")
    assert run(tab.actions_on_items.send_item(item.id, SendChoice("post", utm))) == "post"
    made = store.drafts.page(DraftQuery(client_id=client.id))
    assert len(made) == 1, "a post becomes a new draft of the client"
    draft = store.drafts.get(made[0].id)
    assert draft.title == item.title[:200].strip() and item.title in draft.body
    assert f"{item.link}?utm_source=facebook&utm_medium=social&utm_campaign=veille" in draft.body
    assert QGuiApplication.clipboard().text() == draft.body
    assert store.drafts.events(draft.id)[0].meta == {"from": "feed_item", "url": item.link}
    assert "saved as the draft" in tab.ctx.status.last
    if hasattr(store, "notes"):
        assert run(tab.actions_on_items.send_item(item.id, SendChoice("note", None))) == "note"
        note = store.notes.resolve(item.title, client_id=client.id)
        assert note is not None and item.link in note.body and "QEMU" in note.body


def test_add_to_review_from_the_reader(
    page: SourcesPage, store, client, fixture_server: FixtureServer, run
) -> None:  # noqa: ANN001
    tab = page.feeds_tab
    run(tab.subscriptions.subscribe_url(fixture_server.url("feeds/nnw_qemu.atom")))
    run(tab.ctx.tasks.idle())
    tab.items.selectRow(0)
    run(tab.ctx.tasks.idle())
    assert tab.view.star_button.text() == "☆ Star" and not tab.view.star_button.isChecked()
    tab.view.review_button.click()
    run(tab.ctx.tasks.idle())
    (review,) = store.reviews.list(client.id)
    entries = store.reviews.get(review.id).entries
    assert [e.title for e in entries] == [tab.view.item.title]
    assert store.feeds.item(entries[0].feed_item_id).starred
    # Issue 15: the item is starred, and the star button says so at once.
    assert tab.view.star_button.text() == "★ Starred" and tab.view.star_button.isChecked()
    assert tab.model.index(0, ItemListModel.STAR).data() == "★" and tree_texts(tab)["★ Starred"] == "1"
    assert "Added to" in tab.ctx.status.last
    assert run(tab.actions_on_items.add_to_review(entries[0].feed_item_id)) is False
    assert "Already in" in tab.ctx.status.last
    # The builder tab follows through the database change, without being called.
    run(tab.ctx.tasks.idle())
    assert page.review_tab.entries.list.count() == 1
    # One undo takes it out of the review and unstars it again.
    run(tab.ctx.undo.undo())
    run(tab.ctx.tasks.idle())
    assert (
        store.reviews.get(review.id).entries == () and not store.feeds.item(entries[0].feed_item_id).starred
    )
    assert page.review_tab.entries.list.count() == 0


def test_unsubscribe_goes_to_the_trash_and_edit_undo_brings_it_back(
    page: SourcesPage, store, client, fixture_server: FixtureServer, run
) -> None:  # noqa: ANN001
    tab = page.feeds_tab
    feed = run(tab.subscriptions.subscribe_url(fixture_server.url("feeds/nnw_qemu.atom")))
    run(tab.ctx.tasks.idle())
    assert tab.selected_feed() is not None and tab.unsubscribe_action.isEnabled()
    run(tab.subscriptions.unsubscribe(feed.id))
    assert store.feeds.list(client.id) == [] and tab.view.item is None
    assert tab.ctx.undo.undo_label == "Unsubscribed from “QEMU”"
    assert not hasattr(tab, "undo_bar")  # the app's one undo stack replaced the tab's own bar
    run(tab.ctx.undo.undo())
    run(tab.ctx.tasks.idle())
    assert [f.id for f in store.feeds.list(client.id)] == [feed.id] and tree_texts(tab)["QEMU"] == "10"
    assert tab.model.total == 10


def test_the_reader_keeps_its_layout_from_one_article_to_the_next(
    page: SourcesPage,
    ctx,
    store,
    client,
    fixture_server: FixtureServer,
    qtbot,
    run,  # noqa: ANN001
) -> None:
    """Issue 15: the feed list shrank and the buttons moved with each article (mis-clicks)."""
    image_url = fixture_server.add_route("miche.png", png_bytes(), content_type="image/png")
    long_item = (
        "<item><title>"
        + "Un titre vraiment très long " * 12
        + "</title><link>https://fil.example/long</link>"
        "<guid>l1</guid><pubDate>Sat, 21 Nov 2026 10:00:00 +0100</pubDate>"
        "<description>Court.</description></item>"
    )
    rss = TRICKY_RSS.replace(b"IMAGE_URL", image_url.encode()).replace(
        b"<channel>", b"<channel>" + long_item.encode()
    )
    tab = page.feeds_tab
    url = fixture_server.add_route("fil.xml", rss, content_type="application/rss+xml")
    run(tab.subscriptions.subscribe_url(url))
    run(tab.ctx.tasks.idle())
    view = tab.view
    buttons = (view.open_button, view.star_button, view.read_button, view.review_button, view.send_button)
    tab.items.selectRow(0)
    run(tab.ctx.tasks.idle())
    QApplication.processEvents()
    layout = (tab.splitter.sizes(), tab.right.sizes(), [b.geometry() for b in buttons])
    assert (
        view.title.toolTip().startswith("Un titre vraiment très long") and not view.images_button.isVisible()
    )
    for row in (1, 0, 1):  # an item with an image button, the long title; starred, unstarred, read...
        tab.items.selectRow(row)
        run(tab.ctx.tasks.idle())
        tab.star_action.trigger()
        run(tab.ctx.tasks.idle())
        QApplication.processEvents()
        assert (tab.splitter.sizes(), tab.right.sizes(), [b.geometry() for b in buttons]) == layout
    assert view.images_button.isVisible()

    # The CM's own sizes are remembered for this section, and used the next time.
    tree_width = layout[0][0] + 60
    tab.splitter.setSizes([tree_width, sum(layout[0]) - tree_width])
    tab.splitter.splitterMoved.emit(tree_width, 1)
    again = FeedsTab(ctx)
    qtbot.addWidget(again)
    again.resize(tab.size())
    again.show()
    QApplication.processEvents()
    assert again.splitter.sizes()[0] == tree_width  # the tree keeps its width, the rest takes what is left
    assert again.right.sizes()[0] == tab.right.sizes()[0]


def test_sample_client_feeds_refresh_offline(ctx, qtbot, store, run) -> None:  # noqa: ANN001
    create_sample_client(store)
    page = make_page(ctx, qtbot, run)
    tab = page.feeds_tab
    run(tab.ctx.tasks.idle())
    assert len(tab.feeds) == 2 and all(f.is_local for f in tab.feeds)
    summary = run(tab.refresh_all())
    assert summary.not_modified == 2 and summary.errors == 0


def test_global_search_hits_open_in_the_reader_and_the_list(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    from cmtoolbox.storage.search import SearchFilters, search_all

    run(page.feeds_tab.subscriptions.subscribe_url(fixture_server.url("feeds/feeder_rss_lemonde.xml")))
    source = store.sources.create(client.id, "https://fourcade.example/", title="Fan-club Fourcade")
    hits = search_all(store, "fourcade", SearchFilters(client_id=client.id))
    item_hit, source_hit = hits["feed_items"][0], hits["sources"][0]
    page.tabs.setCurrentIndex(SourcesPage.SOURCES)
    page.open_hit(item_hit)
    run(page.ctx.tasks.idle())
    assert page.tabs.currentIndex() == SourcesPage.FEEDS
    assert page.feeds_tab.view.item is not None and page.feeds_tab.view.item.id == item_hit.id
    page.sources_tab.search.setText("rien")
    page.open_hit(source_hit)
    run(page.ctx.tasks.idle())
    assert page.tabs.currentIndex() == SourcesPage.SOURCES
    assert page.sources_tab.selected_ids() == [source.id] and page.sources_tab.search.text() == ""


def test_reader_shortcuts_work_right_after_a_click_in_the_sidebar(
    ctx,
    store,
    client,
    fixture_server: FixtureServer,
    qtbot,
    run,
    monkeypatch,  # noqa: ANN001
) -> None:
    """Issue 15: F5, Ctrl+Shift+A and Ctrl+N did nothing while the focus was in the sidebar."""
    from cmtoolbox.gui import main_window as main_window_module
    from cmtoolbox.gui.main_window import MainWindow
    from cmtoolbox.gui.sources.subscribe import SubscribeDialog

    monkeypatch.setattr(main_window_module, "page_factories", lambda: {"sources": SourcesPage})
    store.feeds.subscribe(client.id, fixture_server.url("feeds/nnw_qemu.atom"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1180, 760)  # the first-run size of issue 15
    window.show()
    run(window.clients.reload())
    window.show_section("sources")
    page = window.page("sources")
    page.tabs.setCurrentIndex(SourcesPage.FEEDS)
    tab = page.feeds_tab
    run(ctx.tasks.idle())
    assert [f.title for f in tab.feeds] == [""] and tab.refresh_action.isEnabled()
    # Built inside the open window at 1180×760, the feed list gets its width (the reading pane's
    # buttons fold into a menu rather than squeeze it).
    QApplication.processEvents()
    assert window.width() == 1180 and tab.splitter.sizes()[0] == 270

    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F5)
    assert tab.refresher.busy
    run(ctx.tasks.idle())
    assert store.feeds.counts(client.id) == (10, 0)

    window.nav.setFocus()
    qtbot.keyClick(
        window.nav, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    run(ctx.tasks.idle())
    assert store.feeds.counts(client.id) == (0, 0)

    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = run(wait_for(lambda: tab.subscriptions.dialog))
    assert isinstance(dialog, SubscribeDialog)
    dialog.reject()
    run(ctx.tasks.idle())
