"""The integrity check a clean close let the start skip runs after the window, off the UI and
database threads, and a damaged file stops the start-up chores (issue 16)."""

from __future__ import annotations

import threading

from cmtoolbox.gui import app as app_module
from cmtoolbox.paths import database_path
from cmtoolbox.storage.db import closed_cleanly, ensure_recent_backup, verified_backups
from tests.storage.test_backups import damage_one_page


def test_the_check_after_the_window_runs_off_the_ui_and_database_threads(ctx, run, store, monkeypatch) -> None:  # noqa: ANN001, E501
    store.clients.create("Boulangerie Martin")
    ensure_recent_backup(database_path(ctx.root))  # today's copy exists: the check has to run
    threads: list[str] = []
    real_check = app_module.check_live_database

    def spy(path):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread().name)
        return real_check(path)

    monkeypatch.setattr(app_module, "check_live_database", spy)
    damaged: list[str] = []
    run(app_module.start_upkeep(ctx, check_integrity=True, on_damaged=damaged.append), timeout=60)
    assert threads and threads[0] != threading.main_thread().name and not threads[0].startswith("db")
    assert damaged == []
    assert [copy.kind for copy in verified_backups(ctx.root)] == ["daily"]


def test_a_new_daily_copy_stands_for_the_check(ctx, run, store, monkeypatch) -> None:  # noqa: ANN001
    """The copy is verified in full (integrity_check) before it is named: reading the live file
    once more for the same answer would only cost the first start of each day."""
    store.clients.create("Boulangerie Martin")
    checked: list[object] = []
    monkeypatch.setattr(app_module, "check_live_database", checked.append)
    run(app_module.start_upkeep(ctx, check_integrity=True, on_damaged=checked.append), timeout=60)
    assert checked == []
    assert [copy.kind for copy in verified_backups(ctx.root)] == ["daily"]


def test_a_damaged_file_found_after_the_window_is_reported_and_not_copied(ctx, run, store) -> None:  # noqa: ANN001
    for i in range(200):
        store.clients.create(f"Client {i:03d} " + "x" * 60)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = database_path(ctx.root)
    damage_one_page(path)
    damaged: list[str] = []
    run(app_module.start_upkeep(ctx, check_integrity=True, on_damaged=damaged.append), timeout=60)
    assert damaged and damaged[0]
    assert verified_backups(ctx.root) == []
    assert not closed_cleanly(path)
