"""Maintain the French catalogue: extract strings, fill translations, compile, check.

    python -m cmtoolbox.devtools.translations update      # lupdate: add new source strings to the .ts
    python -m cmtoolbox.devtools.translations fill F.json # set translations from {"source": "traduction"}
    python -m cmtoolbox.devtools.translations release     # lrelease: .ts -> .qm
    python -m cmtoolbox.devtools.translations check       # fail on an untranslated string or stale .qm

The .ts file is the source of truth for translations and is committed, as is the compiled .qm, so an
install needs no Qt tools. `fill` exists because translations are written in bulk by developers;
translators can use Qt Linguist on the .ts as usual.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "cmtoolbox"
TS_DIR = REPO / "resources" / "translations"
LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"
"""English is the source language: its catalogue only holds the plural forms ("%n source(s)" ->
"%n source" / "%n sources"), derived from the "(s)" spelling by `english_plurals`."""


def _tool(name: str) -> str:
    exe = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not exe:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return exe


def sources() -> list[Path]:
    """Python sources with user-facing strings, plus Designer forms (generated forms excluded)."""
    py = [p for p in sorted((PACKAGE / "gui").rglob("*.py")) if "forms" not in p.relative_to(PACKAGE).parts]
    return py + sorted((REPO / "ui").glob("*.ui"))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"cmtoolbox_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"cmtoolbox_{lang}.qm"


def update(lang: str, target: Path | None = None) -> Path:
    """Extract strings into `target`; a string whose class moved (a split page, a renamed widget)
    keeps the translation it had under its old context."""
    target = target or ts_path(lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    known = known_translations(target) if target.exists() else {}
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, sources()),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            lang,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    if known:
        _apply(target, known, only_unfinished=True)
    if lang == SOURCE_LANGUAGE:
        english_plurals(target)
    return target


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def known_translations(ts: Path) -> dict[str, str | list[str]]:
    """Finished translations by source text (a list of forms for plural messages)."""
    found: dict[str, str | list[str]] = {}
    for _context, source, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if forms and all(forms):
            found[source] = forms
        elif translation.text:
            found[source] = translation.text
    return found


def _apply(ts: Path, catalog: dict[str, str | list[str]], *, only_unfinished: bool = False) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or source not in catalog:
            continue
        if only_unfinished and translation.get("type") != "unfinished":
            continue
        value = catalog[source]
        plural = message.get("numerus") == "yes"
        if plural != isinstance(value, list):
            continue  # a plural message needs its forms, a plain one a string
        if isinstance(value, list):
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def fill(lang: str, catalog: dict[str, str | list[str]]) -> int:
    """Set translations from {"source": "traduction"}; a list gives a plural message's forms."""
    return _apply(ts_path(lang), catalog)


def release(lang: str) -> Path:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm_path(lang))],
        check=True,
        capture_output=True,
        text=True,
    )
    return qm_path(lang)


def unfinished(ts: Path, *, plurals_only: bool = False) -> list[str]:
    result = []
    for context, source, message in messages(ts):
        if plurals_only and message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if translation is not None:  # plural messages keep their text in <numerusform> children
            text += "".join(form.text or "" for form in translation.iter("numerusform"))
        if (
            translation is None
            or translation.get("type") in {"unfinished", "vanished", "obsolete"}
            or not text.strip()
        ):
            result.append(f"{context}: {source}")
    return result


def english_plurals(ts: Path) -> int:
    """Give every plural message of the English catalogue its two forms from the source text:
    "(s)" dropped for one, "s" for many ("%n address(es)": "address" / "addresses"; "%n entry(ies)" ->
    "entry" / "entries")."""
    catalog: dict[str, str | list[str]] = {}
    for _context, source, message in messages(ts):
        if message.get("numerus") == "yes":
            one = source.replace("y(ies)", "y").replace("(s)", "").replace("(es)", "")
            many = source.replace("y(ies)", "ies").replace("(s)", "s").replace("(es)", "es")
            catalog[source] = [one, many]
    return _apply(ts, catalog)


def check(lang: str) -> list[str]:
    problems: list[str] = []
    committed = ts_path(lang)
    if not committed.exists():
        return [f"{committed} missing"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / committed.name
        shutil.copy(committed, fresh)
        update(lang, fresh)
        have = {(c, s) for c, s, _m in messages(committed)}
        new = [f"{c}: {s}" for c, s, _m in messages(fresh) if (c, s) not in have]
        problems += [f"not extracted yet (run update): {m}" for m in new]
        missing = unfinished(fresh, plurals_only=lang == SOURCE_LANGUAGE)
        problems += [f"untranslated: {m}" for m in missing if m not in new]
        qm = qm_path(lang)
        if not qm.exists() or qm.stat().st_mtime < committed.stat().st_mtime - 1:
            compiled = Path(tmp) / "check.qm"
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(committed), "-qm", str(compiled)],
                check=True,
                capture_output=True,
            )
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                problems.append(f"{qm.name} is stale (run release)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["update", "fill", "release", "check", "missing"])
    parser.add_argument("catalog", nargs="?", help="JSON file for fill")
    args = parser.parse_args(argv)
    for lang in LANGUAGES:
        if args.action == "update":
            print(update(lang))
        elif args.action == "fill" and lang == SOURCE_LANGUAGE:
            continue  # English needs only its plural forms, derived at update
        elif args.action == "fill":
            catalog = json.loads(Path(args.catalog).read_text(encoding="utf-8"))
            print(f"{lang}: {fill(lang, catalog)} translations set")
        elif args.action == "release":
            print(release(lang))
        elif args.action == "missing":
            for line in unfinished(ts_path(lang), plurals_only=lang == SOURCE_LANGUAGE):
                print(line)
        else:
            problems = check(lang)
            for problem in problems:
                print(problem)
            if problems:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
