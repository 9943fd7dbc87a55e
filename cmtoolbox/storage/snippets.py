"""Snippets: reusable bits of posts (hashtag sets, signatures, calls to action, mentions).

A snippet belongs to a client, or to every client when `client_id` is NULL (a CM's own
signature). `network` narrows it to one network ("" for all), so the editor can offer a variant
the right hashtag set first. Deleting goes through the shared trash.

The accounts' default hashtags (set in the Accounts section, per account) are offered as snippets
too, read-only and always current: `for_client` adds one per account that has some, built from the
account, never copied (copies would drift when the account changes). Editing one means editing
the account; `copy_account_hashtags` turns them into real snippets when the CM wants to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from cmtoolbox.core import networks
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncSpec
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import from_db, now_db
from cmtoolbox.storage.trash import TrashKind

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

__all__ = ["ENTITY", "SNIPPET_KINDS", "Snippet", "SnippetManager"]

ENTITY = Entity.SNIPPETS
SnippetKind = Literal["hashtags", "signature", "cta", "mention", "other"]
SNIPPET_KINDS: tuple[SnippetKind, ...] = ("hashtags", "signature", "cta", "mention", "other")
MAX_NAME_LENGTH = 120
MAX_TEXT_LENGTH = 5000
_SPACES = re.compile(r"\s+")
_UNSET: Any = object()


@dataclass(frozen=True)
class Snippet:
    """A snippet, or (with `account_id` set and `id` None) an account's default hashtags."""

    id: int | None
    client_id: int | None  # None: every client's
    kind: SnippetKind
    name: str
    text: str
    network: str  # "" for every network
    position: int
    created_at: datetime | None
    updated_at: datetime | None
    account_id: int | None = None

    @property
    def read_only(self) -> bool:
        """Built from an account: edited in the Accounts section, not here."""
        return self.account_id is not None

    @property
    def key(self) -> str:
        """A stable identity for menus and lists: `snippet:<id>` or `account:<id>`."""
        return f"account:{self.account_id}" if self.account_id is not None else f"snippet:{self.id}"


