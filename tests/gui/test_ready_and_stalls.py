"""The app measures itself (issue 16): `--quit-when-ready` prints the time to an interactive
window and quits; `--debug-stalls` / CMTOOLBOX_STALLS=1 logs the longest UI-thread stall."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from cmtoolbox.gui.stalls import StallMonitor, stalls_requested, ui_thread_stack

REPO = Path(__file__).resolve().parents[2]


def _start(
    data_dir: Path, *extra: str, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CMTOOLBOX_STALLS"}
    env.update({"QT_QPA_PLATFORM": "offscreen", **(env_extra or {})})
    return subprocess.run(
        [sys.executable, "-m", "cmtoolbox", "--data-dir", str(data_dir), "--quit-when-ready", *extra],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _log_text(data_dir: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").glob("*.log*"))


def test_quit_when_ready_prints_the_time_and_writes_no_data(tmp_path: Path) -> None:
    done = _start(tmp_path, "--debug-stalls")
    assert done.returncode == 0, done.stderr
    ready = re.search(r"^ready: (\d+\.\d+) s", done.stdout, re.MULTILINE)
    assert ready is not None, done.stdout
    assert float(ready.group(1)) > 0
    assert re.search(r"^longest UI stall: \d+ ms", done.stdout, re.MULTILINE), done.stdout
    assert re.search(
        r"^phases: .*database \d+ ms, window \d+ ms.*first page \d+ ms", done.stdout, re.MULTILINE
    )
    assert "UI stall: longest" in _log_text(tmp_path)
    # Read-only start: no sample client was created, no automatic copy made.
    with sqlite3.connect(tmp_path / "cmtoolbox.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
    assert "automatic copy" not in _log_text(tmp_path)


def test_stalls_switch_by_environment_and_off_by_default(tmp_path: Path) -> None:
    on = _start(tmp_path / "on", env_extra={"CMTOOLBOX_STALLS": "1"})
    assert on.returncode == 0, on.stderr
    assert "longest UI stall" in on.stdout
    off = _start(tmp_path / "off")
    assert off.returncode == 0, off.stderr
    assert "ready:" in off.stdout and "longest UI stall" not in off.stdout
    assert "UI stall" not in _log_text(tmp_path / "off")


def test_a_faulthandler_dump_gives_the_ui_thread_stack(tmp_path: Path) -> None:
    import faulthandler
    import threading

    with open(tmp_path / "dump.txt", "w+", encoding="utf-8") as dump:
        faulthandler.dump_traceback(file=dump, all_threads=True)
        dump.seek(0)
        text = dump.read()
    stack = ui_thread_stack(text, threading.get_ident())
    assert stack.rstrip().endswith("in test_a_faulthandler_dump_gives_the_ui_thread_stack")
    assert ui_thread_stack(text, 12345) == ""


def test_switch_parsing() -> None:
    assert stalls_requested(["--debug-stalls"], {})
    assert stalls_requested([], {"CMTOOLBOX_STALLS": "1"})
    assert not stalls_requested([], {"CMTOOLBOX_STALLS": "0"})
    assert not stalls_requested([], {})


def _spin_on_the_ui_thread(seconds: float) -> None:
    spin_until = time.thread_time() + seconds
    while time.thread_time() < spin_until:  # the UI thread's own CPU time
        pass


def test_monitor_reports_a_blocked_ui_thread(qtbot) -> None:  # noqa: ANN001
    monitor = StallMonitor(interval_ms=10, period_s=0.05, stack_after_ms=50)
    reports: list[float] = []
    monitor.period_report.connect(reports.append)
    monitor.start()
    try:
        qtbot.wait(30)  # let a few beats run
        time.sleep(0.15)  # the UI thread is busy: what the monitor must see as a stall
        qtbot.waitUntil(lambda: any(r >= 100 for r in reports), timeout=5000)
        assert monitor.longest_ms >= 100
        assert monitor.longest_cpu_ms < 100  # sleeping is waiting, not the UI thread's own work
        monitor.reset()
        assert monitor.longest_ms == monitor.longest_cpu_ms == 0
        qtbot.wait(30)
        _spin_on_the_ui_thread(0.12)
        qtbot.waitUntil(lambda: monitor.longest_cpu_ms >= 100, timeout=5000)
        # lateness is the beat's time beyond its interval; the CPU figure covers the whole beat
        assert monitor.longest_ms >= monitor.longest_cpu_ms - monitor.interval_ms - 1
        assert "_spin_on_the_ui_thread" in monitor.longest_stack  # what froze the window
    finally:
        monitor.stop()
    assert not monitor.running
