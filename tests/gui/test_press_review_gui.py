"""The press review builder, and the whole monitoring flow end to end: import a browser export,
subscribe to feeds on the local server, refresh, read offline, star, build the revue de presse
and export it (Markdown, HTML file, rich text, post)."""

from __future__ import annotations

import asyncio
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QGuiApplication

from cmtoolbox.core.fetch import FeedFetcher, FetchResult
from cmtoolbox.core.press_review import UtmTag, tag_link
from cmtoolbox.gui.sources.import_dialog import BookmarkImportOptions
from cmtoolbox.gui.sources.page import SourcesPage
from cmtoolbox.gui.sources.review_tab import ReviewTab
from cmtoolbox.storage.drafts import DraftQuery
from tests.fixture_server import FixtureServer
from tests.gui.test_sources_page import (  # noqa: F401 - the autouse fixture applies here too
    collect_garbage_on_the_main_thread,
    make_page,
    wait_for,
)


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Martin")


@pytest.fixture
def page(ctx, client, qtbot, run) -> SourcesPage:  # noqa: ANN001
    made = make_page(ctx, qtbot, run)
    made.feeds_tab.fetcher_options = {"timeout": 5.0, "total_timeout": 10.0}
    return made


def entry_titles(tab: ReviewTab) -> list[str]:
    return [entry.title for entry in tab.entries.entries()]


def starred_items(store, client_id: int, fixture_server: FixtureServer, run, count: int = 3) -> list[int]:  # noqa: ANN001
    """Subscribe (through storage) to Le Monde on the local server, fetch it on the qasync loop
    (asyncio.run would unset the test's loop), and star its first items."""
    feed = store.feeds.subscribe(client_id, fixture_server.url("feeds/feeder_rss_lemonde.xml"))

    async def fetch() -> FetchResult:
        async with FeedFetcher() as fetcher:
            return await fetcher.fetch(feed.url)

    store.feeds.apply_results([(feed.id, run(fetch()))])
    rows = store.feeds.items(client_id, limit=count)
    for row in rows:
        store.feeds.set_starred(row.id, True)
    return [row.id for row in rows]


def test_build_order_comment_and_export(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    tmp_path: Path,
    run,  # noqa: ANN001
) -> None:
    ids = starred_items(store, client.id, fixture_server, run)
    source = store.sources.create(
        client.id, "https://agenda.example/", title="Agenda de Lyon", notes="Dates clés"
    )
    store.sources.set_starred(source.id, True)
    tab = page.review_tab
    page.tabs.setCurrentIndex(SourcesPage.REVIEW)
    run(tab.reload())
    assert tab.empty_label.isVisible() and not tab.editor.isVisible()
    review = run(tab.new_review())
    assert (
        review is not None
        and tab.editor.isVisible()
        and tab.title_edit.text().startswith("Press review — week of")
    )
    assert tab.candidates.list.count() == 4  # three starred items (last starred first), one starred source
    order = [tab.candidates.list.item(row).data(0x0100) for row in range(4)]
    assert sorted(row_id for kind, row_id in order if kind == "item") == sorted(ids)
    assert order[3] == ("source", source.id)
    tab.candidates.list.selectAll()
    tab.candidates.add_button.click()
    run(page.ctx.tasks.idle())
    titles = [store.feeds.item(row_id).title for _kind, row_id in order[:3]]
    ids = [row_id for _kind, row_id in order[:3]]
    assert entry_titles(tab) == [*titles, "Agenda de Lyon"] and tab.candidates.list.count() == 0
    assert tab.candidates.hint.isVisible()

    # Order: up/down buttons, then a drag (a row move in the list's model).
    tab.entries.list.setCurrentRow(3)
    tab.entries.up_button.click()
    run(page.ctx.tasks.idle())
    assert entry_titles(tab)[2] == "Agenda de Lyon"
    tab.entries.list.model().moveRows(QModelIndex(), 0, 1, QModelIndex(), 4)  # first entry dragged to the end
    run(page.ctx.tasks.idle())
    expected = [titles[1], "Agenda de Lyon", titles[2], titles[0]]
    assert entry_titles(tab) == expected
    assert [e.title for e in store.reviews.get(review.id).entries] == expected

    # A comment per entry, saved as typed (debounced), Markdown allowed.
    tab.entries.list.setCurrentRow(0)
    tab.entries.comment_edit.setPlainText("À relayer en **story** : c’est notre sujet de la semaine.")
    run(wait_for(lambda: store.reviews.get(review.id).entries[0].comment.startswith("À relayer")))
    tab.title_edit.setText("Revue de presse de la Boulangerie Martin")
    tab.title_edit.textEdited.emit(tab.title_edit.text())
    run(wait_for(lambda: store.reviews.get(review.id).title == "Revue de presse de la Boulangerie Martin"))

    # Exports: Markdown, HTML (sanitised, links and sources attached), file, rich text, post.
    tab.export.language_combo.setCurrentIndex(tab.export.language_combo.findData("fr"))
    markdown = tab.export.export_markdown()
    assert markdown.startswith("# Revue de presse de la Boulangerie Martin\n")
    positions = [markdown.index(title.replace("[", "\\[")[:30]) for title in expected]
    assert positions == sorted(positions)
    assert "À relayer en **story**" in markdown and "*Source\u00a0: Le Monde.fr" in markdown
    # Issue 15: the comment no longer replaces the article's excerpt, both are exported.
    assert store.reviews.get(review.id).entries[0].excerpt
    first = markdown[markdown.index("## 1.") : markdown.index("## 2.")]
    assert "\n> " in first and "À relayer en **story**" in first
    assert first.index("\n> ") < first.index("À relayer")
    html = tab.export.export_html()
    link = store.feeds.item(ids[1]).link
    assert f'<a href="{escape(link)}" rel="noopener noreferrer">' in html and "<strong>story</strong>" in html
    assert "<script" not in html and "Agenda de Lyon" in html
    assert "Revue de presse de la Boulangerie Martin" in tab.export.preview.toPlainText()
    tab.export.utm_box.setChecked(True)
    tagged = tag_link(link, UtmTag("newsletter", "email", "revue-de-presse"))
    assert "utm_campaign=revue-de-presse" in tagged and f'href="{escape(tagged)}"' in tab.export.export_html()
    target = tmp_path / "revue.html"
    assert run(tab.export.save_export(target, "html"))
    saved = target.read_text("utf-8")
    assert saved.startswith("<!DOCTYPE html>") and "utm_campaign=revue-de-presse" in saved
    md_target = tmp_path / "revue.md"
    assert (
        run(tab.export.save_export(md_target, "md"))
        and md_target.read_text("utf-8") == tab.export.export_markdown()
    )
    tab.export.copy_rich_text()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and "Revue de presse de la Boulangerie Martin" in mime.html()
    assert mime.text() == tab.export.export_markdown()
    post = run(tab.send_as_post())
    assert post.startswith("📰 Revue de presse de la Boulangerie Martin")
    made = [store.drafts.get(s.id) for s in store.drafts.page(DraftQuery(client_id=client.id))]
    assert [(d.title, d.body) for d in made] == [(store.reviews.get(review.id).title, post)]
    opened: list[QUrl] = []
    tab.export.open_url = opened.append
    tab.export.open_link(QUrl(link))
    tab.export.open_link(QUrl("javascript:alert(1)"))
    assert opened == [QUrl(link)]


