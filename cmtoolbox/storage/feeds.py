"""Feed subscriptions and their items, stored so that everything reads offline.

Fetching is not done here (see `core.fetch.FeedFetcher`): the GUI fetches, then hands the
`FetchResult`s to `apply_results` in batches, each batch one transaction. This module decides
what a result means for the subscription: new items are inserted and changed ones updated
(deduplicated by feed and entry key, read and star flags kept), the ETag and Last-Modified are
kept for the next conditional GET, a permanent redirect updates the stored URL, and an error is
recorded on the feed (code, message, since when) without touching its items, so a broken or
malformed feed never loses the subscription or what was already read.

Feeds read from local files (`file://` URLs: the sample client's feeds, a saved export) are
refreshed by `read_local_feed`, which answers "not modified" while the file's date is unchanged.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from cmtoolbox.core.feeds import Enclosure, FeedEntry, FeedError, ParsedFeed, fallback_title, parse_feed
from cmtoolbox.core.opml import Subscription
from cmtoolbox.core.search import snippet_sql, snippet_to_html
from cmtoolbox.core.textfold import fold_for_index
from cmtoolbox.core.urls import normalize_url, validate_http_url
from cmtoolbox.paths import resource_path
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncSpec
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.params import in_chunks
from cmtoolbox.storage.search import SearchFilters, SearchHit, SearchProvider, ranked_rows
from cmtoolbox.storage.sources import CancelledFn, ImportCancelled, ImportReport, ProgressFn
from cmtoolbox.storage.timeutil import from_db, now_db, to_db, utcnow
from cmtoolbox.storage.trash import TrashKind

if TYPE_CHECKING:
    # At run time imported where used: core.fetch brings httpx, 40 ms of every start (issue 16).
    from cmtoolbox.core.fetch import FetchRequest, FetchResult
    from cmtoolbox.storage.store import Store

ENTITY = Entity.FEEDS
ITEMS = Entity.FEED_ITEMS
MAX_INDEXED_CHARS = 20_000
"""Text of an item kept in the search index: enough for any article, bounded for huge posts."""
MAX_FUTURE = timedelta(days=1)
"""Items dated further ahead than this (broken clocks, scheduled posts) sort as if seen now."""


@dataclass(frozen=True)
class Feed:
    id: int
    client_id: int | None
    url: str
    title: str
    custom_title: str | None
    site_url: str | None
    description: str
    folder: str
    format: str | None
    etag: str | None
    last_modified: str | None
    last_fetched_at: datetime | None
    last_success_at: datetime | None
    error_code: str | None
    error_message: str | None
    error_since: datetime | None
    http_status: int | None
    recovered_from: str | None
    created_at: datetime
    deleted_at: datetime | None
    unread: int = 0
    total: int = 0

    @property
    def display_title(self) -> str:
        if self.custom_title:
            return self.custom_title
        if self.title:
            return self.title
        try:
            parts = urlsplit(self.url)
        except ValueError:
            return self.url
        if parts.scheme == "file":
            return Path(unquote(parts.path)).name or self.url
        return parts.hostname or self.url

    @property
    def has_error(self) -> bool:
        return self.error_code is not None

    @property
    def is_local(self) -> bool:
        return self.url.lower().startswith("file:")

    @property
    def shared(self) -> bool:
        return self.client_id is None


@dataclass(frozen=True)
class ItemRow:
    """An item as the list shows it: no content, so a page of rows stays small."""

    id: int
    feed_id: int
    feed_title: str
    title: str
    link: str | None
    author: str
    sort_at: datetime
    read: bool
    starred: bool


@dataclass(frozen=True)
class FeedItem:
    """A whole stored item, for the reading pane and the revue de presse."""

    id: int
    feed_id: int
    client_id: int | None
    feed_title: str
    feed_url: str
    entry_key: str
    title: str
    title_is_fallback: bool
    link: str | None
    author: str
    summary: str
    content: str
    image: str | None
    enclosures: tuple[Enclosure, ...]
    published_at: datetime | None
    updated_at: datetime | None
    first_seen_at: datetime
    sort_at: datetime
    read: bool
    starred: bool

    @property
    def html(self) -> str:
        """The richest body the feed gave (unsanitised: sanitise at display time)."""
        return self.content or self.summary

    @property
    def base_url(self) -> str | None:
        """Where relative links and images of the body resolve: the item's page, else the feed."""
        for candidate in (self.link, self.feed_url):
            if candidate and candidate.lower().startswith(("http://", "https://")):
                return candidate
        return None


class DuplicateFeed(InvalidValue):
    """Already subscribed (for this client, or shared): `existing` is that subscription."""

    def __init__(self, existing: Feed) -> None:
        super().__init__(f"already subscribed to {existing.url}", field="url", reason="duplicate_feed")
        self.existing = existing

    @property
    def in_trash(self) -> bool:
        return self.existing.deleted_at is not None


