"""Client accounts on social networks, and the references of their secrets.

This manager never sees a secret value: rows hold `account:<hex>` references made by
`credentials.new_secret_ref`, and the GUI writes the values to the OS keyring itself, off the UI
thread, before it saves the references here. When a reference row disappears (removed in the
editor, account purged from the trash, client deleted), the schema's trigger queues it in
`secret_purge_queue`; `pending_secret_purges` / `forget_purged` let the GUI delete the keyring
entries and clear the queue.

Deleting an account moves it to the trash (secrets stay in the keyring, so Restore gives them
back); purging it from the trash is what removes its secrets.
"""

from __future__ import annotations

import builtins
import csv
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cmtoolbox.core import networks
from cmtoolbox.core.search import snippet_sql, snippet_to_html
from cmtoolbox.core.textfold import fold_for_index
from cmtoolbox.core.urls import InvalidUrl, validate_http_url
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncExtra, SyncSpec
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.search import SearchFilters, SearchHit, SearchProvider
from cmtoolbox.storage.timeutil import from_db, now_db
from cmtoolbox.storage.trash import TrashKind

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

SECRET_KINDS = ("password", "token", "other")
MAX_SECRETS = 12
MAX_HASHTAGS = 30
MAX_LABEL_LENGTH = 80
_REF = re.compile(r"^account:[0-9a-f]{32}$")
_HASHTAG = re.compile(r"^#?([^\s#]+)$")


@dataclass(frozen=True)
class SecretSlot:
    """One named secret of an account: where its value is in the keyring, not the value."""

    id: int
    kind: str  # password, token, other
    label: str
    ref: str
    position: int


@dataclass(frozen=True)
class SecretSpec:
    """What the editor saves for a slot: `id` None for a new one; the value already is in the keyring."""

    kind: str
    label: str
    ref: str
    id: int | None = None


@dataclass(frozen=True)
class AccountFields:
    """The editable part of an account, validated by `clean_fields` before anything is written."""

    network: str
    handle: str = ""
    display_name: str = ""
    profile_url: str = ""
    login: str = ""
    notes: str = ""
    two_factor_notes: str = ""
    char_limit: int | None = None
    default_hashtags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Account:
    id: int
    client_id: int
    network: str
    handle: str
    display_name: str
    profile_url: str
    login: str
    notes: str
    two_factor_notes: str
    char_limit: int | None
    default_hashtags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    secrets: tuple[SecretSlot, ...] = field(default=())

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def fields(self) -> AccountFields:
        return AccountFields(
            self.network,
            self.handle,
            self.display_name,
            self.profile_url,
            self.login,
            self.notes,
            self.two_factor_notes,
            self.char_limit,
            self.default_hashtags,
        )

    @property
    def title(self) -> str:
        """What a list shows: the handle as the network writes it, else the name, else the login."""
        return networks.display_handle(self.network, self.handle) or self.display_name or self.login

    def effective_profile_url(self) -> str | None:
        return (
            networks.safe_web_url(self.profile_url)
            if self.profile_url
            else networks.profile_url(self.network, self.handle)
        )

    def login_page(self) -> str | None:
        return networks.login_url(self.network, self.handle, self.profile_url)


