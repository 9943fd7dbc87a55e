"""Application start-up: QApplication, translators, theme, database, qasync loop, main window."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox import APP_ID, APP_NAME, ORG_NAME, __version__
from cmtoolbox.credentials import KeyringSecretStore
from cmtoolbox.credentials.base import SecretStore
from cmtoolbox.gui.context import AppContext, AppEvents
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.errors import install_excepthook, show_error
from cmtoolbox.gui.i18n import install_translators, resolve_language, tr
from cmtoolbox.gui.icons import app_icon
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.runner import DbRunner
from cmtoolbox.gui.startup import open_store_interactive
from cmtoolbox.gui.tasks import TaskTracker
from cmtoolbox.gui.theme import apply_theme
from cmtoolbox.logs import setup_logging
from cmtoolbox.paths import data_dir, database_path
from cmtoolbox.storage.db import ensure_recent_backup
from cmtoolbox.storage.samples import FIRST_RUN_KEY, create_sample_client
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)
SMOKE_CLIENT = "Smoke Test Client"


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
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
    offered, count = await ctx.runner.query(
        lambda s: (s.settings.get(FIRST_RUN_KEY, False), s.clients.count())
    )
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
        client = await ctx.runner.mutate(create_sample_client)
        await window.clients.reload()
        window.clients.select(client.id)
        return True
    await ctx.runner.mutate(lambda s: s.settings.set(FIRST_RUN_KEY, True))
    return False


async def smoke_session(window: MainWindow) -> bool:
    """The scripted session CI runs against the frozen build: open, create a client, quit."""
    await window.clients.reload()
    client = await window.clients.create_client(SMOKE_CLIENT)
    ok = window.clients.current is not None and window.clients.current.id == client.id
    print(f"smoke: client {client.id} created, current={ok}", flush=True)
    return ok


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cmtoolbox", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--no-sample-offer", action="store_true")
    args, _unknown = parser.parse_known_args(argv)
    return args


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    root = data_dir(args.data_dir)
    setup_logging(root)
    log.info("starting %s %s with data folder %s", APP_NAME, __version__, root)
    app = make_application(argv)
    prefs = Preferences(root)
    language = resolve_language(prefs.language)
    install_translators(app, language)
    apply_theme(app, prefs.theme)

    window: MainWindow | None = None
    install_excepthook(lambda: window)
    store = open_store_interactive(root, quiet=args.smoke)
    if store is None:
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
        ctx.tasks.spawn(ctx.runner.query(lambda s: ensure_recent_backup(database_path(root))))
        if args.smoke:
            ok = await smoke_session(window)
            result["code"] = 0 if ok else 2
            window.close()
            app.quit()
        elif not args.no_sample_offer:
            ctx.tasks.spawn(offer_sample_client(window))
        await closed.wait()

    try:
        with loop:
            loop.run_until_complete(main())
            loop.run_until_complete(ctx.tasks.idle())
    finally:
        ctx.runner.close()
        log.info("stopped")
    return result["code"]
