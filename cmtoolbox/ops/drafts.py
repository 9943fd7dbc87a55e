"""Operations of the Drafts section: the list, the editor, the workflow (approval by the client,
publishing by hand), planning from the calendar.

The GUI runs these through the runner (reads with `read`, writes with `run`), the CLI and tests
through `execute`; each runs in one transaction. What is cheap to reverse returns its undo:
workflow steps (status, proof sent, the client's answer, publication, replanning) are undone
exactly (`revert_workflow` puts the previous state back and forgets the history lines the step
wrote), and redoing runs the step again. Typing is saved by `save_draft_text` (the autosaver's
snapshot) and has the editor's own undo and the revision history instead.

Calendar views, key dates and exports are in `ops.calendar`; snippets in `ops.snippets`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any

from cmtoolbox.core import networks
from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.core.threads import split_thread
from cmtoolbox.ops import trash
from cmtoolbox.ops.operation import Call, Undoable, call
from cmtoolbox.storage.composer import COMPOSER_NETWORKS_KEY
from cmtoolbox.storage.drafts import (
    ENTITY,
    Draft,
    DraftEvent,
    DraftQuery,
    DraftSummary,
    WorkflowState,
    adopt_composer_text,
    composer_networks,
    first_line,
    planned_time,
)
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.media import MediaItem
from cmtoolbox.storage.revisions import Revision, RevisionState
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.spell_languages import client_spell_languages
from cmtoolbox.storage.store import Store
from cmtoolbox.storage.timeutil import to_db

DEFAULT_NETWORKS = ("instagram", "facebook", "linkedin")
DEFAULT_TIME = time(9, 0)
"""The time a draft dropped on a calendar day gets when it had none."""
_KEEP: Any = object()


# -- reading: the list -------------------------------------------------------------------------------
@dataclass(frozen=True)
class DraftListing:
    """The first rows of the list, how many match, and the figures of the status filter chips
    (for the same filters, whatever statuses are ticked)."""

    total: int
    rows: list[DraftSummary]
    counts: dict[str, int]


def list_drafts(store: Store, query: DraftQuery, wanted: int) -> DraftListing:
    """The first `wanted` rows of the list for `query`, its total and the counts per status."""
    return DraftListing(
        store.drafts.count(query), store.drafts.page(query, 0, wanted), store.drafts.counts_by_status(query)
    )


def more_drafts(store: Store, query: DraftQuery, offset: int, limit: int) -> list[DraftSummary]:
    """The next rows of a listing (lazy loading)."""
    return store.drafts.page(query, offset, limit)


def draft_ids(store: Store, query: DraftQuery) -> list[int]:
    """Every id the list shows, in order (select all, multi-select ranges)."""
    return store.drafts.ids(query)


def status_counts(store: Store, query: DraftQuery) -> dict[str, int]:
    return store.drafts.counts_by_status(query)


def tag_names(store: Store, client_id: int | None) -> list[str]:
    """Tags used on drafts (of one client, or all), for completion and the tag filter."""
    return store.drafts.tag_names(client_id)


def summaries(store: Store, draft_ids: Sequence[int]) -> list[DraftSummary]:
    return store.drafts.summaries(draft_ids)


# -- reading: one draft ------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenedDraft:
    """Everything the editor shows for a draft, read together so its parts agree."""

    draft: Draft
    media: dict[int, MediaItem]  # every attached item (draft's and variants'), by id
    events: list[DraftEvent]
    approved: RevisionState | None  # what the client last approved
    changed_since_approval: bool
    client_languages: tuple[str, ...] | None  # spell check: the client's choice (None: the app's)
    limits: dict[str, int] = field(default_factory=dict)  # network -> limit set on an account


def _comparable(state: RevisionState) -> tuple[str, str, list[Any]]:
    return state.title, state.body, list(state.meta.get("variants", []))


def open_draft(store: Store, draft_id: int) -> OpenedDraft:
    """A draft with its media, history and approval state. Raises NotFound when it was purged."""
    draft = store.drafts.get(draft_id)
    approved = store.drafts.approved_state(draft_id)
    return OpenedDraft(
        draft=draft,
        media={item.id: item for item in store.media.many(draft.all_media_ids)},
        events=store.drafts.events(draft_id),
        approved=approved,
        changed_since_approval=approved is not None and _comparable(approved) != _comparable(draft.state),
        client_languages=client_spell_languages(store, draft.client_id),
        limits=store.accounts.limits_for_client(draft.client_id),
    )


def get_draft(store: Store, draft_id: int) -> Draft:
    return store.drafts.get(draft_id)


def draft_events(store: Store, draft_id: int) -> list[DraftEvent]:
    """The draft's history (status moves, proofs, answers, publications), oldest first."""
    return store.drafts.events(draft_id)


