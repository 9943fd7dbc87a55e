"""Bookmarked sources: the blogs, groups, channels and competitors a CM watches for a client.

A source belongs to one client or, with `client_id` NULL, to every client. Its URL is stored as
given (the address to open) next to `url_key`, the `normalize_url` form a unique index compares,
so "https://Example.com/?utm_source=x" and "https://example.com" are one bookmark. Trashed rows
keep their key: re-adding a trashed address is reported as a duplicate "in the trash", which the
GUI offers to restore, rather than letting a later restore collide.

Bookmark imports run in one transaction (all or nothing) and may be cancelled between rows;
link checks (`core.fetch.check_links`) are recorded here with their date.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cmtoolbox.core.bookmarks_html import FOLDER_SEPARATOR, Bookmark
from cmtoolbox.core.search import snippet_sql, snippet_to_html
from cmtoolbox.core.textfold import fold_for_index
from cmtoolbox.core.urls import normalize_url, validate_http_url
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncSpec
from cmtoolbox.storage.errors import InvalidValue, NotFound, StorageError
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.search import SearchFilters, SearchHit, SearchProvider
from cmtoolbox.storage.tags import TagLink, clean_tag
from cmtoolbox.storage.timeutil import from_db, now_db, to_db
from cmtoolbox.storage.trash import TrashKind

if TYPE_CHECKING:
    from cmtoolbox.core.fetch import LinkCheck  # httpx: kept off the start path (issue 16)
    from cmtoolbox.storage.store import Store

ENTITY = Entity.SOURCES
SOURCE_KINDS = (
    "blog",
    "forum",
    "facebook_group",
    "network_account",
    "youtube",
    "newsletter",
    "competitor",
    "press",
    "other",
)
LINK_STATUSES = ("alive", "moved", "dead", "unknown")
FOLDER_MODES = ("tags", "folder", "ignore")
"""How an import treats bookmark folders: each folder name becomes a tag, the path is kept in
`folder`, or folders are dropped."""

MAX_TITLE_LENGTH = 500
MAX_NOTES_LENGTH = 20_000

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class Source:
    id: int
    client_id: int | None
    url: str
    title: str
    kind: str
    notes: str
    folder: str
    tags: tuple[str, ...]
    starred: bool
    added_at: datetime
    updated_at: datetime
    visited_at: datetime | None
    link_status: str | None
    link_checked_at: datetime | None
    link_new_url: str | None
    link_detail: str
    deleted_at: datetime | None

    @property
    def shared(self) -> bool:
        return self.client_id is None

    @property
    def display_title(self) -> str:
        """The title, else the host name: imported bookmarks sometimes have no title."""
        if self.title:
            return self.title
        try:
            return urlsplit(self.url).hostname or self.url
        except ValueError:
            return self.url


class DuplicateSource(InvalidValue):
    """The address is already bookmarked for this client (or shared); `existing` is that one."""

    def __init__(self, existing: Source) -> None:
        super().__init__(f"{existing.url} is already a source", field="url", reason="duplicate_source")
        self.existing = existing

    @property
    def in_trash(self) -> bool:
        return self.existing.deleted_at is not None


class ImportCancelled(StorageError):
    """Raised inside an import transaction when the user cancels: nothing is kept."""

    code = "cancelled"


@dataclass(frozen=True)
class ImportReport:
    """What an import did: `imported` new rows, `duplicates` skipped (already present, or twice in
    the file), `invalid` skipped because they are not web addresses (place:, javascript:...)."""

    total: int
    imported: int
    duplicates: int
    invalid: int
    ids: tuple[int, ...] = ()


_COLUMNS = (
    "id, client_id, url, title, kind, notes, folder, starred_at, added_at, updated_at, visited_at, "
    "link_status, link_checked_at, link_new_url, link_detail, deleted_at"
)


def _title_sql() -> str:
    return "CASE WHEN title <> '' THEN title ELSE url END"


def clean_kind(kind: str) -> str:
    if kind not in SOURCE_KINDS:
        raise InvalidValue(f"unknown source kind {kind!r}", field="kind", reason="invalid")
    return kind


def _clean_text(value: str, limit: int) -> str:
    return value.strip()[:limit]


def _clean_title(value: str) -> str:
    return " ".join(value.split())[:MAX_TITLE_LENGTH]


def _web_url(url: str) -> str | None:
    """The URL when it is an absolute http(s) address (what an import keeps), else None."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


_IMPORT_BATCH = 500
"""Rows looked up and inserted together by an import; the cancel check runs between batches."""


