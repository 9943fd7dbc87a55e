"""“Note moved to trash — Undo”: a message with an Undo button in the main window's status bar.

Pages live inside the main window, but are also built alone (tests, previews): then the message
shows in a small bar of the page itself, so Undo is always reachable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

UNDO_TIMEOUT_MS = 10_000


class UndoBar(QWidget):
    """Hidden until `offer()`; the inline fallback when no status bar is around."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = QLabel()
        self.button = QToolButton()
        self.button.setObjectName("undoButton")
        self.button.setText(self.tr("&Undo"))
        self.button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._status_button: QToolButton | None = None
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    @property
    def active(self) -> bool:
        return self._action is not None

    def offer(self, message: str, undo: Callable[[], None], timeout_ms: int = UNDO_TIMEOUT_MS) -> None:
        self.dismiss()
        self._action = undo
        window = self.window()
        if isinstance(window, QMainWindow) and window is not self:
            bar = window.statusBar()
            bar.showMessage(message, timeout_ms)
            button = QToolButton()
            button.setObjectName("statusUndoButton")
            button.setText(self.tr("&Undo"))
            button.setAutoRaise(True)
            button.clicked.connect(self._undo)
            bar.addWidget(button)
            button.show()
            self._status_button = button
        else:
            self.label.setText(message)
            self.show()
        self._timer.start(timeout_ms)

    def trigger(self) -> None:
        """Undo now (the button, or a test)."""
        self._undo()

    def _undo(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self._action = None
        self.hide()
        if self._status_button is not None:
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().removeWidget(self._status_button)
                window.statusBar().clearMessage()
            self._status_button.deleteLater()
            self._status_button = None
