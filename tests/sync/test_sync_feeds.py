"""Feeds, their items, press reviews and saved import mappings between two real data folders
(m016): both devices fetch the same feeds from a real HTTP server on 127.0.0.1, read and star
differently, curate a revue de presse, sync through a folder and a real WebDAV server, and end
identical."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

from cmtoolbox.core.fetch import FeedFetcher, FetchResult
from cmtoolbox.ops import call, clients, execute, metrics, reviews, trash
from cmtoolbox.ops import feeds as feed_ops
from cmtoolbox.ops import sync as sync_ops
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.search import SearchFilters, search_all
from cmtoolbox.storage.store import Store
from tests.fixture_server import FixtureServer
from tests.sync.conftest import target_changes
from tests.sync.test_sync import snapshot, sync, target_spec  # noqa: F401  (the fixture)

SHARED_FEED = "feeds/nnw_kc0011.rss"  # 20 items, subscribed on both devices
LAPTOP_FEED = "feeds/feeder_rss_lemonde.xml"  # 21 items, subscribed and fetched on the laptop only


def refresh(store: Store, client_id: int) -> None:
    """What the GUI refresher does, without Qt: fetch over HTTP, then one named operation."""
    pairs = store.feeds.fetch_requests(client_id)

    async def fetch() -> list[FetchResult]:
        async with FeedFetcher(timeout=10, total_timeout=20) as fetcher:
            return await fetcher.fetch_many([request for _, request in pairs])

    results = asyncio.run(fetch())
    assert all(r.status == "ok" for r in results), [(r.url, r.error_message) for r in results]
    execute(store, call(feed_ops.apply_results, list(zip([i for i, _ in pairs], results, strict=True))))


def by_uid(store: Store, table: str, uid: str) -> int:
    return int(store.db.execute(f"SELECT id FROM {table} WHERE uid = ?", [uid]).fetchone()[0])


def uid(store: Store, table: str, row_id: int) -> str:
    return str(store.db.execute(f"SELECT uid FROM {table} WHERE id = ?", [row_id]).fetchone()[0])


def items_by_key(store: Store, feed_id: int) -> dict[str, Any]:
    return {
        r[0]: r[1:]
        for r in store.db.execute(
            "SELECT entry_key, id, read_at IS NOT NULL, starred_at IS NOT NULL FROM feed_items "
            "WHERE feed_id = ?",
            [feed_id],
        )
    }


def review_as_shown(store: Store, review_uid: str) -> list[tuple[str, str, str]]:
    review = store.reviews.get(by_uid(store, "press_reviews", review_uid))
    return [(uid(store, "press_review_entries", e.id), e.title, e.comment) for e in review.entries]


def set_intro(store: Store, review_id: int, intro: str) -> None:
    week = (date(2027, 1, 4), date(2027, 1, 10))
    execute(
        store,
        call(
            reviews.update_review, review_id, title="Revue du 4 janvier", intro=intro,
            period_start=week[0], period_end=week[1],
        ),
    )  # fmt: skip


def settle(laptop: Store, desktop: Store, spec: dict[str, str]) -> None:
    """Sync back and forth until neither has anything to send (at most four rounds)."""
    for _ in range(4):
        a, b = sync(laptop, spec), sync(desktop, spec)
        if a.pushed == a.pulled == b.pushed == b.pulled == 0:
            return
    raise AssertionError("the two devices never settled")


def test_feeds_items_reviews_and_mappings_end_identical(
    devices: tuple[Store, Store],
    target_spec: dict[str, str],  # noqa: F811
    fixture_server: FixtureServer,
) -> None:
    laptop, desktop = devices
    client = execute(laptop, call(clients.create_client, "Boulangerie Martin")).value
    sync(laptop, target_spec)
    sync(desktop, target_spec)
    b_client = desktop.db.execute("SELECT id FROM clients").fetchone()[0]

    # Offline, both subscribe the client to the same feed (in different folders), and both fetch
    # it; the laptop also follows a feed the desktop never fetches.
    shared_url = fixture_server.url(SHARED_FEED)
    feed = execute(laptop, call(feed_ops.subscribe, client.id, shared_url, "Presse", None)).value
    b_feed = execute(desktop, call(feed_ops.subscribe, b_client, shared_url, "Veille", None)).value
    own = execute(
        laptop, call(feed_ops.subscribe, client.id, fixture_server.url(LAPTOP_FEED), "", None)
    ).value
    execute(laptop, call(feed_ops.rename_feed, feed.id, "Le Monde (à la une)"))
    refresh(laptop, client.id)
    refresh(desktop, b_client)
    keys = sorted(items_by_key(laptop, feed.id))
    assert len(keys) == 20 and sorted(items_by_key(desktop, b_feed.id)) == keys
    # Read and starred differently on each side.
    a_items, b_items = items_by_key(laptop, feed.id), items_by_key(desktop, b_feed.id)
    execute(laptop, call(feed_ops.set_read_many, [a_items[k][0] for k in keys[0:5]], True))
    execute(desktop, call(feed_ops.set_read_many, [b_items[k][0] for k in keys[3:8]], True))
    execute(laptop, call(feed_ops.set_starred, a_items[keys[10]][0], True))
    execute(desktop, call(feed_ops.set_starred, b_items[keys[11]][0], True))
    # The laptop curates a revue de presse from both feeds.
    review = execute(
        laptop,
        call(reviews.create_review, client.id, "Revue du 4 janvier", date(2027, 1, 4), date(2027, 1, 10)),
    ).value
    set_intro(laptop, review.id, "Notre sélection\nde la semaine")
    own_item = laptop.feeds.items(client.id, feed_id=own.id, limit=1)[0].id
    for item_id in (a_items[keys[10]][0], own_item):
        execute(laptop, call(reviews.add_item, client.id, item_id, "fr", date(2027, 1, 5), review.id))
    first_entry = laptop.reviews.get(review.id).entries[0]
    execute(laptop, call(reviews.update_comment, first_entry.id, "À relayer\nen story"))
    # A column mapping saved on each side for the same export layout, and one on the laptop only.
    meta = {"Portée": "reach"}
    execute(laptop, call(metrics.save_mapping, "Export Meta", "sig-meta", meta, "facebook", client.id))
    execute(desktop, call(metrics.save_mapping, "Meta (bureau)", "sig-meta", meta, "facebook", b_client))
    execute(laptop, call(metrics.save_mapping, "LinkedIn", "sig-li", {"Impressions": "impressions"}))

    settle(laptop, desktop, target_spec)
    assert snapshot(desktop) == snapshot(laptop)
    feed_uid, client_uid = uid(laptop, "feeds", feed.id), uid(laptop, "clients", client.id)
    review_uid = uid(laptop, "press_reviews", review.id)
    for store in (laptop, desktop):
        # One feed, one record per item: read or starred on either device stays so.
        client_here = by_uid(store, "clients", client_uid)
        live = store.feeds.list(client_here)
        assert sorted(f.display_title for f in live)[0] == "Le Monde (à la une)" and len(live) == 2
        items = items_by_key(store, by_uid(store, "feeds", feed_uid))
        assert sorted(items) == keys
        assert [k for k in keys if items[k][1]] == keys[0:8]
        assert [k for k in keys if items[k][2]] == keys[10:12]
        assert store.db.execute("SELECT count(*) FROM feed_items").fetchone()[0] == 41
        # The review, its order and comments; one mapping per (client, layout).
        assert [t for _u, t, _c in review_as_shown(store, review_uid)][0] == laptop.feeds.item(
            a_items[keys[10]][0]
        ).title
        assert review_as_shown(store, review_uid)[0][2] == "À relayer\nen story"
        assert len(store.metrics.mappings(None)) == 1
        assert sorted(m.signature for m in store.metrics.mappings(client_here)) == ["sig-li", "sig-meta"]
    assert review_as_shown(desktop, review_uid) == review_as_shown(laptop, review_uid)
    # The item fetched by the laptop only is found by the desktop's search.
    own_title = laptop.feeds.item(own_item).title
    word = max(own_title.split(), key=len)
    hits = search_all(desktop, word, SearchFilters())["feed_items"]
    assert own_title in [h.title for h in hits]

    # Both edit the review offline: the intro and one comment on different lines (merged), and
    # each adds a link at the end (one order everywhere).
    b_review = by_uid(desktop, "press_reviews", review_uid)
    b_entry = desktop.reviews.get(b_review).entries[0].id
    set_intro(laptop, review.id, "Notre sélection gourmande\nde la semaine")
    set_intro(desktop, b_review, "Notre sélection\nde la semaine, à lire")
    execute(laptop, call(reviews.update_comment, first_entry.id, "À relayer vite\nen story"))
    execute(desktop, call(reviews.update_comment, b_entry, "À relayer\nen story et en carrousel"))
    laptop.reviews.add_link(review.id, "https://actu.example/a", "Lien du portable")
    desktop.reviews.add_link(b_review, "https://actu.example/b", "Lien du bureau")
    execute(laptop, call(feed_ops.set_read_many, [a_items[keys[19]][0]], True))  # journals the link too
    settle(laptop, desktop, target_spec)
    assert snapshot(desktop) == snapshot(laptop)
    for store in (laptop, desktop):
        shown = store.reviews.get(by_uid(store, "press_reviews", review_uid))
        assert shown.intro == "Notre sélection gourmande\nde la semaine, à lire"
        assert shown.entries[0].comment == "À relayer vite\nen story et en carrousel"
        assert sorted(e.title for e in shown.entries[2:]) == ["Lien du bureau", "Lien du portable"]
        assert store.journal.conflicts() == []
    assert review_as_shown(desktop, review_uid) == review_as_shown(laptop, review_uid)
    # The same line of one comment written both ways: both kept, and shown as the review's.
    second = laptop.reviews.get(review.id).entries[1]
    execute(laptop, call(reviews.update_comment, second.id, "Ton pédagogique"))
    b_second = by_uid(desktop, "press_review_entries", uid(laptop, "press_review_entries", second.id))
    execute(desktop, call(reviews.update_comment, b_second, "Ton humoristique"))
    settle(laptop, desktop, target_spec)
    assert snapshot(desktop) == snapshot(laptop)
    for store in (laptop, desktop):
        comment = store.reviews.entry(
            by_uid(store, "press_review_entries", uid(laptop, "press_review_entries", second.id))
        ).comment
        assert "Ton pédagogique" in comment and "Ton humoristique" in comment
        shown = [(c.entity, c.record_id, c.title) for c in sync_ops.conflict_items(store)]
        here = by_uid(store, "press_reviews", review_uid)
        assert shown == [(Entity.PRESS_REVIEWS, here, f"Revue du 4 janvier ({own_title})")]

    # The laptop-only feed unsubscribed: in the desktop's trash too; purged: gone everywhere,
    # and the review keeps its copy of the item.
    own_uid = uid(laptop, "feeds", own.id)
    execute(laptop, call(feed_ops.unsubscribe, own.id))
    settle(laptop, desktop, target_spec)
    b_own = desktop.feeds.get(by_uid(desktop, "feeds", own_uid))
    assert b_own.deleted_at is not None
    assert any(i.entity == Entity.FEEDS for i in desktop.trash.list())
    execute(laptop, call(trash.purge_items, [(Entity.FEEDS, own.id)]))
    settle(laptop, desktop, target_spec)
    assert snapshot(desktop) == snapshot(laptop)
    for store in (laptop, desktop):
        assert store.db.execute("SELECT count(*) FROM feeds WHERE uid = ?", [own_uid]).fetchone()[0] == 0
        assert store.db.execute("SELECT count(*) FROM feed_items").fetchone()[0] == 20
        entries = store.reviews.get(by_uid(store, "press_reviews", review_uid)).entries
        assert [e.origin for e in entries[:2]] == ["item", "link"] and entries[1].title == own_title


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fil</title><link>https://fil.example/</link>
<item><title>Premier</title><link>https://fil.example/1</link><guid>g1</guid>
<description>Le pain au levain</description></item>
<item><title>Second</title><link>https://fil.example/2</link><guid>g2</guid>
<description>La brioche</description></item>
</channel></rss>"""


