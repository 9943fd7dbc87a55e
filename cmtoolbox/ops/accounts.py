"""Operations on a client's social accounts and on the references of their secrets.

The database holds references (`account:<hex>`), never a value: the values live in the OS keyring,
which the GUI's `SecretVault` writes and deletes off the UI thread *around* these operations. A
save puts the values in the keyring first and then calls `save_account` with the references; when
a reference row disappears (a secret removed in the editor, an account purged, a client's secrets
dropped), the schema's trigger queues it, and `pending_secret_purges` / `forget_purged` let the GUI
delete the keyring entries and clear the queue. So none of these functions ever sees a secret, and
the keyring is never called on the database thread.

Moving an account to the trash keeps its secrets (restoring gives them back) and can be undone;
purging it is final, because its keyring entries are deleted right after.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.accounts import Account, AccountFields, SecretSpec
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.store import Store

# -- reading ------------------------------------------------------------------------------------


def list_accounts(store: Store, client_id: int, *, deleted: bool = False) -> list[Account]:
    """A client's accounts (or those in its trash), by network then handle."""
    return store.accounts.list(client_id, deleted=deleted)


def get_account(store: Store, account_id: int) -> Account:
    """One account, trashed or not (raises `NotFound`)."""
    return store.accounts.get(account_id)


def count_with_secrets(store: Store, client_id: int) -> int:
    """How many of the client's accounts have a secret in the keyring: archiving asks about them."""
    return store.accounts.count(client_id, with_secrets=True)


def export_accounts(store: Store, client_id: int, path: Path, header: Sequence[str]) -> int:
    """Write the client's account list to `path` as CSV (a hand-over sheet, never a secret value);
    `header` holds the translated column titles. Returns how many accounts were written."""
    return store.accounts.export_csv(client_id, path, list(header))


# -- writing ------------------------------------------------------------------------------------


def save_account(
    store: Store,
    client_id: int,
    fields: AccountFields,
    secrets: Sequence[SecretSpec] = (),
    *,
    account_id: int | None = None,
) -> Account:
    """Create (`account_id` None) or update an account with the references of its secrets, whose
    values the caller already wrote to the keyring. Slots missing from `secrets` are removed and
    their references queued for deletion from the keyring. Not undoable: a replaced value is gone
    from the keyring, so the database could be put back but not the password."""
    return store.accounts.save(client_id, fields, secrets, account_id=account_id)


def move_to_trash(store: Store, account_id: int) -> Undoable[Account]:
    """To the trash, secrets kept in the keyring; undone by `restore`."""
    store.trash.move_to_trash(Entity.ACCOUNTS, account_id)
    return Undoable(store.accounts.get(account_id), call(restore, account_id))


def restore(store: Store, account_id: int) -> Undoable[Account]:
    """Back from the trash, with its secrets; undone by `move_to_trash` (so redo works)."""
    store.trash.restore(Entity.ACCOUNTS, account_id)
    return Undoable(store.accounts.get(account_id), call(move_to_trash, account_id))


def purge(store: Store, account_id: int) -> Account:
    """Delete a trashed account for good; its secret references are queued for deletion from the
    keyring (the caller then drains the queue). Returns the account as it was."""
    account = store.accounts.get(account_id)
    store.trash.purge(Entity.ACCOUNTS, account_id)
    return account


def drop_client_secrets(store: Store, client_id: int) -> int:
    """Forget every secret of a client's accounts (kept or trashed) before archiving it; the
    accounts stay. Returns how many references were queued for deletion from the keyring."""
    return store.accounts.drop_secrets_of_client(client_id)


# -- the keyring clean-up queue -----------------------------------------------------------------


def pending_secret_purges(store: Store) -> list[str]:
    """References whose keyring entries must be deleted (their rows are gone)."""
    return store.accounts.pending_secret_purges()


def forget_purged(store: Store, refs: Sequence[str]) -> None:
    """Clear the queue entries of references whose keyring entries are now deleted."""
    store.accounts.forget_purged(refs)


def queue_secret_purge(store: Store, refs: Sequence[str]) -> None:
    """Queue references written to the keyring for a save that did not happen, so their values
    are deleted now or, if the keyring is gone, at the next start."""
    store.accounts.queue_secret_purge(refs)
