"""Bookmarked sources on a real SQLite file: duplicates, tags, imports of real browser exports,
link checks over real HTTP (tests/fixture_server.py), trash and the global search."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cmtoolbox.core.bookmarks_html import read_bookmark_document, read_bookmarks, write_bookmarks
from cmtoolbox.core.fetch import check_links
from cmtoolbox.core.urls import InvalidUrl
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.search import SearchFilters, search_all
from cmtoolbox.storage.sources import DuplicateSource, ImportCancelled
from tests.conftest import SHARED_FIXTURES
from tests.fixture_server import FixtureServer, load_expected

EXPECTED = load_expected(SHARED_FIXTURES)
BOOKMARK_KEYS = sorted(key for key in EXPECTED if key.startswith("bookmarks/")) or ["bookmarks/<missing>"]


@pytest.fixture
def client_id(store) -> int:  # noqa: ANN001
    return store.clients.create("Boulangerie Test").id


def test_create_keeps_fields_tags_and_dates(store, client_id: int) -> None:  # noqa: ANN001
    source = store.sources.create(
        client_id,
        "actu-boulangerie.example/blog",
        title="  Actu   Boulangerie ",
        kind="press",
        notes="Magazine de la filière",
        tags=["#veille", "Métier", "veille"],
    )
    assert source.url == "https://actu-boulangerie.example/blog"
    assert source.title == "Actu Boulangerie"
    assert (source.kind, source.notes, source.client_id) == ("press", "Magazine de la filière", client_id)
    assert source.tags == ("Métier", "veille")
    assert source.added_at.tzinfo is not None and source.visited_at is None and source.link_status is None
    store.sources.mark_visited(source.id)
    assert store.sources.get(source.id).visited_at is not None
    assert [s.id for s in store.sources.list(client_id)] == [source.id]


def test_duplicates_are_detected_on_the_normalised_url(store, client_id: int) -> None:  # noqa: ANN001
    first = store.sources.create(client_id, "https://Example.com/page?utm_source=news&id=3#top", title="Page")
    with pytest.raises(DuplicateSource) as raised:
        store.sources.create(client_id, "https://example.com:443/page?id=3&fbclid=abc")
    assert raised.value.existing.id == first.id and not raised.value.in_trash
    # Another client may bookmark the same page; a shared copy is seen by everyone.
    other = store.clients.create("Autre client").id
    assert store.sources.create(other, "https://example.com/page?id=3").client_id == other
    shared = store.sources.create(None, "https://shared.example/")
    with pytest.raises(DuplicateSource) as raised:
        store.sources.create(client_id, "https://SHARED.example")
    assert raised.value.existing.id == shared.id
    assert {s.id for s in store.sources.list(client_id)} == {first.id, shared.id}


def test_a_trashed_duplicate_is_reported_as_in_the_trash(store, client_id: int) -> None:  # noqa: ANN001
    source = store.sources.create(client_id, "https://example.com/a")
    store.trash.move_to_trash("sources", source.id)
    assert store.sources.list(client_id) == []
    with pytest.raises(DuplicateSource) as raised:
        store.sources.create(client_id, "https://example.com/a")
    assert raised.value.in_trash
    store.trash.restore("sources", source.id)
    assert [s.id for s in store.sources.list(client_id)] == [source.id]


def test_the_schema_itself_refuses_duplicates_and_unknown_kinds(store, client_id: int) -> None:  # noqa: ANN001
    store.sources.create(client_id, "https://example.com/x")
    now = datetime.now(UTC).isoformat()
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO sources (client_id, url, url_key, added_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [client_id, "https://example.com/x#y", "https://example.com/x", now, now],
        )
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO sources (client_id, url, url_key, kind, added_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [client_id, "https://example.com/z", "https://example.com/z", "tiktok", now, now],
        )
    store.db.conn.rollback()


def test_bad_input_is_refused_with_a_code(store, client_id: int) -> None:  # noqa: ANN001
    with pytest.raises(InvalidUrl) as raised:
        store.sources.create(client_id, "javascript:alert(1)")
    assert raised.value.code == "unsupported_scheme"
    with pytest.raises(InvalidUrl):
        store.sources.create(client_id, "   ")
    with pytest.raises(InvalidValue):
        store.sources.create(client_id, "https://example.com", kind="tiktok")
    assert store.sources.list(client_id) == []


def test_update_moves_url_tags_and_sharing_and_keeps_uniqueness(store, client_id: int) -> None:  # noqa: ANN001
    a = store.sources.create(client_id, "https://a.example", title="A", tags=["un"])
    b = store.sources.create(client_id, "https://b.example", title="B")
    with pytest.raises(DuplicateSource):
        store.sources.update(b.id, url="https://A.example/")
    updated = store.sources.update(a.id, title="A prime", tags=["deux", "trois"], kind="blog", shared=True)
    assert (updated.title, updated.tags, updated.kind, updated.client_id) == (
        "A prime",
        ("deux", "trois"),
        "blog",
        None,
    )
    back = store.sources.update(a.id, shared=False, client_id=client_id)
    assert back.client_id == client_id
    hits = search_all(store, "prime", SearchFilters(client_id=client_id))
    assert [hit.id for hit in hits["sources"]] == [a.id]
    assert "sources" not in search_all(store, "un", SearchFilters(client_id=client_id))


@pytest.mark.parametrize("key", BOOKMARK_KEYS)
def test_import_of_real_browser_exports(store, client_id: int, fixtures_dir: Path, key: str) -> None:  # noqa: ANN001
    facts = EXPECTED[key]
    bookmarks = read_bookmarks((fixtures_dir / key).read_bytes())
    assert len(bookmarks) == facts["bookmarks"]
    progress: list[tuple[int, int]] = []
    report = store.sources.import_bookmarks(
        client_id, bookmarks, progress=lambda d, t: progress.append((d, t))
    )
    web = {b.url.strip() for b in bookmarks if b.url.strip().lower().startswith(("http://", "https://"))}
    assert report.total == facts["bookmarks"]
    assert report.imported + report.duplicates + report.invalid == report.total
    assert report.imported <= len(web)
    stored = store.sources.list(client_id)
    assert len(stored) == report.imported
    if report.total:
        assert progress[0] == (0, report.total) and progress[-1] == (report.total, report.total)
    # Importing the same file again adds nothing: everything is a duplicate or invalid.
    again = store.sources.import_bookmarks(client_id, bookmarks)
    assert again.imported == 0 and again.duplicates == report.imported + report.duplicates


def test_import_keeps_tags_dates_and_folders_as_chosen(store, client_id: int, fixtures_dir: Path) -> None:  # noqa: ANN001
    document = read_bookmark_document((fixtures_dir / "bookmarks/nbp_netscape_nested.htm").read_bytes())
    tagged = next(b for b in document.bookmarks if b.tags and b.folder)
    report = store.sources.import_bookmarks(client_id, document.bookmarks, folders="tags", kind="blog")
    assert report.imported == len({b.url for b in document.bookmarks})
    by_url = {s.url: s for s in store.sources.list(client_id)}
    source = by_url[tagged.url]
    folder_names = [part for part in tagged.folder.split("/") if part]
    assert set(source.tags) == {*tagged.tags, *folder_names}
    assert source.added_at == tagged.added_at and source.kind == "blog" and source.folder == ""

    other = store.clients.create("Dossiers").id
    store.sources.import_bookmarks(other, document.bookmarks, folders="folder")
    kept = {s.url: s for s in store.sources.list(other, include_shared=False)}[tagged.url]
    assert kept.folder == tagged.folder and set(kept.tags) == set(tagged.tags)

    third = store.clients.create("Sans dossiers").id
    store.sources.import_bookmarks(third, document.bookmarks, folders="ignore")
    plain = {s.url: s for s in store.sources.list(third, include_shared=False)}[tagged.url]
    assert plain.folder == "" and set(plain.tags) == set(tagged.tags)


def test_import_is_all_or_nothing(store, client_id: int, fixtures_dir: Path) -> None:  # noqa: ANN001
    bookmarks = read_bookmarks((fixtures_dir / "bookmarks/cpan_Bookmarks4.7.html").read_bytes())
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 50

    with pytest.raises(ImportCancelled):
        store.sources.import_bookmarks(client_id, bookmarks, cancelled=cancelled)
    assert store.sources.list(client_id) == []
    assert store.db.execute("SELECT count(*) FROM sources_fts").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM source_tags").fetchone()[0] == 0


def test_export_round_trips_through_the_netscape_format(store, client_id: int) -> None:  # noqa: ANN001
    store.sources.create(client_id, "https://a.example/", title="Å", tags=["veille", "Lyon"], notes="note")
    store.sources.create(client_id, "https://b.example/", title="B", folder="Presse/Locale")
    data = write_bookmarks(store.sources.export_bookmarks(client_id), "Sources")
    back = {b.url: b for b in read_bookmarks(data)}
    assert set(back) == {"https://a.example/", "https://b.example/"}
    assert set(back["https://a.example/"].tags) == {"veille", "Lyon"}
    assert back["https://a.example/"].description == "note" and back["https://a.example/"].title == "Å"
    assert back["https://b.example/"].folder == "Presse/Locale"


def test_link_check_over_http_marks_dead_and_moved_sources(
    store, client_id: int, fixture_server: FixtureServer
) -> None:  # noqa: ANN001,E501
    alive = store.sources.create(client_id, fixture_server.url("feeds/nnw_qemu.atom"), title="alive")
    dead = store.sources.create(client_id, fixture_server.url("status/404"), title="dead")
    moved = store.sources.create(
        client_id, fixture_server.url("redirect/301/feeds/nnw_bio.rdf"), title="moved"
    )
    sources = [alive, dead, moved]
    results = asyncio.run(check_links([s.url for s in sources]))
    assert store.sources.record_link_checks(zip([s.id for s in sources], results, strict=True)) == 3
    statuses = {s.title: s for s in store.sources.list(client_id)}
    assert statuses["alive"].link_status == "alive" and statuses["alive"].link_checked_at is not None
    assert statuses["dead"].link_status == "dead" and statuses["dead"].link_detail == "not_found"
    assert statuses["moved"].link_status == "moved"
    assert statuses["moved"].link_new_url == fixture_server.url("feeds/nnw_bio.rdf")
    updated = store.sources.apply_new_url(moved.id)
    assert updated.url == fixture_server.url("feeds/nnw_bio.rdf")
    assert updated.link_status == "alive" and updated.link_new_url is None
    with pytest.raises(InvalidValue):
        store.sources.apply_new_url(alive.id)


def test_search_provider_folds_accents_and_respects_filters(store, client_id: int) -> None:  # noqa: ANN001
    mine = store.sources.create(
        client_id, "https://oeuvre.example", title="Œuvre de la pâtisserie", tags=["Événements"]
    )
    store.sources.create(None, "https://commun.example", title="Pâtisserie commune")
    other = store.clients.create("Autre").id
    store.sources.create(other, "https://autre.example", title="Pâtisserie d’ailleurs")
    hits = search_all(store, "patisserie", SearchFilters(client_id=client_id))["sources"]
    assert {hit.title for hit in hits} == {"Œuvre de la pâtisserie", "Pâtisserie commune"}
    assert "<mark>" in hits[0].snippet_html
    assert [h.id for h in search_all(store, "oeuvre", SearchFilters(client_id=client_id))["sources"]] == [
        mine.id
    ]
    tagged = search_all(store, "patisserie", SearchFilters(client_id=client_id, tag="événements"))["sources"]
    assert [h.id for h in tagged] == [mine.id]
    assert len(search_all(store, "patisserie")["sources"]) == 3
    store.trash.move_to_trash("sources", mine.id)
    assert "sources" not in search_all(store, "oeuvre", SearchFilters(client_id=client_id))
    store.trash.purge("sources", mine.id)
    assert store.db.execute("SELECT count(*) FROM sources_fts WHERE rowid = ?", [mine.id]).fetchone()[0] == 0


def test_starred_sources_are_listed_for_the_press_review(store, client_id: int) -> None:  # noqa: ANN001
    a = store.sources.create(client_id, "https://a.example")
    store.sources.create(client_id, "https://b.example")
    assert store.sources.set_starred(a.id, True).starred
    assert [s.id for s in store.sources.list(client_id, starred_only=True)] == [a.id]