@dataclass(frozen=True, slots=True)
class PreparedBookmark:
    """One bookmark ready to insert: a web address with its duplicate key, cleaned text."""

    url: str
    key: str
    title: str
    kind: str
    notes: str
    folder: str
    tags: tuple[str, ...]
    added_at: str | None
    title_folded: str
    notes_folded: str


@dataclass(frozen=True)
class PreparedImport:
    """A bookmark file checked and normalised without the database (see `prepare_bookmarks`):
    the rows to offer the database, first occurrence of each address only."""

    rows: tuple[PreparedBookmark, ...]
    total: int  # bookmarks in the file
    repeats: int  # addresses already seen earlier in the file
    invalid: int  # not web addresses


def visible_keys_query(client_id: int | None, keys: Sequence[str]) -> tuple[str, builtins.list[object]]:
    """SQL and parameters for "which of these address keys does this client already see" (its
    own sources and the shared ones; for the shared list, any client's).

    The unary `+` keeps SQLite from answering through `sources_client`: with a few hundred keys
    its planner would otherwise walk every row of the client for each batch, the quadratic cost
    the `url_key` index (migration m008) exists to avoid."""
    sql = f"SELECT url_key FROM sources WHERE url_key IN ({','.join('?' * len(keys))})"
    params: builtins.list[object] = list(keys)
    if client_id is not None:
        sql += " AND (+client_id = ? OR +client_id IS NULL)"
        params.append(client_id)
    return sql, params


class _Preparer:
    """The database-free half of an import, one bookmark at a time (see `prepare_bookmarks`)."""

    def __init__(self, folders: str, kind: str) -> None:
        if folders not in FOLDER_MODES:
            raise InvalidValue(f"unknown folder mode {folders!r}", field="folders", reason="invalid")
        self.folders = folders
        self.kind = clean_kind(kind)
        self.rows: list[PreparedBookmark] = []
        self.total = self.repeats = self.invalid = 0
        self._seen: set[str] = set()

    def take(self, bookmark: Bookmark) -> PreparedBookmark | None:
        self.total += 1
        url = _web_url(bookmark.url)
        if url is None:
            self.invalid += 1
            return None
        key = normalize_url(url)
        if key in self._seen:
            self.repeats += 1
            return None
        self._seen.add(key)
        folder_parts = [part for part in bookmark.folder.split(FOLDER_SEPARATOR) if part.strip()]
        names = list(bookmark.tags) + (folder_parts if self.folders == "tags" else [])
        tags: dict[str, None] = {}
        for name in names:
            cleaned = clean_tag(name)
            if cleaned:
                tags.setdefault(cleaned, None)
        title = _clean_title(bookmark.title)
        notes = _clean_text(bookmark.description, MAX_NOTES_LENGTH)
        row = PreparedBookmark(
            url=url,
            key=key,
            title=title,
            kind=self.kind,
            notes=notes,
            folder=FOLDER_SEPARATOR.join(folder_parts) if self.folders == "folder" else "",
            tags=tuple(tags),
            added_at=to_db(bookmark.added_at) if bookmark.added_at else None,
            title_folded=fold_for_index(title),
            notes_folded=fold_for_index(notes),
        )
        self.rows.append(row)
        return row

    def result(self) -> PreparedImport:
        return PreparedImport(tuple(self.rows), self.total, self.repeats, self.invalid)


def prepare_bookmarks(
    bookmarks: Iterable[Bookmark],
    *,
    folders: str = "tags",
    kind: str = "other",
    cancelled: CancelledFn | None = None,
) -> PreparedImport:
    """Everything an import computes without the database: which links are web addresses, their
    duplicate keys (`normalize_url`: RFC and IDNA work, most of an import's time), repeats
    inside the file, cleaned titles, notes, tags and folders, the folded index text.

    Pure and thread-safe: run it on a worker, then hand the result to
    `SourceManager.import_bookmarks`, so the database thread only looks up and inserts.
    Raises ImportCancelled when `cancelled()` says so (polled every few hundred bookmarks)."""
    preparer = _Preparer(folders, kind)
    for index, bookmark in enumerate(bookmarks):
        if cancelled is not None and index % _IMPORT_BATCH == 0 and cancelled():
            raise ImportCancelled("import cancelled")
        preparer.take(bookmark)
    return preparer.result()


