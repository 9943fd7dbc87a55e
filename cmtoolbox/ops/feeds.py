"""Operations of the feed reader: subscriptions, refresh results, reading flags, OPML, sending on.

The network side (fetching, parsing) stays outside: the GUI fetches with `core.fetch` off the UI
thread and hands the results to `subscribe` or `apply_results`, so an operation never waits on
the network while it holds the database. Cheap-to-reverse changes (unsubscribe, rename, star,
mark all read, an OPML import) return the call that puts things back, for the app's undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypedDict

from cmtoolbox.core.fetch import FetchRequest, FetchResult
from cmtoolbox.core.opml import Subscription
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.feeds import Feed, FeedItem, ItemRow, RefreshSummary
from cmtoolbox.storage.notes import Note
from cmtoolbox.storage.sources import CancelledFn, ImportReport, ProgressFn
from cmtoolbox.storage.store import Store

ALL_ROWS = -1
"""SQLite's LIMIT -1: no limit (marking a whole selection read)."""


class ItemFilters(TypedDict):
    """The keyword arguments `FeedManager.items` and `item_count` take."""

    feed_id: int | None
    folder: str | None
    unread_only: bool
    starred_only: bool
    query: str | None


@dataclass(frozen=True)
class ItemQuery:
    """Which items the reader lists: the tree's selection, the search box, "unread only"."""

    client_id: int | None = None
    feed_id: int | None = None
    folder: str | None = None
    unread_only: bool = False
    starred_only: bool = False
    match: str | None = None  # an FTS5 expression from core.search.build_match_query

    def filters(self) -> ItemFilters:
        return ItemFilters(
            feed_id=self.feed_id,
            folder=self.folder,
            unread_only=self.unread_only,
            starred_only=self.starred_only,
            query=self.match,
        )


@dataclass(frozen=True)
class FeedOverview:
    """What the feed tree shows: the subscriptions with their counts, and the totals."""

    feeds: list[Feed]
    unread: int
    starred: int


# -- reading -----------------------------------------------------------------------------------
def overview(store: Store, client_id: int) -> FeedOverview:
    unread, starred = store.feeds.counts(client_id)
    return FeedOverview(store.feeds.list(client_id), unread, starred)


def first_page(store: Store, query: ItemQuery, limit: int) -> tuple[list[ItemRow], int]:
    """The first `limit` rows of `query` and how many there are in all (one snapshot)."""
    filters = query.filters()
    rows = store.feeds.items(query.client_id, limit=limit, **filters)
    return rows, store.feeds.item_count(query.client_id, **filters)


def next_page(store: Store, query: ItemQuery, limit: int, offset: int) -> list[ItemRow]:
    return store.feeds.items(query.client_id, limit=limit, offset=offset, **query.filters())


def get_item(store: Store, item_id: int) -> FeedItem:
    return store.feeds.item(item_id)


def find_subscription(store: Store, client_id: int | None, url: str) -> Feed | None:
    """The subscription a client already has at this address (trashed ones included)."""
    return store.feeds.find_duplicate(client_id, url)


# -- reading flags -----------------------------------------------------------------------------
def set_item_read(store: Store, item_id: int, read: bool = True) -> FeedItem:
    """Mark an item read or unread; the item as it is now. Not undoable: opening an item marks
    it read, and the undo stack would fill with every article glanced at."""
    store.feeds.set_read([item_id], read)
    return store.feeds.item(item_id)


def mark_read(store: Store, query: ItemQuery) -> Undoable[int]:
    """Mark every unread item of the selection read (not only the rows the list has loaded)."""
    filters = query.filters()
    filters["unread_only"] = True
    filters["query"] = None  # the search box narrows the list, not "mark all read"
    unread = tuple(row.id for row in store.feeds.items(query.client_id, limit=ALL_ROWS, **filters))
    return set_read_many(store, unread, True)


def set_read_many(store: Store, item_ids: Sequence[int], read: bool) -> Undoable[int]:
    """Mark these items read or unread; undone by the opposite on the same items."""
    count = store.feeds.set_read(item_ids, read)
    return Undoable(count, call(set_read_many, tuple(item_ids), not read))


def set_starred(store: Store, item_id: int, starred: bool) -> Undoable[FeedItem]:
    item = store.feeds.set_starred(item_id, starred)
    return Undoable(item, call(set_starred, item_id, not starred))


# -- subscriptions -----------------------------------------------------------------------------
def subscribe(
    store: Store, client_id: int | None, address: str, folder: str, result: FetchResult | None
) -> Undoable[Feed]:
    """Subscribe with the result of a first fetch (its items are stored at once). Raises
    `DuplicateFeed` when the address is already followed."""
    feed = store.feeds.subscribe(client_id, address, folder=folder, result=result)
    return Undoable(feed, call(unsubscribe, feed.id))


def unsubscribe(store: Store, feed_id: int) -> Undoable[None]:
    """Move a subscription and its items to the trash."""
    store.trash.move_to_trash(Entity.FEEDS, feed_id)
    return Undoable(None, call(restore_feed, feed_id))


def restore_feed(store: Store, feed_id: int) -> Undoable[Feed]:
    """Bring a subscription back from the trash (also when the CM subscribes to it again)."""
    store.trash.restore(Entity.FEEDS, feed_id)
    return Undoable(store.feeds.get(feed_id), call(unsubscribe, feed_id))


def rename_feed(store: Store, feed_id: int, title: str | None) -> Undoable[Feed]:
    """Give the feed a title of the CM's own (None: back to the feed's own title)."""
    before = store.feeds.get(feed_id).custom_title
    feed = store.feeds.rename(feed_id, title)
    return Undoable(feed, call(rename_feed, feed_id, before))


# -- refresh -----------------------------------------------------------------------------------
def fetch_requests(
    store: Store, client_id: int, feed_ids: Sequence[int] | None = None
) -> list[tuple[int, FetchRequest]]:
    return store.feeds.fetch_requests(client_id, feed_ids)


def apply_results(store: Store, results: Sequence[tuple[int, FetchResult]]) -> RefreshSummary:
    """Record a batch of fetch results (one transaction per batch: a cancelled refresh keeps
    what it already fetched)."""
    return store.feeds.apply_results(results)


# -- OPML --------------------------------------------------------------------------------------
def import_opml(
    store: Store,
    client_id: int,
    subscriptions: Sequence[Subscription],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Undoable[ImportReport]:
    """Subscribe to every feed of a list, all or nothing; undone by trashing what it added."""
    report = store.feeds.import_opml(client_id, subscriptions, progress=progress, cancelled=cancelled)
    return Undoable(report, call(unsubscribe_many, report.ids))


def unsubscribe_many(store: Store, feed_ids: Sequence[int]) -> Undoable[int]:
    for feed_id in feed_ids:
        store.trash.move_to_trash(Entity.FEEDS, feed_id)
    return Undoable(len(feed_ids), call(restore_many, tuple(feed_ids)))


def restore_many(store: Store, feed_ids: Sequence[int]) -> Undoable[int]:
    for feed_id in feed_ids:
        store.trash.restore(Entity.FEEDS, feed_id)
    return Undoable(len(feed_ids), call(unsubscribe_many, tuple(feed_ids)))


def export_opml(store: Store, client_id: int) -> list[Subscription]:
    return store.feeds.export_opml(client_id)


# -- sending on --------------------------------------------------------------------------------
def create_note(store: Store, client_id: int, title: str, body: str) -> Note:
    """A note of the notebook made from a feed item (tagged "veille", as monitoring)."""
    return store.notes.create(client_id, title, body, tags=["veille"])
