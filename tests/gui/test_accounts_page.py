"""The Accounts page, driven like a person would: real widgets, real database, in-memory keyring."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget

from cmtoolbox.credentials import MemorySecretStore, SecretStoreUnavailable, new_secret_ref
from cmtoolbox.gui.accounts.page import AccountsPage
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.secure_clipboard import PASSWORD_MANAGER_HINT
from cmtoolbox.storage.accounts import AccountFields, SecretSpec, build_sample_accounts
from cmtoolbox.storage.search import SearchFilters, search_all

SECRET = "Tr0ub4dor&3-canard"


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Martin")


@pytest.fixture
def page(ctx, client, qtbot, run):  # noqa: ANN001, ANN201
    switcher = ClientSwitcher(ctx)
    widget = AccountsPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    run(switcher.reload())
    run(ctx.tasks.idle())
    widget.switcher = switcher  # type: ignore[attr-defined]
    return widget


def _settle(run, ctx) -> None:  # noqa: ANN001
    run(ctx.tasks.idle())


def _message_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return boxes[-1] if boxes else None


async def _answer(text: str | QMessageBox.StandardButton, timeout: float = 5) -> str:
    """Wait for the open message box and press the button with this text (or standard button)."""
    for _ in range(int(timeout / 0.02)):
        box = _message_box()
        if box is not None:
            question = box.text()
            if isinstance(text, QMessageBox.StandardButton):
                box.button(text).click()
            else:
                next(b for b in box.buttons() if b.text().replace("&", "") == text).click()
            return question
        await asyncio.sleep(0.02)
    raise AssertionError("no message box appeared")


def _select(page: AccountsPage, title: str) -> None:
    items = page.list.findItems(title, Qt.MatchFlag.MatchExactly, 0)
    assert items, [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]
    page.list.setCurrentItem(items[0])


def _add_account(
    store,
    client,
    secrets: MemorySecretStore,
    handle: str = "boulangeriemartin",  # noqa: ANN001
    network: str = "instagram",
    value: str = SECRET,
):  # noqa: ANN202
    ref = new_secret_ref("account")
    secrets.set(ref, value)
    return store.accounts.save(
        client.id, AccountFields(network, handle), [SecretSpec("password", "Password", ref)]
    )


def test_lists_the_client_accounts_and_opens_the_first(store, client, ctx, qtbot, run) -> None:  # noqa: ANN001
    build_sample_accounts(store, client)
    switcher = ClientSwitcher(ctx)
    page = AccountsPage(ctx, switcher)
    qtbot.addWidget(page)
    run(switcher.reload())
    _settle(run, ctx)
    titles = [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]
    assert "@boulangeriemartin" in titles and "Boulangerie Martin" in titles
    assert len(titles) == 5
    assert page.editor.account is not None
    assert page.heading.text() == "Accounts of Boulangerie Martin"
    page.filter_edit.setText("tiktok")
    visible = [
        page.list.topLevelItem(i)
        for i in range(page.list.topLevelItemCount())
        if not page.list.topLevelItem(i).isHidden()
    ]
    assert [i.text(1) for i in visible] == ["TikTok"]


def test_new_account_with_a_typed_password_goes_to_the_keyring_only(  # noqa: ANN001
    page, store, ctx, client, qtbot, run
) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.is_new and editor.rows and editor.rows[0].kind == "password"
    editor.network_combo.setCurrentIndex(editor.network_combo.findData("mastodon"))
    qtbot.keyClicks(editor.handle_edit, "@boulangerie@piaille.fr")
    qtbot.keyClicks(editor.login_edit, "contact@boulangerie.example")
    qtbot.keyClicks(editor.rows[0].value_edit, SECRET)
    assert editor.rows[0].value_edit.echoMode() == QLineEdit.EchoMode.Password
    editor.limit_spin.setValue(1000)
    editor.hashtags_edit.setText("#Lyon pain")
    assert editor.is_dirty()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)

    [account] = store.accounts.list(client.id)
    assert account.handle == "boulangerie@piaille.fr" and account.login == "contact@boulangerie.example"
    assert account.default_hashtags == ("#Lyon", "#pain")
    assert store.accounts.limits_for_client(client.id) == {"mastodon": 1000}
    [slot] = account.secrets
    assert ctx.secrets.get(slot.ref) == SECRET
    row = store.db.execute("SELECT * FROM account_secrets").fetchone()
    assert SECRET not in repr(row)
    assert not editor.is_dirty() and editor.account == account
    assert page.list.topLevelItemCount() == 1
    assert editor.rows[0].typed == ""  # after saving, the field is empty again: the value is in the keyring


def test_invalid_input_is_explained_and_nothing_is_lost(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.keyClicks(editor.rows[0].value_edit, SECRET)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    assert editor.problem.isVisible()
    assert "handle" in editor.problem.text()
    assert editor.rows[0].typed == SECRET  # nothing lost
    assert store.accounts.list(client.id) == []
    assert ctx.secrets._values == {}  # nothing written to the keyring for a refused save

    editor.handle_edit.setText("boulangerie")
    editor.profile_edit.setText("javascript:alert(1)")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    assert "profile address" in editor.problem.text()
    assert store.accounts.list(client.id) == []


def test_show_hide_reads_the_keyring_only_when_asked(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    _add_account(store, client, ctx.secrets)
    page.ctx.tasks.spawn(page.reload())
    _settle(run, ctx)
    row = page.editor.rows[0]
    assert row.typed == "" and row.stored
    assert "keyring" in row.value_edit.placeholderText()
    qtbot.mouseClick(row.show_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    assert row.typed == SECRET
    assert row.value_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert not page.editor.is_dirty()  # showing is not editing
    qtbot.mouseClick(row.show_button, Qt.MouseButton.LeftButton)
    assert row.value_edit.echoMode() == QLineEdit.EchoMode.Password


def test_copy_marks_the_secret_and_clears_the_clipboard(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    _add_account(store, client, ctx.secrets)
    page.ctx.tasks.spawn(page.reload())
    _settle(run, ctx)
    page.clipboard.clear_after_ms = 300
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(page.editor.rows[0].copy_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    assert clipboard.text() == SECRET
    assert bytes(clipboard.mimeData().data(PASSWORD_MANAGER_HINT)) == b"secret"
    assert "cleared" in ctx.status.last
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    # Copied, then the user copies something else: that is left alone.
    qtbot.mouseClick(page.editor.rows[0].copy_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    assert clipboard.text() == SECRET
    clipboard.setText("Horaires de Noël")
    qtbot.wait(600)
    assert not page.clipboard.pending
    assert clipboard.text() == "Horaires de Noël"


def test_generated_password_is_saved_to_the_keyring(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.handle_edit.setText("boulangerie")
    qtbot.mouseClick(editor.rows[0].generate_button, Qt.MouseButton.LeftButton)
    dialog = page.generator
    assert dialog is not None and dialog.isVisible()
    dialog.ui.lengthSpin.setValue(24)
    proposed = dialog.ui.previewEdit.text()
    assert len(proposed) == 24
    dialog.ui.modeTabs.setCurrentIndex(1)
    phrase = dialog.ui.previewEdit.text()
    assert phrase.count("-") == 5 and "bits" in dialog.ui.strengthLabel.text()
    dialog.accept()
    assert editor.rows[0].typed == phrase
    assert editor.rows[0].value_edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    [account] = store.accounts.list(client.id)
    assert ctx.secrets.get(account.secrets[0].ref) == phrase
    assert ctx.prefs.value("accounts/generator/mode") == "words"


def test_tokens_can_be_added_renamed_and_removed(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    account = _add_account(store, client, ctx.secrets)
    old_ref = account.secrets[0].ref
    page.ctx.tasks.spawn(page.reload())
    _settle(run, ctx)
    editor = page.editor
    token = editor.add_secret_row("token")
    token.label_edit.setText("Jeton API Meta")
    qtbot.keyClicks(token.value_edit, "EAAG-token-123456")
    qtbot.mouseClick(editor.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert editor.is_dirty()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    [saved] = store.accounts.list(client.id)
    assert [(s.kind, s.label) for s in saved.secrets] == [("token", "Jeton API Meta")]
    assert ctx.secrets.get(saved.secrets[0].ref) == "EAAG-token-123456"
    assert ctx.secrets.get(old_ref) is None  # the removed password left the keyring
    assert store.accounts.pending_secret_purges() == []


def test_no_keyring_shows_the_banner_and_keeps_the_rest_working(store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    ctx.secrets = MemorySecretStore(available=False)
    switcher = ClientSwitcher(ctx)
    page = AccountsPage(ctx, switcher)
    qtbot.addWidget(page)
    page.show()
    run(switcher.reload())
    _settle(run, ctx)
    assert page.banner.isVisible()
    assert "gnome-keyring" in page.banner.body.text() and "KWallet" in page.banner.body.text()
    assert "memory" in page.banner.details.text()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    row = editor.rows[0]
    assert not row.value_edit.isEnabled() and not row.generate_button.isEnabled()
    assert not editor.secrets.add_button.isEnabled()
    assert "keyring" in editor.secrets.hint.text()
    editor.handle_edit.setText("boulangeriemartin")
    editor.two_factor_edit.setPlainText("SMS sur le téléphone de la boutique")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    [account] = store.accounts.list(client.id)
    assert account.two_factor_notes == "SMS sur le téléphone de la boutique" and account.secrets == ()


def test_delete_goes_to_the_trash_with_undo_and_keeps_the_secret(  # noqa: ANN001
    page, store, ctx, client, qtbot, run
) -> None:
    account = _add_account(store, client, ctx.secrets)
    page.ctx.tasks.spawn(page.reload())
    _settle(run, ctx)
    assert "trash" in page.editor.delete_button.toolTip()
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    assert store.accounts.list(client.id) == []
    assert page.list.topLevelItemCount() == 0
    assert ctx.secrets.get(account.secrets[0].ref) == SECRET
    assert ctx.undo.can_undo and "keyring" in ctx.undo.undo_label  # Edit ▸ Undo, the status bar's Undo

    run(ctx.undo.undo())
    _settle(run, ctx)  # the page refreshes from the broadcast change
    assert [a.id for a in store.accounts.list(client.id)] == [account.id]
    assert page.list.topLevelItemCount() == 1 and page.editor.account.id == account.id
    assert ctx.undo.can_redo

    run(ctx.undo.redo())
    _settle(run, ctx)
    assert store.accounts.list(client.id) == [] and page.list.topLevelItemCount() == 0


def test_restoring_from_the_trash_view_can_be_undone(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    account = _add_account(store, client, ctx.secrets)
    store.trash.move_to_trash("accounts", account.id)
    page.trash_check.setChecked(True)
    _settle(run, ctx)
    _select(page, "@boulangeriemartin")
    qtbot.mouseClick(page.editor.restore_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    assert [a.id for a in store.accounts.list(client.id)] == [account.id]
    assert page.list.topLevelItemCount() == 0  # the trash view is empty now
    run(ctx.undo.undo())
    _settle(run, ctx)
    assert store.accounts.list(client.id) == [] and page.list.topLevelItemCount() == 1


def test_purging_from_the_trash_deletes_the_secrets(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    account = _add_account(store, client, ctx.secrets)
    store.trash.move_to_trash("accounts", account.id)
    page.trash_check.setChecked(True)
    _settle(run, ctx)
    assert page.heading.text().startswith("Trash")
    _select(page, "@boulangeriemartin")
    assert page.editor.purge_button.isVisible() and not page.editor.save_button.isVisible()
    assert not page.editor.handle_edit.isEnabled()
    qtbot.mouseClick(page.editor.purge_button, Qt.MouseButton.LeftButton)
    question = run(_answer("Delete permanently"))
    assert "permanently" in question
    _settle(run, ctx)
    assert store.accounts.list(client.id, deleted=True) == []
    assert ctx.secrets.get(account.secrets[0].ref) is None
    assert store.accounts.pending_secret_purges() == []


def test_switching_with_unsaved_changes_asks(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    _add_account(store, client, ctx.secrets, handle="alpha")
    _add_account(store, client, ctx.secrets, handle="beta", network="tiktok")
    page.ctx.tasks.spawn(page.reload())
    _settle(run, ctx)
    _select(page, "@alpha")
    page.editor.notes_edit.setPlainText("À rappeler lundi")
    _select(page, "@beta")
    run(_answer(QMessageBox.StandardButton.Cancel))
    _settle(run, ctx)
    assert page.editor.account.handle == "alpha" and page.editor.is_dirty()
    _select(page, "@beta")
    run(_answer(QMessageBox.StandardButton.Save))
    _settle(run, ctx)
    assert page.editor.account.handle == "beta"
    alpha = next(a for a in store.accounts.list(client.id) if a.handle == "alpha")
    assert alpha.notes == "À rappeler lundi"


def test_login_and_profile_pages_open_only_web_addresses(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    opened: list[str] = []
    page.open_url = lambda url: opened.append(QUrl(url).toString())
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.network_combo.setCurrentIndex(editor.network_combo.findData("mastodon"))
    editor.handle_edit.setText("boulangerie")
    assert not editor.login_page_button.isEnabled()  # no server in the handle yet
    editor.handle_edit.setText("@boulangerie@piaille.fr")
    qtbot.mouseClick(editor.login_page_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.open_profile_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://piaille.fr/auth/sign_in", "https://piaille.fr/@boulangerie"]
    editor.profile_edit.setText("file:///etc/passwd")
    assert not editor.open_profile_button.isEnabled()
    page.open_profile()
    assert len(opened) == 2


def test_archiving_a_client_can_delete_its_secrets_now(  # noqa: ANN001
    page, store, ctx, client, qtbot, run
) -> None:
    account = _add_account(store, client, ctx.secrets)
    page.ctx.tasks.spawn(page.reload())
    _settle(run, ctx)
    switcher = page.switcher

    switcher.toggle_archive()
    run(_answer(QMessageBox.StandardButton.Yes))  # "Archive …?"
    question = run(_answer("Cancel"))
    assert "Boulangerie Martin" in question and "(1)" in question
    _settle(run, ctx)
    assert not store.clients.get(client.id).archived  # cancelled

    switcher.toggle_archive()
    run(_answer(QMessageBox.StandardButton.Yes))
    run(_answer("Delete the passwords now"))
    _settle(run, ctx)
    assert store.clients.get(client.id).archived
    assert ctx.secrets.get(account.secrets[0].ref) is None
    [kept] = store.accounts.list(client.id)
    assert kept.handle == "boulangeriemartin" and kept.secrets == ()


def test_archiving_keeps_secrets_when_asked(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    account = _add_account(store, client, ctx.secrets)
    page.switcher.toggle_archive()
    run(_answer(QMessageBox.StandardButton.Yes))
    run(_answer("Keep the passwords"))
    _settle(run, ctx)
    assert store.clients.get(client.id).archived
    assert ctx.secrets.get(account.secrets[0].ref) == SECRET


def test_keyboard_copy_of_the_selected_password(page, store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    _add_account(store, client, ctx.secrets)
    page.ctx.tasks.spawn(page.reload())
    _settle(run, ctx)
    page.list.setFocus()
    page.copy_selected_password()
    _settle(run, ctx)
    assert QGuiApplication.clipboard().text() == SECRET
    page.clipboard.clear_now()
    assert QGuiApplication.clipboard().text() == ""
    assert isinstance(page.editor.save_button, QPushButton)


def test_export_lists_the_accounts_but_never_a_secret(page, store, ctx, client, run, tmp_path) -> None:  # noqa: ANN001
    _add_account(store, client, ctx.secrets)
    store.accounts.save(client.id, AccountFields("facebook", "", '=HYPERLINK("http://evil.example")'))
    target = tmp_path / "comptes.csv"
    assert run(page.controller.export_to(target)) == 2
    text = target.read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("Network,Handle,Display name")
    assert "@boulangeriemartin" in text and "Password" in text
    assert SECRET not in text
    assert "'=HYPERLINK" in text  # a spreadsheet will not run it
    assert "exported" in ctx.status.last
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_keyring_that_fails_later_is_reported(page, store, ctx, client, qtbot, run, errors) -> None:  # noqa: ANN001
    from cmtoolbox.credentials import SecretStoreUnavailable

    _add_account(store, client, ctx.secrets)
    page.ctx.tasks.spawn(page.reload())
    _settle(run, ctx)
    assert not page.banner.isVisible()
    ctx.secrets._available = False  # e.g. the D-Bus session went away
    qtbot.mouseClick(page.editor.rows[0].show_button, Qt.MouseButton.LeftButton)
    _settle(run, ctx)
    assert any(isinstance(e, SecretStoreUnavailable) for e in errors)
    assert page.banner.isVisible() and not page.editor.rows[0].value_edit.isEnabled()
    assert page.editor.rows[0].typed == ""


# -- a keyring that does not answer (issue 16) ------------------------------------------------------


class HangingSecretStore(MemorySecretStore):
    """A keyring whose daemon does not answer: asking whether it is there blocks until released."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def available(self) -> bool:
        self.release.wait(30)
        return super().available()


