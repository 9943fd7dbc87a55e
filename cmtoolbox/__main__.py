"""Entry point for `python -m cmtoolbox`, the `cmtoolbox` script and the PyInstaller build.

Headless commands (`--self-check`, `count`, ...) are dispatched before Qt is imported, so they
work on machines without a display and start fast. Without a display the GUI is not started at all:
Qt would abort with a core dump, so we say what is missing and what works headless instead.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_API", "pyside6")
    args = list(sys.argv[1:] if argv is None else argv)
    from cmtoolbox.cli import display_problem, is_cli_invocation, run_cli

    if is_cli_invocation(args):
        return run_cli(args)
    problem = display_problem(args)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    from cmtoolbox.gui.app import run

    return run([sys.argv[0], *args])


if __name__ == "__main__":
    # The frozen app starts its feed-parsing process (gui.pools) from its own executable:
    # that child must run the pool's worker here, not a second copy of the app.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
