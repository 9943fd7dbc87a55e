"""Headless commands: no Qt imported here (the self-check imports it on purpose, to test it).

`cmtoolbox --self-check` answers "will this install work?" in one run: it checks every real part the
app relies on and exits 0 only when all of them are well.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from cmtoolbox import APP_NAME, __version__

if TYPE_CHECKING:
    from cmtoolbox.ops.sync import SecretSlot
    from cmtoolbox.storage.store import Store

COMMANDS = {"count", "doctor", "self-check", "backup", "restore", "export", "sync", "report"}
FLAGS = {"--self-check", "--version", "-V", "--help", "-h"}
# Global options taking a value, accepted before a command: `cmtoolbox --data-dir DIR count ...`.
VALUE_OPTIONS = {"--data-dir", "--drive"}  # --drive: devtools.drive (crash tests)


def is_cli_invocation(args: list[str]) -> bool:
    """True when the arguments ask for a headless command rather than the window.

    Global options may come first (`--data-dir DIR --self-check`), so the first word that is not an
    option or an option's value decides; a headless flag anywhere before it does too. Anything else
    (no arguments, `--smoke`, Qt's own `-platform offscreen`) starts the GUI.
    """
    position = 0
    while position < len(args):
        arg = args[position]
        if arg in FLAGS:
            return True
        if arg in VALUE_OPTIONS:
            position += 2
            continue
        if not arg.startswith("-"):
            return arg in COMMANDS
        position += 1
    return False


# -- no display ----------------------------------------------------------------------------------
# Qt platform plugins that draw without a display server (no DISPLAY/WAYLAND_DISPLAY needed).
_SERVERLESS_PLATFORMS = {"offscreen", "minimal", "minimalegl", "eglfs", "linuxfb", "vnc", "vkkhrdisplay"}

NO_DISPLAY_MESSAGE = """\
cmtoolbox: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open.
Start CM Toolbox from a desktop session, or use what works without a display:
  cmtoolbox --self-check                     check this installation (also: doctor)
  cmtoolbox count --network x FILE           count a post's characters (or read stdin)
  cmtoolbox count --help                     the networks it knows
  cmtoolbox --version
  QT_QPA_PLATFORM=offscreen cmtoolbox ...    run the window invisibly (scripts and tests)"""


def _requested_platform(args: list[str], environ: Mapping[str, str]) -> str:
    """The Qt platform the GUI would ask for: `-platform NAME` wins over $QT_QPA_PLATFORM, as in Qt."""
    for position, arg in enumerate(args):
        if arg in ("-platform", "--platform") and position + 1 < len(args):
            return args[position + 1]
    return environ.get("QT_QPA_PLATFORM", "")


def display_problem(
    args: list[str], environ: Mapping[str, str] | None = None, system: str | None = None
) -> str | None:
    """Why the window cannot open here, or None when it can (as far as we can tell without Qt).

    Without a display Qt's xcb plugin aborts the process with a core dump and a hint about plugins,
    which tells a user nothing; checking first lets us say what is wrong and what still works.
    Only Linux and the BSDs need a display server; a serverless platform (offscreen...) needs none.
    """
    environ = os.environ if environ is None else environ
    system = sys.platform if system is None else system
    if system.startswith(("win", "cygwin", "darwin")):
        return None
    requested = _requested_platform(args, environ)
    # "offscreen:fontengine=freetype" or a fallback list "wayland;xcb": any usable one will do.
    names = [part.split(":", 1)[0].strip().lower() for part in requested.split(";")]
    if any(name in _SERVERLESS_PLATFORMS for name in names):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY_MESSAGE


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


def _check_calendar() -> Check:
    """French public holidays come from `holidays`, which loads each country's module by name:
    a frozen build that missed them would plan over Christmas without saying so."""
    try:
        from datetime import date

        import holidays

        french = holidays.country_holidays("FR", years=2026)
        ok = date(2026, 12, 25) in french and date(2026, 7, 14) in french
        return ("calendar", ok, f"French public holidays: {len(french)} in 2026")
    except Exception as exc:
        return ("calendar", False, f"{type(exc).__name__}: {exc}")


def _check_grammar() -> Check:
    """French grammar comes from Grammalecte (Debian's python3-grammalecte, linked into the venv and bundled
    by build.spec): a build without it would underline nothing and say nothing."""
    try:
        from cmtoolbox.core import grammar

        ok, detail = grammar.available()
        if ok:
            found = [i.suggestions[:1] for i in grammar.check("Nous sommes ravi de vous voir samedi a 10h.")]
            ok = found[:3] == [("ravis",), ("à",), ("10\u00a0h",)]
            detail += f", {len(found)} issues found in a test sentence"
        return ("grammar", ok, detail)
    except Exception as exc:
        return ("grammar", False, f"{type(exc).__name__}: {exc}")


FRENCH_WORDS = ["Zoé", "côté", "cote", "Éric", "coté", "zèbre", "côte", "eau", "ça"]
# In code-point order "Zoé" would come first and "ça", "Éric" last.
FRENCH_ORDER = ["ça", "cote", "coté", "côte", "côté", "eau", "Éric", "zèbre", "Zoé"]


def _check_locale() -> Check:
    """French and English through Qt's ICU: collation, time-zone names, case mapping. The build trims
    ICU's data to these two languages (cmtoolbox/devtools/icu_data.py); a trim too far shows here."""
    try:
        from functools import cmp_to_key

        from PySide6.QtCore import QCollator, QLocale, QTimeZone

        french = QLocale(QLocale.Language.French, QLocale.Country.France)
        collator = QCollator(french)
        order = sorted(FRENCH_WORDS, key=cmp_to_key(collator.compare))
        paris = QTimeZone(b"Europe/Paris")
        standard, long_name = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
        zone_fr = paris.displayName(standard, long_name, french)
        zone_en = paris.displayName(standard, long_name, QLocale(QLocale.Language.English))
        upper = french.toUpper("ça île œuf")
        ok = order == FRENCH_ORDER and "Europe centrale" in zone_fr and "Central European" in zone_en
        ok = ok and upper == "ÇA ÎLE ŒUF" and french.monthName(12) == "décembre"
        return ("locale", ok, f"French sort {'as expected' if order == FRENCH_ORDER else order}; {zone_fr}")
    except Exception as exc:
        return ("locale", False, f"{type(exc).__name__}: {exc}")


def _check_translations() -> Check:
    """The French catalogues (the app's and Qt's own standard buttons) load and translate."""
    try:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        from cmtoolbox.paths import resource_path

        ours, qt = QTranslator(), QTranslator()
        loaded = ours.load(str(resource_path("translations", "cmtoolbox_fr.qm")))
        quit_fr = ours.translate("MainWindow", "&Quit") if loaded else ""
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_loaded = qt.load("qtbase_fr", qt_path) or qt.load("qtbase_fr", str(resource_path("translations")))
        cancel_fr = qt.translate("QPlatformTheme", "Cancel") if qt_loaded else ""
        ok = quit_fr == "&Quitter" and cancel_fr == "Annuler"
        return ("translations", ok, f"French: {quit_fr or 'missing'}, Qt: {cancel_fr or 'missing'}")
    except Exception as exc:
        return ("translations", False, f"{type(exc).__name__}: {exc}")


def _check_images() -> Check:
    """A library thumbnail end to end: Pillow reads a JPEG (and AVIF when built in), writes the WebP
    thumbnail, and Qt's WebP plugin reads it back, as the library grid does."""
    try:
        import io

        from PIL import Image, features
        from PySide6.QtGui import QImage

        from cmtoolbox.core import media

        with tempfile.TemporaryDirectory(prefix="cmtoolbox-selfcheck-") as folder:
            source, thumb = Path(folder) / "photo.jpg", Path(folder) / "thumb.webp"
            Image.new("RGB", (800, 600), (200, 60, 30)).save(source, "JPEG")
            made = media.make_thumbnail(source, media.KIND_IMAGE, thumb)
            shown = QImage(str(thumb)) if made else QImage()
        try:
            avif = bool(features.check_module("avif"))
        except ValueError:  # a Pillow older than its AVIF plugin
            avif = False
        if avif:
            encoded = io.BytesIO()
            Image.new("RGB", (16, 16), (0, 128, 255)).save(encoded, "AVIF")
            avif = Image.open(io.BytesIO(encoded.getvalue())).size == (16, 16)
        ok = made and not shown.isNull() and max(shown.width(), shown.height()) <= media.THUMBNAIL_SIZE
        detail = f"JPEG -> WebP thumbnail {shown.width()}x{shown.height()}, AVIF {'yes' if avif else 'no'}"
        return ("images", ok, detail)
    except Exception as exc:
        return ("images", False, f"{type(exc).__name__}: {exc}")


def _check_encryption() -> Check:
    """What sync encrypts with (AES-GCM under an scrypt key) and what the keyring's Secret Service
    session needs: the `cryptography` package and its OpenSSL."""
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        key = Scrypt(salt=b"cmtoolbox-check!", length=32, n=2**10, r=8, p=1).derive(b"mot de passe")
        nonce = b"0123456789ab"
        sealed = AESGCM(key).encrypt(nonce, "données".encode(), None)
        ok = AESGCM(key).decrypt(nonce, sealed, None) == "données".encode()
        return ("encryption", ok, "AES-GCM with an scrypt key round-trips")
    except Exception as exc:
        return ("encryption", False, f"{type(exc).__name__}: {exc}")


def _check_feeds() -> Check:
    """Feeds in legacy encodings decode (Python's codecs, including the CJK ones) and parse."""
    try:
        import feedparser

        titles = []
        for encoding, title in (("windows-1252", "Café crème"), ("shift_jis", "日本のニュース")):
            xml = f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>t</title>'
            xml += f"<item><title>{title}</title></item></channel></rss>"
            parsed = feedparser.parse(xml.encode(encoding))
            titles.append(parsed.entries[0].title if parsed.entries else "")
        ok = titles == ["Café crème", "日本のニュース"]
        return ("feeds", ok, f"RSS in Windows-1252 and Shift_JIS: {', '.join(titles)}")
    except Exception as exc:
        return ("feeds", False, f"{type(exc).__name__}: {exc}")


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
        _check_calendar(),
        _check_grammar(),
        _check_locale(),
        _check_translations(),
        _check_images(),
        _check_encryption(),
        _check_feeds(),
    ]
    width = max(len(name) for name, _ok, _d in checks)
    for name, ok, detail in checks:
        out(f"{'ok  ' if ok else 'FAIL'}  {name.ljust(width)}  {detail}")
    failed = [name for name, ok, _d in checks if not ok]
    out("all checks passed" if not failed else f"{len(failed)} check(s) failed: {', '.join(failed)}")
    return 0 if not failed else 1


