"""The Drafts section driven like a person would, on a real database: a new draft with two variants
that differ, a picture from the library with its format checks, a planned date typed whole, the
status workflow with its refusals, autosave when switching drafts, bulk actions with undo, the
version history, and the page contract in the real main window."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.drafts.page import DraftsPage
from cmtoolbox.gui.drafts.variants import VariantPanel
from cmtoolbox.gui.library.picker import MediaPickerDialog
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.widgets.text_limits import POST_MAX_CHARS
from cmtoolbox.ops import library as library_ops
from cmtoolbox.storage.drafts import DraftQuery
from cmtoolbox.storage.store import Store


def settle(run, ctx, seconds: float = 0.0) -> None:  # noqa: ANN001
    """Let timers fire and spawned work finish, on the real event loop."""
    if seconds:
        run(asyncio.sleep(seconds))
    run(ctx.tasks.idle())


def wait_until(run, condition, timeout: float = 5.0) -> None:  # noqa: ANN001
    """While a dialog is open its task waits for the user, so `ctx.tasks.idle()` would too: poll."""

    async def poll() -> None:
        for _ in range(int(timeout / 0.02)):
            if condition():
                return
            await asyncio.sleep(0.02)
        raise AssertionError("condition not met in time")

    run(poll())


def make_page(qtbot, ctx, run) -> DraftsPage:  # noqa: ANN001
    clients = ClientSwitcher(ctx)
    qtbot.addWidget(clients)
    run(clients.reload())
    page = DraftsPage(ctx, clients)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    run(page.reload())
    settle(run, ctx)
    return page


def type_in(edit, text: str) -> None:  # noqa: ANN001
    """Type at the end of a text field, as keystrokes (accented letters as key events)."""
    edit.setFocus()
    if hasattr(edit, "moveCursor"):
        edit.moveCursor(QTextCursor.MoveOperation.End)
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(edit, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
            )


def clear(edit) -> None:  # noqa: ANN001
    """Select all and delete, as a person would before typing another text."""
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    edit.setTextCursor(cursor)


def photo(path: Path, size: tuple[int, int]) -> Path:
    Image.new("RGB", size, (230, 120, 30)).save(path, "JPEG", quality=90)
    return path


@pytest.fixture
def martin(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


def test_a_draft_with_two_variants_a_picture_a_date_and_a_status(  # noqa: PLR0915 - one person's session
    qtbot, ctx, run, store: Store, martin: int, tmp_path: Path
) -> None:  # noqa: ANN001
    page = make_page(qtbot, ctx, run)
    assert page.new_item_text() == "New &draft"
    assert page.center.currentWidget() is page.empty
    run(page.new_item())
    settle(run, ctx)
    draft = page.current_draft
    assert draft is not None and draft.client_id == martin
    editor = page.editor
    assert editor.texts.networks() == ["instagram", "facebook", "linkedin"]  # the client's usual networks
    assert editor.texts.master.edit.hasFocus()

    type_in(editor.title, "Fournée du samedi")
    master = "Nouvelle fournée à 16 h : pain au levain et brioche dorée."
    type_in(editor.texts.master.edit, master)
    assert editor.save_state.text() == "Editing…"
    assert editor.texts.master.counters.chip("instagram").text() == f"Instagram {len(master)}/2200"

    # Instagram follows the master until it is edited; then it has its own text.
    editor.texts.show_panel("instagram")
    instagram = editor.texts.panel("instagram")
    assert isinstance(instagram, VariantPanel)
    assert instagram.follows and instagram.editor.text() == master
    assert instagram.badge.text() == "Follows the master" and not instagram.reset_button.isEnabled()
    type_in(instagram.editor.edit, " #lyon #boulangerie")
    assert not instagram.follows and instagram.badge.text() == "Own text for Instagram"
    assert editor.texts.tabText(editor.texts.indexOf(instagram)) == "Instagram ●"

    # One more network: X, with a short text of its own.
    run(page.draft_actions.add_variant("x"))
    settle(run, ctx)
    x = editor.texts.panel("x")
    assert x is not None and editor.texts.currentWidget() is x and x.follows
    clear(x.editor.edit)
    type_in(x.editor.edit, "Pain au levain à 16 h !")
    assert x.editor.counters.chip("x").text() == "X 23/280"
    settle(run, ctx, page.autosaver.delay_ms / 1000 + 0.3)
    stored = store.drafts.get(draft.id)
    assert (stored.title, stored.body) == ("Fournée du samedi", master)
    assert stored.variant("instagram").text == master + " #lyon #boulangerie"  # type: ignore[union-attr]
    assert stored.variant("x").text == "Pain au levain à 16 h !"  # type: ignore[union-attr]
    assert stored.variant("facebook").follows_master  # type: ignore[union-attr]
    assert set(stored.differing) == {"instagram", "x"}
    assert editor.save_state.text() == "Saved"

    # The master changes: Facebook follows it, Instagram keeps its own text.
    type_in(editor.texts.master.edit, " Dès 16 h.")
    settle(run, ctx, page.autosaver.delay_ms / 1000 + 0.3)
    stored = store.drafts.get(draft.id)
    assert stored.body.endswith("Dès 16 h.")
    assert stored.variant("facebook").text == stored.body  # type: ignore[union-attr]
    assert stored.variant("instagram").text.endswith("#boulangerie")  # type: ignore[union-attr]

    # "Reset to master" (undoable): Instagram follows again.
    instagram.reset_button.click()
    settle(run, ctx)
    assert instagram.follows and instagram.editor.text() == stored.body
    assert store.drafts.get(draft.id).variant("instagram").follows_master  # type: ignore[union-attr]
    run(ctx.undo.undo())
    settle(run, ctx)
    assert not instagram.follows and instagram.editor.text().endswith("#boulangerie")

    # A picture from the library, for the whole draft, checked against each network.
    item = run(
        ctx.runner.run(library_ops.import_file, photo(tmp_path / "croissants.jpg", (1080, 1350)), martin)
    )
    editor.media.strip("").attach_button.click()
    wait_until(run, lambda: page.draft_actions.media_dialog is not None)
    dialog = page.draft_actions.media_dialog
    assert isinstance(dialog, MediaPickerDialog) and dialog.windowTitle() == "Attach from the library"
    wait_until(run, lambda: dialog.model.rowCount() == 1 and dialog.insert_button.isEnabled())
    dialog.insert_button.click()
    settle(run, ctx)
    assert store.drafts.get(draft.id).media_ids == (item.item.id,)
    strip = editor.media.strip("")
    row = strip.list.item(0).text()
    assert row.startswith("croissants") and "✓ Instagram" in row and "✓ X" in row
    assert [u.entity for u in store.media.usages(item.item.id)] == ["drafts"]

    # Planned: the date typed whole, four-digit year, in the zone shown beside it.
    planning = editor.planning
    planning.check.setChecked(True)
    settle(run, ctx)
    planning.date.setFocus()
    planning.date.lineEdit().selectAll()
    typed = QDate(2027, 12, 31).toString(planning.date.displayFormat())  # the UI language's format
    assert "2027" in typed
    QTest.keyClicks(planning.date, typed)
    planning.time.setTime(planning.time.time().fromString("18:30", "HH:mm"))
    planning.commit()
    settle(run, ctx)
    planned = store.drafts.get(draft.id).planned
    assert planned is not None and planned.wall == datetime.combine(date(2027, 12, 31), time(18, 30))
    assert planning.zone_label.text().startswith(planning.zone.replace("_", " "))

    # Status: "scheduled" works once planned; unplanning puts it back to "approved".
    editor.status.status_chosen.emit("scheduled")
    settle(run, ctx)
    assert store.drafts.get(draft.id).status == "scheduled" and editor.status.status() == "scheduled"
    planning.check.setChecked(False)
    settle(run, ctx)
    assert store.drafts.get(draft.id).status == "approved" and editor.status.status() == "approved"
    editor.status.status_chosen.emit("scheduled")  # refused without a date: said, and shown as stored
    settle(run, ctx)
    assert ctx.status.last == "Plan a date and time before marking a draft as scheduled."
    assert editor.status.status() == "approved"
    lines = editor.events.lines()
    assert any("Status: Draft → Scheduled" in line for line in lines), lines


def test_switching_drafts_saves_what_was_typed_at_once(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    first = store.drafts.create(martin, title="Galette", body="Galette des rois", networks=["instagram"])
    second = store.drafts.create(martin, title="Atelier", body="Atelier pain", networks=["facebook"])
    page = make_page(qtbot, ctx, run)
    run(page.open_draft(first.id))
    type_in(page.editor.texts.master.edit, " à la frangipane")
    type_in(page.editor.notes, "Photo : Julien")
    page.editor.tags.setText("fêtes, galette")
    page.editor.tags.editingFinished.emit()  # leaving the field
    assert store.drafts.get(first.id).body == "Galette des rois", "not on every keystroke"
    opening = page.open_draft(second.id)  # before the autosave delay: the text must not be lost
    run(opening)
    assert store.drafts.get(first.id).body == "Galette des rois à la frangipane"
    assert store.drafts.get(first.id).notes == "Photo : Julien"
    assert store.drafts.get(first.id).tags == ("fêtes", "galette")
    assert page.current_draft.id == second.id and page.editor.texts.master.text() == "Atelier pain"
    assert page.editor.texts.networks() == ["facebook"]
    run(page.open_draft(first.id))
    assert page.editor.texts.master.text() == "Galette des rois à la frangipane"
    # Closing the window (flush) saves too.
    type_in(page.editor.texts.master.edit, " !")
    page.flush()
    assert store.drafts.get(first.id).body == "Galette des rois à la frangipane !"
    revisions = store.revisions.list("drafts", first.id)
    assert revisions[0].body.endswith("!")


def test_versions_are_browsed_and_restored(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    draft = store.drafts.create(martin, title="Marché", body="Marché de Noël", networks=["instagram"])
    store.drafts.save(
        draft.id, title="Marché", body="Marché de Noël", variants={"instagram": "Insta !"}, checkpoint=True
    )
    page = make_page(qtbot, ctx, run)
    run(page.open_draft(draft.id))
    type_in(page.editor.texts.master.edit, " place Carnot")
    dialog = run(page.draft_actions.show_history())
    texts = [dialog.revision_text(r) for r in dialog.revisions]
    assert texts[0] == "Marché de Noël place Carnot\n\n— Instagram —\nInsta !"
    dialog.select_row(len(dialog.revisions) - 1)  # the first version
    run(dialog.restore_selected())
    settle(run, ctx)
    assert page.editor.texts.master.text() == "Marché de Noël"
    assert page.editor.texts.panel("instagram").follows  # type: ignore[union-attr]
    dialog.close()


def test_bulk_status_archive_and_trash_with_undo(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    ids = [
        store.drafts.create(martin, title=f"Post {n}", body=f"Texte {n}", networks=["instagram"]).id
        for n in range(3)
    ]
    empty = store.drafts.create(martin, title="Idée vide", status="idea").id
    page = make_page(qtbot, ctx, run)
    panel = page.list_panel
    assert panel.model.rowCount() == 4 and panel.chips["draft"].text() == "Draft 3"
    panel.select_ids(ids[:2])
    assert panel.bulk_bar.isVisibleTo(page) and panel.selected_label.text() == "2 selected"

    panel.bulk_status_actions["to_approve"].trigger()
    settle(run, ctx)
    assert [store.drafts.get(i).status for i in ids] == ["to_approve", "to_approve", "draft"]
    assert panel.chips["to_approve"].text() == "To approve 2"
    run(ctx.undo.undo())
    settle(run, ctx)
    assert [store.drafts.get(i).status for i in ids] == ["draft", "draft", "draft"]

    # All or nothing: an empty idea cannot go to the client.
    panel.select_ids([ids[2], empty])
    panel.bulk_status_actions["to_approve"].trigger()
    settle(run, ctx)
    assert store.drafts.get(ids[2]).status == "draft" and "no text" in ctx.status.last

    panel.select_ids(ids[:2])
    panel.archive_button.click()
    settle(run, ctx)
    assert panel.model.rowCount() == 2, "archived drafts leave the working list"
    panel.set_status_filter({"archived"})
    settle(run, ctx)
    assert {panel.model.summary(r).id for r in range(panel.model.rowCount())} == set(ids[:2])
    panel.set_status_filter(set())
    settle(run, ctx)

    panel.select_ids([ids[2], empty])
    panel.trash_button.click()
    settle(run, ctx)
    assert panel.model.rowCount() == 0 and ctx.undo.undo_label == "2 drafts moved to the trash"
    run(ctx.undo.undo())
    settle(run, ctx)
    assert panel.model.rowCount() == 2 and store.drafts.exists(empty)


def test_filters_search_tags_networks_and_every_client(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    hotel = store.clients.create("Hôtel Bellecour").id
    store.drafts.create(
        martin, title="Galette", body="La galette des rois", networks=["instagram"], tags=["fêtes"]
    )
    store.drafts.create(martin, title="Recrutement", body="Nous recrutons", networks=["linkedin"])
    store.drafts.create(hotel, title="Suite", body="Notre suite rénovée", networks=["instagram"])
    page = make_page(qtbot, ctx, run)
    panel = page.list_panel

    def titles() -> list[str]:
        return sorted(panel.model.summary(r).title for r in range(panel.model.rowCount()))

    assert titles() == ["Galette", "Recrutement"]
    panel.search.setText("galete")  # a typo: no match
    settle(run, ctx, 0.3)
    assert titles() == [] and panel.list_empty.text() == "No draft matches these filters."
    panel.search.setText("GALETTE")
    settle(run, ctx, 0.3)
    assert titles() == ["Galette"]
    panel.search.clear()
    settle(run, ctx, 0.3)
    panel.network.setCurrentIndex(panel.network.findData("linkedin"))
    panel.apply_query()
    settle(run, ctx)
    assert titles() == ["Recrutement"]
    panel.network.setCurrentIndex(0)
    panel.tag.setCurrentIndex(panel.tag.findData("fêtes"))
    panel.apply_query()
    settle(run, ctx)
    assert titles() == ["Galette"]
    panel.tag.setCurrentIndex(0)
    panel.all_clients.setChecked(True)
    settle(run, ctx)
    assert titles() == ["Galette", "Recrutement", "Suite"] and panel.delegate.show_clients
    assert panel.model.client_names == {martin: "Boulangerie Martin", hotel: "Hôtel Bellecour"}


def test_page_contract_in_the_main_window(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    draft = store.drafts.create(martin, title="Galette", body="La galette des rois", networks=["instagram"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.show_section("drafts")
    settle(run, ctx)
    page = window.page("drafts")
    assert isinstance(page, DraftsPage)
    assert window.new_action.text() == "New &draft"
    wait_until(run, lambda: page.current_draft is not None)  # loaded once the event loop runs
    assert page.current_draft is not None and page.current_draft.id == draft.id  # the last one reopens

    # Ctrl+N from the sidebar: a new draft of the current client.
    window.nav.setFocus()
    window.new_action.trigger()
    settle(run, ctx)
    assert page.current_draft.id != draft.id
    assert len(store.drafts.page(DraftQuery(client_id=martin))) == 2

    # The section's shortcuts work right after a click in the sidebar (focus there).
    window.nav.setFocus()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(window.nav, Qt.Key.Key_2, ctrl_alt)
    assert page.views.currentWidget() is page.calendar and page.commands.view_calendar.isChecked()
    settle(run, ctx)
    window.nav.setFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_1, ctrl_alt)
    assert page.views.currentWidget() is page.splitter

    # Typing, then leaving the section: saved without waiting.
    type_in(page.editor.texts.master.edit, "Brioche")
    window.show_section("notes")
    settle(run, ctx)
    assert store.drafts.get(page.current_draft.id).body == "Brioche"

    # A search hit opens the draft on this page.
    window.show_section("notes")
    from cmtoolbox.storage.search import SearchHit

    window.open_search_hit(SearchHit(kind="drafts", id=draft.id, client_id=martin, title="", snippet_html=""))
    settle(run, ctx)
    assert window.current_section == "drafts" and page.current_draft.id == draft.id
    window.close()


def test_without_a_client_a_new_draft_is_explained(qtbot, ctx, run) -> None:  # noqa: ANN001
    page = make_page(qtbot, ctx, run)
    assert page.new_item() is None
    assert ctx.status.last == "Choose a client first: each draft belongs to a client."
    assert page.list_panel.list_empty.text() == "Choose a client to see their drafts."


def test_a_huge_paste_is_refused_and_explained(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    draft = store.drafts.create(martin, title="Galette", body="", networks=["x"])
    page = make_page(qtbot, ctx, run)
    run(page.open_draft(draft.id))
    mime = QMimeData()
    mime.setText("a" * (POST_MAX_CHARS + 1))
    edit = page.editor.texts.master.edit
    edit.insertFromMimeData(mime)
    assert edit.toPlainText() == ""
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.objectName() == "pasteTooLong" and "a post holds at most" in box.text()
    box.close()
    mime.setText("Pain au levain")
    edit.insertFromMimeData(mime)
    assert edit.toPlainText() == "Pain au levain"


def test_sample_client_drafts_and_the_dictionary(qtbot, ctx, run, store: Store) -> None:  # noqa: ANN001
    from cmtoolbox.ops.clients import create_sample

    client = run(ctx.runner.run(create_sample))
    page = make_page(qtbot, ctx, run)
    panel = page.list_panel
    counts = {s: int(chip.text().rsplit(" ", 1)[1]) for s, chip in panel.chips.items()}
    assert all(counts[s] >= 1 for s in counts), counts
    composer = [s for s in store.drafts.page(DraftQuery(client_id=client.id, text="canutine"))]
    assert [s.title for s in composer] == ["La canutine arrive"], "the composer's sample is one draft"
    run(page.open_draft(composer[0].id))
    settle(run, ctx)
    master = page.editor.texts.master
    assert master.text().startswith("Nouveau à la Croix-Rousse")
    assert master.underlined_words() == [], "the bakery's own word is in its dictionary"
    dialog = page.open_dictionary()
    settle(run, ctx)
    assert [dialog.words.item(i).text() for i in range(dialog.words.count())] == ["canutine"]
    dialog.words.item(0).setSelected(True)
    dialog.remove_button.click()
    settle(run, ctx)
    assert master.underlined_words() == ["canutine"], "the editor follows the dictionary"
    dialog.close()


def test_switching_client_saves_and_shows_the_other_clients_drafts(
    qtbot, ctx, run, store: Store, martin: int
) -> None:  # noqa: ANN001
    hotel = store.clients.create("Hôtel Bellecour").id
    bakery_draft = store.drafts.create(martin, title="Galette", body="Galette", networks=["instagram"])
    hotel_draft = store.drafts.create(hotel, title="Suite", body="Suite rénovée", networks=["linkedin"])
    page = make_page(qtbot, ctx, run)
    page.clients.select(martin)
    settle(run, ctx)
    assert page.current_draft is not None and page.current_draft.id == bakery_draft.id
    type_in(page.editor.texts.master.edit, " des rois")
    page.clients.select(hotel)  # before the autosave delay: the bakery's text must not be lost
    settle(run, ctx)
    assert store.drafts.get(bakery_draft.id).body == "Galette des rois"
    assert page.current_draft is not None and page.current_draft.id == hotel_draft.id
    assert [page.list_panel.model.summary(0).id] == [hotel_draft.id]


def test_trash_the_open_draft_and_restore_it(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    draft = store.drafts.create(martin, title="Galette", body="La galette", networks=["instagram"])
    page = make_page(qtbot, ctx, run)
    run(page.open_draft(draft.id))
    type_in(page.editor.texts.master.edit, " des rois")
    page.commands.trash.trigger()
    settle(run, ctx)
    assert not store.drafts.exists(draft.id) and store.drafts.get(draft.id).body == "La galette des rois"
    assert page.current_draft is None and page.center.currentWidget() is page.empty
    assert ctx.undo.undo_label == "Draft “Galette” moved to the trash"
    run(page.open_trash())
    dialog = page.trash_dialog
    assert dialog is not None and dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Galette — deleted")
    dialog.list.item(0).setSelected(True)
    run(dialog.restore_selected())
    settle(run, ctx)
    assert store.drafts.exists(draft.id) and page.current_draft is not None
    assert page.current_draft.id == draft.id, "a draft back from the trash opens again"
    dialog.close()


def test_a_long_list_loads_page_by_page(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    for n in range(450):
        store.drafts.create(martin, title=f"Post {n:03}", body="Texte", networks=["instagram"])
    page = make_page(qtbot, ctx, run)
    model = page.list_panel.model
    assert model.total == 450
    assert model.rowCount() == 200 and model.canFetchMore()
    page.list_panel.list.scrollToBottom()  # the view asks for the next page
    wait_until(run, lambda: model.rowCount() == 400)
    model.fetchMore()
    wait_until(run, lambda: model.rowCount() == 450)
    assert not model.canFetchMore() and page.list_panel.count_label.text() == "450 drafts"


def test_status_colours_are_readable_on_both_themes() -> None:
    from cmtoolbox.gui.drafts.list_status import STATUSES, status_colour
    from cmtoolbox.gui.theme import contrast_ratio

    for status in STATUSES:
        assert contrast_ratio(status_colour(status, dark=False), "#f0f0f0") >= 4.5, status
        assert contrast_ratio(status_colour(status, dark=True), "#2b2d31") >= 4.5, status
