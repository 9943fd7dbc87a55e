"""The debounce timer, written once: a single-shot timer that each `start()` pushes back.

Search boxes, reloads after a burst of changes and re-measuring after a resize all wait for a
pause before doing the work once; `debounce` makes that timer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def debounce(parent: QObject, delay_ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer, child of `parent`, calling `slot()` once `delay_ms` after its last `start()`."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(slot)
    return timer
