"""Headless commands: no Qt imported here (the self-check imports it on purpose, to test it).

`cmtoolbox --self-check` answers "will this install work?" in one run: it checks every real part the
app relies on and exits 0 only when all of them are well.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from cmtoolbox import APP_NAME, __version__

COMMANDS = {"count", "doctor", "self-check"}
FLAGS = {"--self-check", "--version", "-V", "--help", "-h"}


def is_cli_invocation(args: list[str]) -> bool:
    return bool(args) and (args[0] in COMMANDS or args[0] in FLAGS)


# -- self-check ----------------------------------------------------------------------------------
Check = tuple[str, bool, str]


def _check_qt() -> Check:
    try:
        import PySide6
        from PySide6 import QtCore, QtGui, QtSvg, QtWidgets  # noqa: F401 - importing is the check

        return ("Qt", True, f"PySide6 {PySide6.__version__}, Qt runtime {QtCore.qVersion()}")
    except Exception as exc:  # missing system libraries surface as ImportError/OSError
        return ("Qt", False, f"{type(exc).__name__}: {exc}")


def _check_resources() -> Check:
    from cmtoolbox.paths import resource_root

    root = resource_root()
    needed = [root / "translations" / "cmtoolbox_fr.qm", root / "icons" / "cmtoolbox.svg"]
    missing = [str(p.relative_to(root)) for p in needed if not p.exists()]
    if missing:
        return ("resources", False, f"{root} (missing: {', '.join(missing)})")
    return ("resources", True, str(root))


def _check_data_dir(override: str | None) -> Check:
    from cmtoolbox.paths import data_dir

    try:
        root = data_dir(override)
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=root, prefix=".selfcheck-"):
            pass
        return ("data dir", True, str(root))
    except OSError as exc:
        return ("data dir", False, f"{exc}")


def _check_keyring() -> Check:
    try:
        from cmtoolbox.credentials import describe_backend

        label, usable = describe_backend()
    except Exception as exc:
        return ("keyring", False, f"{type(exc).__name__}: {exc}")
    hint = "" if usable else " (no secure backend: install and unlock a Secret Service such as gnome-keyring)"
    return ("keyring", usable, label + hint)


def _check_sqlite() -> Check:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
        conn.execute("INSERT INTO t VALUES ('Les réseaux sociaux')")
        hits = conn.execute("SELECT count(*) FROM t WHERE t MATCH 'reseaux'").fetchone()[0]
        ok = hits == 1
        return ("SQLite", ok, f"{sqlite3.sqlite_version}, FTS5 {'works' if ok else 'does not fold accents'}")
    except sqlite3.Error as exc:
        return ("SQLite", False, f"{sqlite3.sqlite_version}, FTS5 unavailable: {exc}")
    finally:
        conn.close()


def _check_spelling() -> Check:
    try:
        from cmtoolbox.core import spelling
    except ImportError:
        return ("spelling", True, "not built in this version")
    try:
        langs = spelling.available_languages()
        checker = spelling.SpellChecker(tuple(langs))
        bad = [m.word for m in checker.misspelled("Les réseaux sociaux sont géniaux")]
        ok = "fr" in langs and not bad
        return ("spelling", ok, f"dictionaries: {', '.join(langs) or 'none'}")
    except Exception as exc:
        return ("spelling", False, f"{type(exc).__name__}: {exc}")


def self_check(data_dir_override: str | None = None, out: Callable[[str], None] = print) -> int:
    checks: list[Check] = [
        ("CM Toolbox", True, __version__),
        (
            "Python",
            True,
            f"{platform.python_version()} ({sys.executable}, frozen={getattr(sys, 'frozen', False)})",
        ),
        _check_qt(),
        _check_resources(),
        _check_data_dir(data_dir_override),
        _check_keyring(),
        _check_sqlite(),
        _check_spelling(),
    ]
    width = max(len(name) for name, _ok, _d in checks)
    for name, ok, detail in checks:
        out(f"{'ok  ' if ok else 'FAIL'}  {name.ljust(width)}  {detail}")
    failed = [name for name, ok, _d in checks if not ok]
    out("all checks passed" if not failed else f"{len(failed)} check(s) failed: {', '.join(failed)}")
    return 0 if not failed else 1


# -- count -----------------------------------------------------------------------------------------
def cmd_count(args: argparse.Namespace) -> int:
    from cmtoolbox.core.counters import NETWORKS, count

    if args.network not in NETWORKS:
        print(f"unknown network {args.network!r}; known: {', '.join(sorted(NETWORKS))}", file=sys.stderr)
        return 2
    raw = Path(args.file).read_bytes() if args.file else sys.stdin.buffer.read()
    text = raw.decode("utf-8-sig", errors="replace")
    if args.strip_newline and text.endswith("\n"):
        text = text[:-1]
    result = count(args.network, text, limit=args.limit)
    if args.json:
        print(
            json.dumps(
                {
                    "network": result.network,
                    "length": result.length,
                    "limit": result.limit,
                    "remaining": result.remaining,
                    "valid": result.valid,
                    "over_ranges": [list(r) for r in result.over_ranges],
                    "problems": [p.code for p in result.problems],
                },
                ensure_ascii=False,
            )
        )
    else:
        state = "ok" if result.valid else "TOO LONG" if result.remaining < 0 else "INVALID"
        print(f"{result.length}/{result.limit} ({result.remaining} left) {state}")
    return 0 if result.valid else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cmtoolbox", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", "-V", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--self-check", action="store_true", help="check this installation and exit")
    parser.add_argument(
        "--data-dir", help="use this data folder (default: $CMTOOLBOX_DATA_DIR or the user data dir)"
    )
    sub = parser.add_subparsers(dest="command")
    count_p = sub.add_parser("count", help="count a post's characters for a network (stdin or a file)")
    count_p.add_argument("--network", "-n", default="x")
    count_p.add_argument("--limit", type=int, help="override the network's limit (e.g. a Mastodon server)")
    count_p.add_argument("--json", action="store_true")
    count_p.add_argument(
        "--keep-final-newline",
        dest="strip_newline",
        action="store_false",
        help="count the trailing newline that `echo` and editors add",
    )
    count_p.add_argument("file", nargs="?")
    for name in ("doctor", "self-check"):
        sub.add_parser(name, help="same as --self-check")
    return parser


def run_cli(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check or args.command in {"doctor", "self-check"}:
        return self_check(args.data_dir)
    if args.command == "count":
        return cmd_count(args)
    build_parser().print_help()
    return 0


if __name__ == "__main__":
    sys.exit(run_cli(sys.argv[1:]))
