"""Account operations on a real SQLite store: references only, the trash with undo, the keyring
clean-up queue, and a save that fails half-way leaving nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmtoolbox.credentials import new_secret_ref
from cmtoolbox.ops import accounts as ops
from cmtoolbox.ops import call, execute
from cmtoolbox.storage.accounts import AccountFields, SecretSpec
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Martin")


def _ref() -> str:
    return new_secret_ref("account")


def _save(store, client, handle: str = "boulangeriemartin", *refs: str):  # noqa: ANN001, ANN202
    specs = tuple(SecretSpec("password", f"Password {n}", ref) for n, ref in enumerate(refs, 1))
    return execute(store, call(ops.save_account, client.id, AccountFields("instagram", handle), specs)).value


def test_save_creates_then_updates_and_reports_the_change(store, client) -> None:  # noqa: ANN001
    ref = _ref()
    outcome = execute(
        store,
        call(
            ops.save_account,
            client.id,
            AccountFields("instagram", "@boulangeriemartin"),
            (SecretSpec("password", "Password", ref),),
        ),
        initiator="page",
    )
    account = outcome.value
    assert account.handle == "boulangeriemartin" and [s.ref for s in account.secrets] == [ref]
    assert outcome.changes.touches(Entity.ACCOUNTS) and outcome.changes.by("page")
    assert outcome.undo is None  # a replaced keyring value cannot be put back

    updated = execute(
        store,
        call(
            ops.save_account,
            client.id,
            AccountFields("instagram", "boulangeriemartin", notes="Claire"),
            (SecretSpec("password", "Mot de passe", ref, account.secrets[0].id),),
            account_id=account.id,
        ),
    ).value
    assert updated.id == account.id and updated.notes == "Claire"
    assert [(s.label, s.ref) for s in updated.secrets] == [("Mot de passe", ref)]
    assert execute(store, call(ops.get_account, account.id)).value == updated
    assert [a.id for a in ops.list_accounts(store, client.id)] == [account.id]
    assert ops.count_with_secrets(store, client.id) == 1


def test_a_save_failing_half_way_leaves_nothing_written(store, client) -> None:  # noqa: ANN001
    kept, removed = _ref(), _ref()
    account = _save(store, client, "boulangeriemartin", kept, removed)
    first = account.secrets[0]
    # The update writes the account row and removes the second slot (its trigger queues the ref),
    # then finds the first slot's reference changed and refuses: all of it must roll back.
    with pytest.raises(InvalidValue):
        execute(
            store,
            call(
                ops.save_account,
                client.id,
                AccountFields("instagram", "boulangerie-renamed", notes="jamais écrit"),
                (SecretSpec("password", first.label, _ref(), first.id),),
                account_id=account.id,
            ),
        )
    again = ops.get_account(store, account.id)
    assert again == account  # handle, notes and both slots as they were
    assert ops.pending_secret_purges(store) == []


def test_trash_and_its_undo_and_redo(store, client) -> None:  # noqa: ANN001
    ref = _ref()
    account = _save(store, client, "boulangeriemartin", ref)

    outcome = execute(store, call(ops.move_to_trash, account.id))
    assert outcome.value.deleted and outcome.changes.touches(Entity.ACCOUNTS, Entity.TRASH)
    assert ops.list_accounts(store, client.id) == []
    assert [a.id for a in ops.list_accounts(store, client.id, deleted=True)] == [account.id]
    assert ops.pending_secret_purges(store) == []  # the secret stays in the keyring

    assert outcome.undo == call(ops.restore, account.id)
    undone = execute(store, outcome.undo)
    assert [a.id for a in ops.list_accounts(store, client.id)] == [account.id]
    assert ops.get_account(store, account.id).secrets == account.secrets

    redone = execute(store, undone.undo)  # the undo's own undo is the redo
    assert redone.value.deleted and ops.list_accounts(store, client.id) == []


def test_restore_from_the_trash_view_is_undoable(store, client) -> None:  # noqa: ANN001
    account = _save(store, client)
    execute(store, call(ops.move_to_trash, account.id))
    outcome = execute(store, call(ops.restore, account.id))
    assert not outcome.value.deleted
    execute(store, outcome.undo)
    assert ops.get_account(store, account.id).deleted


def test_purge_queues_the_secrets_and_refuses_what_is_not_in_the_trash(store, client) -> None:  # noqa: ANN001
    ref = _ref()
    account = _save(store, client, "boulangeriemartin", ref)
    with pytest.raises(NotFound):
        execute(store, call(ops.purge, account.id))  # not in the trash: nothing happens
    assert ops.get_account(store, account.id) == account and ops.pending_secret_purges(store) == []

    execute(store, call(ops.move_to_trash, account.id))
    outcome = execute(store, call(ops.purge, account.id))
    assert outcome.value.id == account.id and outcome.undo is None
    with pytest.raises(NotFound):
        ops.get_account(store, account.id)
    assert ops.pending_secret_purges(store) == [ref]

    execute(store, call(ops.forget_purged, (ref,)))
    assert ops.pending_secret_purges(store) == []


def test_dropping_a_clients_secrets_keeps_its_accounts(store, client) -> None:  # noqa: ANN001
    first, second = _ref(), _ref()
    kept = _save(store, client, "alpha", first)
    trashed = _save(store, client, "beta", second)
    execute(store, call(ops.move_to_trash, trashed.id))
    outcome = execute(store, call(ops.drop_client_secrets, client.id))
    assert outcome.value == 2 and outcome.changes.touches(Entity.ACCOUNTS)
    assert sorted(ops.pending_secret_purges(store)) == sorted([first, second])
    assert ops.get_account(store, kept.id).secrets == () and ops.count_with_secrets(store, client.id) == 0


def test_references_of_a_failed_save_are_queued(store) -> None:  # noqa: ANN001
    ref = _ref()
    execute(store, call(ops.queue_secret_purge, (ref, "not-a-reference")))
    assert ops.pending_secret_purges(store) == [ref]  # only real references are queued


def test_export_writes_the_list_without_secrets(store, client, tmp_path: Path) -> None:  # noqa: ANN001
    _save(store, client, "boulangeriemartin", _ref())
    header = [
        "Réseau",
        "Compte",
        "Nom",
        "Profil",
        "Identifiant",
        "2FA",
        "Hashtags",
        "Limite",
        "Secrets",
        "Notes",
    ]
    target = tmp_path / "comptes.csv"
    assert execute(store, call(ops.export_accounts, client.id, target, tuple(header))).value == 1
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("Réseau,Compte") and "@boulangeriemartin" in lines[1]
    assert "Password 1" in lines[1] and "account:" not in lines[1]
