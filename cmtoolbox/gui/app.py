"""Application start-up: QApplication, translators, theme, database, qasync loop, main window."""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox import APP_ID, APP_NAME, ORG_NAME, __version__
from cmtoolbox.credentials import KeyringSecretStore
from cmtoolbox.credentials.base import SecretStore
from cmtoolbox.gui import single_instance, stalls
from cmtoolbox.gui.collector import install_collector
from cmtoolbox.gui.context import AppContext, AppEvents
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.errors import install_excepthook, show_error
from cmtoolbox.gui.fonts import ensure_cjk_fallback
from cmtoolbox.gui.i18n import install_translators, resolve_language, tr
from cmtoolbox.gui.icons import app_icon
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.memory import keep_module_sources_uncached, tune_allocator
from cmtoolbox.gui.pools import IO
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.runner import DbRunner
from cmtoolbox.gui.single_instance import InstanceServer, ask_running_instance_to_show, bring_forward
from cmtoolbox.gui.stalls import StallMonitor, stalls_requested
from cmtoolbox.gui.startup import open_store_interactive
from cmtoolbox.gui.tasks import TaskTracker
from cmtoolbox.gui.theme import apply_theme
from cmtoolbox.instance import DataFolderBusy, DataFolderLock, instance_key
from cmtoolbox.logs import setup_logging
from cmtoolbox.ops import clients as clients_ops
from cmtoolbox.paths import data_dir, database_path
from cmtoolbox.storage.db import check_live_database, ensure_recent_backup
from cmtoolbox.storage.errors import StorageError
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)
SMOKE_CLIENT = "Smoke Test Client"
EXIT_FOLDER_BUSY = 3
"""Exit status of a start that found its data folder held by a process it could not reach."""


def make_application(argv: list[str]) -> QApplication:
    tune_allocator()  # big freed buffers go back to the system (gui/memory.py)
    keep_module_sources_uncached()  # PySide6 no longer keeps every module's source (from source)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_collector(app).freeze_during_start()  # cyclic garbage collection on this thread only
    ensure_cjk_fallback()  # feeds' Chinese, Japanese and Korean titles, not boxes
    return app  # type: ignore[return-value]


def build_context(
    root: Path, store: Store, prefs: Preferences, secrets: SecretStore, language: str, on_error
) -> AppContext:  # noqa: ANN001
    runner = DbRunner(store)
    return AppContext(
        root=root,
        runner=runner,
        prefs=prefs,
        secrets=secrets,
        tasks=TaskTracker(on_error),
        language=language,
        events=AppEvents(),
    )


