"""Drafts' values (Draft, Variant, DraftSummary, DraftEvent, DraftQuery, WorkflowState), the
status workflow's rules, and `DraftBase`, the reading core the manager's parts share.

Split from storage/drafts.py (the manager) so each part stays readable: `draft_queries` holds the
list, counts, calendar and search; `draft_workflow` the statuses, approvals, planning and
publication; `drafts` the texts, variants, media and the entity's declaration. Import the public
names from `cmtoolbox.storage.drafts`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from cmtoolbox.core.networks import NETWORKS
from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.core.spell_languages import parse_choice
from cmtoolbox.core.urls import InvalidUrl, validate_http_url
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.revisions import RevisionState
from cmtoolbox.storage.timeutil import from_db

ENTITY = Entity.DRAFTS
Status = Literal["idea", "draft", "to_approve", "approved", "scheduled", "published", "archived"]
STATUSES: tuple[Status, ...] = (
    "idea",
    "draft",
    "to_approve",
    "approved",
    "scheduled",
    "published",
    "archived",
)
"""The workflow, in order: idée, brouillon, à valider, validé, planifié, publié, archivé."""
EventKind = Literal[
    "created", "status", "sent", "approved", "changes_requested", "published", "unpublished", "replanned",
    "comment",
]  # fmt: skip
NEEDS_TEXT = frozenset({"to_approve", "approved", "scheduled", "published"})
"""Statuses a draft with no text at all cannot take: there is nothing to approve or publish."""

MAX_TITLE_LENGTH = 200
MAX_AUTHOR_LENGTH = 200
EXCERPT_LENGTH = 140
PAGE_SIZE = 200

_SPACES = re.compile(r"\s+")


class DraftSort(StrEnum):
    """Orders of the drafts list."""

    UPDATED = "updated"  # most recently edited first
    CREATED = "created"  # newest first
    PLANNED = "planned"  # soonest first, unplanned last
    TITLE = "title"  # alphabetical
    STATUS = "status"  # workflow order, then most recently edited


# -- values ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Variant:
    """The post on one network. `text` is always what goes out (the master's text while
    `follows_master`)."""

    id: int
    network: str  # core.networks id
    text: str
    follows_master: bool
    position: int
    published_url: str
    published_at: datetime | None
    media_ids: tuple[int, ...] = ()  # attached to this variant only, in order

    @property
    def published(self) -> bool:
        return self.published_at is not None


@dataclass(frozen=True)
class Draft:
    id: int
    uid: str  # stable random id: the .ics UID, the sync key
    client_id: int
    title: str
    body: str  # the master text
    notes: str  # internal notes, never shown to the client
    status: Status
    planned_at: datetime | None  # UTC
    planned_tz: str | None  # IANA zone it was planned in
    published_at: datetime | None
    published_url: str
    spell_languages: tuple[str, ...] | None  # None: follow the client's languages
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    tags: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    media_ids: tuple[int, ...] = ()  # attached to the whole draft, in order

    @property
    def planned(self) -> PlannedTime | None:
        if self.planned_at is None or self.planned_tz is None:
            return None
        return PlannedTime(self.planned_at, self.planned_tz)

    @property
    def display_title(self) -> str:
        return self.title or first_line(self.body)

    @property
    def networks(self) -> tuple[str, ...]:
        return tuple(v.network for v in self.variants)

    def variant(self, network: str) -> Variant | None:
        return next((v for v in self.variants if v.network == network), None)

    @property
    def differing(self) -> tuple[str, ...]:
        """Networks whose variant says something else than the master: the editor marks them."""
        return tuple(v.network for v in self.variants if not v.follows_master and v.text != self.body)

    @property
    def has_text(self) -> bool:
        return bool(self.body.strip()) or any(v.text.strip() for v in self.variants)

    @property
    def all_media_ids(self) -> tuple[int, ...]:
        """Every library item the draft uses, the draft's first, without repeats."""
        found = dict.fromkeys(self.media_ids)
        for variant in self.variants:
            found.update(dict.fromkeys(variant.media_ids))
        return tuple(found)

    @property
    def state(self) -> RevisionState:
        """What a revision, a proof or an approval keeps of the draft."""
        return RevisionState(self.title, self.body, state_meta(self))


@dataclass(frozen=True)
class DraftSummary:
    """A row of the list or an entry of the calendar: enough to draw it, without the texts."""

    id: int
    uid: str
    client_id: int
    title: str  # the title, or the first line of the master when it has none
    excerpt: str
    status: Status
    planned_at: datetime | None
    planned_tz: str | None
    published_at: datetime | None
    updated_at: datetime
    networks: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    media_count: int = 0

    @property
    def planned(self) -> PlannedTime | None:
        if self.planned_at is None or self.planned_tz is None:
            return None
        return PlannedTime(self.planned_at, self.planned_tz)

    @property
    def calendar_at(self) -> datetime | None:
        """Where the calendar shows it: when it went out once published, else when planned."""
        if self.status == "published" and self.published_at is not None:
            return self.published_at
        return self.planned_at


@dataclass(frozen=True)
class DraftEvent:
    """One line of a draft's history."""

    id: int
    draft_id: int
    at: datetime
    kind: EventKind
    from_status: Status | None
    to_status: Status | None
    network: str  # "" unless the event concerns one variant (its publication)
    text: str  # the client's words, a comment
    author: str  # who answered (a client's contact), "" for the CM
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DraftQuery:
    """Which drafts the list (or the calendar) shows.

    `client_id` None means every client. `statuses` empty means every status but "archived".
    `text` searches the full-text index; `since`/`until` keep the drafts whose calendar time
    (published time once published, else planned time) falls in [since, until).
    """

    client_id: int | None = None
    statuses: frozenset[str] = frozenset()
    text: str = ""
    tag: str | None = None
    network: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    sort: DraftSort = DraftSort.UPDATED


