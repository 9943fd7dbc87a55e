"""A huge paste never freezes an editor: past the limit nothing is pasted, the user is told, and
the text in the editor (and in the clipboard) is kept."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox.gui.notes.editor import NoteBody
from cmtoolbox.gui.widgets.post_editor import PostTextEdit
from cmtoolbox.gui.widgets.text_limits import NOTE_MAX_CHARS, POST_MAX_CHARS

HUGE = "Le croissant du matin. " * 450_000  # about 10 MB


def _mime(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    return data


def _refusals() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "pasteTooLong"
    ]


def test_a_10_mb_paste_into_a_note_is_refused_and_the_note_kept(qtbot) -> None:  # noqa: ANN001
    body = NoteBody()
    qtbot.addWidget(body)
    body.setPlainText("Brief du client")
    body.insertFromMimeData(_mime(HUGE))
    assert body.toPlainText() == "Brief du client"
    boxes = _refusals()
    assert boxes and "500" in boxes[-1].text()
    for box in boxes:
        box.close()


def test_a_paste_within_the_limit_goes_in(qtbot) -> None:  # noqa: ANN001
    body = NoteBody()
    qtbot.addWidget(body)
    body.insertFromMimeData(_mime("x" * (NOTE_MAX_CHARS - 10)))
    assert len(body.toPlainText()) == NOTE_MAX_CHARS - 10


def test_a_huge_paste_into_a_post_is_refused(qtbot) -> None:  # noqa: ANN001
    edit = PostTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Bonjour")
    edit.insertFromMimeData(_mime("y" * (POST_MAX_CHARS + 1)))
    assert edit.toPlainText() == "Bonjour"
    for box in _refusals():
        box.close()
    edit.selectAll()  # replacing the selection counts what stays, not what goes
    edit.insertFromMimeData(_mime("z" * POST_MAX_CHARS))
    assert len(edit.toPlainText()) == POST_MAX_CHARS
