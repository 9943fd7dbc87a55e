"""The Qt side of `benchmarks/run.py`, one probe per process (so memory and stalls are its own).

Run: `python benchmarks/gui_probe.py keystroke|feeds|sections --data-dir DIR`; the last stdout line
is `RESULT {json}`. Offscreen unless QT_QPA_PLATFORM says otherwise.

- keystroke: the real `PostEditor` (Hunspell, counters for four networks) on a 3,000-character
  French draft; a key press in the middle and at the end of the text, timed from the event to the
  updated counters and the repaint that follows.
- feeds: the real app (main window, Sources ▸ Feeds, `FeedRefresher`) on a copy of DIR's database
  whose feeds point at `benchmarks/feed_server.py` serving DIR/bench/feeds (each feed: the 30
  items stored plus 2 new ones); times the whole refresh, including the reload of the list after
  it, and the longest UI-thread stall meanwhile (`gui.stalls.StallMonitor`). Every feed is made
  shared so one refresh covers all of them, and the per-host limit is lifted to the overall
  concurrency (the served feeds share one host; real ones do not).
- sections: the main window on DIR, every section opened in turn (each until its loads are done);
  the time per section and the process's peak memory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import qasync  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cmtoolbox.credentials import MemorySecretStore  # noqa: E402
from cmtoolbox.gui.app import build_context, make_application, wait_until_ready  # noqa: E402
from cmtoolbox.gui.main_window import MainWindow  # noqa: E402
from cmtoolbox.gui.preferences import Preferences  # noqa: E402
from cmtoolbox.gui.stalls import StallMonitor  # noqa: E402
from cmtoolbox.paths import database_path  # noqa: E402
from cmtoolbox.storage.store import Store  # noqa: E402


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


class App:
    """The app's window over a data folder, as `gui.app` builds it, without the folder lock."""

    def __init__(self, root: Path) -> None:
        self.qapp = make_application([sys.argv[0]])
        self.loop = qasync.QEventLoop(self.qapp)
        asyncio.set_event_loop(self.loop)
        store, _ = Store.open(root)
        errors: list[BaseException] = []
        self.errors = errors
        self.ctx = build_context(
            root, store, Preferences(root, read_only=True), MemorySecretStore(), "en", errors.append
        )
        self.window = MainWindow(self.ctx)
        self.window.resize(1400, 900)

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        self.run(self.ctx.tasks.idle())
        self.window.hide()
        self.ctx.runner.close()
        self.ctx.pools.shutdown()


# -- keystroke -----------------------------------------------------------------------------------
def probe_keystroke(_root: Path, keys: int = 60) -> dict[str, Any]:
    from benchmarks.bench_editor import NETWORKS, draft
    from cmtoolbox.gui.widgets.post_editor import PostEditor

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    root = Path(tempfile.mkdtemp(prefix="cmt-bench-keys-"))
    store, _ = Store.open(root)
    ctx = build_context(root, store, Preferences(root), MemorySecretStore(), "en", print)
    text = draft(3000)
    times: list[float] = []
    cpu_times: list[float] = []
    with loop:
        editor = PostEditor(ctx, networks=NETWORKS)
        editor.resize(1200, 760)
        editor.show()
        loop.run_until_complete(editor.spelling.ready())
        editor.set_text(text)
        for position in (text.index("file d’attente"), len(text)):
            cursor = editor.edit.textCursor()
            cursor.setPosition(position)
            editor.edit.setTextCursor(cursor)
            editor.edit.setFocus()
            for index in range(keys):
                key = Qt.Key.Key_Backspace if index % 2 else Qt.Key.Key_E
                start, cpu = time.perf_counter(), time.thread_time()
                QTest.keyClick(editor.edit, key)
                app.processEvents()  # the repaint that follows
                times.append((time.perf_counter() - start) * 1000)
                cpu_times.append((time.thread_time() - cpu) * 1000)
        editor.close()
        loop.run_until_complete(ctx.tasks.idle())
    ctx.runner.close()
    shutil.rmtree(root, ignore_errors=True)
    return {
        "median_ms": statistics.median(times),
        "p95_ms": percentile(times, 0.95),
        "cpu_median_ms": statistics.median(cpu_times),
        "cpu_p95_ms": percentile(cpu_times, 0.95),
        "keys": len(times),
        "chars": len(text),
    }


# -- feeds -----------------------------------------------------------------------------------------
def _copy_database(source_root: Path, target_root: Path) -> None:
    target_root.mkdir(parents=True, exist_ok=True)
    with (
        sqlite3.connect(database_path(source_root)) as src,
        sqlite3.connect(database_path(target_root)) as dst,
    ):
        src.backup(dst)


