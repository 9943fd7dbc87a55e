"""Scripted sessions of the real app, for crash tests (`cmtoolbox --drive SCENARIO`).

The end-to-end kill tests start the app with a scenario, read what it reports on stdout, kill it
with SIGKILL at a random moment, and check what the next start finds. Each line is
`<event> <value> <unix time>`, flushed at once, so the test knows what had happened before the kill.

- `typing`: a new note in the sample client; one key every 50-250 ms (a deterministic text), each
  reported as `typed <characters so far> <time>`;
- `backup`: back up the data folder again and again (`backup <n> <time>`);
- `import:<folder>`: import the files of a folder into the library, over and over
  (`imported <n> <time>`);
- `refresh`: refresh every feed over and over (`refreshed <n> <time>`).
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPlainTextEdit

from cmtoolbox.ops import clients as client_ops
from cmtoolbox.storage.archive import write_archive

if TYPE_CHECKING:
    from cmtoolbox.gui.main_window import MainWindow

TEXT = "Le croissant du matin, doré et feuilleté, attend les clients de la Croix-Rousse. "


def report(event: str, value: object) -> None:
    print(f"{event} {value} {time.time():.3f}", flush=True)


def typed_text(count: int) -> str:
    """The first `count` characters the typing scenario types (the test recomputes them)."""
    return (TEXT * (count // len(TEXT) + 1))[:count]


async def _client(window: MainWindow) -> None:
    ctx = window.ctx
    offered, count = await ctx.runner.read(client_ops.first_run_state)
    if not count:
        client = await ctx.runner.run(client_ops.create_sample)
        await window.clients.reload()
        window.clients.select(client.id)


async def _typing(window: MainWindow) -> None:
    window.show_section("notes")
    page = window.page("notes")
    for _ in range(40):  # the page may open the note it showed last: let it, then create ours
        await asyncio.sleep(0.05)
        if page.current_note is not None:
            break
    before = page.current_note
    window.new_item()
    edit: QPlainTextEdit | None = None
    for _ in range(400):  # the new note opens in the editor
        await asyncio.sleep(0.05)
        note = page.current_note
        if note is not None and note is not before and (before is None or note.id != before.id):
            edit = page.editor.body
            break
    if edit is None:
        report("error", "no-editor")
        return
    edit.selectAll()
    report("editor", f"{type(edit).__name__}:{edit.objectName() or '-'}")
    rng = random.Random()
    count = 0
    report("ready", 0)
    while True:
        char = typed_text(count + 1)[-1]
        edit.insertPlainText(char)  # one keystroke, as the editor's change signals see it
        count += 1
        report("typed", count)
        await asyncio.sleep(rng.uniform(0.05, 0.25))


async def _backup(window: MainWindow) -> None:
    root = window.ctx.root
    target = Path(root).parent / "kill-test-backups"
    n = 0
    while True:
        n += 1
        await window.ctx.pools.run("io", write_archive, root, target / f"backup-{n % 3}.cmtbackup")
        report("backup", n)


async def _importing(window: MainWindow, folder: Path) -> None:
    """Import the pictures of `folder` into the library again and again (each round a fresh client
    so every file is really copied, not found as a duplicate)."""
    n = 0
    page = window.page("library")
    window.show_section("library")
    while True:
        n += 1
        client = await window.ctx.runner.run(client_ops.create_client, f"Import {time.time_ns()}")
        await window.clients.reload()
        window.clients.select(client.id)
        await asyncio.sleep(0.05)
        task = page.start_import([folder])
        if task is not None:
            await task
        report("imported", n)


async def _refreshing(window: MainWindow) -> None:
    """Refresh every feed of the sample client again and again."""
    window.show_section("sources")
    tab = window.page("sources").feeds_tab
    n = 0
    while True:
        n += 1
        task = tab.refresh_all()
        if task is not None:
            await task
        report("refreshed", n)
        await asyncio.sleep(0.05)


async def drive(window: MainWindow, scenario: str) -> None:
    await _client(window)
    if scenario == "typing":
        await _typing(window)
    elif scenario == "backup":
        await _backup(window)
    elif scenario.startswith("import:"):
        await _importing(window, Path(scenario.split(":", 1)[1]))
    elif scenario == "refresh":
        await _refreshing(window)
    else:
        report("error", f"unknown-scenario:{scenario}")
        sys.exit(2)