def history(store: Store, draft_id: int) -> list[Revision]:
    """The draft's revisions (texts), newest first."""
    return store.revisions.list(ENTITY, draft_id)


def resolve_link(store: Store, title: str, client_id: int | None) -> Draft | None:
    """The draft a `[[draft:Title]]` link of a note opens."""
    return store.drafts.resolve(title, client_id=client_id)


def existing_links(store: Store, keys: Iterable[str], client_id: int | None) -> set[str]:
    """Which folded `[[draft:...]]` titles name a live draft (the others show as missing)."""
    return store.drafts.existing_keys(keys, client_id=client_id)


def default_networks(store: Store, client_id: int) -> list[str]:
    """The networks a new draft of this client targets: the quick composer's last choice, else
    the client profile's networks, else Instagram, Facebook and LinkedIn."""
    scope = client_scope(client_id)
    chosen = composer_networks(store.settings.get(COMPOSER_NETWORKS_KEY, None, scope=scope))
    if chosen:
        return chosen
    profile = store.settings.get("profile", {}, scope=scope)
    found = composer_networks(profile.get("networks") if isinstance(profile, dict) else None)
    return found or list(DEFAULT_NETWORKS)


# -- reading: publishing by hand ---------------------------------------------------------------------
@dataclass(frozen=True)
class PublishingTarget:
    """One variant ready to post by hand: the text cut into the posts of a thread where the
    network threads and the text is too long (else one post), its media, and where to go."""

    network: str
    posts: list[str]
    media: list[MediaItem]
    published: bool
    account_handle: str = ""
    profile_url: str | None = None
    site_url: str | None = None  # the network's own page for writing a post (else its site)


def publishing_kit(store: Store, draft_id: int) -> list[PublishingTarget]:
    """Per variant, what "copy for publishing" copies (each post of a thread in turn)."""
    draft = store.drafts.get(draft_id)
    limits = store.accounts.limits_for_client(draft.client_id)
    accounts = {a.network: a for a in store.accounts.list(draft.client_id)}
    items = {item.id: item for item in store.media.many(draft.all_media_ids)}
    out: list[PublishingTarget] = []
    for variant in draft.variants:
        entry = networks.network(variant.network)
        posts = [variant.text.strip()] if variant.text.strip() else []
        if entry.threads and posts:
            posts = split_thread(variant.network, variant.text, limit=limits.get(variant.network)) or posts
        account = accounts.get(variant.network)
        handle = account.handle if account else ""
        profile = (account.profile_url or networks.profile_url(variant.network, handle)) if account else None
        out.append(
            PublishingTarget(
                network=variant.network,
                posts=posts,
                media=[items[m] for m in (*draft.media_ids, *variant.media_ids) if m in items],
                published=variant.published,
                account_handle=handle,
                profile_url=profile,
                site_url=networks.compose_url(
                    variant.network, handle, account.profile_url if account else ""
                ),
            )
        )
    return out


