"""A second start on the same data folder brings the first window forward and writes nothing; when
it cannot reach the first, it says the folder is open elsewhere (issue 11, point 3).

The end-to-end test runs the real app twice (`python -m cmtoolbox --data-dir D`, offscreen): the
issue found two instances on one folder each saying "Saved" while the last writer won."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QWidget

from cmtoolbox.gui import app as app_module
from cmtoolbox.gui import single_instance
from cmtoolbox.gui.single_instance import InstanceServer, ask_running_instance_to_show, bring_forward
from cmtoolbox.instance import DataFolderLock, instance_key
from tests.conftest import REPO_ROOT

LOG = Path("logs") / "cmtoolbox.log"
ASKER = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from cmtoolbox.gui.single_instance import ask_running_instance_to_show\n"
    "app = QCoreApplication([])\n"
    "sys.exit(0 if ask_running_instance_to_show(sys.argv[1]) else 1)\n"
)


def tree(root: Path, *, skip: tuple[Path, ...] = ()) -> dict[str, str]:
    """Every file of the folder with a hash of its bytes (and its mode): "wrote nothing" is equal."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and rel not in skip:
            out[str(rel)] = f"{hashlib.sha256(path.read_bytes()).hexdigest()} {oct(path.stat().st_mode)}"
    return out


def wait_for(predicate, timeout: float, what: str) -> None:  # noqa: ANN001
    """Poll a condition another process makes true (no fixed sleep: it returns as soon as it holds)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def log_text(root: Path) -> str:
    try:
        return (root / LOG).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def test_the_running_app_answers_and_comes_forward(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    key = instance_key(tmp_path)
    server = InstanceServer(key)
    assert server.listen()
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    shown: list[bool] = []
    server.show_requested.connect(lambda: (bring_forward(lambda: window), shown.append(True)))
    # The second start is another process that blocks on its socket while this loop answers.
    asker = subprocess.Popen(
        [sys.executable, "-c", ASKER, key], cwd=REPO_ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    )
    qtbot.waitUntil(lambda: asker.poll() is not None, timeout=60000)
    assert asker.returncode == 0 and shown == [True]
    assert window.isVisible() and not window.isMinimized()
    server.close()
    assert ask_running_instance_to_show(key, timeout_ms=500) is False  # nobody listens any more


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_a_socket_left_by_a_crash_does_not_stop_the_next_start(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    key = instance_key(tmp_path)
    stale = Path(QDir.tempPath()) / key
    crashed = socket.socket(socket.AF_UNIX)
    crashed.bind(str(stale))  # the file a killed app leaves behind
    crashed.close()
    assert stale.exists()
    server = InstanceServer(key)
    try:
        assert server.listen()
    finally:
        server.close()


@pytest.mark.usefixtures("english_formats_after")  # second_start installs the catalogues
def test_a_start_that_cannot_reach_the_holder_explains_and_writes_nothing(
    data_root: Path,
    qapp,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    holder = DataFolderLock(data_root)  # e.g. a backup command: it holds the folder, no window
    holder.acquire()
    try:
        before = tree(data_root)
        explained: list[tuple[Path, str]] = []
        monkeypatch.setattr(
            single_instance, "explain_folder_busy", lambda root, who: explained.append((root, who))
        )
        code = app_module.run(["cmtoolbox", "--data-dir", str(data_root), "--no-sample-offer"])
        assert code == app_module.EXIT_FOLDER_BUSY
        assert explained == [(data_root.resolve(), f"pid {os.getpid()} on {socket.gethostname()}")]
        assert tree(data_root) == before and not (data_root / "logs").exists()
    finally:
        holder.release()


def start_app(root: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CMTOOLBOX_DATA_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "cmtoolbox", "--data-dir", str(root), *args],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_app(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    child = start_app(root, *args)
    stdout, stderr = child.communicate(timeout=120)
    return subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_two_real_app_processes_on_one_data_folder(tmp_path: Path) -> None:
    root = tmp_path / "data"
    first = start_app(root, "--no-sample-offer")
    try:
        wait_for(lambda: "listening for other starts" in log_text(root), 120, "the first app to listen")
        wait_for(lambda: "automatic copy:" in log_text(root), 120, "the first app's start-up copy")
        before = tree(root, skip=(LOG,))
        assert first.poll() is None

        second = run_app(root)
        assert second.returncode == 0, second.stderr
        assert "brought forward" in second.stderr
        wait_for(lambda: "bringing the window forward" in log_text(root), 30, "the first app to answer")
        assert tree(root, skip=(LOG,)) == before  # the second start wrote nothing
        assert log_text(root).count("starting CM Toolbox") == 1
        assert first.poll() is None  # and the first one runs on
    finally:
        first.send_signal(signal.SIGKILL)  # a crash: the lock goes with it, the socket file stays
        first.communicate(timeout=30)

    third = run_app(root, "--smoke")  # the folder is free again after the crash
    assert third.returncode == 0, third.stderr
    assert "smoke: client" in third.stdout


def test_a_real_second_start_without_a_window_to_raise_says_so(tmp_path: Path) -> None:
    root = tmp_path / "data"
    holder = DataFolderLock(root)
    holder.acquire()
    try:
        before = tree(root)
        result = run_app(root, "--smoke")  # quiet: the message goes to stderr, not a dialog
        assert result.returncode == app_module.EXIT_FOLDER_BUSY
        assert "already in use by another CM Toolbox" in result.stderr
        assert tree(root) == before
    finally:
        holder.release()
