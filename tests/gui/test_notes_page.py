"""The notebook page driven like a person would, on a real database: writing with autosave (after
typing stops, on client switch, on window close), wiki links and backlinks, revision history,
trash with undo, templates, the KPI calculator and the lazy list."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton, QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.notes.kpi_panel import FormulaDialog
from cmtoolbox.gui.notes.page import NotesPage
from cmtoolbox.gui.notes.template_picker import SaveTemplateDialog, TemplatePickerDialog
from cmtoolbox.storage.notes import NoteQuery
from cmtoolbox.storage.store import Store


def settle(run, ctx, seconds: float = 0.0) -> None:  # noqa: ANN001
    """Let timers fire and spawned work finish, on the real event loop."""
    if seconds:
        run(asyncio.sleep(seconds))
    run(ctx.tasks.idle())


def answer(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on the next visible dialog of `kind`, as a user would, once it shows up."""

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def click_yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def make_page(qtbot, ctx, run) -> NotesPage:  # noqa: ANN001
    clients = ClientSwitcher(ctx)
    run(clients.reload())
    page = NotesPage(ctx, clients)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    run(page.reload())
    return page


def click_link(qtbot, page: NotesPage, text: str) -> None:  # noqa: ANN001
    """Click the link showing `text` in the preview, with the mouse."""
    preview = page.editor.preview
    cursor = preview.document().find(text)
    assert not cursor.isNull(), f"{text!r} not in the preview"
    cursor.setPosition(cursor.selectionStart() + 1)
    rect = preview.cursorRect(cursor)
    qtbot.mouseClick(
        preview.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x() + 2, rect.center().y())
    )


