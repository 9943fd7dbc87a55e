"""Awaitable dialogs: open a dialog without a nested event loop and await its answer.

`exec()` inside a coroutine would spin a second event loop under qasync; `open()` plus a future
keeps one loop, and tests can find the open dialog and answer it like a person would.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog, QMessageBox


async def ask(dialog: QDialog) -> int:
    """Show `dialog` window-modally and return its result code (or the clicked standard button)."""
    # get_event_loop, not get_running_loop: a task may be stepped by Qt while the loop is between
    # run_until_complete calls (tests drive it that way); the qasync loop is always the current one.
    future: asyncio.Future[int] = asyncio.get_event_loop().create_future()

    def finished(code: int) -> None:
        if not future.done():
            if isinstance(dialog, QMessageBox):
                button = dialog.clickedButton()
                code = int(dialog.standardButton(button).value) if button is not None else code
            future.set_result(code)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future
    finally:
        dialog.deleteLater()
