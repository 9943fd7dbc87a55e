"""Results: the figures of published posts, followers per month, and saved import mappings.

A published post is a draft variant with a publication time (the post on one network) whose draft
is not in the trash. Its figures are measured on days (`measured_on`): each measurement holds the
network's lifetime totals as read that day, one row per post and day, so re-reading an export the
same day overwrites instead of adding, and the latest day is what counts. NULL is "not measured"
(a network without saves), never zero.

Followers are per client, network and month (the count at the end of the month). Removing a
measurement or a follower count is immediate: the operation layer's undo puts the row back with
its id and uid.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from cmtoolbox.core.metrics_import import ENGAGEMENT_PARTS, METRICS
from cmtoolbox.core.networks import NETWORKS
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncSpec
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.params import in_chunks
from cmtoolbox.storage.timeutil import from_db, now_db, to_db

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

__all__ = [
    "METRICS",
    "FollowerCount",
    "Measurement",
    "MetricMapping",
    "MetricsManager",
    "PublishedPost",
]

ENTITY = Entity.POST_METRICS
SOURCES = ("manual", "import", "sample")
MAX_VALUE = 10**12  # beyond any real post: a typo, not a figure
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


# -- values ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Measurement:
    id: int
    uid: str
    client_id: int
    variant_id: int
    measured_on: date
    impressions: int | None
    reach: int | None
    reactions: int | None
    comments: int | None
    shares: int | None
    saves: int | None
    clicks: int | None
    video_views: int | None
    source: str

    def value(self, metric: str) -> int | None:
        if metric not in METRICS:
            raise KeyError(metric)
        return getattr(self, metric)  # type: ignore[no-any-return]

    def values(self) -> dict[str, int | None]:
        return {m: getattr(self, m) for m in METRICS}

    @property
    def engagements(self) -> int | None:
        """The sum of `ENGAGEMENT_PARTS` (clicks included); None when none of them was measured."""
        parts = [getattr(self, m) for m in ENGAGEMENT_PARTS]
        known = [p for p in parts if p is not None]
        return sum(known) if known else None


@dataclass(frozen=True)
class PublishedPost:
    variant_id: int
    draft_id: int
    client_id: int
    network: str
    title: str
    text: str
    published_at: datetime
    published_url: str
    tags: tuple[str, ...]
    media_count: int
    latest: Measurement | None
    measurements: int = 0  # how many days it was measured (the latest counts)


@dataclass(frozen=True)
class FollowerCount:
    id: int
    uid: str
    client_id: int
    network: str
    month: str  # YYYY-MM
    followers: int


@dataclass(frozen=True)
class MetricMapping:
    id: int
    uid: str
    client_id: int | None
    name: str
    network: str
    signature: str
    mapping: dict[str, str]  # field -> column header


_M_COLUMNS = "id, uid, client_id, variant_id, measured_on, " + ", ".join(METRICS) + ", source"
_INSERT_COLUMNS = (
    "id, uid, client_id, variant_id, measured_on, "
    + ", ".join(METRICS)
    + (", source, created_at, updated_at")
)
_INSERT_MARKS = ", ".join("?" * (len(METRICS) + 8))
_F_COLUMNS = "id, uid, client_id, network, month, followers"
_MAP_COLUMNS = "id, uid, client_id, name, network, signature, mapping"
_MEASUREMENT_FIELDS = [f.name for f in fields(Measurement)]


def _measurement(row: Sequence[Any]) -> Measurement:
    values = dict(zip(_MEASUREMENT_FIELDS, row, strict=True))
    values["measured_on"] = date.fromisoformat(values["measured_on"])
    return Measurement(**values)


def _mapping(row: Sequence[Any]) -> MetricMapping:
    id_, uid, client_id, name, network, signature, mapping = row
    return MetricMapping(id_, uid, client_id, name, network, signature, json.loads(mapping))


def clean_value(metric: str, value: object) -> int | None:
    """A figure as stored: a whole number >= 0, or None (not measured)."""
    if metric not in METRICS:
        raise InvalidValue(f"unknown metric {metric!r}", field=metric, reason="unknown")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValue(f"{metric} must be a number", field=metric, reason="not_a_number")
    if isinstance(value, float):
        if value != value or value % 1:  # NaN, or a fraction of a like
            raise InvalidValue(f"{metric} must be a whole number", field=metric, reason="not_a_number")
        value = int(value)
    if value < 0:
        raise InvalidValue(f"{metric} cannot be negative", field=metric, reason="negative")
    if value > MAX_VALUE:
        raise InvalidValue(f"{metric} is too large", field=metric, reason="too_large")
    return value


def clean_month(month: str) -> str:
    if not _MONTH.match(month):
        raise InvalidValue(f"not a month: {month!r}", field="month", reason="invalid")
    return month


def clean_network(network: str) -> str:
    if network not in NETWORKS:
        raise InvalidValue(f"unknown network {network!r}", field="network", reason="unknown")
    return network


class MetricsManager(Manager):
    """`store.metrics`."""

    ENTITY = ENTITY

    # -- reading: posts and measurements -----------------------------------------------------------
    def published_posts(
        self, client_id: int, *, start: datetime | None = None, end: datetime | None = None
    ) -> list[PublishedPost]:
        """The client's published posts (variants with a publication time, draft not trashed),
        published in [start, end), oldest first, with their latest measurement."""
        where = ["d.client_id = ?", "d.deleted_at IS NULL", "v.published_at IS NOT NULL"]
        params: list[Any] = [client_id]
        if start is not None:
            where.append("v.published_at >= ?")
            params.append(to_db(start))
        if end is not None:
            where.append("v.published_at < ?")
            params.append(to_db(end))
        rows = self._db.execute(
            "SELECT v.id, d.id, d.client_id, v.network, d.title, v.text, v.published_at, v.published_url, "
            "(SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM draft_tags dt "
            " JOIN tags t ON t.id = dt.tag_id WHERE dt.draft_id = d.id ORDER BY t.name)), "
            "(SELECT count(*) FROM draft_media dm WHERE dm.draft_id = d.id "
            " AND dm.network IN ('', v.network)), "
            "(SELECT count(*) FROM post_metrics pm WHERE pm.variant_id = v.id) "
            f"FROM draft_variants v JOIN drafts d ON d.id = v.draft_id WHERE {' AND '.join(where)} "
            "ORDER BY v.published_at, v.id",
            params,
        ).fetchall()
        latest = self.latest(r[0] for r in rows)
        return [
            PublishedPost(
                variant_id=r[0],
                draft_id=r[1],
                client_id=r[2],
                network=r[3],
                title=r[4],
                text=r[5],
                published_at=from_db(r[6]),  # type: ignore[arg-type]
                published_url=r[7],
                tags=tuple(r[8].split("\x1f")) if r[8] else (),
                media_count=r[9],
                latest=latest.get(r[0]),
                measurements=r[10],
            )
            for r in rows
        ]

    def published_post(self, variant_id: int) -> PublishedPost:
        row = self._db.execute(
            "SELECT d.client_id, v.published_at FROM draft_variants v JOIN drafts d ON d.id = v.draft_id "
            "WHERE v.id = ?",
            [variant_id],
        ).fetchone()
        if row is None or row[1] is None:
            raise NotFound(f"no published post {variant_id}")
        at = from_db(row[1])
        assert at is not None
        for post in self.published_posts(row[0], start=at):
            if post.variant_id == variant_id:
                return post
        raise NotFound(f"no published post {variant_id}")

    def measurements(self, variant_id: int) -> list[Measurement]:
        rows = self._db.execute(
            f"SELECT {_M_COLUMNS} FROM post_metrics WHERE variant_id = ? ORDER BY measured_on",
            [variant_id],
        ).fetchall()
        return [_measurement(r) for r in rows]

    def latest(self, variant_ids: Iterable[int]) -> dict[int, Measurement]:
        """The latest measurement of each post that has one."""
        ids = list(variant_ids)
        found: dict[int, Measurement] = {}
        for chunk, marks in in_chunks(ids):
            rows = self._db.execute(
                f"SELECT {_M_COLUMNS} FROM post_metrics_latest WHERE variant_id IN ({marks})", chunk
            ).fetchall()
            found.update((r[3], _measurement(r)) for r in rows)
        return found

    def get(self, measurement_id: int) -> Measurement:
        row = self._db.execute(
            f"SELECT {_M_COLUMNS} FROM post_metrics WHERE id = ?", [measurement_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no measurement {measurement_id}")
        return _measurement(row)

    def on_day(self, variant_id: int, measured_on: date) -> Measurement | None:
        row = self._db.execute(
            f"SELECT {_M_COLUMNS} FROM post_metrics WHERE variant_id = ? AND measured_on = ?",
            [variant_id, measured_on.isoformat()],
        ).fetchone()
        return _measurement(row) if row else None

    # -- writing: measurements ---------------------------------------------------------------------
    def _client_of_variant(self, variant_id: int) -> int:
        row = self._db.execute(
            "SELECT d.client_id FROM draft_variants v JOIN drafts d ON d.id = v.draft_id WHERE v.id = ?",
            [variant_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"no post {variant_id}")
        return int(row[0])

    def record(
        self,
        variant_id: int,
        measured_on: date,
        values: Mapping[str, object],
        *,
        source: str = "manual",
        replace: bool = False,
        measurement_id: int | None = None,
        uid: str | None = None,
    ) -> Measurement:
        """Store the figures of `variant_id` read on `measured_on`. An existing row for that day
        is updated: the metrics in `values` are set, the others kept (all replaced, missing ones
        becoming NULL, when `replace`). `measurement_id`/`uid` give a removed row back its
        identity (an undo)."""
        if source not in SOURCES:
            raise InvalidValue(f"unknown source {source!r}", field="source", reason="unknown")
        cleaned = {m: clean_value(m, v) for m, v in values.items()}
        with self._db.atomic():
            client_id = self._client_of_variant(variant_id)
            existing = self.on_day(variant_id, measured_on)
            now = now_db()
            if existing is None:
                merged = {m: cleaned.get(m) for m in METRICS}
                new_id = self._db.execute(
                    f"INSERT INTO post_metrics ({_INSERT_COLUMNS}) VALUES ({_INSERT_MARKS})",
                    [
                        measurement_id,
                        uid or uuid.uuid4().hex,
                        client_id,
                        variant_id,
                        measured_on.isoformat(),
                        *merged.values(),
                        source,
                        now,
                        now,
                    ],
                ).lastrowid
                assert new_id is not None
                row_id = new_id
            else:
                merged = existing.values() if not replace else dict.fromkeys(METRICS)
                merged.update(cleaned)
                self._db.execute(
                    f"UPDATE post_metrics SET {', '.join(f'{m} = ?' for m in METRICS)}, source = ?, "
                    "updated_at = ? WHERE id = ?",
                    [*merged.values(), source, now, existing.id],
                )
                row_id = existing.id
        self._store.log.touch(ENTITY, row_id, client_id=client_id)
        return self.get(row_id)

    def restore(self, measurement: Measurement) -> Measurement:
        """Put a measurement back exactly as it was (an undo): same day, figures, source, id."""
        existing = self.on_day(measurement.variant_id, measurement.measured_on)
        if existing is not None and existing.id != measurement.id:
            self.delete(existing.id)
        return self.record(
            measurement.variant_id,
            measurement.measured_on,
            measurement.values(),
            source=measurement.source,
            replace=True,
            measurement_id=measurement.id if existing is None or existing.id != measurement.id else None,
            uid=measurement.uid,
        )

    def delete(self, measurement_id: int) -> Measurement:
        """Remove one measurement; returns what it was (for an undo)."""
        with self._db.atomic():
            before = self.get(measurement_id)
            self._db.execute("DELETE FROM post_metrics WHERE id = ?", [measurement_id])
        self._store.log.touch(ENTITY, measurement_id, client_id=before.client_id)
        return before

    # -- followers -----------------------------------------------------------------------------------
    def followers(
        self, client_id: int, *, start_month: str | None = None, end_month: str | None = None
    ) -> list[FollowerCount]:
        """The client's follower counts in [start_month, end_month] (inclusive), by month then
        network."""
        where, params = ["client_id = ?"], [client_id]
        if start_month is not None:
            where.append("month >= ?")
            params.append(clean_month(start_month))  # type: ignore[arg-type]
        if end_month is not None:
            where.append("month <= ?")
            params.append(clean_month(end_month))  # type: ignore[arg-type]
        rows = self._db.execute(
            f"SELECT {_F_COLUMNS} FROM follower_counts WHERE {' AND '.join(where)} ORDER BY month, network",
            params,
        ).fetchall()
        return [FollowerCount(*r) for r in rows]

    def follower_count(self, client_id: int, network: str, month: str) -> FollowerCount | None:
        row = self._db.execute(
            f"SELECT {_F_COLUMNS} FROM follower_counts WHERE client_id = ? AND network = ? AND month = ?",
            [client_id, network, month],
        ).fetchone()
        return FollowerCount(*row) if row else None

    def set_followers(
        self,
        client_id: int,
        network: str,
        month: str,
        followers: int | None,
        *,
        row_id: int | None = None,
        uid: str | None = None,
    ) -> FollowerCount | None:
        """Set (or with None, remove) the followers of a client on a network at the end of a
        month. Returns the stored count (None when removed)."""
        clean_network(network)
        clean_month(month)
        if followers is not None:
            followers = clean_value("reach", followers)  # same rules as a post's figures
        with self._db.atomic():
            self._store.clients.get(client_id)
            existing = self.follower_count(client_id, network, month)
            now = now_db()
            if followers is None:
                if existing is None:
                    return None
                self._db.execute("DELETE FROM follower_counts WHERE id = ?", [existing.id])
                touched = existing.id
            elif existing is None:
                new_id = self._db.execute(
                    "INSERT INTO follower_counts (id, uid, client_id, network, month, followers, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [row_id, uid or uuid.uuid4().hex, client_id, network, month, followers, now, now],
                ).lastrowid
                assert new_id is not None
                touched = new_id
            else:
                self._db.execute(
                    "UPDATE follower_counts SET followers = ?, updated_at = ? WHERE id = ?",
                    [followers, now, existing.id],
                )
                touched = existing.id
        self._store.log.touch(Entity.FOLLOWER_COUNTS, touched, client_id=client_id)
        return self.follower_count(client_id, network, month)

    # -- saved column mappings -----------------------------------------------------------------------
    def mappings(self, client_id: int | None) -> list[MetricMapping]:
        """Mappings usable for `client_id`: its own, then every client's."""
        rows = self._db.execute(
            f"SELECT {_MAP_COLUMNS} FROM metric_mappings WHERE client_id IS NULL OR client_id IS ? "
            "ORDER BY client_id IS NULL, lower(name), id",
            [client_id],
        ).fetchall()
        return [_mapping(r) for r in rows]

    def mapping_for(self, signature: str, client_id: int | None) -> MetricMapping | None:
        """The saved mapping of this header layout (the client's own first), most recent first."""
        row = self._db.execute(
            f"SELECT {_MAP_COLUMNS} FROM metric_mappings WHERE signature = ? "
            "AND (client_id IS NULL OR client_id IS ?) ORDER BY client_id IS NULL, updated_at DESC, id DESC",
            [signature, client_id],
        ).fetchone()
        return _mapping(row) if row else None

    def save_mapping(
        self,
        name: str,
        signature: str,
        mapping: Mapping[str, str],
        *,
        network: str = "",
        client_id: int | None = None,
    ) -> MetricMapping:
        """Save (or replace, for the same layout and owner) a column mapping."""
        name = " ".join(name.split())
        if not name:
            raise InvalidValue("a mapping needs a name", field="name", reason="empty")
        if network:
            clean_network(network)
        text = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
        with self._db.atomic():
            now = now_db()
            existing = self._db.execute(
                "SELECT id FROM metric_mappings WHERE signature = ? AND client_id IS ?",
                [signature, client_id],
            ).fetchone()
            if existing:
                row_id = existing[0]
                self._db.execute(
                    "UPDATE metric_mappings SET name = ?, network = ?, mapping = ?, updated_at = ? "
                    "WHERE id = ?",
                    [name[:120], network, text, now, row_id],
                )
            else:
                row_id = self._db.execute(
                    "INSERT INTO metric_mappings (uid, client_id, name, network, signature, mapping, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [uuid.uuid4().hex, client_id, name[:120], network, signature, text, now, now],
                ).lastrowid
        self._store.log.touch(Entity.METRIC_MAPPINGS, row_id, client_id=client_id)
        row = self._db.execute(
            f"SELECT {_MAP_COLUMNS} FROM metric_mappings WHERE id = ?", [row_id]
        ).fetchone()
        return _mapping(row)

    def delete_mapping(self, mapping_id: int) -> None:
        row = self._db.execute("SELECT client_id FROM metric_mappings WHERE id = ?", [mapping_id]).fetchone()
        if row is None:
            raise NotFound(f"no mapping {mapping_id}")
        self._db.execute("DELETE FROM metric_mappings WHERE id = ?", [mapping_id])
        self._store.log.touch(Entity.METRIC_MAPPINGS, mapping_id, client_id=row[0])


