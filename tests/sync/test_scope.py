"""The scope of an agency member grows, a copied data folder gets its own device id: two real
data folders syncing through a plain folder and through a real WebDAV server."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from cmtoolbox.ops import call, clients, execute, notes
from cmtoolbox.ops import sync as sync_ops
from cmtoolbox.storage.store import Store
from cmtoolbox.sync.engine import DeviceClash
from tests.sync.conftest import open_device
from tests.sync.test_sync import snapshot, sync, target_spec

__all__ = ["target_spec"]  # the fixture, shared with test_sync


def client_uid(store: Store, client_id: int) -> str:
    return str(store.db.execute("SELECT uid FROM clients WHERE id = ?", [client_id]).fetchone()[0])


def local_note(store: Store, uid: str) -> int:
    return int(store.db.execute("SELECT id FROM notes WHERE uid = ?", [uid]).fetchone()[0])


def note_uid(store: Store, note: int) -> str:
    return str(store.db.execute("SELECT uid FROM notes WHERE id = ?", [note]).fetchone()[0])


def titles(store: Store) -> set[str]:
    return {str(r[0]) for r in store.db.execute("SELECT title FROM notes")}


def of_client(store: Store, uid: str) -> dict[str, Any]:
    """The snapshot of one client's notes (by uid)."""
    data = snapshot(store)
    return {k: v for k, v in data["notes"].items() if v["client_id"] == uid}


def test_a_client_added_to_the_scope_brings_its_whole_history(
    devices: tuple[Store, Store], target_spec: dict[str, str]
) -> None:
    """B syncs only X, then adds Y: Y's records that B's cursors passed while Y was out (A's
    older notes, A's edits made since) are read again, and B's edits to Y then reach A."""
    lead, member = devices
    x = execute(lead, call(clients.create_client, "Boulangerie")).value
    y = execute(lead, call(clients.create_client, "Fleuriste")).value
    execute(lead, call(notes.create_note, x.id, "Brief boulangerie", "pain"))
    old = execute(lead, call(notes.create_note, y.id, "Brief fleuriste", "roses\ntulipes\npivoines")).value
    x_uid, y_uid = client_uid(lead, x.id), client_uid(lead, y.id)
    sync(lead, target_spec)
    sync(member, target_spec, scope=frozenset({x_uid}))
    assert titles(member) == {"Brief boulangerie"}
    # The lead goes on with Y while the member does not sync it.
    execute(lead, call(notes.save_note, old.id, title="Brief fleuriste", body="roses\ntulipes\nlys"))
    execute(lead, call(notes.create_note, y.id, "Fête des mères", "bouquets"))
    sync(lead, target_spec)
    assert sync(member, target_spec, scope=frozenset({x_uid})).applied.applied == 0
    assert titles(member) == {"Brief boulangerie"}

    grown = sync(member, target_spec, scope=frozenset({x_uid, y_uid}))
    assert grown.applied.created == 3  # the client and its two notes
    assert titles(member) == {"Brief boulangerie", "Brief fleuriste", "Fête des mères"}
    assert of_client(member, y_uid) == of_client(lead, y_uid)
    assert snapshot(member) == snapshot(lead)
    # Nothing is read again the next time.
    quiet = sync(member, target_spec, scope=frozenset({x_uid, y_uid}))
    assert (quiet.pushed, quiet.pulled) == (0, 0)

    # The member's edits to Y reach the lead.
    mine = local_note(member, note_uid(lead, old.id))
    execute(member, call(notes.save_note, mine, title="Brief fleuriste", body="roses\ntulipes\nlys\nmimosa"))
    member_y = int(member.db.execute("SELECT id FROM clients WHERE uid = ?", [y_uid]).fetchone()[0])
    execute(member, call(notes.create_note, member_y, "Saint-Valentin", "roses rouges"))
    sync(member, target_spec, scope=frozenset({x_uid, y_uid}))
    sync(lead, target_spec)
    assert lead.notes.get(old.id).body == "roses\ntulipes\nlys\nmimosa"
    assert "Saint-Valentin" in titles(lead)
    assert snapshot(member) == snapshot(lead)
    assert not lead.journal.conflicts() and not member.journal.conflicts()


