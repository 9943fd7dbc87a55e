"""The app measures its own UI-thread stalls (issue 16): a heartbeat timer and its lateness.

A QTimer fires every `interval_ms` on the UI thread; when the thread was busy (a slow slot, a
synchronous query, a long layout), the tick comes late, and the lateness is how long the UI could
not answer the user. The longest one of each period (a minute by default) goes to the log, so a
user's "it froze while refreshing" becomes a figure. Switched on by the environment variable
`CMTOOLBOX_STALLS=1` or the `--debug-stalls` flag; benchmarks use the same monitor in-process.

`longest_cpu_ms` is the UI thread's own CPU time over the worst beat: on a machine busy with other
work, lateness also counts waiting for a core (and for the interpreter lock, which other threads
of the app may hold: a real stall too); the CPU figure tells the UI thread's own work apart.

With `stack_after_ms`, a watchdog thread looks at the heartbeat every few milliseconds; when the
UI thread is that late, it records where the UI thread's Python code is (the innermost frames
of its stack), once per stall: the log then says what froze the window, not only for how long.
A thread of ours cannot run while the UI thread holds the interpreter lock inside Qt's C++ code,
so `faulthandler`'s own watchdog (C, needs no lock) is armed at every beat as well; its dump
serves when ours caught nothing. The stack of the longest stall is kept in `longest_stack`.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import re
import sys
import tempfile
import threading
import time
import traceback
from typing import IO

from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)

ENV_SWITCH = "CMTOOLBOX_STALLS"
FLAG = "--debug-stalls"


def stalls_requested(argv: list[str], environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return FLAG in argv or env.get(ENV_SWITCH, "").strip().lower() in {"1", "true", "yes", "on"}


_DUMP_THREAD = re.compile(r"^(?:Current thread|Thread) 0x([0-9a-f]+)", re.MULTILINE)
_DUMP_FRAME = re.compile(r'File "([^"]*)", line (\d+) in (\S+)')


def ui_thread_stack(dump: str, thread_id: int) -> str:
    """The frames of `thread_id` in a faulthandler dump, written like `traceback.format_stack`."""
    heads = list(_DUMP_THREAD.finditer(dump))
    ends: list[re.Match[str] | None] = [*heads[1:], None]
    for head, after in zip(heads, ends[: len(heads)], strict=True):
        if int(head.group(1), 16) != thread_id:
            continue
        block = dump[head.end() : after.start() if after else len(dump)]
        frames = _DUMP_FRAME.findall(block)  # most recent call first
        return "".join(f'  File "{path}", line {line}, in {name}\n' for path, line, name in reversed(frames))
    return ""


class StallMonitor(QObject):
    """Heartbeat on the UI thread; `longest_ms` is the worst lateness since `reset()`."""

    period_report = Signal(float)  # the longest stall of the period that just ended, in ms

    def __init__(
        self,
        interval_ms: int = 20,
        period_s: float = 60.0,
        parent: QObject | None = None,
        *,
        stack_after_ms: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.stack_after_ms = stack_after_ms
        self.longest_stack = ""
        self._stall_stack = ""  # the stack the watchdog caught during the current stall
        self._ui_thread = threading.get_ident()
        self._watchdog: threading.Thread | None = None
        self._stopping = threading.Event()
        self._dump: IO[str] | None = None  # where faulthandler writes when a beat is late
        self.interval_ms = interval_ms
        self.period_s = period_s
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self._last_cpu = 0.0
        self._period_started = 0.0
        self.period_longest_ms = 0.0
        self.longest_ms = 0.0
        self.longest_cpu_ms = 0.0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._last = self._period_started = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._ui_thread = threading.get_ident()
        self._timer.start()
        if self.stack_after_ms is not None and self._watchdog is None:
            self._stopping.clear()
            self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
            self._watchdog.start()
            self._dump = tempfile.TemporaryFile("w+", encoding="utf-8")
            self._arm()

    def _arm(self) -> None:
        if self._dump is not None and self.stack_after_ms is not None:
            faulthandler.dump_traceback_later(
                (self.stack_after_ms + self.interval_ms) / 1000.0, file=self._dump
            )

    def _dumped_stack(self) -> str:
        """The UI thread's stack from faulthandler's dump of a late beat ("" when none), oldest
        frame first like a traceback; the dump is emptied."""
        if self._dump is None:
            return ""
        self._dump.seek(0)
        text = self._dump.read()
        self._dump.seek(0)
        self._dump.truncate()
        stack = ui_thread_stack(text, self._ui_thread)
        # A dump racing with this very read shows the monitor itself: it says nothing.
        last = stack.rstrip().rpartition("\n")[2]
        return "" if os.path.basename(__file__) + '"' in last else stack

    def _watch(self) -> None:
        """Off the UI thread: catch where the UI thread is while it is late."""
        assert self.stack_after_ms is not None
        caught_for = -1.0
        while not self._stopping.wait(0.005):
            beat = self._last
            late_ms = (time.perf_counter() - beat) * 1000.0 - self.interval_ms
            if late_ms < self.stack_after_ms or caught_for == beat:
                continue
            frame = sys._current_frames().get(self._ui_thread)
            if frame is None:
                continue
            caught_for = beat
            stack = "".join(traceback.format_stack(frame, limit=12))
            self._stall_stack = stack
            log.info("UI stall in progress (%.0f ms so far), the UI thread is at:\n%s", late_ms, stack)

    def stop(self) -> None:
        """Stop, reporting the unfinished period (a short session still says something)."""
        if self._watchdog is not None:
            self._stopping.set()
            self._watchdog.join(timeout=1)
            self._watchdog = None
        if self._dump is not None:
            faulthandler.cancel_dump_traceback_later()
            self._dump.close()
            self._dump = None
        if self._timer.isActive():
            self._timer.stop()
            self._beat()
            self._report()

    def reset(self) -> None:
        self.longest_ms = self.period_longest_ms = self.longest_cpu_ms = 0.0
        self.longest_stack = ""
        self._last = self._period_started = time.perf_counter()
        self._last_cpu = time.thread_time()

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        late_ms = max(0.0, (now - self._last) * 1000.0 - self.interval_ms)
        if self._dump is not None:
            faulthandler.cancel_dump_traceback_later()
            dumped = self._dumped_stack()
            if (
                dumped
                and not self._stall_stack
                and self.stack_after_ms is not None
                and late_ms >= self.stack_after_ms
            ):
                self._stall_stack = dumped
                log.info("UI stall of %.0f ms, the UI thread was at (faulthandler):\n%s", late_ms, dumped)
            self._arm()
        self.longest_cpu_ms = max(self.longest_cpu_ms, (cpu - self._last_cpu) * 1000.0)
        self._last, self._last_cpu = now, cpu
        self.period_longest_ms = max(self.period_longest_ms, late_ms)
        if late_ms > self.longest_ms:
            self.longest_stack = self._stall_stack
        self._stall_stack = ""
        self.longest_ms = max(self.longest_ms, late_ms)
        if now - self._period_started >= self.period_s:
            self._report()

    def _report(self) -> None:
        longest = self.period_longest_ms
        log.info(
            "UI stall: longest %.0f ms in the last %.0f s",
            longest,
            time.perf_counter() - self._period_started,
        )
        self.period_report.emit(longest)
        self.period_longest_ms = 0.0
        self._period_started = time.perf_counter()
