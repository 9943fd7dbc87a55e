"""The feed reader's operations on a real SQLite store: what each one writes, the Changes it
reports, that each undo puts things back (and its redo forward again), and that one failing
half-way leaves nothing written."""

from __future__ import annotations

import pytest

from cmtoolbox.core.feeds import parse_feed
from cmtoolbox.core.fetch import FetchRequest, FetchResult
from cmtoolbox.core.opml import Subscription
from cmtoolbox.ops import Outcome, call, execute
from cmtoolbox.ops import feeds as ops
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.feeds import DuplicateFeed
from cmtoolbox.storage.sources import ImportCancelled
from cmtoolbox.storage.store import Store

URL = "https://fournil.example/feed.xml"
RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Fournil</title><link>https://fournil.example/</link>
<item><title>Levain du jour</title><link>https://fournil.example/levain</link><guid>a1</guid>
<pubDate>Fri, 20 Nov 2026 10:00:00 +0100</pubDate><description>Du levain.</description></item>
<item><title>Brioche</title><link>https://fournil.example/brioche</link><guid>a2</guid>
<pubDate>Thu, 19 Nov 2026 10:00:00 +0100</pubDate><description>De la brioche.</description></item>
<item><title>Galette</title><link>https://fournil.example/galette</link><guid>a3</guid>
<pubDate>Wed, 18 Nov 2026 10:00:00 +0100</pubDate><description>Frangipane.</description></item>
</channel></rss>"""


@pytest.fixture
def martin(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


def fetched(url: str = URL, body: bytes = RSS) -> FetchResult:
    """What `core.fetch` hands back for a feed that answered (no network in these tests)."""
    return FetchResult(FetchRequest(url), "ok", url, http_status=200, feed=parse_feed(body, url=url))


def run(store: Store, fn, *args, **kwargs) -> Outcome:  # noqa: ANN001
    return execute(store, call(fn, *args, **kwargs))


def undo(store: Store, outcome: Outcome) -> Outcome:
    assert outcome.undo is not None
    return execute(store, outcome.undo)


def subscribed(store: Store, client_id: int) -> int:
    return run(store, ops.subscribe, client_id, URL, "Boulangerie", fetched()).value.id


# -- subscriptions ---------------------------------------------------------------------------------
def test_subscribe_stores_the_items_and_is_undone_by_the_trash(store: Store, martin: int) -> None:
    outcome = run(store, ops.subscribe, martin, URL, "Boulangerie", fetched())
    feed = outcome.value
    assert feed.total == 3 and feed.folder == "Boulangerie" and feed.title == "Le Fournil"
    assert outcome.changes.touches(Entity.FEEDS, Entity.FEED_ITEMS)
    view = ops.overview(store, martin)
    assert [f.id for f in view.feeds] == [feed.id] and (view.unread, view.starred) == (3, 0)
    assert ops.find_subscription(store, martin, "https://FOURNIL.example/feed.xml").id == feed.id  # type: ignore[union-attr]
    with pytest.raises(DuplicateFeed):
        run(store, ops.subscribe, martin, URL, "", fetched())
    undone = undo(store, outcome)
    assert ops.overview(store, martin).feeds == []
    undo(store, undone)  # redo: back from the trash, items included
    assert ops.overview(store, martin).unread == 3


def test_unsubscribe_rename_and_their_undo(store: Store, martin: int) -> None:
    feed_id = subscribed(store, martin)
    renamed = run(store, ops.rename_feed, feed_id, "Mon fournil")
    assert renamed.value.display_title == "Mon fournil"
    back = undo(store, renamed)
    assert store.feeds.get(feed_id).display_title == "Le Fournil"
    undo(store, back)
    assert store.feeds.get(feed_id).display_title == "Mon fournil"

    gone = run(store, ops.unsubscribe, feed_id)
    assert gone.changes.touches(Entity.FEEDS) and ops.overview(store, martin).feeds == []
    assert ops.find_subscription(store, martin, URL).deleted_at is not None  # type: ignore[union-attr]
    restored = undo(store, gone)
    assert restored.value.id == feed_id and ops.overview(store, martin).unread == 3
    undo(store, restored)
    assert ops.overview(store, martin).feeds == []
    run(store, ops.restore_feed, feed_id)  # subscribing again to a trashed feed brings it back
    assert [f.id for f in ops.overview(store, martin).feeds] == [feed_id]


# -- items -----------------------------------------------------------------------------------------
def test_pages_reading_flags_and_stars(store: Store, martin: int) -> None:
    feed_id = subscribed(store, martin)
    query = ops.ItemQuery(client_id=martin, feed_id=feed_id)
    rows, total = ops.first_page(store, query, 2)
    assert [r.title for r in rows] == ["Levain du jour", "Brioche"] and total == 3
    assert [r.title for r in ops.next_page(store, query, 2, 2)] == ["Galette"]
    assert ops.get_item(store, rows[0].id).link == "https://fournil.example/levain"

    read = run(store, ops.set_item_read, rows[0].id, True)
    assert read.value.read and read.undo is None  # opening an item is not an undo step
    assert read.changes.touches(Entity.FEED_ITEMS)

    starred = run(store, ops.set_starred, rows[1].id, True)
    assert starred.value.starred and ops.overview(store, martin).starred == 1
    unstarred = undo(store, starred)
    assert not store.feeds.item(rows[1].id).starred
    undo(store, unstarred)
    assert store.feeds.item(rows[1].id).starred
    starred_only = ops.ItemQuery(client_id=martin, starred_only=True)
    assert [r.id for r in ops.first_page(store, starred_only, 10)[0]] == [rows[1].id]


def test_mark_read_covers_the_whole_selection_and_is_undone(store: Store, martin: int) -> None:
    feed_id = subscribed(store, martin)
    first = ops.first_page(store, ops.ItemQuery(client_id=martin), 1)[0][0]
    store.feeds.set_read([first.id])  # already read: must stay read after the undo
    outcome = run(store, ops.mark_read, ops.ItemQuery(client_id=martin, feed_id=feed_id, match="levain"))
    assert outcome.value == 2 and ops.overview(store, martin).unread == 0  # the search box is ignored
    back = undo(store, outcome)
    assert back.value == 2 and ops.overview(store, martin).unread == 2
    assert store.feeds.item(first.id).read
    undo(store, back)
    assert ops.overview(store, martin).unread == 0


# -- refresh -----------------------------------------------------------------------------------------
def test_refresh_requests_and_results(store: Store, martin: int) -> None:
    feed_id = subscribed(store, martin)
    ((requested_id, request),) = ops.fetch_requests(store, martin)
    assert requested_id == feed_id and request.url == URL
    assert ops.fetch_requests(store, martin, []) == []
    more = RSS.replace(
        b"<item><title>Galette", b"<item><title>Nouveau</title><guid>a4</guid></item><item><title>Galette"
    )
    outcome = run(store, ops.apply_results, [(feed_id, fetched(body=more))])
    assert outcome.value.new_items == 1 and outcome.changes.touches(Entity.FEED_ITEMS)


# -- OPML ------------------------------------------------------------------------------------------
def test_opml_import_export_and_undo(store: Store, martin: int) -> None:
    subscriptions = [
        Subscription(xml_url="https://a.example/rss", title="A", folder="Presse"),
        Subscription(xml_url="https://b.example/rss", title="B"),
        Subscription(xml_url="javascript:alert(1)", title="Bad"),
    ]
    seen: list[tuple[int, int]] = []
    outcome = run(
        store, ops.import_opml, martin, subscriptions, lambda done, total: seen.append((done, total))
    )
    report = outcome.value
    assert (report.imported, report.invalid) == (2, 1) and seen[-1] == (3, 3)
    assert {s.xml_url for s in ops.export_opml(store, martin)} == {
        "https://a.example/rss",
        "https://b.example/rss",
    }
    removed = undo(store, outcome)
    assert removed.value == 2 and ops.overview(store, martin).feeds == []
    undo(store, removed)
    assert len(ops.overview(store, martin).feeds) == 2


def test_a_cancelled_import_fails_half_way_and_leaves_nothing_written(store: Store, martin: int) -> None:
    subscriptions = [Subscription(xml_url=f"https://{n}.example/rss", title=str(n)) for n in range(5)]
    asked = iter(range(100))
    with pytest.raises(ImportCancelled):  # cancelled after two feeds were already inserted
        run(store, ops.import_opml, martin, subscriptions, None, lambda: next(asked) >= 2)
    assert ops.overview(store, martin).feeds == []
    assert store.db.execute("SELECT count(*) FROM feeds").fetchone()[0] == 0
    assert not store.take_changes()


# -- sending on --------------------------------------------------------------------------------------
def test_note_from_an_item(store: Store, martin: int) -> None:
    subscribed(store, martin)
    note = run(store, ops.create_note, martin, "Levain du jour", "[Levain](https://fournil.example/levain)")
    assert note.value.title == "Levain du jour" and note.changes.touches(Entity.NOTES)