@dataclass(frozen=True)
class RefreshOutcome:
    feed_id: int
    status: str  # "ok", "not_modified", "error", "gone" (unsubscribed meanwhile)
    new_items: int = 0
    updated_items: int = 0
    error_code: str | None = None
    moved_to: str | None = None


@dataclass(frozen=True)
class RefreshSummary:
    outcomes: tuple[RefreshOutcome, ...]

    @property
    def new_items(self) -> int:
        return sum(outcome.new_items for outcome in self.outcomes)

    @property
    def errors(self) -> int:
        return sum(outcome.status == "error" for outcome in self.outcomes)

    @property
    def not_modified(self) -> int:
        return sum(outcome.status == "not_modified" for outcome in self.outcomes)

    @property
    def moved(self) -> int:
        return sum(outcome.moved_to is not None for outcome in self.outcomes)

    def merged(self, other: RefreshSummary) -> RefreshSummary:
        return RefreshSummary(self.outcomes + other.outcomes)


_FEED_COLUMNS = (
    "f.id, f.client_id, f.url, f.title, f.custom_title, f.site_url, f.description, f.folder, f.format, "
    "f.etag, f.last_modified, f.last_fetched_at, f.last_success_at, f.error_code, f.error_message, "
    "f.error_since, f.http_status, f.recovered_from, f.created_at, f.deleted_at"
)
_COUNTS = (
    "(SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.read_at IS NULL), "
    "(SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id)"
)
_ITEM_COLUMNS = (
    "i.id, i.feed_id, f.client_id, coalesce(nullif(f.custom_title, ''), nullif(f.title, ''), f.url), f.url, "
    "i.entry_key, i.title, i.title_is_fallback, i.link, i.author, i.summary, i.content, i.image, "
    "i.enclosures, i.published_at, i.updated_at, i.first_seen_at, i.sort_at, i.read_at, i.starred_at"
)
_ROW_COLUMNS = (
    "i.id, i.feed_id, coalesce(nullif(f.custom_title, ''), nullif(f.title, ''), f.url), i.title, i.link, "
    "i.author, i.sort_at, i.read_at, i.starred_at"
)


def _feed_from_row(row: sqlite3.Row | tuple) -> Feed:
    values = list(row)
    counts = values[20:22] if len(values) > 20 else [0, 0]
    (id_, client_id, url, title, custom, site, description, folder, fmt, etag, modified, fetched,
     success, code, message, since, status, recovered, created, deleted) = values[:20]  # fmt: skip
    return Feed(
        id=id_,
        client_id=client_id,
        url=url,
        title=title,
        custom_title=custom,
        site_url=site,
        description=description,
        folder=folder,
        format=fmt,
        etag=etag,
        last_modified=modified,
        last_fetched_at=from_db(fetched),
        last_success_at=from_db(success),
        error_code=code,
        error_message=message,
        error_since=from_db(since),
        http_status=status,
        recovered_from=recovered,
        created_at=from_db(created),  # type: ignore[arg-type]
        deleted_at=from_db(deleted),
        unread=int(counts[0] or 0),
        total=int(counts[1] or 0),
    )


def _item_from_row(row: sqlite3.Row | tuple) -> FeedItem:
    (id_, feed_id, client_id, feed_title, feed_url, key, title, fallback, link, author, summary,
     content, image, enclosures, published, updated, seen, sort_at, read, starred) = row  # fmt: skip
    return FeedItem(
        id=id_,
        feed_id=feed_id,
        client_id=client_id,
        feed_title=feed_title,
        feed_url=feed_url,
        entry_key=key,
        title=title,
        title_is_fallback=bool(fallback),
        link=link,
        author=author,
        summary=summary,
        content=content,
        image=image,
        enclosures=_decode_enclosures(enclosures),
        published_at=from_db(published),
        updated_at=from_db(updated),
        first_seen_at=from_db(seen),  # type: ignore[arg-type]
        sort_at=from_db(sort_at),  # type: ignore[arg-type]
        read=read is not None,
        starred=starred is not None,
    )


def _row_from_row(row: sqlite3.Row | tuple) -> ItemRow:
    id_, feed_id, feed_title, title, link, author, sort_at, read, starred = row
    return ItemRow(
        id=id_,
        feed_id=feed_id,
        feed_title=feed_title,
        title=title,
        link=link,
        author=author,
        sort_at=from_db(sort_at),  # type: ignore[arg-type]
        read=read is not None,
        starred=starred is not None,
    )