def test_an_agency_member_gets_the_feeds_of_shared_clients_and_of_every_client_only(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    from cmtoolbox.core.feeds import parse_feed

    lead, member = devices
    spec = {"target": str(tmp_path / "t")}
    (tmp_path / "t").mkdir()
    shared = execute(lead, call(clients.create_client, "Boulangerie")).value
    private = execute(lead, call(clients.create_client, "Cabinet Dupont")).value
    for client_id, url in (
        (shared.id, "https://fil.example/boulangerie.rss"),
        (private.id, "https://fil.example/dupont.rss"),
        (None, "https://fil.example/metier.rss"),  # followed for every client
    ):
        feed = execute(lead, call(feed_ops.subscribe, client_id, url, "", None)).value
        lead.feeds.store_parsed(feed.id, parse_feed(RSS, url=url))  # journaled by the sync itself
    for client_id in (shared.id, private.id):
        execute(
            lead,
            call(reviews.create_review, client_id, "Revue", date(2027, 1, 4), date(2027, 1, 10)),
        )
    sync(lead, spec)
    shared_uid = uid(lead, "clients", shared.id)
    sync(member, spec, scope=frozenset({shared_uid}))
    urls = sorted(r[0] for r in member.db.execute("SELECT url FROM feeds"))
    assert urls == ["https://fil.example/boulangerie.rss", "https://fil.example/metier.rss"]
    assert member.db.execute("SELECT count(*) FROM feed_items").fetchone()[0] == 4
    assert member.db.execute("SELECT count(*) FROM press_reviews").fetchone()[0] == 1
    assert sum(c["e"] == "feed_items" for c in target_changes(tmp_path / "t")) == 6