def probe_feeds(root: Path) -> dict[str, Any]:
    from cmtoolbox.core.urls import normalize_url

    feeds_dir = root / "bench" / "feeds"
    if not feeds_dir.is_dir():
        raise SystemExit(f"no generated feeds in {feeds_dir}")
    work = Path(tempfile.mkdtemp(prefix="cmt-bench-feeds-"))
    server = subprocess.Popen(
        [sys.executable, str(REPO / "benchmarks" / "feed_server.py"), str(feeds_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline().split()[1])
        base = f"http://127.0.0.1:{port}"
        _copy_database(root, work)
        with sqlite3.connect(database_path(work)) as db:
            rows = db.execute("SELECT id, url FROM feeds WHERE deleted_at IS NULL").fetchall()
            for feed_id, url in rows:
                name = url.rsplit("/", 1)[1].replace(".rss", ".new.rss")
                served = f"{base}/{name}"
                db.execute(
                    "UPDATE feeds SET url = ?, url_key = ?, client_id = NULL, etag = NULL, "
                    "last_modified = NULL "
                    "WHERE id = ?",
                    [served, normalize_url(served), feed_id],
                )
            client_id = db.execute("SELECT min(id) FROM clients").fetchone()[0]
        app = App(work)
        window = app.window
        window.show()
        with app.loop:
            app.run(wait_until_ready(window))
            window.clients.select(client_id)
            window.show_section("sources")
            page = window.page("sources")
            page.tabs.setCurrentWidget(page.feeds_tab)
            app.run(wait_until_ready(window))
            tab = page.feeds_tab
            concurrency = int(tab.refresher.fetcher_options.get("max_concurrency", 6))  # type: ignore[call-overload]
            tab.fetcher_options = {"per_host": concurrency}
            monitor = StallMonitor(interval_ms=10, stack_after_ms=40)
            monitor.start()
            started = time.perf_counter()
            task = tab.refresh_all()
            assert task is not None, "the refresh did not start"
            summary = app.run(task)
            app.run(wait_until_ready(window))  # the list reloads after the refresh
            elapsed = time.perf_counter() - started
            monitor.stop()
            result = {
                "refresh_s": elapsed,
                "longest_stall_ms": monitor.longest_ms,
                "longest_stall_cpu_ms": monitor.longest_cpu_ms,
                "longest_stall_stack": monitor.longest_stack,
                "feeds": len(rows),
                "new_items": summary.new_items,
                "errors": summary.errors,
                "app_errors": [repr(e) for e in app.errors],
            }
            app.close()
        return result
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


# -- sections --------------------------------------------------------------------------------------
def probe_sections(root: Path) -> dict[str, Any]:
    app = App(root)
    window, ctx = app.window, app.ctx
    started = time.perf_counter()
    window.show()
    opened: dict[str, float] = {}
    with app.loop:
        app.run(wait_until_ready(window))
        first = time.perf_counter() - started
        client = app.run(ctx.runner.read(_busiest_client))
        if client is not None:
            window.clients.select(client)
            app.run(wait_until_ready(window))
        keys = list(window._section_keys)
        scroll = _scroll_notes(app, window) if "notes" in keys else {}
        for key in keys:
            start = time.perf_counter()
            window.show_section(key)
            app.run(wait_until_ready(window))
            page = window.page(key)
            for tab_holder in ("tabs",):  # sections with tabs: open each tab too
                tabs = getattr(page, tab_holder, None)
                if tabs is not None and hasattr(tabs, "count"):
                    for index in range(tabs.count()):
                        tabs.setCurrentIndex(index)
                        app.run(wait_until_ready(window))
            opened[key] = (time.perf_counter() - start) * 1000
        errors = [repr(e) for e in app.errors]
        app.close()
    return {
        "first_ready_s": first,
        "sections_ms": opened,
        "peak_rss_mb": peak_rss_mb(),
        "scroll": scroll,
        "app_errors": errors,
    }


def _scroll_notes(app: App, window: MainWindow, pages: int = 30) -> dict[str, Any]:
    """Scroll the notes list to its end page after page, as a person flinging the scroll bar
    down: the time each page takes to arrive, and the longest UI stall meanwhile."""
    from PySide6.QtWidgets import QAbstractItemView

    window.show_section("notes")
    app.run(wait_until_ready(window))
    page = window.page("notes")
    views = [v for v in page.findChildren(QAbstractItemView) if v.model() is not None and v.isVisible()]
    view = max(views, key=lambda v: v.model().rowCount(), default=None)
    if view is None:
        return {}
    model = view.model()
    monitor = StallMonitor(interval_ms=10, stack_after_ms=40)
    monitor.start()
    times: list[float] = []
    for _ in range(pages):
        if not model.canFetchMore(view.rootIndex()):
            break
        start = time.perf_counter()
        view.scrollToBottom()
        app.qapp.processEvents()
        app.run(wait_until_ready(window))
        times.append((time.perf_counter() - start) * 1000)
    monitor.stop()
    return {
        "pages": len(times),
        "rows": model.rowCount(),
        "p95_ms": percentile(times, 0.95) if times else None,
        "longest_stall_ms": monitor.longest_ms,
        "stall_stack": monitor.longest_stack,
    }


def _busiest_client(store: Store) -> int | None:
    row = store.db.execute(
        "SELECT client_id FROM notes WHERE client_id IS NOT NULL GROUP BY client_id "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


PROBES = {"keystroke": probe_keystroke, "feeds": probe_feeds, "sections": probe_sections}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("probe", choices=sorted(PROBES))
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    result = PROBES[args.probe](args.data_dir)
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
