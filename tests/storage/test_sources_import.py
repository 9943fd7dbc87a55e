"""Bookmark imports at scale (issue 11, point 5): linear work, same results whether the rows were
prepared on a worker or here, duplicates against what the client sees, cancel keeps nothing.
Timing lives in benchmarks/bench_bookmarks_import.py; these check correctness and the plan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cmtoolbox.core.bookmarks_html import Bookmark
from cmtoolbox.storage.search import SearchFilters, search_all
from cmtoolbox.storage.sources import ImportCancelled, prepare_bookmarks, visible_keys_query


@pytest.fixture
def client_id(store) -> int:  # noqa: ANN001
    return store.clients.create("Boulangerie Test").id


def many(count: int, *, host: str = "veille.example") -> list[Bookmark]:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    return [
        Bookmark(
            url=f"https://{host}/page-{i}",
            title=f"Page {i}",
            folder="Veille/Presse" if i % 2 else "",
            tags=("lyon",) if i % 3 == 0 else (),
            added_at=start + timedelta(minutes=i),
            description="Article sur la boulangerie" if i % 5 == 0 else "",
        )
        for i in range(count)
    ]


def snapshot(store, client_id: int) -> list[tuple]:  # noqa: ANN001
    return sorted(
        (s.url, s.title, s.folder, tuple(sorted(t.lower() for t in s.tags)), s.notes, s.added_at, s.kind)
        for s in store.sources.list(client_id, include_shared=False)
    )


def test_prepared_and_direct_imports_store_the_same_rows(store, client_id: int) -> None:  # noqa: ANN001
    bookmarks = [
        *many(1200),
        Bookmark(url="https://www.VEILLE.example/page-3/?utm_source=x#top", title="repeat of page-3"),
        Bookmark(url="place:sort=8", title="Firefox smart folder"),
        Bookmark(url="javascript:alert(1)", title="bookmarklet"),
        Bookmark(
            url="https://boulangerie.example/",
            title="  Pain   et   viennoiseries ",
            tags=("#Pain", "pain"),
            added_at=datetime(2024, 5, 1, tzinfo=UTC),
        ),
    ]
    direct = store.sources.import_bookmarks(client_id, bookmarks, folders="folder", kind="press")
    other = store.clients.create("Autre").id
    prepared = prepare_bookmarks(bookmarks, folders="folder", kind="press")
    via_worker = store.sources.import_bookmarks(other, prepared)
    assert (direct.total, direct.imported, direct.duplicates, direct.invalid) == (1204, 1201, 1, 2)
    assert (via_worker.total, via_worker.imported, via_worker.duplicates, via_worker.invalid) == (
        1204,
        1201,
        1,
        2,
    )
    assert snapshot(store, client_id) == snapshot(store, other)
    bread = next(s for s in store.sources.list(client_id) if s.url == "https://boulangerie.example/")
    assert bread.title == "Pain et viennoiseries" and [t.lower() for t in bread.tags] == ["pain"]
    assert bread.kind == "press" and bread.folder == ""
    # The index is written as `SourceManager._index` writes it: title, notes and tags are found.
    hits = search_all(store, "viennoiseries", SearchFilters(client_id=client_id))["sources"]
    assert [h.id for h in hits] == [bread.id]
    assert search_all(store, "boulangerie", SearchFilters(client_id=other))["sources"]
    tagged = search_all(store, "lyon", SearchFilters(client_id=client_id))["sources"]
    assert len(tagged) == 20  # the search's page size: there are 400


def test_duplicates_are_what_the_client_sees_own_or_shared(store, client_id: int) -> None:  # noqa: ANN001
    store.sources.create(client_id, "https://veille.example/page-0", title="own")
    store.sources.create(None, "https://veille.example/page-1", title="shared")
    other = store.clients.create("Autre").id
    store.sources.create(other, "https://veille.example/page-2", title="another client's")
    trashed = store.sources.create(client_id, "https://veille.example/page-3", title="trashed")
    store.trash.move_to_trash("sources", trashed.id)
    report = store.sources.import_bookmarks(client_id, many(1000))
    # page-0 (own), page-1 (shared) and page-3 (in the trash) are duplicates; page-2 is not ours.
    assert (report.imported, report.duplicates) == (997, 3)
    assert "https://veille.example/page-2" in {s.url for s in store.sources.list(client_id)}
    shared = store.sources.import_bookmarks(None, many(10))
    assert (shared.imported, shared.duplicates) == (0, 10)  # every address exists for someone


def test_tags_are_created_once_and_keep_the_first_spelling(store, client_id: int) -> None:  # noqa: ANN001
    store.tags.ensure(["Lyon"])
    bookmarks = [
        Bookmark(url=f"https://t.example/{i}", title="t", tags=("lyon", "Presse")) for i in range(700)
    ]
    store.sources.import_bookmarks(client_id, bookmarks)
    names = [row[0] for row in store.db.execute("SELECT name FROM tags ORDER BY name")]
    assert names == ["Lyon", "Presse"]
    links = store.db.execute("SELECT count(*) FROM source_tags").fetchone()[0]
    assert links == 1400


@pytest.mark.parametrize("prepared", [False, True])
def test_a_cancelled_import_keeps_nothing_even_after_many_batches(
    store, client_id: int, prepared: bool
) -> None:  # noqa: ANN001
    bookmarks = many(3000)
    source = prepare_bookmarks(bookmarks) if prepared else bookmarks
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > 2500  # well into the fifth batch

    progress: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        store.sources.import_bookmarks(
            client_id, source, cancelled=cancelled, progress=lambda d, t: progress.append((d, t))
        )
    assert len(progress) >= 4  # batches were written before the cancel...
    assert store.sources.list(client_id) == []  # ...and rolled back with it
    for table in ("sources", "sources_fts", "source_tags", "tags"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_progress_runs_from_zero_to_the_total(store, client_id: int) -> None:  # noqa: ANN001
    for source in (many(1234), prepare_bookmarks(many(1234, host="b.example"))):
        progress: list[tuple[int, int]] = []
        store.sources.import_bookmarks(
            client_id, source, progress=lambda d, t, seen=progress: seen.append((d, t))
        )
        assert progress[0] == (0, 1234) and progress[-1] == (1234, 1234)
        assert [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_the_duplicate_lookup_reads_the_address_index(store, client_id: int) -> None:  # noqa: ANN001
    """The issue measured the import as quadratic: each duplicate check walked every row of the
    client. The lookup must go through `sources_url_key`, whatever the planner thinks of a batch
    of hundreds of keys (without the unary `+` it picks `sources_client` here)."""
    store.sources.import_bookmarks(client_id, many(2000))
    keys = [f"https://veille.example/page-{i}" for i in range(500)]
    for owner in (client_id, None):
        sql, params = visible_keys_query(owner, keys)
        plan = " ".join(str(row[3]) for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "INDEX sources_url_key" in plan and "sources_client" not in plan, plan
    one = (
        "SELECT id FROM sources WHERE url_key = ? AND (client_id = ? OR client_id IS NULL) "
        "AND id IS NOT ? ORDER BY client_id IS NULL"
    )  # Manager._visible_url_match, used when a source or feed is added by hand
    plan = " ".join(
        str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {one}", [keys[0], client_id, None])
    )
    assert "sources_url_key" in plan, plan
