"""The operation machinery: one transaction per operation, tagged changes, undo calls."""

from __future__ import annotations

import pytest

from cmtoolbox.ops import Undoable, call, execute
from cmtoolbox.ops import clients as client_ops
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.store import Store


def _create_two_then_fail(store: Store) -> None:
    store.clients.create("Alpha")
    store.notes.create(None, "Written before the failure", "body")
    store.clients.create("alpha")  # duplicate name: refused half-way through


def test_an_operation_that_fails_half_way_leaves_nothing_written(store: Store) -> None:
    with pytest.raises(InvalidValue):
        execute(store, call(_create_two_then_fail))
    assert store.clients.count() == 0
    assert store.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert not store.take_changes()  # nothing is broadcast for a write that never happened


def test_changes_are_tagged_with_the_operation_and_its_initiator(store: Store) -> None:
    view = object()
    outcome = execute(store, call(client_ops.create_client, "Fleuriste Rose"), initiator=view)
    assert outcome.value.name == "Fleuriste Rose"
    assert outcome.changes.touches(Entity.CLIENTS)
    assert outcome.changes.by(view) and not outcome.changes.by(object())
    assert outcome.changes.op == "clients.create_client"
    assert outcome.undo is None


def test_undo_and_redo_through_the_returned_calls(store: Store) -> None:
    client = store.clients.create("Alpha")
    renamed = execute(store, call(client_ops.rename_client, client.id, "Alpha Boutique"))
    assert store.clients.get(client.id).name == "Alpha Boutique"
    assert renamed.undo is not None
    undone = execute(store, renamed.undo)
    assert store.clients.get(client.id).name == "Alpha"
    assert undone.undo is not None  # the redo
    execute(store, undone.undo)
    assert store.clients.get(client.id).name == "Alpha Boutique"


def test_undoable_value_is_unwrapped(store: Store) -> None:
    def op(_store: Store) -> Undoable[int]:
        return Undoable(42, call(client_ops.list_clients))

    outcome = execute(store, call(op))
    assert outcome.value == 42 and outcome.undo == call(client_ops.list_clients)


def test_work_after_commit_runs_only_when_the_outermost_transaction_commits(store: Store) -> None:
    ran: list[str] = []

    def failing(store: Store) -> None:
        store.after_commit(lambda: ran.append("failed op"))
        raise RuntimeError("boom")

    def nested(store: Store) -> None:
        with store.transaction():
            store.after_commit(lambda: ran.append("inner"))
        assert ran == []  # the outer transaction is still open

    with pytest.raises(RuntimeError):
        execute(store, call(failing))
    execute(store, call(nested))
    assert ran == ["inner"]


def test_every_client_table_is_declared_once(store: Store) -> None:
    """Backup, export, purge and sync iterate over the registry: a table holding a client's rows
    that nobody declared would be silently left behind."""
    tables_with_client = {
        name
        for (name,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if any(col[1] == "client_id" for col in store.db.execute(f"PRAGMA table_info('{name}')"))
    }
    declared = set(store.entities.client_tables())
    assert tables_with_client == declared
