"""Two real data folders syncing through a plain folder and through a real WebDAV server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cmtoolbox.ops import call, clients, execute, notes, trash
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.store import Store
from cmtoolbox.sync import (
    FolderTarget,
    NotEncrypted,
    PassphraseNeeded,
    SyncEngine,
    SyncOptions,
    SyncReport,
    Target,
    TargetUnreachable,
    WrongPassphrase,
)
from cmtoolbox.sync.webdav import WebDavTarget
from tests.conftest import REPO_ROOT
from tests.sync.conftest import WEBDAV_PASSWORD, WEBDAV_USER, WebDavServer, open_device, target_changes


def snapshot(store: Store) -> dict[str, Any]:
    """Every synced record by uid, references as uids: what must be identical on every device."""
    out: dict[str, Any] = {}
    for spec in store.entities.synced():
        assert spec.sync is not None
        columns = ", ".join(f"t.{f}" for f in spec.sync.fields)
        rows = {}
        for row in store.db.execute(f"SELECT t.uid, {columns} FROM {spec.table} t"):
            values = dict(zip(spec.sync.fields, row[1:], strict=True))
            for column, entity in spec.sync.refs.items():
                if values[column] is not None:
                    table = store.entities.spec(entity).table
                    values[column] = store.db.execute(
                        f"SELECT uid FROM {table} WHERE id = ?", [values[column]]
                    ).fetchone()[0]
            if spec.sync.tags:
                row_id = store.db.execute(f"SELECT id FROM {spec.table} WHERE uid = ?", [row[0]]).fetchone()[
                    0
                ]
                values["tags"] = store.tags.tags_of(spec.entity, row_id)
            rows[row[0]] = values
        out[str(spec.entity)] = rows
    return out


@pytest.fixture(params=["folder", "webdav"])
def target_spec(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, str]]:
    if request.param == "folder":
        folder = tmp_path / "Nextcloud" / "cm-sync"
        folder.mkdir(parents=True)
        yield {"target": str(folder)}
    else:
        root = tmp_path / "webdav-root"
        (root / "sync").mkdir(parents=True)
        server = WebDavServer(root)
        try:
            yield {"target": server.url, "user": WEBDAV_USER, "password": WEBDAV_PASSWORD}
        finally:
            server.stop()


def make_target(spec: dict[str, str]) -> Target:
    if spec["target"].startswith("http"):
        return WebDavTarget(spec["target"], username=spec["user"], password=spec["password"])
    return FolderTarget(Path(spec["target"]))


def sync(store: Store, spec: dict[str, str], **options: Any) -> SyncReport:
    target = make_target(spec)
    try:
        return SyncEngine(store, target, SyncOptions(**options)).run()
    finally:
        target.close()


def note_id(store: Store, uid: str) -> int:
    return int(store.db.execute("SELECT id FROM notes WHERE uid = ?", [uid]).fetchone()[0])


def uid_of(store: Store, note: int) -> str:
    return str(store.db.execute("SELECT uid FROM notes WHERE id = ?", [note]).fetchone()[0])


def test_two_devices_edit_offline_and_end_identical(
    devices: tuple[Store, Store], target_spec: dict[str, str]
) -> None:
    laptop, desktop = devices
    client = execute(laptop, call(clients.create_client, "Boulangerie Martin")).value
    brief = execute(
        laptop,
        call(notes.create_note, client.id, "Brief", "Ton : chaleureux\nCible : familles\nBudget : 300 €"),
    ).value
    charte = execute(laptop, call(notes.create_note, client.id, "Charte", "Couleurs : ocre")).value
    old = execute(laptop, call(notes.create_note, client.id, "Vieille idée", "à jeter")).value
    sync(laptop, target_spec)
    first = sync(desktop, target_spec)
    assert first.applied.created == 4
    assert snapshot(desktop) == snapshot(laptop)
    # Both offline: the same note edited in different places, the same line in another one,
    # a deletion on one side, new records on both.
    b_brief, b_charte = (
        note_id(desktop, uid_of(laptop, brief.id)),
        note_id(desktop, uid_of(laptop, charte.id)),
    )
    execute(
        laptop,
        call(
            notes.save_note,
            brief.id,
            title="Brief",
            body="Ton : chaleureux et drôle\nCible : familles\nBudget : 300 €",
        ),
    )
    execute(
        desktop,
        call(
            notes.save_note, b_brief, title="Brief", body="Ton : chaleureux\nCible : familles\nBudget : 450 €"
        ),
    )
    execute(laptop, call(notes.save_note, charte.id, title="Charte", body="Couleurs : ocre et crème"))
    execute(desktop, call(notes.save_note, b_charte, title="Charte", body="Couleurs : bleu nuit"))
    execute(laptop, call(notes.move_to_trash, old.id))
    desktop_client = desktop.db.execute("SELECT id FROM clients").fetchone()[0]
    execute(desktop, call(notes.create_note, desktop_client, "Idées de janvier", "Galette"))
    execute(laptop, call(clients.create_client, "Fleuriste Rose"))
    execute(laptop, call(notes.set_tags, brief.id, ["brief", "2027"]))

    sync(laptop, target_spec)
    second = sync(desktop, target_spec)
    third = sync(laptop, target_spec)
    assert snapshot(desktop) == snapshot(laptop)
    assert second.applied.merged == 2 and third.applied.merged == 2

    # The edits to different lines are both in; the same line changed both ways keeps both.
    merged = laptop.notes.get(brief.id).body
    assert merged == "Ton : chaleureux et drôle\nCible : familles\nBudget : 450 €"
    assert desktop.notes.get(b_brief).tags == laptop.notes.get(brief.id).tags == ("2027", "brief")
    charter = laptop.notes.get(charte.id).body
    assert "Couleurs : ocre et crème" in charter and "Couleurs : bleu nuit" in charter
    for store in (laptop, desktop):
        conflicts = store.journal.conflicts(entity=Entity.NOTES)
        assert len(conflicts) == 1
        assert {conflicts[0].mine, conflicts[0].theirs} == {
            "Couleurs : ocre et crème",
            "Couleurs : bleu nuit",
        }
        assert conflicts[0].base == "Couleurs : ocre"
    # The deletion went through the desktop's trash too, and search finds the synced text.
    assert desktop.notes.get(note_id(desktop, uid_of(laptop, old.id))).deleted_at is not None
    assert any(item.entity == Entity.NOTES for item in desktop.trash.list())
    # A purge on the laptop removes it from the desktop's trash.
    execute(laptop, call(trash.purge_items, [(Entity.NOTES, old.id)]))
    sync(laptop, target_spec)
    assert sync(desktop, target_spec).applied.removed == 1
    assert snapshot(desktop) == snapshot(laptop)
    # Nothing moves when nothing changed.
    quiet = sync(desktop, target_spec)
    assert (quiet.pushed, quiet.pulled) == (0, 0)


def test_search_and_links_follow_synced_text(devices: tuple[Store, Store], tmp_path: Path) -> None:
    laptop, desktop = devices
    spec = {"target": str(tmp_path / "t")}
    (tmp_path / "t").mkdir()
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    execute(laptop, call(notes.create_note, client.id, "Réseaux", "Voir [[Charte]] pour les réseaux"))
    sync(laptop, spec)
    sync(desktop, spec)
    desktop_client = desktop.db.execute("SELECT id FROM clients").fetchone()[0]
    from cmtoolbox.storage.notes import NoteQuery

    found = desktop.notes.matching_ids(NoteQuery(client_id=desktop_client, text="reseaux"))
    assert len(found) == 1
    assert desktop.notes.links_of(found[0]) == laptop.notes.links_of(1) != []


def test_a_deletion_in_one_place_and_an_edit_in_the_other_keeps_the_edit_in_the_trash(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    laptop, desktop = devices
    spec = {"target": str(tmp_path / "t")}
    (tmp_path / "t").mkdir()
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    note = execute(laptop, call(notes.create_note, client.id, "Brief", "v1")).value
    sync(laptop, spec)
    sync(desktop, spec)
    execute(laptop, call(notes.move_to_trash, note.id))
    execute(laptop, call(trash.purge_items, [(Entity.NOTES, note.id)]))
    other = note_id(desktop, uid_of(desktop, desktop.db.execute("SELECT id FROM notes").fetchone()[0]))
    execute(desktop, call(notes.save_note, other, title="Brief", body="v2, écrit hors ligne"))
    sync(laptop, spec)
    sync(desktop, spec)
    kept = desktop.notes.get(other)
    assert kept.body == "v2, écrit hors ligne" and kept.deleted_at is not None  # in the trash, restorable


def test_clients_created_twice_offline_with_one_name_stay_two(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    laptop, desktop = devices
    spec = {"target": str(tmp_path / "t")}
    (tmp_path / "t").mkdir()
    execute(laptop, call(clients.create_client, "Fleuriste"))
    execute(desktop, call(clients.create_client, "Fleuriste"))
    sync(laptop, spec)
    sync(desktop, spec)
    sync(laptop, spec)
    names = sorted(r[0] for r in laptop.db.execute("SELECT name FROM clients"))
    assert names == ["Fleuriste", "Fleuriste (2)"]
    assert snapshot(laptop) == snapshot(desktop)


def test_an_agency_member_syncs_only_the_clients_shared_with_them(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    lead, member = devices
    spec = {"target": str(tmp_path / "t")}
    (tmp_path / "t").mkdir()
    shared = execute(lead, call(clients.create_client, "Boulangerie")).value
    private = execute(lead, call(clients.create_client, "Cabinet Dupont")).value
    execute(lead, call(notes.create_note, shared.id, "Brief boulangerie", "..."))
    execute(lead, call(notes.create_note, private.id, "Brief Dupont", "confidentiel"))
    from cmtoolbox.ops import drafts

    for client, text in ((shared, "Galette"), (private, "Bilan confidentiel")):
        execute(lead, call(drafts.create_draft, client.id, body=text, networks=["linkedin"]))
    sync(lead, spec)
    shared_uid = lead.db.execute("SELECT uid FROM clients WHERE id = ?", [shared.id]).fetchone()[0]
    sync(member, spec, scope=frozenset({shared_uid}))
    assert [r[0] for r in member.db.execute("SELECT name FROM clients")] == ["Boulangerie"]
    assert [r[0] for r in member.db.execute("SELECT title FROM notes")] == ["Brief boulangerie"]
    # A variant belongs to its draft's client: the private client's post text stays with the lead.
    assert [r[0] for r in member.db.execute("SELECT text FROM draft_variants")] == ["Galette"]
    assert {c["sc"] for c in target_changes(tmp_path / "t") if c["e"] == "draft_variants"} == {
        shared_uid,
        lead.db.execute("SELECT uid FROM clients WHERE id = ?", [private.id]).fetchone()[0],
    }


def test_encryption_refuses_a_wrong_passphrase_and_hides_the_text(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    laptop, desktop = devices
    folder = tmp_path / "t"
    folder.mkdir()
    spec = {"target": str(folder)}
    client = execute(laptop, call(clients.create_client, "Cabinet Dupont")).value
    execute(laptop, call(notes.create_note, client.id, "Secret", "Le budget confidentiel du client"))
    sync(laptop, spec, passphrase="correct horse battery staple")
    stored = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert b"confidentiel" not in stored and b"Dupont" not in stored
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        sync(desktop, spec, passphrase="wrong")
    with pytest.raises(PassphraseNeeded, match="encrypted"):
        sync(desktop, spec)
    assert desktop.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    sync(desktop, spec, passphrase="correct horse battery staple")
    assert snapshot(desktop) == snapshot(laptop)
    # A passphrase set for a target that is not encrypted is refused too, clearly.
    plain = tmp_path / "plain"
    plain.mkdir()
    sync(laptop, {"target": str(plain)})
    with pytest.raises(NotEncrypted):
        sync(desktop, {"target": str(plain)}, passphrase="x")


def test_an_unreachable_target_says_so_and_loses_nothing(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    laptop, _desktop = devices
    execute(laptop, call(clients.create_client, "Boulangerie"))
    with pytest.raises(TargetUnreachable, match="not there"):
        sync(laptop, {"target": str(tmp_path / "unmounted")})
    server = WebDavServer(tmp_path)
    url = server.url
    server.stop()
    with pytest.raises(TargetUnreachable, match="cannot be reached"):
        sync(laptop, {"target": url, "user": WEBDAV_USER, "password": WEBDAV_PASSWORD})
    assert laptop.journal.last_seq() == 1


def test_a_half_copied_chunk_waits_for_the_next_sync(devices: tuple[Store, Store], tmp_path: Path) -> None:
    laptop, desktop = devices
    folder = tmp_path / "t"
    folder.mkdir()
    spec = {"target": str(folder)}
    for i in range(5):
        execute(laptop, call(clients.create_client, f"Client {i}"))
    sync(laptop, spec, chunk_size=2)
    chunks = sorted((folder / "devices").rglob("*.jsonl.z"))
    assert len(chunks) == 3
    whole = chunks[1].read_bytes()
    chunks[1].write_bytes(whole[: len(whole) // 2])  # what a sync tool shows mid-copy
    report = sync(desktop, spec)
    assert report.applied.created == 2  # the first chunk only: order is kept
    chunks[1].write_bytes(whole)
    sync(desktop, spec)
    assert snapshot(desktop) == snapshot(laptop)


# -- kill -9 half-way ------------------------------------------------------------------------------
_CHILD = """
import sys
from pathlib import Path
from cmtoolbox.storage.store import Store
from cmtoolbox.sync import FolderTarget, SyncEngine, SyncOptions

