"""The core, storage and credentials layers must never import Qt (design rule, enforced here)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

QT_MODULES = ("PySide6", "qasync", "shiboken6", "PyQt5", "PyQt6", "PySide2")
LAYERS = ("core", "storage", "credentials", "sync")


def _python_files(layer: str) -> list[Path]:
    return sorted((REPO_ROOT / "cmtoolbox" / layer).rglob("*.py"))


def _imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_qt_import_in_source() -> None:
    offenders = [
        f"{path.relative_to(REPO_ROOT)} imports {sorted(_imported_roots(path) & set(QT_MODULES))}"
        for layer in LAYERS
        for path in _python_files(layer)
        if _imported_roots(path) & set(QT_MODULES)
    ]
    assert not offenders, "\n".join(offenders)


def test_no_gui_import_in_source() -> None:
    """Not even indirectly through our own GUI package."""
    offenders = []
    for layer in LAYERS:
        for path in _python_files(layer):
            text = path.read_text(encoding="utf-8")
            if "cmtoolbox.gui" in text and "import" in text:
                tree = ast.parse(text)
                for node in ast.walk(tree):
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cmtoolbox.gui"):
                        offenders.append(str(path.relative_to(REPO_ROOT)))
    assert not offenders


def test_importing_every_layer_module_loads_no_qt() -> None:
    """Run in a fresh interpreter: catches Qt pulled in by a third-party dependency too."""
    modules = [
        ".".join(path.relative_to(REPO_ROOT).with_suffix("").parts).removesuffix(".__init__")
        for layer in LAYERS
        for path in _python_files(layer)
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n    importlib.import_module(name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt modules loaded: {result.stdout}"


def test_the_gui_holds_no_database_code() -> None:
    """Widgets call named operations (cmtoolbox/ops) through the runner: no transaction, no SQL, no
    Store and no closure over the store in cmtoolbox/gui."""
    import re

    forbidden = re.compile(
        r"\.atomic\(\)|\.db\.execute|storage\.store import|runner\.(query|mutate)\(|"
        r"runner\.(run|read|call_from_worker)\(\s*lambda|def op\(store"
    )
    owners = {"app.py", "startup.py", "runner.py"}  # open the Store and hand it to the one runner
    gui = Path(__file__).resolve().parents[1] / "cmtoolbox" / "gui"
    offenders = [
        f"{path.relative_to(gui)}:{number}: {line.strip()}"
        for path in sorted(gui.rglob("*.py"))
        if path.name not in owners or path.parent != gui
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if forbidden.search(line)
    ]
    assert offenders == []


def test_sync_passes_named_database_steps() -> None:
    """The sync engine runs its database steps through `db(fn, *args)` (in the GUI the runner's
    `call_from_worker`, which refuses closures): a named function and its arguments, never a
    lambda or a `functools.partial`."""
    import re

    engine = REPO_ROOT / "cmtoolbox" / "sync" / "engine.py"
    offenders = [
        f"engine.py:{number}: {line.strip()}"
        for number, line in enumerate(engine.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"_db\(\s*(lambda|partial\()", line)
    ]
    assert offenders == []
