"""The revue de presse: ordered picks from the feeds and the bookmarks, each with a comment.

Entries copy the title, link, source name and date of what they were made from, so that a
review sent last month still exports whole after its feed was unsubscribed or the bookmark
trashed; the ids (`feed_item_id`, `source_id`) only say where an entry came from while that
still exists. Positions are dense (0..n-1) and rewritten on every move, which keeps "up",
"down" and drag-and-drop one simple `reorder`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cmtoolbox.core import press_review
from cmtoolbox.core.feeds import fallback_title
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncSpec
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import from_db, now_db, to_db, utcnow
from cmtoolbox.storage.trash import TrashKind

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

ENTITY = Entity.PRESS_REVIEWS
MAX_TITLE_LENGTH = 300
MAX_COMMENT_LENGTH = 10_000
EXCERPT_CHARS = 280


@dataclass(frozen=True)
class ReviewEntry:
    id: int
    review_id: int
    position: int
    feed_item_id: int | None
    source_id: int | None
    title: str
    url: str
    source_name: str
    published_at: datetime | None
    excerpt: str
    comment: str
    added_at: datetime

    @property
    def origin(self) -> str:
        """ "item", "source" or "link" (typed by hand, or its origin was deleted)."""
        if self.feed_item_id is not None:
            return "item"
        if self.source_id is not None:
            return "source"
        return "link"


@dataclass(frozen=True)
class PressReview:
    id: int
    client_id: int
    title: str
    intro: str
    period_start: date | None
    period_end: date | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    entries: tuple[ReviewEntry, ...] = ()
    entry_count: int = 0


class AlreadyInReview(InvalidValue):
    """The item or bookmark is already an entry of this review; `entry` is that entry."""

    def __init__(self, entry: ReviewEntry) -> None:
        super().__init__("already in this review", field="entry", reason="already_in_review")
        self.entry = entry


_REVIEW_COLUMNS = (
    "r.id, r.client_id, r.title, r.intro, r.period_start, r.period_end, r.created_at, r.updated_at, "
    "r.deleted_at"
)
_ENTRY_COLUMNS = (
    "id, review_id, position, feed_item_id, source_id, title, url, source_name, published_at, excerpt, "
    "comment, "
    "added_at"
)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _review_from_row(
    row: sqlite3.Row | tuple, entries: tuple[ReviewEntry, ...] = (), count: int = 0
) -> PressReview:
    id_, client_id, title, intro, start, end, created, updated, deleted = row[:9]
    return PressReview(
        id=id_,
        client_id=client_id,
        title=title,
        intro=intro,
        period_start=_date(start),
        period_end=_date(end),
        created_at=from_db(created),  # type: ignore[arg-type]
        updated_at=from_db(updated),  # type: ignore[arg-type]
        deleted_at=from_db(deleted),
        entries=entries,
        entry_count=count or len(entries),
    )


def _entry_from_row(row: sqlite3.Row | tuple) -> ReviewEntry:
    id_, review_id, position, item_id, source_id, title, url, source, published, excerpt, comment, added = row
    return ReviewEntry(
        id=id_,
        review_id=review_id,
        position=position,
        feed_item_id=item_id,
        source_id=source_id,
        title=title,
        url=url,
        source_name=source,
        published_at=from_db(published),
        excerpt=excerpt,
        comment=comment,
        added_at=from_db(added),  # type: ignore[arg-type]
    )


def _clean_title(title: str) -> str:
    cleaned = " ".join(title.split())[:MAX_TITLE_LENGTH]
    if not cleaned:
        raise InvalidValue("a review needs a title", field="title", reason="empty")
    return cleaned


class ReviewManager(Manager):
    ENTITY = ENTITY

    # -- reviews -------------------------------------------------------------------------------
    def list(self, client_id: int) -> list[PressReview]:
        """Live reviews of a client, newest period first, with their entry counts (no entries)."""
        rows = self._db.execute(
            f"SELECT {_REVIEW_COLUMNS}, "
            "(SELECT count(*) FROM press_review_entries e WHERE e.review_id = r.id) "
            "FROM press_reviews r WHERE r.client_id = ? AND r.deleted_at IS NULL "
            "ORDER BY coalesce(r.period_start, substr(r.created_at, 1, 10)) DESC, r.id DESC",
            [client_id],
        ).fetchall()
        return [_review_from_row(row, count=row[9]) for row in rows]

    def get(self, review_id: int) -> PressReview:
        row = self._db.execute(
            f"SELECT {_REVIEW_COLUMNS} FROM press_reviews r WHERE r.id = ?", [review_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no press review {review_id}")
        entries = tuple(
            _entry_from_row(entry)
            for entry in self._db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM press_review_entries WHERE review_id = ? "
                # Two entries added at one place on two devices offline: one order everywhere.
                "ORDER BY position, uid, id",
                [review_id],
            ).fetchall()
        )
        return _review_from_row(row, entries)

    def create(
        self,
        client_id: int,
        title: str,
        *,
        intro: str = "",
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> PressReview:
        title = _clean_title(title)
        now = now_db()
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO press_reviews (client_id, title, intro, period_start, period_end, "
                "created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    client_id,
                    title,
                    intro.strip(),
                    period_start.isoformat() if period_start else None,
                    period_end.isoformat() if period_end else None,
                    now,
                    now,
                ],
            )
        review_id = cursor.lastrowid
        assert review_id is not None  # an INSERT always sets lastrowid
        self._store.log.touch(ENTITY, review_id, client_id=client_id)
        return self.get(review_id)

    def update(
        self,
        review_id: int,
        *,
        title: str | None = None,
        intro: str | None = None,
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> PressReview:
        with self._db.atomic():
            current = self.get(review_id)
            start = period_start or current.period_start
            end = period_end or current.period_end
            self._db.execute(
                "UPDATE press_reviews SET title = ?, intro = ?, period_start = ?, period_end = ?, "
                "updated_at = ? "
                "WHERE id = ?",
                [
                    _clean_title(title) if title is not None else current.title,
                    intro.strip() if intro is not None else current.intro,
                    start.isoformat() if start else None,
                    end.isoformat() if end else None,
                    now_db(),
                    review_id,
                ],
            )
        self._store.log.touch(ENTITY, review_id, client_id=current.client_id)
        return self.get(review_id)

    # -- entries -------------------------------------------------------------------------------
    def _append(
        self,
        review_id: int,
        *,
        title: str,
        url: str,
        source_name: str,
        published_at: datetime | None,
        excerpt: str,
        comment: str,
        feed_item_id: int | None = None,
        source_id: int | None = None,
    ) -> ReviewEntry:
        review = self.get(review_id)
        for entry in review.entries:
            if (feed_item_id is not None and entry.feed_item_id == feed_item_id) or (
                source_id is not None and entry.source_id == source_id
            ):
                raise AlreadyInReview(entry)
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO press_review_entries (review_id, position, feed_item_id, source_id, title, url, "
                "source_name, published_at, excerpt, comment, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    review_id,
                    len(review.entries),
                    feed_item_id,
                    source_id,
                    " ".join(title.split()) or url,
                    url,
                    source_name,
                    to_db(published_at) if published_at else None,
                    excerpt,
                    comment.strip()[:MAX_COMMENT_LENGTH],
                    now_db(),
                ],
            )
            self._touch_review(review)
        assert cursor.lastrowid is not None  # an INSERT always sets lastrowid
        return self._entry(cursor.lastrowid)

    def add_item(self, review_id: int, item_id: int, *, comment: str = "") -> ReviewEntry:
        """Add a feed item; its title, link, feed name, date and an excerpt are copied."""
        item = self._store.feeds.item(item_id)
        return self._append(
            review_id,
            title=item.title,
            url=item.link or "",
            source_name=item.feed_title,
            published_at=item.published_at,
            excerpt=fallback_title(item.summary, item.content, max_chars=EXCERPT_CHARS),
            comment=comment,
            feed_item_id=item_id,
        )

    def add_source(self, review_id: int, source_id: int, *, comment: str = "") -> ReviewEntry:
        """Add a bookmark; its notes seed the comment when none is given."""
        source = self._store.sources.get(source_id)
        return self._append(
            review_id,
            title=source.display_title,
            url=source.url,
            source_name=_host(source.url),
            published_at=None,
            excerpt="",
            comment=comment or source.notes,
            source_id=source_id,
        )

    def add_link(
        self, review_id: int, url: str, title: str, *, source_name: str = "", comment: str = ""
    ) -> ReviewEntry:
        return self._append(
            review_id, title=title, url=url.strip(), source_name=source_name or _host(url),
            published_at=None, excerpt="", comment=comment,
        )  # fmt: skip

    def insert_entry(self, entry: ReviewEntry) -> ReviewEntry:
        """Put a removed entry back, as it was: same id (so later undo steps that name it still
        find it), same place, comment and excerpt; a link to an item or bookmark purged
        meanwhile is dropped, the snapshot stays whole."""
        item_id, source_id = entry.feed_item_id, entry.source_id
        if item_id is not None and not self._exists("feed_items", item_id):
            item_id = None
        if source_id is not None and not self._exists("sources", source_id):
            source_id = None
        review = self.get(entry.review_id)
        self._db.execute(
            "INSERT INTO press_review_entries (id, review_id, position, feed_item_id, source_id, title, url, "
            "source_name, published_at, excerpt, comment, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                entry.id, entry.review_id, len(review.entries), item_id, source_id, entry.title, entry.url,
                entry.source_name, to_db(entry.published_at) if entry.published_at else None, entry.excerpt,
                entry.comment, to_db(entry.added_at),
            ],
        )  # fmt: skip
        order = [e.id for e in review.entries]
        order.insert(entry.position, entry.id)
        self.reorder(entry.review_id, order)
        return self._entry(entry.id)

    def _exists(self, table: str, row_id: int) -> bool:
        return self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None

    def entry(self, entry_id: int) -> ReviewEntry:
        return self._entry(entry_id)

    def _entry(self, entry_id: int) -> ReviewEntry:
        row = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM press_review_entries WHERE id = ?", [entry_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no review entry {entry_id}")
        return _entry_from_row(row)

    def _touch_review(self, review: PressReview) -> None:
        self._db.execute("UPDATE press_reviews SET updated_at = ? WHERE id = ?", [now_db(), review.id])
        self._store.log.touch(ENTITY, review.id, client_id=review.client_id)

    def update_entry(
        self, entry_id: int, *, comment: str | None = None, title: str | None = None
    ) -> ReviewEntry:
        with self._db.atomic():
            entry = self._entry(entry_id)
            self._db.execute(
                "UPDATE press_review_entries SET comment = ?, title = ? WHERE id = ?",
                [
                    comment.strip()[:MAX_COMMENT_LENGTH] if comment is not None else entry.comment,
                    " ".join(title.split()) or entry.title if title is not None else entry.title,
                    entry_id,
                ],
            )
            self._touch_review(self.get(entry.review_id))
        return self._entry(entry_id)

    def remove_entry(self, entry_id: int) -> None:
        with self._db.atomic():
            entry = self._entry(entry_id)
            self._db.execute("DELETE FROM press_review_entries WHERE id = ?", [entry_id])
            review = self.get(entry.review_id)
            self._renumber(review.id, [e.id for e in review.entries])
            self._touch_review(review)

    def reorder(self, review_id: int, entry_ids: Sequence[int]) -> PressReview:
        """Put the entries in this order; ids not given keep their relative order at the end."""
        with self._db.atomic():
            review = self.get(review_id)
            known = [e.id for e in review.entries]
            wanted = [entry_id for entry_id in entry_ids if entry_id in known]
            order = wanted + [entry_id for entry_id in known if entry_id not in wanted]
            self._renumber(review_id, order)
            self._touch_review(review)
        return self.get(review_id)

    def move(self, entry_id: int, offset: int) -> PressReview:
        """Move an entry up (negative) or down (positive), clamped to the list."""
        entry = self._entry(entry_id)
        review = self.get(entry.review_id)
        order = [e.id for e in review.entries]
        index = order.index(entry_id)
        target = max(0, min(len(order) - 1, index + offset))
        order.insert(target, order.pop(index))
        return self.reorder(review.id, order)

    def _renumber(self, review_id: int, order: Iterable[int]) -> None:
        for position, entry_id in enumerate(order):
            self._db.execute(
                "UPDATE press_review_entries SET position = ? WHERE id = ? AND review_id = ?",
                [position, entry_id, review_id],
            )

    # -- export ------------------------------------------------------------------------------
    def to_export(self, review_id: int) -> press_review.Review:
        """The review as the Qt-free export model of `core.press_review`."""
        review = self.get(review_id)
        return press_review.Review(
            title=review.title,
            intro=review.intro,
            period_start=review.period_start,
            period_end=review.period_end,
            entries=tuple(
                press_review.ReviewLink(
                    title=entry.title,
                    url=entry.url,
                    source=entry.source_name,
                    published=entry.published_at.date() if entry.published_at else None,
                    comment=entry.comment,
                    excerpt=entry.excerpt,
                )
                for entry in review.entries
            ),
        )


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


# -- sample client -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _SampleSource:
    url: str
    title: str
    kind: str
    tags: tuple[str, ...]
    notes: str = ""
    starred: bool = False


SAMPLE_SOURCES = (
    _SampleSource(
        "https://www.actu-boulangerie.example/", "Actu Boulangerie", "press", ("veille", "métier"),
        "Le magazine de la filière : réglementation, concours, tendances. Flux RSS suivi.",
    ),
    _SampleSource(
        "https://www.fournil-des-pentes.example/", "Le Fournil des Pentes", "competitor",
        ("concurrence", "Lyon"),
        "Concurrent direct à 600 m. Publie ses nouveautés chaque mardi sur Instagram.", starred=True,
    ),
    _SampleSource(
        "https://www.facebook.com/groups/croixroussegourmande", "Croix-Rousse gourmande", "facebook_group",
        ("communauté", "Lyon"), "Groupe local très actif (12 000 membres). Bon relais pour les événements.",
    ),
    _SampleSource(
        "https://www.youtube.com/@lesgestesdupain", "Les gestes du pain", "youtube", ("inspiration", "vidéo"),
        "Formats courts sur le façonnage : idées de Reels.",
    ),
    _SampleSource(
        "https://www.instagram.com/patisserie_lyonnaise_mag/", "Pâtisserie lyonnaise mag", "network_account",
        ("inspiration", "Instagram"),
    ),
    _SampleSource(
        "https://www.lyon-commerces.example/agenda", "Agenda des commerces de Lyon", "press",
        ("événements", "Lyon"),
        "Marchés de Noël, fête des Lumières : dates à reprendre dans le planning éditorial.", starred=True,
    ),
    _SampleSource(
        "https://forum.painmaison.example/", "Forum Pain maison", "forum", ("communauté", "métier"),
        "Questions des clients sur le levain : source d’idées de contenus pédagogiques.",
    ),
    _SampleSource(
        "https://newsletter.saveurs-du-rhone.example/", "Saveurs du Rhône", "newsletter", ("veille",),
        "Newsletter mensuelle des artisans de bouche du département.",
    ),
)  # fmt: skip

SAMPLE_FEEDS = (
    # (file name under resources/samples/feeds, folder)
    ("actu-boulangerie.rss", "Presse"),
    ("fournil-des-pentes.atom", "Concurrence"),
)

SAMPLE_PICKS = (
    # (end of the item's link, comment): the starred items that make the sample revue de presse
    (
        "galette-des-rois-2027-tendances",
        "À relayer en story : la **galette des rois** revient, on prépare la nôtre !",
    ),
    (
        "brunch-du-dimanche",
        "Le concurrent mise sur le brunch du dimanche : une piste pour notre planning de janvier.",
    ),
    ("levain-engouement", "Bon sujet pédagogique pour un carrousel « les secrets du levain »."),
)
SAMPLE_REVIEW_INTRO = (
    "Chaque semaine, notre sélection d’actus pour les passionnés de pain et de pâtisserie lyonnaise."
)


def build_sample_monitoring(store: Store, client: Client) -> None:
    """Sources, feeds (read from the bundled files, so offline) and a revue de presse for the
    sample client. Runs inside the sample builder's transaction."""
    from cmtoolbox.core.fetch import FetchRequest
    from cmtoolbox.paths import resource_path
    from cmtoolbox.storage.feeds import read_local_feed, sample_feed_url

    source_ids: dict[str, int] = {}
    for sample in SAMPLE_SOURCES:
        source = store.sources.create(
            client.id, sample.url, title=sample.title, kind=sample.kind, tags=sample.tags, notes=sample.notes
        )
        if sample.starred:
            store.sources.set_starred(source.id, True)
        source_ids[sample.title] = source.id
    for name, folder in SAMPLE_FEEDS:
        if not resource_path("samples", "feeds", name).is_file():
            continue
        url = sample_feed_url(name)
        # A broken sample file ends as a feed in error, like any feed: never a failed sample client.
        store.feeds.subscribe(client.id, url, folder=folder, result=read_local_feed(FetchRequest(url)))
    rows = store.feeds.items(client.id, limit=100)
    picks: list[tuple[int, str]] = []
    for suffix, comment in SAMPLE_PICKS:
        match = next((row for row in rows if (row.link or "").endswith(suffix)), None)
        if match is not None:
            store.feeds.set_starred(match.id, True)
            picks.append((match.id, comment))
    # The oldest items read, the latest unread: the reader looks used.
    store.feeds.set_read([row.id for row in rows[5:]])
    today = utcnow().date()
    start, end = press_review.week_bounds(today)
    review = store.reviews.create(
        client.id,
        press_review.default_title(today, "fr"),
        intro=SAMPLE_REVIEW_INTRO,
        period_start=start,
        period_end=end,
    )
    for item_id, comment in picks:
        store.reviews.add_item(review.id, item_id, comment=comment)
    agenda = source_ids.get("Agenda des commerces de Lyon")
    if agenda is not None:
        store.reviews.add_source(review.id, agenda)