store, _ = Store.open(Path(sys.argv[1]))
stage_to_stop, after = sys.argv[3], int(sys.argv[4])

def progress(stage, done, total):
    if stage == stage_to_stop and done >= after:
        print("stopped", flush=True)
        sys.stdin.readline()  # wait for the kill

SyncEngine(store, FolderTarget(Path(sys.argv[2])), SyncOptions(chunk_size=50)).run(progress)
"""


def _sync_killed(root: Path, folder: Path, stage: str, after: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(root), str(folder), stage, str(after)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"stopped"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


@pytest.mark.parametrize("stage", ["push", "pull"])
def test_a_sync_killed_half_way_loses_nothing_and_the_next_completes(tmp_path: Path, stage: str) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    laptop, desktop = open_device(tmp_path / "laptop"), open_device(tmp_path / "desktop")
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    for i in range(180):
        execute(laptop, call(notes.create_note, client.id, f"Note {i}", f"texte {i}"))
    spec = {"target": str(folder)}
    if stage == "push":
        laptop.close()
        _sync_killed(tmp_path / "laptop", folder, "push", 100)
        laptop = open_device(tmp_path / "laptop")
        pushed = laptop.db.execute("SELECT journal_seq FROM sync_pushed").fetchone()[0]
        assert 0 < pushed < laptop.journal.last_seq()
        sync(laptop, spec)
    else:
        sync(laptop, spec)
        desktop.close()
        _sync_killed(tmp_path / "desktop", folder, "pull", 100)
        desktop = open_device(tmp_path / "desktop")
        applied = desktop.db.execute("SELECT count(*) FROM notes").fetchone()[0]
        assert 0 < applied < 180
    sync(desktop, spec)
    assert len(snapshot(desktop)["notes"]) == 180
    assert snapshot(desktop) == snapshot(laptop)
    laptop.close()
    desktop.close()


def test_the_cli_syncs_once_and_prints_what_moved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cmtoolbox.cli import run_cli

    roots = [tmp_path / "laptop", tmp_path / "desktop"]
    laptop, desktop = open_device(roots[0]), open_device(roots[1])
    folder = tmp_path / "t"
    folder.mkdir()
    execute(laptop, call(clients.create_client, "Boulangerie"))
    laptop.close()
    desktop.close()
    assert run_cli(["sync", "--data-dir", str(roots[0]), "--target", str(folder)]) == 0
    assert "sent: 1 change(s)" in capsys.readouterr().out
    assert run_cli(["sync", "--data-dir", str(roots[1]), "--target", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "received: 1 change(s) from 1 other device(s)" in out and "new records 1" in out
    # The target is remembered.
    assert run_cli(["sync", "--data-dir", str(roots[1])]) == 0
    assert "received: 0" in capsys.readouterr().out
    os.environ["CMTOOLBOX_TEST_PASSPHRASE"] = "wrong"
    try:
        enc = tmp_path / "enc"
        enc.mkdir()
        (enc / "cmtoolbox-sync.json").write_text(
            json.dumps(
                {
                    "format": 1,
                    "id": "x" * 32,
                    "encryption": {
                        "kdf": "scrypt",
                        "salt": "AAAAAAAAAAAAAAAAAAAAAA==",
                        "n": 16384,
                        "r": 8,
                        "p": 1,
                    },
                }
            )
        )
        from cmtoolbox.sync.crypto import Cipher

        (enc / "keycheck.bin").write_bytes(
            Cipher("right", json.loads((enc / "cmtoolbox-sync.json").read_text())["encryption"]).keycheck(
                "keycheck.bin"
            )
        )
        code = run_cli(
            [
                "sync",
                "--data-dir",
                str(roots[1]),
                "--target",
                str(enc),
                "--passphrase-env",
                "CMTOOLBOX_TEST_PASSPHRASE",
            ]
        )
        assert code == 2
        assert "passphrase is wrong" in capsys.readouterr().err
    finally:
        del os.environ["CMTOOLBOX_TEST_PASSPHRASE"]


# -- library files ---------------------------------------------------------------------------------
def _photo(path: Path, color: tuple[int, int, int]) -> Path:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), color).save(path, "JPEG", quality=85)
    return path


@pytest.mark.parametrize("passphrase", [None, "une phrase de passe"])
def test_library_files_travel_content_addressed_before_their_record(
    devices: tuple[Store, Store], target_spec: dict[str, str], tmp_path: Path, passphrase: str | None
) -> None:
    from cmtoolbox.ops import library

    laptop, desktop = devices
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    staged = laptop.media.files.stage(_photo(tmp_path / "galette.jpg", (200, 120, 60)))
    item = execute(laptop, call(library.record_staged, staged, client.id)).value.item
    execute(
        laptop,
        call(
            library.save_details,
            item.id,
            library.MediaDetails(title="Galette", alt_text="Une galette dorée", tags=("rois",)),
        ),
    )
    sent = sync(laptop, target_spec, passphrase=passphrase)
    assert sent.files_sent == 1
    got = sync(desktop, target_spec, passphrase=passphrase)
    assert got.files_received == 1
    sha = laptop.db.execute("SELECT sha256 FROM media").fetchone()[0]
    here, there = laptop.media.files.find(sha), desktop.media.files.find(sha)
    assert here is not None and there is not None and there.read_bytes() == here.read_bytes()
    assert snapshot(desktop) == snapshot(laptop)
    assert snapshot(desktop)["media"][next(iter(snapshot(desktop)["media"]))]["tags"] == ["rois"]
    if passphrase and not target_spec["target"].startswith("http"):
        stored = next(Path(target_spec["target"]).glob("files/*/*"))
        assert here.read_bytes()[:64] not in stored.read_bytes()
    # Sending again sends nothing: the file is there already.
    assert sync(laptop, target_spec, passphrase=passphrase).files_sent == 0


def test_a_record_waits_for_its_file(devices: tuple[Store, Store], tmp_path: Path) -> None:
    from cmtoolbox.ops import library

    laptop, desktop = devices
    folder = tmp_path / "t"
    folder.mkdir()
    spec = {"target": str(folder)}
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    staged = laptop.media.files.stage(_photo(tmp_path / "vitrine.jpg", (10, 20, 30)))
    execute(laptop, call(library.record_staged, staged, client.id))
    sync(laptop, spec)
    stored = next(folder.glob("files/*/*"))
    whole = stored.read_bytes()
    stored.write_bytes(whole[:100])  # still being copied by the sync tool
    report = sync(desktop, spec)
    assert report.applied.created == 1  # the client; the picture's record waits
    assert desktop.db.execute("SELECT count(*) FROM media").fetchone()[0] == 0
    stored.write_bytes(whole)
    sync(desktop, spec)
    assert snapshot(desktop) == snapshot(laptop)


def test_accounts_travel_with_their_secret_slots_never_the_secrets(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    from cmtoolbox.credentials.base import new_secret_ref
    from cmtoolbox.ops import accounts
    from cmtoolbox.ops import sync as sync_ops
    from cmtoolbox.storage.accounts import AccountFields, SecretSpec

    laptop, desktop = devices
    folder = tmp_path / "t"
    folder.mkdir()
    spec = {"target": str(folder)}
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    ref = new_secret_ref("account")
    fields = AccountFields("instagram", handle="@boulangerie", notes="Compte principal")
    execute(
        laptop, call(accounts.save_account, client.id, fields, [SecretSpec("password", "Mot de passe", ref)])
    )
    sync(laptop, spec)
    sync(desktop, spec)
    assert snapshot(desktop) == snapshot(laptop)
    # The desktop knows which secret to ask for (its keyring does not have it: values never travel).
    slots = sync_ops.secret_slots(desktop)
    assert [(s.client, s.account, s.label, s.ref) for s in slots] == [
        ("Boulangerie", "boulangerie (instagram)", "Mot de passe", ref)
    ]
    # A slot removed on one machine goes on the other, and its keyring copy is queued for deletion.
    account_id = laptop.db.execute("SELECT id FROM accounts").fetchall()[0][0]
    execute(laptop, call(accounts.save_account, client.id, fields, [], account_id=account_id))
    sync(laptop, spec)
    sync(desktop, spec)
    assert sync_ops.secret_slots(desktop) == []
    assert ref in accounts.pending_secret_purges(desktop)
    assert snapshot(desktop) == snapshot(laptop)


def test_a_record_without_trash_is_deleted_everywhere(devices: tuple[Store, Store], tmp_path: Path) -> None:
    from datetime import date

    from cmtoolbox.ops import calendar

    laptop, desktop = devices
    folder = tmp_path / "t"
    folder.mkdir()
    spec = {"target": str(folder)}
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    day = execute(laptop, call(calendar.create_key_date, client.id, date(2027, 1, 6), "Épiphanie")).value
    sync(laptop, spec)
    sync(desktop, spec)
    assert len(snapshot(desktop)["key_dates"]) == 1
    execute(laptop, call(calendar.delete_key_date, day.id))
    sync(laptop, spec)
    assert sync(desktop, spec).applied.removed == 1
    assert snapshot(desktop) == snapshot(laptop) and snapshot(desktop)["key_dates"] == {}


def test_a_cancelled_sync_stops_between_steps_and_the_next_completes(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    from cmtoolbox.sync import SyncCancelled

    laptop, desktop = devices
    folder = tmp_path / "t"
    folder.mkdir()
    spec = {"target": str(folder)}
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    for i in range(30):
        execute(laptop, call(notes.create_note, client.id, f"Note {i}", "texte"))
    sync(laptop, spec)
    steps = iter(range(100))
    with pytest.raises(SyncCancelled):
        sync(desktop, spec, chunk_size=10, cancelled=lambda: next(steps) >= 2)
    assert 0 < len(snapshot(desktop)["notes"]) < 30  # what was applied is kept
    sync(desktop, spec)
    assert snapshot(desktop) == snapshot(laptop)


# -- posts: variants, media links, figures (m015) --------------------------------------------------
def post_tables(store: Store) -> dict[str, Any]:
    """Every row of the post tables as it must be on every device, references as uids, the
    variants' texts included (also those that follow the master: they must follow the same one)."""
    db = store.db
    return {
        "draft_variants": {
            r[0]: r[1:]
            for r in db.execute(
                "SELECT v.uid, d.uid, v.network, v.text, v.follows_master, v.position, v.published_url, "
                "v.published_at, v.created_at, v.updated_at FROM draft_variants v "
                "JOIN drafts d ON d.id = v.draft_id"
            )
        },
        "draft_events": {
            r[0]: r[1:]
            for r in db.execute(
                "SELECT e.uid, d.uid, e.at, e.kind, e.from_status, e.to_status, e.network, e.text, e.author, "
                "e.meta FROM draft_events e JOIN drafts d ON d.id = e.draft_id"
            )
        },
        "draft_media": sorted(
            db.execute(
                "SELECT d.uid, dm.network, m.uid, dm.position FROM draft_media dm "
                "JOIN drafts d ON d.id = dm.draft_id JOIN media m ON m.id = dm.media_id"
            ).fetchall()
        ),
        "post_metrics": {
            r[0]: r[1:]
            for r in db.execute(
                "SELECT pm.uid, v.uid, c.uid, pm.measured_on, pm.impressions, pm.reach, pm.reactions, "
                "pm.comments, pm.shares, pm.saves, pm.clicks, pm.video_views, pm.source, pm.created_at, "
                "pm.updated_at FROM post_metrics pm JOIN draft_variants v ON v.id = pm.variant_id "
                "JOIN clients c ON c.id = pm.client_id"
            )
        },
        "follower_counts": {
            r[0]: r[1:]
            for r in db.execute(
                "SELECT f.uid, c.uid, f.network, f.month, f.followers, f.created_at, f.updated_at "
                "FROM follower_counts f JOIN clients c ON c.id = f.client_id"
            )
        },
    }


