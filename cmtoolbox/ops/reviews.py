"""Operations of the revue de presse: reviews, their entries, and the builder's remembered choices.

Entries are snapshots (title, link, source, excerpt, comment), so removing one is undone by
putting the same snapshot back at the same place, even after its feed item or bookmark is gone.
The builder's choices that belong to a client (the review it shows, the UTM tracking of the
export) are client settings: they follow the client across restarts, not the machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from cmtoolbox.core import press_review
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.feeds import FeedItem
from cmtoolbox.storage.reviews import AlreadyInReview, PressReview, ReviewEntry
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.sources import Source
from cmtoolbox.storage.store import Store

CURRENT_REVIEW_KEY = "press_review.current"
"""Client setting: the review the builder shows, where "Add to press review" puts items."""
UTM_KEY = "press_review.utm"
"""Client setting: the "UTM tracking" of the export (on or off, and its three values)."""
UTM_DEFAULTS = ("newsletter", "email", "revue-de-presse")

Candidate = tuple[str, int]
"""("item", feed item id) or ("source", bookmark id): something starred the review can take."""


@dataclass(frozen=True)
class UtmChoice:
    """The export's UTM tracking as the CM left it."""

    enabled: bool = False
    source: str = UTM_DEFAULTS[0]
    medium: str = UTM_DEFAULTS[1]
    campaign: str = UTM_DEFAULTS[2]

    @property
    def tag(self) -> press_review.UtmTag | None:
        """The tag to put on links, None when tracking is off."""
        if not self.enabled:
            return None
        return press_review.UtmTag(self.source.strip(), self.medium.strip(), self.campaign.strip())


@dataclass(frozen=True)
class Candidates:
    """What was starred in the reader and in the bookmarks: the material of a review."""

    items: list[FeedItem]
    sources: list[Source]


@dataclass(frozen=True)
class BuilderState:
    """Everything the builder shows for a client, read in one go."""

    reviews: list[PressReview]
    review: PressReview | None
    candidates: Candidates
    utm: UtmChoice


@dataclass(frozen=True)
class ReviewAddition:
    """The outcome of "Add to press review" in the reader."""

    review_title: str
    added: bool  # False: the item was already in that review
    item: FeedItem  # as it is now (starred when added)


# -- reading -----------------------------------------------------------------------------------
def candidates(store: Store, client_id: int) -> Candidates:
    return Candidates(store.feeds.starred_items(client_id), store.sources.list(client_id, starred_only=True))


def builder_state(store: Store, client_id: int, wanted: int | None = None) -> BuilderState:
    """The client's reviews and the one to show: `wanted`, else the remembered one, else the
    newest."""
    reviews = store.reviews.list(client_id)
    chosen = wanted if wanted is not None else remembered_review(store, client_id)
    ids = [review.id for review in reviews]
    if chosen not in ids:
        chosen = ids[0] if ids else None
    review = store.reviews.get(chosen) if chosen is not None else None
    return BuilderState(reviews, review, candidates(store, client_id), remembered_utm(store, client_id))


def get_review(store: Store, review_id: int) -> PressReview:
    return store.reviews.get(review_id)


# -- remembered choices ------------------------------------------------------------------------
def remembered_review(store: Store, client_id: int) -> int | None:
    value = store.settings.get(CURRENT_REVIEW_KEY, None, scope=client_scope(client_id))
    return value if isinstance(value, int) else None


def remember_review(store: Store, client_id: int, review_id: int) -> None:
    store.settings.set(CURRENT_REVIEW_KEY, review_id, scope=client_scope(client_id))


def remembered_utm(store: Store, client_id: int) -> UtmChoice:
    value: Any = store.settings.get(UTM_KEY, None, scope=client_scope(client_id))
    if not isinstance(value, dict):
        return UtmChoice()
    defaults = UtmChoice()
    return UtmChoice(
        enabled=bool(value.get("enabled", False)),
        source=str(value.get("source", defaults.source)),
        medium=str(value.get("medium", defaults.medium)),
        campaign=str(value.get("campaign", defaults.campaign)),
    )


def remember_utm(store: Store, client_id: int, choice: UtmChoice) -> None:
    store.settings.set(
        UTM_KEY,
        {
            "enabled": choice.enabled,
            "source": choice.source,
            "medium": choice.medium,
            "campaign": choice.campaign,
        },
        scope=client_scope(client_id),
    )


# -- reviews -----------------------------------------------------------------------------------
def create_review(
    store: Store, client_id: int, title: str, period_start: date, period_end: date
) -> Undoable[PressReview]:
    """A new review, shown (and added to) from now on; undone by moving it to the trash."""
    review = store.reviews.create(client_id, title, period_start=period_start, period_end=period_end)
    remember_review(store, client_id, review.id)
    return Undoable(review, call(delete_review, review.id))


def create_week_review(store: Store, client_id: int, language: str, today: date) -> Undoable[PressReview]:
    """The review of the week of `today`, titled in `language`."""
    start, end = press_review.week_bounds(today)
    return create_review(store, client_id, press_review.default_title(today, language), start, end)


