"""A canary password typed into the real window must never reach a file the app writes.

The whole app is built (MainWindow, DbRunner, sample client, file logging at DEBUG, errors shown in real
dialogs as the app shows them), a password is typed into the account editor and saved, shown, copied, a
token added, an error provoked, the log fed a message holding the value, the automatic backup made, the
list exported, and the window closed with unsaved edits (saved on the way out). Then every file of the
data folder (database, -wal, -shm, logs, the automatic backups folder, preferences), the export and the
text of every dialog shown are searched for the value in the encodings a leak could take (UTF-8, UTF-16,
base64 as keyrings.alt's "plaintext" backend writes it).

Runs with the in-memory secret store everywhere, and against the real Secret Service when one is
available (`keyring` mark: skips locally without one, fails in CI).
"""

from __future__ import annotations

import base64
import logging
import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox.credentials import KeyringSecretStore, MemorySecretStore, describe_backend
from cmtoolbox.credentials.base import SecretStore, SecretStoreUnavailable
from cmtoolbox.gui.app import build_context
from cmtoolbox.gui.errors import describe, show_error
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.logs import setup_logging
from cmtoolbox.paths import backups_dir, database_path
from cmtoolbox.storage.db import ensure_recent_backup
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.store import Store
from tests.conftest import require
from tests.gui import conftest as gui_fixtures

KEYRING_SERVICE = "cmtoolbox-tests"
qloop = gui_fixtures.qloop  # the qasync loop fixtures of the GUI tests
run = gui_fixtures.run


