"""Small widgets shared by the three tabs of the monitoring section.

`TaskBar` shows the progress of a background job (import, link check, refresh) with a Cancel
button, inside the page rather than in a modal dialog, so the CM keeps reading while it runs.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class TaskBar(QWidget):
    """Label + progress bar + Cancel, hidden while idle. `track(task)` ties Cancel to a task."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(260)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._task: asyncio.Task | None = None
        self._running = False
        self.hide()

    @property
    def busy(self) -> bool:
        return self._running

    def start(self, text: str, total: int = 0, task: asyncio.Task | None = None) -> None:
        self.label.setText(text)
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self._task = task
        self._running = True
        self.show()

    def track(self, task: asyncio.Task) -> None:
        self._task = task

    def set_progress(self, done: int, total: int) -> None:
        if self.bar.maximum() != total:
            self.bar.setRange(0, total)
        self.bar.setValue(done)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def cancel(self) -> None:
        self.cancel_requested.emit()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self.cancel_button.setEnabled(False)

    def finish(self) -> None:
        self._task = None
        self._running = False
        self.hide()
