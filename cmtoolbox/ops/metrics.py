"""Operations of the Results section: the published posts and their figures, followers per month,
and importing the networks' analytics exports.

Every edit a user makes in the grids is undoable (the undo puts the previous figure back, or
removes a measurement the edit created). An import runs in one transaction, so a file that fails
halfway writes nothing; its undo puts back every measurement it replaced. Reading and recognising
the file happen before, off the database thread (`core.metrics_import`); `preview_import` tells
the user what will match before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from cmtoolbox.core.metrics_import import METRICS, Candidate, ImportedRow, RowMatch, match_rows
from cmtoolbox.core.schedule import DEFAULT_ZONE, zone
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.metrics import FollowerCount, Measurement, MetricMapping, PublishedPost, clean_value
from cmtoolbox.storage.store import Store

__all__ = [
    "METRICS",
    "ImportPreview",
    "ImportResult",
    "followers",
    "import_metrics",
    "post_history",
    "preview_import",
    "published_posts",
    "set_followers",
    "set_metric",
]


# -- reading ---------------------------------------------------------------------------------------
def published_posts(
    store: Store, client_id: int, start: datetime | None = None, end: datetime | None = None
) -> list[PublishedPost]:
    """The client's published posts in [start, end), oldest first, each with its latest figures."""
    return store.metrics.published_posts(client_id, start=start, end=end)


def followers(
    store: Store, client_id: int, start_month: str | None = None, end_month: str | None = None
) -> list[FollowerCount]:
    return store.metrics.followers(client_id, start_month=start_month, end_month=end_month)


def post_history(store: Store, variant_id: int) -> list[Measurement]:
    """Every measurement of one post, oldest first."""
    return store.metrics.measurements(variant_id)


def mappings(store: Store, client_id: int | None) -> list[MetricMapping]:
    return store.metrics.mappings(client_id)


def find_mapping(store: Store, signature: str, client_id: int | None) -> MetricMapping | None:
    """The mapping saved for a file layout (`core.metrics_import.header_signature`)."""
    return store.metrics.mapping_for(signature, client_id)


# -- editing ---------------------------------------------------------------------------------------
def set_metric(
    store: Store, variant_id: int, metric: str, value: int | None, measured_on: date | None = None
) -> Undoable[Measurement | None] | None:
    """The quick entry grid: set one figure of a post as read on `measured_on` (today when None).
    A day without a measurement yet starts from the post's latest figures, so the row keeps
    showing them and the day the figures were read stays true; the earlier measurements are kept.
    Clearing every figure of a day removes that day's measurement (the previous one counts again).
    The undo puts the figure back, or removes the measurement this edit created. Returns the
    post's latest measurement after the edit."""
    value = clean_value(metric, value)
    day = measured_on or date.today()
    if day > date.today():
        raise InvalidValue("figures cannot be measured in the future", field="measured_on", reason="future")
    before = store.metrics.on_day(variant_id, day)
    if before is None:
        latest = store.metrics.latest([variant_id]).get(variant_id)
        start = dict(latest.values()) if latest is not None and latest.measured_on < day else {}
        if value is None and start.get(metric) is None:
            return None  # nothing to clear: no step to undo either
        store.metrics.record(variant_id, day, {**start, metric: value}, source="manual")
        return Undoable(_latest_after(store, variant_id, day), call(_forget_measurement, variant_id, day))
    store.metrics.record(variant_id, day, {metric: value}, source="manual")
    return Undoable(_latest_after(store, variant_id, day), call(_put_back, (before,), ()))


def _latest_after(store: Store, variant_id: int, day: date) -> Measurement | None:
    """The post's latest measurement once the day's edit is written; a day left with no figure at
    all is removed, so the previous measurement counts again."""
    written = store.metrics.on_day(variant_id, day)
    if written is not None and all(v is None for v in written.values().values()):
        store.metrics.delete(written.id)
    return store.metrics.latest([variant_id]).get(variant_id)


def _forget_measurement(store: Store, variant_id: int, measured_on: date) -> Undoable[None]:
    """Undo of a first figure typed for a day: the measurement goes (its redo types it back)."""
    before = store.metrics.on_day(variant_id, measured_on)
    if before is not None:
        store.metrics.delete(before.id)
        return Undoable(None, call(_put_back, (before,), ()))
    return Undoable(None, call(_put_back, (), ()))


def _put_back(
    store: Store, measurements: Sequence[Measurement], remove: Sequence[tuple[int, date]]
) -> Undoable[int]:
    """Restore `measurements` exactly and remove the measurements of (post, day) in `remove`; the
    redo reverses it. What an import's and an edit's undo run."""
    snapshot: list[Measurement] = []
    created: list[tuple[int, date]] = []
    for variant_id, day in remove:
        existing = store.metrics.on_day(variant_id, day)
        if existing is not None:
            snapshot.append(existing)
            store.metrics.delete(existing.id)
    for measurement in measurements:
        existing = store.metrics.on_day(measurement.variant_id, measurement.measured_on)
        if existing is not None:
            snapshot.append(existing)
        else:
            created.append((measurement.variant_id, measurement.measured_on))
        store.metrics.restore(measurement)
    return Undoable(len(measurements) + len(remove), call(_put_back, tuple(snapshot), tuple(created)))


