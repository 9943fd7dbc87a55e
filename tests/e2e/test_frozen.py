"""The PyInstaller build, launched for real: self-check, then a scripted session on a temp data dir.

`.ci/test` builds it and sets CMTOOLBOX_FROZEN_BINARY; locally these tests skip when no build exists
(build with `.venv/bin/pyinstaller --noconfirm build.spec`), and in CI a missing build fails.
"""

from __future__ import annotations

import os
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
