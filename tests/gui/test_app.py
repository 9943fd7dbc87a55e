"""Start-up behaviour: first-run sample offer, error handling, damaged or newer databases."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox.gui import startup
from cmtoolbox.gui.app import offer_sample_client
from cmtoolbox.gui.errors import describe, install_excepthook
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.logs import setup_logging
from cmtoolbox.paths import database_path
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.samples import FIRST_RUN_KEY, SAMPLE_CLIENT_NAME
from cmtoolbox.storage.store import Store
from tests.gui.helpers import click_in_next_message_box


def test_first_run_offers_the_sample_client(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    run(window.clients.reload())
    click_in_next_message_box(QMessageBox.StandardButton.Yes)
    assert run(offer_sample_client(window)) is True
    assert window.clients.current.name == SAMPLE_CLIENT_NAME
    # Never offered twice.
    assert run(offer_sample_client(window)) is False
    assert store.settings.get(FIRST_RUN_KEY) is True


def test_declining_the_sample_is_remembered(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    click_in_next_message_box(QMessageBox.StandardButton.No)
    assert run(offer_sample_client(window)) is False
    assert store.clients.count() == 0 and store.settings.get(FIRST_RUN_KEY) is True


def test_excepthook_logs_and_explains(qtbot, data_root, monkeypatch) -> None:  # noqa: ANN001
    log_file = setup_logging(data_root)
    shown: list[BaseException] = []
    monkeypatch.setattr("cmtoolbox.gui.errors.show_error", lambda parent, exc, **kw: shown.append(exc))
    previous = sys.excepthook
    try:
        hook = install_excepthook(lambda: None)
        try:
            raise ValueError("kaboom in a slot")
        except ValueError as exc:
            hook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    logging.getLogger().handlers[-1].flush()
    assert "kaboom in a slot" in log_file.read_text(encoding="utf-8")
    assert len(shown) == 1


def test_messages_are_sentences_not_tracebacks() -> None:
    assert (
        describe(InvalidValue("x", field="name", reason="duplicate"))
        == "Another client already has this name."
    )
    full = OSError(28, "No space left on device")
    assert "disk is full" in describe(full)
    assert "Traceback" not in describe(RuntimeError("boom"))


def test_damaged_database_quiet_start_refuses_without_writing(data_root) -> None:  # noqa: ANN001
    path = database_path(data_root)
    path.write_bytes(b"not a database" * 100)
    before = path.read_bytes()
    assert startup.open_store_interactive(data_root, quiet=True) is None
    assert path.read_bytes() == before


def test_damaged_database_is_restored_from_the_automatic_copy(data_root, monkeypatch) -> None:  # noqa: ANN001
    from cmtoolbox.storage.db import ensure_recent_backup

    store, _ = Store.open(data_root)
    store.clients.create("Boulangerie Martin")
    store.close()
    ensure_recent_backup(database_path(data_root))
    database_path(data_root).write_bytes(b"garbage" * 500)
    offered: list[object] = []
    monkeypatch.setattr(startup, "_offer_restore", lambda path, copies: offered.append(copies) or copies[0])
    restored = startup.open_store_interactive(data_root)
    assert restored is not None and offered
    assert [c.name for c in restored.clients.list()] == ["Boulangerie Martin"]
    restored.close()


def test_user_can_quit_instead_of_restoring(data_root, monkeypatch) -> None:  # noqa: ANN001
    database_path(data_root).write_bytes(b"garbage" * 500)
    monkeypatch.setattr(startup, "_offer_restore", lambda path, copies: None)
    assert startup.open_store_interactive(data_root) is None


def test_error_dialog_details_never_show_a_registered_secret(qtbot, monkeypatch) -> None:  # noqa: ANN001
    from cmtoolbox.gui import errors
    from cmtoolbox.logs import REDACTOR

    REDACTOR.register("canary-Pa55-w0rd")
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: boxes.append(self))
    monkeypatch.setattr(QApplication.instance(), "_cmtoolbox_quiet", False, raising=False)
    errors.show_error(None, RuntimeError("keyring said: canary-Pa55-w0rd rejected"))
    assert boxes and "canary-Pa55-w0rd" not in boxes[0].detailedText() + boxes[0].text()
    assert "********" in boxes[0].detailedText()