@dataclass(frozen=True)
class WorkflowState:
    """Everything a workflow step (status, planning, publication) may change, as plain values: an
    undo keeps one and `restore_workflow` writes it back."""

    status: str
    planned_at: str | None
    planned_tz: str | None
    published_at: str | None
    published_url: str
    variants: tuple[tuple[str, str, str | None], ...] = ()  # (network, published_url, published_at)


# -- helpers ---------------------------------------------------------------------------------------
def first_line(text: str, length: int = 80) -> str:
    for line in text.splitlines():
        line = _SPACES.sub(" ", line).strip()
        if line:
            return line if len(line) <= length else line[: length - 1].rstrip() + "…"
    return ""


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    flat = _SPACES.sub(" ", text[: length * 3]).strip()
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def title_key(title: str) -> str:
    """The folded title [[draft:Title]] links match on (as notes do)."""
    from cmtoolbox.core.render import WikiLink  # markdown: not needed for the statuses at start

    cleaned = _SPACES.sub(" ", title).strip()
    return WikiLink(kind="draft", target=cleaned).key[1] if cleaned else ""


def clean_title(title: str) -> str:
    cleaned = _SPACES.sub(" ", title).strip()
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise InvalidValue("draft title too long", field="title", reason="too_long")
    return cleaned


def clean_network(network: str) -> str:
    if network not in NETWORKS:
        raise InvalidValue(f"unknown network {network!r}", field="network", reason="unknown")
    return network


def clean_url(url: str) -> str:
    """A published post's address: empty (a story has none), or an http(s) address."""
    if not url.strip():
        return ""
    try:
        return validate_http_url(url)
    except InvalidUrl as error:
        raise InvalidValue(str(error), field="published_url", reason=error.code) from error


def require_aware(value: datetime, field_name: str) -> datetime:
    if value.tzinfo is None:
        raise InvalidValue("a naive time is ambiguous", field=field_name, reason="naive")
    return value


def check_status(draft: Draft, status: str) -> Status:
    """`status` if the draft may take it, else InvalidValue with a reason the GUI can explain:
    `unknown`, `needs_date` (scheduled without a planned time), `empty` (nothing to approve or
    publish)."""
    if status not in STATUSES:
        raise InvalidValue(f"unknown status {status!r}", field="status", reason="unknown")
    if status == "scheduled" and draft.planned_at is None:
        raise InvalidValue("plan a time before scheduling", field="status", reason="needs_date")
    if status in NEEDS_TEXT and not draft.has_text:
        raise InvalidValue("the draft has no text", field="status", reason="empty")
    return status  # type: ignore[return-value]


def state_meta(draft: Draft) -> dict[str, Any]:
    return {
        "variants": [
            {"network": v.network, "text": None if v.follows_master else v.text} for v in draft.variants
        ],
        "notes": draft.notes,
    }


def decode_meta(value: str | None) -> dict[str, Any]:
    try:
        decoded = json.loads(value) if value else {}
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}


_DRAFT_COLUMNS = (
    "id, uid, client_id, title, body, notes, status, planned_at, planned_tz, published_at, published_url, "
    "spell_languages, created_at, updated_at, deleted_at"
)


class DraftBase(Manager):
    """What every part of the drafts manager reads through: one draft, whole."""

    ENTITY = ENTITY

    def get(self, draft_id: int) -> Draft:
        row = self._db.execute(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ?", [draft_id]).fetchone()
        if row is None:
            raise NotFound(f"no draft {draft_id}")
        return self._draft_from_row(row)

    def get_by_uid(self, uid: str) -> Draft:
        row = self._db.execute("SELECT id FROM drafts WHERE uid = ?", [uid]).fetchone()
        if row is None:
            raise NotFound(f"no draft {uid}")
        return self.get(row[0])

    def exists(self, draft_id: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM drafts WHERE id = ? AND deleted_at IS NULL", [draft_id]
        ).fetchone()
        return row is not None

    def _draft_from_row(self, row: tuple) -> Draft:
        (id_, uid, client_id, title, body, notes, status, planned, tz, published, url, languages, created,
         updated, deleted) = row  # fmt: skip
        media: dict[str, list[int]] = {}
        for network, media_id in self._db.execute(
            "SELECT network, media_id FROM draft_media WHERE draft_id = ? ORDER BY network, position",
            [id_],
        ):
            media.setdefault(network, []).append(media_id)
        variants = tuple(
            Variant(
                id=v[0],
                network=v[1],
                text=v[2],
                follows_master=bool(v[3]),
                position=v[4],
                published_url=v[5],
                published_at=from_db(v[6]),
                media_ids=tuple(media.get(v[1], ())),
            )
            for v in self._db.execute(
                "SELECT id, network, text, follows_master, position, published_url, published_at "
                "FROM draft_variants WHERE draft_id = ? ORDER BY position, id",
                [id_],
            )
        )
        return Draft(
            id=id_,
            uid=uid,
            client_id=client_id,
            title=title,
            body=body,
            notes=notes,
            status=status,
            planned_at=from_db(planned),
            planned_tz=tz,
            published_at=from_db(published),
            published_url=url,
            spell_languages=parse_choice(json.loads(languages)) if languages is not None else None,
            created_at=from_db(created),  # type: ignore[arg-type]
            updated_at=from_db(updated),  # type: ignore[arg-type]
            deleted_at=from_db(deleted),
            tags=tuple(self._store.tags.tags_of(ENTITY, id_)),
            variants=variants,
            media_ids=tuple(media.get("", ())),
        )

    def _touch(self, draft_id: int, client_id: int) -> None:
        self._store.log.touch(ENTITY, draft_id, client_id=client_id)