# -- count -----------------------------------------------------------------------------------------
# What people type for a network -> the id of core.counters.NETWORKS. A post's text on YouTube and
# Pinterest is the description (the title has its own, shorter limit: youtube_title, pinterest_title).
NETWORK_ALIASES = {
    "twitter": "x",
    "tweet": "x",
    "insta": "instagram",
    "ig": "instagram",
    "fb": "facebook",
    "li": "linkedin",
    "masto": "mastodon",
    "toot": "mastodon",
    "bsky": "bluesky",
    "youtube": "youtube_description",
    "yt": "youtube_description",
    "pinterest": "pinterest_description",
}


def resolve_network(name: str) -> str | None:
    """The counters' id for `name` (an id or an alias, any case, `-` or `_`), or None when unknown."""
    from cmtoolbox.core.counters import NETWORKS

    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key in NETWORKS:
        return key
    target = NETWORK_ALIASES.get(key)
    return target if target in NETWORKS else None


def _networks_help() -> str:
    """The table printed by `count --help`: every network with its limit and the aliases it answers to."""
    from cmtoolbox.core.counters import NETWORKS

    lines = ["networks (--network NAME; the alias in brackets works too):"]
    for network_id, rule in NETWORKS.items():
        aliases = sorted(alias for alias, target in NETWORK_ALIASES.items() if target == network_id)
        also = f" [{', '.join(aliases)}]" if aliases else ""
        lines.append(f"  {network_id:<22} {rule.name}, {rule.limit}{also}")
    return "\n".join(lines)


