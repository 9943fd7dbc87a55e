"""Long work with a progress dialog and Cancel: backups, restores, exports.

The work runs in one of the app's pools and reports `(done, total)` from its thread; the dialog
polls the latest figures on the UI thread (no signal per chunk), and Cancel sets a flag the work
checks between chunks, raising its own "cancelled" error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from cmtoolbox.gui.pools import IO, Pools

T = TypeVar("T")
POLL_MS = 100
SCALE = 1000  # QProgressDialog takes ints: show per mille of the bytes


class Progress:
    """Thread-safe progress state shared by the work and the dialog."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self._cancel = threading.Event()

    def update(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


async def run_with_progress(
    parent: QWidget | None,
    pools: Pools,
    label: str,
    work: Callable[[Progress], T],
    *,
    pool: str = IO,
    cancel_text: str = "",
) -> T:
    """Run `work(progress)` in `pool` behind a window-modal progress dialog with Cancel."""
    progress = Progress()
    cancel = cancel_text or QCoreApplication.translate("QProgressDialog", "Cancel")  # Qt's own catalogue
    dialog = QProgressDialog(label, cancel, 0, SCALE, parent)
    dialog.setObjectName("cmtoolboxProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(progress.cancel)
    timer = QTimer(dialog)

    def poll() -> None:
        if progress.total:
            dialog.setValue(min(SCALE, int(progress.done * SCALE / progress.total)))

    timer.timeout.connect(poll)
    timer.start(POLL_MS)
    try:
        result: Any = await pools.run(pool, work, progress)
        return result
    finally:
        timer.stop()
        dialog.close()
        dialog.deleteLater()
