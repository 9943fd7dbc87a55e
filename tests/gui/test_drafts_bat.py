"""Client approval through the real dialogs: export a proof of two sample drafts as HTML and PDF, mark
them as sent, then record an approval and a change request; and the PDF's layout pass."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from cmtoolbox.core.bat import render_sections
from cmtoolbox.gui.drafts.bat import export_bat, proof_paths, record_answers
from cmtoolbox.gui.drafts.bat_dialogs import AnswerDialog, ExportDialog
from cmtoolbox.gui.drafts.bat_pdf import is_page_break, printable_document
from cmtoolbox.ops import bat as bat_ops
from cmtoolbox.ops import drafts as draft_ops
from cmtoolbox.storage.samples import create_sample_client

TITLES = ("Anniversaire : 14 ans à la Croix-Rousse", "La tarte aux pralines revient")
PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _when_shown(kind: type[QWidget], act: Callable[[QWidget], None], name: str | None = None) -> None:
    """Answer the next visible `kind` (named `name`) the way a person would, polled from the loop."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, kind)
                and widget.isVisible()
                and (name is None or widget.objectName() == name)
            ):
                try:
                    act(widget)
                except BaseException:
                    widget.close()  # a failed check must not leave the flow waiting for ever
                    raise
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def wait_until(run, condition: Callable[[], bool], timeout: float = 30.0) -> None:  # noqa: ANN001
    """While a dialog is open its task waits for the user, so `ctx.tasks.idle()` would too: poll."""

    async def poll() -> None:
        for _ in range(int(timeout / 0.02)):
            if condition():
                return
            await asyncio.sleep(0.02)
        raise AssertionError("condition not met in time")

    run(poll(), timeout=timeout + 5)


def _save_as(path: Path) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()

    _when_shown(QFileDialog, act)


def _click(name: str, button: QMessageBox.StandardButton) -> None:
    _when_shown(QMessageBox, lambda box: box.button(button).click(), name)  # type: ignore[attr-defined]


@pytest.fixture
def sample(store) -> dict[str, int]:  # noqa: ANN001
    client = create_sample_client(store)
    rows = store.db.execute("SELECT title, id FROM drafts WHERE client_id = ?", [client.id]).fetchall()
    return {title: draft_id for title, draft_id in rows}