def update_review(
    store: Store,
    review_id: int,
    *,
    title: str,
    intro: str,
    period_start: date,
    period_end: date,
) -> PressReview:
    """Save the head of a review as typed (autosave: the text fields keep their own undo)."""
    if period_end < period_start:
        period_start, period_end = period_end, period_start
    return store.reviews.update(
        review_id, title=title, intro=intro, period_start=period_start, period_end=period_end
    )


def delete_review(store: Store, review_id: int) -> Undoable[None]:
    store.trash.move_to_trash(Entity.PRESS_REVIEWS, review_id)
    return Undoable(None, call(restore_review, review_id))


def restore_review(store: Store, review_id: int) -> Undoable[PressReview]:
    store.trash.restore(Entity.PRESS_REVIEWS, review_id)
    review = store.reviews.get(review_id)
    remember_review(store, review.client_id, review_id)
    return Undoable(review, call(delete_review, review_id))


# -- entries -----------------------------------------------------------------------------------
def current_review_id(store: Store, client_id: int, language: str, today: date) -> int:
    """The review "Add to press review" fills: the one open in the builder, else the newest,
    else a new one for this week (titled in the UI language)."""
    ids = [review.id for review in store.reviews.list(client_id)]
    wanted = remembered_review(store, client_id)
    if wanted is not None and wanted in ids:
        return wanted
    if ids:
        return ids[0]
    return create_week_review(store, client_id, language, today).value.id


def add_item(
    store: Store,
    client_id: int,
    item_id: int,
    language: str,
    today: date,
    review_id: int | None = None,
) -> ReviewAddition | Undoable[ReviewAddition]:
    """Add a feed item to the current review (or `review_id`) and star it, so it is found again
    among the starred. Undone by taking it out (and unstarring it when it was not starred)."""
    if review_id is None:
        review_id = current_review_id(store, client_id, language, today)
    title = store.reviews.get(review_id).title
    try:
        entry = store.reviews.add_item(review_id, item_id)
    except AlreadyInReview:
        return ReviewAddition(title, False, store.feeds.item(item_id))
    was_starred = store.feeds.item(item_id).starred
    item = store.feeds.item(item_id) if was_starred else store.feeds.set_starred(item_id, True)
    addition = ReviewAddition(title, True, item)
    return Undoable(addition, call(take_back_item, entry.id, client_id, language, today, not was_starred))


def take_back_item(
    store: Store, entry_id: int, client_id: int, language: str, today: date, unstar: bool
) -> Undoable[None]:
    """The undo of `add_item`; its own undo adds the item again to the same review."""
    entry = store.reviews.entry(entry_id)
    store.reviews.remove_entry(entry_id)
    assert entry.feed_item_id is not None  # only made for entries added from the reader
    if unstar:
        store.feeds.set_starred(entry.feed_item_id, False)
    return Undoable(
        None, call(add_item, client_id, entry.feed_item_id, language, today, review_id=entry.review_id)
    )


def add_candidates(store: Store, review_id: int, chosen: Sequence[Candidate]) -> Undoable[int]:
    """Add starred items and bookmarks at the end, skipping those already in; how many were added."""
    added: list[int] = []
    for kind, row_id in chosen:
        try:
            if kind == "item":
                entry = store.reviews.add_item(review_id, row_id)
            else:
                entry = store.reviews.add_source(review_id, row_id)
        except AlreadyInReview:
            continue
        added.append(entry.id)
    return Undoable(len(added), call(remove_entries, tuple(added)))


def remove_entries(store: Store, entry_ids: Sequence[int]) -> Undoable[int]:
    """Take entries out of their review; undone by putting the same snapshots back in place."""
    removed = tuple(store.reviews.entry(entry_id) for entry_id in entry_ids)
    for entry in removed:
        store.reviews.remove_entry(entry.id)
    return Undoable(len(removed), call(restore_entries, removed))


def restore_entries(store: Store, entries: Sequence[ReviewEntry]) -> Undoable[int]:
    """Put removed entries back where they were (lowest position first, so each lands on its
    own place), with their comment and excerpt."""
    restored: list[int] = []
    for entry in sorted(entries, key=lambda e: e.position):
        restored.append(store.reviews.insert_entry(entry).id)
    return Undoable(len(restored), call(remove_entries, tuple(restored)))


def update_comment(store: Store, entry_id: int, comment: str) -> ReviewEntry:
    """Save a comment as typed (autosave: the comment field keeps its own undo)."""
    return store.reviews.update_entry(entry_id, comment=comment)


def reorder(store: Store, review_id: int, order: Sequence[int]) -> Undoable[PressReview]:
    """Put the entries in this order (a drag, up, down); undone by the order before."""
    before = tuple(entry.id for entry in store.reviews.get(review_id).entries)
    review = store.reviews.reorder(review_id, order)
    return Undoable(review, call(reorder, review_id, before))


def move_entry(store: Store, entry_id: int, offset: int) -> Undoable[PressReview]:
    """Move an entry up (negative) or down (positive), clamped to the list."""
    review_id = store.reviews.entry(entry_id).review_id
    order = [entry.id for entry in store.reviews.get(review_id).entries]
    index = order.index(entry_id)
    order.insert(max(0, min(len(order) - 1, index + offset)), order.pop(index))
    return reorder(store, review_id, order)


def export_model(store: Store, review_id: int) -> press_review.Review:
    return store.reviews.to_export(review_id)
