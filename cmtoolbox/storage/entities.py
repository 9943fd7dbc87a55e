"""Entities: the names of what a mutation can touch, and the one declaration each kind of record makes.

`Changes` carries these values, views listen for them, and the entity registry
(`storage/registry.py`) is keyed on them, so a misspelt name fails at import time instead of
silently never matching. `Entity` is a `StrEnum`: a value compares equal to its string, which is
what the database stores in polymorphic columns (revisions.entity, trash listings...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING


class Entity(StrEnum):
    CLIENTS = "clients"
    SETTINGS = "settings"
    TRASH = "trash"
    TAGS = "tags"
    DICTIONARY = "dictionary"
    SPELL_LANGUAGES = "spell_languages"
    GRAMMAR_SETTINGS = "grammar_settings"
    REVISIONS = "revisions"
    NOTES = "notes"
    USER_FORMULAS = "user_formulas"
    ACCOUNTS = "accounts"
    SOURCES = "sources"
    FEEDS = "feeds"
    FEED_ITEMS = "feed_items"
    PRESS_REVIEWS = "press_reviews"
    PRESS_REVIEW_ENTRIES = "press_review_entries"
    MEDIA = "media"
    COMPOSER = "composer"
    DRAFTS = "drafts"
    DRAFT_VARIANTS = "draft_variants"
    DRAFT_EVENTS = "draft_events"
    SNIPPETS = "snippets"
    KEY_DATES = "key_dates"
    POST_METRICS = "post_metrics"
    FOLLOWER_COUNTS = "follower_counts"
    METRIC_MAPPINGS = "metric_mappings"


# -- the declaration each entity makes once -----------------------------------------------------
if TYPE_CHECKING:
    from pathlib import Path

    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.revisions import RevisionTarget
    from cmtoolbox.storage.search import SearchProvider
    from cmtoolbox.storage.store import Store
    from cmtoolbox.storage.tags import TagLink
    from cmtoolbox.storage.trash import TrashKind


@dataclass(frozen=True)
class UsageScanner:
    """A kind of record whose text may link library items (`media:<sha256>`), so the library can
    say where an item is used."""

    entity: str
    table: str  # has id, client_id, deleted_at
    text_column: str
    title_sql: str


SampleBuilder = Callable[["Store", "Client"], None]
OwnedFiles = Callable[["Store", "int | None"], Iterable[str]]
"""(store, client_id or None for every client) -> sha256 of the library files the records hold."""
OwnedSecrets = Callable[["Store", "int | None"], Iterable[str]]
"""(store, client_id or None) -> keyring references (`account:<hex>`) the records hold."""


AfterApply = Callable[["Store", int], None]
"""(store, row id) -> rebuild what a manager derives from a record (search index, links) after
sync wrote it with plain SQL."""
AfterApplyMany = Callable[["Store", list[int]], None]
"""(store, row ids) -> the same for every record of one entity one applied batch wrote (each id
once, rows that still exist): one pass over the batch instead of one per record. Must leave what
`after_apply` on each id would have left."""


@dataclass(frozen=True)
class SyncExtra:
    """A field made of other rows than the record's own (an account's secret slots): `read`
    gives it for a batch of record ids (missing ids: the empty value), `write` sets it for one."""

    read: Callable[[Store, list[int]], Mapping[int, object]]
    write: Callable[[Store, int, object], None]
    empty: object = ()


@dataclass(frozen=True)
class SyncSpec:
    """How an entity travels between devices (issue 17, `storage/journal.py`).

    `fields` are the columns written to the change log (never `id` or the `uid` itself); `refs`
    maps a column holding another record's rowid to that record's entity: the log carries its uid
    instead. `merge` names the texts merged three ways when two devices edited them at once (other
    fields: last writer wins, field by field). `trash_column` is where a deletion goes (None: the
    entity has no trash and a deletion removes the row everywhere). `unique_suffix` is the text
    column a clashing unique value is made distinct in (two devices creating a client of the same
    name). `scope_column` ties the record to a client, for syncing only some clients; when it is a
    reference to another record (a variant's `draft_id`), the record takes that record's client.
    `same_key` names the columns of a unique key two devices may both fill offline (the Instagram
    variant of one draft, the figures of one post on one day): such records are one record, and
    the one with the smaller uid is kept on every device (the other's uid becomes an alias of it,
    its texts go to the conflicts view when they differ). `same_keep` names columns of such a
    record where a value on either side beats none (NULL or ''): what the user did to the side that
    is dropped (a feed item fetched on both devices, read on one, starred on the other; a feed
    renamed on one) is kept.
    """

    fields: tuple[str, ...]
    refs: Mapping[str, str] = field(default_factory=dict)
    merge: tuple[str, ...] = ()
    trash_column: str | None = "deleted_at"
    unique_suffix: str | None = None
    scope_column: str | None = "client_id"
    tags: bool = False  # its tags (EntitySpec.tags) travel as the field "tags": a list of names
    after_apply: AfterApply | None = None
    after_apply_many: AfterApplyMany | None = None  # preferred by `Journal.apply` when set
    # A record owning a library file: the (sha256, extension) columns, and where the file lives
    # here. The file travels content-addressed, before the record that names it.
    content: tuple[str, str] | None = None
    content_path: Callable[[Store, str, str], Path] | None = None
    extras: Mapping[str, SyncExtra] = field(default_factory=dict)
    same_key: tuple[str, ...] = ()
    same_keep: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntitySpec:
    """Everything the generic machinery (search, trash, tags, revisions, samples, backup, export,
    purge, sync) needs to know about one kind of record, declared once beside its manager.

    `client_scoped` records carry a `client_id`; `shared` ones may leave it NULL (visible to every
    client). An entity without `table` is a pseudo-entity (settings, trash): it appears in
    `Changes` but owns no rows of its own.
    """

    entity: Entity
    table: str | None = None
    client_scoped: bool = True
    shared: bool = False
    search: SearchProvider | None = None
    tags: TagLink | None = None
    trash: TrashKind | None = None
    revisions: RevisionTarget | None = None
    media_links: UsageScanner | None = None
    files: OwnedFiles | None = None
    secrets: OwnedSecrets | None = None
    sample: SampleBuilder | None = None
    sync: SyncSpec | None = None


class Registry:
    """The declared entities, in declaration order (which is also the order samples are built).

    Held by the `Store` (`store.entities`), never a module global that imports fill in: a test can
    build a Store with extra entities, and the order never depends on which module loaded first.
    """

    def __init__(self, specs: Sequence[EntitySpec]) -> None:
        self.specs: tuple[EntitySpec, ...] = tuple(specs)
        self._by_entity = {spec.entity: spec for spec in self.specs}
        if len(self._by_entity) != len(self.specs):
            raise ValueError("an entity is declared twice")

    def __iter__(self) -> Iterator[EntitySpec]:
        return iter(self.specs)

    def __contains__(self, entity: object) -> bool:
        return entity in self._by_entity

    def spec(self, entity: str) -> EntitySpec:
        return self._by_entity[entity]  # type: ignore[index]

    def extended(self, *specs: EntitySpec) -> Registry:
        return Registry([*self.specs, *specs])

    def search_providers(self) -> list[SearchProvider]:
        return sorted((s.search for s in self.specs if s.search is not None), key=lambda p: p.order)

    def trash_kinds(self) -> list[TrashKind]:
        return [s.trash for s in self.specs if s.trash is not None]

    def trash_kind(self, entity: str) -> TrashKind | None:
        spec = self._by_entity.get(entity)  # type: ignore[call-overload]
        return spec.trash if spec is not None else None

    def tag_link(self, entity: str) -> TagLink | None:
        spec = self._by_entity.get(entity)  # type: ignore[call-overload]
        return spec.tags if spec is not None else None

    def tag_links(self) -> list[TagLink]:
        return [s.tags for s in self.specs if s.tags is not None]

    def revision_target(self, entity: str) -> RevisionTarget | None:
        spec = self._by_entity.get(entity)  # type: ignore[call-overload]
        return spec.revisions if spec is not None else None

    def media_link_scanners(self) -> list[UsageScanner]:
        return [s.media_links for s in self.specs if s.media_links is not None]

    def sample_builders(self) -> list[SampleBuilder]:
        return [s.sample for s in self.specs if s.sample is not None]

    def synced(self) -> list[EntitySpec]:
        """The entities that travel between devices, in declaration order (clients first, so a
        record's references are known before the record)."""
        return [s for s in self.specs if s.sync is not None and s.table is not None]

    def client_tables(self) -> list[str]:
        """Tables holding a client's own rows, children before parents is NOT guaranteed: callers
        that delete rely on ON DELETE CASCADE from `clients`."""
        return [s.table for s in self.specs if s.table is not None and s.client_scoped]
