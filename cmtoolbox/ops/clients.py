"""Operations on clients: the switcher, the first-run sample, renaming and archiving."""

from __future__ import annotations

from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.samples import FIRST_RUN_KEY, create_sample_client
from cmtoolbox.storage.store import Store

CURRENT_CLIENT_KEY = "ui.current_client_id"


def list_clients(store: Store, *, include_archived: bool = False) -> list[Client]:
    return store.clients.list(include_archived=include_archived)


def remembered_client(store: Store) -> int | None:
    """The client that was current when the app last ran."""
    value = store.settings.get(CURRENT_CLIENT_KEY)
    return value if isinstance(value, int) else None


def remember_client(store: Store, client_id: int) -> None:
    store.settings.set(CURRENT_CLIENT_KEY, client_id)


def create_client(store: Store, name: str) -> Client:
    return store.clients.create(name)


def rename_client(store: Store, client_id: int, name: str) -> Undoable[Client]:
    before = store.clients.get(client_id)
    client = store.clients.rename(client_id, name)
    return Undoable(client, call(rename_client, client_id, before.name))


def set_archived(store: Store, client_id: int, archived: bool) -> Undoable[Client]:
    client = store.clients.set_archived(client_id, archived)
    return Undoable(client, call(set_archived, client_id, not archived))


def first_run_state(store: Store) -> tuple[bool, int]:
    """(the sample was already offered, how many clients exist)."""
    return bool(store.settings.get(FIRST_RUN_KEY, False)), store.clients.count()


def create_sample(store: Store) -> Client:
    return create_sample_client(store)


def decline_sample(store: Store) -> None:
    store.settings.set(FIRST_RUN_KEY, True)
