"""The start imports only what the first section needs (issue 16, docs/performance.md "Start").

The app is started for real (`--quit-when-ready`, offscreen) and writes the names of the modules
loaded when its window was ready (`CMTOOLBOX_READY_MODULES`). Each module listed below was on the
start path once and cost milliseconds there; a module-level import that brings one back fails
here, naming the module. Import it inside the function that needs it, or under TYPE_CHECKING for
a type hint.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmtoolbox.gui.app import READY_MODULES_ENV
from cmtoolbox.ops import call, execute
from cmtoolbox.ops.clients import create_client
from cmtoolbox.storage.store import Store

REPO = Path(__file__).resolve().parents[1]

NOT_AT_START = (
    # The entity registry imports every manager module; the Store builds managers on first use.
    "cmtoolbox.storage.registry",
    "cmtoolbox.storage.accounts",
    "cmtoolbox.storage.dictionary",
    "cmtoolbox.storage.drafts",
    "cmtoolbox.storage.feeds",
    "cmtoolbox.storage.key_dates",
    "cmtoolbox.storage.kpi_formulas",
    "cmtoolbox.storage.metrics",
    "cmtoolbox.storage.notes",
    "cmtoolbox.storage.reviews",
    "cmtoolbox.storage.snippets",
    "cmtoolbox.storage.sources",
    # File ▸ Export / Back up / Restore and the Settings dialog load when used.
    "cmtoolbox.ops.export",
    "cmtoolbox.storage.archive",
    "cmtoolbox.gui.settings_dialog",
    # Markdown, pictures, feeds, HTTP, secrets and grammar: their sections or first use.
    "cmtoolbox.core.render",
    "markdown",
    "PIL",
    "feedparser",
    "httpx",
    "keyring",
    "cmtoolbox.core.grammar",
    "grammalecte",
    # Sections not shown are built after the window (MainWindow(lazy_pages=True)).
    "cmtoolbox.gui.drafts.page",
    "cmtoolbox.gui.notes.page",
    "cmtoolbox.gui.sources.page",
    "cmtoolbox.gui.library.page",
    "cmtoolbox.gui.results.page",
)


def _modules_at_ready(data_dir: Path, tmp_path: Path) -> set[str]:
    listing = tmp_path / "modules.txt"
    env = {k: v for k, v in os.environ.items() if k != "CMTOOLBOX_STALLS"}
    env.update({"QT_QPA_PLATFORM": "offscreen", READY_MODULES_ENV: str(listing)})
    done = subprocess.run(
        [sys.executable, "-m", "cmtoolbox", "--data-dir", str(data_dir), "--quit-when-ready"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "ready:" in done.stdout, done.stdout
    return set(listing.read_text(encoding="utf-8").split())


def _loaded(modules: set[str]) -> list[str]:
    return [name for name in NOT_AT_START if any(m == name or m.startswith(name + ".") for m in modules)]


def test_an_empty_data_folder_starts_without_the_heavy_modules(tmp_path: Path) -> None:
    modules = _modules_at_ready(tmp_path / "data", tmp_path)
    assert "cmtoolbox.gui.main_window" in modules  # the listing is the app's, taken at ready
    assert _loaded(modules) == []


def test_the_dashboard_of_a_client_starts_without_the_heavy_modules(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store, _report = Store.open(data)
    try:
        client = execute(store, call(create_client, "Boulangerie Martin")).value
    finally:
        store.close()
    modules = _modules_at_ready(data, tmp_path)
    assert "cmtoolbox.gui.dashboard.page" in modules, "the dashboard is the first section"
    assert client.id is not None
    assert _loaded(modules) == []


@pytest.mark.parametrize("name", ["cmtoolbox.storage.feeds", "markdown"])
def test_the_check_sees_a_module_brought_back(name: str) -> None:
    assert _loaded({"cmtoolbox.gui.app", f"{name}.core" if name == "markdown" else name}) == [name]
