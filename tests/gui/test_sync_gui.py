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
    from cmtoolbox.gui.sync.indicator import SyncIndicator

    service = SyncService(ctx)
    dialog = SyncDialog(ctx, service)
    indicator = SyncIndicator(ctx)
    indicator.attach(service)
    run(dialog.load())
    page = dialog.settings_page
    page.target_edit.setText(str(tmp_path / "not-mounted"))
    run(page.save_and_sync())
    assert "cannot be reached" in page.result_label.text()
    assert "safe" in page.result_label.text()
    run(ctx.tasks.idle())
    assert indicator.button.text() == "Offline — target cannot be reached"

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
    run(ctx.tasks.idle())
    assert indicator.button.text() == "Wrong passphrase"
    assert "encrypted with another one" in indicator.button.toolTip()
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
    assert window.sync.service is None  # no target: nothing runs
    assert window.sync_action.text() == "S&ync…"
    window.sync_action.trigger()
    run(ctx.tasks.idle())
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SyncDialog) and w.isVisible())
    folder = tmp_path / "t"
    folder.mkdir()
    dialog.settings_page.target_edit.setText(str(folder))
    run(dialog.settings_page.save())
    assert window.sync.service._timer.isActive()  # every few minutes from now on
    dialog.reject()
    window.sync.service.stop()
    run(window.start_sync())
    assert window.sync.service._timer.isActive()  # and from the next start
    window.sync.service.stop()


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


# -- the status-bar indicator, Open from a conflict, undoable resolutions (issue 17) -------------------
def _conflict_with_desktop(store: Store, root: Path, folder: Path, note_id: int) -> Store:
    """A second data folder (another device) that edits the same line of the note: the next sync
    here keeps both versions and records a conflict."""
    desktop, _ = Store.open(root)
    SyncEngine(desktop, FolderTarget(folder)).run()
    other = desktop.db.execute("SELECT id FROM notes").fetchone()[0]
    execute(desktop, call(notes.save_note, other, title="Charte", body="Couleurs : bleu nuit"))
    SyncEngine(desktop, FolderTarget(folder)).run()
    return desktop


def test_the_status_bar_indicator_follows_real_syncs_and_opens_the_conflict(
    qapp: QApplication,
    qtbot,
    ctx: AppContext,
    store: Store,
    run,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    import shutil

    from PySide6.QtCore import QObject, Qt

    from cmtoolbox.gui.main_window import MainWindow
    from cmtoolbox.gui.sync import indicator as states
    from cmtoolbox.gui.theme import semantic

    client = execute(store, call(clients.create_client, "Boulangerie Martin")).value
    note = execute(store, call(notes.create_note, client.id, "Charte", "Couleurs : ocre")).value
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    run(window.start_sync())
    assert window.sync.indicator is None  # no target: nothing in the status bar
    assert window.sync_action.shortcut().toString() == "Ctrl+Alt+S"

    folder = tmp_path / "Nextcloud" / "cm"
    folder.mkdir(parents=True)
    run(ctx.runner.run(sync_ops.save_sync_settings, sync_ops.SyncSettings(target=str(folder))))
    run(window.start_sync())
    indicator = window.sync.indicator
    service = window.sync.service
    service.stop()  # the test syncs by hand
    run(ctx.tasks.idle())
    assert indicator.isVisible() and indicator.state == states.NEVER
    assert indicator.button.text() == "Not synced yet"

    class Seen(QObject):  # a receiver on the UI thread: progress crosses from the sync pool
        def __init__(self) -> None:
            super().__init__()
            self.states: list[tuple[str, bool, int]] = []

        def record(self, *_args: object) -> None:
            bar = indicator.progress_bar
            self.states.append((indicator.state, bar.isVisible(), bar.maximum()))

    seen = Seen()
    service.started.connect(seen.record)
    service.progress.connect(seen.record)
    run(service.sync_now())
    run(ctx.tasks.idle())
    assert seen.states[0][:2] == (states.SYNCING, True)  # busy while it runs
    assert any(maximum > 0 for _s, _v, maximum in seen.states[1:])  # then the push's progress
    assert indicator.state == states.SYNCED and not indicator.progress_bar.isVisible()
    assert indicator.button.text().startswith("Synced ")
    tip = indicator.button.toolTip()
    assert "Last sync: " in tip and "2 change" in tip and "sent" in tip and "Ctrl+Alt+S" in tip

    # The target disappears (an unmounted share): said in the warning colour, work kept.
    shutil.rmtree(folder)
    run(service.sync_now())
    run(ctx.tasks.idle())
    assert indicator.state == states.FAILED
    assert indicator.button.text() == "Offline — target cannot be reached"
    assert "safe" in indicator.button.toolTip()
    assert semantic().warning in indicator.button.styleSheet()

    # Back, with a device that edited the same line: "1 conflict".
    folder.mkdir(parents=True)
    run(service.sync_now())
    desktop = _conflict_with_desktop(store, tmp_path / "desktop", folder, note.id)
    run(ctx.runner.run(notes.save_note, note.id, title="Charte", body="Couleurs : ocre et crème"))
    run(service.sync_now())
    run(ctx.tasks.idle())
    assert indicator.state == states.CONFLICTS and indicator.button.text().startswith("1 conflict")

    # A click opens File ▸ Sync… on the conflicts; Open shows the note in the notebook.
    window.show_section("dashboard")
    qtbot.mouseClick(indicator.button, Qt.MouseButton.LeftButton)
    run(ctx.tasks.idle())
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SyncDialog) and w.isVisible())
    assert dialog.tabs.currentWidget() is dialog.conflicts_view
    view = dialog.conflicts_view
    assert view.list.count() == 1 and view.open_button.isEnabled()
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    run(ctx.tasks.idle())
    assert not dialog.isVisible()
    assert window.current_section == "notes"
    notes_page = window.page("notes")
    qtbot.waitUntil(lambda: notes_page.current_note is not None and notes_page.current_note.id == note.id)
    merged = store.db.execute("SELECT body FROM notes WHERE id = ?", [note.id]).fetchone()[0]
    assert "ocre et crème" in merged and "bleu nuit" in merged  # both versions kept in the text

    # Keep the other device's version: the text changes, the conflict closes; Undo brings both back.
    window.open_sync(conflicts=True)
    run(ctx.tasks.idle())
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SyncDialog) and w.isVisible())
    view = dialog.conflicts_view
    qtbot.mouseClick(view.keep_theirs_button, Qt.MouseButton.LeftButton)
    run(ctx.tasks.idle())
    body = lambda: store.db.execute("SELECT body FROM notes WHERE id = ?", [note.id]).fetchone()[0]  # noqa: E731
    assert body() == "Couleurs : bleu nuit"
    assert view.list.count() == 0 and indicator.state == states.SYNCED
    assert ctx.undo.undo_label == "Other device's version kept: Charte"
    ctx.undo.undo()
    run(ctx.tasks.idle())
    assert body() == merged
    assert view.list.count() == 1 and indicator.state == states.CONFLICTS
    ctx.undo.redo()
    run(ctx.tasks.idle())
    assert body() == "Couleurs : bleu nuit" and indicator.state == states.SYNCED

    # The choice is an edit like any other: the other device gets it.
    run(service.sync_now())
    SyncEngine(desktop, FolderTarget(folder)).run()
    assert desktop.db.execute("SELECT body FROM notes").fetchone()[0] == "Couleurs : bleu nuit"
    dialog.reject()
    desktop.close()


