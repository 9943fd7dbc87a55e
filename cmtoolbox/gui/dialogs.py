"""Awaitable dialogs: open a dialog without a nested event loop and await its answer.

`exec()` inside a coroutine would spin a second event loop under qasync; `open()` plus a future
keeps one loop, and tests can find the open dialog and answer it like a person would.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


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


def _file_dialog(parent: QWidget | None, title: str, directory: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, name_filter)
    dialog.setObjectName("cmtoolboxFileDialog")  # tests find and answer it
    return dialog


async def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str = ""
) -> Path | None:
    """A file name to write, or None when cancelled; the dialog confirms overwriting."""
    dialog = _file_dialog(parent, title, str(suggested.parent), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested.name)
    if await ask(dialog) != QDialog.DialogCode.Accepted.value or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


async def ask_open_path(
    parent: QWidget | None, title: str, directory: Path, name_filter: str = ""
) -> Path | None:
    dialog = _file_dialog(parent, title, str(directory), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if await ask(dialog) != QDialog.DialogCode.Accepted.value or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


async def ask_folder(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    dialog = _file_dialog(parent, title, str(directory), "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if await ask(dialog) != QDialog.DialogCode.Accepted.value or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


async def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    default: QMessageBox.StandardButton | None = None,
    name: str = "",
    informative: str = "",
) -> bool:
    """Ask a yes-or-no question; True when the person answered Yes. `name` is the box's object
    name (tests find the open box by it), `default` the button Enter presses."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if name:
        box.setObjectName(name)
    if informative:
        box.setInformativeText(informative)
    if default is not None:
        box.setDefaultButton(default)
    return await ask(box) == QMessageBox.StandardButton.Yes.value
