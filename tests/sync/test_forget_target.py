"""Forgetting a target this device no longer uses: the journal is compacted again as far as the
current target allows, and the current target cannot be forgotten."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cmtoolbox.ops import call, clients, execute, notes
from cmtoolbox.ops import sync as sync_ops
from cmtoolbox.storage.store import Store
from tests.sync.conftest import open_device
from tests.sync.test_compact import journal_rows, sync_to


def use_target(store: Store, folder: Path) -> None:
    settings = replace(sync_ops.sync_settings(store), target=str(folder))
    execute(store, call(sync_ops.save_sync_settings, settings))


def rows_of(store: Store, target_id: str) -> int:
    return sum(
        int(store.db.execute(f"SELECT count(*) FROM {table} WHERE target = ?", [target_id]).fetchone()[0])
        for table in ("sync_pushed", "sync_cursor", "sync_scope", "sync_scope_out")
    )


def test_forgetting_the_old_target_lets_the_journal_be_compacted(tmp_path: Path) -> None:
    laptop = open_device(tmp_path / "laptop")
    desktop = open_device(tmp_path / "desktop")
    old, new = tmp_path / "nextcloud", tmp_path / "syncthing"
    try:
        client = execute(laptop, call(clients.create_client, "Boulangerie")).value
        note = execute(laptop, call(notes.create_note, client.id, "Brief", "Ton : chaleureux")).value
        use_target(laptop, old)
        sync_to(laptop, old)
        sync_to(desktop, old)
        execute(desktop, call(clients.create_client, "Fleuriste"))
        sync_to(desktop, old)  # another device's log, so the old target has a cursor too
        sync_to(laptop, old)
        use_target(laptop, new)
        sync_to(laptop, new)
        for n in range(4):
            execute(laptop, call(notes.save_note, note.id, title="Brief", body=f"Ton : chaleureux {n}"))
        sync_to(laptop, new)
        # The old target holds compaction back: the edits stay in the journal.
        assert journal_rows(laptop) >= 5

        targets = execute(laptop, call(sync_ops.list_targets)).value
        assert [(t.address, t.current) for t in targets] == [(str(new), True), (str(old), False)]
        assert all(t.synced_at for t in targets)
        old_id = targets[1].id
        assert rows_of(laptop, old_id) >= 3  # pushed, a cursor, the scope

        with pytest.raises(sync_ops.TargetNotForgotten, match="current sync target"):
            execute(laptop, call(sync_ops.forget_target, str(new)))
        with pytest.raises(sync_ops.TargetNotForgotten, match="current sync target"):
            execute(laptop, call(sync_ops.forget_target, targets[0].id))
        with pytest.raises(sync_ops.TargetNotForgotten, match="never synced"):
            execute(laptop, call(sync_ops.forget_target, str(tmp_path / "elsewhere")))
        assert journal_rows(laptop) >= 5  # refusals change nothing

        forgotten = execute(laptop, call(sync_ops.forget_target, str(old) + "/")).value
        assert [t.id for t in forgotten] == [old_id]
        assert rows_of(laptop, old_id) == 0
        assert [t.current for t in execute(laptop, call(sync_ops.list_targets)).value] == [True]
        assert execute(laptop, call(sync_ops.other_targets)).value == []

        sync_to(laptop, new)
        assert journal_rows(laptop) == 1  # compacted as far as the current target allows

        # The desktop still reads the last edit from the new target: nothing was lost.
        sync_to(desktop, new)
        body = desktop.db.execute("SELECT body FROM notes WHERE title = 'Brief'").fetchone()[0]
        assert body == "Ton : chaleureux 3"
    finally:
        laptop.close()
        desktop.close()


def test_a_target_is_forgotten_by_id_and_an_unknown_current_one_refuses(tmp_path: Path) -> None:
    laptop = open_device(tmp_path / "laptop")
    try:
        execute(laptop, call(clients.create_client, "Fleuriste"))
        sync_to(laptop, tmp_path / "test-target")
        test_id = execute(laptop, call(sync_ops.list_targets)).value[0].id
        # The settings name a target this device has not synced with yet: which id it has is
        # unknown, so nothing is forgotten (it could be the same target at a new address).
        use_target(laptop, tmp_path / "moved")
        with pytest.raises(sync_ops.TargetNotForgotten, match="Sync once with the current target"):
            execute(laptop, call(sync_ops.forget_target, test_id))
        use_target(laptop, tmp_path / "real")
        sync_to(laptop, tmp_path / "real")
        assert [t.id for t in execute(laptop, call(sync_ops.forget_target, test_id)).value] == [test_id]
        assert [t.address for t in execute(laptop, call(sync_ops.list_targets)).value] == [
            str(tmp_path / "real")
        ]
    finally:
        laptop.close()


def test_the_cli_lists_and_forgets_targets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cmtoolbox.cli import run_cli

    root = tmp_path / "laptop"
    laptop = open_device(root)
    execute(laptop, call(clients.create_client, "Boulangerie"))
    laptop.close()
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    assert run_cli(["sync", "--data-dir", str(root), "--target", str(old)]) == 0
    assert run_cli(["sync", "--data-dir", str(root), "--target", str(new)]) == 0
    capsys.readouterr()
    assert run_cli(["sync", "--data-dir", str(root), "--list-targets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert str(new) in lines[0] and lines[0].endswith("(current)") and "last sync 20" in lines[0]
    assert str(old) in lines[1] and "(current)" not in lines[1]
    old_id = lines[1].split()[0]

    assert run_cli(["sync", "--data-dir", str(root), "--forget-target", str(new)]) == 1
    assert "is the current sync target" in capsys.readouterr().err
    assert run_cli(["sync", "--data-dir", str(root), "--forget-target", old_id, "--list-targets"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"forgot target {old_id} {old}"
    assert len(out) == 2 and out[1].endswith("(current)")
