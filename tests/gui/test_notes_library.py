"""The carnet and the library together, in the real main window: a picture imported into the
library (real files), inserted in a note through “Insert from library…”, shown inline by the
preview, listed under “Used in” in the library, and opening the note from there; paste and drop of
library items into a note; missing pictures; the sample charter's pictures."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from cmtoolbox.gui.library.mime import MEDIA_MIME, media_links
from cmtoolbox.gui.library.model import THUMB_ROLE
from cmtoolbox.gui.library.page import LibraryPage
from cmtoolbox.gui.library.picker import MediaPickerDialog
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.notes.page import NotesPage
from cmtoolbox.ops.clients import create_sample
from cmtoolbox.ops.notes import create_note
from cmtoolbox.storage.media import MediaQuery
from cmtoolbox.storage.sample_notes import EDITORIAL
from cmtoolbox.storage.store import Store

ORANGE = (230, 120, 30)


def set_alt_text(store: Store, media_id: int, alt: str) -> None:
    """What the library's detail panel does when the alt text is edited."""
    store.media.update(media_id, alt_text=alt)


def settle(run, ctx, seconds: float = 0.0) -> None:  # noqa: ANN001
    """Let timers fire and spawned work finish, on the real event loop."""
    if seconds:
        run(asyncio.sleep(seconds))
    run(ctx.tasks.idle())


def wait_until(run, condition, timeout: float = 5.0) -> None:  # noqa: ANN001
    """While a dialog is open its task waits for the user, so `ctx.tasks.idle()` would too: poll."""

    async def poll() -> None:
        for _ in range(int(timeout / 0.05)):
            if condition():
                return
            await asyncio.sleep(0.05)
        raise AssertionError("condition not met in time")

    run(poll())


def photo(path: Path, size: tuple[int, int] = (800, 600), color: tuple[int, int, int] = ORANGE) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG", quality=90)
    return path


def make_window(qtbot, ctx, run) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    run(window.clients.reload())
    settle(run, ctx, 0.1)
    return window


def import_into_library(window: MainWindow, run, ctx, path: Path) -> LibraryPage:  # noqa: ANN001
    window.show_section("library")
    library: LibraryPage = window.page("library")  # type: ignore[assignment]
    task = library.start_import([path])
    assert task is not None
    report = run(task)
    assert len(report.added) == 1
    settle(run, ctx, 0.3)
    return library


def open_note(window: MainWindow, run, ctx, note_id: int) -> NotesPage:  # noqa: ANN001
    window.show_section("notes")
    notes: NotesPage = window.page("notes")  # type: ignore[assignment]
    run(notes.open_note(note_id))
    settle(run, ctx)
    return notes


