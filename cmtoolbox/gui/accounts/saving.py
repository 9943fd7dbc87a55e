"""What saving the account editor writes, captured at the moment the save is asked for.

The page saves on two paths: the ordinary one (Save, Ctrl+S, leaving a dirty account), which awaits
the keyring and the database, and the close path (the main window's `flush()`), which has no
coroutine to await and waits on the keyring and database threads instead. Both start from the
same `SavePlan`, so they cannot drift apart: the values to put in the keyring first, then the
fields and references to store in the database (which never sees a value).
"""

from __future__ import annotations

from dataclasses import dataclass

from cmtoolbox.credentials.base import new_secret_ref
from cmtoolbox.gui.accounts.editor import AccountEditor
from cmtoolbox.ops import Call, call
from cmtoolbox.ops import accounts as ops
from cmtoolbox.storage.accounts import AccountFields, SecretSpec, check_secret_specs, clean_fields


@dataclass(frozen=True)
class SavePlan:
    client_id: int
    account_id: int | None  # None: a new account
    fields: AccountFields
    writes: tuple[tuple[str, str], ...]  # (reference, value) to write to the keyring, in order
    new_refs: tuple[str, ...]  # references made for this save: queued for deletion if it fails
    specs: tuple[SecretSpec, ...]  # what the database stores: references only

    def database_write(self) -> Call:
        """The operation that stores the account once the keyring holds the values."""
        return call(ops.save_account, self.client_id, self.fields, self.specs, account_id=self.account_id)


def needs_save(editor: AccountEditor) -> bool:
    """Something to write: a changed account, or the form of a new one."""
    return editor.client_id is not None and not editor.trash_mode and (editor.is_dirty() or editor.is_new)


def plan_save(editor: AccountEditor) -> SavePlan:
    """Snapshot the editor now and validate it; raises `InvalidValue` (nothing written yet).

    A value typed before the keyring went away is still planned: writing it either works (the
    keyring is back) or raises `SecretStoreUnavailable` and the save stops with everything still on
    screen. It is never dropped silently, and never written anywhere but the keyring.
    """
    client_id = editor.client_id
    assert client_id is not None
    writes: list[tuple[str, str]] = []
    new_refs: list[str] = []
    specs: list[SecretSpec] = []
    for row in editor.rows:
        value = row.new_value()
        if row.ref is None and value is None:
            continue  # a new row left empty: nothing to keep
        ref = row.ref or new_secret_ref("account")
        if row.ref is None:
            new_refs.append(ref)
        if value is not None:
            writes.append((ref, value))
        specs.append(SecretSpec(row.kind, row.label, ref, row.slot_id))
    fields = editor.fields()
    clean_fields(fields)
    check_secret_specs(specs)
    return SavePlan(
        client_id=client_id,
        account_id=editor.account.id if editor.account else None,
        fields=fields,
        writes=tuple(writes),
        new_refs=tuple(new_refs),
        specs=tuple(specs),
    )
