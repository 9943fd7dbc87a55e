"""The headless commands, run as a user would run them (subprocesses, real files)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cmtoolbox.cli import NETWORK_ALIASES, display_problem, is_cli_invocation, resolve_network
from cmtoolbox.core.counters import NETWORKS
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
    for part in ("Python", "Qt", "resources", "data dir", "keyring", "SQLite", "spelling", "grammar"):
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


# -- global options before the command -------------------------------------------------------------
def test_data_dir_before_self_check(tmp_path: Path) -> None:
    data = tmp_path / "chosen"
    result = cmtoolbox("--data-dir", str(data), "--self-check")
    assert "data dir" in result.stdout and str(data) in result.stdout, result.stdout + result.stderr
    assert data.is_dir()
    assert not (data / "cmtoolbox.sqlite3").exists()  # the GUI did not start


def test_data_dir_before_count(tmp_path: Path) -> None:
    result = cmtoolbox("--data-dir", str(tmp_path / "d"), "count", "--network", "x", stdin="Bonjour")
    assert result.returncode == 0 and result.stdout.startswith("7/280"), result.stdout + result.stderr


@pytest.mark.parametrize(
    ("args", "headless"),
    [
        ([], False),
        (["--smoke"], False),
        (["--data-dir", "d", "--smoke"], False),
        (["-platform", "offscreen"], False),
        (["--data-dir", "count"], False),  # a folder named like a command is still a folder
        (["count"], True),
        (["--data-dir", "d", "count", "-n", "x"], True),
        (["--data-dir", "d", "--self-check"], True),
        (["--no-sample-offer", "doctor"], True),
        (["--version"], True),
    ],
)
def test_is_cli_invocation(args: list[str], headless: bool) -> None:
    assert is_cli_invocation(args) is headless


# -- no display --------------------------------------------------------------------------------------
def test_gui_without_a_display_says_so_instead_of_aborting(tmp_path: Path) -> None:
    """A scrubbed environment as on a server or over plain ssh: no DISPLAY, no WAYLAND_DISPLAY, no
    QT_QPA_PLATFORM. Qt would abort (exit 134); we print what is missing and what works headless."""
    data = tmp_path / "data"
    keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "VIRTUAL_ENV")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env |= {"HOME": str(tmp_path / "home"), "CMTOOLBOX_DATA_DIR": str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "cmtoolbox"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "no display found" in result.stderr
    for headless in ("--self-check", "count"):
        assert headless in result.stderr
    assert not data.exists()  # nothing was started


@pytest.mark.parametrize(
    ("args", "environ", "system", "ok"),
    [
        ([], {}, "linux", False),
        ([], {"DISPLAY": ":0"}, "linux", True),
        ([], {"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ([], {"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ([], {"QT_QPA_PLATFORM": "minimal"}, "linux", True),
        ([], {"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"}, "linux", True),
        ([], {"QT_QPA_PLATFORM": "wayland;offscreen"}, "linux", True),
        ([], {"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        (["-platform", "offscreen"], {}, "linux", True),
        (["-platform", "xcb"], {"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ([], {}, "win32", True),
        ([], {}, "darwin", True),
    ],
)
def test_display_problem(args: list[str], environ: dict[str, str], system: str, ok: bool) -> None:
    assert (display_problem(args, environ, system) is None) is ok


# -- networks ---------------------------------------------------------------------------------------
def test_count_help_lists_every_network() -> None:
    result = cmtoolbox("count", "--help")
    assert result.returncode == 0
    for network_id in NETWORKS:
        assert network_id in result.stdout
    assert "twitter" in result.stdout  # aliases are listed too


@pytest.mark.parametrize(
    ("alias", "network_id"),
    [
        ("twitter", "x"),
        ("X", "x"),
        ("insta", "instagram"),
        ("LinkedIn", "linkedin"),
        ("youtube", "youtube_description"),
        ("youtube-title", "youtube_title"),
        ("pinterest", "pinterest_description"),
    ],
)
def test_count_accepts_aliases(alias: str, network_id: str) -> None:
    result = cmtoolbox("count", "--network", alias, "--json", stdin="Bonjour")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["network"] == network_id


def test_every_alias_names_a_known_network() -> None:
    assert {resolve_network(alias) for alias in NETWORK_ALIASES} <= set(NETWORKS)


# -- backup, restore, export ---------------------------------------------------------------------
def _sample_folder(root: Path) -> None:
    from cmtoolbox.storage.samples import create_sample_client
    from cmtoolbox.storage.store import Store

    store, _ = Store.open(root)
    create_sample_client(store)
    store.close()


def test_backup_then_restore_into_an_empty_folder(tmp_path: Path) -> None:
    source, target, archive = tmp_path / "a", tmp_path / "b", tmp_path / "save.cmtbackup"
    source.mkdir()
    _sample_folder(source)
    made = cmtoolbox("--data-dir", str(source), "backup", str(archive))
    assert made.returncode == 0, made.stderr
    assert "library files" in made.stdout and archive.is_file()
    checked = cmtoolbox("restore", "--check", str(archive))
    assert checked.returncode == 0 and "a good backup" in checked.stdout
    restored = cmtoolbox("--data-dir", str(target), "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert "re-enter them" in restored.stdout  # secrets are never in backups
    assert (target / "cmtoolbox.sqlite3").is_file() and any((target / "files").rglob("*.jpg"))


def test_restore_refuses_a_truncated_archive_and_changes_nothing(tmp_path: Path) -> None:
    source, archive = tmp_path / "a", tmp_path / "save.cmtbackup"
    source.mkdir()
    _sample_folder(source)
    assert cmtoolbox("--data-dir", str(source), "backup", str(archive)).returncode == 0
    archive.write_bytes(archive.read_bytes()[:-4096])
    before = (source / "cmtoolbox.sqlite3").read_bytes()
    result = cmtoolbox("--data-dir", str(source), "restore", str(archive))
    assert result.returncode == 1 and "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert (source / "cmtoolbox.sqlite3").read_bytes() == before


def test_export_one_client(tmp_path: Path) -> None:
    source = tmp_path / "a"
    source.mkdir()
    _sample_folder(source)
    result = cmtoolbox(
        "--data-dir", str(source), "export", str(tmp_path / "out"), "--client", "boulangerie martin"
    )
    assert result.returncode == 0, result.stderr
    assert "notes" in result.stdout and (tmp_path / "out" / "client.json").is_file()
    missing = cmtoolbox("--data-dir", str(source), "export", str(tmp_path / "x"), "--client", "Nobody")
    assert missing.returncode == 1 and "no client named" in missing.stderr