def cmd_count(args: argparse.Namespace) -> int:
    from cmtoolbox.core.counters import NETWORKS, count

    network = resolve_network(args.network)
    if network is None:
        known = ", ".join([*NETWORKS, *sorted(NETWORK_ALIASES)])
        print(f"unknown network {args.network!r}; known: {known}", file=sys.stderr)
        return 2
    raw = Path(args.file).read_bytes() if args.file else sys.stdin.buffer.read()
    text = raw.decode("utf-8-sig", errors="replace")
    if args.strip_newline and text.endswith("\n"):
        text = text[:-1]
    result = count(network, text, limit=args.limit)
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
    count_p = sub.add_parser(
        "count",
        help="count a post's characters for a network (stdin or a file)",
        description="Count a post's characters the way the network does, from a file or stdin.",
        epilog=_networks_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    count_p.add_argument(
        "--network", "-n", default="x", metavar="NAME", help="network id or alias, listed below (default: x)"
    )
    count_p.add_argument("--limit", type=int, help="override the network's limit (e.g. a Mastodon server)")
    count_p.add_argument("--json", action="store_true")
    count_p.add_argument(
        "--keep-final-newline",
        dest="strip_newline",
        action="store_false",
        help="count the trailing newline that `echo` and editors add",
    )
    count_p.add_argument("file", nargs="?", help="the post's text, UTF-8 (default: read stdin)")
    for name in ("doctor", "self-check"):
        sub.add_parser(name, help="same as --self-check")
    backup_p = sub.add_parser(
        "backup",
        help="write one archive of the database and the library files (no secrets)",
        description="Back up the data folder into one archive: the database, every library file and a "
        "manifest with checksums. Passwords stay in the OS keyring and are never in it.",
    )
    backup_p.add_argument("path", help="the archive to write (e.g. ~/cmtoolbox-2026-12-02.cmtbackup)")
    restore_p = sub.add_parser(
        "restore",
        help="replace the data folder's content by an archive (verified first; the old data is kept aside)",
    )
    restore_p.add_argument("path", help="an archive written by `backup` or File > Back up")
    restore_p.add_argument("--check", action="store_true", help="only verify the archive, change nothing")
    export_p = sub.add_parser(
        "export",
        help="export notes (Markdown vault), sources (bookmarks, OPML), library files and JSON",
    )
    export_p.add_argument("folder", help="where to write the export (created if needed)")
    export_p.add_argument("--client", metavar="NAME", help="one client (by name); default: every client")
    report_p = sub.add_parser(
        "report",
        help="write a client's report for a month (or any period) as PDF or HTML, and keep it as a note",
        description="Write a client's report (figures, charts, best and worst posts) to FILE: a PDF or "
        "an HTML page, by the file's extension. The report is also kept as a note in the client's "
        "carnet (unless --no-note). Needs no display.",
    )
    report_p.add_argument("--client", metavar="NAME", required=True, help="the client, by name")
    report_p.add_argument("--month", metavar="YYYY-MM", help="the month to report on")
    report_p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="or a period: its first day")
    report_p.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="and its last day (included)")
    report_p.add_argument("--out", metavar="FILE", required=True, help="report.pdf or report.html")
    report_p.add_argument("--lang", choices=("fr", "en"), default="fr", help="the report's language (fr)")
    report_p.add_argument("--commentary", metavar="TEXT", default="", help="the CM's words (Markdown)")
    report_p.add_argument("--commentary-file", metavar="FILE", help="the CM's words, from a UTF-8 file")
    report_p.add_argument("--cm", metavar="NAME", help="the CM's name (default: the one set in the app)")
    report_p.add_argument("--client-name", metavar="NAME", help="the client's name as printed")
    report_p.add_argument("--basis", choices=("reach", "impressions"), default="reach",
                          help="engagement rate on reach (default) or on impressions")  # fmt: skip
    report_p.add_argument("--no-note", action="store_true", help="do not keep the report in the carnet")
    sync_p = sub.add_parser(
        "sync",
        help="sync once with a WebDAV server or a synced folder, and print what moved",
        description="Send this device's changes to the sync target and apply the other devices' ones. "
        "The target is remembered: later syncs need no --target. Secrets are read from the OS keyring "
        "or from the environment variables named below.",
    )
    sync_p.add_argument("--data-dir", default=argparse.SUPPRESS, help="the data folder to sync")
    sync_p.add_argument("--target", metavar="URL|FOLDER", help="a WebDAV URL (https://...) or a folder")
    sync_p.add_argument("--user", metavar="NAME", help="the WebDAV user")
    sync_p.add_argument(
        "--password-env", metavar="VAR", help="environment variable holding the WebDAV password"
    )
    sync_p.add_argument(
        "--passphrase-env", metavar="VAR", help="environment variable holding the encryption passphrase"
    )
    sync_p.add_argument(
        "--client", metavar="NAME", action="append", help="sync only this client (repeat for more)"
    )
    sync_p.add_argument("--all-clients", action="store_true", help="sync every client (the default)")
    sync_p.add_argument(
        "--new-device-id",
        action="store_true",
        help="this data folder was copied from another computer: give it a device id of its own first",
    )
    sync_p.add_argument(
        "--list-targets",
        action="store_true",
        help="list the targets this device synced with (id, address, last sync) and sync nothing",
    )
    sync_p.add_argument(
        "--forget-target",
        metavar="URL|ID",
        help="forget a target no longer used (it holds back the journal's compaction) and sync nothing",
    )
    return parser


