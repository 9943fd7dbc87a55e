"""Short messages for the status bar, from any view (the main window shows them)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

DEFAULT_TIMEOUT_MS = 6000


class StatusService(QObject):
    message = Signal(str, int)  # text, timeout in ms (0: until replaced)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last = ""

    def show(self, text: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        self.last = text
        self.message.emit(text, timeout_ms)
