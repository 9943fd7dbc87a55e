"""Operations on snippets: hashtag sets, signatures, calls to action and mentions the editor
inserts (by a shortcut or a menu). The accounts' default hashtags come along read-only
(`Snippet.read_only`); `copy_account_hashtags` turns them into editable snippets."""

from __future__ import annotations

from typing import Any

from cmtoolbox.ops import trash
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.snippets import Snippet
from cmtoolbox.storage.store import Store

ENTITY = Entity.SNIPPETS
_KEEP: Any = object()


def list_snippets(
    store: Store, client_id: int | None, *, kind: str | None = None, with_accounts: bool = True
) -> list[Snippet]:
    """The snippets the editor offers for `client_id`: its own, the shared ones, then its
    accounts' default hashtags (read-only); by kind, then position."""
    return store.snippets.for_client(client_id, kind=kind, with_accounts=with_accounts)


def snippets_for_network(store: Store, client_id: int, network: str) -> list[Snippet]:
    """What the editor offers first for one variant: the snippets for that network, then those
    for every network."""
    found = store.snippets.for_client(client_id)
    return [s for s in found if s.network == network] + [s for s in found if not s.network]


def create_snippet(
    store: Store,
    client_id: int | None,
    *,
    kind: str,
    name: str,
    text: str,
    network: str = "",
) -> Snippet:
    """A snippet of a client, or of every client (`client_id` None)."""
    return store.snippets.create(client_id, kind=kind, name=name, text=text, network=network)


def update_snippet(
    store: Store,
    snippet_id: int,
    *,
    kind: str | None = None,
    name: str | None = None,
    text: str | None = None,
    network: str | None = None,
    client_id: Any = _KEEP,
) -> Undoable[Snippet]:
    """Change some fields (None: unchanged; `client_id` None shares it with every client); the
    undo puts the previous values back."""
    before = store.snippets.get(snippet_id)
    owner = {} if client_id is _KEEP else {"client_id": client_id}
    after = store.snippets.update(snippet_id, kind=kind, name=name, text=text, network=network, **owner)
    undo = call(
        update_snippet,
        snippet_id,
        kind=before.kind,
        name=before.name,
        text=before.text,
        network=before.network,
        client_id=before.client_id,
    )
    return Undoable(after, undo)


def move_to_trash(store: Store, snippet_id: int) -> Undoable[None]:
    return trash.move_to_trash(store, ENTITY, snippet_id)


def restore_from_trash(store: Store, snippet_id: int) -> Undoable[None]:
    return trash.restore(store, ENTITY, snippet_id)


def reorder_snippets(store: Store, snippet_ids: list[int]) -> None:
    store.snippets.reorder(snippet_ids)


def copy_account_hashtags(store: Store, client_id: int) -> Undoable[list[Snippet]]:
    """Editable copies of the client's accounts' default hashtags (those not copied yet); the
    undo moves the copies to the trash."""
    made = store.snippets.copy_account_hashtags(client_id)
    return Undoable(made, call(trash.trash_items, tuple((ENTITY, s.id) for s in made if s.id is not None)))