def draft_by_uid(store: Store, uid: str) -> Any:
    return store.drafts.get(int(store.db.execute("SELECT id FROM drafts WHERE uid = ?", [uid]).fetchone()[0]))


def test_posts_their_variants_media_and_figures_end_identical(
    devices: tuple[Store, Store], target_spec: dict[str, str], tmp_path: Path
) -> None:
    from datetime import date

    from cmtoolbox.ops import drafts, library, metrics
    from cmtoolbox.ops import sync as sync_ops

    laptop, desktop = devices
    client = execute(laptop, call(clients.create_client, "Boulangerie Martin")).value
    master = "Les rois arrivent\nGalette frangipane\nÀ samedi"
    post = execute(
        laptop,
        call(
            drafts.create_draft,
            client.id,
            title="Épiphanie",
            body=master,
            networks=["instagram", "facebook", "linkedin"],
        ),
    ).value
    photo = laptop.media.files.stage(_photo(tmp_path / "galette.jpg", (200, 120, 60)))
    item = execute(laptop, call(library.record_staged, photo, client.id)).value.item
    execute(laptop, call(drafts.set_media, post.id, [item.id]))
    execute(laptop, call(drafts.set_media, post.id, [item.id], "instagram"))
    own = "👑 Les rois arrivent\nGalette frangipane maison\n#galette #rois"
    execute(laptop, call(drafts.edit_variant, post.id, "instagram", own))
    execute(laptop, call(drafts.mark_published, post.id, network="instagram"))
    instagram = laptop.drafts.get(post.id).variant("instagram")
    assert instagram is not None
    execute(laptop, call(metrics.set_metric, instagram.id, "reach", 1200, date(2026, 11, 2)))
    execute(laptop, call(metrics.set_followers, client.id, "instagram", "2026-10", 830))
    sync(laptop, target_spec)
    first = sync(desktop, target_spec)
    assert first.files_received == 1
    assert snapshot(desktop) == snapshot(laptop)
    assert post_tables(desktop) == post_tables(laptop)
    b_post = draft_by_uid(desktop, post.uid)
    assert b_post.variant("instagram").text == own and b_post.variant("facebook").text == master
    assert len(b_post.media_ids) == 1 and b_post.variant("instagram").media_ids == b_post.media_ids
    b_instagram = b_post.variant("instagram")
    assert desktop.metrics.latest([b_instagram.id])[b_instagram.id].reach == 1200

    # Both offline. The Instagram text edited on both, on different lines; the master too (the
    # variants that follow it must not be merged, nor reported, a second time).
    execute(
        laptop,
        call(
            drafts.save_draft_text,
            post.id,
            title="Épiphanie",
            body="Les rois arrivent !\nGalette frangipane\nÀ samedi",
            variants={"instagram": "👑 Les rois arrivent !\nGalette frangipane maison\n#galette #rois"},
        ),
    )
    execute(
        desktop,
        call(
            drafts.save_draft_text,
            b_post.id,
            title="Épiphanie",
            body="Les rois arrivent\nGalette frangipane\nÀ samedi, dès 7 h",
            variants={"instagram": "👑 Les rois arrivent\nGalette frangipane maison\n#galette #rois #lyon"},
        ),
    )
    # Figures: typed on the desktop for another day, changed on the laptop for the first one.
    execute(desktop, call(metrics.set_metric, b_instagram.id, "comments", 14, date(2026, 11, 9)))
    execute(laptop, call(metrics.set_metric, instagram.id, "reach", 1300, date(2026, 11, 2)))
    # The same unique things created on both: a Threads variant, October's Facebook followers.
    execute(laptop, call(drafts.add_variant, post.id, "threads", "Galette ? Galette."))
    execute(desktop, call(drafts.add_variant, b_post.id, "threads", "Des galettes !"))
    # ...and figures of each device's Threads post for one day: one measurement of the one post.
    for store, draft_id, reach in ((laptop, post.id, 60), (desktop, b_post.id, 50)):
        threads = store.drafts.get(draft_id).variant("threads")
        assert threads is not None
        execute(store, call(metrics.set_metric, threads.id, "reach", reach, date(2026, 11, 20)))
    execute(laptop, call(metrics.set_followers, client.id, "facebook", "2026-10", 410))
    b_client = desktop.db.execute("SELECT id FROM clients").fetchone()[0]
    execute(desktop, call(metrics.set_followers, b_client, "facebook", "2026-10", 412))
    # The history: sent for approval on the laptop, a call noted on the desktop.
    execute(laptop, call(drafts.send_for_approval, [post.id], note="Pour samedi"))
    execute(desktop, call(drafts.add_comment, b_post.id, "Appel : la cliente veut #lyon"))
    # A network dropped on one side, the whole-draft picture detached on the other.
    execute(laptop, call(drafts.remove_variant, post.id, "linkedin"))
    execute(desktop, call(drafts.set_media, b_post.id, []))

    sync(laptop, target_spec)
    sync(desktop, target_spec)
    sync(laptop, target_spec)
    assert snapshot(desktop) == snapshot(laptop)
    assert post_tables(desktop) == post_tables(laptop)

    merged_master = "Les rois arrivent !\nGalette frangipane\nÀ samedi, dès 7 h"
    for store, draft_id in ((laptop, post.id), (desktop, b_post.id)):
        draft = store.drafts.get(draft_id)
        assert draft.body == merged_master
        assert draft.variant("instagram").text == (
            "👑 Les rois arrivent !\nGalette frangipane maison\n#galette #rois #lyon"
        )
        assert draft.variant("facebook").text == merged_master  # follows the merged master
        assert draft.networks.count("threads") == 1 and "linkedin" not in draft.networks
        assert draft.media_ids == () and len(draft.variant("instagram").media_ids) == 1
        assert store.journal.conflicts(entity=Entity.DRAFTS) == []
        # The Threads variant made twice is one; the text not kept is shown in the conflicts.
        twice = store.journal.conflicts(entity=Entity.DRAFT_VARIANTS)
        assert len(twice) == 1
        assert {twice[0].mine, twice[0].theirs} == {"Galette ? Galette.", "Des galettes !"}
        assert draft.variant("threads").text in {"Galette ? Galette.", "Des galettes !"}
        shown = [(i.entity, i.record_id, i.title) for i in sync_ops.conflict_items(store)]
        assert shown == [(Entity.DRAFTS, draft_id, "Épiphanie (threads)")]  # opens the draft
        threads_figures = store.metrics.measurements(draft.variant("threads").id)
        assert [(m.measured_on, m.reach in {50, 60}) for m in threads_figures] == [(date(2026, 11, 20), True)]
        # Both devices' history, in one order.
        kinds = [e.kind for e in store.drafts.events(draft_id)]
        assert kinds.count("sent") == 1 and kinds.count("comment") == 1 and kinds[0] == "created"
        assert draft.status == "to_approve"
        # Both days' figures, the later reach; one count of October's Facebook followers.
        variant = draft.variant("instagram").id
        days = {m.measured_on: m for m in store.metrics.measurements(variant)}
        assert sorted(days) == [date(2026, 11, 2), date(2026, 11, 9)]
        assert days[date(2026, 11, 2)].reach == 1300 and days[date(2026, 11, 9)].comments == 14
        client_id = draft.client_id
        october = [f for f in store.metrics.followers(client_id) if f.network == "facebook"]
        assert len(october) == 1 and october[0].followers in {410, 412}
        # The library knows where its picture is used.
        assert (
            store.db.execute(
                "SELECT count(*) FROM media_usages WHERE entity = 'drafts' AND entity_id = ?", [draft_id]
            ).fetchone()[0]
            == 1
        )
    # Nothing moves when nothing changed.
    quiet = sync(desktop, target_spec)
    assert (quiet.pushed, quiet.pulled) == (0, 0)


