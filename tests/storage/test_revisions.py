"""The shared revision history: coalesced autosaves, checkpoints, restore (undoable), purge."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.revisions import RevisionState
from cmtoolbox.storage.store import Store
from cmtoolbox.storage.timeutil import utcnow


@pytest.fixture
def note_id(store: Store) -> int:
    client = store.clients.create("Boulangerie Martin")
    return store.notes.create(client.id, "Brief", "v0").id


def bodies(store: Store, note_id: int) -> list[tuple[str, str]]:
    return [(r.reason, r.body) for r in store.revisions.list("notes", note_id)]


def test_creation_records_a_revision(store: Store, note_id: int) -> None:
    assert bodies(store, note_id) == [("created", "v0")]


def test_rapid_autosaves_coalesce_into_one_revision(store: Store, note_id: int) -> None:
    for text in ("v1", "v1 plus", "v1 plus encore"):
        store.notes.save(note_id, title="Brief", body=text)
    assert bodies(store, note_id) == [("edit", "v1 plus encore"), ("created", "v0")]
    latest = store.revisions.latest("notes", note_id)
    assert latest is not None and latest.updated_at >= latest.created_at


def test_a_new_revision_after_the_coalescing_window(store: Store, note_id: int) -> None:
    start = utcnow()
    revisions = store.revisions
    revisions.record("notes", note_id, RevisionState("Brief", "a"), now=start)
    revisions.record("notes", note_id, RevisionState("Brief", "ab"), now=start + timedelta(seconds=60))
    revisions.record("notes", note_id, RevisionState("Brief", "abc"), now=start + timedelta(seconds=121))
    assert bodies(store, note_id)[:2] == [("edit", "abc"), ("edit", "ab")]


def test_checkpoint_is_never_overwritten_and_identical_saves_are_skipped(store: Store, note_id: int) -> None:
    store.notes.save(note_id, title="Brief", body="quitté ici")
    store.notes.save(note_id, title="Brief", body="quitté ici", checkpoint=True)  # nothing new: seals
    store.notes.save(note_id, title="Brief", body="reprise")
    store.notes.save(note_id, title="Brief", body="reprise")  # identical: no revision
    assert bodies(store, note_id) == [("edit", "reprise"), ("checkpoint", "quitté ici"), ("created", "v0")]
    store.revisions.seal("notes", note_id)
    store.notes.save(note_id, title="Brief", body="reprise 2")
    assert [r for r, _ in bodies(store, note_id)] == ["edit", "checkpoint", "checkpoint", "created"]


def test_restore_writes_back_and_is_itself_undoable(store: Store, note_id: int) -> None:
    store.notes.save(note_id, title="Brief v1", body="première version [[Charte]]", checkpoint=True)
    store.notes.save(note_id, title="Brief v2", body="seconde version")
    first = store.revisions.list("notes", note_id)[-1]
    store.take_changes()
    restored = store.revisions.restore(first.id)
    note = store.notes.get(note_id)
    assert (note.title, note.body) == ("Brief", "v0")
    assert restored.reason == "restore" and restored.meta["_restored_from"] == first.id
    assert store.take_changes().touches("notes")
    # The replaced state is still in the history: restoring it undoes the restore.
    undo = next(r for r in store.revisions.list("notes", note_id) if r.body == "seconde version")
    store.revisions.restore(undo.id)
    assert store.notes.get(note_id).body == "seconde version"
    # Restoring keeps links and search in step.
    link_rev = next(r for r in store.revisions.list("notes", note_id) if "[[Charte]]" in r.body)
    store.revisions.restore(link_rev.id)
    assert store.notes.links_of(note_id) == [("note", "Charte")]


def test_restore_records_unsaved_current_state_first(store: Store, note_id: int) -> None:
    # A state written without a revision (say, by an older version) must survive a restore.
    store.db.execute("UPDATE notes SET body = 'jamais enregistré' WHERE id = ?", [note_id])
    store.revisions.restore(store.revisions.list("notes", note_id)[-1].id)
    assert ("before_restore", "jamais enregistré") in bodies(store, note_id)


def test_unknown_revision_and_entity(store: Store, note_id: int) -> None:
    with pytest.raises(NotFound):
        store.revisions.get(9999)
    rev = store.revisions.record("widgets", 1, RevisionState("t", "b"))
    assert rev is not None
    with pytest.raises(NotFound):
        store.revisions.restore(rev.id)
    assert store.revisions.delete_for("widgets", 1) == 1
