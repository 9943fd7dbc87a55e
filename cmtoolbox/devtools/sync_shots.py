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
from cmtoolbox.sync import FolderTarget, SyncEngine


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
