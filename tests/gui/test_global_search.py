"""The global search palette (Ctrl+K) in the real main window: accent-free search of a note just
written, grouped highlighted results, filters, stale answers dropped, Enter opens the hit."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.notes.page import NotesPage
from cmtoolbox.gui.search.palette import GlobalSearchPalette
from cmtoolbox.storage.store import Store


def settle(run, ctx, seconds: float = 0.0) -> None:  # noqa: ANN001
    if seconds:
        run(asyncio.sleep(seconds))
    run(ctx.tasks.idle())


def make_window(qtbot, ctx, run) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    settle(run, ctx)
    return window


def type_query(qtbot, run, ctx, palette: GlobalSearchPalette, text: str) -> None:  # noqa: ANN001
    palette.query.clear()
    qtbot.keyClicks(palette.query, text)  # ASCII only: accents are the point of the test
    settle(run, ctx, 0.2)
    assert palette.settled


def hit_titles(palette: GlobalSearchPalette) -> list[str]:
    return [hit.title for hit in palette.model.hits()]


def test_write_then_find_without_accents_and_open_with_enter(qtbot, ctx, run, store: Store) -> None:  # noqa: ANN001
    client = store.clients.create("Boulangerie Martin")
    other = store.notes.create(client.id, "Planning", "Livraisons du mardi")
    window = make_window(qtbot, ctx, run)
    window.show_section("notes")
    page: NotesPage = window.page("notes")  # type: ignore[assignment]
    run(page.controller.new_note())
    qtbot.keyClicks(page.editor.title, "Veille")
    page.editor.body.insertPlainText("Les réseaux sociaux, l’e-réputation et l’œuvre de l’association.")
    settle(run, ctx, page.autosaver.delay_ms / 1000 + 0.3)
    written = page.current_note
    assert written is not None
    run(page.open_note(other.id))

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.search_palette
    assert palette.isVisible() and palette.focusWidget() is palette.query
    type_query(qtbot, run, ctx, palette, "")
    assert palette.status.text() == "Type to search your notes."
    for typed in ("reseaux", "e-reputation", "oeuvre", "association", "l'association", "VEILLE", "rese"):
        type_query(qtbot, run, ctx, palette, typed)
        assert hit_titles(palette) == ["Veille"], typed
    # Grouped by kind, with the matched word highlighted.
    assert palette.model.data(palette.model.index(0, 0)) == "Notes"
    type_query(qtbot, run, ctx, palette, "reseaux")
    assert "<mark>réseaux</mark>" in palette.model.hits()[0].snippet_html
    assert palette.status.text() == "1 result"

    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    settle(run, ctx)
    assert not palette.isVisible()
    assert window.current_section == "notes" and page.current_note.id == written.id  # type: ignore[union-attr]


def test_up_down_and_nothing_found(qtbot, ctx, run, store: Store) -> None:  # noqa: ANN001
    client = store.clients.create("Boulangerie Martin")
    for title in ("Galette des rois", "Galette complète", "Galettes salées"):
        store.notes.create(client.id, title, "recette")
    window = make_window(qtbot, ctx, run)
    palette = window.open_search()
    type_query(qtbot, run, ctx, palette, "galet")
    assert len(hit_titles(palette)) == 3
    first = palette.results.currentIndex().row()
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    assert palette.results.currentIndex().row() == first + 1
    qtbot.keyClick(palette.query, Qt.Key.Key_Up)
    qtbot.keyClick(palette.query, Qt.Key.Key_Up)  # stays on the first hit, never on a header
    assert palette.results.currentIndex().row() == first
    type_query(qtbot, run, ctx, palette, "croissant")
    assert hit_titles(palette) == [] and palette.status.text() == "No results for “croissant”."
    qtbot.keyClick(palette.query, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_stale_answers_are_dropped(qtbot, ctx, run, store: Store) -> None:  # noqa: ANN001
    client = store.clients.create("Boulangerie Martin")
    store.notes.create(client.id, "Réseaux", "réseaux")
    window = make_window(qtbot, ctx, run)
    palette = window.open_search()
    palette.query.setText("reseaux")
    slow = palette.search_now()  # sent first, answered first...
    palette.query.setText("introuvable")
    latest = palette.search_now()  # ...but only the latest query's answer may show
    run(asyncio.gather(slow, latest))
    assert hit_titles(palette) == [] and palette.settled


def test_filters_client_tag_and_date_and_opening_switches_client(qtbot, ctx, run, store: Store) -> None:  # noqa: ANN001
    martin = store.clients.create("Boulangerie Martin")
    cafe = store.clients.create("Café Lumière")
    store.notes.create(martin.id, "Brioche Martin", "brioche", tags=["recette"])
    theirs = store.notes.create(cafe.id, "Brioche Café", "brioche")
    store.notes.create(None, "Brioche partagée", "brioche")
    window = make_window(qtbot, ctx, run)
    window.clients.select(martin.id)
    settle(run, ctx)
    palette = window.open_search()
    palette.scope.setCurrentIndex(palette.scope.findData("client"))
    type_query(qtbot, run, ctx, palette, "brioche")
    assert sorted(hit_titles(palette)) == ["Brioche Martin", "Brioche partagée"]
    palette.scope.setCurrentIndex(palette.scope.findData("all"))
    settle(run, ctx)
    assert len(hit_titles(palette)) == 3
    palette.tag.setEditText("#recette")
    settle(run, ctx, 0.2)
    assert hit_titles(palette) == ["Brioche Martin"]
    palette.tag.setEditText("")
    store.db.execute(
        "UPDATE notes SET updated_at = ? WHERE id = ?",
        [(datetime.now(UTC) - timedelta(days=60)).isoformat(), theirs.id],
    )
    store.db.conn.commit()
    palette.period.setCurrentIndex(palette.period.findData(30))
    settle(run, ctx, 0.2)
    assert "Brioche Café" not in hit_titles(palette) and len(hit_titles(palette)) == 2
    palette.period.setCurrentIndex(palette.period.findData(0))
    settle(run, ctx, 0.2)
    # Opening another client's note switches the client, then opens it.
    row = next(
        r for r in palette.model.hit_rows() if palette.model.data(palette.model.index(r, 0)) == "Brioche Café"
    )
    palette.results.setCurrentIndex(palette.model.index(row, 0))
    palette.open_current()
    settle(run, ctx)
    page: NotesPage = window.page("notes")  # type: ignore[assignment]
    assert window.clients.current.id == cafe.id  # type: ignore[union-attr]
    assert page.current_note is not None and page.current_note.id == theirs.id