def test_a_client_back_in_the_scope_sends_the_edits_made_while_it_was_out(
    devices: tuple[Store, Store], target_spec: dict[str, str]
) -> None:
    """The member synced everything, then only X, editing Y meanwhile (the pushes skipped those
    edits) while the lead edited Y too; back to everything, both sides' edits of Y meet: both
    devices end identical, the note edited on both sides merged."""
    lead, member = devices
    x = execute(lead, call(clients.create_client, "Boulangerie")).value
    y = execute(lead, call(clients.create_client, "Fleuriste")).value
    execute(lead, call(notes.create_note, x.id, "Brief boulangerie", "pain"))
    shared = execute(lead, call(notes.create_note, y.id, "Brief fleuriste", "roses\ntulipes\npivoines")).value
    x_uid, y_uid = client_uid(lead, x.id), client_uid(lead, y.id)
    sync(lead, target_spec)
    sync(member, target_spec)
    assert snapshot(member) == snapshot(lead)

    sync(member, target_spec, scope=frozenset({x_uid}))
    theirs = local_note(member, note_uid(lead, shared.id))
    execute(member, call(notes.save_note, theirs, title="Brief fleuriste", body="ROSES\ntulipes\npivoines"))
    member_y = int(member.db.execute("SELECT id FROM clients WHERE uid = ?", [y_uid]).fetchone()[0])
    execute(member, call(notes.create_note, member_y, "Idée du membre", "mimosa"))
    execute(lead, call(notes.save_note, shared.id, title="Brief fleuriste", body="roses\ntulipes\nlys"))
    execute(lead, call(notes.create_note, y.id, "Idée du lead", "muguet"))
    sync(lead, target_spec)
    sync(member, target_spec, scope=frozenset({x_uid}))
    sync(lead, target_spec)
    assert "Idée du membre" not in titles(lead) and "Idée du lead" not in titles(member)

    sync(member, target_spec)  # everything again
    sync(lead, target_spec)
    assert snapshot(member) == snapshot(lead)
    assert lead.notes.get(shared.id).body == "ROSES\ntulipes\nlys"
    assert {"Idée du membre", "Idée du lead"} <= titles(lead)
    assert not lead.journal.conflicts() and not member.journal.conflicts()
    quiet = sync(member, target_spec)
    assert (quiet.pushed, quiet.pulled) == (0, 0)


