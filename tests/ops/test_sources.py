"""The Sources tab's operations on a real SQLite store: what each one writes, the Changes it
reports, that each undo puts things back (and its redo forward), and that one failing half-way
leaves nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmtoolbox.core.bookmarks_html import Bookmark, read_bookmarks
from cmtoolbox.core.fetch import LinkCheck
from cmtoolbox.core.urls import InvalidUrl
from cmtoolbox.ops import Outcome, call, execute
from cmtoolbox.ops import sources as ops
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.sources import DuplicateSource, ImportCancelled
from cmtoolbox.storage.store import Store


@pytest.fixture
def martin(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


def run(store: Store, fn, *args, **kwargs) -> Outcome:  # noqa: ANN001
    return execute(store, call(fn, *args, **kwargs))


def undo(store: Store, outcome: Outcome) -> Outcome:
    assert outcome.undo is not None
    return execute(store, outcome.undo)


def live_titles(store: Store, client_id: int) -> list[str]:
    return sorted(s.title for s in store.sources.list(client_id))


# -- reading ---------------------------------------------------------------------------------------
def test_listing_duplicates_and_export(store: Store, martin: int) -> None:
    own = store.sources.create(martin, "https://fournil.example/blog/", title="Fournil", tags=["pain"])
    store.sources.create(None, "https://magazine.example/", title="Magazine")
    other = store.clients.create("Autre").id
    store.sources.create(other, "https://ailleurs.example/", title="Ailleurs", tags=["autre"])
    listing = ops.list_sources(store, martin)
    assert sorted(s.title for s in listing.sources) == ["Fournil", "Magazine"]
    assert listing.tag_names == ["autre", "pain"]  # every tag, for completion
    # Issue 15: the same page written another way is found as a duplicate.
    for variant in ("https://www.fournil.example/blog", "HTTPS://fournil.example:443/blog?utm_source=x"):
        assert ops.find_duplicate(store, martin, variant).id == own.id  # type: ignore[union-attr]
    assert ops.find_duplicate(store, martin, variant, own.id) is None
    assert ops.find_duplicate(store, other, "https://fournil.example/blog") is None
    assert [s.id for s in ops.sources_by_id(store, martin, [own.id])] == [own.id]
    assert {b.url for b in ops.export_bookmarks(store, martin)} == {
        "https://fournil.example/blog/",
        "https://magazine.example/",
    }


# -- creating and editing --------------------------------------------------------------------------
def test_create_then_undo_trashes_and_redo_restores(store: Store, martin: int) -> None:
    values = ops.SourceValues("fournil.example", "Fournil", "blog", ("pain",), "levain", " Veille / Lyon ")
    outcome = run(store, ops.create_source, martin, values)
    created = outcome.value
    assert (created.url, created.folder, created.tags) == (
        "https://fournil.example",
        "Veille/Lyon",
        ("pain",),
    )
    assert outcome.changes.touches(Entity.SOURCES) and created.id in outcome.changes.ids_of(Entity.SOURCES)
    undone = undo(store, outcome)
    assert store.sources.list(martin) == [] and store.sources.get(created.id).deleted_at is not None
    undo(store, undone)
    assert live_titles(store, martin) == ["Fournil"]
    shared = run(store, ops.create_source, martin, ops.SourceValues("https://tous.example/", shared=True))
    assert shared.value.client_id is None


def test_create_refuses_bad_and_duplicate_addresses_writing_nothing(store: Store, martin: int) -> None:
    store.sources.create(martin, "https://fournil.example/", title="Fournil")
    with pytest.raises(InvalidUrl):
        run(store, ops.create_source, martin, ops.SourceValues("javascript:alert(1)"))
    with pytest.raises(DuplicateSource) as duplicate:
        run(store, ops.create_source, martin, ops.SourceValues("https://www.fournil.example", tags=("x",)))
    assert duplicate.value.existing.title == "Fournil"
    assert live_titles(store, martin) == ["Fournil"] and store.tags.names() == []


def test_save_source_and_its_undo_and_redo(store: Store, martin: int) -> None:
    source = store.sources.create(martin, "https://fournil.example/", title="Fournil", tags=["pain"])
    values = ops.SourceValues(
        "https://fournil.example/blog",
        "Le Fournil",
        "competitor",
        ("concurrent",),
        "à suivre",
        "Veille",
        True,
    )
    outcome = run(store, ops.save_source, source.id, values, martin)
    saved = store.sources.get(source.id)
    assert (saved.title, saved.kind, saved.tags, saved.folder, saved.shared) == (
        "Le Fournil",
        "competitor",
        ("concurrent",),
        "Veille",
        True,
    )
    redo = undo(store, outcome)
    back = store.sources.get(source.id)
    assert (back.url, back.title, back.tags, back.folder, back.client_id) == (
        "https://fournil.example/",
        "Fournil",
        ("pain",),
        "",
        martin,
    )
    undo(store, redo)
    assert store.sources.get(source.id).title == "Le Fournil"


def test_stars_visits_and_folders_with_undo(store: Store, martin: int) -> None:
    a = store.sources.create(martin, "https://a.example/", title="A")
    b = store.sources.create(martin, "https://b.example/", title="B")
    run(store, ops.star_sources, [a.id], True)
    outcome = run(store, ops.star_sources, [a.id, b.id], False)
    assert not store.sources.get(a.id).starred and outcome.value == 2
    undo(store, outcome)
    assert store.sources.get(a.id).starred and not store.sources.get(b.id).starred

    assert run(store, ops.mark_visited, [a.id, b.id]).value == 2
    assert store.sources.get(b.id).visited_at is not None

    moved = run(store, ops.move_to_folder, [a.id, b.id], "Veille/ Concurrents ")
    assert {store.sources.get(i).folder for i in (a.id, b.id)} == {"Veille/Concurrents"}
    redo = undo(store, moved)
    assert {store.sources.get(i).folder for i in (a.id, b.id)} == {""}
    undo(store, redo)
    assert store.sources.get(a.id).folder == "Veille/Concurrents"


def test_trash_and_restore_are_each_others_undo(store: Store, martin: int) -> None:
    a = store.sources.create(martin, "https://a.example/", title="A")
    b = store.sources.create(martin, "https://b.example/", title="B")
    outcome = run(store, ops.trash_sources, [a.id, b.id])
    assert outcome.value == 2 and store.sources.list(martin) == []
    assert outcome.changes.touches(Entity.SOURCES, Entity.TRASH)
    redo = undo(store, outcome)
    assert live_titles(store, martin) == ["A", "B"]
    undo(store, redo)
    assert store.sources.list(martin) == []
    run(store, ops.restore_sources, [a.id])
    assert live_titles(store, martin) == ["A"]


def test_an_operation_failing_half_way_leaves_nothing_written(store: Store, martin: int) -> None:
    a = store.sources.create(martin, "https://a.example/", title="A")
    b = store.sources.create(martin, "https://b.example/", title="B")
    with pytest.raises(NotFound):
        run(store, ops.trash_sources, [a.id, 999_999, b.id])  # A was trashed before the failure
    assert live_titles(store, martin) == ["A", "B"]
    with pytest.raises(NotFound):
        run(store, ops.move_to_folder, [a.id, 999_999], "Veille")
    assert store.sources.get(a.id).folder == ""
    assert not store.take_changes()  # nobody is told about a write that never happened


# -- import ----------------------------------------------------------------------------------------
def test_import_and_its_undo(store: Store, martin: int, fixtures_dir: Path) -> None:
    store.sources.create(martin, "https://deja.example/", title="Déjà là")
    bookmarks = [
        Bookmark("https://www.deja.example", "Déjà (www)", folder="Veille"),
        Bookmark("https://nouveau.example/a/", "Nouveau", folder="Veille/Lyon", tags=("pain",)),
        Bookmark("https://nouveau.example/a", "Nouveau sans slash"),
        Bookmark("place:folder=TOOLBAR", "Barre"),
    ]
    outcome = run(store, ops.import_bookmarks, martin, bookmarks, folders="folder", kind="blog")
    report = outcome.value
    assert (report.imported, report.duplicates, report.invalid) == (1, 2, 1)
    (imported,) = [s for s in store.sources.list(martin) if s.id in report.ids]
    assert (imported.folder, imported.kind, imported.tags) == ("Veille/Lyon", "blog", ("pain",))
    assert undo(store, outcome).undo is None  # deleted for good: no redo
    assert live_titles(store, martin) == ["Déjà là"] and store.trash.list() == []
    again = run(store, ops.import_bookmarks, martin, bookmarks[1:2])
    assert again.value.imported == 1  # not reported as a duplicate "in the trash"
    nothing = run(store, ops.import_bookmarks, martin, bookmarks[:1])
    assert nothing.value.imported == 0 and nothing.undo is None
    real = read_bookmarks((fixtures_dir / "bookmarks/nbp_firefox_nested.htm").read_bytes())
    assert run(store, ops.import_bookmarks, martin, real).value.imported > 5


def test_a_cancelled_import_keeps_nothing(store: Store, martin: int) -> None:
    bookmarks = [Bookmark(f"https://site{i}.example/", f"Site {i}") for i in range(60)]
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) > 0

    with pytest.raises(ImportCancelled):
        run(
            store,
            ops.import_bookmarks,
            martin,
            bookmarks,
            progress=lambda d, _t: seen.append(d),
            cancelled=cancelled,
        )
    assert store.sources.list(martin) == [] and store.tags.names() == []


# -- link check ------------------------------------------------------------------------------------
def test_link_checks_and_moved_addresses_with_undo(store: Store, martin: int) -> None:
    a = store.sources.create(martin, "https://a.example/", title="A")
    b = store.sources.create(martin, "https://b.example/", title="B")
    taken = store.sources.create(martin, "https://nouveau-b.example/", title="Déjà pris")
    checks = [
        (a.id, LinkCheck(a.url, "moved", 200, "https://a2.example/", new_url="https://a2.example/")),
        (
            b.id,
            LinkCheck(
                b.url, "moved", 200, "https://nouveau-b.example/", new_url="https://nouveau-b.example/"
            ),
        ),
        (taken.id, LinkCheck(taken.url, "dead", 404, error_code="not_found")),
    ]
    assert run(store, ops.record_link_checks, checks).value == 3
    assert store.sources.get(taken.id).link_status == "dead"
    outcome = run(store, ops.apply_moved, [a.id, b.id])
    assert outcome.value == ops.MovedReport(1, ("Déjà pris",))
    assert store.sources.get(a.id).url == "https://a2.example/" and store.sources.get(b.id).url == b.url
    redo = undo(store, outcome)
    assert store.sources.get(a.id).url == "https://a.example/"
    undo(store, redo)
    assert store.sources.get(a.id).url == "https://a2.example/"
    assert run(store, ops.apply_moved, [b.id]).undo is None  # nothing updated, nothing to undo
