"""A smaller ICU data library for the PyInstaller build (build.spec calls `trimmed_icu_data`).

PySide6's QtCore links its own ICU, whose data library (libicudata.so.NN, 32 MB) holds every locale,
converter, break dictionary and transliterator. Qt calls only a few ICU services: collation (QCollator,
QString::localeAwareCompare), case mapping, time-zone names (ucal) and converters for encodings it does
not implement itself (QStringConverter). The app shows French and English, so this keeps:

* root, French and English data in the locale trees Qt's calls read (the main tree, coll, zone, and
  region for time-zone names by place), and every non-locale table (supplementalData, zoneinfo64,
  metaZones, likelySubtags...);
* the collation root (ucadata.icu) and every small converter (the single-byte code pages: Windows-125x,
  ISO-8859-x, KOI8, Mac...); UTF-8/16/32, ASCII and Latin-1 need no data;

and drops the break-iteration rules and dictionaries and the transliterators (Qt has its own text
boundaries and does not transliterate), the names of languages, currencies and units and the number
spell-out rules (Qt formats numbers and names locales from its own CLDR tables), the large multi-byte
and EBCDIC converters (CJK and EBCDIC code pages: Python's codecs decode feeds, not Qt), character names,
and the other ~900 locales. About 32 MB -> 3.6 MB. The result is an ELF library exporting the same
`icudtNN_dat` symbol, so libicuuc loads it unchanged.

Tools: objcopy, objdump, nm and ld (binutils) and icupkg (icu-devtools); .ci/install installs both.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

TOOLS = ("objcopy", "objdump", "nm", "ld", "icupkg")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_DROPPED_TREES = {"brkitr", "translit", "curr", "unit", "lang", "rbnf"}
_DROPPED_FILES = {"unames.icu"}
LARGEST_CONVERTER = 40_000  # bytes: every single-byte code page is under it, CJK and EBCDIC DBCS above
KEPT_LANGUAGES = ("fr", "en")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def keep_item(name: str, size: int) -> bool:
    """Whether one item of the ICU package (e.g. `coll/fr.res`, `ibm-5348_P100-1997.cnv`) stays."""
    tree, _, leaf = name.rpartition("/")
    if tree in _DROPPED_TREES or name in _DROPPED_FILES:
        return False
    stem, _, ext = leaf.rpartition(".")
    if ext == "cnv":
        return size <= LARGEST_CONVERTER
    if ext != "res" or stem in ("root", "pool", "res_index") or not _LOCALE.match(stem):
        return True
    language = stem.split("_", 1)[0]
    return language in KEPT_LANGUAGES


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def trimmed_icu_data(library: Path, work: Path) -> Path:
    """Write a trimmed copy of `library` (libicudataNN) under `work` and return its path."""
    missing = missing_tools()
    if missing:
        raise RuntimeError(f"cannot trim ICU data, missing tools: {', '.join(missing)}")
    work.mkdir(parents=True, exist_ok=True)
    symbols = [line.split() for line in _run("nm", "-D", "--defined-only", str(library)).splitlines()]
    data_symbols = [s for s in symbols if len(s) == 3 and re.fullmatch(r"icudt\d+_dat", s[2])]
    if len(data_symbols) != 1:
        raise RuntimeError(f"{library.name}: no single icudtNN_dat symbol ({symbols})")
    address, _kind, symbol = data_symbols[0]
    package = symbol.removesuffix("_dat") + ("l" if sys.byteorder == "little" else "b")
    sections = _run("objdump", "-h", str(library))
    rodata = re.search(r"\s\.rodata\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if rodata is None or int(rodata.group(2), 16) != int(address, 16):
        raise RuntimeError(f"{library.name}: the data is not the whole .rodata section")
    header = _run("objdump", "-f", str(library))
    bfd = re.search(r"file format (\S+)", header)
    arch = re.search(r"architecture: ([^,\s]+)", header)
    if bfd is None or arch is None:
        raise RuntimeError(f"{library.name}: unknown ELF format")

    full = work / f"{package}.dat"
    _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(full))
    items = _run("icupkg", "-l", str(full)).split()
    extracted = work / "items"
    shutil.rmtree(extracted, ignore_errors=True)
    extracted.mkdir()
    _run("icupkg", "-x", "*", "-d", str(extracted), str(full))
    dropped = [name for name in items if not keep_item(name, (extracted / name).stat().st_size)]
    shutil.rmtree(extracted)
    drop_list = work / "dropped.lst"
    trimmed = work / "trimmed" / f"{package}.dat"
    trimmed.parent.mkdir(exist_ok=True)
    for _attempt in range(5):  # a small converter can extend a dropped large one: drop it too
        drop_list.write_text("\n".join(dropped) + "\n", encoding="utf-8")
        done = subprocess.run(
            ["icupkg", "-r", str(drop_list), str(full), str(trimmed)], capture_output=True, text=True
        )
        orphans = re.findall(r"Item (\S+) depends on missing item", done.stdout + done.stderr)
        if done.returncode == 0 and not orphans:
            break
        if not orphans:
            raise RuntimeError(f"icupkg failed: {done.stderr.strip()[-500:]}")
        dropped += orphans
    else:
        raise RuntimeError("icupkg: dependencies between dropped items did not settle")

    # objcopy names the blob's symbols after the input path: run it in the folder, on the bare name.
    blob = re.sub(r"[^A-Za-z0-9]", "_", trimmed.name)
    obj = work / "icudata.o"
    subprocess.run(
        [
            "objcopy",
            "-I",
            "binary",
            "-O",
            bfd.group(1),
            "-B",
            arch.group(1),
            "--rename-section",
            ".data=.rodata,alloc,load,readonly,data,contents",
            "--set-section-alignment",
            ".data=16",
            "--redefine-sym",
            f"_binary_{blob}_start={symbol}",
            "--strip-symbol",
            f"_binary_{blob}_end",
            "--strip-symbol",
            f"_binary_{blob}_size",
            trimmed.name,
            str(obj.resolve()),
        ],
        check=True,
        capture_output=True,
        cwd=trimmed.parent,
    )
    out = work / "lib" / library.name
    out.parent.mkdir(exist_ok=True)
    _run("ld", "-shared", "-z", "noexecstack", "-soname", library.name, "-o", str(out), str(obj))
    check = [line.split() for line in _run("nm", "-D", "--defined-only", str(out)).splitlines()]
    if [s[2] for s in check if len(s) == 3] != [symbol]:
        raise RuntimeError(f"trimmed {library.name} does not export {symbol} alone: {check}")
    return out


if __name__ == "__main__":  # python -m cmtoolbox.devtools.icu_data LIB WORKDIR: try it by hand
    result = trimmed_icu_data(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{result}: {result.stat().st_size / 1e6:.1f} MB")