def test_a_copied_data_folder_is_refused_then_takes_a_device_id_of_its_own(
    tmp_path: Path, target_spec: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The desktop's data folder copied to a new laptop: both write under one device id. The copy
    is refused (nothing written) until it takes an id of its own; then what it had not pushed
    (edits made before and after the copy) travels under the new id, what the desktop pushed
    under the old id reaches it, and the old id's log is left as it was."""
    desktop = open_device(tmp_path / "desktop")
    client = execute(desktop, call(clients.create_client, "Boulangerie")).value
    brief = execute(
        desktop, call(notes.create_note, client.id, "Brief", "pain\nviennoiseries\ngâteaux")
    ).value
    sync(desktop, target_spec)
    execute(desktop, call(notes.create_note, client.id, "Avant la copie", "pas encore envoyée"))
    desktop.close()
    shutil.copytree(tmp_path / "desktop", tmp_path / "laptop")
    desktop, laptop = open_device(tmp_path / "desktop"), open_device(tmp_path / "laptop")
    old_id = desktop.journal.device_id()
    assert laptop.journal.device_id() == old_id
    try:
        execute(desktop, call(notes.create_note, client.id, "Du bureau", "après la copie"))
        execute(desktop, call(notes.save_note, brief.id, title="Brief", body="PAIN\nviennoiseries\ngâteaux"))
        laptop_brief = local_note(laptop, note_uid(desktop, brief.id))
        execute(laptop, call(notes.create_note, client.id, "Du portable", "dans le train"))
        execute(
            laptop, call(notes.save_note, laptop_brief, title="Brief", body="pain\nviennoiseries\nGÂTEAUX")
        )
        sync(desktop, target_spec)
        folder = _target_folder(tmp_path, target_spec)
        old_log = _files(folder / "devices" / old_id)
        with pytest.raises(DeviceClash, match="new-device-id"):
            sync(laptop, target_spec)
        assert _files(folder / "devices" / old_id) == old_log

        new_id = execute(laptop, call(sync_ops.new_device_id)).value
        assert new_id != old_id and laptop.journal.device_id() == new_id
        report = sync(laptop, target_spec)
        assert report.device == new_id and report.pushed >= 3
        sync(desktop, target_spec)
        # The desktop goes on under the old id.
        execute(desktop, call(notes.create_note, client.id, "Encore du bureau", "le soir"))
        sync(desktop, target_spec)
        assert _files(folder / "devices" / old_id) != old_log
        assert sync(laptop, target_spec).pushed == 0
        assert snapshot(laptop) == snapshot(desktop)
        assert {"Avant la copie", "Du bureau", "Du portable", "Encore du bureau"} <= titles(laptop)
        assert len([t for t in _all_titles(laptop) if t == "Avant la copie"]) == 1
        assert desktop.notes.get(brief.id).body == "PAIN\nviennoiseries\nGÂTEAUX"
        assert not desktop.journal.conflicts() and not laptop.journal.conflicts()
    finally:
        desktop.close()
        laptop.close()


def test_the_cli_gives_a_copied_data_folder_a_device_id_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cmtoolbox.cli import run_cli

    folder = tmp_path / "t"
    folder.mkdir()
    store = open_device(tmp_path / "desktop")
    old_id = store.journal.device_id()
    execute(store, call(clients.create_client, "Boulangerie"))
    store.close()
    assert run_cli(["sync", "--data-dir", str(tmp_path / "desktop"), "--target", str(folder)]) == 0
    capsys.readouterr()
    assert run_cli(["sync", "--data-dir", str(tmp_path / "desktop"), "--new-device-id"]) == 0
    out = capsys.readouterr().out
    store = open_device(tmp_path / "desktop")
    try:
        new_id = store.journal.device_id()
        assert new_id != old_id and f"this device's new id: {new_id}" in out
        assert "sent: 0 change(s)" in out  # everything had been pushed under the old id
    finally:
        store.close()


def _target_folder(tmp_path: Path, spec: dict[str, str]) -> Path:
    return (
        Path(spec["target"]) if not spec["target"].startswith("http") else tmp_path / "webdav-root" / "sync"
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


def _all_titles(store: Store) -> list[str]:
    return [str(r[0]) for r in store.db.execute("SELECT title FROM notes")]


def test_a_reread_stopped_by_a_damaged_chunk_goes_on_at_the_next_sync(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    lead, member = devices
    spec = {"target": str(tmp_path / "t")}
    (tmp_path / "t").mkdir()
    x = execute(lead, call(clients.create_client, "Boulangerie")).value
    y = execute(lead, call(clients.create_client, "Fleuriste")).value
    execute(lead, call(notes.create_note, x.id, "Brief boulangerie", "pain"))
    execute(lead, call(notes.create_note, y.id, "Brief fleuriste", "roses"))
    x_uid, y_uid = client_uid(lead, x.id), client_uid(lead, y.id)
    sync(lead, spec)
    sync(member, spec, scope=frozenset({x_uid}))
    (chunk,) = (tmp_path / "t" / "devices" / lead.journal.device_id()).iterdir()
    whole = chunk.read_bytes()
    chunk.write_bytes(whole[: len(whole) // 2])  # a sync tool half-way through copying it again
    sync(member, spec, scope=frozenset({x_uid, y_uid}))
    assert titles(member) == {"Brief boulangerie"}
    chunk.write_bytes(whole)
    sync(member, spec, scope=frozenset({x_uid, y_uid}))
    assert titles(member) == {"Brief boulangerie", "Brief fleuriste"}
    assert snapshot(member) == snapshot(lead)
