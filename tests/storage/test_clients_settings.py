"""Clients, settings, tags, trash and the change log on a real database file."""

from __future__ import annotations

import pytest

from cmtoolbox.storage.entities import EntitySpec
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.samples import SAMPLE_CLIENT_NAME, create_sample_client
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.store import Store
from cmtoolbox.storage.trash import TrashKind


def test_create_rename_archive(store: Store) -> None:
    client = store.clients.create("  Boulangerie   Martin ")
    assert client.name == "Boulangerie Martin" and not client.archived
    changes = store.take_changes()
    assert changes.touches("clients") and client.id in changes.client_ids
    renamed = store.clients.rename(client.id, "Boulangerie Martin & Fils")
    assert renamed.name == "Boulangerie Martin & Fils" and renamed.updated_at >= client.updated_at
    store.clients.set_archived(client.id, True)
    assert store.clients.list() == []
    assert [c.id for c in store.clients.list(include_archived=True)] == [client.id]
    assert store.clients.set_archived(client.id, False).archived_at is None


@pytest.mark.parametrize("name, reason", [("", "empty"), ("   ", "empty"), ("x" * 121, "too_long")])
def test_bad_names_are_refused_and_nothing_is_written(store: Store, name: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as info:
        store.clients.create(name)
    assert info.value.reason == reason
    assert store.clients.count() == 0 and not store.take_changes()


def test_duplicate_names_ignore_case(store: Store) -> None:
    store.clients.create("Café Lumière")
    with pytest.raises(InvalidValue) as info:
        store.clients.create("café lumière")
    assert info.value.reason == "duplicate"
    other = store.clients.create("Autre")
    with pytest.raises(InvalidValue):
        store.clients.rename(other.id, "CAFÉ LUMIÈRE".replace("É", "é").replace("È", "è").capitalize())


def test_unknown_client(store: Store) -> None:
    with pytest.raises(NotFound):
        store.clients.get(404)


def test_settings_round_trip_per_scope(store: Store) -> None:
    client = store.clients.create("A")
    store.settings.set("composer.networks", ["x", "linkedin"])
    store.settings.set("composer.networks", ["instagram"], scope=client_scope(client.id))
    assert store.settings.get("composer.networks") == ["x", "linkedin"]
    assert store.settings.get("composer.networks", scope=client_scope(client.id)) == ["instagram"]
    assert store.settings.get("missing", 42) == 42
    store.settings.delete("composer.networks")
    assert store.settings.get("composer.networks") is None
    assert store.settings.all(scope=client_scope(client.id)) == {"composer.networks": ["instagram"]}


def test_settings_survive_reopen(data_root) -> None:  # noqa: ANN001
    store, _ = Store.open(data_root)
    store.settings.set("ui.current_client_id", 3)
    store.close()
    store, _ = Store.open(data_root)
    assert store.settings.get("ui.current_client_id") == 3
    store.close()


def test_sample_client_is_created_once(store: Store) -> None:
    first = create_sample_client(store)
    again = create_sample_client(store)
    assert first.id == again.id and first.name == SAMPLE_CLIENT_NAME and first.is_sample
    assert store.settings.get("profile", scope=client_scope(first.id))["city"].startswith("Lyon")


def test_tags_are_shared_and_case_insensitive(store: Store) -> None:
    ids = store.tags.ensure(["#Promo", "promo", "  Noël  ", ""])
    assert len(ids) == 2
    assert store.tags.names() == ["Noël", "Promo"]


def test_trash_moves_restores_and_purges(store: Store) -> None:
    store.db.execute(
        "CREATE TABLE things (id INTEGER PRIMARY KEY, client_id INTEGER, title TEXT, deleted_at TEXT)"
    )
    purged: list[int] = []
    kind = TrashKind("things", "things", "title", lambda _s, row_id: lambda: purged.append(row_id))
    # A kind declared once, in a registry of its own: nothing global to clean up afterwards.
    store = Store(store.db, store.root, entities=store.entities.extended(EntitySpec("things", trash=kind)))  # type: ignore[arg-type]
    with store.db.atomic():
        store.db.execute(
            "INSERT INTO things (id, client_id, title) VALUES (1, NULL, 'Brief'), (2, NULL, 'Charte')"
        )
    store.trash.move_to_trash("things", 1)
    assert [(i.entity, i.id, i.title) for i in store.trash.list()] == [("things", 1, "Brief")]
    store.trash.restore("things", 1)
    assert store.trash.list() == []
    store.trash.move_to_trash("things", 2)
    with pytest.raises(NotFound):  # one bad target rolls the whole purge back...
        store.trash._purge([("things", 2), ("things", 99)])
    assert purged == [] and store.db.execute("SELECT count(*) FROM things").fetchone()[0] == 2
    assert store.trash.empty() == 1 and purged == [2]  # ...and cleanups run only after a commit
    assert store.db.execute("SELECT id FROM things").fetchall() == [(1,)]
    with pytest.raises(NotFound):
        store.trash.purge("things", 1)  # not in the trash: never purged by mistake