def _clean(kind: str, name: str, text: str, network: str) -> tuple[str, str, str, str]:
    if kind not in SNIPPET_KINDS:
        raise InvalidValue(f"unknown snippet kind {kind!r}", field="kind", reason="unknown")
    cleaned = _SPACES.sub(" ", name).strip()
    if not cleaned:
        raise InvalidValue("a snippet needs a name", field="name", reason="empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidValue("snippet name too long", field="name", reason="too_long")
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidValue("snippet too long", field="text", reason="too_long")
    if network and network not in networks.NETWORKS:
        raise InvalidValue(f"unknown network {network!r}", field="network", reason="unknown")
    return kind, cleaned, text, network


_COLUMNS = "id, client_id, kind, name, text, network, position, created_at, updated_at"


def _from_row(row: tuple) -> Snippet:
    id_, client_id, kind, name, text, network, position, created, updated = row
    return Snippet(id_, client_id, kind, name, text, network, position, from_db(created), from_db(updated))


class SnippetManager(Manager):
    ENTITY = ENTITY

    def get(self, snippet_id: int) -> Snippet:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM snippets WHERE id = ?", [snippet_id]).fetchone()
        if row is None:
            raise NotFound(f"no snippet {snippet_id}")
        return _from_row(row)

    def for_client(
        self, client_id: int | None, *, kind: str | None = None, with_accounts: bool = True
    ) -> list[Snippet]:
        """The snippets usable for `client_id`: its own, then the shared ones, then (hashtags)
        its accounts' default hashtags; by kind in `SNIPPET_KINDS` order, then position, name."""
        where = ["deleted_at IS NULL", "(client_id IS NULL OR client_id IS ?)"]
        params: list[Any] = [client_id]
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        order = "CASE kind " + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(SNIPPET_KINDS)) + " END"
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM snippets WHERE {' AND '.join(where)} "
            f"ORDER BY {order}, client_id IS NULL, position, lower(name), id",
            params,
        ).fetchall()
        found = [_from_row(r) for r in rows]
        if with_accounts and client_id is not None and kind in (None, "hashtags"):
            # After the hashtag sets written here, before the other kinds.
            at = sum(1 for s in found if s.kind == "hashtags")
            found[at:at] = self.account_hashtags(client_id)
        return found

    def account_hashtags(self, client_id: int) -> list[Snippet]:
        """One read-only hashtag snippet per live account of the client that has default hashtags."""
        out: list[Snippet] = []
        for account in self._store.accounts.list(client_id):
            if account.deleted or not account.default_hashtags:
                continue
            brand = networks.network(account.network).name
            label = (
                account.display_name
                or networks.display_handle(account.network, account.handle)
                or account.login
            )
            out.append(
                Snippet(
                    id=None,
                    client_id=client_id,
                    kind="hashtags",
                    name=f"{brand} · {label}" if label else brand,
                    text=" ".join(account.default_hashtags),
                    network=account.network if account.network in networks.NETWORKS else "",
                    position=0,
                    created_at=account.created_at,
                    updated_at=account.updated_at,
                    account_id=account.id,
                )
            )
        return out

    def create(
        self,
        client_id: int | None,
        *,
        kind: str,
        name: str,
        text: str,
        network: str = "",
        position: int | None = None,
    ) -> Snippet:
        kind, name, text, network = _clean(kind, name, text, network)
        with self._db.atomic():
            if client_id is not None:
                self._store.clients.get(client_id)
            if position is None:
                position = self._db.execute(
                    "SELECT ifnull(max(position) + 1, 0) FROM snippets WHERE client_id IS ? AND kind = ?",
                    [client_id, kind],
                ).fetchone()[0]
            now = now_db()
            snippet_id = self._db.execute(
                "INSERT INTO snippets (client_id, kind, name, text, network, position, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [client_id, kind, name, text, network, position, now, now],
            ).lastrowid
        assert snippet_id is not None  # an INSERT always sets lastrowid
        self._store.log.touch(ENTITY, snippet_id, client_id=client_id)
        return self.get(snippet_id)

    def update(
        self,
        snippet_id: int,
        *,
        kind: str | None = None,
        name: str | None = None,
        text: str | None = None,
        network: str | None = None,
        position: int | None = None,
        client_id: Any = _UNSET,
    ) -> Snippet:
        """Change some fields (None leaves one as it is; `client_id` None shares it)."""
        with self._db.atomic():
            before = self.get(snippet_id)
            values = _clean(
                kind if kind is not None else before.kind,
                name if name is not None else before.name,
                text if text is not None else before.text,
                network if network is not None else before.network,
            )
            owner = before.client_id if client_id is _UNSET else client_id
            if owner is not None and owner != before.client_id:
                self._store.clients.get(owner)
            self._db.execute(
                "UPDATE snippets SET kind = ?, name = ?, text = ?, network = ?, position = ?, client_id = ?, "
                "updated_at = ? WHERE id = ?",
                [*values, before.position if position is None else position, owner, now_db(), snippet_id],
            )
        for who in {before.client_id, owner}:
            self._store.log.touch(ENTITY, snippet_id, client_id=who)
        return self.get(snippet_id)

    def move_to_trash(self, snippet_id: int) -> None:
        self._store.trash.move_to_trash(ENTITY, snippet_id)

    def restore_from_trash(self, snippet_id: int) -> Snippet:
        self._store.trash.restore(ENTITY, snippet_id)
        return self.get(snippet_id)

    def copy_account_hashtags(self, client_id: int) -> list[Snippet]:
        """Make real, editable snippets of the client's accounts' default hashtags (those not
        copied yet: same network and same text)."""
        existing = {
            (s.network, s.text) for s in self.for_client(client_id, kind="hashtags", with_accounts=False)
        }
        made: list[Snippet] = []
        with self._db.atomic():
            for snippet in self.account_hashtags(client_id):
                if (snippet.network, snippet.text) in existing:
                    continue
                made.append(
                    self.create(
                        client_id,
                        kind="hashtags",
                        name=snippet.name,
                        text=snippet.text,
                        network=snippet.network,
                    )
                )
                existing.add((snippet.network, snippet.text))
        return made

    def reorder(self, snippet_ids: Sequence[int]) -> None:
        """Positions follow the given order (a drag in the snippets list)."""
        with self._db.atomic():
            for position, snippet_id in enumerate(snippet_ids):
                self._db.execute("UPDATE snippets SET position = ? WHERE id = ?", [position, snippet_id])
        self._store.log.touch(ENTITY)


# -- sample client ---------------------------------------------------------------------------------
SAMPLE_SNIPPETS: tuple[tuple[str, str, str, str], ...] = (
    ("hashtags", "Hashtags du fournil", "#BoulangerieMartin #CroixRousse #PainDeLyon #FaitMaison", ""),
    ("hashtags", "Hashtags Instagram", "#boulangerie #lyon #croixrousse #viennoiserie #levain #painmaison "
     "#artisanboulanger #lyonfood", "instagram"),
    ("hashtags", "Hashtags LinkedIn", "#Artisanat #CommerceDeProximité #Lyon", "linkedin"),
    ("signature", "Signature", "— L’équipe de la Boulangerie Martin 🥖", ""),
    ("signature", "Adresse et horaires",
     "📍 12 rue d’Austerlitz, Lyon 4e · du mardi au dimanche, 7 h – 19 h 30", ""),
    ("cta", "Précommande", "Commandez la veille avant 18 h au 04 78 00 00 00 ou en boutique 👇", ""),
    ("cta", "Avis en commentaire", "Et vous, vous la préférez comment ? Dites-le-nous en commentaire 👇", ""),
    ("mention", "Le moulin partenaire", "@moulin.de.la.croix", "instagram"),
)  # fmt: skip


def build_sample_snippets(store: Store, client: Client) -> None:
    """Sample builder: the bakery's hashtag sets, signatures, calls to action and a mention."""
    for kind, name, text, network in SAMPLE_SNIPPETS:
        store.snippets.create(client.id, kind=kind, name=name, text=text, network=network)


SPEC = EntitySpec(
    entity=ENTITY,
    table="snippets",
    shared=True,
    trash=TrashKind(entity=ENTITY, table="snippets", title_sql="name"),
    sample=build_sample_snippets,
    sync=SyncSpec(
        fields=tuple("client_id kind name text network position created_at updated_at deleted_at".split()),
        refs={"client_id": Entity.CLIENTS},
        merge=("text",),
    ),
)
