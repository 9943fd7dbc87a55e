"""Feeds end to end through storage: subscribe, refresh over real HTTP on 127.0.0.1 (no mocks),
items stored with the facts of expected.json, conditional GET, redirects, errors that never lose
a subscription, OPML, local files, search and the sample client."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from cmtoolbox.core.fetch import FeedFetcher, FetchRequest, FetchResult
from cmtoolbox.core.opml import read_opml, read_opml_document, write_opml
from cmtoolbox.core.search import build_match_query
from cmtoolbox.core.urls import normalize_url
from cmtoolbox.storage.feeds import DuplicateFeed, read_local_feed
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.search import SearchFilters, search_all
from cmtoolbox.storage.sources import ImportCancelled
from tests.conftest import SHARED_FIXTURES
from tests.fixture_server import FixtureServer, load_expected

EXPECTED = load_expected(SHARED_FIXTURES)
FEED_KEYS = sorted(key for key in EXPECTED if key.startswith("feeds/")) or ["feeds/<missing>"]
OPML_KEYS = sorted(key for key in EXPECTED if key.startswith("opml/")) or ["opml/<missing>"]
GOOD_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fil du fournil</title><link>https://fournil.example/</link>
<item><title>Premier</title><link>https://fournil.example/1</link><guid>g1</guid>
<pubDate>Mon, 16 Nov 2026 10:00:00 +0100</pubDate><description>Le pain au levain</description></item>
<item><title>Second</title><link>https://fournil.example/2</link><guid>g2</guid>
<pubDate>Tue, 17 Nov 2026 10:00:00 +0100</pubDate><description>La brioche</description></item>
</channel></rss>"""


@pytest.fixture
def client_id(store) -> int:  # noqa: ANN001
    return store.clients.create("Veille").id


def refresh(store, client_id: int, feed_ids=None) -> list[FetchResult]:  # noqa: ANN001
    """What the GUI refresher does, without Qt: fetch concurrently, then store the batch."""
    pairs = store.feeds.fetch_requests(client_id, feed_ids)

    async def fetch() -> list[FetchResult]:
        async with FeedFetcher(timeout=10, total_timeout=20) as fetcher:
            return await fetcher.fetch_many([request for _, request in pairs])

    results = asyncio.run(fetch())
    store.feeds.apply_results(zip([feed_id for feed_id, _ in pairs], results, strict=True))
    return results


def test_every_fixture_feed_subscribed_and_refreshed_matches_expected(
    store,
    client_id: int,
    fixture_server: FixtureServer,  # noqa: ANN001
) -> None:
    feed_ids = {key: store.feeds.subscribe(client_id, fixture_server.url(key)).id for key in FEED_KEYS}
    results = dict(zip(FEED_KEYS, refresh(store, client_id, list(feed_ids.values())), strict=True))
    for key, feed_id in feed_ids.items():
        facts = EXPECTED[key]
        feed = store.feeds.get(feed_id)
        rows = store.feeds.items(client_id, feed_id=feed_id, limit=1000)
        if facts.get("valid") is False:
            assert (feed.error_code, feed.error_since is not None, rows) == ("malformed", True, []), key
            assert store.feeds.list(client_id) and feed.deleted_at is None
            continue
        assert feed.error_code is None, (key, feed.error_code, feed.error_message)
        assert feed.etag and feed.last_modified and feed.last_success_at is not None, key
        assert len(rows) == facts["entries"] == feed.total == feed.unread, key
        if facts.get("title"):
            assert feed.title == " ".join(facts["title"].split()), key
        parsed = results[key].feed
        assert parsed is not None
        if parsed.entries:
            first = store.feeds.items_by_id([r.id for r in rows if r.title == parsed.entries[0].title][:1])
            assert first and first[0].entry_key == parsed.entries[0].key, key
            if facts.get("first_entry_title"):
                assert first[0].title == " ".join(facts["first_entry_title"].split()), key
                assert not first[0].title_is_fallback


