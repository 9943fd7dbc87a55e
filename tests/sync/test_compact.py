"""What sync keeps in the database: digests in the shadow, a journal emptied of what every target
has, and a new target that still gets every record."""

from __future__ import annotations

import json
from pathlib import Path

from cmtoolbox.ops import call, clients, execute, notes
from cmtoolbox.storage.store import Store
from cmtoolbox.sync import FolderTarget, SyncEngine, SyncOptions, SyncReport
from tests.sync.conftest import open_device
from tests.sync.test_sync import snapshot

LONG_TITLE = "Brief de la boulangerie pour la campagne de la galette des rois"


def sync_to(store: Store, folder: Path, **options: object) -> SyncReport:
    folder.mkdir(exist_ok=True)
    target = FolderTarget(folder)
    try:
        return SyncEngine(store, target, SyncOptions(**options)).run()  # type: ignore[arg-type]
    finally:
        target.close()


def shadow_of(store: Store, entity: str, uid: str) -> dict[str, object]:
    row = store.db.execute(
        "SELECT fields FROM sync_shadow WHERE entity = ? AND uid = ?", [entity, uid]
    ).fetchone()
    return dict(json.loads(row[0]))


def journal_rows(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM sync_journal").fetchone()[0])


def test_the_journal_keeps_only_what_a_target_lacks_and_a_new_target_gets_everything(tmp_path: Path) -> None:
    laptop, desktop, third = (open_device(tmp_path / name) for name in ("laptop", "desktop", "third"))
    try:
        client = execute(laptop, call(clients.create_client, "Boulangerie")).value
        body = "Ton : chaleureux\nCible : familles\nBudget : 300 €"
        note = execute(laptop, call(notes.create_note, client.id, LONG_TITLE, body, tags=["brief"])).value
        for n in range(5):
            execute(laptop, call(notes.create_note, client.id, f"Idée {n}", "texte " * 20))
        uid = str(laptop.db.execute("SELECT uid FROM notes WHERE id = ?", [note.id]).fetchone()[0])
        assert journal_rows(laptop) > 6
        sync_to(laptop, tmp_path / "t1")
        # Every row is on the target: only the last stays (the sequence goes on from it).
        assert journal_rows(laptop) == 1
        shadow = shadow_of(laptop, "notes", uid)
        assert shadow["body"] == body  # a merged text: the base of the next merge
        assert isinstance(shadow["title"], dict) and set(shadow["title"]) == {"#"}  # a digest
        assert shadow["pinned"] == 0  # short values as they are
        stamps = json.loads(
            laptop.db.execute("SELECT stamps FROM sync_shadow WHERE uid = ?", [uid]).fetchone()[0]
        )
        assert list(stamps) == ["*"]  # one stamp for every field, written once

        sync_to(desktop, tmp_path / "t1")
        assert snapshot(desktop) == snapshot(laptop)
        # Both edit the note: different lines, merged from the shadows' bases.
        desktop_note = int(desktop.db.execute("SELECT id FROM notes WHERE uid = ?", [uid]).fetchone()[0])
        execute(
            laptop,
            call(notes.save_note, note.id, title=LONG_TITLE + " 2027", body=body.replace("300", "450")),
        )
        execute(
            desktop,
            call(notes.save_note, desktop_note, title=LONG_TITLE, body=body.replace("chaleureux", "drôle")),
        )
        assert journal_rows(laptop) == 2  # the edit, beside the last row kept
        unchanged = execute(laptop, call(notes.save_note, note.id, title=LONG_TITLE + " 2027", body=body))
        assert unchanged.value.title == LONG_TITLE + " 2027"
        last = laptop.db.execute("SELECT fields FROM sync_journal ORDER BY seq DESC LIMIT 1").fetchone()[0]
        assert "title" not in json.loads(last)  # the digest tells the title did not change
        execute(
            laptop,
            call(notes.save_note, note.id, title=LONG_TITLE + " 2027", body=body.replace("300", "450")),
        )
        sync_to(laptop, tmp_path / "t1")
        sync_to(desktop, tmp_path / "t1")
        sync_to(laptop, tmp_path / "t1")
        merged = "Ton : drôle\nCible : familles\nBudget : 450 €"
        assert laptop.notes.get(note.id).body == merged == desktop.notes.get(desktop_note).body
        assert laptop.notes.get(note.id).title == LONG_TITLE + " 2027"
        assert snapshot(desktop) == snapshot(laptop)
        assert not laptop.journal.conflicts() and not desktop.journal.conflicts()

        # A second target, after the journal was emptied: it gets every record whole.
        report = sync_to(laptop, tmp_path / "t2")
        assert report.pushed >= 8  # the client and its six notes, at least
        sync_to(third, tmp_path / "t2")
        assert snapshot(third) == snapshot(laptop)
        # And the snapshot changed nothing for the devices that had it all.
        sync_to(laptop, tmp_path / "t1")
        sync_to(desktop, tmp_path / "t1")
        assert snapshot(desktop) == snapshot(laptop)
        assert not desktop.journal.conflicts()
    finally:
        for store in (laptop, desktop, third):
            store.close()


def test_a_shadow_written_before_digests_still_tells_what_changed(tmp_path: Path) -> None:
    """Shadows written by an earlier version hold every value whole: comparing with them still
    sends only what changed."""
    store = open_device(tmp_path / "laptop")
    try:
        client = execute(store, call(clients.create_client, "Boulangerie")).value
        note = execute(store, call(notes.create_note, client.id, LONG_TITLE, "pain")).value
        uid = str(store.db.execute("SELECT uid FROM notes WHERE id = ?", [note.id]).fetchone()[0])
        store.db.execute(
            "UPDATE sync_shadow SET fields = json_set(fields, '$.title', ?) "
            "WHERE entity = 'notes' AND uid = ?",
            [LONG_TITLE, uid],
        )
        execute(store, call(notes.save_note, note.id, title=LONG_TITLE, body="pain et brioche"))
        last = store.db.execute("SELECT fields FROM sync_journal ORDER BY seq DESC LIMIT 1").fetchone()[0]
        assert set(json.loads(last)) >= {"body"} and "title" not in json.loads(last)
        assert isinstance(shadow_of(store, "notes", uid)["title"], dict)  # rewritten as a digest
    finally:
        store.close()


def test_the_first_sync_journals_old_records_a_batch_at_a_time(tmp_path: Path) -> None:
    """Records older than sync (a database upgraded with 100,000 notes) are journaled, pushed and
    compacted a batch at a time: the journal never holds them all, and the receiver still gets
    clients before their notes."""
    laptop, desktop = open_device(tmp_path / "laptop"), open_device(tmp_path / "desktop")
    try:
        for name in ("Boulangerie", "Fleuriste"):
            client = execute(laptop, call(clients.create_client, name)).value
            for n in range(6):
                execute(laptop, call(notes.create_note, client.id, f"{name} {n}", "texte " * 30))
        # As if they were written before sync existed: no journal, no shadow.
        laptop.db.execute("DELETE FROM sync_journal")
        laptop.db.execute("DELETE FROM sync_shadow")
        laptop.db.execute("UPDATE sync_device SET baseline_done = 0")
        sizes: list[int] = []
        target = FolderTarget(tmp_path / "t")
        (tmp_path / "t").mkdir()
        report = SyncEngine(laptop, target, SyncOptions(chunk_size=4)).run(
            lambda stage, done, total: sizes.append(journal_rows(laptop))
        )
        assert report.pushed == 14
        assert len(sizes) >= 4 and max(sizes) <= 5  # one batch (and the last row) at a time
        assert journal_rows(laptop) == 1
        assert laptop.db.execute("SELECT baseline_done FROM sync_device").fetchone()[0] == 1
        sync_to(desktop, tmp_path / "t")
        assert snapshot(desktop) == snapshot(laptop)
        assert len(snapshot(desktop)["notes"]) == 12
    finally:
        laptop.close()
        desktop.close()
