"""Settings ▸ Sync and the conflicts view, with real widgets, a real runner and a real target."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.sync.dialog import SyncDialog
from cmtoolbox.gui.sync.service import SyncService
from cmtoolbox.ops import call, clients, execute, notes
from cmtoolbox.ops import sync as sync_ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.store import Store
from cmtoolbox.sync import FolderTarget, SyncEngine


def test_sync_now_shows_progress_result_and_conflicts(
    qapp: QApplication,
    ctx: AppContext,
    store: Store,
    run,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    folder = tmp_path / "Nextcloud" / "cm"
    folder.mkdir(parents=True)
    client = execute(store, call(clients.create_client, "Boulangerie Martin")).value
    note = execute(store, call(notes.create_note, client.id, "Charte", "Couleurs : ocre")).value
    other_root = tmp_path / "desktop"
    other_root.mkdir()
    desktop, _ = Store.open(other_root)

    service = SyncService(ctx)
    seen: list[Changes] = []
    ctx.runner.changed.connect(seen.append)
    dialog = SyncDialog(ctx, service)
    run(dialog.load())
    page = dialog.settings_page
    assert "Never synced" in page.result_label.text()
    page.target_edit.setText(str(folder))
    run(page.save_and_sync())
    assert "2 change" in page.result_label.text() and "sent" in page.result_label.text()
    assert page.sync_button.isEnabled() and not page.progress_bar.isVisible()
    assert store.settings.get(sync_ops.SETTINGS_KEY)["target"] == str(folder)

    # The desktop and this window edit the same line; the next sync keeps both and says so.
    SyncEngine(desktop, FolderTarget(folder)).run()
    other = desktop.db.execute("SELECT id FROM notes").fetchone()[0]
    execute(desktop, call(notes.save_note, other, title="Charte", body="Couleurs : bleu nuit"))
    SyncEngine(desktop, FolderTarget(folder)).run()
    run(ctx.runner.run(notes.save_note, note.id, title="Charte", body="Couleurs : ocre et crème"))
    run(page.save_and_sync())
    run(dialog.conflicts_view.load())
    assert "conflicts" in page.result_label.text().lower() or "Conflicts" in page.result_label.text()
    assert dialog.tabs.tabText(1) == "Conflicts (1)"
    view = dialog.conflicts_view
    assert view.list.count() == 1 and "Charte" in view.list.item(0).text()
    assert {view.mine.toPlainText(), view.theirs.toPlainText()} == {
        "Couleurs : ocre et crème",
        "Couleurs : bleu nuit",
    }
    assert view.differing == ([0], [0])  # the line both changed is marked on each side
    assert any(c.touches("notes") for c in seen)  # the views refresh from what sync applied
    run(view.resolve(run(ctx.runner.read(sync_ops.conflict_items))[0].id))
    assert dialog.tabs.tabText(1) == "Conflicts" and view.list.count() == 0
    desktop.close()


def test_an_unreachable_target_and_a_wrong_passphrase_are_said_clearly(
    qapp: QApplication,
    ctx: AppContext,
    store: Store,
    run,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    execute(store, call(clients.create_client, "Boulangerie"))
    service = SyncService(ctx)
    dialog = SyncDialog(ctx, service)
    run(dialog.load())
    page = dialog.settings_page
    page.target_edit.setText(str(tmp_path / "not-mounted"))
    run(page.save_and_sync())
    assert "cannot be reached" in page.result_label.text()
    assert "safe" in page.result_label.text()

    folder = tmp_path / "enc"
    folder.mkdir()
    other_root = tmp_path / "desktop"
    other_root.mkdir()
    desktop, _ = Store.open(other_root)
    from cmtoolbox.sync import SyncOptions

    SyncEngine(desktop, FolderTarget(folder), SyncOptions(passphrase="la bonne phrase")).run()
    desktop.close()
    page.target_edit.setText(str(folder))
    page.encrypt_check.setChecked(True)
    page.passphrase_edit.setText("une autre phrase")
    run(page.save_and_sync())
    assert "passphrase is wrong" in page.result_label.text()
    assert ctx.secrets.get(sync_ops.PASSPHRASE_REF) == "une autre phrase"  # in the keyring only
    assert "une autre phrase" not in str(store.settings.get(sync_ops.SETTINGS_KEY))


def test_file_sync_opens_the_dialog_and_a_set_target_syncs_in_the_background(
    qapp: QApplication,
    qtbot,
    ctx: AppContext,
    store: Store,
    run,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from cmtoolbox.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    run(window.clients.reload())
    run(window.start_sync())
    assert getattr(window, "sync_service", None) is None  # no target: nothing runs
    assert window.sync_action.text() == "S&ync…"
    window.sync_action.trigger()
    run(ctx.tasks.idle())
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SyncDialog) and w.isVisible())
    folder = tmp_path / "t"
    folder.mkdir()
    dialog.settings_page.target_edit.setText(str(folder))
    run(dialog.settings_page.save())
    assert window.sync_service._timer.isActive()  # every few minutes from now on
    dialog.reject()
    window.sync_service.stop()
    run(window.start_sync())
    assert window.sync_service._timer.isActive()  # and from the next start
    window.sync_service.stop()


def test_the_secrets_to_enter_on_this_computer_are_listed(
    qapp: QApplication,
    ctx: AppContext,
    store: Store,
    run,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from cmtoolbox.credentials.base import new_secret_ref
    from cmtoolbox.ops import accounts
    from cmtoolbox.storage.accounts import AccountFields, SecretSpec

    client = execute(store, call(clients.create_client, "Boulangerie")).value
    known, unknown = new_secret_ref("account"), new_secret_ref("account")
    ctx.secrets.set(known, "déjà là")
    slots = [SecretSpec("password", "Mot de passe", known), SecretSpec("token", "Jeton API", unknown)]
    execute(
        store, call(accounts.save_account, client.id, AccountFields("instagram", handle="boulangerie"), slots)
    )
    dialog = SyncDialog(ctx, SyncService(ctx))
    run(dialog.load())
    label = dialog.settings_page.secrets_label
    assert not label.isHidden()
    assert "Jeton API" in label.text() and "Mot de passe" not in label.text()
