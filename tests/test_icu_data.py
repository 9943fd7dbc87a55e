"""The ICU data trim of the standalone build (cmtoolbox/devtools/icu_data.py), on the real library of the
installed PySide6: what it keeps, and that Qt still sorts French and names time zones with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmtoolbox.devtools import icu_data
from tests.conftest import require


@pytest.mark.parametrize(
    ("name", "size", "kept"),
    [
        ("coll/fr.res", 2_000, True),
        ("coll/fr_CA.res", 2_000, True),
        ("coll/en_US_POSIX.res", 2_000, True),
        ("coll/root.res", 300_000, True),
        ("coll/ucadata.icu", 570_000, True),
        ("coll/zh.res", 710_000, False),
        ("zone/de.res", 30_000, False),
        ("zone/en_GB.res", 3_000, True),
        ("region/pool.res", 80_000, True),
        ("res_index.res", 4_000, True),
        ("fr_BE.res", 1_000, True),
        ("ja.res", 60_000, False),
        ("zoneinfo64.res", 150_000, True),
        ("supplementalData.res", 240_000, True),
        ("metaZones.res", 43_000, True),
        ("ibm-5348_P100-1997.cnv", 1_800, True),  # windows-1252
        ("gb18030.cnv", 230_000, False),
        ("brkitr/root.res", 1_000, False),
        ("brkitr/cjdict.dict", 2_000_000, False),
        ("translit/root.res", 1_090_000, False),
        ("unit/fr.res", 20_000, False),
        ("unames.icu", 300_000, False),
        ("nfkc.nrm", 55_000, True),
    ],
)
def test_keep_item(name: str, size: int, kept: bool) -> None:
    assert icu_data.keep_item(name, size) is kept


PROBE = """
from functools import cmp_to_key
from PySide6.QtCore import QCollator, QLocale, QTimeZone
from cmtoolbox.cli import FRENCH_ORDER, FRENCH_WORDS
french = QLocale(QLocale.Language.French, QLocale.Country.France)
print(sorted(FRENCH_WORDS, key=cmp_to_key(QCollator(french).compare)) == FRENCH_ORDER)
zone = QTimeZone(b"Europe/Paris")
print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, french))
print(any("icu-trim" in line for line in open("/proc/self/maps") if "libicudata" in line))
"""


def test_trimmed_library_serves_french(tmp_path: Path) -> None:
    require(not icu_data.missing_tools(), f"missing build tools: {icu_data.missing_tools()}")
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    require(bool(libs), "this PySide6 has no bundled ICU")
    original = libs[0]
    trimmed = icu_data.trimmed_icu_data(original, tmp_path / "icu-trim")
    assert trimmed.stat().st_size < original.stat().st_size / 4
    env = {**os.environ, "LD_PRELOAD": str(trimmed), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    sorted_ok, zone_name, preloaded = done.stdout.splitlines()
    assert preloaded == "True"  # the trimmed copy answered, not the wheel's
    assert sorted_ok == "True"
    assert "Europe centrale" in zone_name
