"""The issue's recovery scenario through the start-up logic, dialog included (issue 11, point 1).

Measured on the old code: a damaged database (one bad 4 KB page), the newest automatic copy partial
(a kill during the copy), two good older copies. Recovery restored the partial copy, failed to
open it, restored it again and, keeping the "damaged" file aside a second time in the same second,
overwrote the user's original: 3 runs out of 3 ended with the app unable to open and the original
gone. Here the good copy must come back and the original must survive, however often it runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cmtoolbox.gui import startup
from cmtoolbox.paths import database_path
from cmtoolbox.storage.db import DAILY_SUFFIX, backup_copy, verified_backups
from cmtoolbox.storage.errors import RestoreFailed
from cmtoolbox.storage.store import Store
from tests.storage.test_backups import add_clients, damage_one_page


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kept_aside(root: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in root.iterdir() if p.name.startswith("cmtoolbox.sqlite3.damaged-")}


def answer_restore_dialog(seen: list[list[str]], *, pick: int = 0) -> None:
    """Choose the `pick`-th offered copy in the next recovery dialog, recording what it offered."""

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, startup.RestoreDialog) and widget.isVisible():
                seen.append([widget.combo.itemText(i) for i in range(widget.combo.count())])
                widget.combo.setCurrentIndex(pick)
                widget.restore_button.click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


@pytest.fixture
def scenario(data_root: Path) -> Path:
    """Two good copies (200 then 250 clients), a newer partial one, then more work and the damage."""
    add_clients(data_root, *(f"Client {i:03d} " + "x" * 60 for i in range(200)))
    path = database_path(data_root)
    backup_copy(path, DAILY_SUFFIX)
    add_clients(data_root, *(f"Later {i:03d}" for i in range(50)))
    backup_copy(path, DAILY_SUFFIX)
    partial = backup_copy(path, DAILY_SUFFIX)
    partial.write_bytes(partial.read_bytes()[: partial.stat().st_size // 3])  # killed mid-copy
    add_clients(data_root, "Since the last copy")
    damage_one_page(path)
    return data_root


def test_recovery_restores_the_newest_good_copy_and_keeps_the_original(scenario: Path, qapp) -> None:  # noqa: ANN001
    path = database_path(scenario)
    original = digest(path)
    offered: list[list[str]] = []
    answer_restore_dialog(offered)
    store = startup.open_store_interactive(scenario)
    assert store is not None
    try:
        assert store.clients.count() == 250  # the newest copy that verifies, not the partial one
    finally:
        store.close()
    assert len(offered) == 1 and len(offered[0]) == 2  # the two good copies only, newest first
    assert all("daily copy" in text for text in offered[0])
    assert list(kept_aside(scenario).values()) == [original]

    # A second start opens the restored file at once: no dialog, the original stays aside.
    again = startup.open_store_interactive(scenario)
    assert again is not None
    again.close()
    assert list(kept_aside(scenario).values()) == [original]


def test_damaged_again_and_recovered_again_never_loses_a_kept_file(scenario: Path, qapp) -> None:  # noqa: ANN001
    path = database_path(scenario)
    original = digest(path)
    answer_restore_dialog([])
    startup.open_store_interactive(scenario).close()  # type: ignore[union-attr]
    damage_one_page(path)
    second_damage = digest(path)
    offered: list[list[str]] = []
    answer_restore_dialog(offered, pick=1)  # the older copy this time
    store = startup.open_store_interactive(scenario)
    assert store is not None
    try:
        assert store.clients.count() == 200
    finally:
        store.close()
    assert sorted(kept_aside(scenario).values()) == sorted([original, second_damage])


def test_a_failed_restore_changes_nothing_and_offers_the_other_copies(
    scenario: Path,
    qapp,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    path = database_path(scenario)
    original = digest(path)
    real_restore = startup.restore_backup
    attempts: list[Path] = []

    def flaky_restore(backup: Path, target: Path) -> Path | None:
        attempts.append(backup)
        if len(attempts) == 1:
            raise RestoreFailed(target, "No space left on device")
        return real_restore(backup, target)

    explained: list[str] = []
    monkeypatch.setattr(startup, "restore_backup", flaky_restore)
    monkeypatch.setattr(startup, "_explain", lambda title, text, details: explained.append(title))
    offered: list[list[str]] = []
    answer_restore_dialog(offered)
    QTimer.singleShot(0, lambda: answer_restore_dialog(offered))  # the second dialog
    store = startup.open_store_interactive(scenario)
    assert store is not None
    try:
        assert store.clients.count() == 200  # the copy that was not tried yet
    finally:
        store.close()
    assert explained == ["The copy could not be restored"]
    assert [len(texts) for texts in offered] == [2, 1] and attempts[0] != attempts[1]
    assert list(kept_aside(scenario).values()) == [original]


def test_without_a_sound_copy_the_user_is_told_and_nothing_changes(data_root: Path, monkeypatch) -> None:  # noqa: ANN001
    add_clients(data_root, *(f"Client {i:03d} " + "x" * 60 for i in range(200)))
    path = database_path(data_root)
    partial = backup_copy(path, DAILY_SUFFIX)
    partial.write_bytes(partial.read_bytes()[:4096])
    damage_one_page(path)
    before = {p.name: digest(p) for p in data_root.rglob("*") if p.is_file()}
    seen: list[list[object]] = []
    monkeypatch.setattr(startup, "_offer_restore", lambda p, copies: seen.append(copies))
    assert startup.open_store_interactive(data_root) is None
    assert seen == [[]] and verified_backups(data_root) == []
    after = {p.name: digest(p) for p in data_root.rglob("*") if p.is_file() and p.suffix != ".log"}
    assert after == {k: v for k, v in before.items() if not k.endswith(".log")}
    with pytest.raises(Exception):  # noqa: B017 - still damaged, still there
        Store.open(data_root)