def test_second_refresh_is_a_conditional_get_answered_304(
    store,
    client_id: int,
    fixture_server: FixtureServer,  # noqa: ANN001
) -> None:
    feed = store.feeds.subscribe(client_id, fixture_server.url("feeds/nnw_atp.rss"))
    refresh(store, client_id)
    rows = store.feeds.items(client_id, limit=1000)
    store.feeds.set_read([rows[0].id])
    store.feeds.set_starred(rows[1].id, True)
    fixture_server.requests.clear()
    results = refresh(store, client_id)
    assert [r.status for r in results] == ["not_modified"]
    sent = fixture_server.requests_to("feeds/nnw_atp.rss")[0].headers
    assert sent["if-none-match"] == store.feeds.get(feed.id).etag
    assert "if-modified-since" in sent
    after = store.feeds.items(client_id, limit=1000)
    assert [r.id for r in after] == [r.id for r in rows]
    assert store.feeds.get(feed.id).unread == 99 and store.feeds.counts(client_id) == (99, 1)


def test_permanent_redirect_updates_the_url_temporary_does_not(
    store,
    client_id: int,
    fixture_server: FixtureServer,  # noqa: ANN001
) -> None:
    moved = store.feeds.subscribe(client_id, fixture_server.url("redirect/301/feeds/nnw_qemu.atom"))
    temporary = store.feeds.subscribe(client_id, fixture_server.url("redirect/302/feeds/nnw_bio.rdf"))
    refresh(store, client_id)
    assert store.feeds.get(moved.id).url == fixture_server.url("feeds/nnw_qemu.atom")
    assert store.feeds.get(moved.id).total == 10
    assert store.feeds.get(temporary.id).url == fixture_server.url("redirect/302/feeds/nnw_bio.rdf")
    assert store.feeds.get(temporary.id).total == 30


def test_errors_are_recorded_per_feed_and_never_lose_items(
    store,
    client_id: int,
    fixture_server: FixtureServer,  # noqa: ANN001
) -> None:
    url = fixture_server.add_route("fil.xml", GOOD_RSS, content_type="application/rss+xml")
    feed = store.feeds.subscribe(client_id, url)
    healthy = store.feeds.subscribe(client_id, fixture_server.url("feeds/nnw_qemu.atom"))
    refresh(store, client_id)
    assert store.feeds.get(feed.id).total == 2
    fixture_server.add_route("fil.xml", b"<rss><channel><title>cass", content_type="application/rss+xml")
    fixture_server.add_route("missing.xml", b"gone", status=404)
    lost = store.feeds.subscribe(client_id, fixture_server.url("missing.xml"))
    refresh(store, client_id)
    broken = store.feeds.get(feed.id)
    assert broken.error_code == "malformed" and broken.error_message
    assert broken.total == 2 and broken.deleted_at is None
    first_since = broken.error_since
    assert store.feeds.get(lost.id).error_code == "not_found"
    assert store.feeds.get(lost.id).http_status == 404
    assert store.feeds.get(healthy.id).error_code is None
    refresh(store, client_id, [feed.id])
    assert store.feeds.get(feed.id).error_since == first_since  # still broken since the first failure
    fixture_server.add_route("fil.xml", GOOD_RSS.replace(b"La brioche", b"La brioche tress\xc3\xa9e"),
                             content_type="application/rss+xml")  # fmt: skip
    refresh(store, client_id, [feed.id])
    fixed = store.feeds.get(feed.id)
    assert fixed.error_code is None and fixed.error_since is None and fixed.total == 2
    second = [r for r in store.feeds.items(client_id, feed_id=feed.id) if r.title == "Second"][0]
    assert "tressée" in store.feeds.item(second.id).summary


