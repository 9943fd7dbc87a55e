"""Unsaved account edits are never lost silently: closing the window, switching client, and the
per-account character limit reaching the composer's counters.

Real main window, real database, the keyring through a secret store whose writes are slow and run
on whatever thread calls them, so the tests see that closing waits for the keyring off the UI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox.credentials import MemorySecretStore, SecretStoreUnavailable
from cmtoolbox.gui.accounts.page import AccountsPage
from cmtoolbox.gui.accounts.vault import SecretVault
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.drafts.page import DraftsPage
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.pools import Pools
from cmtoolbox.storage.accounts import AccountFields

SECRET = "Brioche-Vendéenne-2026!"


class SlowSecretStore(MemorySecretStore):
    """In-memory keyring whose writes take a while, recording the thread each write ran on."""

    def __init__(self, delay: float = 0.3) -> None:
        super().__init__()
        self.delay = delay
        self.write_threads: list[str] = []

    def set(self, ref: str, value: str) -> None:
        time.sleep(self.delay)
        self.write_threads.append(threading.current_thread().name)
        super().set(ref, value)


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Martin")


@pytest.fixture
def window(ctx, client, qtbot, run):  # noqa: ANN001, ANN201
    ctx.secrets = SlowSecretStore()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    run(win.clients.reload())
    win.show_section("accounts")
    run(ctx.tasks.idle())
    return win


def _page(window: MainWindow) -> AccountsPage:
    page = window.page("accounts")
    assert isinstance(page, AccountsPage)
    return page


_answerers: list[list[bool]] = []  # one "still wanted" flag per pending answer


@pytest.fixture(autouse=True)
def _stop_answering():  # noqa: ANN202
    """A test that failed before its question appeared must not answer the next test's questions."""
    yield
    for flag in _answerers:
        flag[0] = False
    _answerers.clear()


def answer_next(button: QMessageBox.StandardButton | str, questions: list[str]) -> None:
    """Answer the next message box (opened modally: this runs from its event loop), noting its text."""
    wanted = [True]
    _answerers.append(wanted)

    def answer() -> None:
        if not wanted[0]:
            return
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, answer)
            return
        wanted[0] = False
        box = boxes[-1]
        questions.append(f"{box.text()}\n{box.informativeText()}")
        if isinstance(button, str):
            next(b for b in box.buttons() if b.text().replace("&", "") == button).click()
        else:
            box.button(button).click()

    QTimer.singleShot(0, answer)


def _type_new_account(
    page: AccountsPage, handle: str = "boulangerie@piaille.fr", secret: str = SECRET
) -> None:
    page.new_account()
    editor = page.editor
    editor.network_combo.setCurrentIndex(editor.network_combo.findData("mastodon"))
    editor.handle_edit.setText(handle)
    editor.rows[0].value_edit.setText(secret)
    assert editor.is_dirty()


def test_closing_with_unsaved_edits_saves_to_the_keyring_first(window, ctx, store, client, run) -> None:  # noqa: ANN001
    page = _page(window)
    _type_new_account(page)
    window.show_section("notes")  # the question comes whatever section is shown
    questions: list[str] = []
    answer_next(QMessageBox.StandardButton.Save, questions)
    started = time.perf_counter()
    assert window.close()
    waited = time.perf_counter() - started
    question = "Save changes to account “Mastodon · @boulangerie@piaille.fr” before closing?"
    assert questions[0].splitlines()[0] == question
    assert not window.isVisible()
    [account] = store.accounts.list(client.id)
    assert account.handle == "boulangerie@piaille.fr"
    [slot] = account.secrets
    assert ctx.secrets.get(slot.ref) == SECRET  # written before the window closed
    assert waited >= ctx.secrets.delay
    assert ctx.secrets.write_threads and all(n.startswith("keyring") for n in ctx.secrets.write_threads)
    assert threading.current_thread().name not in ctx.secrets.write_threads
    assert SECRET not in repr(store.db.execute("SELECT * FROM account_secrets").fetchall())
    assert not page.editor.is_dirty()
    run(ctx.tasks.idle())


def test_cancel_keeps_the_window_open_then_discard_closes(window, ctx, store, client, run) -> None:  # noqa: ANN001
    page = _page(window)
    _type_new_account(page)
    window.show_section("dashboard")
    quit_action = next(a for a in window.findChildren(type(window.settings_action)) if a.text() == "&Quit")
    questions: list[str] = []

    answer_next(QMessageBox.StandardButton.Cancel, questions)
    quit_action.trigger()  # File > Quit, Ctrl+Q
    assert window.isVisible()
    assert window.current_section == "accounts"  # brought forward, with the edits as they were
    assert page.editor.is_dirty() and page.editor.rows[0].typed == SECRET
    assert len(questions) == 1 and "before closing" in questions[0]

    answer_next(QMessageBox.StandardButton.Discard, questions)
    assert window.close()
    assert not window.isVisible()
    assert store.accounts.list(client.id) == []
    assert ctx.secrets._values == {}
    run(ctx.tasks.idle())


