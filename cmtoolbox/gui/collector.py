"""Python's cyclic garbage collection, on the UI thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed: the
database thread, the grammar or spelling workers, a pool's management thread. A collection there
can delete Qt objects of the UI thread (widgets, timers caught in a reference cycle) from the wrong
thread: Qt warns "Timers cannot be stopped from another thread" and may crash later (seen in the
test suite with Grammalecte, which allocates a lot on its worker). So automatic collection is off
for the whole process, and a timer on the UI thread collects, generation by generation, when the
same thresholds Python would use are crossed (the classic recipe for PyQt/PySide apps).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["UiThreadCollector", "install_collector"]

INTERVAL_MS = 500


class UiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int | None:
        """Collect the generation Python would have (None: nothing due); returns it, for tests."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return None
        generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 1
            if counts[2] > self.thresholds[2]:
                generation = 2
        gc.collect(generation)
        return generation


def install_collector(app: QCoreApplication) -> UiThreadCollector:
    """Move collection to `app`'s thread (once per application; later calls return the same)."""
    existing = getattr(app, "_cmtoolbox_collector", None)
    if isinstance(existing, UiThreadCollector):
        gc.disable()  # something turned it back on (a test): off again
        return existing
    collector = UiThreadCollector(app)
    app._cmtoolbox_collector = collector  # type: ignore[attr-defined]
    return collector