def test_remove_entry_and_delete_review_with_undo(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    starred_items(store, client.id, fixture_server, run, count=2)
    tab = page.review_tab
    page.tabs.setCurrentIndex(SourcesPage.REVIEW)
    review = run(tab.new_review())
    tab.candidates.list.selectAll()
    run(
        tab.add_candidates(
            [tab.candidates.list.item(r).data(0x0100) for r in range(tab.candidates.list.count())]
        )
    )
    before = entry_titles(tab)
    tab.entries.list.setCurrentRow(0)
    tab.entries.comment_edit.setPlainText("Gardé")
    tab.flush()
    run(page.ctx.tasks.idle())
    tab.entries.list.setCurrentRow(0)
    tab.entries.remove_button.click()
    run(page.ctx.tasks.idle())
    assert entry_titles(tab) == before[1:]
    assert not hasattr(tab, "undo_bar")  # the app's one undo stack (Edit ▸ Undo) replaced it
    assert page.ctx.undo.undo_label == f"“{before[0]}” removed from the review"
    run(page.ctx.undo.undo())
    run(page.ctx.tasks.idle())
    assert entry_titles(tab) == before
    assert store.reviews.get(review.id).entries[0].comment == "Gardé"
    tab.delete_button.click()
    run(page.ctx.tasks.idle())
    assert store.reviews.list(client.id) == [] and tab.empty_label.isVisible()
    run(page.ctx.undo.undo())
    run(page.ctx.tasks.idle())
    assert [r.id for r in store.reviews.list(client.id)] == [review.id] and tab.review.id == review.id
    assert entry_titles(tab) == before


def test_utm_choice_is_remembered_per_client_across_restarts(
    page: SourcesPage,
    ctx,
    store,
    client,
    qtbot,
    run,  # noqa: ANN001
) -> None:
    """Issue 15: the revue de presse forgot "Suivi UTM" after a restart."""
    other = store.clients.create("Fleuriste Rose")
    tab = page.review_tab
    page.tabs.setCurrentIndex(SourcesPage.REVIEW)
    run(tab.new_review())
    export = tab.export
    assert not export.utm_box.isChecked()
    export.utm_box.setChecked(True)
    export.utm_campaign.setText("noel-2026")
    export.utm_campaign.textEdited.emit("noel-2026")
    tab.flush()
    run(ctx.tasks.idle())

    restarted = ReviewTab(ctx)  # a new builder reads what the database remembers
    qtbot.addWidget(restarted)
    restarted.set_client(client.id)
    run(ctx.tasks.idle())
    assert restarted.export.utm_box.isChecked() and restarted.export.utm_campaign.text() == "noel-2026"
    assert "utm_campaign=noel-2026" in restarted.export.export_markdown() or not restarted.review.entries
    restarted.set_client(other.id)  # another client has its own choice
    run(ctx.tasks.idle())
    assert (
        not restarted.export.utm_box.isChecked() and restarted.export.utm_campaign.text() == "revue-de-presse"
    )
    restarted.set_client(client.id)
    run(ctx.tasks.idle())
    assert restarted.export.utm_box.isChecked()


def test_end_to_end_monitoring_flow(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    fixtures_dir: Path,
    tmp_path: Path,
    run,  # noqa: ANN001
) -> None:
    # 1. Import a real browser export into the sources.
    report = run(
        page.sources_tab.flows.import_bookmarks_file(
            fixtures_dir / "bookmarks/nbp_netscape_nested.htm", BookmarkImportOptions(folders="tags")
        )
    )
    assert report is not None and report.imported == 8 == len(store.sources.list(client.id))
    first_source = store.sources.list(client.id)[0]
    page.sources_tab.select_ids([first_source.id])
    page.sources_tab.star_action.trigger()

    # 2. Subscribe to feeds on the local server and refresh them.
    feeds = page.feeds_tab
    page.tabs.setCurrentIndex(SourcesPage.FEEDS)
    qemu = run(feeds.subscriptions.subscribe_url(fixture_server.url("feeds/nnw_qemu.atom")))
    url = fixture_server.add_route(
        "fournil.xml",
        (fixtures_dir / "feeds/feeder_rss_lemonde.xml").read_bytes(),
        content_type="application/rss+xml",
    )
    lemonde = run(feeds.subscriptions.subscribe_url(url))
    assert qemu is not None and lemonde is not None
    summary = run(feeds.refresh_all())
    assert summary.errors == 0 and store.feeds.counts(client.id) == (31, 0)

    # 3. The server loses the feed: refresh fails for it, reading stays possible offline.
    fixture_server.routes.clear()
    summary = run(feeds.refresh_all())
    assert summary.errors == 1 and store.feeds.get(lemonde.id).error_code == "not_found"
    run(page.ctx.tasks.idle())
    feeds.select_node("feed", lemonde.id)
    run(page.ctx.tasks.idle())
    assert feeds.model.total == 21
    feeds.items.selectRow(0)
    run(page.ctx.tasks.idle())
    item = feeds.view.item
    assert item is not None and item.feed_id == lemonde.id and feeds.view.browser.toPlainText().strip()

    # 4. Star it and put it in the press review from the reader.
    feeds.view.star_button.click()
    run(page.ctx.tasks.idle())
    assert store.feeds.item(item.id).starred
    run(feeds.actions_on_items.add_to_review(item.id))

    # 5. The builder shows it; the starred bookmark joins; export.
    review_tab = page.review_tab
    page.tabs.setCurrentIndex(SourcesPage.REVIEW)
    run(page.ctx.tasks.idle())
    assert entry_titles(review_tab) == [item.title]
    assert review_tab.candidates.list.count() == 1  # the starred bookmark
    review_tab.candidates.list.selectAll()
    review_tab.candidates.add_selected()
    run(page.ctx.tasks.idle())
    assert entry_titles(review_tab) == [item.title, first_source.display_title]
    review_tab.entries.list.setCurrentRow(0)
    review_tab.entries.comment_edit.setPlainText("Notre sélection de la semaine.")
    review_tab.export.language_combo.setCurrentIndex(review_tab.export.language_combo.findData("en"))
    markdown = review_tab.export.export_markdown()
    assert f"## 1. [{item.title}]({item.link})" in markdown
    assert f"## 2. [{first_source.display_title}]({first_source.url})" in markdown
    assert "Notre sélection de la semaine." in markdown and "Source: Le Monde.fr" in markdown
    html_file = tmp_path / "revue.html"
    assert run(review_tab.export.save_export(html_file, "html"))
    assert item.title.split(" ")[0] in html_file.read_text("utf-8")
    run(asyncio.sleep(0))
    review_tab.flush()
    run(page.ctx.tasks.idle())
    (review,) = store.reviews.list(client.id)
    assert store.reviews.get(review.id).entries[0].comment == "Notre sélection de la semaine."


def test_a_refresh_that_stars_nothing_does_not_refill_the_candidates(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    """A 300-feed refresh broadcasts feed-item changes batch after batch: refilling an unchanged list
    each time stalled the window (benchmarks' feeds_ui_stall_ms)."""
    starred_items(store, client.id, fixture_server, run)
    tab = page.review_tab
    page.tabs.setCurrentIndex(SourcesPage.REVIEW)
    run(tab.reload())
    run(tab.new_review())
    fills: list[int] = []
    real_fill = tab.candidates.fill
    tab.candidates.fill = lambda material, review: (fills.append(1), real_fill(material, review))  # type: ignore[method-assign]
    run(tab.reload_candidates())  # what a refresh's broadcast asks for: nothing starred changed
    assert fills == [] and tab.candidates.list.count() == 3
    first = store.feeds.item(tab.material.items[0].id)
    store.feeds.set_starred(first.id, False)
    run(tab.reload_candidates())
    assert fills == [1] and tab.candidates.list.count() == 2
