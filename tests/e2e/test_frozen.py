"""The PyInstaller build, launched for real: self-check, then a scripted session on a temp data dir.

`.ci/test` builds it and sets CMTOOLBOX_FROZEN_BINARY; locally these tests skip when no build exists
(build with `.venv/bin/pyinstaller --noconfirm build.spec`), and in CI a missing build fails.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, require

pytestmark = pytest.mark.frozen


@pytest.fixture(scope="module")
def binary() -> Path:
    configured = os.environ.get("CMTOOLBOX_FROZEN_BINARY")
    path = Path(configured) if configured else REPO_ROOT / "dist" / "cmtoolbox" / "cmtoolbox"
    require(path.is_file() and os.access(path, os.X_OK), f"no PyInstaller build at {path}")
    return path


def launch(binary: Path, *args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CMTOOLBOX_DATA_DIR": str(data)}
    return subprocess.run([str(binary), *args], capture_output=True, text=True, env=env, timeout=180)


def test_frozen_self_check(binary: Path, tmp_path: Path) -> None:
    result = launch(binary, "--self-check", data=tmp_path / "data")
    assert "frozen=True" in result.stdout
    assert "resources" in result.stdout and "FAIL  resources" not in result.stdout
    assert "FAIL  spelling" not in result.stdout and "FAIL  Qt" not in result.stdout
    assert "ok    calendar" in result.stdout  # holidays bundled
    assert "ok    grammar" in result.stdout  # Grammalecte and its dictionary bundled
    # What build.spec trims around (docs/performance.md, "Build"): ICU data cut to French and English,
    # translation sources, Pillow's libXau, system libraries left to the system.
    assert "ok    locale" in result.stdout  # QCollator sorts French, French time-zone names (ICU)
    assert "ok    translations" in result.stdout  # cmtoolbox_fr.qm and qtbase_fr.qm
    assert "ok    images" in result.stdout and "AVIF yes" in result.stdout  # thumbnails, Qt's WebP plugin
    assert "ok    encryption" in result.stdout  # cryptography: sync's AES-GCM/scrypt, Secret Service
    assert "ok    feeds" in result.stdout  # feedparser, legacy and CJK encodings
    if os.environ.get("CI") or "FAIL" not in result.stdout:
        assert result.returncode == 0, result.stdout + result.stderr


def test_frozen_scripted_session(binary: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = launch(binary, "--smoke", data=data)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke: client" in result.stdout and "current=True" in result.stdout
    with sqlite3.connect(data / "cmtoolbox.sqlite3") as conn:
        assert conn.execute("SELECT name FROM clients").fetchall() == [("Smoke Test Client",)]
    assert (data / "logs" / "cmtoolbox.log").exists()


def test_frozen_counter_cli(binary: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(binary), "count", "--network", "x"],
        input="Bonjour 👋🏽",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.startswith("10/280")


def test_frozen_without_a_display_says_so(binary: Path, tmp_path: Path) -> None:
    """Double-clicked or run over ssh with no display: a sentence and exit 2, not Qt's abort (134)."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
    env["CMTOOLBOX_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run([str(binary)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "no display found" in result.stderr and "--self-check" in result.stderr


def test_frozen_data_dir_before_self_check(binary: Path, tmp_path: Path) -> None:
    data = tmp_path / "chosen"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(binary), "--data-dir", str(data), "--self-check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert "frozen=True" in result.stdout and str(data) in result.stdout, result.stdout + result.stderr


BUILD_LIMIT_MB = 150  # issue 16; the bench's build_size_mb counts the same way (bytes / 1e6)


def test_frozen_build_stays_small(binary: Path) -> None:
    """The one-folder build stays under the limit, and ICU's data stays trimmed to French and English."""
    files = [p for p in binary.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    biggest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:8]
    listing = ", ".join(f"{p.relative_to(binary.parent)} {p.stat().st_size / 1e6:.1f}" for p in biggest)
    assert total / 1e6 <= BUILD_LIMIT_MB, f"build is {total / 1e6:.1f} MB; biggest: {listing}"
    icu = [p for p in files if p.name.startswith("libicudata.so")]
    assert icu and all(p.stat().st_size < 8e6 for p in icu), f"ICU data not trimmed: {listing}"


def test_frozen_report_pdf_in_french(binary: Path, tmp_path: Path) -> None:
    """The monthly report as a PDF, by the built app: charts (QtCharts) and the PDF (QPdfWriter) drawn
    offscreen, text in French."""
    data = tmp_path / "data"
    assert launch(binary, "--smoke", data=data).returncode == 0
    out = tmp_path / "rapport.pdf"
    result = launch(
        binary,
        *("report", "--client", "Smoke Test Client", "--month", "2026-11", "--out", str(out), "--no-note"),
        data=data,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 5_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Smoke Test Client" in text and "novembre 2026" in text.lower(), text[:500]


def test_frozen_libraries_all_resolve(binary: Path) -> None:
    """Every bundled library finds what it links, in the bundle or on the system: build.spec drops plugins
    and leaves base libraries to the system, and a library still linked by something bundled must not
    go with them (`ldd` with the bundle's folder first, as the bootloader searches it)."""
    require(shutil.which("ldd") is not None, "no ldd")
    internal = binary.parent / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing = []
    for path in sorted(internal.rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, timeout=60)
        missing += [
            f"{path.relative_to(internal)}: {line.strip()}"
            for line in done.stdout.splitlines()
            if "not found" in line
        ]
    assert not missing, "\n".join(missing)
