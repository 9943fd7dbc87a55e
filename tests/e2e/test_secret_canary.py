"""A canary password typed into the real window must never reach a file the app writes.

The whole app is built (MainWindow, DbRunner, sample client, file logging at DEBUG), a password is typed
into the account editor and saved, shown, copied, a token added, an error provoked, the log fed a message
holding the value, a backup made and the list exported. Then every file of the data folder (database,
-wal, -shm, logs, backups, preferences) and the export are searched for the value in the encodings a leak
could take (UTF-8, UTF-16, base64 as keyrings.alt's "plaintext" backend writes it).

Runs with the in-memory secret store everywhere, and against the real Secret Service when one is
available (`keyring` mark: skips locally without one, fails in CI).
"""

from __future__ import annotations

import base64
import logging
import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from cmtoolbox.credentials import KeyringSecretStore, MemorySecretStore, describe_backend
from cmtoolbox.credentials.base import SecretStore, SecretStoreUnavailable
from cmtoolbox.gui.app import build_context
from cmtoolbox.gui.errors import describe
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.logs import setup_logging
from cmtoolbox.paths import database_path
from cmtoolbox.storage.db import backup_copy
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


def _session(data_root: Path, secret_store: SecretStore, qtbot, drive, tmp_path: Path,  # noqa: ANN001
             canary: str, *, provoke_keyring_error: bool) -> tuple[list[str], list[str]]:
    setup_logging(data_root, level=logging.DEBUG)
    store, _report = Store.open(data_root)
    create_sample_client(store)
    errors: list[BaseException] = []
    ctx = build_context(data_root, store, Preferences(data_root), secret_store, "en", errors.append)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    drive(window.clients.reload())
    window.show_section("accounts")
    page = window.page("accounts")
    drive(ctx.tasks.idle())
    assert not page.banner.isVisible()
    refs: list[str] = []
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
            secret_store._available = False  # type: ignore[attr-defined]
            editor.handle_edit.setText("canarytest2")
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            drive(ctx.tasks.idle())
            assert any(isinstance(e, SecretStoreUnavailable) for e in errors)
            secret_store._available = True  # type: ignore[attr-defined]
        for exc in errors:
            assert canary not in str(exc) and canary not in describe(exc) and canary not in repr(exc.args)

        # Code must not log secrets; if some did, the redactor masks what passed through the app.
        logging.getLogger("cmtoolbox.tests").warning("a careless message with %s inside", canary)
        logging.getLogger("cmtoolbox.tests").error("and a traceback", exc_info=ValueError(canary))

        exported = tmp_path / "export" / "comptes.csv"
        exported.parent.mkdir()
        assert drive(page.export_to(exported)) >= 6
        assert "canarytest" in exported.read_text("utf-8-sig")
        backup = backup_copy(database_path(data_root), "-canary")
        assert backup.exists()

        while_open = scan([data_root, exported.parent], canary)
        wal = Path(str(database_path(data_root)) + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the WAL was really there to search
    finally:
        window.close()
        drive(ctx.tasks.idle())
        ctx.runner.close()
    after_close = scan([data_root, exported.parent], canary)
    return while_open + after_close, refs


def test_canary_password_never_reaches_a_file(data_root: Path, qtbot, run, tmp_path: Path) -> None:  # noqa: ANN001
    canary = "canari-" + secrets.token_hex(8)
    leaks, _refs = _session(data_root, MemorySecretStore(), qtbot, run, tmp_path, canary,
                            provoke_keyring_error=True)
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
        leaks, refs = _session(data_root, secret_store, qtbot, run, tmp_path, canary,
                               provoke_keyring_error=False)
    finally:
        for ref in refs:
            secret_store.delete(ref)
    assert leaks == []
