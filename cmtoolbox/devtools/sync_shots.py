"""Screenshots of Settings ▸ Sync and of a conflict shown to the user (issue 17).

A second device (a real data folder) and a plain folder target are set up in temporary folders;
both devices edit the same line of a sample note, so the conflicts tab has something to show.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.ops import call, execute, notes
from cmtoolbox.storage.store import Store
from cmtoolbox.sync import FolderTarget, SyncEngine, SyncOptions


def _first_note(store: Store) -> tuple[int, str, str, str]:
    row = store.db.execute(
        "SELECT id, uid, title, body FROM notes WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
    ).fetchone()
    return int(row[0]), str(row[1]), str(row[2]), str(row[3])


async def sync_shots(window, ctx: AppContext, save: Callable[[QWidget, str], None]) -> None:  # noqa: ANN001
    folder = Path(tempfile.mkdtemp(prefix="cmt-sync-target-"))
    desktop_root = Path(tempfile.mkdtemp(prefix="cmt-sync-desktop-"))
    dialog = window.open_sync()
    await ctx.tasks.idle()
    page = dialog.settings_page
    page.target_edit.setText(str(folder))
    page.user_edit.setText("")
    await page.save_and_sync()

    desktop, _ = Store.open(desktop_root)
    SyncEngine(desktop, FolderTarget(folder)).run()
    note_id, uid, title, body = await ctx.runner.read(_first_note)
    lines = body.split("\n")
    other_id = desktop.db.execute("SELECT id FROM notes WHERE uid = ?", [uid]).fetchall()[0][0]
    desktop_body = "\n".join([lines[0] + " (version du bureau)", *lines[1:]])
    execute(desktop, call(notes.save_note, other_id, title=title, body=desktop_body))
    SyncEngine(desktop, FolderTarget(folder)).run()
    desktop.close()
    await ctx.runner.run(
        notes.save_note,
        note_id,
        title=title,
        body="\n".join([lines[0] + " (version du portable)", *lines[1:]]),
    )
    await page.save_and_sync()
    await dialog.conflicts_view.load()
    await asyncio.sleep(0.2)
    save(dialog, "sync-settings")
    dialog.tabs.setCurrentIndex(1)
    await asyncio.sleep(0.2)
    save(dialog, "sync-conflicts")
    dialog.reject()
    await _status_shots(window, ctx, save, folder, note_id)
    await _other_target_shot(window, ctx, save)


async def _other_target_shot(window, ctx: AppContext, save: Callable[[QWidget, str], None]) -> None:  # noqa: ANN001
    """The CM moved to another target: the one synced before is listed under Other targets."""
    from cmtoolbox.ops import sync as sync_ops  # noqa: PLC0415

    moved = Path(tempfile.mkdtemp(prefix="cmt-sync-syncthing-"))
    dialog = window.open_sync()
    await ctx.tasks.idle()
    page = dialog.settings_page
    page.target_edit.setText(str(moved))
    page.encrypt_check.setChecked(False)
    await page.save_and_sync()
    await page.show_other_targets()
    await asyncio.sleep(0.2)
    save(dialog, "sync-other-targets")
    dialog.reject()
    await ctx.runner.run(sync_ops.save_sync_settings, sync_ops.SyncSettings())
    await ctx.tasks.idle()


async def _status_shots(
    window, ctx: AppContext, save: Callable[[QWidget, str], None], folder: Path, note_id: int  # noqa: ANN001
) -> None:
    """The status bar's sync indicator in each state, and Open from a conflict."""
    from cmtoolbox.ops import sync as sync_ops  # noqa: PLC0415

    indicator = window.sync.ensure_indicator()
    service = window.sync.ensure_service()
    service.stop()
    bar = window.statusBar()

    async def shot(name: str) -> None:
        await ctx.tasks.idle()
        await asyncio.sleep(0.2)
        save(window, f"sync-status-{name}")
        save(bar, f"sync-statusbar-{name}")

    await shot("conflicts")
    # Busy: the real sync of a sample is too quick to catch; the service's own signals, replayed.
    indicator._on_started()
    indicator._on_progress("push", 1200, 4000)
    await asyncio.sleep(0.2)
    save(bar, "sync-statusbar-syncing")
    indicator._on_finished(None)
    # Open from the conflict: the note in the notebook, with both versions in its text.
    dialog = window.open_sync(conflicts=True)
    await ctx.tasks.idle()
    await asyncio.sleep(0.2)
    dialog.conflicts_view.open_button.click()
    await ctx.tasks.idle()
    await asyncio.sleep(0.4)
    save(window, "sync-conflict-opened")
    for item in await ctx.runner.read(sync_ops.conflict_items):
        await ctx.runner.run(sync_ops.resolve_conflict, item.id)
    await service.sync_now()
    bar.clearMessage()
    await shot("synced")
    # Offline: the folder is gone (an unmounted share).
    gone = folder.with_name(folder.name + "-gone")
    folder.rename(gone)
    await service.sync_now()
    await shot("offline")
    gone.rename(folder)
    # A wrong passphrase: an encrypted target set up by another device.
    encrypted = Path(tempfile.mkdtemp(prefix="cmt-sync-encrypted-"))
    other_root = Path(tempfile.mkdtemp(prefix="cmt-sync-other-"))
    other, _ = Store.open(other_root)
    SyncEngine(other, FolderTarget(encrypted), SyncOptions(passphrase="la bonne phrase")).run()
    other.close()
    settings = await ctx.runner.read(sync_ops.sync_settings)
    await ctx.runner.run(
        sync_ops.save_sync_settings,
        sync_ops.SyncSettings(target=str(encrypted), encrypted=True, last=settings.last),
    )
    ctx.secrets.set(sync_ops.PASSPHRASE_REF, "une autre phrase")
    await service.sync_now()
    await shot("passphrase")
    ctx.secrets.delete(sync_ops.PASSPHRASE_REF)
    await ctx.runner.run(sync_ops.save_sync_settings, sync_ops.SyncSettings())
    await ctx.tasks.idle()
    del note_id