@pytest.fixture
def window(qtbot) -> QWidget:  # noqa: ANN001
    """The page the dialogs belong to (a dialog without a visible parent would quit the app)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[str]:  # noqa: ANN001
    urls: list[str] = []
    monkeypatch.setattr(
        "cmtoolbox.gui.drafts.bat.QDesktopServices.openUrl",
        lambda url: urls.append(url.toLocalFile()) or True,
    )
    return urls


def test_export_html_and_pdf_then_mark_as_sent(
    qtbot, ctx, run, store, sample, tmp_path, opened, window
) -> None:  # noqa: ANN001
    ids = [sample[t] for t in TITLES]

    def fill_export(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.html_box.setChecked(True)
        dialog.pdf_box.setChecked(True)
        dialog.name_edit.setText("Léa Dubois")
        dialog.export_button.click()

    _when_shown(ExportDialog, fill_export, "batExportDialog")
    _save_as(tmp_path / "BAT four et tarte.pdf")  # either extension: both files are written
    _click("batMarkSent", QMessageBox.StandardButton.Yes)
    first = run(export_bat(ctx, window, ids), timeout=60)

    html_path, pdf_path = tmp_path / "BAT four et tarte.html", tmp_path / "BAT four et tarte.pdf"
    assert first == html_path and html_path.is_file() and pdf_path.is_file()
    page = html_path.read_text("utf-8")
    assert "Prepared by Léa Dubois" in page  # the tests run in English
    for title in TITLES:
        assert title in page
    assert page.count("data:image/jpeg;base64,") == 3  # the shop window, on three networks
    assert not re.search(r"src\s*=\s*[\"']?https?:", page, re.IGNORECASE)
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF") and len(PAGE.findall(pdf)) >= 3  # the cover, then a page per draft
    assert opened == [str(tmp_path)]
    assert "waiting for the client's approval" in ctx.status.last

    assert [store.drafts.get(i).status for i in ids] == ["to_approve", "to_approve"]
    sent = max((e for e in draft_ops.draft_events(store, ids[1]) if e.kind == "sent"), key=lambda e: e.id)
    assert sent.text == "BAT sent: BAT four et tarte.html, BAT four et tarte.pdf"
    assert ctx.prefs.value("drafts/bat_cm_name") == "Léa Dubois"

    assert ctx.undo.undo_label == "Proof sent for approval"
    task = ctx.undo.undo()  # one undo puts both back
    assert task is not None
    run(task)
    assert [store.drafts.get(i).status for i in ids] == ["to_approve", "approved"]


def test_cancelling_the_export_writes_nothing(
    qtbot, ctx, run, store, sample, tmp_path, opened, window
) -> None:  # noqa: ANN001
    _when_shown(ExportDialog, lambda d: d.reject(), "batExportDialog")  # type: ignore[attr-defined]
    assert run(export_bat(ctx, window, [sample[TITLES[0]]])) is None

    def html_only(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.pdf_box.setChecked(False)
        dialog.html_box.setChecked(False)
        assert not dialog.export_button.isEnabled()  # at least one format
        dialog.html_box.setChecked(True)
        dialog.open_box.setChecked(False)
        dialog.export_button.click()

    _when_shown(ExportDialog, html_only, "batExportDialog")
    _save_as(tmp_path / "seul")
    _click("batMarkSent", QMessageBox.StandardButton.No)
    assert run(export_bat(ctx, window, [sample[TITLES[0]]])) == tmp_path / "seul.html"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["seul.html"]
    assert store.drafts.get(sample[TITLES[0]]).status == "to_approve" and opened == []
    assert not ctx.undo.can_undo


def test_record_an_approval_and_a_change_request(qtbot, ctx, run, store, sample, window) -> None:  # noqa: ANN001
    four, birthday = sample["Nouveau four à sole"], sample["Anniversaire : 14 ans à la Croix-Rousse"]

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, AnswerDialog)
        assert not dialog.record_button.isEnabled()  # nothing answered yet
        dialog.author_edit.setText("Claire Martin")
        dialog.rows[four].approved_button.setChecked(True)
        dialog.rows[four].words_edit.setPlainText("Parfait, on valide.")
        dialog.rows[birthday].changes_button.setChecked(True)
        dialog.rows[birthday].words_edit.setPlainText("Préciser le nombre de viennoiseries offertes.")
        dialog.record_button.click()

    _when_shown(AnswerDialog, answer, "batAnswerDialog")
    drafts = run(record_answers(ctx, window, [four, birthday]))
    assert [d.status for d in drafts] == ["approved", "draft"]
    assert "1 approved" in ctx.status.last and "1 with changes requested" in ctx.status.last
    approved = [e for e in draft_ops.draft_events(store, four) if e.kind == "approved"][-1]
    assert (approved.text, approved.author) == ("Parfait, on valide.", "Claire Martin")
    changes = [e for e in draft_ops.draft_events(store, birthday) if e.kind == "changes_requested"][-1]
    assert (
        changes.text == "Préciser le nombre de viennoiseries offertes."
        and changes.from_status == "to_approve"
    )
    assert draft_ops.open_draft(store, four).approved is not None

    assert ctx.undo.undo_label == "Client's answers"
    task = ctx.undo.undo()  # both answers in one step
    assert task is not None
    run(task)
    assert [store.drafts.get(i).status for i in (four, birthday)] == ["to_approve", "to_approve"]
    assert not [e for e in draft_ops.draft_events(store, birthday) if e.kind == "changes_requested"]

    # The next time, the dialog suggests who answered last.
    run(ctx.undo.redo())
    suggested: list[str] = []

    def look_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, AnswerDialog)
        suggested.append(dialog.author_edit.text())
        dialog.reject()

    _when_shown(AnswerDialog, look_and_cancel, "batAnswerDialog")
    assert run(record_answers(ctx, window, [four])) is None
    assert suggested == ["Claire Martin"]


def test_the_pdf_keeps_cards_and_answer_boxes_whole(qtbot, store, sample) -> None:  # noqa: ANN001
    ids = list(sample.values())[:8]
    page = QSizeF(680, 900)
    pictures: dict[str, object] = {}
    breaks = pages = 0
    for html in render_sections(bat_ops.proof_data(store, ids)):
        document = printable_document(html, page, pictures)
        layout = document.documentLayout()
        for frame in document.rootFrame().childFrames():
            rect = layout.frameBoundingRect(frame)
            breaks += is_page_break(frame.frameFormat())
            if rect.height() < page.height() * 0.95:
                assert int(rect.top() // page.height()) == int((rect.bottom() - 1) // page.height())
        pages += document.pageCount()
    assert breaks > 0  # some tables did need moving
    assert pages >= len(ids) + 1
    assert len(pictures) <= 5  # the sample's pictures, each decoded once for every section


def test_proof_paths() -> None:
    base = Path("/x")
    assert proof_paths(base / "BAT.pdf", True, True) == (base / "BAT.html", base / "BAT.pdf")
    assert proof_paths(base / "BAT M. Dupont", True, False) == (base / "BAT M. Dupont.html", None)
    assert proof_paths(base / "b.HTM", False, True) == (None, base / "b.pdf")


def test_from_the_drafts_page(qtbot, ctx, run, store, sample, tmp_path, opened) -> None:  # noqa: ANN001
    """The page's "Export BAT…" and "Record the client's answer…" on the drafts selected in its list."""
    from cmtoolbox.gui.clients import ClientSwitcher
    from cmtoolbox.gui.drafts.page import DraftsPage

    clients = ClientSwitcher(ctx)
    qtbot.addWidget(clients)
    run(clients.reload())
    page = DraftsPage(ctx, clients)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    run(page.reload())
    run(ctx.tasks.idle())
    ids = [sample[t] for t in TITLES]
    page.list_panel.select_ids(ids)
    assert sorted(page.list_panel.selected_ids()) == sorted(ids)

    def export(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.pdf_box.setChecked(False)
        dialog.export_button.click()

    _when_shown(ExportDialog, export, "batExportDialog")
    _save_as(tmp_path / "BAT.html")
    _click("batMarkSent", QMessageBox.StandardButton.Yes)
    page.commands.export_bat.trigger()
    wait_until(run, lambda: (tmp_path / "BAT.html").is_file() and not ctx.tasks.busy, timeout=30)
    assert [store.drafts.get(i).status for i in ids] == ["to_approve", "to_approve"]

    def approve_all(dialog: QWidget) -> None:
        assert isinstance(dialog, AnswerDialog)
        assert set(dialog.rows) == set(ids)
        dialog.findChild(QPushButton, "batAllApproved").click()
        dialog.record_button.click()

    page.list_panel.select_ids(ids)  # the list may have reloaded with the new statuses
    _when_shown(AnswerDialog, approve_all, "batAnswerDialog")
    page.commands.record_answers.trigger()
    wait_until(run, lambda: not ctx.tasks.busy, timeout=30)
    assert [store.drafts.get(i).status for i in ids] == ["approved", "approved"]