# -- writing: drafts and their texts -------------------------------------------------------------------
def create_draft(
    store: Store,
    client_id: int,
    *,
    title: str = "",
    body: str = "",
    notes: str = "",
    status: str = "draft",
    networks: Sequence[str] | None = None,
    tags: Sequence[str] = (),
    planned_at: datetime | None = None,
    planned_tz: str | None = None,
    spell_languages: Sequence[str] | None = None,
    origin: Mapping[str, Any] | None = None,
) -> Draft:
    """A new draft (File ▸ New, Ctrl+N). `networks` None: the client's usual networks
    (`default_networks`), each as a variant following the master. `planned_at` is an aware
    instant planned in the IANA zone `planned_tz`."""
    chosen = default_networks(store, client_id) if networks is None else list(networks)
    return store.drafts.create(
        client_id,
        title=title,
        body=body,
        notes=notes,
        status=status,
        networks=chosen,
        tags=tags,
        planned=planned_time(planned_at, planned_tz),
        spell_languages=spell_languages,
        origin=origin,
    )


def create_draft_from_text(
    store: Store,
    client_id: int,
    text: str,
    *,
    title: str = "",
    origin: Mapping[str, Any] | None = None,
) -> Draft:
    """ "Send to a new draft" from the revue de presse, a feed item or a source: a draft with that
    text as master, titled by its first line unless `title` is given. `origin` is kept in the
    draft's history (e.g. {"from": "feed_item", "url": "https://..."})."""
    return create_draft(store, client_id, title=title or first_line(text), body=text, origin=origin)


def adopt_composer(store: Store, client_id: int) -> Draft | None:
    """Text found in the old quick composer (written there after the upgrade) becomes a draft."""
    return adopt_composer_text(store, client_id)


def save_draft_text(
    store: Store,
    draft_id: int,
    *,
    title: str,
    body: str,
    variants: Mapping[str, str | None] | None = None,
    notes: str | None = None,
    checkpoint: bool = False,
) -> Draft:
    """The autosave: store the texts and keep a revision (coalesced while typing; a
    `checkpoint` on leaving the draft starts a new one).

    `variants` maps each network the editor shows to its own text, or to None while the variant
    still follows the master; a network missing from it is left as stored."""
    return store.drafts.save(
        draft_id, title=title, body=body, variants=variants, notes=notes, checkpoint=checkpoint
    )


def checkpoint_draft(store: Store, draft_id: int) -> None:
    """Leaving a draft whose text is already stored: close its revision."""
    store.revisions.seal(ENTITY, draft_id)


def update_draft(
    store: Store,
    draft_id: int,
    *,
    title: str | None = None,
    body: str | None = None,
    notes: str | None = None,
    tags: Sequence[str] | None = None,
    spell_languages: Any = _KEEP,
) -> Draft:
    """Change some of a draft's fields at once (None or absent: unchanged). Title and body are
    saved with a revision; `spell_languages` is a list of codes, or None to follow the client's
    languages again. Planning and status have their own operations (`replan`, `change_status`)."""
    draft = store.drafts.get(draft_id)
    if title is not None or body is not None or notes is not None:
        draft = store.drafts.save(
            draft_id,
            title=draft.title if title is None else title,
            body=draft.body if body is None else body,
            notes=notes,
        )
    if tags is not None:
        draft = store.drafts.set_tags(draft_id, tags)
    if spell_languages is not _KEEP:
        draft = store.drafts.update(draft_id, spell_languages=spell_languages)
    return draft


def set_tags(store: Store, draft_id: int, tags: Sequence[str]) -> Draft:
    return store.drafts.set_tags(draft_id, tags)


def set_spell_languages(store: Store, draft_id: int, languages: Sequence[str] | None) -> Draft:
    """This draft's own spell-check languages (a one-off English post); None follows the client."""
    return store.drafts.update(draft_id, spell_languages=None if languages is None else list(languages))


def duplicate_draft(store: Store, draft_id: int, *, title: str | None = None) -> Draft:
    """A copy to rework (texts, variants, tags, media), not planned and not published. The GUI
    passes the translated title ("… (copy)")."""
    return store.drafts.duplicate(draft_id, title=title)


