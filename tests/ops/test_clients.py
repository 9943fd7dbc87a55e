"""The remembered client: adopting it again at each start writes nothing."""

from __future__ import annotations

from cmtoolbox import ops
from cmtoolbox.ops.clients import CURRENT_CLIENT_KEY, remember_client, remembered_client
from cmtoolbox.ops.operation import call


def test_remembering_the_same_client_again_writes_nothing(store) -> None:  # noqa: ANN001
    first = store.clients.create("Boulangerie Martin")
    second = store.clients.create("Fleuriste Rose")
    ops.execute(store, call(remember_client, first.id))
    assert remembered_client(store) == first.id
    before = store.db.conn.total_changes
    ops.execute(store, call(remember_client, first.id))  # what every start does
    assert store.db.conn.total_changes == before
    ops.execute(store, call(remember_client, second.id))
    assert store.settings.get(CURRENT_CLIENT_KEY) == second.id
