"""The headless commands, run as a user would run them (subprocesses, real files)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def cmtoolbox(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cmtoolbox", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=full_env,
        timeout=120,
    )


def test_version() -> None:
    result = cmtoolbox("--version")
    assert result.returncode == 0 and "CM Toolbox" in result.stdout


def test_self_check_reports_every_part(tmp_path: Path) -> None:
    result = cmtoolbox("--self-check", "--data-dir", str(tmp_path / "d"))
    for part in ("Python", "Qt", "resources", "data dir", "keyring", "SQLite", "spelling"):
        assert part in result.stdout
    assert "FTS5 works" in result.stdout
    failing = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert (result.returncode == 0) == (not failing)


def test_self_check_fails_without_a_secure_keyring(tmp_path: Path) -> None:
    result = cmtoolbox(
        "--self-check",
        "--data-dir",
        str(tmp_path / "d"),
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 1
    assert any(line.startswith("FAIL") and "keyring" in line for line in result.stdout.splitlines())


def test_count_reads_stdin() -> None:
    result = cmtoolbox(
        "count", "--network", "x", "--json", stdin="Bonjour Lyon ! https://boulangerie-martin.fr\n"
    )
    data = json.loads(result.stdout)
    assert data["length"] == len("Bonjour Lyon ! ") + 23 and data["limit"] == 280 and data["valid"]
    assert result.returncode == 0


def test_count_flags_a_post_over_the_limit(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("é" * 301, encoding="utf-8")
    result = cmtoolbox("count", "-n", "bluesky", str(post))
    assert result.returncode == 1 and result.stdout.startswith("301/300")


def test_count_unknown_network() -> None:
    result = cmtoolbox("count", "--network", "myspace", stdin="x")
    assert result.returncode == 2 and "unknown network" in result.stderr


def test_scripted_session_creates_a_client(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = cmtoolbox("--data-dir", str(data), "--smoke")
    assert result.returncode == 0, result.stderr
    assert "smoke: client" in result.stdout
    with sqlite3.connect(data / "cmtoolbox.sqlite3") as conn:
        assert conn.execute("SELECT name FROM clients").fetchall() == [("Smoke Test Client",)]