def _encode_enclosures(enclosures: Sequence[Enclosure]) -> str:
    return json.dumps([[e.url, e.type, e.length] for e in enclosures], ensure_ascii=False)


def _decode_enclosures(text: str) -> tuple[Enclosure, ...]:
    try:
        values = json.loads(text or "[]")
        return tuple(Enclosure(str(url), str(kind or ""), length) for url, kind, length in values)
    except (ValueError, TypeError):
        return ()


def feed_address(url: str) -> str:
    """The URL to store for a subscription: a checked web address, or a `file:` URL as given."""
    text = url.strip()
    if text.lower().startswith("file:"):
        return text
    return validate_http_url(text)


def _item_text(entry: FeedEntry) -> str:
    body = fallback_title(entry.content, max_chars=MAX_INDEXED_CHARS)
    summary = fallback_title(entry.summary, max_chars=2000)
    if summary and summary[:200] not in body:
        body = f"{summary} {body}".strip()
    return body


def _entry_key(entry: FeedEntry, seen: set[str]) -> str | None:
    """The key to store `entry` under, or None for an exact repeat in the same document.

    Some publishers reuse one guid for several posts (Scripting News gives two posts of a day
    the same permalink): a later entry whose key was already used in the document but whose
    title, date or text differ gets a key derived from them, deterministic across refreshes,
    so neither post is lost and neither is duplicated on the next refresh.
    """
    if entry.key not in seen:
        return entry.key
    stamp = entry.published.isoformat() if entry.published else ""
    text = f"{entry.title}\x1f{stamp}\x1f{entry.summary or entry.content}"
    digest = hashlib.sha1(text.encode()).hexdigest()
    derived = f"{entry.key}#sha1:{digest[:16]}"
    return None if derived in seen else derived


def _sort_at(entry: FeedEntry, now: datetime) -> datetime:
    stamp = entry.published or entry.updated or now
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return now if stamp > now + MAX_FUTURE else stamp