def test_items_are_deduplicated_and_keep_their_flags(
    store,
    client_id: int,
    fixture_server: FixtureServer,  # noqa: ANN001
) -> None:
    url = fixture_server.add_route("fil.xml", GOOD_RSS, content_type="application/rss+xml")
    feed = store.feeds.subscribe(client_id, url)
    refresh(store, client_id)
    rows = store.feeds.items(client_id)
    assert [r.title for r in rows] == ["Second", "Premier"]  # newest first
    store.feeds.set_starred(rows[1].id, True)
    store.feeds.set_read([rows[1].id])
    third = GOOD_RSS.replace(
        b"</channel>",
        b"<item><title>Troisieme</title><guid>g3</guid><pubDate>Wed, 18 Nov 2026 10:00:00 +0100</pubDate>"
        b"</item></channel>",
    ).replace(b"<title>Premier</title>", b"<title>Premier (mis \xc3\xa0 jour)</title>")
    fixture_server.add_route("fil.xml", third, content_type="application/rss+xml")
    results = refresh(store, client_id)
    assert results[0].ok
    rows = store.feeds.items(client_id)
    assert [r.title for r in rows] == ["Troisieme", "Second", "Premier (mis à jour)"]
    updated = rows[2]
    assert updated.starred and updated.read
    assert store.feeds.get(feed.id).unread == 2


def test_read_star_mark_all_and_search(store, client_id: int, fixture_server: FixtureServer) -> None:  # noqa: ANN001
    lemonde = store.feeds.subscribe(client_id, fixture_server.url("feeds/feeder_rss_lemonde.xml"))
    qemu = store.feeds.subscribe(client_id, fixture_server.url("feeds/nnw_qemu.atom"))
    refresh(store, client_id)
    assert store.feeds.counts(client_id) == (31, 0)
    query = build_match_query("medaille fourcade")
    found = store.feeds.items(client_id, query=query)
    assert [r.title for r in found] == ["JO d’hiver 2018 : pas de médaille pour Martin Fourcade"]
    hits = search_all(store, "médaille Fourcade", SearchFilters(client_id=client_id))["feed_items"]
    assert hits[0].id == found[0].id and "<mark>" in hits[0].snippet_html
    assert search_all(store, "fourcade", SearchFilters(client_id=store.clients.create("X").id)) == {}
    assert store.feeds.mark_all_read(client_id, feed_id=qemu.id) == 10
    assert store.feeds.get(qemu.id).unread == 0 and store.feeds.get(lemonde.id).unread == 21
    assert store.feeds.item_count(client_id, unread_only=True) == 21
    store.feeds.set_starred(found[0].id, True)
    assert [i.id for i in store.feeds.starred_items(client_id)] == [found[0].id]
    assert store.feeds.items(client_id, starred_only=True)[0].id == found[0].id
    assert store.feeds.mark_all_read(client_id) == 21 and store.feeds.counts(client_id) == (0, 1)
    assert store.feeds.set_read([found[0].id], False) == 1


def test_duplicate_subscription_and_trash(store, client_id: int, fixture_server: FixtureServer) -> None:  # noqa: ANN001
    feed = store.feeds.subscribe(client_id, fixture_server.url("feeds/nnw_qemu.atom"))
    with pytest.raises(DuplicateFeed) as raised:
        store.feeds.subscribe(client_id, fixture_server.url("feeds/nnw_qemu.atom") + "?utm_source=x")
    assert raised.value.existing.id == feed.id
    refresh(store, client_id)
    store.trash.move_to_trash("feeds", feed.id)
    assert store.feeds.list(client_id) == [] and store.feeds.items(client_id) == []
    assert "feed_items" not in search_all(store, "qemu")
    store.trash.restore("feeds", feed.id)
    assert store.feeds.get(feed.id).total == 10
    store.trash.move_to_trash("feeds", feed.id)
    store.trash.purge("feeds", feed.id)
    assert store.db.execute("SELECT count(*) FROM feed_items").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM feed_items_fts").fetchone()[0] == 0


