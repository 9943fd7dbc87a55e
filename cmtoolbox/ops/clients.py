"""Operations on clients: the switcher, the first-run sample, renaming and archiving."""

from __future__ import annotations

from dataclasses import dataclass

from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.samples import FIRST_RUN_KEY, create_sample_client
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.store import Store

CURRENT_CLIENT_KEY = "ui.current_client_id"


def list_clients(store: Store, *, include_archived: bool = False) -> list[Client]:
    return store.clients.list(include_archived=include_archived)


def remembered_client(store: Store) -> int | None:
    """The client that was current when the app last ran."""
    value = store.settings.get(CURRENT_CLIENT_KEY)
    return value if isinstance(value, int) else None


def remember_client(store: Store, client_id: int) -> None:
    """Written only when it changes: every start adopts the remembered client, and a start that
    writes nothing keeps `--quit-when-ready` read-only and the sync journal quiet."""
    if remembered_client(store) != client_id:
        store.settings.set(CURRENT_CLIENT_KEY, client_id)


def find_client(store: Store, name: str) -> int | None:
    """The id of the client with this name (case-insensitive), archived ones included."""
    wanted = name.strip().casefold()
    return next(
        (c.id for c in store.clients.list(include_archived=True) if c.name.casefold() == wanted), None
    )


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


@dataclass(frozen=True)
class EndOfContract:
    """What ending a contract removed, for the summary the CM reads (and keeps)."""

    client_name: str
    rows: dict[str, int]  # entity -> records removed (trashed ones included)
    files: int  # library files removed from the disk (those no other client uses)
    secrets: int  # keyring entries queued for removal


def end_contract(store: Store, client_id: int) -> EndOfContract:
    """Delete the client and everything it owns: records of every entity (through the registry and
    the foreign keys), their revisions and settings, its library files no other client uses (after
    the commit), and its secrets (queued; the keyring is emptied off the database thread). The
    caller exports first: this cannot be undone."""
    client = store.clients.get(client_id)
    rows: dict[str, int] = {}
    files: set[str] = set()
    secrets = 0
    for spec in store.entities:
        if spec.table is not None and spec.client_scoped and spec.entity != Entity.CLIENTS:
            count = store.db.execute(f"SELECT count(*) FROM {spec.table} WHERE client_id = ?", [client_id])
            rows[spec.entity] = count.fetchone()[0]
        if spec.files is not None:
            files.update(spec.files(store, client_id))
        if spec.secrets is not None:
            secrets += len(list(spec.secrets(store, client_id)))
        if spec.revisions is not None and spec.table is not None:
            store.db.execute(
                f"DELETE FROM revisions WHERE entity = ? AND entity_id IN "
                f"(SELECT id FROM {spec.table} WHERE client_id = ?)",
                [spec.entity, client_id],
            )
    store.settings.clear_scope(client_scope(client_id))
    store.clients.delete(client_id)  # ON DELETE CASCADE takes every client-scoped row with it
    orphans = sorted(sha for sha in files if not store.media.sha256_in_use(sha))
    if store.root is not None and orphans:
        media_files = store.media.files

        def remove_files() -> None:
            for sha in orphans:
                media_files.remove(sha)

        store.after_commit(remove_files)
    return EndOfContract(client.name, {k: v for k, v in rows.items() if v}, len(orphans), secrets)
