"""The library's records: media items of a client over content-addressed files (`store.media`).

Importing is split in two so the GUI never holds the database thread during a copy: the file is
staged first on any thread (`MediaFiles.stage`: copy, hash, check, rename), then recorded here on
the database thread (`add_staged`). When recording fails, `discard_staged` removes what staging
created, so a failure leaves neither a record nor a file. `import_file` chains both for callers
that do not care about threads (samples, tests, the command line).

A client holds a given file once: importing the same bytes again returns the existing record,
or brings it back from the trash. Purging a record deletes the file only when no other record,
of any client, still uses the same hash ("emptying the trash removes files no record uses").

Where an item is used: rows of `media_usages` (drafts attach media there) plus links written in
the text of other records (`![alt](media:<sha256>)` in notes), found by scanning their text, so a
note needs no extra bookkeeping to show up. `path_for_sha` resolves `cmtoolbox-media:<sha256>`
images of the notes preview.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import EllipsisType
from typing import TYPE_CHECKING, Any

from cmtoolbox.core.media import KINDS
from cmtoolbox.core.search import build_match_query, snippet_sql, snippet_to_html
from cmtoolbox.core.textfold import fold_for_index
from cmtoolbox.paths import resource_path
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncSpec
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.media_files import MediaFiles, StagedFile, is_sha256
from cmtoolbox.storage.search import SearchFilters, SearchHit, SearchProvider, ranked_rows
from cmtoolbox.storage.tags import TagLink, clean_tag
from cmtoolbox.storage.timeutil import from_db, now_db
from cmtoolbox.storage.trash import TrashKind

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

ENTITY = Entity.MEDIA
PAGE_SIZE = 120
RIGHTS_WARNING_DAYS = 30
"""Items whose rights end within this many days are flagged as expiring soon."""

RIGHTS_FILTERS = ("expiring", "expired", "flagged", "unknown")
"""`expiring`: ends within RIGHTS_WARNING_DAYS; `expired`: ended; `flagged`: either;
`unknown`: no licence and no end date recorded."""

MAX_TITLE = 200
MAX_ALT_TEXT = 2000
MAX_CREDIT = 200
MAX_LICENCE = 200
MAX_DESCRIPTION = 20_000
GARBAGE_MIN_AGE_S = 24 * 3600

MEDIA_LINK = re.compile(r"(?:cmtoolbox-)?media:([0-9a-fA-F]{64})")
"""A reference to a library item in text: `media:<sha256>` (notes' Markdown) or the preview's scheme."""

_COLUMNS = (
    "m.id, m.client_id, m.sha256, m.kind, m.mime, m.ext, m.size_bytes, m.width, m.height, m.duration_ms, "
    "m.frames, m.original_name, m.title, m.description, m.alt_text, m.credit, m.licence, "
    "m.rights_expire_on, m.created_at, m.updated_at, m.deleted_at"
)


@dataclass(frozen=True)
class MediaItem:
    id: int
    client_id: int
    sha256: str
    kind: str  # core.media KINDS
    mime: str
    ext: str
    size_bytes: int
    width: int | None
    height: int | None
    duration_ms: int | None
    frames: int | None
    original_name: str
    title: str
    description: str
    alt_text: str
    credit: str
    licence: str
    rights_expire_on: date | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    tags: tuple[str, ...] = ()

    @property
    def display_title(self) -> str:
        return self.title or self.original_name

    @property
    def link(self) -> str:
        """How a note refers to this item: `media:<sha256>`."""
        return f"media:{self.sha256}"

    def markdown(self) -> str:
        """An image link for a note, with the alt text (brackets escaped)."""
        alt = (self.alt_text or self.display_title).replace("[", "\\[").replace("]", "\\]")
        return f"![{' '.join(alt.split())}]({self.link})"

    def days_left(self, today: date | None = None) -> int | None:
        if self.rights_expire_on is None:
            return None
        return (self.rights_expire_on - (today or date.today())).days

    def rights_status(self, today: date | None = None) -> str:
        """`none` (no end date), `ok`, `expiring` (within 30 days) or `expired`."""
        left = self.days_left(today)
        if left is None:
            return "none"
        if left < 0:
            return "expired"
        if left <= RIGHTS_WARNING_DAYS:
            return "expiring"
        return "ok"


@dataclass(frozen=True)
class MediaQuery:
    client_id: int | None  # None: every client
    kinds: tuple[str, ...] = ()
    tag: str | None = None
    rights: str | None = None  # one of RIGHTS_FILTERS
    text: str = ""
    today: date | None = None  # for the rights filters; today's local date when None


@dataclass(frozen=True)
class ImportOutcome:
    item: MediaItem
    status: str  # "added", "duplicate" (already in this client's library), "restored" (from the trash)


@dataclass(frozen=True)
class MediaUsage:
    entity: str  # e.g. "notes", "drafts"
    entity_id: int
    title: str


def linked_hashes(text: str) -> set[str]:
    """The SHA-256 of every library item `text` links to."""
    return {m.group(1).lower() for m in MEDIA_LINK.finditer(text)}


def _date_from_db(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _item_from_row(row: tuple, tags: Iterable[str] = ()) -> MediaItem:
    (
        id_,
        client_id,
        sha,
        kind,
        mime,
        ext,
        size,
        width,
        height,
        duration,
        frames,
        original,
        title,
        description,
        alt,
        credit,
        licence,
        expire,
        created,
        updated,
        deleted,
    ) = row
    return MediaItem(
        id=id_,
        client_id=client_id,
        sha256=sha,
        kind=kind,
        mime=mime,
        ext=ext,
        size_bytes=size,
        width=width,
        height=height,
        duration_ms=duration,
        frames=frames,
        original_name=original,
        title=title,
        description=description,
        alt_text=alt,
        credit=credit,
        licence=licence,
        rights_expire_on=_date_from_db(expire),
        created_at=from_db(created),  # type: ignore[arg-type]
        updated_at=from_db(updated),  # type: ignore[arg-type]
        deleted_at=from_db(deleted),
        tags=tuple(tags),
    )


def _clean_line(value: str, field_name: str, limit: int) -> str:
    cleaned = " ".join(value.split())
    if len(cleaned) > limit:
        raise InvalidValue(f"{field_name} too long", field=field_name, reason="too_long")
    return cleaned


def _clean_text(value: str, field_name: str, limit: int) -> str:
    cleaned = value.replace("\r\n", "\n").strip()
    if len(cleaned) > limit:
        raise InvalidValue(f"{field_name} too long", field=field_name, reason="too_long")
    return cleaned


def _clean_date(value: date | str | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidValue("not a date", field="rights_expire_on", reason="invalid") from None


def _display_name(name: str) -> str:
    """File names as the library keeps them: no folders, no control characters, at most 255."""
    cleaned = "".join(ch for ch in Path(name).name if ch.isprintable()).strip()
    return (cleaned or "file")[:255]


class MediaManager(Manager):
    ENTITY = ENTITY

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._files: MediaFiles | None = None

    @property
    def files(self) -> MediaFiles:
        if self._files is None:
            self._files = MediaFiles(self._store.files_dir)
        return self._files

    # -- reading -----------------------------------------------------------------------------------
    def sha256_in_use(self, sha256: str) -> bool:
        """Whether any record (of any client, trashed included) still holds this file."""
        row = self._db.execute("SELECT 1 FROM media WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
        return row is not None

    def get(self, media_id: int) -> MediaItem:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM media m WHERE m.id = ?", [media_id]).fetchone()
        if row is None:
            raise NotFound(f"no media {media_id}")
        return _item_from_row(row, self._store.tags.tags_of(ENTITY, media_id))

    def many(self, media_ids: Iterable[int]) -> list[MediaItem]:
        ids = list(media_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM media m WHERE m.id IN ({marks})", ids).fetchall()
        tags = self._store.tags.tags_for(ENTITY, ids)
        by_id = {r[0]: _item_from_row(r, tags.get(r[0], ())) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def find_by_sha(self, sha256: str, client_id: int | None = None) -> MediaItem | None:
        """A live record of this file (of this client when given)."""
        sql = f"SELECT {_COLUMNS} FROM media m WHERE m.sha256 = ? AND m.deleted_at IS NULL"
        params: list[Any] = [sha256.lower()]
        if client_id is not None:
            sql += " AND m.client_id = ?"
            params.append(client_id)
        row = self._db.execute(sql + " ORDER BY m.id LIMIT 1", params).fetchone()
        return _item_from_row(row, self._store.tags.tags_of(ENTITY, row[0])) if row else None

    def _where(self, query: MediaQuery) -> tuple[str, list[Any]]:
        where = ["m.deleted_at IS NULL"]
        params: list[Any] = []
        if query.client_id is not None:
            where.append("m.client_id = ?")
            params.append(query.client_id)
        kinds = [k for k in query.kinds if k in KINDS]
        if kinds:
            where.append(f"m.kind IN ({','.join('?' * len(kinds))})")
            params += kinds
        if query.tag:
            where.append(
                "m.id IN (SELECT mt.media_id FROM media_tags mt JOIN tags t ON t.id = mt.tag_id "
                "WHERE lower(t.name) = lower(?))"
            )
            params.append(clean_tag(query.tag))
        if query.rights:
            today = query.today or date.today()
            soon = today + timedelta(days=RIGHTS_WARNING_DAYS)
            if query.rights == "expired":
                where.append("m.rights_expire_on < ?")
                params.append(today.isoformat())
            elif query.rights == "expiring":
                where.append("m.rights_expire_on BETWEEN ? AND ?")
                params += [today.isoformat(), soon.isoformat()]
            elif query.rights == "flagged":
                where.append("m.rights_expire_on <= ?")
                params.append(soon.isoformat())
            elif query.rights == "unknown":
                where.append("m.licence = '' AND m.rights_expire_on IS NULL")
        match = build_match_query(query.text) if query.text else None
        if query.text and match is None:
            where.append("0")  # only punctuation typed: nothing can match
        elif match is not None:
            where.append("m.id IN (SELECT rowid FROM media_fts WHERE media_fts MATCH ?)")
            params.append(match)
        return " AND ".join(where), params

    def count(self, query: MediaQuery) -> int:
        where, params = self._where(query)
        return self._db.execute(f"SELECT count(*) FROM media m WHERE {where}", params).fetchone()[0]

    def page(self, query: MediaQuery, offset: int = 0, limit: int = PAGE_SIZE) -> list[MediaItem]:
        """Items newest first; the grid fetches them a page at a time."""
        where, params = self._where(query)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM media m WHERE {where} ORDER BY m.created_at DESC, m.id DESC "
            "LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        ).fetchall()
        tags = self._store.tags.tags_for(ENTITY, [r[0] for r in rows])
        return [_item_from_row(r, tags.get(r[0], ())) for r in rows]

    def tag_names(self, client_id: int | None) -> list[str]:
        return self._store.tags.names(ENTITY, client_id=client_id)

    def expiring(self, client_id: int | None, *, today: date | None = None) -> list[MediaItem]:
        """Live items whose rights have ended or end within 30 days, soonest first."""
        query = MediaQuery(client_id, rights="flagged", today=today)
        where, params = self._where(query)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM media m WHERE {where} ORDER BY m.rights_expire_on, m.id", params
        ).fetchall()
        tags = self._store.tags.tags_for(ENTITY, [r[0] for r in rows])
        return [_item_from_row(r, tags.get(r[0], ())) for r in rows]

    # -- files -------------------------------------------------------------------------------------
    def path_for(self, media_id: int) -> Path | None:
        return self.files.find(self.get(media_id).sha256)

    def path_for_sha(self, sha256: str) -> Path | None:
        """The file behind `media:<sha256>` / `cmtoolbox-media:<sha256>`, for the notes preview.

        None when no record (live or in the trash) has this hash or the file is gone, so a
        preview never shows a file the library no longer holds.
        """
        sha = sha256.strip().lower()
        if not is_sha256(sha):
            return None
        row = self._db.execute("SELECT 1 FROM media WHERE sha256 = ? LIMIT 1", [sha]).fetchone()
        return self.files.find(sha) if row else None

    def thumbnail_for_sha(self, sha256: str) -> Path | None:
        return self.files.existing_thumbnail(sha256) if is_sha256(sha256) else None

    # -- import ------------------------------------------------------------------------------------
    def add_staged(self, staged: StagedFile, client_id: int, *, tags: Iterable[str] = ()) -> ImportOutcome:
        """Record a staged file for a client (or find the record it already has)."""
        info = staged.info
        now = now_db()
        with self._db.atomic():
            existing = self._db.execute(
                "SELECT id, deleted_at FROM media WHERE client_id = ? AND sha256 = ?",
                [client_id, staged.sha256],
            ).fetchone()
            if existing is not None:
                media_id, deleted = existing
                status = "duplicate"
                if deleted is not None:
                    self._db.execute(
                        "UPDATE media SET deleted_at = NULL, updated_at = ? WHERE id = ?", [now, media_id]
                    )
                    status = "restored"
                    self._store.log.touch("trash")
            else:
                cursor = self._db.execute(
                    "INSERT INTO media (client_id, sha256, kind, mime, ext, size_bytes, width, height, "
                    "duration_ms, frames, original_name, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        client_id,
                        staged.sha256,
                        info.kind,
                        info.mime,
                        info.ext,
                        info.size_bytes,
                        info.width,
                        info.height,
                        info.duration_ms,
                        info.frames,
                        _display_name(staged.original_name),
                        now,
                        now,
                    ],
                )
                media_id = cursor.lastrowid
                assert media_id is not None  # an INSERT always sets lastrowid
                status = "added"
                if tags:
                    self._store.tags.set_tags(ENTITY, media_id, tags)
                self._index(media_id)
        self._store.log.touch(ENTITY, media_id, client_id=client_id)
        return ImportOutcome(self.get(media_id), status)

    def discard_staged(self, staged: StagedFile) -> None:
        """Remove what a staging created when its record could not be written."""
        if not staged.created:
            return
        row = self._db.execute("SELECT 1 FROM media WHERE sha256 = ? LIMIT 1", [staged.sha256]).fetchone()
        if row is None:
            self.files.remove(staged.sha256)

    def import_file(
        self,
        path: Path,
        client_id: int,
        *,
        tags: Iterable[str] = (),
        cancel: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportOutcome:
        """Stage and record in one call, on this thread. All or nothing."""
        self._store.clients.get(client_id)
        staged = self.files.stage(Path(path), cancel=cancel, progress=progress)
        try:
            return self.add_staged(staged, client_id, tags=tags)
        except BaseException:
            self.discard_staged(staged)
            raise

    # -- editing -----------------------------------------------------------------------------------
    def update(
        self,
        media_id: int,
        *,
        title: str | None = None,
        description: str | None = None,
        alt_text: str | None = None,
        credit: str | None = None,
        licence: str | None = None,
        rights_expire_on: date | str | None | EllipsisType = ...,
    ) -> MediaItem:
        """Change the given fields (None leaves a text field as is; pass `rights_expire_on=None` to clear)."""
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = _clean_line(title, "title", MAX_TITLE)
        if description is not None:
            changes["description"] = _clean_text(description, "description", MAX_DESCRIPTION)
        if alt_text is not None:
            changes["alt_text"] = _clean_text(alt_text, "alt_text", MAX_ALT_TEXT)
        if credit is not None:
            changes["credit"] = _clean_line(credit, "credit", MAX_CREDIT)
        if licence is not None:
            changes["licence"] = _clean_line(licence, "licence", MAX_LICENCE)
        if rights_expire_on is not ...:
            changes["rights_expire_on"] = _clean_date(rights_expire_on)  # type: ignore[arg-type]
        with self._db.atomic():
            row = self._db.execute("SELECT client_id FROM media WHERE id = ?", [media_id]).fetchone()
            if row is None:
                raise NotFound(f"no media {media_id}")
            if changes:
                changes["updated_at"] = now_db()
                assignments = ", ".join(f"{column} = ?" for column in changes)
                self._db.execute(
                    f"UPDATE media SET {assignments} WHERE id = ?", [*changes.values(), media_id]
                )
                self._index(media_id)
        if changes:
            self._store.log.touch(ENTITY, media_id, client_id=row[0])
        return self.get(media_id)

    def set_tags(self, media_id: int, names: Iterable[str]) -> MediaItem:
        with self._db.atomic():
            row = self._db.execute("SELECT client_id FROM media WHERE id = ?", [media_id]).fetchone()
            if row is None:
                raise NotFound(f"no media {media_id}")
            self._store.tags.set_tags(ENTITY, media_id, names)
            self._db.execute("UPDATE media SET updated_at = ? WHERE id = ?", [now_db(), media_id])
            self._index(media_id)
        self._store.log.touch(ENTITY, media_id, client_id=row[0])
        return self.get(media_id)

    def add_tag(self, media_ids: Iterable[int], name: str) -> None:
        """Add one tag to several items (a selection in the grid)."""
        with self._db.atomic():
            for media_id in media_ids:
                current = self._store.tags.tags_of(ENTITY, media_id)
                self.set_tags(media_id, [*current, name])

    def move_to_trash(self, media_id: int) -> None:
        self._store.trash.move_to_trash(ENTITY, media_id)

    def restore_from_trash(self, media_id: int) -> MediaItem:
        self._store.trash.restore(ENTITY, media_id)
        return self.get(media_id)

    # -- usages ------------------------------------------------------------------------------------
    def set_usages(self, entity: str, entity_id: int, media_ids: Iterable[int]) -> None:
        """Replace the explicit usages of one record (drafts call this with their attachments)."""
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM media_usages WHERE entity = ? AND entity_id = ?", [entity, entity_id]
            )
            now = now_db()
            for media_id in dict.fromkeys(media_ids):
                self._db.execute(
                    "INSERT OR IGNORE INTO media_usages (media_id, entity, entity_id, created_at) "
                    "SELECT id, ?, ?, ? FROM media WHERE id = ?",
                    [entity, entity_id, now, media_id],
                )
        self._store.log.touch(ENTITY)

    def usages(self, media_id: int) -> list[MediaUsage]:
        """Where this item is used: explicit usages, then records whose text links it."""
        item = self.get(media_id)
        found: dict[tuple[str, int], MediaUsage] = {}
        rows = self._db.execute(
            "SELECT entity, entity_id FROM media_usages WHERE media_id = ? ORDER BY entity, entity_id",
            [media_id],
        ).fetchall()
        for entity, entity_id in rows:
            found[(entity, entity_id)] = MediaUsage(entity, entity_id, self._usage_title(entity, entity_id))
        for scanner in self._store.entities.media_link_scanners():
            try:
                hits = self._db.execute(
                    f"SELECT id, {scanner.title_sql} FROM {scanner.table} "
                    f"WHERE deleted_at IS NULL AND (client_id = ? OR client_id IS NULL) "
                    f"AND instr(lower({scanner.text_column}), ?) > 0 ORDER BY id",
                    [item.client_id, item.sha256],
                ).fetchall()
            except sqlite3.OperationalError:  # that feature's table is not there (yet)
                continue
            for entity_id, title in hits:
                usage = MediaUsage(scanner.entity, entity_id, title or "")
                found.setdefault((scanner.entity, entity_id), usage)
        return list(found.values())

    def _usage_title(self, entity: str, entity_id: int) -> str:
        scanners = {s.entity: s for s in self._store.entities.media_link_scanners()}
        scanner = scanners.get(entity)
        if scanner is None:
            return ""
        try:
            row = self._db.execute(
                f"SELECT {scanner.title_sql} FROM {scanner.table} WHERE id = ?", [entity_id]
            ).fetchone()
        except sqlite3.OperationalError:
            return ""
        return (row[0] or "") if row else ""

    # -- search ------------------------------------------------------------------------------------
    def search(self, match: str, filters: SearchFilters, limit: int = 20) -> list[SearchHit]:
        """Global-search provider: `match` comes from `build_match_query`, never from the user."""
        where = ["media_fts MATCH ?", "m.deleted_at IS NULL"]
        params: list[Any] = [match]
        if filters.client_id is not None:
            where.append("m.client_id = ?")
            params.append(filters.client_id)
        if filters.tag:
            where.append(
                "m.id IN (SELECT mt.media_id FROM media_tags mt JOIN tags t ON t.id = mt.tag_id "
                "WHERE lower(t.name) = lower(?))"
            )
            params.append(clean_tag(filters.tag))
        period, values = filters.period_sql("m.updated_at")
        where += period
        params += values
        rows = ranked_rows(  # the newest matches only (storage.search)
            self._db,
            "media_fts",
            match,
            "m.id, m.client_id, m.title, m.original_name, m.updated_at, m.kind, m.sha256, "
            f"{snippet_sql('media_fts', -1, max_tokens=16)}",
            f"FROM media_fts JOIN media m ON m.id = media_fts.rowid WHERE {' AND '.join(where)}",
            params,
            limit,
        )
        return [
            SearchHit(
                kind=ENTITY,
                id=id_,
                client_id=client_id,
                title=title or original,
                snippet_html=snippet_to_html(snippet),
                updated_at=from_db(updated),
                extra={"media_kind": kind, "sha256": sha},
            )
            for id_, client_id, title, original, updated, kind, sha, snippet in rows
        ]

    def _index(self, media_id: int) -> None:
        row = self._db.execute(
            "SELECT title, description, alt_text, credit, original_name FROM media WHERE id = ?", [media_id]
        ).fetchone()
        tags = " ".join(self._store.tags.tags_of(ENTITY, media_id))
        title, description, alt, credit, original = row
        # The file name's separators become spaces so "galette-des-rois.jpg" is found by "galette".
        name_words = re.sub(r"[_\-.]+", " ", original)
        self._db.execute("DELETE FROM media_fts WHERE rowid = ?", [media_id])
        self._db.execute(
            "INSERT INTO media_fts (rowid, title, description, alt_text, credit, tags, original_name) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [media_id, *(fold_for_index(v) for v in (title, description, alt, credit, tags, name_words))],
        )

    # -- upkeep ------------------------------------------------------------------------------------
    def known_hashes(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT DISTINCT sha256 FROM media").fetchall()}

    def collect_garbage(self, *, min_age_s: float = GARBAGE_MIN_AGE_S) -> int:
        """Delete content files and thumbnails no record uses (left by a crash between staging and
        recording). Files younger than `min_age_s` are spared: an import may be recording them."""
        return collect_files(self.files, self.known_hashes(), min_age_s=min_age_s)


def collect_files(files: MediaFiles, known: set[str], *, min_age_s: float = GARBAGE_MIN_AGE_S) -> int:
    """The file side of `collect_garbage`, callable off the database thread with `known_hashes()`."""
    import time

    limit = time.time() - min_age_s
    removed = 0
    for sha, path in list(files.stored()):
        if sha in known:
            continue
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit and files.remove(sha):
                removed += 1
    thumbs = files.root / "thumbs"
    if thumbs.is_dir():
        for entry in thumbs.glob("*/*.webp"):
            sha = entry.stem
            if is_sha256(sha) and sha not in known and files.find(sha) is None:
                with contextlib.suppress(OSError):
                    entry.unlink()
    files.sweep_incoming()
    return removed


# -- registrations ---------------------------------------------------------------------------------
def _before_purge(store: Store, media_id: int) -> Callable[[], None] | None:
    """The file goes only after the commit, and only when no other record uses the same content."""
    row = store.db.execute("SELECT sha256 FROM media WHERE id = ?", [media_id]).fetchone()
    if row is None:
        return None
    others = store.db.execute(
        "SELECT count(*) FROM media WHERE sha256 = ? AND id != ?", [row[0], media_id]
    ).fetchone()[0]
    if others or store.root is None:
        return None
    sha = row[0]

    def remove_file() -> None:
        store.media.files.remove(sha)

    return remove_file


def _search_provider(store: Store, match: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    return store.media.search(match, filters, limit)


def _owned_files(store: Store, client_id: int | None) -> list[str]:
    where, params = ("WHERE client_id = ?", [client_id]) if client_id is not None else ("", [])
    return [r[0] for r in store.db.execute(f"SELECT DISTINCT sha256 FROM media {where}", params)]


def _after_sync(store: Store, media_id: int) -> None:
    """A library item written by sync: its search index follows (its file came first)."""
    store.media._index(media_id)


def _content_path(store: Store, sha256: str, ext: str) -> Path:
    return store.media.files.content_path(sha256, ext)


SPEC = EntitySpec(
    entity=ENTITY,
    table="media",
    search=SearchProvider(kind=ENTITY, order=50, search=_search_provider),
    tags=TagLink(entity=ENTITY, table="media_tags", column="media_id", owner_table="media"),
    trash=TrashKind(
        entity=ENTITY,
        table="media",
        title_sql="CASE WHEN title = '' THEN original_name ELSE title END",
        before_purge=_before_purge,
    ),
    files=_owned_files,
    sample=lambda store, client: build_sample_media(store, client),
    sync=SyncSpec(
        fields=tuple(
            "client_id sha256 kind mime ext size_bytes width height duration_ms frames original_name "
            "title description alt_text credit licence rights_expire_on created_at updated_at "
            "deleted_at".split()
        ),
        refs={"client_id": Entity.CLIENTS},
        merge=("description",),
        tags=True,
        after_apply=_after_sync,
        content=("sha256", "ext"),
        content_path=_content_path,
        same_key=("client_id", "sha256"),  # one picture imported on two devices offline: one item
    ),
)


# -- sample client ---------------------------------------------------------------------------------
SAMPLE_MEDIA: tuple[dict[str, Any], ...] = (
    {
        "file": "croissants-du-matin.jpg",
        "title": "Croissants du matin",
        "description": "Fournée de 6 h 30, visuel carré pour le feed Instagram et Facebook.",
        "alt_text": "Trois croissants dorés posés sur une planche en bois, devant la vitrine de la "
        "Boulangerie Martin.",
        "credit": "Boulangerie Martin",
        "licence": "Droits cédés par le client",
        "tags": ["viennoiseries", "feed"],
    },
    {
        "file": "galette-des-rois-story.png",
        "title": "Galette des rois, story",
        "description": "Story verticale pour l’Épiphanie : annonce des précommandes.",
        "alt_text": "Galette des rois feuilletée avec une couronne dorée, texte « Précommandez votre "
        "galette » sur fond crème.",
        "credit": "Studio Lumière Croix-Rousse",
        "licence": "Cession de droits un an, réseaux sociaux",
        "expires_in_days": 21,
        "tags": ["galette", "story", "saisonnier"],
    },
    {
        "file": "pain-de-campagne-portrait.jpg",
        "title": "Pain de campagne au levain",
        "description": "Format portrait 4:5 pour le feed.",
        "alt_text": "Miche de pain de campagne farinée, coupée en deux, sur un torchon à carreaux.",
        "credit": "Photo : Julie Martin",
        "licence": "Tous droits réservés",
        "tags": ["pains", "feed"],
    },
    {
        "file": "vitrine-fete-des-meres.jpg",
        "title": "Vitrine fête des mères",
        "description": "Bannière paysage pour LinkedIn et Facebook (campagne de l’an dernier).",
        "alt_text": "Vitrine de la boulangerie décorée de fleurs et de tartelettes aux fraises.",
        "credit": "Banque d’images Lyon Clichés",
        "licence": "Licence standard, usage web",
        "expires_in_days": -12,
        "tags": ["vitrine", "saisonnier"],
    },
    {
        "file": "logo-boulangerie-martin.png",
        "title": "Logo Boulangerie Martin",
        "description": "Logo officiel, fond transparent.",
        "alt_text": "Logo de la Boulangerie Martin : un épi de blé doré dans un cercle brun.",
        "credit": "Boulangerie Martin",
        "licence": "Propriété du client",
        "tags": ["logo", "charte"],
    },
)


def build_sample_media(store: Store, client: Client) -> None:
    """Sample builder: the bakery's pictures, with alt texts, credits and one expiring licence."""
    folder = resource_path("samples", "media")
    if store.root is None or not folder.is_dir():
        return
    today = date.today()
    for sample in SAMPLE_MEDIA:
        path = folder / sample["file"]
        if not path.is_file():
            continue
        outcome = store.media.import_file(path, client.id, tags=sample["tags"])
        expires = sample.get("expires_in_days")
        store.media.update(
            outcome.item.id,
            title=sample["title"],
            description=sample["description"],
            alt_text=sample["alt_text"],
            credit=sample["credit"],
            licence=sample["licence"],
            rights_expire_on=(today + timedelta(days=expires)) if expires is not None else None,
        )