def test_a_refused_account_is_explained_before_closing(window, ctx, store, client, run) -> None:  # noqa: ANN001
    page = _page(window)
    page.new_account()
    page.editor.rows[0].value_edit.setText(SECRET)  # a password, but no handle, name or login
    questions: list[str] = []
    answer_next(QMessageBox.StandardButton.Save, questions)
    answer_next(QMessageBox.StandardButton.Cancel, questions)
    assert not window.close()
    assert window.isVisible()
    assert "“Instagram · new account”" in questions[0]
    assert "cannot be saved" in questions[1] and "handle" in questions[1]
    assert page.editor.problem.isVisible() and page.editor.rows[0].typed == SECRET

    answer_next(QMessageBox.StandardButton.Save, questions)
    answer_next("Close without saving", questions)
    assert window.close()
    assert store.accounts.list(client.id) == [] and ctx.secrets._values == {}
    run(ctx.tasks.idle())


def test_a_keyring_failure_on_close_lets_the_user_keep_the_window(window, ctx, store, client, run) -> None:  # noqa: ANN001
    page = _page(window)
    _type_new_account(page)
    ctx.secrets._available = False  # the session's keyring went away
    questions: list[str] = []
    answer_next(QMessageBox.StandardButton.Save, questions)
    answer_next(QMessageBox.StandardButton.Cancel, questions)  # the main window's "Close anyway?"
    assert not window.close()
    assert window.isVisible() and page.editor.rows[0].typed == SECRET
    assert "keyring" in questions[1] and "Close anyway" in questions[1]
    assert all(SECRET not in q for q in questions)
    assert store.accounts.list(client.id) == []
    assert store.accounts.pending_secret_purges() != []  # the reference made for it is queued for clean-up

    ctx.secrets._available = True
    answer_next(QMessageBox.StandardButton.Save, questions)
    assert window.close()
    [account] = store.accounts.list(client.id)
    assert ctx.secrets.get(account.secrets[0].ref) == SECRET
    run(ctx.tasks.idle())


def test_closing_without_edits_asks_nothing(window, ctx, store, client, run) -> None:  # noqa: ANN001
    store.accounts.save(client.id, AccountFields("instagram", "boulangeriemartin"))
    run(_page(window).reload())
    assert _page(window).editor.account is not None
    assert window.close()  # no message box: a question would block this call


def test_a_scripted_close_saves_without_a_nested_question(window, ctx, store, client, run) -> None:  # noqa: ANN001
    page = _page(window)
    _type_new_account(page)

    async def scripted_close() -> bool:  # e.g. the --smoke session: no modal loop inside a task
        return window.close()

    assert run(scripted_close())
    [account] = store.accounts.list(client.id)
    assert ctx.secrets.get(account.secrets[0].ref) == SECRET
    run(ctx.tasks.idle())


def test_keyring_that_does_not_answer_stops_the_wait() -> None:
    release = threading.Event()

    class Stuck(MemorySecretStore):
        def set(self, ref: str, value: str) -> None:
            release.wait(5)

    pools = Pools()
    vault = SecretVault(Stuck(), pools)
    started = time.perf_counter()
    try:
        with pytest.raises(SecretStoreUnavailable):
            vault.set_blocking("account:" + "0" * 32, "x", timeout=0.2)
    finally:
        release.set()
        pools.shutdown()
    assert time.perf_counter() - started < 2


def test_a_password_typed_when_the_keyring_fails_is_kept_not_dropped(  # noqa: ANN001
    ctx, store, client, qtbot, run, errors
) -> None:
    switcher = ClientSwitcher(ctx)
    page = AccountsPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(page)
    page.show()
    run(switcher.reload())
    run(ctx.tasks.idle())
    _type_new_account(page)
    row = page.editor.rows[0]
    ctx.secrets._available = False
    page.editor.save_button.click()
    run(ctx.tasks.idle())
    assert any(isinstance(e, SecretStoreUnavailable) for e in errors)
    assert page.banner.isVisible() and "keyring" in page.editor.problem.text()
    assert row.typed == SECRET and row.value_edit.isEnabled()  # kept, and can be cleared
    assert store.accounts.list(client.id) == []

    page.editor.save_button.click()  # again, still no keyring: refused again, never saved without it
    run(ctx.tasks.idle())
    assert store.accounts.list(client.id) == [] and row.typed == SECRET

    ctx.secrets._available = True  # the keyring is back
    page.editor.save_button.click()
    run(ctx.tasks.idle())
    [account] = store.accounts.list(client.id)
    assert ctx.secrets.get(account.secrets[0].ref) == SECRET
    assert not page.banner.isVisible()


def test_clearing_the_typed_password_saves_the_rest_without_a_keyring(  # noqa: ANN001
    ctx, store, client, qtbot, run, errors
) -> None:
    switcher = ClientSwitcher(ctx)
    page = AccountsPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(page)
    page.show()
    run(switcher.reload())
    run(ctx.tasks.idle())
    _type_new_account(page)
    ctx.secrets._available = False
    page.editor.save_button.click()
    run(ctx.tasks.idle())
    page.editor.rows[0].value_edit.clear()
    page.editor.save_button.click()
    run(ctx.tasks.idle())
    [account] = store.accounts.list(client.id)
    assert account.handle == "boulangerie@piaille.fr" and account.secrets == ()
    assert ctx.secrets._values == {}