# Sync (docs/sync.md): the intro and each entry's comment are texts merged three ways when two
# devices edited them at once; an entry's place is its `position`, last writer wins.
SPEC = EntitySpec(
    entity=ENTITY,
    table="press_reviews",
    trash=TrashKind(entity=ENTITY, table="press_reviews", title_sql="title"),
    sample=build_sample_monitoring,  # sources, feeds and a revue de presse
    sync=SyncSpec(
        fields=(
            "client_id",
            "title",
            "intro",
            "period_start",
            "period_end",
            "created_at",
            "updated_at",
            "deleted_at",
        ),
        refs={"client_id": Entity.CLIENTS},
        merge=("intro",),
    ),  # fmt: skip
)
ENTRIES_SPEC = EntitySpec(
    entity=Entity.PRESS_REVIEW_ENTRIES,
    table="press_review_entries",
    client_scoped=False,  # through their review
    sync=SyncSpec(
        fields=(
            "review_id",
            "position",
            "feed_item_id",
            "source_id",
            "title",
            "url",
            "source_name",
            "published_at",
            "excerpt",
            "comment",
            "added_at",
        ),
        refs={"review_id": ENTITY, "feed_item_id": Entity.FEED_ITEMS, "source_id": Entity.SOURCES},
        merge=("comment",),
        trash_column=None,  # in the trash with their review; a removed entry is gone everywhere
        scope_column="review_id",
    ),  # fmt: skip
)
