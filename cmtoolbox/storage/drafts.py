"""Drafts ("brouillons"): a post written once, adapted per network, planned, approved, published.

A draft belongs to a client. It holds a title, the master text (`body`), internal notes, tags, a
planned time (UTC instant + the IANA zone it was planned in, see core.schedule), a status, and
one variant per target network. A variant starts by following the master (its `text` is kept
equal to the body on every save) and becomes its own text the first time it is edited;
`reset_variant` makes it follow the master again.

Status workflow (`STATUSES`): idea → draft → to_approve → approved → scheduled → published →
archived. Moves may skip steps or go back (a client changes their mind), but some need
something first (`check_status`): a planned time for "scheduled", some text for anything past
"draft". Every move, proof sent, client answer, publication and replanning is an event in
`draft_events`, so a draft's history tells who approved what and when; the client's approval
keeps the exact state approved, so the editor can show what changed since.

Autosave goes through `save`, which records a revision (title, body, and the variants and notes
in its meta; coalesced, see storage/revisions.py). Deleting goes through the shared trash. Media
from the library are attached to the whole draft or to one variant, and recorded as the draft's
usages in the library (`media.set_usages`).

The full-text index stores folded copies (core.textfold) of the title, the master, the variants
that differ from it, the notes and the tags; it is written here because SQLite cannot fold.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cmtoolbox.core.networks import NETWORKS
from cmtoolbox.core.schedule import InvalidZone, PlannedTime
from cmtoolbox.core.spell_languages import normalize_languages
from cmtoolbox.core.textfold import fold_for_index
from cmtoolbox.storage.composer import COMPOSER_NETWORKS_KEY, COMPOSER_TEXT_KEY
from cmtoolbox.storage.draft_model import (
    ENTITY,
    STATUSES,
    Draft,
    DraftEvent,
    DraftQuery,
    DraftSort,
    DraftSummary,
    Status,
    Variant,
    WorkflowState,
    check_status,
    clean_network,
    clean_title,
    first_line,
    require_aware,
    title_key,
)
from cmtoolbox.storage.draft_queries import DraftQueries
from cmtoolbox.storage.draft_workflow import DraftWorkflow
from cmtoolbox.storage.entities import Entity, EntitySpec, SyncExtra, SyncSpec, UsageScanner
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.revisions import Revision, RevisionState, RevisionTarget
from cmtoolbox.storage.search import SearchFilters, SearchHit, SearchProvider
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.tags import TagLink
from cmtoolbox.storage.timeutil import now_db, to_db
from cmtoolbox.storage.trash import TrashKind

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

_UNSET: Any = object()

__all__ = [
    "ENTITY",
    "SPEC",
    "VARIANTS_SPEC",
    "EVENTS_SPEC",
    "STATUSES",
    "Draft",
    "DraftEvent",
    "DraftManager",
    "DraftQuery",
    "DraftSort",
    "DraftSummary",
    "Status",
    "Variant",
    "WorkflowState",
    "adopt_composer_text",
    "check_status",
    "planned_time",
]


class DraftManager(DraftQueries, DraftWorkflow):
    """`store.drafts`: one draft's texts, variants, media, tags and trash here; the list and
    search in `DraftQueries`; statuses, planning and publication in `DraftWorkflow`."""

    ENTITY = ENTITY

    # -- writing: the draft ------------------------------------------------------------------------
    def create(
        self,
        client_id: int,
        *,
        title: str = "",
        body: str = "",
        notes: str = "",
        status: str = "draft",
        networks: Sequence[str] = (),
        tags: Iterable[str] = (),
        planned: PlannedTime | None = None,
        spell_languages: Sequence[str] | None = None,
        origin: Mapping[str, Any] | None = None,
        uid: str | None = None,
        created_at: datetime | None = None,
    ) -> Draft:
        """A new draft with a variant (following the master) per network in `networks`.
        `origin` goes in the "created" event (e.g. {"from": "feed_item", "url": ...});
        `created_at` backdates it (imports, samples)."""
        title = clean_title(title)
        if status not in STATUSES:
            raise InvalidValue(f"unknown status {status!r}", field="status", reason="unknown")
        for network in networks:
            clean_network(network)
        with self._db.atomic():
            self._store.clients.get(client_id)  # NotFound for a client that is gone
            now = to_db(require_aware(created_at, "created_at")) if created_at is not None else now_db()
            draft_id = self._db.execute(
                "INSERT INTO drafts (uid, client_id, title, title_key, body, notes, status, spell_languages, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'idea', ?, ?, ?)",
                [
                    uid or uuid.uuid4().hex,
                    client_id,
                    title,
                    title_key(title),
                    body,
                    notes,
                    _languages_json(spell_languages),
                    now,
                    now,
                ],
            ).lastrowid
            assert draft_id is not None  # an INSERT always sets lastrowid
            for position, network in enumerate(dict.fromkeys(networks)):
                self._insert_variant(draft_id, network, body, True, position, now)
            tag_list = list(tags)
            if tag_list:
                self._store.tags.set_tags(ENTITY, draft_id, tag_list)
            if planned is not None:
                self._write_planned(draft_id, planned)
            draft = self.get(draft_id)
            if status != "idea":
                check_status(draft, status)
                self._db.execute("UPDATE drafts SET status = ? WHERE id = ?", [status, draft_id])
            self._event(draft_id, "created", to_status=status, at=now, meta=dict(origin or {}))
            self._index(draft_id)
            draft = self.get(draft_id)
            self._store.revisions.record(ENTITY, draft_id, draft.state, reason="created")
        self._touch(draft_id, client_id)
        return draft

    def save(
        self,
        draft_id: int,
        *,
        title: str,
        body: str,
        variants: Mapping[str, str | None] | None = None,
        notes: str | None = None,
        checkpoint: bool = False,
    ) -> Draft:
        """Save the texts (autosave and explicit saves alike) and record a revision.

        `variants` maps a network to its own text, or to None for "follows the master"; networks
        left out keep what they have (a variant that follows the master gets the new body). A
        network the draft has no variant for yet gets one. `notes` None leaves the notes alone.
        `checkpoint` marks a save made on leaving the draft (see storage/revisions.py).
        """
        title = clean_title(title)
        wanted = dict(variants or {})
        for network in wanted:
            clean_network(network)
        with self._db.atomic():
            before = self.get(draft_id)
            now = now_db()
            changed = (before.title, before.body) != (title, body) or (
                notes is not None and notes != before.notes
            )
            if changed:
                self._db.execute(
                    "UPDATE drafts SET title = ?, title_key = ?, body = ?, notes = ?, updated_at = ? "
                    "WHERE id = ?",
                    [title, title_key(title), body, before.notes if notes is None else notes, now, draft_id],
                )
            existing = {v.network: v for v in before.variants}
            position = max((v.position for v in before.variants), default=-1) + 1
            for network, text in wanted.items():
                follows = text is None
                value = body if text is None else text
                current = existing.get(network)
                if current is None:
                    self._insert_variant(draft_id, network, value, follows, position, now)
                    position += 1
                    changed = True
                elif (current.text, current.follows_master) != (value, follows):
                    self._db.execute(
                        "UPDATE draft_variants SET text = ?, follows_master = ?, updated_at = ? WHERE id = ?",
                        [value, int(follows), now, current.id],
                    )
                    changed = True
            if before.body != body:
                self._db.execute(
                    "UPDATE draft_variants SET text = ?, updated_at = ? "
                    "WHERE draft_id = ? AND follows_master = 1 AND text != ?",
                    [body, now, draft_id, body],
                )
            if changed:
                self._db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", [now, draft_id])
                self._index(draft_id)
            draft = self.get(draft_id)
            self._store.revisions.record(
                ENTITY, draft_id, draft.state, reason="checkpoint" if checkpoint else "edit"
            )
        if changed:
            self._touch(draft_id, draft.client_id)
        return draft

    def update(
        self,
        draft_id: int,
        *,
        notes: str | None = None,
        spell_languages: Any = _UNSET,
    ) -> Draft:
        """Change what is around the texts: internal notes, the draft's own spell-check languages
        (a list; None to follow the client's again)."""
        sets: list[str] = []
        params: list[Any] = []
        if notes is not None:
            sets.append("notes = ?")
            params.append(notes)
        if spell_languages is not _UNSET:
            sets.append("spell_languages = ?")
            params.append(_languages_json(spell_languages))
        with self._db.atomic():
            draft = self.get(draft_id)
            if sets:
                self._db.execute(
                    f"UPDATE drafts SET {', '.join(sets)}, updated_at = ? WHERE id = ?",
                    [*params, now_db(), draft_id],
                )
                self._index(draft_id)
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def set_tags(self, draft_id: int, names: Iterable[str]) -> Draft:
        with self._db.atomic():
            draft = self.get(draft_id)
            self._store.tags.set_tags(ENTITY, draft_id, names)
            self._index(draft_id)
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def move_to_trash(self, draft_id: int) -> None:
        self._store.trash.move_to_trash(ENTITY, draft_id)

    def restore_from_trash(self, draft_id: int) -> Draft:
        self._store.trash.restore(ENTITY, draft_id)
        return self.get(draft_id)

    def duplicate(self, draft_id: int, *, title: str | None = None) -> Draft:
        """A new draft with the same texts, variants, tags, notes and media, not planned, not
        published, as an idea if the original was one and a draft otherwise."""
        source = self.get(draft_id)
        with self._db.atomic():
            copy = self.create(
                source.client_id,
                title=source.title if title is None else title,
                body=source.body,
                notes=source.notes,
                status="idea" if source.status == "idea" else "draft",
                networks=source.networks,
                tags=source.tags,
                spell_languages=source.spell_languages,
                origin={"from": "duplicate", "draft": source.uid},
            )
            copy = self.save(
                copy.id,
                title=copy.title,
                body=copy.body,
                variants={v.network: None if v.follows_master else v.text for v in source.variants},
            )
            self.set_media(copy.id, source.media_ids)
            for variant in source.variants:
                if variant.media_ids:
                    self.set_media(copy.id, variant.media_ids, network=variant.network)
        return self.get(copy.id)

    # -- writing: variants -------------------------------------------------------------------------
    def add_variant(self, draft_id: int, network: str, text: str | None = None) -> Draft:
        """A variant for `network`, following the master unless `text` is given."""
        clean_network(network)
        with self._db.atomic():
            draft = self.get(draft_id)
            if draft.variant(network) is not None:
                raise InvalidValue(
                    f"the draft already has a {network} variant", field="network", reason="duplicate"
                )
            position = max((v.position for v in draft.variants), default=-1) + 1
            self._insert_variant(
                draft_id, network, draft.body if text is None else text, text is None, position, now_db()
            )
            self._after_variant_change(draft_id)
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def remove_variant(self, draft_id: int, network: str) -> Draft:
        """Drop a network from the draft, with the media attached to that variant."""
        with self._db.atomic():
            draft = self.get(draft_id)
            if draft.variant(network) is None:
                raise NotFound(f"draft {draft_id} has no {network} variant")
            self._db.execute(
                "DELETE FROM draft_variants WHERE draft_id = ? AND network = ?", [draft_id, network]
            )
            self._db.execute(
                "DELETE FROM draft_media WHERE draft_id = ? AND network = ?", [draft_id, network]
            )
            self._after_variant_change(draft_id)
            self._record_usages(draft_id)
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def set_variant_text(self, draft_id: int, network: str, text: str) -> Draft:
        """The variant's own text: it no longer follows the master."""
        draft = self.get(draft_id)
        if draft.variant(network) is None:
            raise NotFound(f"draft {draft_id} has no {network} variant")
        return self.save(draft_id, title=draft.title, body=draft.body, variants={network: text})

    def reset_variant(self, draft_id: int, network: str) -> Draft:
        """Make the variant follow the master again (its own text is kept in the revisions)."""
        draft = self.get(draft_id)
        if draft.variant(network) is None:
            raise NotFound(f"draft {draft_id} has no {network} variant")
        return self.save(draft_id, title=draft.title, body=draft.body, variants={network: None})

    def set_variant_order(self, draft_id: int, networks: Sequence[str]) -> Draft:
        """Show the variants in this order (networks left out keep their relative order after)."""
        with self._db.atomic():
            draft = self.get(draft_id)
            order = [n for n in networks if draft.variant(n) is not None]
            order += [n for n in draft.networks if n not in order]
            for position, network in enumerate(order):
                self._db.execute(
                    "UPDATE draft_variants SET position = ? WHERE draft_id = ? AND network = ?",
                    [position, draft_id, network],
                )
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def _insert_variant(
        self, draft_id: int, network: str, text: str, follows: bool, position: int, now: str
    ) -> None:
        self._db.execute(
            "INSERT INTO draft_variants (draft_id, network, text, follows_master, position, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [draft_id, network, text, int(follows), position, now, now],
        )

    def _after_variant_change(self, draft_id: int) -> None:
        self._db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", [now_db(), draft_id])
        self._index(draft_id)
        self._store.revisions.record(ENTITY, draft_id, self.get(draft_id).state, reason="edit")

    # -- writing: media ----------------------------------------------------------------------------
    def set_media(self, draft_id: int, media_ids: Sequence[int], *, network: str = "") -> Draft:
        """Attach these library items, in this order, to the whole draft (`network` "") or to one
        variant, replacing what was attached there. Items must belong to the draft's client."""
        with self._db.atomic():
            draft = self.get(draft_id)
            if network and draft.variant(network) is None:
                raise NotFound(f"draft {draft_id} has no {network} variant")
            wanted = list(dict.fromkeys(int(m) for m in media_ids))
            if wanted:
                rows = self._db.execute(
                    f"SELECT id, client_id FROM media WHERE id IN ({','.join('?' * len(wanted))})", wanted
                ).fetchall()
                owners = dict(rows)
                missing = [m for m in wanted if m not in owners]
                if missing:
                    raise NotFound(f"no media {missing[0]}")
                if any(owner != draft.client_id for owner in owners.values()):
                    raise InvalidValue("media of another client", field="media", reason="other_client")
            self._db.execute(
                "DELETE FROM draft_media WHERE draft_id = ? AND network = ?", [draft_id, network]
            )
            for position, media_id in enumerate(wanted):
                self._db.execute(
                    "INSERT INTO draft_media (draft_id, media_id, network, position) VALUES (?, ?, ?, ?)",
                    [draft_id, media_id, network, position],
                )
            self._db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", [now_db(), draft_id])
            self._record_usages(draft_id)
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def _record_usages(self, draft_id: int) -> None:
        media_ids = [
            r[0]
            for r in self._db.execute(
                "SELECT DISTINCT media_id FROM draft_media WHERE draft_id = ? ORDER BY media_id", [draft_id]
            )
        ]
        self._store.media.set_usages(ENTITY, draft_id, media_ids)

    def _index(self, draft_id: int) -> None:
        row = self._db.execute("SELECT title, body, notes FROM drafts WHERE id = ?", [draft_id]).fetchone()
        own = [
            r[0]
            for r in self._db.execute(
                "SELECT text FROM draft_variants WHERE draft_id = ? AND follows_master = 0 AND text != ? "
                "ORDER BY position",
                [draft_id, row[1]],
            )
        ]
        tags = " ".join(self._store.tags.tags_of(ENTITY, draft_id))
        self._db.execute("DELETE FROM drafts_fts WHERE rowid = ?", [draft_id])
        self._db.execute(
            "INSERT INTO drafts_fts (rowid, title, body, variants, notes, tags) VALUES (?, ?, ?, ?, ?, ?)",
            [draft_id, *(fold_for_index(v) for v in (row[0], row[1], "\n\n".join(own), row[2], tags))],
        )


def _languages_json(languages: Sequence[str] | None) -> str | None:
    if languages is None:
        return None
    return json.dumps(list(normalize_languages(languages)))


def planned_time(utc: datetime | None, zone_name: str | None) -> PlannedTime | None:
    """A PlannedTime from an op's plain arguments, InvalidValue for an unknown zone."""
    if utc is None:
        return None
    try:
        return PlannedTime(require_aware(utc, "planned_at"), zone_name or "")
    except InvalidZone as error:
        raise InvalidValue(str(error), field="planned_tz", reason="unknown") from error


# -- the quick composer's text -----------------------------------------------------------------------
def composer_networks(value: object) -> list[str]:
    """The composer's chosen counters ("youtube_title"...) as network ids, in order."""
    found: list[str] = []
    for raw in value if isinstance(value, list) else []:
        if not isinstance(raw, str):
            continue
        network = raw
        for part in ("_title", "_description"):
            if raw.endswith(part) and raw[: -len(part)] in NETWORKS:
                network = raw[: -len(part)]
        if network in NETWORKS and network not in found:
            found.append(network)
    return found


def adopt_composer_text(store: Store, client_id: int, *, title: str = "") -> Draft | None:
    """Turn the client's quick-composer text (if any) into a draft and clear it: what the
    m010 migration did on upgrade, for text written there since (the sample's composer post,
    anything a feature still appends to the composer). None when there was nothing."""
    scope = client_scope(client_id)
    text = store.settings.get(COMPOSER_TEXT_KEY, "", scope=scope)
    if not isinstance(text, str) or not text.strip():
        return None
    networks = composer_networks(store.settings.get(COMPOSER_NETWORKS_KEY, [], scope=scope))
    with store.db.atomic():
        draft = store.drafts.create(
            client_id,
            title=title or first_line(text),
            body=text,
            networks=networks,
            origin={"from": "composer"},
        )
        store.settings.delete(COMPOSER_TEXT_KEY, scope=scope)
        store.log.touch(Entity.COMPOSER, client_id, client_id=client_id)
    return draft


# -- registrations -----------------------------------------------------------------------------------
def _current_state(store: Store, draft_id: int) -> RevisionState:
    return store.drafts.get(draft_id).state


def _apply_revision(store: Store, draft_id: int, revision: Revision) -> None:
    """Write a revision back: title, master, notes, and the variants it had (variants added
    since are removed; those it had come back with their text, keeping their publication)."""
    manager: DraftManager = store.drafts
    meta = revision.meta
    saved = [v for v in meta.get("variants", []) if isinstance(v, dict) and v.get("network") in NETWORKS]
    wanted = {str(v["network"]): (v.get("text") if isinstance(v.get("text"), str) else None) for v in saved}
    notes = meta.get("notes")
    with store.db.atomic():
        draft = manager.get(draft_id)
        for network in draft.networks:
            if network not in wanted:
                store.db.execute(
                    "DELETE FROM draft_variants WHERE draft_id = ? AND network = ?", [draft_id, network]
                )
                store.db.execute(
                    "DELETE FROM draft_media WHERE draft_id = ? AND network = ?", [draft_id, network]
                )
        title = clean_title(revision.title)
        now = now_db()
        store.db.execute(
            "UPDATE drafts SET title = ?, title_key = ?, body = ?, notes = ?, updated_at = ? WHERE id = ?",
            [
                title,
                title_key(title),
                revision.body,
                notes if isinstance(notes, str) else draft.notes,
                now,
                draft_id,
            ],
        )
        for position, (network, text) in enumerate(wanted.items()):
            value = revision.body if text is None else text
            if draft.variant(network) is None:
                manager._insert_variant(draft_id, network, value, text is None, position, now)
            else:
                store.db.execute(
                    "UPDATE draft_variants SET text = ?, follows_master = ?, position = ?, updated_at = ? "
                    "WHERE draft_id = ? AND network = ?",
                    [value, int(text is None), position, now, draft_id, network],
                )
        manager._index(draft_id)
        manager._record_usages(draft_id)
    store.log.touch(ENTITY, draft_id, client_id=draft.client_id)


def _search_provider(store: Store, match: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    return store.drafts.search(match, filters, limit)


def _build_samples(store: Store, client: Client) -> None:
    from cmtoolbox.storage.sample_drafts import add_sample_drafts  # the sample texts are long

    add_sample_drafts(store, client)


_TITLE_SQL = "CASE WHEN title = '' THEN substr(ltrim(body), 1, 80) ELSE title END"


def _after_sync(store: Store, draft_id: int) -> None:
    """A draft written by sync: the variants that follow the master text follow it, the search
    index too, and the library learns where its media are used."""
    store.db.execute(
        "UPDATE draft_variants SET text = (SELECT body FROM drafts WHERE id = ?) "
        "WHERE draft_id = ? AND follows_master = 1 AND text != (SELECT body FROM drafts WHERE id = ?)",
        [draft_id, draft_id, draft_id],
    )
    store.drafts._index(draft_id)
    store.drafts._record_usages(draft_id)


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


def _read_media(store: Store, draft_ids: list[int]) -> dict[int, object]:
    """A draft's media links as they travel: [network, media uid] in the order shown."""
    found: dict[int, list[list[str]]] = {}
    for draft_id, network, uid in store.db.execute(
        "SELECT dm.draft_id, dm.network, m.uid FROM draft_media dm JOIN media m ON m.id = dm.media_id "
        f"WHERE dm.draft_id IN ({_marks(draft_ids)}) ORDER BY dm.draft_id, dm.network, dm.position, m.uid",
        draft_ids,
    ):
        found.setdefault(int(draft_id), []).append([str(network), str(uid)])
    return dict(found)


def _write_media(store: Store, draft_id: int, value: object) -> None:
    """Links to library items this device does not hold (not shared with it) are left out."""
    store.db.execute("DELETE FROM draft_media WHERE draft_id = ?", [draft_id])
    positions: dict[str, int] = {}
    for link in value if isinstance(value, list) else []:
        if not (isinstance(link, list) and len(link) == 2):
            continue
        network, uid = str(link[0]), str(link[1])
        row = store.db.execute(
            "SELECT id FROM media WHERE uid = ? UNION ALL SELECT m.id FROM sync_alias a "
            "JOIN media m ON m.uid = a.alias_of WHERE a.entity = 'media' AND a.uid = ? LIMIT 1",
            [uid, uid],
        ).fetchone()
        if row is None:
            continue
        store.db.execute(
            "INSERT OR IGNORE INTO draft_media (draft_id, media_id, network, position) VALUES (?, ?, ?, ?)",
            [draft_id, row[0], network, positions.get(network, 0)],
        )
        positions[network] = positions.get(network, 0) + 1


def _read_own_text(store: Store, variant_ids: list[int]) -> dict[int, object]:
    """A variant's own text; '' while it follows the master (the master travels with the draft,
    and a copy of it here would be merged, and reported in conflict, twice)."""
    return {
        int(r[0]): str(r[1])
        for r in store.db.execute(
            "SELECT id, CASE WHEN follows_master = 1 THEN '' ELSE text END FROM draft_variants "
            f"WHERE id IN ({_marks(variant_ids)})",
            variant_ids,
        )
    }


def _write_own_text(store: Store, variant_id: int, value: object) -> None:
    store.db.execute(
        "UPDATE draft_variants SET text = ? WHERE id = ? AND follows_master = 0",
        [str(value or ""), variant_id],
    )


def _after_variant_sync(store: Store, variant_id: int) -> None:
    """A variant written by sync: it follows the master text if it does, and its draft's index
    and views follow it."""
    row = store.db.execute("SELECT draft_id FROM draft_variants WHERE id = ?", [variant_id]).fetchone()
    if row is None:
        return
    draft_id = int(row[0])
    store.db.execute(
        "UPDATE draft_variants SET text = (SELECT body FROM drafts WHERE id = ?) "
        "WHERE id = ? AND follows_master = 1 AND text != (SELECT body FROM drafts WHERE id = ?)",
        [draft_id, variant_id, draft_id],
    )
    store.drafts._index(draft_id)
    store.log.touch(ENTITY, draft_id)


SPEC = EntitySpec(
    entity=ENTITY,
    table="drafts",
    search=SearchProvider(kind=ENTITY, order=20, search=_search_provider),
    tags=TagLink(entity=ENTITY, table="draft_tags", column="draft_id", owner_table="drafts"),
    # No before_purge: the drafts_cleanup trigger drops the index row, media usages and revisions,
    # also when a client is deleted with everything it owns.
    trash=TrashKind(entity=ENTITY, table="drafts", title_sql=_TITLE_SQL),
    revisions=RevisionTarget(entity=ENTITY, current=_current_state, apply=_apply_revision),
    media_links=UsageScanner(entity=ENTITY, table="drafts", text_column="body", title_sql=_TITLE_SQL),
    sample=_build_samples,
    sync=SyncSpec(
        fields=tuple(
            "client_id title title_key body notes status planned_at planned_tz published_at "
            "published_url spell_languages created_at updated_at deleted_at".split()
        ),
        refs={"client_id": Entity.CLIENTS},
        merge=("body", "notes"),
        tags=True,
        after_apply=_after_sync,
        extras={"media": SyncExtra(read=_read_media, write=_write_media, empty=())},
    ),
)

VARIANTS_SPEC = EntitySpec(
    entity=Entity.DRAFT_VARIANTS,
    table="draft_variants",
    client_scoped=False,  # through its draft
    sync=SyncSpec(
        fields=tuple(
            "draft_id network follows_master position published_url published_at created_at "
            "updated_at".split()
        ),
        refs={"draft_id": Entity.DRAFTS},
        merge=("text",),  # the variant's own text, an extra: '' while it follows the master
        trash_column=None,  # removed with its draft, or on its own (a network dropped)
        scope_column="draft_id",
        after_apply=_after_variant_sync,
        extras={"text": SyncExtra(read=_read_own_text, write=_write_own_text, empty="")},
        same_key=("draft_id", "network"),
    ),
)


def _after_event_sync(store: Store, event_id: int) -> None:
    """The history shown beside a draft follows what another device recorded."""
    row = store.db.execute("SELECT draft_id FROM draft_events WHERE id = ?", [event_id]).fetchone()
    if row is not None:
        store.log.touch(ENTITY, int(row[0]))


# The workflow's history (approvals, proofs sent, publications): written once, never merged; an
# undone step's events are deleted everywhere.
EVENTS_SPEC = EntitySpec(
    entity=Entity.DRAFT_EVENTS,
    table="draft_events",
    client_scoped=False,  # through its draft
    sync=SyncSpec(
        fields=("draft_id", "at", "kind", "from_status", "to_status", "network", "text", "author", "meta"),
        refs={"draft_id": Entity.DRAFTS},
        trash_column=None,
        scope_column="draft_id",
        after_apply=_after_event_sync,
    ),
)
