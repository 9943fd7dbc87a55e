"""Take screenshots of the app's screens, in French and English, for review and the README.

Run under a virtual X server to see what a person sees:
    xvfb-run -a -s "-screen 0 1400x900x24" \
        .venv/bin/python -m cmtoolbox.devtools.screenshots --out screenshots
It builds the real main window on a throw-away data folder holding the sample client.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from cmtoolbox.credentials import MemorySecretStore
from cmtoolbox.gui.app import build_context, make_application
from cmtoolbox.gui.i18n import install_translators
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.theme import apply_theme
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.store import Store

Shot = Callable[[MainWindow], "asyncio.Future[QWidget] | QWidget"]


async def settle(app: QApplication, ms: int = 150) -> None:
    """Let Qt paint. Never processEvents() inside a coroutine: qasync would re-enter tasks."""
    await asyncio.sleep(ms / 1000)


async def capture(
    out: Path, language: str, theme: str, only: set[str] | None, size: tuple[int, int] = (1280, 800)
) -> list[Path]:
    app = QApplication.instance()
    install_translators(app, language)
    apply_theme(app, theme)
    root = Path(tempfile.mkdtemp(prefix="cmt-shots-"))
    store, _ = Store.open(root)
    create_sample_client(store)
    prefs = Preferences(root)
    ctx = build_context(root, store, prefs, MemorySecretStore(), language, lambda exc: print("error:", exc))
    window = MainWindow(ctx)
    window.resize(*size)
    window.show()
    await window.clients.reload()
    await settle(app)
    saved: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        suffix = ("" if theme == "system" else f"-{theme}") + (
            "" if size == (1280, 800) else f"-{size[0]}x{size[1]}"
        )
        path = out / f"{name}-{language}{suffix}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for key in window._section_keys:
        if only and key not in only:
            continue
        window.show_section(key)
        await settle(app)
        await ctx.tasks.idle()
        await settle(app)
        save(window, f"main-{key}")
        page = window.page(key)
        for tab in getattr(page, "_tab_keys", [])[1:]:  # a section with tabs (Results): each tab
            page.show_tab(tab)  # type: ignore[attr-defined]
            await settle(app)
            await ctx.tasks.idle()
            await settle(app, 300)
            save(window, f"main-{key}-{tab}")
    if only and "grammar" in only:  # underlines and context menus in a draft and a note
        from cmtoolbox.devtools.grammar_shots import grammar_shots  # noqa: PLC0415 - only for this shot

        def screen_path(name: str) -> str:
            path = out / f"{name}-{language}{'' if theme == 'system' else f'-{theme}'}.png"
            saved.append(path)
            return str(path)

        await grammar_shots(window, ctx, screen_path, save)
    if only and "results-import" in only:  # the import's column mapping and preview dialogs
        from cmtoolbox.devtools.results_shots import results_import_shots  # noqa: PLC0415 - only for this shot

        await results_import_shots(window, ctx, save)
    if only and "sync" in only:  # Settings ▸ Sync and a conflict (issue 17)
        from cmtoolbox.devtools.sync_shots import sync_shots  # noqa: PLC0415 - only for this shot

        await sync_shots(window, ctx, save)
    if not only or "settings" in only:
        dialog = window.open_settings()
        await settle(app)
        save(dialog, "settings")
        dialog.reject()
    await ctx.tasks.idle()
    window.close()
    ctx.runner.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--languages", default="fr,en")
    parser.add_argument("--theme", default="system")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated section keys (and 'settings', 'grammar', 'results-import', 'sync')",
    )
    parser.add_argument(
        "--sizes", default="1280x800", help="comma-separated window sizes, e.g. 1180x760,1920x1080"
    )
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    only = {x for x in args.only.split(",") if x} or None
    with loop:
        sizes = [tuple(int(v) for v in size.split("x")) for size in args.sizes.split(",")]
        for language in args.languages.split(","):
            for theme in args.theme.split(","):
                for size in sizes:
                    for path in loop.run_until_complete(capture(out, language, theme, only, size)):  # type: ignore[arg-type]
                        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
