"""The process-wide memory settings of `gui/memory.py`, each checked in a fresh interpreter (they
change the whole process), against the same scenario without them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cmtoolbox.gui.memory import _has_glibc

REPO = Path(__file__).resolve().parents[2]

needs_glibc = pytest.mark.skipif(not _has_glibc(), reason="glibc's allocator")


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


# A 1 MiB buffer allocated after an 8 MiB one was freed: glibc's moving threshold puts it in the
# heap (where, freed in the middle, it would stay resident); the fixed one gives it its own mapping.
ALLOCATOR_SCENARIO = """
    import ctypes, sys
    from cmtoolbox.gui.memory import tune_allocator

    class MallInfo(ctypes.Structure):
        _fields_ = [(name, ctypes.c_int) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
            "fordblks", "keepcost")]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo.restype = MallInfo
    if sys.argv[1] == "tuned":
        assert tune_allocator()
    big = bytearray(8 << 20)
    del big
    before = libc.mallinfo().hblkhd
    buffer = bytearray(1 << 20)
    print("mapped" if libc.mallinfo().hblkhd - before >= 1 << 20 else "heap")
"""


@needs_glibc
def test_big_buffers_keep_their_own_mapping_once_the_allocator_is_tuned() -> None:
    assert _run(ALLOCATOR_SCENARIO, "default") == "heap"  # what the setting is for
    assert _run(ALLOCATOR_SCENARIO, "tuned") == "mapped"


SOURCES_SCENARIO = """
    import linecache, sys
    from pathlib import Path
    import PySide6.QtCore
    from cmtoolbox.gui.memory import keep_module_sources_uncached

    folder = Path(sys.argv[2])
    folder.mkdir()
    sys.path.insert(0, str(folder))
    (folder / "plain_module.py").write_text("import json\\nVALUE = 1\\n")
    (folder / "qt_module.py").write_text("from PySide6 import QtCore\\nVALUE = 2\\n")
    linecache.cache["<generated>"] = (9, None, ["x = 1\\n"], "<generated>")
    import json
    assert linecache.getlines(json.__file__) and json.__file__ in linecache.cache
    if sys.argv[1] == "uncached":
        assert keep_module_sources_uncached()
        assert "<generated>" in linecache.cache  # no file to read it again from: kept
        assert json.__file__ not in linecache.cache  # cached before: dropped
        assert keep_module_sources_uncached()  # a second call changes nothing
    import plain_module, qt_module
    feature = sys.modules["shibokensupport.feature"]
    cached = sorted(Path(name).name for name in linecache.cache if name.startswith(str(folder)))
    uses = [feature.pyside_feature_dict.get(name) for name in ("plain_module", "qt_module")]
    print(",".join(cached) or "-", uses)
"""


def test_pyside_no_longer_keeps_module_sources_and_answers_the_same(tmp_path: Path) -> None:
    default = _run(SOURCES_SCENARIO, "default", str(tmp_path / "a"))
    assert default.startswith("plain_module.py,qt_module.py ")  # PySide6's own hook caches them
    uncached = _run(SOURCES_SCENARIO, "uncached", str(tmp_path / "b"))
    assert uncached.startswith("- ")
    assert uncached.split(" ", 1)[1] == default.split(" ", 1)[1] == "[-1, 0]"


APP_SCENARIO = """
    import sys
    from cmtoolbox.gui.app import make_application

    make_application([sys.argv[0]])
    feature = sys.modules["shibokensupport.feature"]
    print(getattr(feature._mod_uses_pyside, "_cmtoolbox_uncached", False))
""" + ALLOCATOR_SCENARIO.replace("assert tune_allocator()", "pass")


@needs_glibc
def test_the_application_starts_with_both() -> None:
    assert _run(APP_SCENARIO, "started").split() == ["True", "mapped"]