async def offer_sample_client(window: MainWindow) -> bool:
    """First run: offer a living sample client instead of an empty app."""
    ctx = window.ctx
    offered, count = await ctx.runner.read(clients_ops.first_run_state)
    if offered or count:
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Welcome to CM Toolbox"),
        tr("Create a sample client to discover the app?"),
        parent=window,
    )
    box.setInformativeText(
        tr(
            "“Boulangerie Martin” comes with sample notes, sources and drafts. You can "
            "archive it at any time."
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    answer = await ask(box)
    if answer == QMessageBox.StandardButton.Yes.value:
        client = await ctx.runner.run(clients_ops.create_sample)
        await window.clients.reload()
        window.clients.select(client.id)
        return True
    await ctx.runner.run(clients_ops.decline_sample)
    return False


async def offer_restart_after_damage(window: MainWindow | None) -> None:
    """The check after the window found the file damaged: restoring a copy needs the database
    closed, so offer to restart into the recovery dialog (the next start checks in full)."""
    if window is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical, tr("CM Toolbox"), tr("Your database file is damaged"), parent=window
    )
    box.setInformativeText(
        tr(
            "CM Toolbox can replace it with one of its automatic copies, checked at start. Restart "
            "now to choose one; until then, avoid entering new work."
        )
    )
    restart = box.addButton(tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    await ask(box)
    if box.clickedButton() is restart:
        window.restart()


async def smoke_session(window: MainWindow) -> bool:
    """The scripted session CI runs against the frozen build: open, create a client (or select the
    one an earlier session created), quit."""
    await window.clients.reload()
    existing = await window.ctx.runner.read(clients_ops.find_client, SMOKE_CLIENT)
    if existing is None:
        client = await window.clients.create_client(SMOKE_CLIENT)
    else:
        window.clients.select(existing)
        client = window.clients.current  # type: ignore[assignment]
    ok = window.clients.current is not None and window.clients.current.id == client.id
    how = "created" if existing is None else "selected"
    print(f"smoke: client {client.id} {how}, current={ok}", flush=True)
    return ok


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cmtoolbox", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--no-sample-offer", action="store_true")
    parser.add_argument("--drive", help=argparse.SUPPRESS)  # devtools.drive scenario (crash tests)
    # Benchmarks and the built binary: start read-only, print the time to an interactive window, quit.
    parser.add_argument("--quit-when-ready", action="store_true")
    parser.add_argument(stalls.FLAG, action="store_true")  # or CMTOOLBOX_STALLS=1 (gui/stalls.py)
    args, _unknown = parser.parse_known_args(argv)
    return args


def process_age_s() -> float | None:
    """Seconds since this process started (Linux: from /proc, so the interpreter's own start
    counts too); None where that cannot be read."""
    try:
        fields = Path("/proc/self/stat").read_text().rpartition(")")[2].split()
        started_ticks = int(fields[19])  # field 22, counted after "pid (comm)"
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - started_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


READY_MODULES_ENV = "CMTOOLBOX_READY_MODULES"
"""With --quit-when-ready: a file to write the names of the modules loaded when the window was
ready, one a line (tests/test_start_imports.py keeps the heavy ones off the start path)."""


def write_loaded_modules(path: str | None) -> None:
    if path:
        Path(path).write_text("".join(f"{name}\n" for name in sorted(sys.modules)), encoding="utf-8")


async def wait_until_ready(window: MainWindow) -> None:
    """The window is interactive when the client list is loaded and the first page has loaded
    what it shows: every task it spawned is done, the database queue is drained, and nothing
    new was started by their results (pages chain a few reads)."""
    ctx = window.ctx
    await window.clients.reload()
    quiet_rounds = 0
    while quiet_rounds < 2:
        had_work = ctx.tasks.busy
        await ctx.tasks.idle()
        await ctx.runner.drained()
        QApplication.processEvents()
        await asyncio.sleep(0)
        quiet_rounds = 0 if had_work or ctx.tasks.busy else quiet_rounds + 1


async def start_upkeep(
    ctx: AppContext,
    started_at: float | None = None,
    *,
    check_integrity: bool = False,
    on_damaged: Callable[[str], None] | None = None,
) -> None:
    """Start-up chores that must neither delay the window nor hold the database thread: the daily
    automatic copy (its own read connection, on an I/O worker; WAL lets the app read and write
    meanwhile), the integrity check a clean previous close let the start skip
    (`check_integrity`; a new daily copy has just checked the same content in full, so it
    stands for it), then the leftovers of a crash (`storage.leftovers`).

    A damaged file stops the chores (no file removed on its word) and goes to `on_damaged`; the
    next start checks it in full and offers the verified copies."""
    path = database_path(ctx.root)
    copied = False
    try:
        copy = await ctx.pools.run(IO, ensure_recent_backup, path)
    except (StorageError, OSError, sqlite3.Error):
        log.exception("the automatic copy failed")
    else:
        copied = copy is not None
        log.info("automatic copy: %s", copy.name if copy is not None else "a recent one is kept")
    if check_integrity and not copied:
        problem = await ctx.pools.run(IO, check_live_database, path)
        if problem is not None:
            log.error("the database is damaged: %s", problem)
            if on_damaged is not None:
                on_damaged(problem)
            return
    # Here, not at import: the library's file helpers are not needed before the window.
    from cmtoolbox.storage.leftovers import LEFTOVER_MIN_AGE_S, clean_leftovers, known_file_hashes

    try:
        known = await ctx.runner.read(known_file_hashes)
        # This process holds the data folder: whatever was written before it started is what a
        # crash left behind, however young (files of this session are younger than that).
        min_age = max(0.0, time.time() - started_at) if started_at is not None else LEFTOVER_MIN_AGE_S
        await ctx.pools.run(IO, functools.partial(clean_leftovers, ctx.root, known, min_age_s=min_age))
    except (OSError, sqlite3.Error):
        log.exception("cleaning the leftovers of a crash failed")


def second_start(argv: list[str], root: Path, busy: DataFolderBusy, *, quiet: bool) -> int:
    """Another process holds the data folder: bring its window forward, or say the folder is open
    elsewhere. Writes nothing at all (no log line, no preferences): this process does not own
    the folder."""
    app = make_application(argv)
    if ask_running_instance_to_show(instance_key(root)):
        print(f"{APP_NAME} already runs with {root}: its window was brought forward.", file=sys.stderr)
        return 0
    print(f"{APP_NAME}: {busy}", file=sys.stderr)
    if not quiet:
        install_translators(app, resolve_language(Preferences(root, read_only=True).language))
        single_instance.explain_folder_busy(root, busy.holder)
    return EXIT_FOLDER_BUSY


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    root = data_dir(args.data_dir)
    lock = DataFolderLock(root)
    try:
        lock.acquire()
    except DataFolderBusy as busy:
        return second_start(argv, root, busy, quiet=args.smoke)
    state = {"relaunch": False}
    try:
        return _run_owning_folder(argv, args, root, state)
    finally:
        lock.release()
        if state["relaunch"]:  # after a restore: start on the restored data
            from cmtoolbox.gui.data_actions import relaunch

            relaunch(argv)


def _run_owning_folder(argv: list[str], args: argparse.Namespace, root: Path, state: dict[str, bool]) -> int:
    """The app proper, once this process holds the data folder lock."""
    started_at = time.time()
    # Where a --quit-when-ready start spends its time: (phase, perf_counter at its end).
    phases: list[tuple[str, float]] = [("start", time.perf_counter())]
    setup_logging(root)
    log.info("starting %s %s with data folder %s", APP_NAME, __version__, root)
    app = make_application(argv)
    window: MainWindow | None = None
    server = InstanceServer(instance_key(root), app)
    server.show_requested.connect(lambda: bring_forward(lambda: window))
    server.listen()
    prefs = Preferences(root, read_only=args.quit_when_ready)
    language = resolve_language(prefs.language)
    install_translators(app, language, prefs.regional_format)
    apply_theme(app, prefs.theme)
    phases.append(("qt", time.perf_counter()))

    install_excepthook(lambda: window)
    store = open_store_interactive(root, quiet=args.smoke or args.quit_when_ready)
    if store is None:
        server.close()
        return 1
    phases.append(("database", time.perf_counter()))
    # The loop first: pages spawn tasks while the window is built, and a task made before the
    # loop is set belongs to another loop (it would never run, and waiting on it raises).
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(
        lambda _loop, context: log.error(
            "asyncio: %s", context.get("message"), exc_info=context.get("exception")
        )
    )
    ctx = build_context(
        root, store, prefs, KeyringSecretStore(), language, lambda exc: show_error(window, exc)
    )
    window = MainWindow(ctx, lazy_pages=True)
    phases.append(("window", time.perf_counter()))
    window.show()
    phases.append(("shown", time.perf_counter()))
    monitor: StallMonitor | None = None
    if stalls_requested(argv[1:]):  # from the moment the window shows: what the user waits on
        monitor = StallMonitor(parent=app, stack_after_ms=100)  # logs where the UI thread froze
        monitor.start()

    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    result = {"code": 0}

    async def main() -> None:
        assert window is not None
        if args.quit_when_ready:  # read-only: no upkeep, no sample offer
            await wait_until_ready(window)
            phases.append(("first page", time.perf_counter()))
            age = process_age_s()
            since_main = time.time() - started_at
            print(
                f"ready: {age if age is not None else since_main:.3f} s"
                f" (process start; {since_main:.3f} s since the app code started)",
                flush=True,
            )
            steps = [
                f"{name} {(end - start) * 1000:.0f} ms"
                for (_, start), (name, end) in zip(phases, phases[1:], strict=False)
            ]
            before = f"interpreter and imports {age - since_main:.3f} s; " if age is not None else ""
            print(f"phases: {before}{', '.join(steps)}", flush=True)
            if monitor is not None:
                print(f"longest UI stall: {monitor.longest_ms:.0f} ms", flush=True)
            write_loaded_modules(os.environ.get(READY_MODULES_ENV))
            app.quit()
            await closed.wait()
            return
        await window.clients.reload()
        report = store.open_report
        ctx.tasks.spawn(
            start_upkeep(
                ctx,
                started_at,
                check_integrity=report is not None and not report.checked,
                on_damaged=lambda detail: ctx.tasks.spawn(offer_restart_after_damage(window)),
            )
        )
        if not (args.smoke or args.drive):
            ctx.tasks.spawn(window.start_sync())  # background sync, when a target is set (issue 17)
        if args.smoke:
            ok = await smoke_session(window)
            result["code"] = 0 if ok else 2
            window.close()
            app.quit()
        elif args.drive:
            from cmtoolbox.devtools.drive import drive

            ctx.tasks.spawn(drive(window, args.drive))
        elif not args.no_sample_offer:
            ctx.tasks.spawn(offer_sample_client(window))
        await closed.wait()

    try:
        with loop:
            loop.run_until_complete(main())
            loop.run_until_complete(ctx.tasks.idle())
    finally:
        if monitor is not None:
            monitor.stop()
        server.close()
        ctx.runner.close()
        ctx.pools.shutdown()
        for action in ctx.exit_actions:  # the database is closed, the folder still ours
            action()
        state["relaunch"] = ctx.relaunch
        log.info("stopped")
    return result["code"]
