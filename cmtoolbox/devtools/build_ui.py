"""Compile ui/*.ui (Qt Designer) into cmtoolbox/gui/forms/ui_*.py.

`--check` compiles into memory and fails when a committed form is stale, so a .ui edited without
recompiling cannot slip through CI.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UI_DIR = REPO / "ui"
FORMS_DIR = REPO / "cmtoolbox" / "gui" / "forms"
HEADER = "# GENERATED from ui/{name} by cmtoolbox/devtools/build_ui.py: do not edit by hand.\n"


def _uic() -> str:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not exe:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials in this environment")
    return exe


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [_uic(), "--from-imports", "--no-autoconnection", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    # uic stamps its own version in a comment; drop those lines so upgrades don't churn the files.
    body = "\n".join(
        line for line in result.stdout.splitlines() if not line.startswith("## Created by: Qt User Interface")
    )
    return HEADER.format(name=ui_file.name) + body.rstrip() + "\n"


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a compiled form is stale")
    args = parser.parse_args(argv)
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        code = compile_form(ui_file)
        target = target_for(ui_file)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != code:
                stale.append(target.name)
        else:
            target.write_text(code, encoding="utf-8")
            print(f"wrote {target.relative_to(REPO)}")
    if stale:
        print("stale forms (run python -m cmtoolbox.devtools.build_ui):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