class SourceManager(Manager):
    ENTITY = ENTITY

    # -- reading -----------------------------------------------------------------------------
    def _rows_to_sources(self, rows: Sequence[sqlite3.Row | tuple]) -> list[Source]:
        tags = self._store.tags.tags_for(ENTITY, [row[0] for row in rows])
        out = []
        for row in rows:
            (id_, client_id, url, title, kind, notes, folder, starred, added, updated, visited,
             status, checked, new_url, detail, deleted) = row  # fmt: skip
            out.append(
                Source(
                    id=id_,
                    client_id=client_id,
                    url=url,
                    title=title,
                    kind=kind,
                    notes=notes,
                    folder=folder,
                    tags=tuple(tags.get(id_, [])),
                    starred=starred is not None,
                    added_at=from_db(added),  # type: ignore[arg-type]
                    updated_at=from_db(updated),  # type: ignore[arg-type]
                    visited_at=from_db(visited),
                    link_status=status,
                    link_checked_at=from_db(checked),
                    link_new_url=new_url,
                    link_detail=detail,
                    deleted_at=from_db(deleted),
                )
            )
        return out

    def get(self, source_id: int) -> Source:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise NotFound(f"no source {source_id}")
        return self._rows_to_sources([row])[0]

    def list(
        self,
        client_id: int | None,
        *,
        include_shared: bool = True,
        starred_only: bool = False,
        ids: Iterable[int] | None = None,
    ) -> list[Source]:
        """Live sources of a client (plus the shared ones), newest first. `client_id=None` lists
        the shared sources only."""
        where = ["deleted_at IS NULL"]
        params: list[object] = []
        if client_id is None:
            where.append("client_id IS NULL")
        elif include_shared:
            where.append("(client_id = ? OR client_id IS NULL)")
            params.append(client_id)
        else:
            where.append("client_id = ?")
            params.append(client_id)
        if starred_only:
            where.append("starred_at IS NOT NULL")
        if ids is not None:
            wanted = list(ids)
            if not wanted:
                return []
            where.append(f"id IN ({','.join('?' * len(wanted))})")
            params += wanted
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM sources WHERE {' AND '.join(where)} ORDER BY added_at DESC, id DESC",
            params,
        ).fetchall()
        return self._rows_to_sources(rows)

    def count(self, client_id: int | None) -> int:
        return self._db.execute(
            "SELECT count(*) FROM sources WHERE deleted_at IS NULL AND (client_id IS ? OR client_id IS NULL)",
            [client_id],
        ).fetchone()[0]

    def find_duplicate(
        self, client_id: int | None, url: str, *, exclude_id: int | None = None
    ) -> Source | None:
        """The source with the same normalised address visible to this client (its own, or a
        shared one), trashed ones included; None when the address is new."""
        found = self._visible_url_match("sources", normalize_url(url), client_id, exclude_id)
        return self.get(found) if found is not None else None

    # -- writing -----------------------------------------------------------------------------
    def create(
        self,
        client_id: int | None,
        url: str,
        *,
        title: str = "",
        kind: str = "other",
        notes: str = "",
        tags: Iterable[str] = (),
        folder: str = "",
        added_at: datetime | None = None,
    ) -> Source:
        """Bookmark `url` (typed by the user: validated, "https://" added when missing).

        Raises `core.urls.InvalidUrl` for text that is not a web address and `DuplicateSource`
        when the client (or the shared list) already has it.
        """
        address = validate_http_url(url)
        kind = clean_kind(kind)
        with self._db.atomic():
            existing = self.find_duplicate(client_id, address)
            if existing is not None:
                raise DuplicateSource(existing)
            source_id = self._insert(client_id, address, _clean_title(title), kind, notes, folder, added_at)
            self._set_tags(source_id, tags)
            self._index(source_id)
        self._store.log.touch(ENTITY, source_id, client_id=client_id)
        return self.get(source_id)

    def _insert(
        self,
        client_id: int | None,
        url: str,
        title: str,
        kind: str,
        notes: str,
        folder: str,
        added_at: datetime | None,
    ) -> int:
        now = now_db()
        cursor = self._db.execute(
            "INSERT INTO sources (client_id, url, url_key, title, kind, notes, folder, added_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                client_id,
                url,
                normalize_url(url),
                title,
                kind,
                _clean_text(notes, MAX_NOTES_LENGTH),
                folder,
                to_db(added_at) if added_at else now,
                now,
            ],
        )
        assert cursor.lastrowid is not None  # an INSERT always sets lastrowid
        return cursor.lastrowid

    def _set_tags(self, source_id: int, names: Iterable[str]) -> None:
        """Link tags without the nested transaction of TagManager.set_tags (imports link
        thousands of rows inside one transaction)."""
        self._db.execute("DELETE FROM source_tags WHERE source_id = ?", [source_id])
        for tag_id in self._store.tags.ensure(names):
            self._db.execute(
                "INSERT OR IGNORE INTO source_tags (source_id, tag_id) VALUES (?, ?)", [source_id, tag_id]
            )

    def _index(self, source_id: int) -> None:
        row = self._db.execute("SELECT title, url, notes FROM sources WHERE id = ?", [source_id]).fetchone()
        tags = " ".join(self._store.tags.tags_of(ENTITY, source_id))
        self._db.execute("DELETE FROM sources_fts WHERE rowid = ?", [source_id])
        self._db.execute(
            "INSERT INTO sources_fts (rowid, title, url, notes, tags) VALUES (?, ?, ?, ?, ?)",
            [source_id, fold_for_index(row[0]), row[1], fold_for_index(row[2]), fold_for_index(tags)],
        )

    def update(
        self,
        source_id: int,
        *,
        url: str | None = None,
        title: str | None = None,
        kind: str | None = None,
        notes: str | None = None,
        tags: Iterable[str] | None = None,
        folder: str | None = None,
        shared: bool | None = None,
        client_id: int | None = None,
    ) -> Source:
        """Change the given fields. `shared=True` moves the source to every client's list,
        `shared=False` gives it to `client_id`."""
        with self._db.atomic():
            current = self.get(source_id)
            owner = current.client_id
            if shared is True:
                owner = None
            elif shared is False:
                owner = client_id if client_id is not None else current.client_id
            address = validate_http_url(url) if url is not None else current.url
            if address != current.url or owner != current.client_id:
                existing = self.find_duplicate(owner, address, exclude_id=source_id)
                if existing is not None:
                    raise DuplicateSource(existing)
            self._db.execute(
                # The key changes with the address only: a twin kept by m009 (`<key>#<id>`) stays.
                "UPDATE sources SET client_id = ?, url = ?, url_key = CASE WHEN ? THEN ? ELSE url_key END, "
                "title = ?, kind = ?, notes = ?, "
                "folder = ?, link_status = CASE WHEN ? THEN NULL ELSE link_status END, "
                "link_new_url = CASE WHEN ? THEN NULL ELSE link_new_url END, updated_at = ? WHERE id = ?",
                [
                    owner,
                    address,
                    address != current.url,
                    normalize_url(address),
                    _clean_title(title) if title is not None else current.title,
                    clean_kind(kind) if kind is not None else current.kind,
                    _clean_text(notes, MAX_NOTES_LENGTH) if notes is not None else current.notes,
                    folder if folder is not None else current.folder,
                    address != current.url,
                    address != current.url,
                    now_db(),
                    source_id,
                ],
            )
            if tags is not None:
                self._set_tags(source_id, tags)
            self._index(source_id)
        self._store.log.touch(ENTITY, source_id, client_id=current.client_id)
        if owner != current.client_id:
            self._store.log.touch(ENTITY, source_id, client_id=owner)
        return self.get(source_id)

    def set_starred(self, source_id: int, starred: bool) -> Source:
        with self._db.atomic():
            current = self.get(source_id)
            self._db.execute(
                "UPDATE sources SET starred_at = ? WHERE id = ?", [now_db() if starred else None, source_id]
            )
        self._store.log.touch(ENTITY, source_id, client_id=current.client_id)
        return self.get(source_id)

    def mark_visited(self, source_id: int) -> None:
        with self._db.atomic():
            current = self.get(source_id)
            self._db.execute("UPDATE sources SET visited_at = ? WHERE id = ?", [now_db(), source_id])
        self._store.log.touch(ENTITY, source_id, client_id=current.client_id)

    # -- link checks ---------------------------------------------------------------------------
    def record_link_checks(self, checks: Iterable[tuple[int, LinkCheck]]) -> int:
        """Store the outcome of a link check for each (source id, result); returns how many rows
        changed. Rows trashed or deleted meanwhile are skipped."""
        now = now_db()
        changed = 0
        with self._db.atomic():
            for source_id, check in checks:
                detail = check.error_code or (str(check.http_status) if check.http_status else "")
                cursor = self._db.execute(
                    "UPDATE sources SET link_status = ?, link_checked_at = ?, link_new_url = ?, "
                    "link_detail = ? WHERE id = ?",
                    [
                        check.status,
                        now,
                        check.new_url if check.status == "moved" else None,
                        detail,
                        source_id,
                    ],
                )
                if cursor.rowcount:
                    changed += 1
                    row = self._db.execute(
                        "SELECT client_id FROM sources WHERE id = ?", [source_id]
                    ).fetchone()
                    self._store.log.touch(ENTITY, source_id, client_id=row[0])
        return changed

    def apply_new_url(self, source_id: int) -> Source:
        """Replace the address of a source the link check found "moved" by its new address."""
        current = self.get(source_id)
        if not current.link_new_url:
            raise InvalidValue("this source has not moved", field="url", reason="not_moved")
        with self._db.atomic():
            self.update(source_id, url=current.link_new_url)
            self._db.execute(
                "UPDATE sources SET link_status = 'alive', link_checked_at = ? WHERE id = ?",
                [now_db(), source_id],
            )
        return self.get(source_id)

    # -- import / export -------------------------------------------------------------------------
    def import_bookmarks(
        self,
        client_id: int | None,
        bookmarks: Sequence[Bookmark] | PreparedImport,
        *,
        folders: str = "tags",
        kind: str = "other",
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> ImportReport:
        """Add the bookmarks of a browser export in one transaction: all of them or none.

        Addresses already present (for this client or shared) and repeats inside the file count
        as duplicates; non-web addresses (place:, javascript:, relative links) as invalid.
        TAGS become tags, ADD_DATE the date added, the description the notes; folders follow
        `folders` (see FOLDER_MODES). `cancelled()` is polled between rows and aborts the whole
        import with ImportCancelled: nothing is kept.

        Linear in the size of the file: duplicates are looked up a batch at a time through the
        `url_key` index, tags are resolved once per distinct name. Pass a `PreparedImport`
        (`prepare_bookmarks`, run on a worker thread; `folders` and `kind` are then its own) to
        keep the costly address normalisation off the database thread; plain bookmarks are
        prepared here, batch by batch.
        """
        if isinstance(bookmarks, PreparedImport):
            preparer = None
            total = bookmarks.total
        else:
            preparer = _Preparer(folders, kind)
            total = len(bookmarks)

        def batches() -> Iterator[tuple[builtins.list[PreparedBookmark], int]]:
            """(rows to insert, bookmarks of the file done once they are) per batch."""
            if isinstance(bookmarks, PreparedImport):
                rows = bookmarks.rows
                count = max(1, -(-len(rows) // _IMPORT_BATCH))
                for i in range(count):
                    yield (
                        list(rows[i * _IMPORT_BATCH : (i + 1) * _IMPORT_BATCH]),
                        round((i + 1) * total / count),
                    )
                return
            assert preparer is not None
            for first in range(0, total, _IMPORT_BATCH):
                chunk = bookmarks[first : first + _IMPORT_BATCH]
                yield [row for row in map(preparer.take, chunk) if row is not None], first + len(chunk)

        imported: builtins.list[int] = []
        duplicates = 0
        tag_cache: dict[str, tuple[int, str]] = {}
        if progress:
            progress(0, total)
        with self._db.atomic():
            for batch, done in batches():
                duplicates += self._import_batch(client_id, batch, imported, tag_cache, cancelled)
                if progress:
                    progress(done, total)
        prepared = bookmarks if preparer is None else preparer.result()
        assert isinstance(prepared, PreparedImport)
        if imported:
            self._store.log.touch(ENTITY, client_id=client_id)
            for source_id in imported:
                self._store.log.touch(ENTITY, source_id)
        return ImportReport(
            total, len(imported), duplicates + prepared.repeats, prepared.invalid, tuple(imported)
        )

    def _import_batch(
        self,
        client_id: int | None,
        batch: builtins.list[PreparedBookmark],
        imported: builtins.list[int],
        tag_cache: dict[str, tuple[int, str]],
        cancelled: CancelledFn | None,
    ) -> int:
        """Insert the rows of `batch` this client does not see yet; returns how many it saw."""
        if cancelled is not None and cancelled():
            raise ImportCancelled("import cancelled")
        if not batch:
            return 0
        keys = [row.key for row in batch]
        sql, params = visible_keys_query(client_id, keys)
        existing = {row[0] for row in self._db.execute(sql, params)}
        for name in {tag for row in batch for tag in row.tags} - tag_cache.keys():
            [tag_id] = self._store.tags.ensure([name])
            stored = self._db.execute("SELECT name FROM tags WHERE id = ?", [tag_id]).fetchone()[0]
            tag_cache[name] = (tag_id, stored)
        now = now_db()
        links: builtins.list[tuple[int, int]] = []
        index_rows: builtins.list[tuple[int, str, str, str, str]] = []
        seen = 0
        for row in batch:
            if cancelled is not None and cancelled():
                raise ImportCancelled("import cancelled")
            if row.key in existing:
                seen += 1
                continue
            cursor = self._db.execute(
                "INSERT INTO sources (client_id, url, url_key, title, kind, notes, folder, added_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [client_id, row.url, row.key, row.title, row.kind, row.notes, row.folder,
                 row.added_at or now, now],
            )  # fmt: skip
            source_id = cursor.lastrowid
            assert source_id is not None
            tags = {tag_cache[name] for name in row.tags}
            links += [(source_id, tag_id) for tag_id, _ in tags]
            tag_text = fold_for_index(" ".join(sorted((stored for _, stored in tags), key=str.lower)))
            index_rows.append((source_id, row.title_folded, row.url, row.notes_folded, tag_text))
            imported.append(source_id)
        self._db.conn.executemany(
            "INSERT OR IGNORE INTO source_tags (source_id, tag_id) VALUES (?, ?)", links
        )
        self._db.conn.executemany(
            "INSERT INTO sources_fts (rowid, title, url, notes, tags) VALUES (?, ?, ?, ?, ?)", index_rows
        )
        return seen

    def export_bookmarks(
        self, client_id: int | None, ids: Iterable[int] | None = None
    ) -> builtins.list[Bookmark]:
        """The client's sources as bookmarks for `core.bookmarks_html.write_bookmarks`: tags go
        to TAGS (the kind as one more tag), the folder path is kept, notes become the
        description."""
        out = []
        for source in reversed(self.list(client_id, ids=ids)):
            out.append(
                Bookmark(
                    url=source.url,
                    title=source.display_title,
                    folder=source.folder,
                    tags=source.tags,
                    added_at=source.added_at,
                    description=source.notes,
                    modified_at=source.updated_at,
                )
            )
        return out


# -- global search ---------------------------------------------------------------------------------
def search_sources(store: Store, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    where = ["sources_fts MATCH ?", "s.deleted_at IS NULL"]
    params: list[object] = [query]
    if filters.client_id is not None:
        where.append("(s.client_id = ? OR s.client_id IS NULL)")
        params.append(filters.client_id)
    if filters.tag:
        # SQLite's lower() folds ASCII only: match the tag in Python so "événements" finds "Événements".
        wanted = filters.tag.casefold()
        tag_ids = [
            tag_id
            for tag_id, name in store.db.execute("SELECT id, name FROM tags")
            if name.casefold() == wanted
        ]
        if not tag_ids:
            return []
        where.append(
            f"EXISTS (SELECT 1 FROM source_tags st WHERE st.source_id = s.id "
            f"AND st.tag_id IN ({','.join('?' * len(tag_ids))}))"
        )
        params += tag_ids
    period, values = filters.period_sql("s.added_at")
    where += period
    params += values
    params.append(limit)
    rows = store.db.execute(
        f"SELECT s.id, s.client_id, s.title, s.url, s.kind, s.updated_at, "
        f"{snippet_sql('sources_fts', -1)} FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY bm25(sources_fts, 10.0, 4.0, 2.0, 3.0) LIMIT ?",
        params,
    ).fetchall()
    return [
        SearchHit(
            kind=ENTITY,
            id=row[0],
            client_id=row[1],
            title=row[2] or row[3],
            snippet_html=snippet_to_html(row[6] or ""),
            updated_at=from_db(row[5]),
            extra={"url": row[3], "source_kind": row[4]},
        )
        for row in rows
    ]


def _after_sync(store: Store, source_id: int) -> None:
    """A source written by sync: its search index follows."""
    store.sources._index(source_id)


SPEC = EntitySpec(
    entity=ENTITY,
    table="sources",
    shared=True,
    search=SearchProvider(kind=ENTITY, order=30, search=search_sources),
    tags=TagLink(entity=ENTITY, table="source_tags", column="source_id", owner_table="sources"),
    trash=TrashKind(entity=ENTITY, table="sources", title_sql=_title_sql()),
    # Link checks (link_status...) stay on the machine that ran them.
    sync=SyncSpec(
        fields=tuple(
            "client_id url url_key title kind notes folder starred_at added_at updated_at visited_at "
            "deleted_at".split()
        ),
        refs={"client_id": Entity.CLIENTS},
        merge=("notes",),
        tags=True,
        after_apply=_after_sync,
    ),
)