async def _until(condition: Callable[[], bool], timeout: float = 10) -> None:
    """Let the event loop run until `condition` holds (polled; fails after `timeout`)."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met")


def _hanging_page(ctx, store, client, qtbot, probe_timeout: float):  # noqa: ANN001, ANN202
    build_sample_accounts(store, client)
    ctx.secrets = HangingSecretStore()
    switcher = ClientSwitcher(ctx)
    page = AccountsPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(page)
    page.show()
    page.vault.probe_timeout = probe_timeout
    return page, switcher


def test_the_list_never_waits_for_the_keyring(store, ctx, client, qtbot, run) -> None:  # noqa: ANN001
    page, switcher = _hanging_page(ctx, store, client, qtbot, probe_timeout=30)
    try:
        run(switcher.reload())
        run(_until(lambda: page.list.topLevelItemCount() == 5))
        assert page.keyring is None and not page.banner.isVisible()  # still asking, and it does not matter
        assert page.editor.account is not None
    finally:
        ctx.secrets.release.set()
    run(ctx.tasks.idle())
    assert page.keyring is not None and page.keyring.available and not page.banner.isVisible()


def test_a_keyring_that_never_answers_shows_the_no_keyring_banner(  # noqa: ANN001
    store, ctx, client, qtbot, run
) -> None:
    page, switcher = _hanging_page(ctx, store, client, qtbot, probe_timeout=0.2)
    ref = new_secret_ref("account")
    try:
        run(switcher.reload())
        run(ctx.tasks.idle())  # the probe gives up at its deadline; nothing waits longer
        assert page.banner.isVisible() and page.keyring is not None and page.keyring.timed_out
        assert page.banner.title.text() == "Passwords cannot be saved: no secure keyring was found"
        assert "did not answer" in page.banner.details.text()
        assert page.list.topLevelItemCount() == 5
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        assert not page.editor.rows[0].value_edit.isEnabled()  # as with no keyring at all
        with pytest.raises(SecretStoreUnavailable):  # fails at once, not queued behind the stuck call
            run(page.vault.get(ref))
    finally:
        ctx.secrets.release.set()
    run(_until(lambda: not page.banner.isVisible()))  # it answered after all: the page looks again
    run(ctx.tasks.idle())
    assert page.keyring.available and page.editor.rows[0].value_edit.isEnabled()


# -- the revealed password is readable (issue 15) ---------------------------------------------------

LONG_PASSWORD = "Kq7#vR2p!mZ9@xL4$wT8&nB3"


def test_a_revealed_24_character_password_reads_whole(ctx, store, client, qtbot, run) -> None:  # noqa: ANN001
    assert len(LONG_PASSWORD) == 24
    _add_account(store, client, ctx.secrets, value=LONG_PASSWORD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1180, 760)  # the first-run size
    window.show()
    run(window.clients.reload())
    window.show_section("accounts")
    run(ctx.tasks.idle())
    page = window.page("accounts")
    row = page.editor.rows[0]
    edit = row.value_edit
    widest = edit.fontMetrics().horizontalAdvance("W" * 24)
    assert edit.minimumWidth() >= widest + 4  # 24 of the widest characters, with the field's padding
    qtbot.mouseClick(row.show_button, Qt.MouseButton.LeftButton)
    run(ctx.tasks.idle())
    assert row.typed == LONG_PASSWORD and edit.echoMode() == QLineEdit.EchoMode.Normal
    assert edit.width() >= edit.minimumWidth()
    assert edit.fontMetrics().horizontalAdvance(LONG_PASSWORD) <= widest
    assert not page.editor.scroll_area.horizontalScrollBar().isVisible()  # and no sideways scrolling for it


# -- the page contract ------------------------------------------------------------------------------


def _window_on_accounts_by_sidebar(ctx, qtbot, run):  # noqa: ANN001, ANN202
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    with qtbot.waitActive(window):  # shortcuts of the window act in the active window
        window.show()
        window.activateWindow()
    run(window.clients.reload())
    item = window.nav.item(
        [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())].index(
            "accounts"
        )
    )
    qtbot.mouseClick(
        window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualItemRect(item).center()
    )
    run(ctx.tasks.idle())
    assert window.current_section == "accounts"
    return window, window.page("accounts")


def test_section_shortcuts_work_right_after_a_click_in_the_sidebar(  # noqa: ANN001
    ctx, store, client, qtbot, run
) -> None:
    store.accounts.save(client.id, AccountFields("instagram", "boulangeriemartin", login="contact@b.example"))
    window, page = _window_on_accounts_by_sidebar(ctx, qtbot, run)
    ctrl = Qt.KeyboardModifier.ControlModifier
    nav = window.nav
    nav.setFocus()
    assert QApplication.focusWidget() is nav

    qtbot.keyClick(nav, Qt.Key.Key_B, ctrl)  # copy the login
    assert QGuiApplication.clipboard().text() == "contact@b.example"
    qtbot.keyClick(nav, Qt.Key.Key_F, ctrl)
    assert QApplication.focusWidget() is page.filter_edit

    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_N, ctrl)  # the main window's File ▸ New asks the page
    assert page.editor.is_new and QApplication.focusWidget() is page.editor.handle_edit
    page.editor.handle_edit.setText("boulangerie-lyon")
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_S, ctrl)
    run(ctx.tasks.idle())
    assert sorted(a.handle for a in store.accounts.list(client.id)) == [
        "boulangerie-lyon",
        "boulangeriemartin",
    ]
    assert window.new_action.text() == "New &account"


def test_a_search_hit_opens_its_account(ctx, store, client, qtbot, run) -> None:  # noqa: ANN001
    build_sample_accounts(store, client)
    other = store.clients.create("Cave à vins Dupont")
    wanted = store.accounts.save(other.id, AccountFields("mastodon", "cave@piaille.fr", notes="Dégustation"))
    window, page = _window_on_accounts_by_sidebar(ctx, qtbot, run)
    page.trash_check.setChecked(True)
    run(ctx.tasks.idle())
    [hit] = search_all(store, "degustation", SearchFilters(client_id=None))["accounts"]
    window.open_search_hit(hit)
    run(ctx.tasks.idle())
    assert window.clients.current.id == other.id and page.client.id == other.id
    assert not page.trash_check.isChecked()
    assert page.editor.account is not None and page.editor.account.id == wanted.id
    assert page.list.currentItem().text(0) == "@cave@piaille.fr"


def test_a_change_made_elsewhere_refreshes_the_list(page, store, ctx, client, run) -> None:  # noqa: ANN001
    from cmtoolbox.ops import accounts as ops

    assert page.list.topLevelItemCount() == 0
    run(ctx.runner.run(ops.save_account, client.id, AccountFields("tiktok", "boulangeriemartin")))
    run(ctx.tasks.idle())
    assert [page.list.topLevelItem(i).text(1) for i in range(page.list.topLevelItemCount())] == ["TikTok"]


def test_opening_an_account_shows_no_stray_window(page, store, ctx, client, qapp, run) -> None:  # noqa: ANN001
    """A row's button shown before it had a parent used to flash as a window of its own, taking
    the focus (and with it the window's shortcuts) away from the main window."""

    class Windows(QObject):
        shown: list[str] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
                self.shown.append(watched.objectName() or type(watched).__name__)
            return False

    _add_account(store, client, ctx.secrets)
    spy = Windows()
    qapp.installEventFilter(spy)
    try:
        page.ctx.tasks.spawn(page.reload())
        _settle(run, ctx)
        page.editor.add_secret_row("password")
    finally:
        qapp.removeEventFilter(spy)
    assert len(page.editor.rows) == 2 and spy.shown == []


def test_two_clean_ups_at_once_delete_each_secret_once(page, store, ctx, client, run) -> None:  # noqa: ANN001
    refs = [new_secret_ref("account") for _ in range(3)]
    for ref in refs:
        ctx.secrets.set(ref, SECRET)
    store.accounts.queue_secret_purge(refs)

    async def both() -> list[int]:
        return list(await asyncio.gather(page.secrets.drain_queue(), page.secrets.drain_queue()))

    assert sorted(run(both())) == [0, 3]  # the second waited for the first, then found nothing left
    assert store.accounts.pending_secret_purges() == [] and ctx.secrets._values == {}


def test_after_a_restore_the_account_says_which_secrets_to_enter(store, client, ctx, qtbot, run) -> None:  # noqa: ANN001
    """A backup holds the database's references, never the values: on another machine the keyring
    has none of them, and the account says so instead of "Saved in the keyring"."""
    account = _add_account(store, client, ctx.secrets)
    ctx.secrets.delete(account.secrets[0].ref)  # as on a machine the backup was restored to
    switcher = ClientSwitcher(ctx)
    page = AccountsPage(ctx, switcher)
    qtbot.addWidget(page)
    run(switcher.reload())
    _settle(run, ctx)
    row = page.editor.rows[0]
    assert "type it again" in row.value_edit.placeholderText()
    assert "Password" in ctx.status.last and "never in backups" in ctx.status.last