def test_a_draft_purged_elsewhere_comes_back_from_the_trash_with_its_variants_and_figures(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    """Variants and figures have no trash of their own: deleted with a draft that another device
    keeps in its trash, they stay with it instead of leaving an empty post there."""
    from datetime import date

    from cmtoolbox.ops import drafts, metrics

    laptop, desktop = devices
    spec = {"target": str(tmp_path / "t")}
    (tmp_path / "t").mkdir()
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    post = execute(
        laptop, call(drafts.create_draft, client.id, body="Galette", networks=["instagram", "facebook"])
    ).value
    execute(laptop, call(drafts.edit_variant, post.id, "instagram", "👑 Galette"))
    instagram = laptop.drafts.get(post.id).variant("instagram")
    assert instagram is not None
    execute(laptop, call(metrics.set_metric, instagram.id, "reach", 900, date(2026, 11, 2)))
    sync(laptop, spec)
    sync(desktop, spec)
    execute(laptop, call(drafts.move_to_trash, post.id))
    execute(laptop, call(trash.purge_items, [(Entity.DRAFTS, post.id)]))
    # Meanwhile the desktop reworked it: it stays in the desktop's trash, whole.
    b_post = draft_by_uid(desktop, post.uid)
    execute(desktop, call(drafts.save_draft_text, b_post.id, title="", body="Galette des rois"))
    sync(laptop, spec)
    report = sync(desktop, spec).applied
    assert report.removed == 0
    kept = draft_by_uid(desktop, post.uid)
    assert kept.deleted_at is not None
    assert [(v.network, v.text) for v in kept.variants] == [
        ("instagram", "👑 Galette"),
        ("facebook", "Galette des rois"),
    ]
    kept_instagram = kept.variant("instagram")
    assert kept_instagram is not None
    assert [m.reach for m in desktop.metrics.measurements(kept_instagram.id)] == [900]
    # Emptied from the desktop's trash too, it is gone everywhere, and both agree again.
    execute(desktop, call(trash.purge_items, [(Entity.DRAFTS, kept.id)]))
    sync(desktop, spec)
    sync(laptop, spec)
    assert (
        post_tables(desktop)
        == post_tables(laptop)
        == {
            "draft_variants": {},
            "draft_events": {},
            "draft_media": [],
            "post_metrics": {},
            "follower_counts": {},
        }
    )
    assert snapshot(desktop) == snapshot(laptop)


def test_one_picture_imported_on_two_devices_offline_is_one_library_item(
    devices: tuple[Store, Store], tmp_path: Path
) -> None:
    """The library's (client, file) key: the item with the smaller uid is kept everywhere, and a
    post showing the other one shows the kept one."""
    from cmtoolbox.ops import drafts, library

    laptop, desktop = devices
    spec = {"target": str(tmp_path / "t")}
    (tmp_path / "t").mkdir()
    client = execute(laptop, call(clients.create_client, "Boulangerie")).value
    sync(laptop, spec)
    sync(desktop, spec)
    b_client = desktop.db.execute("SELECT id FROM clients").fetchone()[0]
    photo = _photo(tmp_path / "galette.jpg", (200, 120, 60))
    posts = []
    for store, client_id, title in ((laptop, client.id, "Sur le portable"), (desktop, b_client, "Au bureau")):
        item = execute(
            store, call(library.record_staged, store.media.files.stage(photo), client_id)
        ).value.item
        execute(store, call(library.save_details, item.id, library.MediaDetails(title=title)))
        post = execute(store, call(drafts.create_draft, client_id, body=title, networks=["instagram"])).value
        execute(store, call(drafts.set_media, post.id, [item.id], "instagram"))
        posts.append(post.uid)
    sync(laptop, spec)
    sync(desktop, spec)
    sync(laptop, spec)
    assert snapshot(desktop) == snapshot(laptop)
    assert post_tables(desktop) == post_tables(laptop)
    for store in (laptop, desktop):
        assert store.db.execute("SELECT count(*) FROM media").fetchone()[0] == 1
        only = store.db.execute("SELECT id FROM media").fetchone()[0]
        for uid in posts:
            assert draft_by_uid(store, uid).variant("instagram").media_ids == (only,)
    # A post naming the dropped item is sent once more naming the kept one; then all is quiet.
    sync(desktop, spec)
    sync(laptop, spec)
    for store in (desktop, laptop):
        quiet = sync(store, spec)
        assert (quiet.pushed, quiet.pulled) == (0, 0)
    assert snapshot(desktop) == snapshot(laptop)
