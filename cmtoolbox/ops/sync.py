"""Operations of sync (issue 17): this device's sync settings, the scope, the conflicts to show.

The settings are this machine's own (the `settings` table does not travel): the target, the
WebDAV user, which clients to sync. Secrets (the WebDAV password, the passphrase) live in the OS
keyring under fixed references, never in the database and never on the target.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.journal import Conflict
from cmtoolbox.storage.store import Store

SETTINGS_KEY = "sync"
PASSPHRASE_REF = "sync:passphrase"
WEBDAV_PASSWORD_REF = "sync:webdav-password"


@dataclass(frozen=True)
class SyncSettings:
    target: str = ""
    username: str = ""
    clients: tuple[str, ...] | None = None  # uids of the clients shared with this device; None: all
    encrypted: bool = False
    interval_minutes: int = 5
    last: Mapping[str, Any] | None = None  # the last sync's summary, for the settings page

    @property
    def scope(self) -> frozenset[str] | None:
        return None if self.clients is None else frozenset(self.clients)


def sync_settings(store: Store) -> SyncSettings:
    raw = store.settings.get(SETTINGS_KEY, {}) or {}
    clients = raw.get("clients")
    return SyncSettings(
        target=str(raw.get("target") or ""),
        username=str(raw.get("username") or ""),
        clients=None if clients is None else tuple(str(c) for c in clients),
        encrypted=bool(raw.get("encrypted")),
        interval_minutes=int(raw.get("interval_minutes") or 5),
        last=raw.get("last"),
    )


def save_sync_settings(store: Store, settings: SyncSettings) -> SyncSettings:
    data = asdict(settings)
    data["clients"] = None if settings.clients is None else list(settings.clients)
    store.settings.set(SETTINGS_KEY, data)
    return sync_settings(store)


def record_result(store: Store, summary: Mapping[str, Any]) -> SyncSettings:
    """Keep the last sync's outcome (when, what moved, or the error) for the settings page."""
    current = sync_settings(store)
    data = asdict(current)
    data["clients"] = None if current.clients is None else list(current.clients)
    data["last"] = dict(summary)
    store.settings.set(SETTINGS_KEY, data)
    return sync_settings(store)


def client_uids(store: Store, names: Iterable[str]) -> dict[str, str | None]:
    """name -> uid of each named client (None when there is no such client)."""
    found: dict[str, str | None] = {}
    for name in names:
        row = store.db.execute(
            "SELECT uid FROM clients WHERE lower(name) = lower(?)", [name.strip()]
        ).fetchone()
        found[name] = str(row[0]) if row else None
    return found


def open_conflicts(store: Store) -> list[Conflict]:
    """Texts two devices changed in the same place: both versions, oldest first."""
    return store.journal.conflicts()


def resolve_conflict(store: Store, conflict_id: int) -> None:
    """The user has read (and fixed, in the text, which holds both versions) this conflict."""
    store.journal.resolve_conflict(conflict_id)


@dataclass(frozen=True)
class ClientChoice:
    uid: str
    name: str


def client_choices(store: Store) -> list[ClientChoice]:
    """Every client, for choosing which ones this device syncs."""
    rows = store.db.execute("SELECT uid, name FROM clients ORDER BY lower(name)").fetchall()
    return [ClientChoice(str(r[0]), str(r[1])) for r in rows]


@dataclass(frozen=True)
class ConflictItem:
    """A conflict as the conflicts view shows it: which record, and the two versions."""

    id: int
    entity: str
    record_id: int | None
    title: str
    field: str
    mine: str
    theirs: str
    at: str


_TITLES = {"notes": "title", "drafts": "title", "sources": "title", "snippets": "name", "media": "title"}


def conflict_items(store: Store) -> list[ConflictItem]:
    items = []
    for conflict in store.journal.conflicts():
        column = _TITLES.get(conflict.entity)
        row = None
        entity = conflict.entity
        if column is not None:
            table = store.entities.spec(conflict.entity).table
            row = store.db.execute(
                f"SELECT id, {column} FROM {table} WHERE uid = ?", [conflict.uid]
            ).fetchone()
        elif entity == Entity.DRAFT_VARIANTS:
            # A post's text on one network: shown, and opened, as its draft's.
            entity = Entity.DRAFTS
            row = store.db.execute(
                "SELECT d.id, CASE WHEN d.title = '' THEN substr(ltrim(d.body), 1, 80) ELSE d.title END "
                "|| ' (' || v.network || ')' FROM draft_variants v JOIN drafts d ON d.id = v.draft_id "
                "WHERE v.uid = ?",
                [conflict.uid],
            ).fetchone()
        items.append(
            ConflictItem(
                id=conflict.id,
                entity=entity,
                record_id=int(row[0]) if row else None,
                title=str(row[1]) if row else "",
                field=conflict.field,
                mine=conflict.mine,
                theirs=conflict.theirs,
                at=conflict.at,
            )
        )
    return items


@dataclass(frozen=True)
class SecretSlot:
    """A secret an account needs (its reference travels, never its value): on a machine whose
    keyring lacks it, the CM enters it there."""

    account_id: int
    client: str
    account: str
    label: str
    ref: str


def secret_slots(store: Store) -> list[SecretSlot]:
    rows = store.db.execute(
        "SELECT a.id, c.name, CASE WHEN a.handle != '' THEN a.handle WHEN a.display_name != '' "
        "THEN a.display_name ELSE a.login END || ' (' || a.network || ')', s.label, s.secret_ref "
        "FROM account_secrets s JOIN accounts a ON a.id = s.account_id JOIN clients c ON c.id = a.client_id "
        "WHERE a.deleted_at IS NULL ORDER BY lower(c.name), a.id, s.position"
    ).fetchall()
    return [SecretSlot(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]
