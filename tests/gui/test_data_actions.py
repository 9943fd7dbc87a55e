"""File ▸ Back up / Restore / Export and Clients ▸ End of contract, driven through the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.storage.samples import create_sample_client
from tests.gui.helpers import click_in_next_message_box


def _window(qtbot, ctx, run, monkeypatch) -> MainWindow:  # noqa: ANN001
    # The sections themselves are not needed here: their own tests drive them.
    monkeypatch.setattr("cmtoolbox.gui.main_window.page_factories", dict)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    return window


def answer_file_dialog(path: Path) -> None:
    """Choose `path` in the next file dialog, as a person typing its name would."""

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.findChild(QLineEdit, "fileNameEdit").setText(str(path))  # typed in full
                widget.accept()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def answer_input(text: str) -> None:
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QInputDialog) and widget.isVisible():
                widget.setTextValue(text)
                widget.accept()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def click_in_box_named(name: str, button: QMessageBox.StandardButton) -> None:
    """Like click_in_next_message_box, for the box with this object name only (several answers
    can then wait at once without answering each other's box)."""

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() and widget.objectName() == name:
                widget.button(button).click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_back_up_then_restore_through_the_file_menu(
    qtbot, ctx, run, store, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    create_sample_client(store)
    window = _window(qtbot, ctx, run, monkeypatch)
    archive = tmp_path / "sauvegarde.cmtbackup"
    answer_file_dialog(archive)
    manifest = run(window.data_actions.back_up_flow())
    assert archive.is_file() and manifest is not None and manifest.files
    assert "sauvegarde.cmtbackup" in ctx.status.last

    store.clients.create("Client added after the backup")
    answer_file_dialog(archive)
    click_in_next_message_box(QMessageBox.StandardButton.Yes)
    assert run(window.data_actions.restore_flow()) is True
    assert ctx.relaunch and len(ctx.exit_actions) == 1
    assert not window.isVisible()  # the app closes its database before the restore...
    ctx.runner.close()
    ctx.exit_actions[0]()  # ...which app.run performs, then starts again
    from cmtoolbox.storage.store import Store

    restored, _ = Store.open(ctx.root)
    assert [c.name for c in restored.clients.list()] == ["Boulangerie Martin"]
    restored.close()


def test_restore_refuses_a_damaged_archive(qtbot, ctx, run, store, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx, run, monkeypatch)
    bad = tmp_path / "broken.cmtbackup"
    bad.write_bytes(b"PK\x03\x04 truncated")
    answer_file_dialog(bad)
    click_in_next_message_box(QMessageBox.StandardButton.Ok)
    assert run(window.data_actions.restore_flow()) is False
    assert ctx.exit_actions == [] and window.isVisible()


def test_end_of_contract_exports_then_deletes(qtbot, ctx, run, store, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("cmtoolbox.gui.data_actions.QDesktopServices.openUrl", lambda _url: True)
    sample = create_sample_client(store)
    store.clients.create("Fleurs de Sophie")
    window = _window(qtbot, ctx, run, monkeypatch)
    window.clients.select(sample.id)
    assert window.end_contract_action.isEnabled()

    click_in_box_named("endContractIntro", QMessageBox.StandardButton.Ok)
    answer_file_dialog(tmp_path)
    answer_input("boulangerie martin")
    click_in_box_named("dataActionsMessage", QMessageBox.StandardButton.Ok)  # the summary
    summary = run(window.data_actions.end_contract_flow(sample))
    assert summary is not None and summary.rows["notes"] > 0
    exported = next(tmp_path.glob("CM Toolbox export Boulangerie Martin*"))
    assert (exported / "client.json").is_file() and any((exported / "notes").glob("*.md"))
    run(ctx.tasks.idle())
    assert [c.name for c in store.clients.list(include_archived=True)] == ["Fleurs de Sophie"]
    assert window.clients.current.name == "Fleurs de Sophie"


def test_end_of_contract_needs_the_exact_name(qtbot, ctx, run, store, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("cmtoolbox.gui.data_actions.QDesktopServices.openUrl", lambda _url: True)
    client = store.clients.create("Fleurs de Sophie")
    window = _window(qtbot, ctx, run, monkeypatch)
    click_in_box_named("endContractIntro", QMessageBox.StandardButton.Ok)
    answer_file_dialog(tmp_path)
    answer_input("Fleurs")
    assert run(window.data_actions.end_contract_flow(client)) is None
    assert store.clients.count() == 1 and "did not match" in ctx.status.last
