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
