"""Application start-up: QApplication, translators, theme, database, qasync loop, main window."""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import sqlite3
import sys
import time
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox import APP_ID, APP_NAME, ORG_NAME, __version__
from cmtoolbox.credentials import KeyringSecretStore
from cmtoolbox.credentials.base import SecretStore
from cmtoolbox.gui import single_instance
from cmtoolbox.gui.context import AppContext, AppEvents
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.errors import install_excepthook, show_error
from cmtoolbox.gui.fonts import ensure_cjk_fallback
from cmtoolbox.gui.i18n import install_translators, resolve_language, tr
from cmtoolbox.gui.icons import app_icon
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.pools import IO
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.runner import DbRunner
from cmtoolbox.gui.single_instance import InstanceServer, ask_running_instance_to_show, bring_forward
from cmtoolbox.gui.startup import open_store_interactive
from cmtoolbox.gui.tasks import TaskTracker
from cmtoolbox.gui.theme import apply_theme
from cmtoolbox.instance import DataFolderBusy, DataFolderLock, instance_key
from cmtoolbox.logs import setup_logging
from cmtoolbox.ops import clients as clients_ops
from cmtoolbox.paths import data_dir, database_path
from cmtoolbox.storage.db import ensure_recent_backup
from cmtoolbox.storage.errors import StorageError
from cmtoolbox.storage.leftovers import LEFTOVER_MIN_AGE_S, clean_leftovers, known_file_hashes
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)
SMOKE_CLIENT = "Smoke Test Client"
EXIT_FOLDER_BUSY = 3
"""Exit status of a start that found its data folder held by a process it could not reach."""


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
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
    args, _unknown = parser.parse_known_args(argv)
    return args


async def start_upkeep(ctx: AppContext, started_at: float | None = None) -> None:
    """Start-up chores that must neither delay the window nor hold the database thread: the daily
    automatic copy (its own read connection, on an I/O worker; WAL lets the app read and write
    meanwhile), then the leftovers of a crash (`storage.leftovers`)."""
    path = database_path(ctx.root)
    try:
        copy = await ctx.pools.run(IO, ensure_recent_backup, path)
    except (StorageError, OSError, sqlite3.Error):
        log.exception("the automatic copy failed")
    else:
        log.info("automatic copy: %s", copy.name if copy is not None else "a recent one is kept")
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
    setup_logging(root)
    log.info("starting %s %s with data folder %s", APP_NAME, __version__, root)
    app = make_application(argv)
    window: MainWindow | None = None
    server = InstanceServer(instance_key(root), app)
    server.show_requested.connect(lambda: bring_forward(lambda: window))
    server.listen()
    prefs = Preferences(root)
    language = resolve_language(prefs.language)
    install_translators(app, language, prefs.regional_format)
    apply_theme(app, prefs.theme)

    install_excepthook(lambda: window)
    store = open_store_interactive(root, quiet=args.smoke)
    if store is None:
        server.close()
        return 1
    ctx = build_context(
        root, store, prefs, KeyringSecretStore(), language, lambda exc: show_error(window, exc)
    )
    window = MainWindow(ctx)
    window.show()

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(
        lambda _loop, context: log.error(
            "asyncio: %s", context.get("message"), exc_info=context.get("exception")
        )
    )
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    result = {"code": 0}

    async def main() -> None:
        assert window is not None
        await window.clients.reload()
        ctx.tasks.spawn(start_upkeep(ctx, started_at))
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
        server.close()
        ctx.runner.close()
        ctx.pools.shutdown()
        for action in ctx.exit_actions:  # the database is closed, the folder still ours
            action()
        state["relaunch"] = ctx.relaunch
        log.info("stopped")
    return result["code"]