@pytest.fixture
def martin(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


def test_write_a_note_autosaves_after_typing_stops(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    page = make_page(qtbot, ctx, run)
    assert page.list_panel.list_empty.isVisible() and "Ctrl+N" in page.list_panel.list_empty.text()
    run(page.controller.new_note())
    assert page.editor.title.hasFocus()
    qtbot.keyClicks(page.editor.title, "Brief galette")
    page.editor.body.setFocus()
    page.editor.body.insertPlainText("Les réseaux sociaux de l’association des commerçants")
    assert page.autosaver.dirty and page.editor.save_state.text() == "Editing…"
    settle(run, ctx, page.autosaver.delay_ms / 1000 + 0.3)
    note = store.notes.get(page.current_note.id)  # type: ignore[union-attr]
    assert (note.title, note.client_id) == ("Brief galette", martin)
    assert note.body == "Les réseaux sociaux de l’association des commerçants"
    assert page.editor.save_state.text() == "Saved" and not page.autosaver.dirty
    # The list shows it, the preview rendered it.
    assert page.list_panel.model.rowCount() == 1 and page.list_panel.model.summary(0).title == "Brief galette"  # type: ignore[union-attr]
    assert "réseaux sociaux" in page.editor.preview.toPlainText()


def test_autosave_on_client_switch(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    other = store.clients.create("Café Lumière").id
    mine = store.notes.create(martin, "Brief", "début")
    theirs = store.notes.create(other, "Carte", "menu")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.clients.select(martin)
    window.show_section("notes")
    page: NotesPage = window.page("notes")  # type: ignore[assignment]
    settle(run, ctx)
    run(page.open_note(mine.id))
    page.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    page.editor.body.insertPlainText(" et suite tapée juste avant de changer de client")
    assert page.autosaver.pending  # not saved yet: the debounce still runs
    window.clients.select(other)
    settle(run, ctx)
    assert store.notes.get(mine.id).body == "début et suite tapée juste avant de changer de client"
    assert store.revisions.latest("notes", mine.id).reason == "checkpoint"  # type: ignore[union-attr]
    assert [page.list_panel.model.summary(i).id for i in range(page.list_panel.model.rowCount())] == [
        theirs.id
    ]  # type: ignore[union-attr]
    # The note of the other client was closed; that client's note is opened instead.
    assert page.current_note is not None and page.current_note.id == theirs.id
    window.clients.select(martin)
    settle(run, ctx)
    assert page.current_note.id == mine.id  # the note last open for this client  # type: ignore[union-attr]


def test_autosave_on_window_close(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    note = store.notes.create(martin, "Compte rendu", "")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.show_section("notes")
    page: NotesPage = window.page("notes")  # type: ignore[assignment]
    settle(run, ctx)
    run(page.open_note(note.id))
    page.editor.body.insertPlainText("Décisions : tournage jeudi, budget validé.")
    assert page.autosaver.pending
    window.close()  # same path as File > Quit
    assert store.notes.get(note.id).body == "Décisions : tournage jeudi, budget validé."
    assert not page.autosaver.dirty


def test_switching_notes_saves_the_one_left(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    first = store.notes.create(martin, "Un", "a")
    second = store.notes.create(martin, "Deux", "b")
    page = make_page(qtbot, ctx, run)
    run(page.open_note(first.id))
    page.editor.body.insertPlainText("ajout ")
    page.list_panel.list.setCurrentIndex(
        page.list_panel.model.index(page.list_panel.model.row_of(second.id), 0)
    )  # click in the list
    settle(run, ctx)
    assert page.current_note.id == second.id and page.editor.body.toPlainText() == "b"  # type: ignore[union-attr]
    assert store.notes.get(first.id).body == "ajout a"


def test_follow_wiki_links_backlinks_and_create_missing(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    charte = store.notes.create(martin, "Charte éditoriale", "Ton chaleureux.")
    brief = store.notes.create(martin, "Brief", "Voir la [[charte ÉDITORIALE]] et les [[Idées de posts]].")
    page = make_page(qtbot, ctx, run)
    run(page.open_note(brief.id))
    settle(run, ctx, 0.1)
    html = page.editor.preview.html_source
    assert 'class="wikilink"' in html and 'class="wikilink missing"' in html  # the second one is red
    click_link(qtbot, page, "charte ÉDITORIALE")
    settle(run, ctx)
    assert page.current_note.id == charte.id  # type: ignore[union-attr]
    # Backlinks of the charter: the brief, one click away.
    assert page.backlinks.list.count() == 1 and page.backlinks.list.item(0).text() == "Brief"
    page.backlinks.list.itemClicked.emit(page.backlinks.list.item(0))
    settle(run, ctx)
    assert page.current_note.id == brief.id  # type: ignore[union-attr]
    # A link to a note that does not exist offers to create it.
    answer(QMessageBox, click_yes)
    click_link(qtbot, page, "Idées de posts")
    settle(run, ctx, 0.1)
    created = page.current_note
    assert created is not None and created.title == "Idées de posts" and created.client_id == martin
    assert [b.id for b in store.notes.backlinks(created.id)] == [brief.id]


def test_restore_a_revision_from_the_history(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    note = store.notes.create(martin, "Brief", "première version")
    page = make_page(qtbot, ctx, run)
    run(page.open_note(note.id))
    page.editor.body.selectAll()
    page.editor.body.insertPlainText("seconde version, moins bonne")
    dialog = run(page.dialogs.show_history())  # flushes first: the typed text is in the history
    assert [r.body for r in dialog.revisions] == ["seconde version, moins bonne", "première version"]
    dialog.select_row(1)
    assert "première" in dialog.view.toPlainText() or "première" in dialog.view.toHtml()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    settle(run, ctx)
    assert store.notes.get(note.id).body == "première version"
    assert page.editor.body.toPlainText() == "première version"  # the editor follows
    # Undoable: the replaced text is a revision too, restore it back.
    reasons = [(r.reason, r.body) for r in dialog.revisions]
    assert reasons[0] == ("restore", "première version")
    assert ("checkpoint", "seconde version, moins bonne") in reasons
    dialog.select_row(next(i for i, (_r, b) in enumerate(reasons) if b.startswith("seconde")))
    run(dialog.restore_selected())
    settle(run, ctx)
    assert page.editor.body.toPlainText() == "seconde version, moins bonne"
    dialog.close()


def test_trash_with_undo_then_trash_dialog(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    note = store.notes.create(martin, "À jeter", "texte")
    page = make_page(qtbot, ctx, run)
    run(page.open_note(note.id))
    page.editor.body.insertPlainText("ajout ")  # typed just before deleting: saved first
    run(page.controller.delete_current())
    settle(run, ctx)
    assert store.notes.get(note.id).deleted_at is not None
    assert store.notes.get(note.id).body == "ajout texte"
    assert page.current_note is None and page.list_panel.model.rowCount() == 0
    assert ctx.undo.undo_label == "“À jeter” moved to the trash"
    run(ctx.undo.undo())  # Edit ▸ Undo: back, and open again
    settle(run, ctx)
    assert store.notes.get(note.id).deleted_at is None and page.current_note.id == note.id  # type: ignore[union-attr]
    assert ctx.undo.redo_label == "“À jeter” moved to the trash"

    run(page.controller.delete_current())
    dialog = run(page.dialogs.show_trash())
    assert dialog.list.count() == 1 and "À jeter — deleted " in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    settle(run, ctx)
    assert store.notes.get(note.id).deleted_at is None and dialog.list.count() == 0
    assert page.current_note is not None and page.current_note.id == note.id  # shown again
    run(ctx.undo.undo())  # the restore is undone: the open dialog lists the note again
    settle(run, ctx)
    assert store.notes.get(note.id).deleted_at is not None and dialog.list.count() == 1
    assert page.current_note is None
    answer(QMessageBox, click_yes)
    run(dialog.empty_trash())
    assert store.trash.list() == [] and dialog.list.count() == 0
    dialog.close()


def test_delete_in_main_window_offers_undo_in_status_bar(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    note = store.notes.create(martin, "Brouillon d’idée", "x")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.show_section("notes")
    page: NotesPage = window.page("notes")  # type: ignore[assignment]
    settle(run, ctx)
    run(page.open_note(note.id))
    page.list_panel.list.setFocus()
    qtbot.keyClick(page.list_panel.list, Qt.Key.Key_Delete)
    settle(run, ctx)
    assert store.notes.get(note.id).deleted_at is not None
    assert "Brouillon d’idée" in window.statusBar().currentMessage()
    undo = window.statusBar().findChild(QToolButton, "statusUndoButton")
    assert undo is not None and undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    settle(run, ctx)
    assert store.notes.get(note.id).deleted_at is None
    assert page.current_note is not None and page.current_note.id == note.id
    # Ctrl+Z with the focus in the list (no text field to take it): the window undoes the trip.
    page.list_panel.list.setFocus()
    qtbot.keyClick(page.list_panel.list, Qt.Key.Key_Delete)
    settle(run, ctx)
    assert store.notes.get(note.id).deleted_at is not None
    qtbot.keyClick(page.list_panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(run, ctx)
    assert store.notes.get(note.id).deleted_at is None


def test_shortcuts_work_right_after_a_click_in_the_sidebar(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.show_section("notes")
    page: NotesPage = window.page("notes")  # type: ignore[assignment]
    settle(run, ctx)
    row = window.nav.visualItemRect(window.nav.currentItem())
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert window.nav.hasFocus() and window.current_section == "notes"
    assert window.new_action.text() == "New &note"

    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the window's File ▸ New
    settle(run, ctx)
    assert page.current_note is not None and store.notes.count(NoteQuery(client_id=martin)) == 1
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    window.nav.setFocus()
    page.commands.side.setChecked(False)
    page.side.hide()
    qtbot.keyClick(window.nav, Qt.Key.Key_K, ctrl_shift)  # the page's own shortcut
    assert page.side.isVisible() and page.side.currentWidget() is page.kpi
    window.nav.setFocus()
    qtbot.keyClick(
        window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert page.editor.view_mode == "edit" and page.commands.modes["edit"].isChecked()
    # Hidden pages keep quiet: from another section the notebook's shortcut does nothing.
    window.show_section("library")
    page.side.hide()
    qtbot.keyClick(window.nav, Qt.Key.Key_K, ctrl_shift)
    assert not page.side.isVisible()


def test_undo_pin_move_and_restored_version(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    cafe = store.clients.create("Café Lumière").id
    note = store.notes.create(martin, "Brief", "première version")
    page = make_page(qtbot, ctx, run)
    run(page.open_note(note.id))
    page.commands.pin.trigger()
    settle(run, ctx)
    assert store.notes.get(note.id).pinned and ctx.undo.undo_label == "Note pinned"
    run(ctx.undo.undo())
    settle(run, ctx)
    assert not store.notes.get(note.id).pinned and not page.commands.pin.isChecked()

    page.editor.owner.setCurrentIndex(page.editor.owner.findData(cafe))
    page.editor.owner.activated.emit(page.editor.owner.currentIndex())
    settle(run, ctx)
    assert store.notes.get(note.id).client_id == cafe and ctx.undo.undo_label == "Note moved to Café Lumière"
    run(ctx.undo.undo())
    settle(run, ctx)
    assert store.notes.get(note.id).client_id == martin
    assert page.editor.owner.currentData() == martin

    page.editor.body.selectAll()
    page.editor.body.insertPlainText("seconde version")
    dialog = run(page.dialogs.show_history())
    dialog.select_row(1)
    run(dialog.restore_selected())
    settle(run, ctx)
    assert page.editor.body.toPlainText() == "première version"
    assert ctx.undo.undo_label == "Earlier version restored"
    run(ctx.undo.undo())  # the editor follows the text put back
    settle(run, ctx)
    assert store.notes.get(note.id).body == "seconde version"
    assert page.editor.body.toPlainText() == "seconde version"
    dialog.close()


@pytest.mark.parametrize(
    "language, title",
    [("fr", "Charte éditoriale — Boulangerie Martin"), ("en", "Editorial guidelines — Boulangerie Martin")],
)
def test_new_from_template_in_ui_language_and_own_templates(
    qtbot,
    ctx,
    run,
    store,
    martin,
    language,
    title,  # noqa: ANN001
) -> None:
    ctx.language = language
    page = make_page(qtbot, ctx, run)

    def pick(template_id: str | int, kind: str = "builtin") -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, TemplatePickerDialog)
            assert dialog.select(kind, template_id)  # type: ignore[arg-type]
            dialog.accept()

        return act

    answer(TemplatePickerDialog, pick("editorial-charter"))
    note = run(page.dialogs.choose_template())
    assert note.title == title and "Boulangerie Martin" in note.body
    assert page.current_note.id == note.id  # type: ignore[union-attr]
    page.editor.body.selectAll()
    page.editor.body.insertPlainText("## Ordre du jour\n\n- {{client}} : point du {{date}}")

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, SaveTemplateDialog)
        dialog.name.setText("Mon compte rendu")
        dialog.shared.setChecked(True)
        dialog.accept()

    answer(SaveTemplateDialog, name_it)
    template = run(page.dialogs.save_as_template())
    assert template.is_template and template.client_id is None
    assert [t.title for t in store.notes.templates(martin)] == ["Mon compte rendu"]
    answer(TemplatePickerDialog, pick(template.id, "user"))
    from_mine = run(page.dialogs.choose_template())
    assert from_mine.body.startswith("## Ordre du jour\n\n- Boulangerie Martin : point du ")


def test_kpi_calculator_inserts_into_the_note(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    ctx.language = "fr"
    note = store.notes.create(martin, "Reporting", "Résultats :")
    page = make_page(qtbot, ctx, run)
    run(page.open_note(note.id))
    page.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(
        page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert page.side.currentWidget() is page.kpi
    kpi = page.kpi
    kpi.select_formula("cpc")
    kpi.field("cost").setText("1 234,56")  # French decimal comma and thousands space
    kpi.field("clicks").setText("0")
    assert "zéro" in kpi.error.text() and not kpi.insert_button.isEnabled()
    kpi.field("clicks").setText("2 940")
    assert kpi.result.text() == "0,42\u00a0€" and kpi.insert_button.isEnabled()
    qtbot.mouseClick(kpi.insert_button, Qt.MouseButton.LeftButton)
    body = page.editor.text()  # no-break spaces kept (toPlainText would drop them)
    assert body.startswith("Résultats :\n\n**Coût par clic (CPC)\u00a0: 0,42\u00a0€**")
    assert "Calcul\u00a0: 1\u202f234,56\u00a0€ / 2\u202f940 = 0,42\u00a0€" in body
    settle(run, ctx, page.autosaver.delay_ms / 1000 + 0.3)
    assert store.notes.get(note.id).body == body
    assert "Coût par clic" in page.editor.preview.toPlainText()


def test_kpi_custom_formula_saved_per_client(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    page = make_page(qtbot, ctx, run)
    kpi = page.kpi

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, FormulaDialog)
        dialog.name.setText("ROAS")
        dialog.expression.setText("revenue / cost")
        dialog.accept()

    answer(FormulaDialog, fill)
    saved = run(kpi.edit_formula(None))
    assert saved is not None and [f.name for f in store.kpi_formulas.list(martin)] == ["ROAS"]
    assert kpi.formula.currentText().startswith("ROAS")
    kpi.field("revenue").setText("840")
    kpi.field("cost").setText("210")
    assert kpi.result.text() == "4"
    assert kpi.result_markdown().startswith("**ROAS: 4**")  # type: ignore[union-attr]


def test_preview_is_safe_and_opens_only_web_links_outside(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    note = store.notes.create(
        martin,
        "Liens",
        "[site](https://example.com/page) [piège](javascript:alert(1)) ![pixel](http://tracker.example/p.gif)",
    )
    page = make_page(qtbot, ctx, run)
    run(page.open_note(note.id))
    opened: list[str] = []
    page.editor.preview.open_externally = lambda url: opened.append(url.toString()) or True
    html = page.editor.preview.html_source
    assert "javascript" not in html and "<img" not in html and "remote-image" in html
    click_link(qtbot, page, "site")
    assert opened == ["https://example.com/page"]
    page.editor.preview.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.com/page"]


def test_lazy_list_with_many_notes(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    with store.transaction():
        for i in range(450):
            store.notes.create(martin, f"Note {i:03d}", f"texte {i}")
    page = make_page(qtbot, ctx, run)
    assert page.list_panel.model.total == 450 and page.list_panel.model.rowCount() == 200
    assert page.list_panel.count_label.text() in (
        "450 notes",
        "450 note(s)",
    )  # with or without the English catalogue
    page.list_panel.list.scrollToBottom()
    settle(run, ctx)
    page.list_panel.list.scrollToBottom()
    settle(run, ctx)
    assert page.list_panel.model.rowCount() == 450 and not page.list_panel.model.canFetchMore()
    assert page.list_panel.model.summary(0).title == "Note 449"  # type: ignore[union-attr]
    page.list_panel.filter.setText("449")
    settle(run, ctx, 0.3)
    assert page.list_panel.model.total == 1


def test_pin_tags_and_filters(qtbot, ctx, run, store, martin) -> None:  # noqa: ANN001
    first = store.notes.create(martin, "Ancienne", "a")
    store.notes.create(martin, "Récente", "b")
    page = make_page(qtbot, ctx, run)
    run(page.open_note(first.id))
    page.commands.pin.trigger()
    settle(run, ctx)
    assert store.notes.get(first.id).pinned and page.list_panel.model.summary(0).id == first.id  # type: ignore[union-attr]
    page.editor.tags.setText("Recette, #Galette")
    page.editor.tags.editingFinished.emit()
    settle(run, ctx)
    assert store.notes.get(first.id).tags == ("Galette", "Recette")
    page.list_panel.set_scope("tag", "Galette")
    settle(run, ctx)
    assert [page.list_panel.model.summary(i).id for i in range(page.list_panel.model.rowCount())] == [
        first.id
    ]  # type: ignore[union-attr]
    assert store.notes.count(NoteQuery(client_id=martin)) == 2


def test_remote_images_load_only_when_allowed(qtbot, ctx, run, store, martin, fixture_server) -> None:  # noqa: ANN001
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor(200, 40, 40))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    url = fixture_server.add_route("pixel.png", bytes(data), content_type="image/png")
    missing = fixture_server.url("status/404")
    note = store.notes.create(martin, "Veille", f"![photo]({url})\n\n![absente]({missing})")
    page = make_page(qtbot, ctx, run)
    run(page.open_note(note.id))
    preview = page.editor.preview
    preview.viewport().grab()  # painting asks for the pictures
    settle(run, ctx)
    assert fixture_server.requests_to("pixel.png") == []  # not allowed: never fetched (tracking pixels)
    assert "<img" not in preview.html_source

    page.commands.remote_note.trigger()  # “Load remote images in this note”
    settle(run, ctx)
    assert store.notes.get(note.id).allow_remote_images
    preview.viewport().grab()
    settle(run, ctx)  # the download runs through core.fetch, off the UI thread
    preview.viewport().grab()
    assert len(fixture_server.requests_to("pixel.png")) == 1
    loaded = preview.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
    assert isinstance(loaded, QImage) and loaded.size().width() == 40
    gone = preview.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(missing))
    assert not isinstance(gone, QImage) or gone.isNull()  # a 404 stays blank, no error