def test_keeping_the_merged_text_or_this_devices_is_undoable(
    qapp: QApplication,
    ctx: AppContext,
    store: Store,
    run,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    client = execute(store, call(clients.create_client, "Boulangerie")).value
    note = execute(store, call(notes.create_note, client.id, "Charte", "Couleurs : ocre")).value
    folder = tmp_path / "t"
    folder.mkdir()
    SyncEngine(store, FolderTarget(folder)).run()
    desktop = _conflict_with_desktop(store, tmp_path / "desktop", folder, note.id)
    execute(store, call(notes.save_note, note.id, title="Charte", body="Couleurs : ocre et crème"))
    SyncEngine(store, FolderTarget(folder)).run()
    desktop.close()
    merged = store.db.execute("SELECT body FROM notes WHERE id = ?", [note.id]).fetchone()[0]
    (conflict,) = store.journal.conflicts()

    outcome = execute(store, call(sync_ops.resolve_conflict, conflict.id))  # the merged text, as is
    assert store.journal.conflicts() == [] and outcome.undo is not None
    assert outcome.changes.touches("notes") and outcome.changes.op == "sync.resolve_conflict"
    execute(store, outcome.undo)
    assert [c.id for c in store.journal.conflicts()] == [conflict.id]
    assert store.db.execute("SELECT body FROM notes WHERE id = ?", [note.id]).fetchone()[0] == merged

    outcome = execute(store, call(sync_ops.resolve_conflict, conflict.id, sync_ops.KEEP_MINE))
    assert store.db.execute("SELECT body FROM notes WHERE id = ?", [note.id]).fetchone()[0] == (
        "Couleurs : ocre et crème"
    )
    execute(store, outcome.undo)
    assert store.db.execute("SELECT body FROM notes WHERE id = ?", [note.id]).fetchone()[0] == merged
    assert sync_ops.conflict_count(store) == 1


def test_call_from_worker_takes_named_steps_not_closures(
    qapp: QApplication,
    ctx: AppContext,
    store: Store,
    run,
) -> None:
    import asyncio
    import functools

    import pytest

    with pytest.raises(TypeError):
        ctx.runner.call_from_worker(lambda s: 1)
    with pytest.raises(TypeError):
        ctx.runner.call_from_worker(functools.partial(sync_ops.conflict_count))
    # From a worker thread, as sync does: a named operation and its arguments.
    assert run(asyncio.to_thread(ctx.runner.call_from_worker, sync_ops.conflict_count)) == 0
    found = run(asyncio.to_thread(ctx.runner.call_from_worker, sync_ops.client_uids, ["Nobody"]))
    assert found == {"Nobody": None}


def test_a_copied_data_folder_is_offered_an_identity_of_its_own(
    qapp: QApplication,
    ctx: AppContext,
    store: Store,
    run,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    import sqlite3

    from cmtoolbox.paths import DATABASE_NAME

    client = execute(store, call(clients.create_client, "Boulangerie")).value
    folder = tmp_path / "t"
    folder.mkdir()
    service = SyncService(ctx)
    dialog = SyncDialog(ctx, service)
    run(dialog.load())
    page = dialog.settings_page
    page.target_edit.setText(str(folder))
    run(page.save_and_sync())
    assert page.new_identity_button.isHidden()
    execute(store, call(notes.create_note, client.id, "Avant la copie", "pas encore envoyée"))
    # This data folder is copied to another computer, which syncs first.
    copy_root = tmp_path / "desktop"
    copy_root.mkdir()
    with sqlite3.connect(copy_root / DATABASE_NAME) as target:
        store.db.conn.backup(target)
    desktop, _ = Store.open(copy_root)
    execute(desktop, call(notes.create_note, client.id, "Du bureau", "après la copie"))
    SyncEngine(desktop, FolderTarget(folder)).run()
    execute(store, call(notes.create_note, client.id, "Du portable", "dans le train"))
    run(page.save_and_sync())
    assert "copied" in page.result_label.text()
    assert not page.new_identity_button.isHidden()
    device = store.journal.device_id()
    assert run(page.new_identity(confirmed=True))
    assert store.journal.device_id() != device
    assert "sent" in page.result_label.text() and page.new_identity_button.isHidden()
    SyncEngine(desktop, FolderTarget(folder)).run()
    titles = {r[0] for r in desktop.db.execute("SELECT title FROM notes")}
    assert {"Avant la copie", "Du bureau", "Du portable"} <= titles
    desktop.close()


def test_a_webdav_server_that_does_not_answer_shows_offline(
    qapp: QApplication,
    ctx: AppContext,
    store: Store,
    run,
) -> None:
    import socket

    from cmtoolbox.gui.sync import indicator as states
    from cmtoolbox.gui.sync.indicator import SyncIndicator

    with socket.socket() as probe:  # a port nothing listens on any more
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    execute(store, call(clients.create_client, "Boulangerie"))
    url = f"http://127.0.0.1:{port}/remote.php/dav/files/cm/"
    run(ctx.runner.run(sync_ops.save_sync_settings, sync_ops.SyncSettings(target=url, username="cm")))
    service = SyncService(ctx)
    indicator = SyncIndicator(ctx)
    indicator.attach(service)
    indicator.refresh()
    run(ctx.tasks.idle())
    assert indicator.state == states.NEVER
    summary = run(service.sync_now())
    run(ctx.tasks.idle())
    assert summary["code"] == "unreachable"
    assert indicator.state == states.FAILED
    assert indicator.button.text() == "Offline — target cannot be reached"
    assert url in indicator.button.toolTip()


def test_another_target_is_listed_and_forgotten_after_a_yes(
    qapp: QApplication,
    ctx: AppContext,
    store: Store,
    run,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.helpers import click_in_next_message_box

    client = execute(store, call(clients.create_client, "Boulangerie")).value
    old, new = tmp_path / "Nextcloud", tmp_path / "Syncthing"
    old.mkdir()
    new.mkdir()
    service = SyncService(ctx)
    dialog = SyncDialog(ctx, service)
    run(dialog.load())
    page = dialog.settings_page
    assert page.others_box.isHidden()  # never synced: no other target
    page.target_edit.setText(str(old))
    run(page.save_and_sync())
    assert page.others_box.isHidden()  # the only target is the current one
    page.target_edit.setText(str(new))
    run(page.save_and_sync())
    run(page.show_other_targets())
    assert not page.others_box.isHidden()
    assert page.others_list.count() == 1
    assert str(old) in page.others_list.item(0).text() and "last synced" in page.others_list.item(0).text()
    assert page.forget_button.isEnabled()
    for n in range(3):
        execute(store, call(notes.create_note, client.id, f"Idée {n}", "texte"))
    run(page.save_and_sync())
    journal = int(store.db.execute("SELECT count(*) FROM sync_journal").fetchone()[0])
    assert journal > 3  # the old target holds the journal back

    old_id = str(page.others_list.item(0).data(Qt.ItemDataRole.UserRole))
    click_in_next_message_box(QMessageBox.StandardButton.No)
    assert not run(page.forget_target(old_id))
    assert page.others_list.count() == 1  # "No" keeps it

    click_in_next_message_box(QMessageBox.StandardButton.Yes)
    assert run(page.forget_target(old_id))
    assert page.others_box.isHidden() and page.others_list.count() == 0
    assert [t.address for t in run(ctx.runner.read(sync_ops.list_targets))] == [str(new)]
    run(page.save_and_sync())
    assert int(store.db.execute("SELECT count(*) FROM sync_journal").fetchone()[0]) == 1