def move_to_trash(store: Store, draft_id: int) -> Undoable[None]:
    return trash.move_to_trash(store, ENTITY, draft_id)


def restore_from_trash(store: Store, draft_id: int) -> Undoable[None]:
    return trash.restore(store, ENTITY, draft_id)


def trash_drafts(store: Store, draft_ids: Sequence[int]) -> Undoable[int]:
    """Several drafts to the trash (multi-select); one undo brings them all back."""
    return trash.trash_items(store, [(ENTITY, int(i)) for i in draft_ids])


def restore_version(store: Store, revision_id: int) -> Undoable[Revision]:
    """Put an earlier version back (texts and variants); restoring the replaced one is the undo."""
    restored = store.revisions.restore(revision_id)
    replaced = store.revisions.list(restored.entity, restored.entity_id, limit=2)[1]
    return Undoable(restored, call(restore_version, replaced.id))


# -- writing: variants and media ---------------------------------------------------------------------
@dataclass(frozen=True)
class VariantSnapshot:
    """A removed variant, as plain values, so the undo can put it back as it was."""

    network: str
    text: str
    follows_master: bool
    position: int
    media_ids: tuple[int, ...]
    published_url: str
    published_at: datetime | None


def add_variant(store: Store, draft_id: int, network: str, text: str | None = None) -> Undoable[Draft]:
    """Target one more network: a variant following the master (or with its own `text`)."""
    draft = store.drafts.add_variant(draft_id, network, text)
    return Undoable(draft, call(remove_variant, draft_id, network))


def remove_variant(store: Store, draft_id: int, network: str) -> Undoable[Draft]:
    """Stop targeting a network; the undo brings the variant back with its text and media."""
    variant = store.drafts.get(draft_id).variant(network)
    if variant is None:
        raise NotFound(f"draft {draft_id} has no {network} variant")
    snapshot = VariantSnapshot(
        network,
        variant.text,
        variant.follows_master,
        variant.position,
        variant.media_ids,
        variant.published_url,
        variant.published_at,
    )
    draft = store.drafts.remove_variant(draft_id, network)
    return Undoable(draft, call(restore_variant, draft_id, snapshot))


def restore_variant(store: Store, draft_id: int, snapshot: VariantSnapshot) -> Undoable[Draft]:
    """The undo of `remove_variant`."""
    drafts = store.drafts
    drafts.add_variant(draft_id, snapshot.network, None if snapshot.follows_master else snapshot.text)
    order = list(drafts.get(draft_id).networks)
    order.remove(snapshot.network)
    order.insert(min(snapshot.position, len(order)), snapshot.network)
    drafts.set_variant_order(draft_id, order)
    if snapshot.media_ids:
        drafts.set_media(draft_id, snapshot.media_ids, network=snapshot.network)
    if snapshot.published_at is not None:
        state = drafts.workflow_state(draft_id)
        published = (snapshot.network, snapshot.published_url, to_db(snapshot.published_at))
        variants = tuple(published if v[0] == snapshot.network else v for v in state.variants)
        drafts.restore_workflow(draft_id, replace(state, variants=variants))
    return Undoable(drafts.get(draft_id), call(remove_variant, draft_id, snapshot.network))


def edit_variant(store: Store, draft_id: int, network: str, text: str) -> Draft:
    """Give a variant its own text: it stops following the master. (Typing goes through
    `save_draft_text`; this is for a text set at once, such as a suggestion accepted.)"""
    return store.drafts.set_variant_text(draft_id, network, text)


def reset_variant(store: Store, draft_id: int, network: str) -> Undoable[Draft]:
    """ "Reset to master": the variant follows the master again; the undo gives its text back."""
    variant = store.drafts.get(draft_id).variant(network)
    if variant is None:
        raise NotFound(f"draft {draft_id} has no {network} variant")
    draft = store.drafts.reset_variant(draft_id, network)
    if variant.follows_master:
        return Undoable(draft, call(reset_variant, draft_id, network))
    return Undoable(draft, call(_give_variant_text, draft_id, network, variant.text))


