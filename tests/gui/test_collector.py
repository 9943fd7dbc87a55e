"""Cyclic garbage collection happens on the UI thread only (`gui.collector`)."""

from __future__ import annotations

import gc
import threading

from cmtoolbox.gui.collector import install_collector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_worker_thread_never_collects_and_the_ui_timer_does(qapp, qtbot) -> None:  # noqa: ANN001
    collector = install_collector(qapp)
    assert install_collector(qapp) is collector and not gc.isenabled()
    collected: list[str] = []

    def on_gc(phase: str, info: dict) -> None:
        if phase == "stop":
            collected.append(threading.current_thread().name)

    gc.callbacks.append(on_gc)
    try:
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        assert "worker" not in collected  # far past the thresholds, yet no collection there
        assert gc.get_count()[0] > collector.thresholds[0]
        qtbot.waitUntil(lambda: bool(collected))  # the timer's next tick
        assert set(collected) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(on_gc)
        gc.enable()


def test_generations_follow_pythons_thresholds(qapp) -> None:  # noqa: ANN001
    collector = install_collector(qapp)
    gc.collect()
    assert collector.check() is None  # nothing allocated since
    junk = [_Cycle() for _ in range(collector.thresholds[0] + 10)]
    assert collector.check() == 0
    del junk
    gc.enable()


def test_a_burst_of_young_objects_goes_to_generation_1_at_once(qapp) -> None:  # noqa: ANN001
    """Left in generation 1 for ten ticks, a burst made its later collection block the window."""
    collector = install_collector(qapp)
    gc.collect()
    t0, t1, _t2 = collector.thresholds
    burst = [_Cycle() for _ in range(t0 * t1 + 10)]
    assert gc.get_count()[1] <= t1  # by Python's tick count, only generation 0 would be due
    try:
        assert collector.check() == 1
        assert collector.long_lived_pending >= len(burst)  # the survivors were promoted
    finally:
        del burst
        gc.enable()


def test_full_collections_follow_pythons_long_lived_rule(qapp) -> None:  # noqa: ANN001
    collector = install_collector(qapp)
    gc.collect()
    try:
        collector.long_lived_total = 1_000_000  # a big old heap, barely grown since
        collector.long_lived_pending = 10
        while gc.get_count()[2] <= collector.thresholds[2]:  # make the oldest generation due
            gc.collect(1)
        for _ in range(collector.thresholds[1] + 1):  # and generation 1
            gc.collect(0)
        junk = [_Cycle() for _ in range(collector.thresholds[0] + 10)]
        assert collector.check() == 1  # skipped: generation 1 instead, as Python would
        collector.long_lived_pending = 300_000
        for _ in range(collector.thresholds[1] + 1):
            gc.collect(0)
        junk = [_Cycle() for _ in range(collector.thresholds[0] + 10)]
        assert collector.check() == 2
        assert collector.long_lived_pending == 0 and collector.long_lived_total < 1_000_000
        del junk
    finally:
        gc.enable()


def test_the_timer_checks_often_after_a_collection_and_backs_off_when_idle(qapp) -> None:  # noqa: ANN001
    from cmtoolbox.gui.collector import BUSY_INTERVAL_MS, INTERVAL_MS

    collector = install_collector(qapp)
    gc.collect()
    try:
        junk = [_Cycle() for _ in range(collector.thresholds[0] + 10)]
        collector._tick()
        assert collector.timer.interval() == BUSY_INTERVAL_MS
        gc.collect()
        collector._tick()
        assert collector.timer.interval() == INTERVAL_MS
        del junk
    finally:
        gc.enable()


def test_full_collections_of_the_start_freeze_their_survivors_and_later_ones_do_not(qapp, qtbot) -> None:  # noqa: ANN001
    collector = install_collector(qapp)
    gc.collect()
    survivors = [[index] for index in range(20_000)]  # the session's furniture: pages, dictionaries

    def full_collection_due() -> None:
        collector.long_lived_total = None  # the first full collection is always due
        while gc.get_count()[2] <= collector.thresholds[2]:
            gc.collect(1)
        for _ in range(collector.thresholds[1] + 1):
            gc.collect(0)

    try:
        collector.freeze_during_start(start_ms=50)
        full_collection_due()
        junk = [_Cycle() for _ in range(collector.thresholds[0] + 10)]
        assert collector.check() == 2
        frozen = gc.get_freeze_count()
        assert frozen >= len(survivors)  # out of later collections' sight
        assert collector.long_lived_total is not None and collector.long_lived_total < len(survivors)
        qtbot.waitUntil(lambda: not collector.freezing)  # the start is over
        full_collection_due()
        junk = [_Cycle() for _ in range(collector.thresholds[0] + 10)]
        assert collector.check() == 2
        assert gc.get_freeze_count() <= frozen  # nothing more frozen after the start (some freed)
        del junk
    finally:
        gc.unfreeze()
        gc.enable()