def _build_samples(store: Store, client: Client) -> None:
    from cmtoolbox.storage.sample_metrics import add_sample_metrics  # three months of posts

    add_sample_metrics(store, client)


# A measurement refers to its post by the variant's uid; the figures of one post on one day typed
# on two devices offline are one measurement (`same_key`). No trash: a deletion removes it
# everywhere. A saved column mapping is the user's work (made once for an export layout the
# importer did not know): it travels, one per (client, layout) when saved on two devices offline.
SPEC = EntitySpec(
    entity=ENTITY,
    table="post_metrics",
    sample=_build_samples,
    sync=SyncSpec(
        fields=("client_id", "variant_id", "measured_on", *METRICS, "source", "created_at", "updated_at"),
        refs={"client_id": Entity.CLIENTS, "variant_id": Entity.DRAFT_VARIANTS},
        trash_column=None,
        same_key=("variant_id", "measured_on"),
    ),
)
FOLLOWERS_SPEC = EntitySpec(
    entity=Entity.FOLLOWER_COUNTS,
    table="follower_counts",
    sync=SyncSpec(
        fields=("client_id", "network", "month", "followers", "created_at", "updated_at"),
        refs={"client_id": Entity.CLIENTS},
        trash_column=None,
        same_key=("client_id", "network", "month"),
    ),
)
MAPPINGS_SPEC = EntitySpec(
    entity=Entity.METRIC_MAPPINGS,
    table="metric_mappings",
    shared=True,
    sync=SyncSpec(
        fields=("client_id", "name", "network", "signature", "mapping", "created_at", "updated_at"),
        refs={"client_id": Entity.CLIENTS},
        trash_column=None,
        same_key=("client_id", "signature"),
    ),
)