def _give_variant_text(store: Store, draft_id: int, network: str, text: str) -> Undoable[Draft]:
    draft = store.drafts.set_variant_text(draft_id, network, text)
    return Undoable(draft, call(reset_variant, draft_id, network))


def set_variant_order(store: Store, draft_id: int, networks_in_order: Sequence[str]) -> Draft:
    return store.drafts.set_variant_order(draft_id, networks_in_order)


def set_media(store: Store, draft_id: int, media_ids: Sequence[int], network: str = "") -> Undoable[Draft]:
    """Attach these library items (in order) to the whole draft (`network` "") or to one variant;
    the library then lists the draft among the item's usages. The undo puts the previous list back."""
    draft = store.drafts.get(draft_id)
    if network:
        variant = draft.variant(network)
        if variant is None:
            raise NotFound(f"draft {draft_id} has no {network} variant")
        before = variant.media_ids
    else:
        before = draft.media_ids
    after = store.drafts.set_media(draft_id, media_ids, network=network)
    return Undoable(after, call(set_media, draft_id, tuple(before), network))


# -- writing: the workflow -----------------------------------------------------------------------------
Revert = tuple[int, WorkflowState, tuple[int, ...]]
"""(draft id, its workflow state before a step, the history lines the step wrote)."""


def _step(
    store: Store, draft_ids: Iterable[int], step: Callable[[int], Draft], redo: Call
) -> Undoable[list[Draft]]:
    """Run a workflow step on each draft, keeping what its undo needs."""
    reverts: list[Revert] = []
    done: list[Draft] = []
    for draft_id in draft_ids:
        state = store.drafts.workflow_state(draft_id)
        last = store.drafts.last_event_id(draft_id)
        done.append(step(draft_id))
        reverts.append((draft_id, state, store.drafts.event_ids_after(draft_id, last)))
    return Undoable(done, call(revert_workflow, tuple(reverts), redo))


def _one(outcome: Undoable[list[Draft]]) -> Undoable[Draft]:
    return Undoable(outcome.value[0], outcome.undo)


def revert_workflow(store: Store, reverts: Sequence[Revert], redo: Call) -> Undoable[None]:
    """The undo of a workflow step: each draft's status, planning and publication as they were,
    and the history lines the step wrote forgotten. Its own undo runs the step again."""
    for draft_id, state, events in reverts:
        store.drafts.restore_workflow(draft_id, state, drop_events=events)
    return Undoable(None, redo)


def change_status(store: Store, draft_id: int, status: str, *, note: str = "") -> Undoable[Draft]:
    """Move a draft to another status (checked: "scheduled" needs a planned time, anything past
    "draft" needs some text; InvalidValue with `reason` says which)."""
    redo = call(change_status, draft_id, status, note=note)
    return _one(_step(store, [draft_id], lambda i: store.drafts.set_status(i, status, text=note), redo))


def change_statuses(store: Store, draft_ids: Sequence[int], status: str) -> Undoable[list[Draft]]:
    """Several drafts at once (multi-select): all move, or none if one cannot."""
    ids = tuple(int(i) for i in draft_ids)
    return _step(store, ids, lambda i: store.drafts.set_status(i, status), call(change_statuses, ids, status))


def archive_drafts(store: Store, draft_ids: Sequence[int]) -> Undoable[list[Draft]]:
    return change_statuses(store, draft_ids, "archived")


def replan(
    store: Store, draft_id: int, planned_at: datetime | None, zone: str | None = None
) -> Undoable[Draft]:
    """Plan a draft at an aware instant, kept with the IANA zone it is planned in (`zone`; by
    default the zone it was planned in before, else `ops.calendar.planning_zone`), or unplan it
    (`planned_at` None; a scheduled draft then goes back to "approved"). The undo puts the old
    time back."""
    if planned_at is not None and zone is None:
        current = store.drafts.get(draft_id)
        zone = current.planned_tz or _planning_zone(store, current.client_id)
    planned = planned_time(planned_at, zone)
    redo = call(replan, draft_id, planned_at, zone)
    return _one(_step(store, [draft_id], lambda i: store.drafts.set_planned(i, planned), redo))


