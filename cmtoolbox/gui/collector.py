"""Python's cyclic garbage collection, on the UI thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed: the
database thread, the grammar or spelling workers, a pool's management thread. A collection there
can delete Qt objects of the UI thread (widgets, timers caught in a reference cycle) from the wrong
thread: Qt warns "Timers cannot be stopped from another thread" and may crash later (seen in the
test suite with Grammalecte, which allocates a lot on its worker). So automatic collection is off
for the whole process, and a timer on the UI thread collects, generation by generation, when the
same thresholds Python would use are crossed (the classic recipe for PyQt/PySide apps).

A collection's pause grows with the young objects it scans, so the timer checks often while the app
allocates (a feed refresh parses tens of thousands of objects a second: checked every 500 ms, one
young collection scanned 100,000 objects and blocked the window for 40 to 120 ms) and backs off when
it is idle. Full collections follow Python's own rule: only when the objects promoted to the oldest
generation since the last full one are a quarter of those it then held; an unconditional full
collection scans every object of the process.

What the start builds (modules, pages, the spelling and grammar dictionaries) lives for the whole
session, yet every full collection used to scan it again: about 100 ms of UI stall, falling while
the user scrolls a list. So during the start (`freeze_during_start`, the app's first minute) the
survivors of each full collection are frozen (`gc.freeze()`): later full collections scan only
what came since. A frozen object is still freed by reference counting; only a reference cycle
among frozen objects that became garbage would stay, a small price for the session's furniture.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["UiThreadCollector", "install_collector"]

INTERVAL_MS = 500
"""The check's interval while nothing is due (an idle app wakes twice a second for it)."""
BUSY_INTERVAL_MS = 20
"""The check's interval after a collection: a burst of allocations is collected in small steps."""
START_MS = 60_000
"""How long the app's start lasts for `freeze_during_start` (pages warmed up, dictionaries loaded)."""


class UiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        self.idle_interval_ms = interval_ms
        self.long_lived_total: int | None = None
        """Objects in the oldest generation after the last full collection (None: none yet)."""
        self.allocated_since_gen1 = 0
        """Young objects seen by generation-0 collections since the last generation-1 one."""
        self.long_lived_pending = 0
        """Objects promoted to the oldest generation since then (survivors of generation 1)."""
        self.freezing = False
        """True during the start: full collections freeze their survivors (module docstring)."""
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        collected = self.check() is not None
        interval = min(BUSY_INTERVAL_MS, self.idle_interval_ms) if collected else self.idle_interval_ms
        if self.timer.interval() != interval:
            self.timer.setInterval(interval)

    def check(self) -> int | None:
        """Collect the generation Python would have (None: nothing due); returns it, for tests."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return None
        # Generation 1 is due after as many allocations as Python's own schedule (t0 × t1), not
        # after t1 ticks: a tick's young generation can be 100,000 objects, and ten of those left
        # in generation 1 made its next collection block the window for 100 ms.
        if counts[1] == 0:  # generation 1 was collected since (a full gc.collect() elsewhere)
            self.allocated_since_gen1 = 0
        young_volume = self.allocated_since_gen1 + counts[0]
        if counts[1] <= self.thresholds[1] and young_volume <= self.thresholds[0] * self.thresholds[1]:
            gc.collect(0)
            self.allocated_since_gen1 = young_volume
            return 0
        self.allocated_since_gen1 = 0
        if counts[2] > self.thresholds[2] and self._full_collection_due():
            gc.collect(2)
            if self.freezing:
                gc.freeze()
            self.long_lived_total = len(gc.get_objects(2))
            self.long_lived_pending = 0
            return 2
        young = len(gc.get_objects(0)) + len(gc.get_objects(1))
        unreachable = gc.collect(1)
        self.long_lived_pending += max(0, young - unreachable)
        return 1

    def freeze_during_start(self, start_ms: int = START_MS) -> None:
        """Freeze the survivors of full collections for the next `start_ms` (the app does this;
        tests do not, so their objects stay collectable)."""
        self.freezing = True
        QTimer.singleShot(start_ms, self, self._end_of_start)

    def _end_of_start(self) -> None:
        self.freezing = False

    def _full_collection_due(self) -> bool:
        # Python's rule (gcmodule.c): skip the full collection while the objects promoted since
        # the last one are under a quarter of those it left; collect generation 1 instead.
        if self.long_lived_total is None:
            return True
        return self.long_lived_pending >= self.long_lived_total // 4


def install_collector(app: QCoreApplication) -> UiThreadCollector:
    """Move collection to `app`'s thread (once per application; later calls return the same)."""
    existing = getattr(app, "_cmtoolbox_collector", None)
    if isinstance(existing, UiThreadCollector):
        gc.disable()  # something turned it back on (a test): off again
        return existing
    collector = UiThreadCollector(app)
    app._cmtoolbox_collector = collector  # type: ignore[attr-defined]
    return collector
