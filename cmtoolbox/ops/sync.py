"""Operations of sync (issue 17): this device's sync settings, the scope, the conflicts to show.

The settings are this machine's own (the `settings` table does not travel): the target, the
WebDAV user, which clients to sync. Secrets (the WebDAV password, the passphrase) live in the OS
keyring under fixed references, never in the database and never on the target.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.journal import Conflict
from cmtoolbox.storage.store import Store
from cmtoolbox.storage.timeutil import now_db
from cmtoolbox.sync.engine import TARGETS_KEY
from cmtoolbox.sync.targets import target_label

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


def new_device_id(store: Store) -> str:
    """This data folder was copied from another computer (the sync refuses with "another
    installation already syncs with this device id"): this copy takes a device id of its own.
    What was sent under the old id stays; the rest is sent under the new one by the next sync.
    Returns the new id."""
    return store.journal.new_device_id()


def open_conflicts(store: Store) -> list[Conflict]:
    """Texts two devices changed in the same place: both versions, oldest first."""
    return store.journal.conflicts()


KEEP_MERGED = "merged"
KEEP_MINE = "mine"
KEEP_THEIRS = "theirs"
KEEPS = (KEEP_MERGED, KEEP_MINE, KEEP_THEIRS)


def resolve_conflict(store: Store, conflict_id: int, keep: str = KEEP_MERGED) -> Undoable[None]:
    """The CM has settled a conflict: keep the text as merged (it holds both versions, tidied by
    hand since), this device's version or the other device's. The chosen text is written like
    any edit (journaled, so every device gets it); undoing puts the text back and opens the
    conflict again."""
    if keep not in KEEPS:
        raise ValueError(f"keep must be one of {KEEPS}, not {keep!r}")
    conflict = store.journal.conflict(conflict_id)
    if conflict is None:
        raise ValueError(f"no sync conflict {conflict_id}")
    previous: str | None = None
    row_id = _record_id(store, conflict)
    if keep != KEEP_MERGED and row_id is not None:
        chosen = conflict.mine if keep == KEEP_MINE else conflict.theirs
        current = _read_text(store, conflict, row_id)
        if current != chosen:
            previous = current
            _write_text(store, conflict, row_id, chosen)
    store.journal.resolve_conflict(conflict_id)
    _touch(store, conflict, row_id)
    return Undoable(None, call(reopen_conflict, conflict_id, previous, keep))


def reopen_conflict(
    store: Store, conflict_id: int, text: str | None = None, keep: str = KEEP_MERGED
) -> Undoable[None]:
    """Undo of `resolve_conflict`: the text as it was before (`text`, None: unchanged) and the
    conflict open again; its own undo resolves it the same way (`keep`)."""
    conflict = store.journal.conflict(conflict_id)
    if conflict is None:
        raise ValueError(f"no sync conflict {conflict_id}")
    row_id = _record_id(store, conflict)
    if text is not None and row_id is not None:
        _write_text(store, conflict, row_id, text)
    store.journal.reopen_conflict(conflict_id)
    _touch(store, conflict, row_id)
    return Undoable(None, call(resolve_conflict, conflict_id, keep))


def conflict_count(store: Store) -> int:
    """How many conflicts wait for the CM (the status bar says so)."""
    row = store.db.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()
    return int(row[0])


def _record_id(store: Store, conflict: Conflict) -> int | None:
    if conflict.entity not in store.entities:
        return None
    table = store.entities.spec(conflict.entity).table
    row = store.db.execute(f"SELECT id FROM {table} WHERE uid = ?", [conflict.uid]).fetchone()
    return int(row[0]) if row else None


def _read_text(store: Store, conflict: Conflict, row_id: int) -> str:
    spec = store.entities.spec(conflict.entity)
    sync = spec.sync
    if sync is not None and conflict.field in sync.extras:
        extra = sync.extras[conflict.field]
        return str(extra.read(store, [row_id]).get(row_id, extra.empty) or "")
    if sync is None or conflict.field not in sync.merge:
        raise ValueError(f"{conflict.entity}.{conflict.field} is not a merged text")
    row = store.db.execute(f"SELECT {conflict.field} FROM {spec.table} WHERE id = ?", [row_id]).fetchone()
    return str(row[0] or "") if row else ""


def _write_text(store: Store, conflict: Conflict, row_id: int, text: str) -> None:
    """The way sync itself writes a field (then the manager rebuilds what it derives: search
    index, links), plus the time of the edit."""
    spec = store.entities.spec(conflict.entity)
    sync = spec.sync
    assert sync is not None
    if conflict.field in sync.extras:
        sync.extras[conflict.field].write(store, row_id, text)
    elif conflict.field in sync.merge:
        sets = f"{conflict.field} = ?" + (", updated_at = ?" if "updated_at" in sync.fields else "")
        values: list[Any] = [text] + ([now_db()] if "updated_at" in sync.fields else [])
        store.db.execute(f"UPDATE {spec.table} SET {sets} WHERE id = ?", [*values, row_id])
    else:
        raise ValueError(f"{conflict.entity}.{conflict.field} is not a merged text")
    if sync.after_apply is not None:
        sync.after_apply(store, row_id)


def _touch(store: Store, conflict: Conflict, row_id: int | None) -> None:
    """The record's views refresh (and the conflicts view, from the op's name)."""
    if conflict.entity in store.entities:
        store.log.touch(conflict.entity, row_id)


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
    client_id: int | None = None  # the record's client, to open it there (None: shared, or gone)


_TITLES = {
    "notes": "CASE WHEN title = '' THEN substr(ltrim(body), 1, 80) ELSE title END",
    "drafts": "CASE WHEN title = '' THEN substr(ltrim(body), 1, 80) ELSE title END",
    "sources": "title",
    "snippets": "name",
    "media": "title",
    "press_reviews": "title",
    "accounts": "CASE WHEN handle != '' THEN handle WHEN display_name != '' THEN display_name ELSE login END",
}


def conflict_items(store: Store) -> list[ConflictItem]:
    items = []
    for conflict in store.journal.conflicts():
        column = _TITLES.get(conflict.entity)
        row = None
        entity = conflict.entity
        if column is not None:
            table = store.entities.spec(conflict.entity).table
            row = store.db.execute(
                f"SELECT id, {column}, client_id FROM {table} WHERE uid = ?", [conflict.uid]
            ).fetchone()
        elif entity == Entity.DRAFT_VARIANTS:
            # A post's text on one network: shown, and opened, as its draft's.
            entity = Entity.DRAFTS
            row = store.db.execute(
                "SELECT d.id, CASE WHEN d.title = '' THEN substr(ltrim(d.body), 1, 80) ELSE d.title END "
                "|| ' (' || v.network || ')', d.client_id "
                "FROM draft_variants v JOIN drafts d ON d.id = v.draft_id WHERE v.uid = ?",
                [conflict.uid],
            ).fetchone()
        elif entity == Entity.PRESS_REVIEW_ENTRIES:
            # A comment of a revue de presse: shown, and opened, as its review's.
            entity = Entity.PRESS_REVIEWS
            row = store.db.execute(
                "SELECT r.id, r.title || ' (' || e.title || ')', r.client_id "
                "FROM press_review_entries e JOIN press_reviews r ON r.id = e.review_id WHERE e.uid = ?",
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
                client_id=int(row[2]) if row and row[2] is not None else None,
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


# -- targets this device synced with -------------------------------------------------------------
# Each target keeps rows here per target id (the id in its format file): how far our journal was
# pushed (`sync_pushed`), how far each other device's log was read (`sync_cursor`), the scope it was
# last sent (`sync_scope`, `sync_scope_out`). The journal is compacted only up to what every one of
# them has: a target no longer used (a Nextcloud left for a Syncthing folder, a test) holds it back
# until it is forgotten.

_TARGET_TABLES = ("sync_pushed", "sync_cursor", "sync_scope", "sync_scope_out")


@dataclass(frozen=True)
class KnownTarget:
    id: str
    address: str = ""  # where it was last found ('': synced before addresses were recorded)
    synced_at: str = ""  # ISO time of its last whole sync ('': not recorded)
    current: bool = False  # the target of the sync settings


class TargetNotForgotten(ValueError):
    """Said to the CM (CLI: the message; settings page: its own words for `code`): why it stays.
    `code`: "unknown" (never synced with it), "current" (the target of the settings),
    "not_yet" (the current target never synced here: its id is not known yet)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def list_targets(store: Store) -> list[KnownTarget]:
    """Every target this device keeps rows for, the current one first, then the latest synced."""
    remembered: dict[str, Any] = dict(store.settings.get(TARGETS_KEY, {}) or {})
    ids = set(remembered)
    for table in _TARGET_TABLES:
        ids.update(str(r[0]) for r in store.db.execute(f"SELECT DISTINCT target FROM {table}"))
    settings = sync_settings(store)
    current_id = _current_id(remembered, settings.target)
    found = [
        KnownTarget(
            id=target_id,
            address=str((remembered.get(target_id) or {}).get("address") or ""),
            synced_at=str((remembered.get(target_id) or {}).get("synced_at") or ""),
            current=target_id == current_id,
        )
        for target_id in ids
    ]
    found.sort(key=lambda t: (t.id, t.address))
    found.sort(key=lambda t: t.synced_at, reverse=True)
    found.sort(key=lambda t: not t.current)
    return found