def clean_hashtags(items: Iterable[str]) -> tuple[str, ...]:
    """'#Lyon', 'lyon', ' #FaitMaison ' -> ('#Lyon', '#FaitMaison'): one '#', no spaces, no duplicates."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in items:
        for piece in raw.replace(",", " ").split():
            match = _HASHTAG.match(piece.strip())
            if not match:
                continue
            tag = "#" + match.group(1)
            if tag.casefold() not in seen:
                seen.add(tag.casefold())
                out.append(tag)
    if len(out) > MAX_HASHTAGS:
        raise InvalidValue("too many default hashtags", field="default_hashtags", reason="too_many")
    return tuple(out)


def clean_fields(fields: AccountFields) -> AccountFields:
    """Trimmed, checked fields. Pure: the GUI calls it before touching the keyring."""
    if fields.network not in networks.NETWORKS:
        raise InvalidValue(f"unknown network {fields.network!r}", field="network", reason="unknown")
    handle = networks.clean_handle(fields.network, fields.handle)
    if any(c.isspace() for c in handle):
        raise InvalidValue("a handle has no spaces", field="handle", reason="spaces")
    display_name = " ".join(fields.display_name.split())
    login = fields.login.strip()
    if not (handle or display_name or login):
        raise InvalidValue("an account needs a handle, a name or a login", field="handle", reason="empty")
    lengths = (("handle", handle, 200), ("display_name", display_name, 200), ("login", login, 320))
    for name, value, limit in lengths:
        if len(value) > limit:
            raise InvalidValue(f"{name} too long", field=name, reason="too_long")
    profile = fields.profile_url.strip()
    if profile:
        try:
            profile = validate_http_url(profile)
        except InvalidUrl as exc:
            raise InvalidValue(
                f"profile address: {exc.message}", field="profile_url", reason="bad_url"
            ) from None
        if len(profile) > 2000:
            raise InvalidValue("profile address too long", field="profile_url", reason="too_long")
    limit_value = fields.char_limit
    if limit_value is not None and not 1 <= limit_value <= 100_000:
        raise InvalidValue("character limit out of range", field="char_limit", reason="out_of_range")
    return AccountFields(
        network=fields.network,
        handle=handle,
        display_name=display_name,
        profile_url=profile,
        login=login,
        notes=fields.notes.rstrip(),
        two_factor_notes=fields.two_factor_notes.rstrip(),
        char_limit=limit_value,
        default_hashtags=clean_hashtags(fields.default_hashtags),
    )


def check_secret_specs(specs: Sequence[SecretSpec]) -> list[SecretSpec]:
    """Checked slots (names unique per account, real references). Pure, like `clean_fields`."""
    if len(specs) > MAX_SECRETS:
        raise InvalidValue("too many secrets for one account", field="secrets", reason="too_many")
    out: list[SecretSpec] = []
    labels: set[str] = set()
    for spec in specs:
        if spec.kind not in SECRET_KINDS:
            raise InvalidValue(f"unknown secret kind {spec.kind!r}", field="secrets", reason="unknown")
        if not _REF.match(spec.ref):
            # Refuses anything that is not a reference, so a value can never land in the database.
            raise InvalidValue("not a secret reference", field="secrets", reason="bad_ref")
        label = " ".join(spec.label.split())
        if not label:
            raise InvalidValue("a secret needs a name", field="secret_label", reason="empty")
        if len(label) > MAX_LABEL_LENGTH:
            raise InvalidValue("secret name too long", field="secret_label", reason="too_long")
        if label.casefold() in labels:
            raise InvalidValue("two secrets have the same name", field="secret_label", reason="duplicate")
        labels.add(label.casefold())
        out.append(SecretSpec(spec.kind, label, spec.ref, spec.id))
    return out


_COLUMNS = (
    "id, client_id, network, handle, display_name, profile_url, login, notes, two_factor_notes, "
    "char_limit, default_hashtags, created_at, updated_at, deleted_at"
)


def _from_row(row: sqlite3.Row | tuple, secrets: tuple[SecretSlot, ...]) -> Account:
    (
        id_,
        client_id,
        network,
        handle,
        display_name,
        profile_url,
        login,
        notes,
        two_factor,
        limit,
        hashtags,
        created,
        updated,
        deleted,
    ) = row
    try:
        tags = tuple(str(t) for t in json.loads(hashtags))
    except ValueError:
        tags = ()
    return Account(
        id=id_,
        client_id=client_id,
        network=network,
        handle=handle,
        display_name=display_name,
        profile_url=profile_url,
        login=login,
        notes=notes,
        two_factor_notes=two_factor,
        char_limit=limit,
        default_hashtags=tags,
        created_at=from_db(created),  # type: ignore[arg-type]
        updated_at=from_db(updated),  # type: ignore[arg-type]
        deleted_at=from_db(deleted),
        secrets=secrets,
    )


EXPORT_COLUMNS = (
    "network",
    "handle",
    "display_name",
    "profile_url",
    "login",
    "two_factor",
    "hashtags",
    "char_limit",
    "secrets",
    "notes",
)
_PLAIN_HANDLE = re.compile(r"^@[\w.@-]+$")


def _spreadsheet_safe(cell: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (CSV injection); plain @handles pass."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not _PLAIN_HANDLE.match(cell):
        return "'" + cell
    return cell


class AccountManager(Manager):
    ENTITY = Entity.ACCOUNTS

    # -- reading -----------------------------------------------------------------------------
    def _slots(self, account_ids: list[int]) -> dict[int, tuple[SecretSlot, ...]]:
        if not account_ids:
            return {}
        marks = ",".join("?" * len(account_ids))
        rows = self._db.execute(
            f"SELECT account_id, id, kind, label, secret_ref, position FROM account_secrets "
            f"WHERE account_id IN ({marks}) ORDER BY position, id",
            account_ids,
        ).fetchall()
        out: dict[int, list[SecretSlot]] = {}
        for account_id, id_, kind, label, ref, position in rows:
            out.setdefault(account_id, []).append(SecretSlot(id_, kind, label, ref, position))
        return {k: tuple(v) for k, v in out.items()}

    def list(self, client_id: int, *, deleted: bool = False) -> list[Account]:
        """A client's accounts (or those in the trash), by network then handle."""
        where = "deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM accounts WHERE client_id = ? AND {where} "
            "ORDER BY network, lower(handle), lower(display_name), id",
            [client_id],
        ).fetchall()
        slots = self._slots([r[0] for r in rows])
        return [_from_row(r, slots.get(r[0], ())) for r in rows]

    def get(self, account_id: int) -> Account:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", [account_id]).fetchone()
        if row is None:
            raise NotFound(f"no account {account_id}")
        return _from_row(row, self._slots([account_id]).get(account_id, ()))

    def count(self, client_id: int, *, with_secrets: bool = False) -> int:
        sql = "SELECT count(*) FROM accounts a WHERE a.client_id = ? AND a.deleted_at IS NULL"
        if with_secrets:
            sql += " AND EXISTS (SELECT 1 FROM account_secrets s WHERE s.account_id = a.id)"
        return self._db.execute(sql, [client_id]).fetchone()[0]

    def limits_for_client(self, client_id: int) -> dict[str, int]:
        """network -> character limit set on the client's accounts (e.g. its Mastodon server's).

        With two accounts on one network (two Mastodon servers), the smaller limit wins: a post that
        fits it fits both.
        """
        rows = self._db.execute(
            "SELECT network, min(char_limit) FROM accounts WHERE client_id = ? AND deleted_at IS NULL "
            "AND char_limit IS NOT NULL GROUP BY network",
            [client_id],
        ).fetchall()
        return {network: limit for network, limit in rows}

    def hashtags_for_client(self, client_id: int) -> dict[str, tuple[str, ...]]:
        """network -> default hashtags of the client's accounts there, in account order, no duplicates."""
        out: dict[str, tuple[str, ...]] = {}
        for account in self.list(client_id):
            if account.default_hashtags:
                known = out.get(account.network, ())
                out[account.network] = clean_hashtags([*known, *account.default_hashtags])
        return out

    # -- writing -----------------------------------------------------------------------------
    def _check_duplicate(self, client_id: int, fields: AccountFields, exclude_id: int | None) -> None:
        if not fields.handle:
            return
        row = self._db.execute(
            "SELECT id FROM accounts WHERE client_id = ? AND network = ? AND lower(handle) = lower(?) "
            "AND deleted_at IS NULL AND id IS NOT ?",
            [client_id, fields.network, fields.handle, exclude_id],
        ).fetchone()
        if row:
            raise InvalidValue("this client already has this account", field="handle", reason="duplicate")

    def _index(self, account_id: int, fields: AccountFields) -> None:
        self._db.execute("DELETE FROM accounts_fts WHERE rowid = ?", [account_id])
        self._db.execute(
            "INSERT INTO accounts_fts (rowid, network, handle, display_name, login, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                account_id,
                fold_for_index(networks.network(fields.network).name),
                fold_for_index(fields.handle),
                fold_for_index(fields.display_name),
                fold_for_index(fields.login),
                fold_for_index(fields.notes),
            ],
        )

    def _sync_secrets(self, account_id: int, specs: builtins.list[SecretSpec], now: str) -> None:
        existing = {
            r[0]: r[1]
            for r in self._db.execute(
                "SELECT id, secret_ref FROM account_secrets WHERE account_id = ?", [account_id]
            ).fetchall()
        }
        keep = {s.id for s in specs if s.id is not None}
        unknown = keep - existing.keys()
        if unknown:
            raise NotFound(f"secrets {sorted(unknown)} do not belong to account {account_id}")
        for slot_id in existing.keys() - keep:
            self._db.execute("DELETE FROM account_secrets WHERE id = ?", [slot_id])  # trigger queues the ref
        # Labels are unique per account: park the kept rows on temporary labels first, so that
        # swapping two names in one save does not trip the unique index.
        for slot_id in keep:
            self._db.execute("UPDATE account_secrets SET label = ? WHERE id = ?", [f"\x01{slot_id}", slot_id])
        for position, spec in enumerate(specs):
            if spec.id is None:
                self._db.execute(
                    "INSERT INTO account_secrets (account_id, kind, label, secret_ref, position, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [account_id, spec.kind, spec.label, spec.ref, position, now, now],
                )
            else:
                if existing[spec.id] != spec.ref:
                    raise InvalidValue(
                        "a saved secret keeps its reference", field="secrets", reason="bad_ref"
                    )
                self._db.execute(
                    "UPDATE account_secrets SET kind = ?, label = ?, position = ?, updated_at = ? "
                    "WHERE id = ?",
                    [spec.kind, spec.label, position, now, spec.id],
                )

    def save(
        self,
        client_id: int,
        fields: AccountFields,
        secrets: Sequence[SecretSpec] = (),
        *,
        account_id: int | None = None,
    ) -> Account:
        """Create (account_id None) or update an account and its secret references, atomically.

        Slots missing from `secrets` are removed, and their keyring entries queued for deletion.
        """
        fields = clean_fields(fields)
        specs = check_secret_specs(secrets)
        with self._db.atomic():
            now = now_db()
            self._store.clients.get(client_id)
            if account_id is not None:
                current = self.get(account_id)
                if current.client_id != client_id:
                    raise NotFound(f"account {account_id} belongs to another client")
            self._check_duplicate(client_id, fields, account_id)
            values = [
                fields.network,
                fields.handle,
                fields.display_name,
                fields.profile_url,
                fields.login,
                fields.notes,
                fields.two_factor_notes,
                fields.char_limit,
                json.dumps(list(fields.default_hashtags), ensure_ascii=False),
            ]
            if account_id is None:
                cursor = self._db.execute(
                    "INSERT INTO accounts (client_id, network, handle, display_name, profile_url, login, "
                    "notes, two_factor_notes, char_limit, default_hashtags, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [client_id, *values, now, now],
                )
                account_id = cursor.lastrowid
            else:
                self._db.execute(
                    "UPDATE accounts SET network = ?, handle = ?, display_name = ?, profile_url = ?, "
                    "login = ?, notes = ?, two_factor_notes = ?, char_limit = ?, default_hashtags = ?, "
                    "updated_at = ? WHERE id = ?",
                    [*values, now, account_id],
                )
            assert account_id is not None
            self._sync_secrets(account_id, specs, now)
            self._index(account_id, fields)
        self._store.log.touch(self.ENTITY, account_id, client_id=client_id)
        return self.get(account_id)

    def drop_secrets_of_client(self, client_id: int) -> int:
        """Forget every secret of a client's accounts (kept or trashed); the accounts stay.

        Used when a client is archived and the user wants its passwords gone now. Returns how many
        references were queued for deletion from the keyring.
        """
        with self._db.atomic():
            cursor = self._db.execute(
                "DELETE FROM account_secrets "
                "WHERE account_id IN (SELECT id FROM accounts WHERE client_id = ?)",
                [client_id],
            )
            removed = cursor.rowcount
        if removed:
            self._store.log.touch(self.ENTITY, client_id=client_id)
        return removed

    # -- keyring clean-up queue --------------------------------------------------------------
    def pending_secret_purges(self) -> builtins.list[str]:
        """References whose keyring entries must be deleted (their rows are gone)."""
        rows = self._db.execute("SELECT secret_ref FROM secret_purge_queue ORDER BY queued_at").fetchall()
        return [r[0] for r in rows]

    def forget_purged(self, refs: Iterable[str]) -> None:
        """Clear queue entries once their keyring entries are deleted."""
        refs = list(refs)
        if not refs:
            return
        with self._db.atomic():
            self._db.conn.executemany(
                "DELETE FROM secret_purge_queue WHERE secret_ref = ?", [[r] for r in refs]
            )

    def queue_secret_purge(self, refs: Iterable[str]) -> None:
        """Queue references that were written to the keyring but never saved here (a failed save)."""
        refs = [r for r in refs if _REF.match(r)]
        if not refs:
            return
        now = now_db()
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT OR IGNORE INTO secret_purge_queue (secret_ref, queued_at) VALUES (?, ?)",
                [[r, now] for r in refs],
            )

    # -- export ------------------------------------------------------------------------------
    def export_csv(self, client_id: int, path: Path, header: Sequence[str] | None = None) -> int:
        """Write the client's account list (a hand-over sheet) as CSV; secrets are never part of it.

        `header` lets the GUI give translated column titles. Written to a temporary name, then
        renamed, so a failure never leaves half a file. Returns the number of accounts written.
        """
        accounts = self.list(client_id)
        titles = list(header) if header is not None else list(EXPORT_COLUMNS)
        if len(titles) != len(EXPORT_COLUMNS):
            raise ValueError(f"the export has {len(EXPORT_COLUMNS)} columns")
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(titles)
                for a in accounts:
                    row = [
                        networks.network(a.network).name,
                        networks.display_handle(a.network, a.handle),
                        a.display_name,
                        a.effective_profile_url() or "",
                        a.login,
                        a.two_factor_notes,
                        " ".join(a.default_hashtags),
                        str(a.char_limit or ""),
                        # Only the names say which secrets exist in the keyring; values never leave it.
                        ", ".join(s.label for s in a.secrets),
                        a.notes,
                    ]
                    writer.writerow([_spreadsheet_safe(cell) for cell in row])
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        return len(accounts)

    # -- search ------------------------------------------------------------------------------
    def search(self, query: str, filters: SearchFilters, limit: int) -> builtins.list[SearchHit]:
        params: list[object]
        where, params = ["accounts_fts MATCH ?", "a.deleted_at IS NULL"], [query]
        if filters.client_id is not None:
            where.append("a.client_id = ?")
            params.append(filters.client_id)
        rows = self._db.execute(
            f"SELECT a.id, {snippet_sql('accounts_fts', -1, max_tokens=10)} FROM accounts_fts "
            f"JOIN accounts a ON a.id = accounts_fts.rowid WHERE {' AND '.join(where)} "
            "ORDER BY bm25(accounts_fts) LIMIT ?",
            [*params, limit],
        ).fetchall()
        hits: list[SearchHit] = []
        for account_id, snippet in rows:
            account = self.get(account_id)
            title = f"{networks.network(account.network).name} · {account.title}"
            hits.append(
                SearchHit(
                    "accounts",
                    account.id,
                    account.client_id,
                    title,
                    snippet_to_html(snippet),
                    account.updated_at,
                    {"network": account.network},
                )
            )
        return hits