def delete_measurement(store: Store, measurement_id: int) -> Undoable[None]:
    before = store.metrics.delete(measurement_id)
    return Undoable(None, call(_put_back, (before,), ()))


def set_followers(
    store: Store, client_id: int, network: str, month: str, count: int | None
) -> Undoable[FollowerCount | None]:
    """Followers of a client on a network at the end of `month` (YYYY-MM); None removes it."""
    before = store.metrics.follower_count(client_id, network, month)
    after = store.metrics.set_followers(client_id, network, month, count)
    if before is None:
        return Undoable(after, call(set_followers, client_id, network, month, None))
    return Undoable(after, call(_restore_followers, before))


def _restore_followers(store: Store, before: FollowerCount) -> Undoable[FollowerCount | None]:
    current = store.metrics.follower_count(before.client_id, before.network, before.month)
    restored = store.metrics.set_followers(
        before.client_id, before.network, before.month, before.followers, row_id=before.id, uid=before.uid
    )
    if current is None:
        return Undoable(restored, call(set_followers, before.client_id, before.network, before.month, None))
    return Undoable(restored, call(_restore_followers, current))


def save_mapping(
    store: Store,
    name: str,
    signature: str,
    mapping: Mapping[str, str],
    network: str = "",
    client_id: int | None = None,
) -> MetricMapping:
    return store.metrics.save_mapping(name, signature, mapping, network=network, client_id=client_id)


def delete_mapping(store: Store, mapping_id: int) -> None:
    store.metrics.delete_mapping(mapping_id)


# -- importing -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportPreview:
    """What an import would do: rows matched with a post (by address, by day and text, or by hand:
    `how` "manual"), rows left out with why, and how many matched rows only repeat figures already
    stored. `posts` holds every published post of the client, by variant id (what a row left out
    can be matched with by hand)."""

    matches: list[RowMatch]
    posts: dict[int, PublishedPost]
    unchanged: int

    @property
    def matched(self) -> list[RowMatch]:
        return [m for m in self.matches if m.variant_id is not None]

    @property
    def unmatched(self) -> list[RowMatch]:
        return [m for m in self.matches if m.variant_id is None]


@dataclass(frozen=True)
class ImportResult:
    written: int  # measurements created or updated
    unchanged: int  # matched rows whose figures were already the latest ones
    unmatched: int


def _candidates(posts: Sequence[PublishedPost]) -> list[Candidate]:
    return [Candidate(p.variant_id, p.network, p.published_url, p.published_at, p.text) for p in posts]


def _same_as_latest(row: ImportedRow, latest: Measurement | None) -> bool:
    if latest is None:
        return False
    return all(latest.value(m) == v for m, v in row.values.items() if v is not None)


def preview_import(
    store: Store,
    client_id: int,
    rows: Sequence[ImportedRow],
    zone_name: str = DEFAULT_ZONE,
    chosen: Mapping[int, int] | None = None,
) -> ImportPreview:
    """Match the rows with the client's published posts. `chosen` maps the line of a row left out
    to the post (variant id) the person picked for it; a post already taken by another row, or not
    the client's, is ignored."""
    posts = store.metrics.published_posts(client_id)
    matches = match_rows(rows, _candidates(posts), zone=zone(zone_name))
    by_id = {p.variant_id: p for p in posts}
    if chosen:
        taken = {m.variant_id for m in matches if m.variant_id is not None}
        for index, match in enumerate(matches):
            picked = chosen.get(match.row.line)
            if match.variant_id is None and picked in by_id and picked not in taken:
                matches[index] = RowMatch(match.row, picked, "manual")
                taken.add(picked)
    unchanged = sum(
        1 for m in matches if m.variant_id is not None and _same_as_latest(m.row, by_id[m.variant_id].latest)
    )
    return ImportPreview(matches, by_id, unchanged)


def import_metrics(
    store: Store,
    client_id: int,
    rows: Sequence[ImportedRow],
    measured_on: date,
    zone_name: str = DEFAULT_ZONE,
    chosen: Mapping[int, int] | None = None,
) -> Undoable[ImportResult]:
    """Store the figures of every row that matches a post, as its measurement of `measured_on`:
    the day's row is overwritten (exports hold lifetime totals), never added to; a row whose
    figures equal the post's latest ones writes nothing, so importing the same file again changes
    nothing. `chosen`: rows matched by hand in the preview (see `preview_import`). All or
    nothing: one transaction."""
    if measured_on > date.today():
        raise InvalidValue("figures cannot be measured in the future", field="measured_on", reason="future")
    preview = preview_import(store, client_id, rows, zone_name, chosen)
    replaced: list[Measurement] = []
    created: list[tuple[int, date]] = []
    written = 0
    for match in preview.matched:
        assert match.variant_id is not None
        if _same_as_latest(match.row, preview.posts[match.variant_id].latest):
            continue
        values = {m: v for m, v in match.row.values.items() if v is not None}
        before = store.metrics.on_day(match.variant_id, measured_on)
        if before is not None:
            replaced.append(before)
        else:
            created.append((match.variant_id, measured_on))
        store.metrics.record(match.variant_id, measured_on, values, source="import")
        written += 1
    result = ImportResult(written, preview.unchanged, len(preview.unmatched))
    return Undoable(result, call(_put_back, tuple(replaced), tuple(created)))