def other_targets(store: Store) -> list[KnownTarget]:
    """The targets the CM may forget (all but the current one)."""
    return [t for t in list_targets(store) if not t.current]


def forget_target(store: Store, target: str) -> list[KnownTarget]:
    """This device no longer syncs with `target` (its id, or its address): its rows go, so the
    journal is compacted as far as the remaining targets allow at the next sync. The current
    target is refused. Not undoable: once the next sync compacted the journal, the rows that
    target lacks are gone from here (syncing with it again later starts it over, with a
    snapshot of every record). Returns the targets forgotten."""
    wanted = target.strip()
    if not wanted:
        raise TargetNotForgotten("Name the target to forget: its id or its address.", "unknown")
    known = list_targets(store)
    chosen = [t for t in known if t.id == wanted]
    if not chosen:
        label = target_label(wanted)
        chosen = [t for t in known if t.address and t.address == label]
    if not chosen:
        raise TargetNotForgotten(f"This device never synced with {wanted}.", "unknown")
    if any(t.current for t in chosen):
        others = [t for t in chosen if not t.current]
        if len(chosen) == 1 or wanted in {t.id for t in chosen}:
            raise TargetNotForgotten(
                f"{wanted} is the current sync target: choose another target first, then forget this one.",
                "current",
            )
        chosen = others  # an older target once at the same address (emptied and set up again)
    settings = sync_settings(store)
    if settings.target and not any(t.current for t in known):
        raise TargetNotForgotten(
            "Sync once with the current target first: this device does not know yet which of "
            "its targets it is.",
            "not_yet",
        )
    remembered: dict[str, Any] = dict(store.settings.get(TARGETS_KEY, {}) or {})
    for item in chosen:
        for table in _TARGET_TABLES:
            store.db.execute(f"DELETE FROM {table} WHERE target = ?", [item.id])
        remembered.pop(item.id, None)
    store.settings.set(TARGETS_KEY, remembered)
    return chosen


def _current_id(remembered: Mapping[str, Any], address: str) -> str | None:
    """The target id last synced at the address of the settings (several ids at one address: the
    target was emptied and set up again; the latest is the current one)."""
    if not address:
        return None
    label = target_label(address)
    at = [
        (str((entry or {}).get("synced_at") or ""), target_id)
        for target_id, entry in remembered.items()
        if str((entry or {}).get("address") or "") == label
    ]
    return max(at)[1] if at else None