def move_to_day(
    store: Store, draft_id: int, day: date, *, zone: str | None = None, default_time: time = DEFAULT_TIME
) -> Undoable[Draft]:
    """Drag to another day in the month view: same wall-clock time in the zone it was planned in
    (09:00 Paris stays 09:00 across a clock change). An unplanned draft gets `default_time` in
    `zone` (default: the client's planning zone)."""
    draft = store.drafts.get(draft_id)
    current = draft.planned
    if current is not None:
        target = current.on_day(day)
    else:
        target = PlannedTime.on(day, default_time, zone or _planning_zone(store, draft.client_id))
    return replan(store, draft_id, target.utc, target.zone)


def move_to_time(store: Store, draft_id: int, wall: datetime, view_zone: str) -> Undoable[Draft]:
    """Drag to a day and hour in the week view, which shows times in `view_zone`: `wall` (naive) is
    read there; the draft keeps the zone it was planned in (or takes `view_zone`)."""
    draft = store.drafts.get(draft_id)
    instant = PlannedTime.at(wall, view_zone)
    return replan(store, draft_id, instant.utc, draft.planned_tz or view_zone)


def send_for_approval(store: Store, draft_ids: Sequence[int], *, note: str = "") -> Undoable[list[Draft]]:
    """A proof (BAT) of these drafts went to the client: they become "to approve", and the history
    keeps the exact state sent. All or none (a draft with no text fails the call)."""
    ids = tuple(int(i) for i in draft_ids)
    return _step(
        store, ids, lambda i: store.drafts.mark_sent(i, note=note), call(send_for_approval, ids, note=note)
    )


def record_answer(
    store: Store,
    draft_id: int,
    *,
    approved: bool,
    words: str = "",
    author: str = "",
    at: datetime | None = None,
) -> Undoable[Draft]:
    """The client's answer, with their words: approved (the draft becomes "approved" unless
    already scheduled or published; the approved state is kept to show later changes), or changes
    requested (back to "draft"). `at`: when they answered (now when None)."""
    redo = call(record_answer, draft_id, approved=approved, words=words, author=author, at=at)
    return _one(
        _step(
            store,
            [draft_id],
            lambda i: store.drafts.record_answer(i, approved=approved, words=words, author=author, now=at),
            redo,
        )
    )


def mark_published(
    store: Store, draft_id: int, *, url: str = "", at: datetime | None = None, network: str | None = None
) -> Undoable[Draft]:
    """The post went out by hand at `at` (now when None), at `url` (may be empty): for one
    `network`'s variant, or the whole draft. The draft is "published" once every variant is."""
    redo = call(mark_published, draft_id, url=url, at=at, network=network)
    step = lambda i: store.drafts.mark_published(i, url=url, at=at, network=network)  # noqa: E731
    return _one(_step(store, [draft_id], step, redo))


def clear_publication(store: Store, draft_id: int, *, network: str | None = None) -> Undoable[Draft]:
    """Marked published by mistake: forget it (one variant, or all)."""
    redo = call(clear_publication, draft_id, network=network)
    return _one(_step(store, [draft_id], lambda i: store.drafts.clear_publication(i, network=network), redo))


def add_comment(store: Store, draft_id: int, text: str, *, author: str = "") -> DraftEvent:
    """A line in the draft's history (a call with the client, a reminder)."""
    if not text.strip():
        raise InvalidValue("an empty comment", field="text", reason="empty")
    return store.drafts.add_comment(draft_id, text, author=author)


def _planning_zone(store: Store, client_id: int) -> str:
    from cmtoolbox.ops.calendar import planning_zone  # calendar imports this module's names

    return planning_zone(store, client_id)