def colour_share(image: QImage, color: tuple[int, int, int], tolerance: int = 24) -> float:
    """The share of sampled pixels close to `color` (a picture painted in the preview)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            pixel = image.pixelColor(x, y)
            total += 1
            if all(
                abs(a - b) <= tolerance
                for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), color, strict=True)
            ):
                hits += 1
    return hits / max(total, 1)


@pytest.fixture
def client_id(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


def test_insert_from_library_preview_usage_and_back_to_the_note(
    qtbot,
    ctx,
    run,
    store: Store,
    client_id: int,
    tmp_path: Path,
    errors,  # noqa: ANN001
) -> None:
    charter = store.notes.create(client_id, "Charte visuelle", "Nos photos de viennoiseries.")
    other = store.notes.create(client_id, "Planning", "Rien à voir.")
    window = make_window(qtbot, ctx, run)
    library = import_into_library(window, run, ctx, photo(tmp_path / "croissants.jpg"))
    item = store.media.page(MediaQuery(client_id))[0]
    alt = "Trois croissants dorés sur une planche"
    run(ctx.runner.run(set_alt_text, item.id, alt))
    settle(run, ctx, 0.3)

    notes = open_note(window, run, ctx, charter.id)
    body = notes.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    assert notes.commands.insert_media.isEnabled()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(body, Qt.Key.Key_I, ctrl_shift)
    wait_until(run, lambda: notes.dialogs.media_dialog is not None)
    dialog = notes.dialogs.media_dialog
    assert isinstance(dialog, MediaPickerDialog)
    wait_until(run, lambda: dialog.model.rowCount() == 1)
    assert dialog.isVisible() and dialog.heading.text() == "Pictures of Boulangerie Martin"
    assert dialog.count.text() == "1 picture"
    first = dialog.model.index(0)
    # The grid reuses the library's model: the thumbnail is read off the UI thread.
    wait_until(run, lambda: isinstance(dialog.model.data(first, THUMB_ROLE), QImage))
    assert not dialog.model.data(first, THUMB_ROLE).isNull()
    assert dialog.detail.text() == f"Alt text: {alt}"

    # The search box filters, accent-insensitively, and says so when nothing matches.
    dialog.search.setText("galette")
    wait_until(run, lambda: dialog.model.rowCount() == 0)
    assert dialog.stack.currentWidget() is dialog.empty
    assert dialog.empty.text() == "No picture matches “galette”."
    assert not dialog.insert_button.isEnabled()
    dialog.search.setText("DORES")
    wait_until(run, lambda: dialog.model.rowCount() == 1)
    assert dialog.insert_button.isEnabled()

    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    settle(run, ctx, 0.1)
    link = f"![{alt}](media:{item.sha256})"
    assert notes.editor.text() == f"Nos photos de viennoiseries.\n\n{link}\n\n"

    # The preview shows the picture itself: sized for the preview, resolved from the library file.
    notes.editor.render_preview()
    preview = notes.editor.preview
    tag = re.search(rf'<img [^>]*src="(cmtoolbox-media:{item.sha256}#(\d+)x(\d+))"[^>]*>', preview.shown_html)
    assert tag is not None, preview.shown_html
    src, width, height = tag.group(1), int(tag.group(2)), int(tag.group(3))
    assert f'width="{width}" height="{height}"' in tag.group(0)
    assert width <= preview.viewport().width() and width * 600 == pytest.approx(height * 800, rel=0.02)
    resolved = preview.media_resolver(item.sha256)  # type: ignore[misc]
    assert resolved is not None and not resolved.isNull() and resolved.size().width() == 800
    shot = preview.viewport().grab().toImage()  # painting loads the resource
    resource = preview.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
    assert isinstance(resource, QImage) and (resource.width(), resource.height()) == (width, height)
    assert colour_share(shot, ORANGE) > 0.1, "the picture is not painted in the preview"

    # Autosaved; the library's “Used in” lists the note, and a click opens it.
    settle(run, ctx, notes.autosaver.delay_ms / 1000 + 0.3)
    assert link in store.notes.get(charter.id).body
    run(notes.open_note(other.id))
    window.show_section("library")
    settle(run, ctx, 0.3)
    assert library.detail.item is not None and library.detail.item.id == item.id
    assert library.detail.usage_rows() == ["→ Note: Charte visuelle"]
    usages = library.detail.usages_list
    assert usages.isVisibleTo(library.detail)
    row = usages.visualItemRect(usages.item(0))
    qtbot.mouseClick(usages.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    settle(run, ctx, 0.1)
    assert window.current_section == "notes"
    assert notes.current_note is not None and notes.current_note.id == charter.id
    assert errors == []


def test_picker_with_an_empty_library_and_cancel(
    qtbot,
    ctx,
    run,
    store: Store,
    client_id: int,
    errors,  # noqa: ANN001
) -> None:
    note = store.notes.create(client_id, "Brief", "Texte")
    window = make_window(qtbot, ctx, run)
    notes = open_note(window, run, ctx, note.id)
    task = notes.dialogs.insert_from_library()
    assert task is not None
    wait_until(run, lambda: notes.dialogs.media_dialog is not None)
    dialog = notes.dialogs.media_dialog
    assert dialog is not None
    wait_until(run, lambda: dialog.stack.currentWidget() is dialog.empty)
    assert "no pictures yet" in dialog.empty.text() and not dialog.insert_button.isEnabled()
    dialog.reject()
    assert run(task) == []
    assert notes.editor.text() == "Texte"
    assert errors == []


def test_paste_and_drop_library_items_into_a_note(
    qtbot,
    ctx,
    run,
    store: Store,
    client_id: int,
    tmp_path: Path,
    errors,  # noqa: ANN001
) -> None:
    note = store.notes.create(client_id, "Idées", "Story du matin")
    window = make_window(qtbot, ctx, run)
    library = import_into_library(window, run, ctx, photo(tmp_path / "pain.jpg", color=(40, 90, 200)))
    item = store.media.page(MediaQuery(client_id))[0]
    link = f"![pain.jpg](media:{item.sha256})"

    # Copy in the library (Ctrl+C), paste in the note: the link, not a file path.
    library.browser.view.setCurrentIndex(library.model.index(0))
    library.controller.copy_to_clipboard()
    settle(run, ctx)
    assert media_links(QGuiApplication.clipboard().mimeData()) == [link]
    notes = open_note(window, run, ctx, note.id)
    body = notes.editor.body
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.paste()
    assert notes.editor.text() == f"Story du matin\n\n{link}\n\n"

    # A drag from the library grid carries the same link; dropped inside a sentence it stays inline.
    notes.editor.body.setPlainText("Avant après")
    dragged = library.model.mimeData([library.model.index(0)])
    assert dragged.hasFormat(MEDIA_MIME) and dragged.urls()  # other apps still get the file
    cursor = body.textCursor()
    cursor.setPosition(len("Avant"))
    point = QPointF(body.cursorRect(cursor).center())
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(body.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point, Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(body.viewport(), drop)
    assert notes.editor.text() == f"Avant {link} après"

    # A forged payload with anything but a library link inserts nothing.
    forged = type(dragged)()
    forged.setData(MEDIA_MIME, b'["# pas une image", "![x](http://example.com/a.png)"]')
    assert media_links(forged) == []
    assert errors == []


def test_missing_picture_shows_a_clear_placeholder(
    qtbot,
    ctx,
    run,
    store: Store,
    client_id: int,
    errors,  # noqa: ANN001
) -> None:
    gone = "ab" * 32
    note = store.notes.create(client_id, "Ancienne charte", f"Logo :\n\n![Ancien logo](media:{gone})")
    window = make_window(qtbot, ctx, run)
    notes = open_note(window, run, ctx, note.id)
    notes.editor.render_preview()
    shown = notes.editor.preview.shown_html
    assert "Picture not found in the library: “Ancien logo”" in shown
    assert "<img" not in shown
    assert errors == []


def test_sample_charter_shows_library_pictures(qtbot, ctx, run, store: Store, errors) -> None:  # noqa: ANN001
    client = run(ctx.runner.run(create_sample))
    items = {i.original_name: i for i in store.media.page(MediaQuery(client.id))}
    logo, croissants = items["logo-boulangerie-martin.png"], items["croissants-du-matin.jpg"]
    charter = store.notes.resolve(EDITORIAL, client_id=client.id)
    assert charter is not None
    body = store.notes.get(charter.id).body
    assert f"(media:{logo.sha256})" in body and f"(media:{croissants.sha256})" in body
    assert [u.title for u in store.media.usages(logo.id)] == [EDITORIAL]

    window = make_window(qtbot, ctx, run)
    window.clients.select(client.id)
    settle(run, ctx, 0.2)
    notes = open_note(window, run, ctx, charter.id)
    notes.editor.render_preview()
    preview = notes.editor.preview
    for item in (logo, croissants):
        assert f'src="cmtoolbox-media:{item.sha256}#' in preview.shown_html
        image = preview.media_resolver(item.sha256)  # type: ignore[misc]
        assert image is not None and not image.isNull()
    assert "not found" not in preview.shown_html
    assert errors == []


def test_note_count_says_note_or_notes(qtbot, ctx, run, store: Store, client_id: int, errors) -> None:  # noqa: ANN001
    store.notes.create(client_id, "Seule", "")
    window = make_window(qtbot, ctx, run)
    window.show_section("notes")
    notes: NotesPage = window.page("notes")  # type: ignore[assignment]
    settle(run, ctx, 0.2)
    # "%Ln note(s)": the English catalogue gives "1 note" / "2 notes"; bare tests load none.
    assert notes.list_panel.count_label.text() in ("1 note", "1 note(s)")
    run(ctx.runner.run(create_note, client_id, "Deuxième", ""))
    settle(run, ctx, 0.3)
    assert notes.list_panel.count_label.text() in ("2 notes", "2 note(s)")
    assert errors == []