def _search(store: Store, query: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    return store.accounts.search(query, filters, limit)


def _owned_secrets(store: Store, client_id: int | None) -> list[str]:
    where, params = ("WHERE a.client_id = ?", [client_id]) if client_id is not None else ("", [])
    rows = store.db.execute(
        f"SELECT s.secret_ref FROM account_secrets s JOIN accounts a ON a.id = s.account_id {where}", params
    )
    return [r[0] for r in rows]


# -- sample client --------------------------------------------------------------------------------
def build_sample_accounts(store: Store, client: Client) -> None:
    """The sample bakery's accounts, without any secret: sample creation never needs the keyring."""
    client_id = client.id
    samples = [
        AccountFields(
            "instagram",
            "boulangeriemartin",
            "Boulangerie Martin 🥖",
            "",
            "contact@boulangerie-martin.example",
            notes="Compte professionnel relié à la page Facebook. Claire (la gérante) a aussi l’accès : "
            "la prévenir avant de changer le mot de passe.",
            two_factor_notes="Codes par SMS sur le téléphone de la boutique ; codes de secours imprimés dans "
            "le classeur « Accès » rangé au bureau.",
            default_hashtags=("#BoulangerieMartin", "#PainDeLyon", "#CroixRousse"),
        ),
        AccountFields(
            "facebook",
            "boulangeriemartin.lyon",
            "Boulangerie Martin – Croix-Rousse",
            "",
            "",
            notes="Page gérée depuis Meta Business Suite : je suis administratrice avec mon propre compte, "
            "aucun identifiant partagé. Avis clients à surveiller le lundi.",
            default_hashtags=("#BoulangerieMartin", "#Lyon"),
        ),
        AccountFields(
            "linkedin",
            "",
            "Boulangerie Martin",
            "https://www.linkedin.com/company/boulangerie-martin-example/",
            "",
            notes="Page entreprise ; accès « super administrateur » donné par Claire en mars.",
        ),
        AccountFields(
            "google_business",
            "",
            "Boulangerie Martin (Croix-Rousse)",
            "",
            "boulangerie.martin@gmail.example",
            notes="Horaires à mettre à jour avant chaque jour férié. Répondre aux avis sous 48 h.",
            two_factor_notes="Validation sur le téléphone de la boutique (notification Google).",
        ),
        AccountFields(
            "tiktok",
            "boulangeriemartin",
            "Boulangerie Martin",
            "",
            "contact@boulangerie-martin.example",
            notes="Ouvert pour les vidéos « au fournil » du samedi matin.",
            two_factor_notes="Application Google Authenticator sur le téléphone de la boutique.",
            default_hashtags=("#boulangerie", "#lyon", "#painmaison"),
        ),
    ]
    for fields in samples:
        store.accounts.save(client_id, fields)


# -- sync (issue 17): an account travels with its secret slots, never with a secret's value ---------
def _after_sync(store: Store, account_id: int) -> None:
    row = store.db.execute(
        "SELECT network, handle, display_name, login, notes FROM accounts WHERE id = ?", [account_id]
    ).fetchall()[0]
    fields = AccountFields(network=row[0], handle=row[1], display_name=row[2], login=row[3], notes=row[4])
    store.accounts._index(account_id, fields)


def _read_slots(store: Store, account_ids: list[int]) -> dict[int, list[list[object]]]:
    """[kind, label, keyring reference, position] of each account's secrets: what another machine
    needs to say "enter the password of this account here"."""
    slots: dict[int, list[list[object]]] = {}
    marks = ", ".join("?" for _ in account_ids)
    for account_id, kind, label, ref, position in store.db.execute(
        "SELECT account_id, kind, label, secret_ref, position FROM account_secrets "
        f"WHERE account_id IN ({marks}) ORDER BY account_id, position, secret_ref",
        account_ids,
    ):
        slots.setdefault(account_id, []).append([kind, label, ref, position])
    return slots


def _write_slots(store: Store, account_id: int, value: object) -> None:
    items = value if isinstance(value, list | tuple) else []
    wanted = [
        (str(s[0]), str(s[1]), str(s[2]), int(s[3]))
        for s in items
        if isinstance(s, list | tuple) and len(s) == 4
    ]
    db = store.db
    existing = {
        str(r[1]): int(r[0])
        for r in db.execute("SELECT id, secret_ref FROM account_secrets WHERE account_id = ?", [account_id])
    }
    refs = {ref for _kind, _label, ref, _position in wanted}
    for ref, slot_id in existing.items():
        if ref not in refs:  # removed elsewhere: the trigger queues this machine's copy for deletion
            db.execute("DELETE FROM account_secrets WHERE id = ?", [slot_id])
    # Park the kept labels first: labels are unique per account and may have been swapped.
    db.execute("UPDATE account_secrets SET label = char(1) || id WHERE account_id = ?", [account_id])
    now = now_db()
    for kind, label, ref, position in wanted:
        if ref in existing:
            db.execute(
                "UPDATE account_secrets SET kind = ?, label = ?, position = ?, updated_at = ? WHERE id = ?",
                [kind, label, position, now, existing[ref]],
            )
        else:
            db.execute(
                "INSERT INTO account_secrets (account_id, kind, label, secret_ref, position, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [account_id, kind, label, ref, position, now, now],
            )


SPEC = EntitySpec(
    entity=Entity.ACCOUNTS,
    table="accounts",
    search=SearchProvider(Entity.ACCOUNTS, 60, _search),
    trash=TrashKind(
        entity=Entity.ACCOUNTS,
        table="accounts",
        title_sql="CASE WHEN handle != '' THEN handle WHEN display_name != '' THEN display_name "
        "ELSE login END || ' (' || network || ')'",
    ),
    secrets=_owned_secrets,
    sample=build_sample_accounts,  # the client's networks, without passwords
    sync=SyncSpec(
        fields=tuple(
            "client_id network handle display_name profile_url login notes two_factor_notes "
            "char_limit default_hashtags created_at updated_at deleted_at".split()
        ),
        refs={"client_id": Entity.CLIENTS},
        merge=("notes", "two_factor_notes"),
        extras={"secrets": SyncExtra(read=_read_slots, write=_write_slots, empty=())},
        after_apply=_after_sync,
    ),
)