@pytest.mark.parametrize("key", OPML_KEYS)
def test_opml_import_of_real_exports(store, client_id: int, fixtures_dir: Path, key: str) -> None:  # noqa: ANN001
    facts = EXPECTED[key]
    data = (fixtures_dir / key).read_bytes()
    try:
        subscriptions = read_opml(data)
    except Exception:
        assert facts["outlines_with_xmlUrl"] == 0 or facts.get("root_element") != "opml"
        return
    report = store.feeds.import_opml(client_id, subscriptions)
    assert report.total == facts["outlines_with_xmlUrl"]
    assert report.imported + report.duplicates + report.invalid == report.total
    assert report.imported <= facts["unique_xmlUrls"]
    feeds = store.feeds.list(client_id)
    assert len(feeds) == report.imported
    foldered = {s.xml_url: s.folder for s in subscriptions}
    assert all(feed.folder == foldered.get(feed.url, feed.folder) for feed in feeds)
    again = store.feeds.import_opml(client_id, subscriptions)
    assert again.imported == 0


def test_opml_import_is_all_or_nothing_and_exports_back(store, client_id: int, fixtures_dir: Path) -> None:  # noqa: ANN001
    document = read_opml_document((fixtures_dir / "opml/nnw_Subs.opml").read_bytes())
    with pytest.raises(ImportCancelled):
        store.feeds.import_opml(
            client_id, document.subscriptions, cancelled=lambda: len(store.feeds.list(client_id)) > 40
        )
    assert store.feeds.list(client_id) == []
    report = store.feeds.import_opml(client_id, document.subscriptions)
    # 207 distinct addresses, two of which are the same feed once normalised.
    distinct = {normalize_url(s.xml_url) for s in document.subscriptions}
    assert (report.imported, report.duplicates) == (len(distinct), 207 - len(distinct)) == (206, 1)
    back = read_opml(write_opml(store.feeds.export_opml(client_id), "Veille"))
    assert {normalize_url(s.xml_url) for s in back} == distinct
    assert {s.folder for s in back} == {s.folder for s in document.subscriptions}


def test_local_file_feeds_refresh_without_the_network(store, client_id: int, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "fil.xml"
    path.write_bytes(GOOD_RSS)
    url = path.as_uri()
    first = read_local_feed(FetchRequest(url))
    feed = store.feeds.subscribe(client_id, url, result=first)
    assert feed.total == 2 and feed.last_modified and feed.is_local
    (request,) = [r for _, r in store.feeds.fetch_requests(client_id)]
    assert read_local_feed(request).status == "not_modified"
    path.write_bytes(b"not a feed at all")
    os.utime(path, (path.stat().st_mtime + 5, path.stat().st_mtime + 5))
    broken = read_local_feed(request)
    assert broken.status == "error" and broken.error_code == "not_a_feed"
    path.unlink()
    missing = read_local_feed(request)
    assert missing.error_code == "file_missing"
    store.feeds.apply_results([(feed.id, missing)])
    assert store.feeds.get(feed.id).error_code == "file_missing" and store.feeds.get(feed.id).total == 2


def test_sample_client_has_sources_feeds_and_a_review_offline(store) -> None:  # noqa: ANN001
    client = create_sample_client(store)
    sources = store.sources.list(client.id)
    assert len(sources) >= 6 and {s.kind for s in sources} >= {"press", "competitor", "facebook_group"}
    assert all(s.tags for s in sources)
    feeds = store.feeds.list(client.id)
    assert {f.display_title for f in feeds} == {"Actu Boulangerie", "Le Fournil des Pentes — le blog"}
    assert all(f.is_local and f.error_code is None and f.total > 0 for f in feeds)
    (review,) = store.reviews.list(client.id)
    full = store.reviews.get(review.id)
    assert len(full.entries) == 4 and all(e.comment for e in full.entries)
    assert full.entries[0].title.startswith("Galette des rois")
    # Refreshing the sample feeds reads the bundled files: not modified, no network.
    for feed_id, request in store.feeds.fetch_requests(client.id):
        assert read_local_feed(request).status == "not_modified", feed_id