def _forms(value: str) -> dict[str, bytes]:
    raw = value.encode("utf-8")
    return {
        "utf-8": raw,
        "utf-16-le": value.encode("utf-16-le"),
        "utf-16-be": value.encode("utf-16-be"),
        "base64": base64.b64encode(raw),
        "base64 (unpadded tail-free core)": base64.b64encode(raw)[: len(raw) // 3 * 4],
        "hex": raw.hex().encode(),
    }


def scan(paths: list[Path], value: str) -> list[str]:
    """Every (file, encoding) where `value` appears."""
    found: list[str] = []
    forms = _forms(value)
    for root in paths:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            found += [f"{path} ({name})" for name, needle in forms.items() if needle in data]
    return found


def test_scanner_finds_what_it_looks_for(tmp_path: Path) -> None:
    canary = "canari-" + secrets.token_hex(8)
    (tmp_path / "a.log").write_text(f"x {canary} y", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.cfg").write_bytes(base64.b64encode(canary.encode()))
    (tmp_path / "c.db").write_bytes(b"\x00" + canary.encode("utf-16-le"))
    hits = scan([tmp_path], canary)
    for name in ("a.log", "b.cfg", "c.db"):
        assert any(name in hit for hit in hits), name


def _dialog_texts(box: QMessageBox) -> str:
    return "\n".join([box.windowTitle(), box.text(), box.informativeText(), box.detailedText()])


def harvest_dialogs() -> list[str]:
    """Every text of the message boxes now on screen (the error dialogs), which are then closed."""
    texts: list[str] = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(_dialog_texts(widget))
            widget.done(0)
    return texts


def answer_on_close(button: QMessageBox.StandardButton, seen: list[str]) -> list[bool]:
    """Answer the question the window asks while it closes (a modal box), noting its texts."""
    wanted = [True]

    def answer() -> None:
        if not wanted[0]:
            return
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, answer)
            return
        wanted[0] = False
        seen.append(_dialog_texts(boxes[-1]))
        boxes[-1].button(button).click()

    QTimer.singleShot(0, answer)
    return wanted


def _backup_now(_store: Store, data_root: Path) -> Path | None:
    """The automatic backup as the app makes it at start, on the database thread."""
    return ensure_recent_backup(database_path(data_root))


def _session(
    data_root: Path,
    secret_store: SecretStore,
    qtbot,
    drive,
    tmp_path: Path,  # noqa: ANN001
    canary: str,
    *,
    provoke_keyring_error: bool,
) -> tuple[list[str], list[str]]:
    setup_logging(data_root, level=logging.DEBUG)
    store, _report = Store.open(data_root)
    create_sample_client(store)
    errors: list[BaseException] = []
    holder: list[MainWindow] = []

    def on_error(exc: BaseException) -> None:  # what the running app does: the readable dialog
        errors.append(exc)
        show_error(holder[0] if holder else None, exc)

    ctx = build_context(data_root, store, Preferences(data_root), secret_store, "en", on_error)
    window = MainWindow(ctx)
    holder.append(window)
    qtbot.addWidget(window)
    window.show()
    drive(window.clients.reload())
    window.show_section("accounts")
    page = window.page("accounts")
    drive(ctx.tasks.idle())
    assert not page.banner.isVisible()
    app = QApplication.instance()
    refs: list[str] = []
    dialogs: list[str] = []
    closed = False
    try:
        # Type a password into the real editor and save.
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        editor = page.editor
        qtbot.keyClicks(editor.handle_edit, "canarytest")
        qtbot.keyClicks(editor.login_edit, "cm@agence.example")
        qtbot.keyClicks(editor.rows[0].value_edit, canary)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        drive(ctx.tasks.idle())
        account = editor.account
        assert account is not None and account.handle == "canarytest", errors
        refs.append(account.secrets[0].ref)
        assert secret_store.get(account.secrets[0].ref) == canary  # the value did go somewhere: the keyring

        # Show it, copy it (the clipboard is wiped), add a token, edit notes: more writes to the WAL.
        qtbot.mouseClick(editor.rows[0].show_button, Qt.MouseButton.LeftButton)
        drive(ctx.tasks.idle())
        assert editor.rows[0].typed == canary
        qtbot.mouseClick(editor.rows[0].copy_button, Qt.MouseButton.LeftButton)
        drive(ctx.tasks.idle())
        assert QGuiApplication.clipboard().text() == canary
        page.clipboard.clear_now()
        assert QGuiApplication.clipboard().text() == ""
        token = editor.add_secret_row("token")
        qtbot.keyClicks(token.value_edit, canary + "-jeton")
        editor.notes_edit.setPlainText("Mot de passe changé le 3 mars")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        drive(ctx.tasks.idle())
        assert not [e for e in errors if isinstance(e, SecretStoreUnavailable)], errors
        assert [s.label for s in editor.account.secrets] == ["Password", "API token"]
        refs += [s.ref for s in editor.account.secrets if s.ref not in refs]

        # A refused save (duplicate handle) with the password typed: explained, nothing written.
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        editor.handle_edit.setText("canarytest")
        qtbot.keyClicks(editor.rows[0].value_edit, canary + "-bis")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        drive(ctx.tasks.idle())
        assert editor.problem.isVisible() and canary not in editor.problem.text()

        if provoke_keyring_error:
            # The keyring fails while the password is typed: the error dialog the user gets.
            quiet = getattr(app, "_cmtoolbox_quiet", False)
            app._cmtoolbox_quiet = False  # type: ignore[attr-defined]  # really show error dialogs
            try:
                secret_store._available = False  # type: ignore[attr-defined]
                editor.handle_edit.setText("canarytest2")
                qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
                drive(ctx.tasks.idle())
                assert any(isinstance(e, SecretStoreUnavailable) for e in errors)
                shown = harvest_dialogs()
                assert shown and "keyring" in shown[0], shown
                dialogs += shown
            finally:
                app._cmtoolbox_quiet = quiet  # type: ignore[attr-defined]
                secret_store._available = True  # type: ignore[attr-defined]
        for exc in errors:
            assert canary not in str(exc) and canary not in describe(exc) and canary not in repr(exc.args)

        # Code must not log secrets; if some did, the redactor masks what passed through the app.
        logging.getLogger("cmtoolbox.tests").warning("a careless message with %s inside", canary)
        logging.getLogger("cmtoolbox.tests").error("and a traceback", exc_info=ValueError(canary))

        exported = tmp_path / "export" / "comptes.csv"
        exported.parent.mkdir()
        assert drive(page.controller.export_to(exported)) >= 6
        assert "canarytest" in exported.read_text("utf-8-sig")
        # The automatic backup, as the app makes it at start (on the database thread).
        backup = drive(ctx.runner.read(_backup_now, data_root))
        assert backup is not None and backup.parent == backups_dir(data_root) and backup.stat().st_size > 0

        while_open = scan([data_root, exported.parent], canary)
        wal = Path(str(database_path(data_root)) + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the WAL was really there to search

        # Close with the password of a new account typed and unsaved: saved on the way out.
        editor.handle_edit.setText("canarytest-close")
        assert editor.is_dirty() and editor.rows[0].typed == canary + "-bis"
        answer_on_close(QMessageBox.StandardButton.Save, dialogs)
        assert window.close()
        closed = True
        assert "before closing" in dialogs[-1] and "canarytest-close" in dialogs[-1]
        assert editor.account is not None and editor.account.handle == "canarytest-close", errors
        refs += [s.ref for s in editor.account.secrets]
        assert secret_store.get(editor.account.secrets[0].ref) == canary + "-bis"
    finally:
        if not closed:
            page.revert()  # a failed step must not leave the close waiting on a question
            window.close()
        drive(ctx.tasks.idle())
        dialogs += harvest_dialogs()
        ctx.runner.close()
    ensure_recent_backup(database_path(data_root), max_age_hours=0)  # and one of the final state
    assert len(list(backups_dir(data_root).iterdir())) >= 2
    after_close = scan([data_root, exported.parent], canary)
    in_dialogs = [text for text in dialogs if any(form.decode() in text for form in _forms(canary).values())]
    return while_open + after_close + in_dialogs, refs


def test_canary_password_never_reaches_a_file(data_root: Path, qtbot, run, tmp_path: Path) -> None:  # noqa: ANN001
    canary = "canari-" + secrets.token_hex(8)
    leaks, _refs = _session(
        data_root, MemorySecretStore(), qtbot, run, tmp_path, canary, provoke_keyring_error=True
    )
    assert leaks == []
    log_text = (data_root / "logs" / "cmtoolbox.log").read_text("utf-8")
    assert "a careless message with ******** inside" in log_text  # the log was written, masked


@pytest.mark.keyring
def test_canary_with_the_real_keyring(data_root: Path, qtbot, run, tmp_path: Path) -> None:  # noqa: ANN001
    label, usable = describe_backend()
    require(usable, f"a real OS keyring is needed (found {label})")
    canary = "canari-" + secrets.token_hex(8)
    secret_store = KeyringSecretStore(service=KEYRING_SERVICE)
    refs: list[str] = []
    try:
        leaks, refs = _session(
            data_root, secret_store, qtbot, run, tmp_path, canary, provoke_keyring_error=False
        )
    finally:
        for ref in refs:
            secret_store.delete(ref)
    assert leaks == []
