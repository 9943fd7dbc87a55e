"""The notebook's operations (notes, trash, KPI formulas) on a real SQLite store: what each one
writes, the Changes it reports, and that each undo puts things back (and its redo forward)."""

from __future__ import annotations

import pytest

from cmtoolbox.core.kpi import CustomFormula
from cmtoolbox.ops import Outcome, call, execute
from cmtoolbox.ops import kpi as kpi_ops
from cmtoolbox.ops import notes as ops
from cmtoolbox.ops import trash as trash_ops
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.notes import PAGE_SIZE, NoteQuery
from cmtoolbox.storage.store import Store


@pytest.fixture
def martin(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


def run(store: Store, fn, *args, **kwargs) -> Outcome:  # noqa: ANN001
    return execute(store, call(fn, *args, **kwargs))


def undo(store: Store, outcome: Outcome) -> Outcome:
    assert outcome.undo is not None
    return execute(store, outcome.undo)


# -- reading ---------------------------------------------------------------------------------------
def test_listing_pages_and_text_filter(store: Store, martin: int) -> None:
    for i in range(PAGE_SIZE + 5):
        store.notes.create(martin, f"Note {i:03d}", "galette" if i % 2 else "brioche")
    store.notes.create(None, "Partagée", "galette")
    listing = ops.list_notes(store, NoteQuery(client_id=martin), PAGE_SIZE)
    assert listing.total == PAGE_SIZE + 6 and len(listing.rows) == PAGE_SIZE and listing.ids is None
    rest = ops.more_notes(store, NoteQuery(client_id=martin), None, PAGE_SIZE, PAGE_SIZE)
    assert len(rest) == 6
    found = ops.list_notes(store, NoteQuery(client_id=martin, text="galette"), 10)
    assert found.total == 103 and len(found.rows) == 10 and found.ids is not None
    assert [r.id for r in ops.more_notes(store, NoteQuery(), found.ids, 10, 5)] == found.ids[10:15]


def test_open_note_with_backlinks_links_and_filters(store: Store, martin: int) -> None:
    charte = store.notes.create(martin, "Charte", "ton", notebook="Marque", tags=["ton"])
    brief = store.notes.create(martin, "Brief", "Voir [[charte]] et [[Absente]]")
    opened = ops.open_note(store, charte.id)
    assert opened.note.id == charte.id and [b.id for b in opened.backlinks] == [brief.id]
    assert ops.existing_links(store, {"charte", "absente"}, martin) == {"charte"}
    assert ops.resolve_link(store, "CHARTE", martin).id == charte.id  # type: ignore[union-attr]
    assert ops.resolve_link(store, "Absente", martin) is None
    filters = ops.list_filters(store, martin)
    assert (filters.notebooks, filters.tags) == (["Marque"], ["ton"])
    with pytest.raises(NotFound):
        ops.open_note(store, 999)


# -- writing ---------------------------------------------------------------------------------------
def test_create_and_autosave_keep_revisions(store: Store, martin: int) -> None:
    created = run(store, ops.create_note, martin, "Brief", "début", tags=("galette",), notebook="Clients")
    note = created.value
    assert created.changes.touches(Entity.NOTES) and created.undo is None
    assert (note.tags, note.notebook) == (("galette",), "Clients")
    saved = run(store, ops.save_note, note.id, title="Brief", body="début et suite", checkpoint=True)
    assert saved.value.body == "début et suite" and saved.changes.ids_of(Entity.NOTES) == {note.id}
    assert store.revisions.latest(Entity.NOTES, note.id).reason == "checkpoint"  # type: ignore[union-attr]
    run(store, ops.save_note, note.id, title="Brief", body="encore")
    assert store.revisions.latest(Entity.NOTES, note.id).reason == "edit"  # type: ignore[union-attr]
    run(store, ops.checkpoint_note, note.id)
    assert store.revisions.latest(Entity.NOTES, note.id).reason == "checkpoint"  # type: ignore[union-attr]
    assert [r.body for r in ops.history(store, note.id)] == ["encore", "début et suite", "début"]


def test_pin_and_its_undo(store: Store, martin: int) -> None:
    note = store.notes.create(martin, "À épingler", "")
    pinned = run(store, ops.set_pinned, note.id, True)
    assert store.notes.get(note.id).pinned and pinned.changes.touches(Entity.NOTES)
    redo = undo(store, pinned)
    assert not store.notes.get(note.id).pinned
    undo(store, redo)
    assert store.notes.get(note.id).pinned


def test_move_note_to_another_client_and_back(store: Store, martin: int) -> None:
    cafe = store.clients.create("Café Lumière").id
    note = store.notes.create(martin, "Carte", "")
    moved = run(store, ops.move_note, note.id, cafe)
    assert store.notes.get(note.id).client_id == cafe
    assert moved.changes.client_ids == {martin, cafe}  # both lists refresh
    shared = undo(store, undo(store, moved))  # undo, then redo
    assert store.notes.get(note.id).client_id == cafe
    run(store, ops.move_note, note.id, None)
    assert store.notes.get(note.id).shared
    assert shared.undo is not None


def test_tags_notebook_and_remote_images(store: Store, martin: int) -> None:
    note = store.notes.create(martin, "Note", "")
    assert run(store, ops.set_tags, note.id, ["Recette", "#Galette"]).value.tags == ("Galette", "Recette")
    assert run(store, ops.set_notebook, note.id, "  Idées   de posts ").value.notebook == "Idées de posts"
    assert run(store, ops.set_remote_images, note.id, True).value.allow_remote_images
    assert ops.list_filters(store, martin).tags == ["Galette", "Recette"]


def test_trash_a_note_then_undo_and_redo(store: Store, martin: int) -> None:
    note = store.notes.create(martin, "À jeter", "texte")
    trashed = run(store, ops.move_to_trash, note.id)
    assert store.notes.get(note.id).deleted_at is not None
    assert trashed.changes.touches(Entity.NOTES, Entity.TRASH)
    restored = undo(store, trashed)
    assert store.notes.get(note.id).deleted_at is None and restored.changes.touches(Entity.TRASH)
    undo(store, restored)  # the redo
    assert store.notes.get(note.id).deleted_at is not None


def test_save_as_template(store: Store, martin: int) -> None:
    note = store.notes.create(martin, "Compte rendu", "## Ordre du jour", tags=["réunion"])
    template = run(store, ops.save_as_template, note.id, title="Mon modèle", shared=True).value
    assert template.is_template and template.client_id is None and template.tags == ("réunion",)
    assert [t.id for t in ops.templates(store, martin)] == [template.id]
    run(store, ops.move_to_trash, template.id)
    assert ops.templates(store, martin) == []


def test_restore_a_version_then_undo_and_redo(store: Store, martin: int) -> None:
    note = store.notes.create(martin, "Brief", "première version")
    store.notes.save(note.id, title="Brief", body="seconde version", checkpoint=True)
    first = ops.history(store, note.id)[-1]
    restored = run(store, ops.restore_version, first.id)
    assert store.notes.get(note.id).body == "première version"
    assert restored.changes.touches(Entity.NOTES, Entity.REVISIONS)
    redo = undo(store, restored)
    assert store.notes.get(note.id).body == "seconde version"
    undo(store, redo)
    assert store.notes.get(note.id).body == "première version"


def test_an_op_failing_half_way_leaves_nothing_written(store: Store, martin: int) -> None:
    note = store.notes.create(martin, "Gardée", "texte")
    # The first note goes to the trash, then the second target does not exist: all or nothing.
    with pytest.raises(NotFound):
        run(store, trash_ops.trash_items, [(Entity.NOTES, note.id), (Entity.NOTES, 999)])
    assert store.notes.get(note.id).deleted_at is None
    assert store.trash.list() == [] and not store.take_changes()


# -- the trash, for any entity -----------------------------------------------------------------------
def test_trash_lists_restores_and_purges_by_client(store: Store, martin: int) -> None:
    cafe = store.clients.create("Café Lumière").id
    mine = store.notes.create(martin, "Mienne", "")
    shared = store.notes.create(None, "Partagée", "")
    theirs = store.notes.create(cafe, "Leur note", "")
    run(store, trash_ops.trash_items, [(Entity.NOTES, n.id) for n in (mine, shared, theirs)])
    listed = trash_ops.list_items(store, client_id=martin, entities=(Entity.NOTES,))
    assert {i.id for i in listed} == {mine.id, shared.id}
    assert {i.id for i in trash_ops.list_items(store, client_id=None)} == {shared.id}
    assert len(trash_ops.list_items(store, every_client=True)) == 3
    assert trash_ops.list_items(store, every_client=True, entities=(Entity.SOURCES,)) == []

    back = run(store, trash_ops.restore_items, [(Entity.NOTES, mine.id), (Entity.NOTES, shared.id)])
    assert back.value == 2 and store.notes.get(mine.id).deleted_at is None
    undo(store, back)  # both go back to the trash at once
    assert {i.id for i in trash_ops.list_items(store, client_id=martin)} == {mine.id, shared.id}

    single = run(store, trash_ops.restore, Entity.NOTES, theirs.id)
    assert store.notes.get(theirs.id).deleted_at is None
    undo(store, single)
    assert store.notes.get(theirs.id).deleted_at is not None

    purged = run(store, trash_ops.purge_items, [(Entity.NOTES, mine.id)])
    assert purged.value == 1 and purged.undo is None
    with pytest.raises(NotFound):
        store.notes.get(mine.id)
    assert ops.history(store, mine.id) == []  # its revisions went with it
    assert run(store, trash_ops.empty_trash, client_id=martin).value == 1  # the shared one
    assert [i.id for i in trash_ops.list_items(store, every_client=True)] == [theirs.id]


def test_purging_a_live_record_fails_and_purges_nothing(store: Store, martin: int) -> None:
    gone = store.notes.create(martin, "Dans la corbeille", "")
    alive = store.notes.create(martin, "Vivante", "")
    store.notes.move_to_trash(gone.id)
    with pytest.raises(NotFound):
        run(store, trash_ops.purge_items, [(Entity.NOTES, gone.id), (Entity.NOTES, alive.id)])
    assert store.notes.get(gone.id).deleted_at is not None  # still in the trash


# -- KPI formulas ----------------------------------------------------------------------------------
def test_formulas_save_delete_and_undo(store: Store, martin: int) -> None:
    roas = CustomFormula("ROAS", "revenue / cost", ["revenue", "cost"])
    saved = run(store, kpi_ops.save_formula, martin, roas).value
    assert [f.name for f in kpi_ops.list_formulas(store, martin)] == ["ROAS"]
    renamed = CustomFormula("ROAS net", "revenue / cost", ["revenue", "cost"])
    assert run(store, kpi_ops.save_formula, None, renamed, saved.id).value.client_id is None
    with pytest.raises(InvalidValue):
        run(store, kpi_ops.save_formula, None, renamed)  # the name is taken
    deleted = run(store, kpi_ops.delete_formula, saved.id)
    assert kpi_ops.list_formulas(store, martin) == [] and deleted.changes.touches(Entity.USER_FORMULAS)
    again = undo(store, deleted)
    assert [(f.name, f.client_id) for f in kpi_ops.list_formulas(store, martin)] == [("ROAS net", None)]
    undo(store, again)  # the redo deletes it again
    assert kpi_ops.list_formulas(store, martin) == []