def _data_root(args: argparse.Namespace) -> Path:
    from cmtoolbox.paths import data_dir

    return data_dir(args.data_dir)


def cmd_backup(args: argparse.Namespace) -> int:
    from cmtoolbox.paths import database_path
    from cmtoolbox.storage.archive import write_archive
    from cmtoolbox.storage.errors import StorageError

    root = _data_root(args)
    if not database_path(root).exists():
        print(f"cmtoolbox: no data in {root}", file=sys.stderr)
        return 1
    try:
        manifest = write_archive(root, Path(args.path))
    except (StorageError, OSError) as exc:
        print(f"cmtoolbox: backup failed: {exc}", file=sys.stderr)
        return 1
    mib = manifest.total_bytes / (1 << 20)
    print(
        f"backed up {root} to {args.path}: database and {manifest.library_files} library files "
        f"({mib:.1f} MiB)"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from cmtoolbox.instance import DataFolderBusy, hold_data_folder
    from cmtoolbox.storage.archive import restore_archive, verify_archive
    from cmtoolbox.storage.errors import StorageError

    root = _data_root(args)
    archive = Path(args.path)
    try:
        if args.check:
            manifest = verify_archive(archive, Path(tempfile.gettempdir()))
            print(
                f"{archive}: a good backup from {manifest.created_at:%Y-%m-%d %H:%M} UTC "
                f"(CM Toolbox {manifest.app_version}, {manifest.library_files} library files)"
            )
            return 0
        root.mkdir(parents=True, exist_ok=True)
        with hold_data_folder(root):
            report = restore_archive(archive, root)
    except DataFolderBusy as exc:
        print(f"cmtoolbox: {exc}; close it first", file=sys.stderr)
        return 1
    except (StorageError, OSError) as exc:
        print(f"cmtoolbox: nothing was changed: {exc}", file=sys.stderr)
        return 1
    print(f"restored the backup of {report.manifest.created_at:%Y-%m-%d %H:%M} UTC into {root}")
    if report.kept_aside is not None:
        print(f"the previous data is kept in {report.kept_aside}")
    print("passwords are not in backups: on another machine, re-enter them in Accounts")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from cmtoolbox.ops.clients import find_client
    from cmtoolbox.ops.export import export_data_folder, read_data_folder
    from cmtoolbox.paths import database_path

    root = _data_root(args)
    if not database_path(root).exists():
        print(f"cmtoolbox: no data in {root}", file=sys.stderr)
        return 1
    client_id = None
    if args.client:
        client_id = read_data_folder(root, find_client, args.client)
        if client_id is None:
            print(f"cmtoolbox: no client named {args.client!r}", file=sys.stderr)
            return 1
    report = export_data_folder(root, client_id, Path(args.folder))
    done = ", ".join(f"{n} {what}" for what, n in report.counts.items()) or "nothing to export"
    print(f"exported to {report.folder}: {done}")
    return 0


def _report_period(args: argparse.Namespace):  # noqa: ANN202 - core.results.Period, imported late
    from datetime import date

    from cmtoolbox.core.results import Period

    if args.month and not (args.first or args.last):
        return Period.parse_month(args.month)
    if args.first and args.last and not args.month:
        try:
            return Period(date.fromisoformat(args.first), date.fromisoformat(args.last))
        except ValueError:
            raise ValueError(f"not a period: {args.first} to {args.last} (YYYY-MM-DD)") from None
    raise ValueError("give --month YYYY-MM, or --from YYYY-MM-DD and --to YYYY-MM-DD")


def cmd_report(args: argparse.Namespace) -> int:
    """The report without a window: figures read from the data folder, charts and PDF drawn by Qt
    on the offscreen platform (no display needed), the note written through ops."""
    from cmtoolbox.ops.clients import find_client
    from cmtoolbox.ops.export import read_data_folder
    from cmtoolbox.paths import database_path

    root = _data_root(args)
    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".pdf", ".html", ".htm"):
        print(f"cmtoolbox: {out.name}: the report is written as .pdf or .html", file=sys.stderr)
        return 2
    if not out.parent.is_dir():
        print(f"cmtoolbox: no folder {out.parent}", file=sys.stderr)
        return 1
    try:
        period = _report_period(args)
    except ValueError as exc:
        print(f"cmtoolbox: {exc}", file=sys.stderr)
        return 2
    commentary = args.commentary
    if args.commentary_file:
        try:
            commentary = Path(args.commentary_file).read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"cmtoolbox: cannot read the commentary: {exc}", file=sys.stderr)
            return 1
    if not database_path(root).exists():
        print(f"cmtoolbox: no data in {root}", file=sys.stderr)
        return 1
    client_id = read_data_folder(root, find_client, args.client)
    if client_id is None:
        print(f"cmtoolbox: no client named {args.client!r}", file=sys.stderr)
        return 1
    from cmtoolbox.ops import results as results_ops

    figures = read_data_folder(root, results_ops.report_figures, client_id, period, args.basis)
    cm_name = args.cm if args.cm is not None else read_data_folder(root, results_ops.cm_name)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # charts and the PDF need no window
    try:
        import asyncio
        from datetime import date

        from PySide6.QtWidgets import QApplication

        from cmtoolbox.core.report import ReportOptions, note_title, render_markdown_note
        from cmtoolbox.gui.files import write_atomic
        from cmtoolbox.gui.results.report_export import kind_of, report_bytes, with_charts
    except ImportError as exc:
        print(f"cmtoolbox: the report needs Qt's libraries, which did not load: {exc}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "cmtoolbox"])
    options = ReportOptions(
        lang=args.lang,
        commentary=commentary,
        cm_name=cm_name,
        client_name=args.client_name or "",
        made_on=date.today(),
    )
    kind = kind_of(out)
    assert kind is not None  # checked above
    try:
        options = with_charts(figures, options)
        write_atomic(out, asyncio.run(report_bytes(figures, options, kind)))
    except OSError as exc:
        print(f"cmtoolbox: the report was not written: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a drawing failure: say so in one line, the details go to the log
        import logging

        logging.getLogger(__name__).exception("report drawing failed")
        print(f"cmtoolbox: the report could not be drawn ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
    del app
    print(f"wrote {out} ({figures.totals.posts} posts, {period.first} to {period.last})")
    if args.no_note:
        return 0
    return _keep_report_note(root, client_id, note_title(figures, args.lang, options.client_name),
                             render_markdown_note(figures, options), args.lang)  # fmt: skip


def _keep_report_note(root: Path, client_id: int, title: str, body: str, lang: str) -> int:
    from cmtoolbox.instance import DataFolderBusy, hold_data_folder
    from cmtoolbox.ops import call, execute
    from cmtoolbox.ops.results import save_report_note
    from cmtoolbox.storage.store import Store

    try:
        with hold_data_folder(root):
            store, _report = Store.open(root)
            try:
                execute(store, call(save_report_note, client_id, title, body, lang))
            finally:
                store.close()
    except DataFolderBusy as exc:
        print(f"cmtoolbox: the report was not kept in the carnet: {exc}", file=sys.stderr)
        return 1
    print(f"kept in the carnet as the note “{title}”")
    return 0


def _secret(env_name: str | None, ref: str) -> str:
    """A secret from the named environment variable, else from the OS keyring, else ''."""
    import os

    if env_name:
        return os.environ.get(env_name, "")
    from cmtoolbox.credentials.base import SecretStoreUnavailable
    from cmtoolbox.credentials.keyring_store import KeyringSecretStore

    try:
        return KeyringSecretStore().get(ref) or ""
    except SecretStoreUnavailable:
        return ""


def cmd_sync(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from cmtoolbox.instance import DataFolderBusy, hold_data_folder
    from cmtoolbox.ops import call, execute
    from cmtoolbox.ops import sync as sync_ops
    from cmtoolbox.paths import database_path
    from cmtoolbox.storage.store import Store
    from cmtoolbox.sync import SyncEngine, SyncOptions, TargetError, WrongPassphrase, open_target
    from cmtoolbox.sync.crypto import Corrupt

    root = _data_root(args)
    if not database_path(root).exists():
        print(f"cmtoolbox: no data in {root}", file=sys.stderr)
        return 1
    try:
        with hold_data_folder(root):
            store, _report = Store.open(root)
            try:
                settings = sync_ops.sync_settings(store)
                if args.list_targets or args.forget_target:
                    return _sync_targets(store, args.list_targets, args.forget_target)
                if args.new_device_id:
                    print(f"this device's new id: {execute(store, call(sync_ops.new_device_id)).value}")
                if args.target:
                    settings = replace(settings, target=args.target)
                if args.user is not None:
                    settings = replace(settings, username=args.user)
                if args.client:
                    uids = sync_ops.client_uids(store, args.client)
                    missing = [name for name, uid in uids.items() if uid is None]
                    if missing:
                        print(f"cmtoolbox: no client named {', '.join(map(repr, missing))}", file=sys.stderr)
                        return 1
                    settings = replace(settings, clients=tuple(u for u in uids.values() if u))
                elif args.all_clients:
                    settings = replace(settings, clients=None)
                if not settings.target:
                    if args.new_device_id:
                        return 0  # re-keyed; nothing to sync with yet
                    print("cmtoolbox: no sync target: give --target URL|FOLDER once", file=sys.stderr)
                    return 1
                passphrase = _secret(args.passphrase_env, sync_ops.PASSPHRASE_REF)
                password = _secret(args.password_env, sync_ops.WEBDAV_PASSWORD_REF)
                settings = replace(settings, encrypted=bool(passphrase))
                execute(store, call(sync_ops.save_sync_settings, settings))
                target = open_target(settings.target, username=settings.username, password=password)
                try:
                    options = SyncOptions(passphrase=passphrase, scope=settings.scope)
                    report = SyncEngine(store, target, options).run()
                finally:
                    target.close()
                summary = {"ok": True, "sent": report.pushed, "received": report.pulled}
                execute(store, call(sync_ops.record_result, summary))
                slots = sync_ops.secret_slots(store)
            except (TargetError, WrongPassphrase, Corrupt) as exc:
                print(f"cmtoolbox: sync failed, nothing was lost: {exc}", file=sys.stderr)
                return 2
            finally:
                store.close()
    except DataFolderBusy as exc:
        print(f"cmtoolbox: {exc}; close it first, or use Sync now in the app", file=sys.stderr)
        return 1
    for line in report.summary():
        print(line)
    _print_missing_secrets(slots)
    return 0


def _sync_targets(store: Store, show: bool, forget: str | None) -> int:
    """`--forget-target` then `--list-targets`: nothing is synced."""
    from cmtoolbox.ops import call, execute
    from cmtoolbox.ops import sync as sync_ops

    if forget:
        try:
            gone = execute(store, call(sync_ops.forget_target, forget)).value
        except sync_ops.TargetNotForgotten as exc:
            print(f"cmtoolbox: {exc}", file=sys.stderr)
            return 1
        for target in gone:
            print(f"forgot target {target.id} {target.address or '(address not recorded)'}")
    if show:
        targets = sync_ops.list_targets(store)
        if not targets:
            print("this device never synced")
        for target in targets:
            when = f"last sync {target.synced_at}" if target.synced_at else "last sync not recorded"
            mark = "  (current)" if target.current else ""
            print(f"{target.id}  {target.address or '(address not recorded)'}  {when}{mark}")
    return 0


def _print_missing_secrets(slots: list[SecretSlot]) -> None:
    """Secrets never travel: say which ones this machine's keyring still lacks."""
    if not slots:
        return
    from cmtoolbox.credentials.base import SecretStoreUnavailable
    from cmtoolbox.credentials.keyring_store import KeyringSecretStore

    try:
        keyring = KeyringSecretStore()
        missing = [slot for slot in slots if not keyring.get(slot.ref)]
    except SecretStoreUnavailable:
        print(f"{len(slots)} account secret(s) are not synced and no keyring is available here")
        return
    if missing:
        print(f"secrets to enter on this machine (Accounts), never synced: {len(missing)}")
        for slot in missing:
            print(f"  {slot.client}: {slot.account}: {slot.label}")


def run_cli(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check or args.command in {"doctor", "self-check"}:
        return self_check(args.data_dir)
    if args.command == "count":
        return cmd_count(args)
    commands = {
        "backup": cmd_backup,
        "restore": cmd_restore,
        "export": cmd_export,
        "sync": cmd_sync,
        "report": cmd_report,
    }
    if args.command in commands:
        return commands[args.command](args)
    build_parser().print_help()
    return 0


if __name__ == "__main__":
    sys.exit(run_cli(sys.argv[1:]))