# -- switching client ----------------------------------------------------------------------------


def _two_clients_page(ctx, store, qtbot, run) -> tuple[AccountsPage, ClientSwitcher, int, int]:  # noqa: ANN001
    alpha = store.clients.create("Alpha Traiteur")
    beta = store.clients.create("Beta Fleurs")
    store.accounts.save(alpha.id, AccountFields("instagram", "alpha"))
    switcher = ClientSwitcher(ctx)
    page = AccountsPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(page)
    page.show()
    run(switcher.reload())
    switcher.select(alpha.id)
    run(ctx.tasks.idle())
    assert page.client.id == alpha.id and page.editor.account.handle == "alpha"
    return page, switcher, alpha.id, beta.id


def _answer_async(run, button: QMessageBox.StandardButton, questions: list[str]) -> None:  # noqa: ANN001
    """Answer a question opened with `await ask()` (no nested loop): drive the loop until it is done."""
    answer_next(button, questions)
    run(_until(lambda: bool(questions)))


async def _until(condition: Callable[[], bool], timeout: float = 5) -> None:
    import asyncio

    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met")


def test_switching_client_with_unsaved_edits_asks_and_cancel_stays(ctx, store, qtbot, run) -> None:  # noqa: ANN001
    page, switcher, alpha, beta = _two_clients_page(ctx, store, qtbot, run)
    page.editor.notes_edit.setPlainText("Code de la porte : 1234B")
    questions: list[str] = []

    switcher.select(beta)
    _answer_async(run, QMessageBox.StandardButton.Cancel, questions)
    run(ctx.tasks.idle())
    assert questions[0].splitlines()[0] == "Save changes to account “Instagram · @alpha”?"
    assert switcher.current.id == alpha and page.client.id == alpha  # the whole window stays on Alpha
    assert page.editor.is_dirty() and page.editor.notes_edit.toPlainText() == "Code de la porte : 1234B"
    assert len(questions) == 1  # going back to Alpha did not ask again

    questions.clear()
    switcher.select(beta)
    _answer_async(run, QMessageBox.StandardButton.Save, questions)
    run(ctx.tasks.idle())
    assert switcher.current.id == beta and page.client.id == beta
    assert page.heading.text() == "Accounts of Beta Fleurs"
    [saved] = store.accounts.list(alpha)
    assert saved.notes == "Code de la porte : 1234B"


def test_renaming_the_client_while_editing_asks_nothing(ctx, store, qtbot, run) -> None:  # noqa: ANN001
    page, switcher, alpha, _beta = _two_clients_page(ctx, store, qtbot, run)
    page.editor.notes_edit.setPlainText("Nouvelle charte")
    run(switcher.rename_client(alpha, "Alpha Traiteur & Fils"))
    run(ctx.tasks.idle())
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert page.editor.is_dirty() and page.heading.text() == "Accounts of Alpha Traiteur & Fils"


# -- the account's character limit in the drafts' counters -----------------------------------------


def test_mastodon_server_limit_reaches_the_draft_counters(ctx, store, client, qtbot, run) -> None:  # noqa: ANN001
    switcher = ClientSwitcher(ctx)
    accounts = AccountsPage(ctx, switcher)
    drafts = DraftsPage(ctx, switcher)
    for widget in (switcher, accounts, drafts):
        qtbot.addWidget(widget)
    accounts.show()
    drafts.resize(1280, 800)
    drafts.show()
    run(switcher.reload())
    run(ctx.tasks.idle())
    run(drafts.new_item())
    run(ctx.tasks.idle())
    run(drafts.draft_actions.add_variant("mastodon"))
    run(ctx.tasks.idle())
    master = drafts.editor.texts.master
    master.set_text("a" * 600)

    def chip() -> str:
        master.flush_pending()  # counts deferred on a busy machine are done now
        return master.counters.chip("mastodon").text()

    assert chip() == "Mastodon 600/500"

    # Through the accounts page, as a person would: a Mastodon account with its server's limit.
    _type_new_account(accounts)
    accounts.editor.limit_spin.setValue(1000)
    accounts.editor.save_button.click()
    run(ctx.tasks.idle())
    assert store.accounts.limits_for_client(client.id) == {"mastodon": 1000}
    assert chip() == "Mastodon 600/1000"
    assert master.results()["mastodon"].valid

    accounts.editor.limit_spin.setValue(550)
    accounts.editor.save_button.click()
    run(ctx.tasks.idle())
    assert chip() == "Mastodon 600/550"

    accounts.editor.delete_button.click()  # to the trash: its limit no longer applies
    run(ctx.tasks.idle())
    assert chip() == "Mastodon 600/500"
    run(ctx.undo.undo())  # Edit ▸ Undo brings the account back, and its limit
    run(ctx.tasks.idle())
    assert chip() == "Mastodon 600/550"
