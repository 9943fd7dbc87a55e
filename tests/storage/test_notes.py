"""Notes on a real database file: French-aware search, wiki links and backlinks, trash, templates,
tags, the lazy list queries and the user's KPI formulas."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cmtoolbox.core.kpi import CustomFormula
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.notes import NoteQuery, excerpt, title_key
from cmtoolbox.storage.search import SearchFilters, search_all
from cmtoolbox.storage.store import Store


@pytest.fixture
def client_id(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


def titles(store: Store, text: str, filters: SearchFilters | None = None) -> list[str]:
    return [hit.title for hit in search_all(store, text, filters).get("notes", [])]


@pytest.mark.parametrize(
    "body, typed",
    [
        ("Audit des réseaux sociaux", "reseaux"),
        ("Veille e-réputation hebdomadaire", "e-reputation"),
        ("Une œuvre collective du quartier", "oeuvre"),
        ("Le café de l’association des commerçants", "association"),
        ("Le café de l’association des commerçants", "l'association"),
        ("Le café de l'association des commerçants", "l’association"),
        ("Le café de l'association des commerçants", "association"),
        ("Brioche au beurre d’Isigny", "BRIOCHE"),
    ],
)
def test_accent_free_search_finds_french_text(store: Store, client_id: int, body: str, typed: str) -> None:
    store.notes.create(client_id, "Note", body)
    store.notes.create(client_id, "Autre", "Rien à voir : planning des livraisons")
    assert titles(store, typed) == ["Note"]


def test_prefix_matching_as_you_type_and_highlighted_snippets(store: Store, client_id: int) -> None:
    store.notes.create(client_id, "Idées", "Campagne pour la galette des rois en janvier")
    for typed in ("gal", "gale", "galet", "galette", "galette ro"):
        assert titles(store, typed) == ["Idées"], typed
    hit = search_all(store, "galette")["notes"][0]
    assert "<mark>galette</mark>" in hit.snippet_html
    # What the user typed is never FTS5 syntax.
    for hostile in ('"', "NEAR(", "title:", "AND OR", "^", "*", "(("):
        search_all(store, hostile)  # must not raise


def test_one_letter_is_a_word_not_a_prefix(store: Store, client_id: int) -> None:
    store.notes.create(client_id, "Galette", "galette")
    store.notes.create(client_id, "Vitamine", "la vitamine C du jus d’orange")
    assert titles(store, "g") == []
    assert titles(store, "ga") == ["Galette"]
    assert titles(store, "c") == ["Vitamine"]


def test_search_matches_title_and_tags_and_ranks_title_first(store: Store, client_id: int) -> None:
    store.notes.create(client_id, "Planning", "On parle de la charte ici, en passant.")
    store.notes.create(client_id, "Charte de modération", "Règles pour les commentaires")
    store.notes.create(client_id, "Sans rapport", "Rien", tags=["Événementiel"])
    assert titles(store, "charte") == ["Charte de modération", "Planning"]
    assert titles(store, "evenementiel") == ["Sans rapport"]


def test_search_filters_client_tag_date_and_skips_trash_and_templates(store: Store, client_id: int) -> None:
    other = store.clients.create("Café Lumière").id
    mine = store.notes.create(client_id, "Mine", "brioche", tags=["recette"])
    store.notes.create(other, "Theirs", "brioche")
    store.notes.create(None, "Shared", "brioche")
    trashed = store.notes.create(client_id, "Trashed", "brioche")
    store.notes.move_to_trash(trashed.id)
    store.notes.create(client_id, "Template", "brioche", is_template=True)
    assert sorted(titles(store, "brioche")) == ["Mine", "Shared", "Theirs"]
    assert sorted(titles(store, "brioche", SearchFilters(client_id=client_id))) == ["Mine", "Shared"]
    assert titles(store, "brioche", SearchFilters(tag="#Recette")) == ["Mine"]
    assert titles(store, "brioche", SearchFilters(tag="unknown")) == []
    future = datetime.now(UTC) + timedelta(days=1)
    assert titles(store, "brioche", SearchFilters(since=future)) == []
    assert len(titles(store, "brioche", SearchFilters(until=future))) == 3
    hit = search_all(store, "brioche", SearchFilters(client_id=client_id))["notes"]
    assert {h.id for h in hit} >= {mine.id}


def test_search_index_follows_edits_tags_and_purge(store: Store, client_id: int) -> None:
    note = store.notes.create(client_id, "Brief", "croissant")
    store.notes.save(note.id, title="Brief", body="pain au chocolat")
    assert titles(store, "croissant") == [] and titles(store, "chocolat") == ["Brief"]
    store.notes.set_tags(note.id, ["Viennoiserie"])
    assert titles(store, "viennoiserie") == ["Brief"]
    store.notes.move_to_trash(note.id)
    assert titles(store, "chocolat") == []
    store.trash.purge("notes", note.id)
    assert store.db.execute("SELECT count(*) FROM notes_fts").fetchone()[0] == 0
    assert store.revisions.count("notes", note.id) == 0


def test_wiki_links_resolve_by_folded_title_and_feed_backlinks(store: Store, client_id: int) -> None:
    brief = store.notes.create(
        client_id, "Brief client", "Voir [[Charte éditoriale]] et [[draft:Post galette]]"
    )
    charte = store.notes.create(client_id, "Charte éditoriale", "Rappel : [[brief   CLIENT|le brief]]")
    assert store.notes.resolve("charte  ÉDITORIALE", client_id=client_id).id == charte.id  # type: ignore[union-attr]
    assert store.notes.resolve("Inconnue", client_id=client_id) is None
    assert [b.id for b in store.notes.backlinks(charte.id)] == [brief.id]
    assert [b.id for b in store.notes.backlinks(brief.id)] == [charte.id]
    assert store.notes.links_of(brief.id) == [("note", "Charte éditoriale"), ("draft", "Post galette")]
    assert store.notes.existing_keys(
        [title_key("Charte éditoriale"), title_key("Absente")], client_id=client_id
    ) == {title_key("Charte éditoriale")}
    # Editing the link away removes the backlink; a trashed source no longer counts.
    store.notes.save(charte.id, title="Charte éditoriale", body="plus de lien")
    assert store.notes.backlinks(brief.id) == []
    store.notes.move_to_trash(brief.id)
    assert store.notes.backlinks(charte.id) == []


def test_links_resolve_within_client_then_shared(store: Store, client_id: int) -> None:
    other = store.clients.create("Café Lumière").id
    shared = store.notes.create(None, "Mentions légales", "commun")
    theirs = store.notes.create(other, "Ton", "tutoiement")
    mine = store.notes.create(client_id, "Ton", "vouvoiement")
    assert store.notes.resolve("Ton", client_id=client_id).id == mine.id  # type: ignore[union-attr]
    assert store.notes.resolve("Ton", client_id=other).id == theirs.id  # type: ignore[union-attr]
    assert store.notes.resolve("Mentions légales", client_id=other).id == shared.id  # type: ignore[union-attr]
    linker = store.notes.create(other, "Plan", "[[Ton]]")
    assert [b.id for b in store.notes.backlinks(theirs.id)] == [linker.id]
    assert store.notes.backlinks(mine.id) == []


def test_trash_restore_and_empty(store: Store, client_id: int) -> None:
    note = store.notes.create(client_id, "À supprimer", "texte")
    store.take_changes()
    store.notes.move_to_trash(note.id)
    changes = store.take_changes()
    assert changes.touches("notes") and changes.touches("trash")
    assert store.notes.count(NoteQuery(client_id=client_id)) == 0
    assert [(i.entity, i.title) for i in store.trash.list()] == [("notes", "À supprimer")]
    restored = store.notes.restore_from_trash(note.id)
    assert restored.deleted_at is None and store.notes.count(NoteQuery(client_id=client_id)) == 1
    store.notes.move_to_trash(note.id)
    assert store.trash.empty() == 1
    with pytest.raises(NotFound):
        store.notes.get(note.id)


def test_list_pages_pinned_first_then_recent_with_shared_notes(store: Store, client_id: int) -> None:
    other = store.clients.create("Café Lumière").id
    created = [store.notes.create(client_id, f"Note {i}", f"corps {i}") for i in range(7)]
    store.notes.create(other, "Ailleurs", "x")
    shared = store.notes.create(None, "Partagée", "x")
    store.notes.update(created[2].id, pinned=True)
    store.notes.save(created[0].id, title="Note 0", body="modifiée")
    query = NoteQuery(client_id=client_id)
    assert store.notes.count(query) == 8
    first, second = store.notes.page(query, 0, 5), store.notes.page(query, 5, 5)
    ordered = [s.title for s in first + second]
    assert ordered[:3] == ["Note 2", "Note 0", "Partagée"]
    assert len(ordered) == 8 and "Ailleurs" not in ordered
    assert store.notes.count(NoteQuery(client_id=client_id, include_shared=False)) == 7
    assert [s.id for s in store.notes.page(NoteQuery(client_id=None))] == [shared.id]
    assert [s.title for s in store.notes.page(NoteQuery(client_id=client_id, pinned_only=True))] == ["Note 2"]


def test_list_filters_by_tag_notebook_and_text_in_list_order(store: Store, client_id: int) -> None:
    a = store.notes.create(client_id, "Alpha", "galette des rois", tags=["Recette"], notebook="Idées")
    store.notes.create(client_id, "Beta", "pain", tags=["recette"])
    c = store.notes.create(client_id, "Gamma", "la galette", notebook="Idées")
    assert store.notes.count(NoteQuery(client_id=client_id, tag="RECETTE")) == 2
    assert store.notes.count(NoteQuery(client_id=client_id, tag="nope")) == 0
    assert [s.id for s in store.notes.page(NoteQuery(client_id=client_id, notebook="Idées"))] == [c.id, a.id]
    query = NoteQuery(client_id=client_id, text="galet")
    assert store.notes.count(query) == 2
    assert [s.id for s in store.notes.page(query)] == [c.id, a.id]
    assert store.notes.count(NoteQuery(client_id=client_id, text="  ")) == 3
    assert store.notes.notebooks(client_id) == ["Idées"]
    assert store.notes.tag_names(client_id) == ["Recette"]


def test_templates_per_client_and_shared(store: Store, client_id: int) -> None:
    other = store.clients.create("Café Lumière").id
    note = store.notes.create(client_id, "Compte rendu", "## Présents\n\n{{client}}", tags=["réunion"])
    template = store.notes.save_as_template(note.id, title="Mon compte rendu")
    shared = store.notes.save_as_template(note.id, title="CR commun", shared=True)
    assert template.is_template and template.client_id == client_id and template.tags == ("réunion",)
    assert [t.title for t in store.notes.templates(client_id)] == ["Mon compte rendu", "CR commun"]
    assert [t.id for t in store.notes.templates(other)] == [shared.id]
    # Templates stay out of the normal list and of search, but have their own list.
    assert store.notes.count(NoteQuery(client_id=client_id)) == 1
    assert store.notes.count(NoteQuery(client_id=client_id, templates=True)) == 2
    assert titles(store, "presents") == ["Compte rendu"]


def test_title_validation_and_metadata(store: Store, client_id: int) -> None:
    with pytest.raises(InvalidValue):
        store.notes.create(client_id, "x" * 201)
    note = store.notes.create(client_id, "  Titre   espacé  ", "b", notebook="  Mes   idées ")
    assert note.title == "Titre espacé" and note.notebook == "Mes idées"
    moved = store.notes.update(note.id, client_id=None, allow_remote_images=True)
    assert moved.shared and moved.allow_remote_images
    store.take_changes()
    store.notes.save(note.id, title=note.title, body="b")  # unchanged: no change broadcast
    assert not store.take_changes().touches("notes")


def test_excerpt_drops_markdown() -> None:
    assert excerpt("# Titre\n\n- [ ] **tâche** [[Lien]]\n> cité") == "tâche Lien cité"
    assert excerpt("## Sous-titre\ntexte") == "Sous-titre texte"
    assert len(excerpt("mot " * 200)) <= 140


def test_user_formulas_per_client(store: Store, client_id: int) -> None:
    other = store.clients.create("Café Lumière").id
    roas = CustomFormula("ROAS", "revenue / cost", ["revenue", "cost"])
    saved = store.kpi_formulas.save(client_id, roas)
    store.kpi_formulas.save(None, CustomFormula("Double", "x * 2", ["x"]))
    assert [f.name for f in store.kpi_formulas.list(client_id)] == ["ROAS", "Double"]
    assert [f.name for f in store.kpi_formulas.list(other)] == ["Double"]
    assert saved.formula.evaluate({"revenue": 840, "cost": 210}).value == 4
    with pytest.raises(InvalidValue) as info:
        store.kpi_formulas.save(client_id, CustomFormula("roas", "cost", ["cost"]))
    assert info.value.reason == "duplicate"
    store.kpi_formulas.save(
        other, CustomFormula("ROAS", "revenue / cost", ["revenue", "cost"])
    )  # other owner
    updated = store.kpi_formulas.save(
        client_id,
        CustomFormula("ROAS net", "(revenue - cost) / cost", ["revenue", "cost"]),
        formula_id=saved.id,
    )
    assert updated.id == saved.id and updated.name == "ROAS net"
    store.kpi_formulas.delete(saved.id)
    assert [f.name for f in store.kpi_formulas.list(client_id)] == ["Double"]