class FeedManager(Manager):
    ENTITY = ENTITY
    ITEMS = ITEMS

    # -- subscriptions -------------------------------------------------------------------------
    def get(self, feed_id: int) -> Feed:
        row = self._db.execute(
            f"SELECT {_FEED_COLUMNS}, {_COUNTS} FROM feeds f WHERE f.id = ?", [feed_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no feed {feed_id}")
        return _feed_from_row(row)

    def list(self, client_id: int | None, *, include_shared: bool = True) -> list[Feed]:
        """Live subscriptions visible to a client, by folder then title, with unread counts."""
        where, params = self._scope("f", client_id, include_shared)
        rows = self._db.execute(
            f"SELECT {_FEED_COLUMNS}, {_COUNTS} FROM feeds f WHERE f.deleted_at IS NULL AND {where} "
            "ORDER BY lower(f.folder), "
            "lower(coalesce(nullif(f.custom_title, ''), nullif(f.title, ''), f.url))",
            params,
        ).fetchall()
        return [_feed_from_row(row) for row in rows]

    @staticmethod
    def _scope(
        alias: str, client_id: int | None, include_shared: bool = True
    ) -> tuple[str, builtins.list[object]]:
        if client_id is None:
            return f"{alias}.client_id IS NULL", []
        if include_shared:
            return f"({alias}.client_id = ? OR {alias}.client_id IS NULL)", [client_id]
        return f"{alias}.client_id = ?", [client_id]

    def find_duplicate(
        self, client_id: int | None, url: str, *, exclude_id: int | None = None
    ) -> Feed | None:
        found = self._visible_url_match("feeds", normalize_url(url), client_id, exclude_id)
        return self.get(found) if found is not None else None

    def subscribe(
        self,
        client_id: int | None,
        url: str,
        *,
        title: str = "",
        folder: str = "",
        result: FetchResult | None = None,
    ) -> Feed:
        """Subscribe to a feed; with the `result` of a first fetch, its items are stored at once
        (and a permanent redirect already gives the final URL).

        Raises `core.urls.InvalidUrl` for a bad address and `DuplicateFeed` when subscribed.
        """
        address = feed_address(url)
        if result is not None and result.ok and result.permanent_url:
            address = result.permanent_url
        with self._db.atomic():
            existing = self.find_duplicate(client_id, address)
            if existing is not None:
                raise DuplicateFeed(existing)
            feed_id = self._insert(client_id, address, title, folder)
            if result is not None:
                self._apply(feed_id, result)
        self._store.log.touch(ENTITY, feed_id, client_id=client_id)
        self._store.log.touch(ITEMS)
        return self.get(feed_id)

    def _insert(self, client_id: int | None, url: str, title: str, folder: str) -> int:
        now = now_db()
        cursor = self._db.execute(
            "INSERT INTO feeds (client_id, url, url_key, title, folder, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [client_id, url, normalize_url(url), " ".join(title.split()), folder.strip(), now, now],
        )
        assert cursor.lastrowid is not None  # an INSERT always sets lastrowid
        return cursor.lastrowid

    def rename(self, feed_id: int, title: str | None) -> Feed:
        """Give the feed a title of the user's own (None or "" goes back to the feed's title)."""
        cleaned = " ".join((title or "").split()) or None
        with self._db.atomic():
            feed = self.get(feed_id)
            self._db.execute(
                "UPDATE feeds SET custom_title = ?, updated_at = ? WHERE id = ?", [cleaned, now_db(), feed_id]
            )
        self._store.log.touch(ENTITY, feed_id, client_id=feed.client_id)
        self._store.log.touch(ITEMS)
        return self.get(feed_id)

    def set_folder(self, feed_id: int, folder: str) -> Feed:
        with self._db.atomic():
            feed = self.get(feed_id)
            self._db.execute(
                "UPDATE feeds SET folder = ?, updated_at = ? WHERE id = ?",
                [folder.strip(), now_db(), feed_id],
            )
        self._store.log.touch(ENTITY, feed_id, client_id=feed.client_id)
        return self.get(feed_id)

    # -- refresh -------------------------------------------------------------------------------
    def fetch_requests(
        self, client_id: int | None, feed_ids: Iterable[int] | None = None
    ) -> builtins.list[tuple[int, FetchRequest]]:
        """What to fetch for a refresh, with the validators of the last fetch (conditional GET)."""
        where, params = self._scope("f", client_id)
        sql = (
            f"SELECT f.id, f.url, f.etag, f.last_modified FROM feeds f WHERE f.deleted_at IS NULL AND {where}"
        )
        if feed_ids is not None:
            wanted = list(feed_ids)
            if not wanted:
                return []
            sql += f" AND f.id IN ({','.join('?' * len(wanted))})"
            params += wanted
        rows = self._db.execute(sql + " ORDER BY f.id", params).fetchall()
        from cmtoolbox.core.fetch import FetchRequest

        return [(row[0], FetchRequest(row[1], etag=row[2], last_modified=row[3])) for row in rows]

    def apply_results(self, results: Iterable[tuple[int, FetchResult]]) -> RefreshSummary:
        """Record a batch of fetch results in one transaction (see the module docstring)."""
        outcomes: list[RefreshOutcome] = []
        with self._db.atomic():
            for feed_id, result in results:
                outcomes.append(self._apply(feed_id, result))
        self._store.log.touch(ITEMS)
        return RefreshSummary(tuple(outcomes))

    def _apply(self, feed_id: int, result: FetchResult) -> RefreshOutcome:
        row = self._db.execute(
            "SELECT client_id, url, error_since FROM feeds WHERE id = ? AND deleted_at IS NULL", [feed_id]
        ).fetchone()
        if row is None:
            return RefreshOutcome(feed_id, "gone")
        client_id, url, error_since = row
        now = now_db()
        self._store.log.touch(ENTITY, feed_id, client_id=client_id)
        if result.status == "error":
            self._db.execute(
                "UPDATE feeds SET error_code = ?, error_message = ?, http_status = ?, error_since = ?, "
                "last_fetched_at = ? WHERE id = ?",
                [
                    result.error_code or "network_error",
                    result.error_message or "",
                    result.http_status,
                    error_since or now,
                    now,
                    feed_id,
                ],
            )
            return RefreshOutcome(feed_id, "error", error_code=result.error_code)
        moved_to = self._follow_permanent_redirect(feed_id, client_id, url, result.permanent_url)
        self._db.execute(
            "UPDATE feeds SET etag = ?, last_modified = ?, last_fetched_at = ?, last_success_at = ?, "
            "error_code = NULL, error_message = NULL, error_since = NULL, http_status = ? WHERE id = ?",
            [result.etag, result.last_modified, now, now, result.http_status, feed_id],
        )
        if result.status == "not_modified" or result.feed is None:
            return RefreshOutcome(feed_id, "not_modified", moved_to=moved_to)
        new, updated = self._store_parsed(feed_id, result.feed)
        return RefreshOutcome(feed_id, "ok", new_items=new, updated_items=updated, moved_to=moved_to)

    def _follow_permanent_redirect(
        self, feed_id: int, client_id: int | None, url: str, target: str | None
    ) -> str | None:
        """Update the stored URL after a 301/308, unless the client already has the target."""
        if not target or normalize_url(target) == normalize_url(url):
            return None
        if self.find_duplicate(client_id, target, exclude_id=feed_id) is not None:
            return None
        self._db.execute(
            "UPDATE feeds SET url = ?, url_key = ?, updated_at = ? WHERE id = ?",
            [target, normalize_url(target), now_db(), feed_id],
        )
        return target

    def store_parsed(self, feed_id: int, parsed: ParsedFeed) -> tuple[int, int]:
        """Store items read without a fetch (a local file, the sample client); returns the
        number of (new, updated) items."""
        with self._db.atomic():
            feed = self.get(feed_id)
            result = self._store_parsed(feed_id, parsed)
            now = now_db()
            self._db.execute(
                "UPDATE feeds SET last_fetched_at = ?, last_success_at = ?, error_code = NULL, "
                "error_message = NULL, error_since = NULL WHERE id = ?",
                [now, now, feed_id],
            )
        self._store.log.touch(ENTITY, feed_id, client_id=feed.client_id)
        self._store.log.touch(ITEMS)
        return result

    def _store_parsed(self, feed_id: int, parsed: ParsedFeed) -> tuple[int, int]:
        # `updated_at` says when the subscription changed, not when it was fetched: a refresh
        # that changes nothing must not become a change every device syncs (issue 17).
        self._db.execute(
            "UPDATE feeds SET title = CASE WHEN ? <> '' THEN ? ELSE title END, "
            "site_url = coalesce(?, site_url), "
            "description = ?, format = ?, recovered_from = ? WHERE id = ?",
            [
                parsed.title,
                parsed.title,
                parsed.link,
                fallback_title(parsed.description, max_chars=1000),
                parsed.format,
                parsed.recovered_from,
                feed_id,
            ],
        )
        existing = {
            key: (item_id, title, link, summary, content, updated)
            for item_id, key, title, link, summary, content, updated in self._db.execute(
                "SELECT id, entry_key, title, link, summary, content, updated_at FROM feed_items "
                "WHERE feed_id = ?",
                [feed_id],
            ).fetchall()
        }
        now = utcnow()
        now_text = to_db(now)
        new = updated = 0
        seen: set[str] = set()
        for entry in parsed.entries:
            key = _entry_key(entry, seen)
            if key is None:
                continue  # the very same entry twice in one document
            seen.add(key)
            values = [
                entry.title,
                int(entry.title_is_fallback),
                entry.link,
                entry.author,
                entry.summary,
                entry.content,
                entry.image,
                _encode_enclosures(entry.enclosures),
                to_db(entry.published) if entry.published else None,
                to_db(entry.updated) if entry.updated else None,
            ]
            old = existing.get(key)
            if old is None:
                cursor = self._db.execute(
                    "INSERT INTO feed_items (feed_id, entry_key, title, title_is_fallback, link, author, "
                    "summary, "
                    "content, image, enclosures, published_at, updated_at, first_seen_at, sort_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [feed_id, key, *values, now_text, to_db(_sort_at(entry, now))],
                )
                assert cursor.lastrowid is not None  # an INSERT always sets lastrowid
                self._index_item(cursor.lastrowid, entry)
                new += 1
            elif (old[1], old[2], old[3], old[4], old[5]) != (
                values[0],
                values[2],
                values[4],
                values[5],
                values[9],
            ):
                self._db.execute(
                    "UPDATE feed_items SET title = ?, title_is_fallback = ?, link = ?, author = ?, "
                    "summary = ?, "
                    "content = ?, image = ?, enclosures = ?, published_at = ?, updated_at = ? WHERE id = ?",
                    [*values, old[0]],
                )
                self._index_item(old[0], entry)
                updated += 1
        return new, updated

    def _index_item(self, item_id: int, entry: FeedEntry) -> None:
        self._db.execute("DELETE FROM feed_items_fts WHERE rowid = ?", [item_id])
        self._db.execute(
            "INSERT INTO feed_items_fts (rowid, title, author, body) VALUES (?, ?, ?, ?)",
            [
                item_id,
                fold_for_index(entry.title),
                fold_for_index(entry.author),
                fold_for_index(_item_text(entry)),
            ],
        )

    # -- items ---------------------------------------------------------------------------------
    def _item_filter(
        self,
        client_id: int | None,
        *,
        feed_id: int | None,
        folder: str | None,
        unread_only: bool,
        starred_only: bool,
        query: str | None,
    ) -> tuple[str, str, builtins.list[object]]:
        joins = "JOIN feeds f ON f.id = i.feed_id"
        where, params = self._scope("f", client_id)
        clauses = ["f.deleted_at IS NULL", where]
        if feed_id is not None:
            clauses.append("i.feed_id = ?")
            params.append(feed_id)
        if folder is not None:
            clauses.append("f.folder = ?")
            params.append(folder)
        if unread_only:
            clauses.append("i.read_at IS NULL")
        if starred_only:
            clauses.append("i.starred_at IS NOT NULL")
        if query:
            joins += " JOIN feed_items_fts ON feed_items_fts.rowid = i.id"
            clauses.append("feed_items_fts MATCH ?")
            params.append(query)
        return joins, " AND ".join(clauses), params

    def items(
        self,
        client_id: int | None,
        *,
        feed_id: int | None = None,
        folder: str | None = None,
        unread_only: bool = False,
        starred_only: bool = False,
        query: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> builtins.list[ItemRow]:
        """A page of items, newest first. `query` is an FTS5 MATCH expression built by
        `core.search.build_match_query`."""
        joins, where, params = self._item_filter(
            client_id, feed_id=feed_id, folder=folder, unread_only=unread_only,
            starred_only=starred_only, query=query,
        )  # fmt: skip
        rows = self._db.execute(
            f"SELECT {_ROW_COLUMNS} FROM feed_items i {joins} WHERE {where} "
            "ORDER BY i.sort_at DESC, i.id ASC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [_row_from_row(row) for row in rows]

    def item_count(
        self,
        client_id: int | None,
        *,
        feed_id: int | None = None,
        folder: str | None = None,
        unread_only: bool = False,
        starred_only: bool = False,
        query: str | None = None,
    ) -> int:
        joins, where, params = self._item_filter(
            client_id, feed_id=feed_id, folder=folder, unread_only=unread_only,
            starred_only=starred_only, query=query,
        )  # fmt: skip
        return int(
            self._db.execute(f"SELECT count(*) FROM feed_items i {joins} WHERE {where}", params).fetchone()[0]
        )

    def counts(self, client_id: int | None) -> tuple[int, int]:
        """(unread, starred) items over every live feed of the client."""
        where, params = self._scope("f", client_id)
        row = self._db.execute(
            "SELECT count(*) FILTER (WHERE i.read_at IS NULL), "
            "count(*) FILTER (WHERE i.starred_at IS NOT NULL) "
            f"FROM feed_items i JOIN feeds f ON f.id = i.feed_id WHERE f.deleted_at IS NULL AND {where}",
            params,
        ).fetchone()
        return int(row[0] or 0), int(row[1] or 0)

    def item(self, item_id: int) -> FeedItem:
        row = self._db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM feed_items i JOIN feeds f ON f.id = i.feed_id WHERE i.id = ?",
            [item_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"no feed item {item_id}")
        return _item_from_row(row)

    def items_by_id(self, item_ids: Iterable[int]) -> builtins.list[FeedItem]:
        ids = list(item_ids)
        if not ids:
            return []
        rows = self._db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM feed_items i JOIN feeds f ON f.id = i.feed_id "
            f"WHERE i.id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        by_id = {row[0]: _item_from_row(row) for row in rows}
        return [by_id[item_id] for item_id in ids if item_id in by_id]

    def starred_items(self, client_id: int | None, *, limit: int = 500) -> builtins.list[FeedItem]:
        where, params = self._scope("f", client_id)
        rows = self._db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM feed_items i JOIN feeds f ON f.id = i.feed_id "
            f"WHERE f.deleted_at IS NULL AND i.starred_at IS NOT NULL AND {where} "
            "ORDER BY i.starred_at DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [_item_from_row(row) for row in rows]

    def set_read(self, item_ids: Iterable[int], read: bool = True) -> int:
        ids = list(item_ids)
        if not ids:
            return 0
        with self._db.atomic():
            cursor = self._db.execute(
                f"UPDATE feed_items SET read_at = ? WHERE id IN ({','.join('?' * len(ids))}) "
                f"AND (read_at IS NULL) = ?",
                [now_db() if read else None, *ids, read],
            )
        if cursor.rowcount:
            self._store.log.touch(ITEMS)
            for item_id in ids:
                self._store.log.touch(ITEMS, item_id)
        return int(cursor.rowcount)

    def mark_all_read(
        self, client_id: int | None, *, feed_id: int | None = None, folder: str | None = None
    ) -> int:
        where, params = self._scope("f", client_id)
        sql = (
            "UPDATE feed_items SET read_at = ? WHERE read_at IS NULL AND feed_id IN "
            f"(SELECT f.id FROM feeds f WHERE f.deleted_at IS NULL AND {where}"
        )
        if feed_id is not None:
            sql += " AND f.id = ?"
            params.append(feed_id)
        if folder is not None:
            sql += " AND f.folder = ?"
            params.append(folder)
        with self._db.atomic():
            cursor = self._db.execute(sql + ")", [now_db(), *params])
        if cursor.rowcount:
            self._store.log.touch(ITEMS)
            self._store.log.touch(ENTITY, feed_id, client_id=client_id)
        return int(cursor.rowcount)

    def set_starred(self, item_id: int, starred: bool) -> FeedItem:
        with self._db.atomic():
            self.item(item_id)
            self._db.execute(
                "UPDATE feed_items SET starred_at = ? WHERE id = ?", [now_db() if starred else None, item_id]
            )
        self._store.log.touch(ITEMS, item_id)
        return self.item(item_id)

    # -- OPML ----------------------------------------------------------------------------------
    def import_opml(
        self,
        client_id: int | None,
        subscriptions: Sequence[Subscription],
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> ImportReport:
        """Subscribe to every feed of an OPML list in one transaction (all or nothing); feeds are
        fetched later, by a refresh. Repeats and existing subscriptions count as duplicates,
        addresses that are not http(s) as invalid."""
        total = len(subscriptions)
        imported: list[int] = []
        duplicates = invalid = 0
        seen: set[str] = set()
        if progress:
            progress(0, total)
        with self._db.atomic():
            for index, subscription in enumerate(subscriptions):
                if cancelled is not None and cancelled():
                    raise ImportCancelled("import cancelled")
                try:
                    address = validate_http_url(subscription.xml_url)
                except ValueError:
                    invalid += 1
                else:
                    key = normalize_url(address)
                    if key in seen or self.find_duplicate(client_id, address) is not None:
                        duplicates += 1
                    else:
                        seen.add(key)
                        title = subscription.title if subscription.title != subscription.xml_url else ""
                        feed_id = self._insert(client_id, address, title, subscription.folder)
                        if subscription.html_url:
                            self._db.execute(
                                "UPDATE feeds SET site_url = ? WHERE id = ?", [subscription.html_url, feed_id]
                            )
                        imported.append(feed_id)
                if progress and (index % 25 == 24 or index == total - 1):
                    progress(index + 1, total)
        if imported:
            self._store.log.touch(ENTITY, client_id=client_id)
            for feed_id in imported:
                self._store.log.touch(ENTITY, feed_id)
        return ImportReport(total, len(imported), duplicates, invalid, tuple(imported))

    def export_opml(self, client_id: int | None) -> builtins.list[Subscription]:
        return [
            Subscription(
                xml_url=feed.url,
                title=feed.display_title,
                html_url=feed.site_url or "",
                folder=feed.folder,
            )
            for feed in self.list(client_id)
            if not feed.is_local
        ]


# -- local files -------------------------------------------------------------------------------
def local_path(url: str) -> Path | None:
    """The file a `file:` URL names, or None for other URLs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() != "file":
        return None
    return Path(url2pathname(unquote(parts.path)))


def sample_feed_url(name: str) -> str:
    return resource_path("samples", "feeds", name).resolve().as_uri()


def _resolve_local(path: Path) -> Path:
    """A bundled sample feed moves with the app (a frozen build unpacks to a new folder each
    run): find it again under the current resources when the stored path is gone."""
    if path.exists():
        return path
    parts = path.parts
    if len(parts) >= 3 and parts[-3:-1] == ("samples", "feeds"):
        candidate = resource_path("samples", "feeds", parts[-1])
        if candidate.exists():
            return candidate
    return path


def read_local_feed(request: FetchRequest) -> FetchResult:
    """Refresh a `file:` feed: "not modified" while the file's date matches the stored one.

    Blocking (reads and parses the file): call it in a worker thread.
    """
    from cmtoolbox.core.fetch import FetchResult

    path = local_path(request.url)
    if path is None:
        return FetchResult(
            request, "error", request.url, error_code="invalid_url", error_message="Not a file URL."
        )
    path = _resolve_local(path)
    try:
        stat = path.stat()
        if not path.is_file():
            raise FileNotFoundError(str(path))
    except OSError:
        return FetchResult(
            request, "error", request.url, error_code="file_missing", error_message=f"{path} does not exist."
        )
    stamp = formatdate(stat.st_mtime, usegmt=True)
    if request.last_modified == stamp:
        return FetchResult(request, "not_modified", request.url, last_modified=stamp)
    try:
        data = path.read_bytes()
        feed = parse_feed(data, url=None)
    except FeedError as error:
        return FetchResult(request, "error", request.url, error_code=error.code, error_message=error.message)
    except OSError as error:
        return FetchResult(
            request,
            "error",
            request.url,
            error_code="file_unreadable",
            error_message=os.strerror(error.errno or 5),
        )
    return FetchResult(request, "ok", request.url, last_modified=stamp, feed=feed)


# -- global search -----------------------------------------------------------------------------
def search_feed_items(store: Store, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    if filters.tag:
        return []  # items carry no tags: a tag filter means "tagged records only"
    where = ["feed_items_fts MATCH ?", "f.deleted_at IS NULL"]
    params: list[object] = [query]
    if filters.client_id is not None:
        where.append("(f.client_id = ? OR f.client_id IS NULL)")
        params.append(filters.client_id)
    period, values = filters.period_sql("i.sort_at")
    where += period
    params += values
    # Rank the newest matches only, snippets for the rows shown only (storage.search.ranked_rows):
    # bm25 over every match of a common word was 1.5 s on 200,000 items.
    rows = ranked_rows(
        store.db,
        "feed_items_fts",
        query,
        "i.id, f.client_id, i.title, i.link, i.feed_id, "
        "coalesce(nullif(f.custom_title, ''), nullif(f.title, ''), f.url), i.sort_at, "
        f"{snippet_sql('feed_items_fts', -1)}",
        "FROM feed_items_fts JOIN feed_items i ON i.id = feed_items_fts.rowid "
        f"JOIN feeds f ON f.id = i.feed_id WHERE {' AND '.join(where)}",
        params,
        limit,
        rank="bm25(feed_items_fts, 8.0, 2.0, 1.0)",
    )
    return [
        SearchHit(
            kind=ITEMS,
            id=row[0],
            client_id=row[1],
            title=row[2],
            snippet_html=snippet_to_html(row[7] or ""),
            updated_at=from_db(row[6]),
            extra={"url": row[3], "feed_id": row[4], "feed_title": row[5]},
        )
        for row in rows
    ]


def _reindex_synced_item(store: Store, item_id: int) -> None:
    """The search index of an item sync wrote (fetched on another device, or its text updated
    there), built from the stored row as `_index_item` builds it from the parsed entry."""
    _reindex_synced_items(store, [item_id])


def _reindex_synced_items(store: Store, item_ids: list[int]) -> None:
    """`_reindex_synced_item` for every item one applied batch wrote, a chunk at a time."""
    for chunk, marks in in_chunks(item_ids):
        rows = store.db.execute(
            f"SELECT id, title, author, summary, content FROM feed_items WHERE id IN ({marks})", chunk
        ).fetchall()
        store.db.execute(f"DELETE FROM feed_items_fts WHERE rowid IN ({marks})", chunk)
        store.db.conn.executemany(
            "INSERT INTO feed_items_fts (rowid, title, author, body) VALUES (?, ?, ?, ?)",
            [
                (
                    item_id,
                    fold_for_index(title or ""),
                    fold_for_index(author or ""),
                    _synced_body(summary, content),
                )
                for item_id, title, author, summary, content in rows
            ],
        )


def _synced_body(summary: str | None, content: str | None) -> str:
    body = fallback_title(content or "", max_chars=MAX_INDEXED_CHARS)
    short = fallback_title(summary or "", max_chars=2000)
    if short and short[:200] not in body:
        body = f"{short} {body}".strip()
    return fold_for_index(body)


# Sync (docs/sync.md, "How feeds travel"). A subscription travels without its fetch state
# (validators, last fetch, error): each device fetches for itself. Two devices subscribing one
# client to one address offline make one feed (`same_key`), keeping a title or folder given on
# either side.
SPEC = EntitySpec(
    entity=ENTITY,
    table="feeds",
    shared=True,
    trash=TrashKind(
        entity=ENTITY, table="feeds", title_sql="coalesce(nullif(custom_title, ''), nullif(title, ''), url)"
    ),
    sync=SyncSpec(
        fields=(
            "client_id",
            "url",
            "url_key",
            "title",
            "custom_title",
            "site_url",
            "description",
            "folder",
            "format",
            "created_at",
            "updated_at",
            "deleted_at",
        ),
        refs={"client_id": Entity.CLIENTS},
        same_key=("client_id", "url_key"),
        same_keep=("custom_title", "folder"),
    ),  # fmt: skip
)
# Items travel whole (an offline device reads what the other fetched). The same item fetched on
# both devices is one record (feed, entry key); read and starred on either side stay so.
ITEMS_SPEC = EntitySpec(
    entity=ITEMS,
    table="feed_items",
    client_scoped=False,  # through their feed
    search=SearchProvider(kind=ITEMS, order=40, search=search_feed_items),
    sync=SyncSpec(
        fields=(
            "feed_id",
            "entry_key",
            "title",
            "title_is_fallback",
            "link",
            "author",
            "summary",
            "content",
            "image",
            "enclosures",
            "published_at",
            "updated_at",
            "first_seen_at",
            "sort_at",
            "read_at",
            "starred_at",
        ),
        refs={"feed_id": ENTITY},
        trash_column=None,  # in the trash with their feed
        scope_column="feed_id",
        same_key=("feed_id", "entry_key"),
        same_keep=("read_at", "starred_at"),
        after_apply=_reindex_synced_item,
        after_apply_many=_reindex_synced_items,
    ),  # fmt: skip
)
