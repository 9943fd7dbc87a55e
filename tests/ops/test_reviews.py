"""The revue de presse's operations on a real SQLite store: reviews, entries, the builder's
remembered choices, each undo and its redo, and an operation failing half-way."""

from __future__ import annotations

from datetime import date

import pytest

from cmtoolbox.core import press_review
from cmtoolbox.ops import Outcome, call, execute
from cmtoolbox.ops import reviews as ops
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.store import Store
from tests.ops.test_feeds import fetched

TODAY = date(2026, 11, 21)


@pytest.fixture
def martin(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


@pytest.fixture
def item_ids(store: Store, martin: int) -> list[int]:
    feed = store.feeds.subscribe(martin, "https://fournil.example/feed.xml", result=fetched())
    return [row.id for row in store.feeds.items(martin, feed_id=feed.id)]


def run(store: Store, fn, *args, **kwargs) -> Outcome:  # noqa: ANN001
    return execute(store, call(fn, *args, **kwargs))


def undo(store: Store, outcome: Outcome) -> Outcome:
    assert outcome.undo is not None
    return execute(store, outcome.undo)


def titles(store: Store, review_id: int) -> list[str]:
    return [entry.title for entry in store.reviews.get(review_id).entries]


# -- reviews ---------------------------------------------------------------------------------------
def test_create_update_delete_and_their_undo(store: Store, martin: int) -> None:
    created = run(store, ops.create_week_review, martin, "fr", TODAY)
    review = created.value
    assert review.title == "Revue de presse — semaine du 16 novembre 2026"
    assert (review.period_start, review.period_end) == (date(2026, 11, 16), date(2026, 11, 22))
    assert ops.remembered_review(store, martin) == review.id
    assert created.changes.touches(Entity.PRESS_REVIEWS)

    updated = run(
        store, ops.update_review, review.id, title="  Revue  de la semaine ", intro="Bonjour",
        period_start=date(2026, 11, 22), period_end=date(2026, 11, 16),
    )  # fmt: skip
    assert updated.value.title == "Revue de la semaine" and updated.undo is None
    assert (updated.value.period_start, updated.value.period_end) == (date(2026, 11, 16), date(2026, 11, 22))

    deleted = run(store, ops.delete_review, review.id)
    assert ops.builder_state(store, martin).review is None
    restored = undo(store, deleted)
    assert ops.builder_state(store, martin).review.id == review.id  # type: ignore[union-attr]
    undo(store, restored)
    assert store.reviews.list(martin) == []
    undo(store, created)  # undoing the creation itself is a trip to the trash too
    assert store.reviews.list(martin) == []


def test_builder_state_remembers_the_review_and_the_utm_choice_per_client(store: Store, martin: int) -> None:
    other = store.clients.create("Fleuriste Rose").id
    first = run(store, ops.create_week_review, martin, "en", TODAY).value
    second = run(store, ops.create_week_review, martin, "en", date(2026, 11, 28)).value
    assert ops.builder_state(store, martin).review.id == second.id  # type: ignore[union-attr]
    run(store, ops.remember_review, martin, first.id)
    state = ops.builder_state(store, martin)
    assert state.review.id == first.id and [r.id for r in state.reviews] == [second.id, first.id]  # type: ignore[union-attr]
    assert ops.builder_state(store, martin, second.id).review.id == second.id  # type: ignore[union-attr]

    # Issue 15: "Suivi UTM" is remembered, for this client only, across restarts.
    assert state.utm == ops.UtmChoice() and state.utm.tag is None
    choice = ops.UtmChoice(True, "lettre", "email", "noel-2026")
    assert run(store, ops.remember_utm, martin, choice).changes.touches(Entity.SETTINGS)
    assert ops.builder_state(store, martin).utm == choice
    assert choice.tag == press_review.UtmTag("lettre", "email", "noel-2026")
    assert ops.remembered_utm(store, other) == ops.UtmChoice()


# -- entries ---------------------------------------------------------------------------------------
def test_add_from_the_reader_stars_and_is_undone(store: Store, martin: int, item_ids: list[int]) -> None:
    outcome = run(store, ops.add_item, martin, item_ids[0], "fr", TODAY)
    addition = outcome.value
    assert addition.added and addition.item.starred  # the reader shows "★ Starred" from this
    assert addition.review_title.startswith("Revue de presse")  # a review of the week was made
    (review,) = store.reviews.list(martin)
    assert titles(store, review.id) == ["Levain du jour"]
    again = run(store, ops.add_item, martin, item_ids[0], "fr", TODAY)
    assert not again.value.added and again.undo is None

    taken = undo(store, outcome)
    assert titles(store, review.id) == [] and not store.feeds.item(item_ids[0]).starred
    undo(store, taken)  # redo: into the same review, starred again
    assert titles(store, review.id) == ["Levain du jour"] and store.feeds.item(item_ids[0]).starred

    store.feeds.set_starred(item_ids[1], True)  # starred before: stays starred after the undo
    undo(store, run(store, ops.add_item, martin, item_ids[1], "fr", TODAY))
    assert store.feeds.item(item_ids[1]).starred


def test_candidates_order_comments_removal_and_undo(store: Store, martin: int, item_ids: list[int]) -> None:
    source = store.sources.create(martin, "https://agenda.example/", title="Agenda", notes="Dates clés")
    store.sources.set_starred(source.id, True)
    for item_id in item_ids:
        store.feeds.set_starred(item_id, True)
    material = ops.candidates(store, martin)
    assert len(material.items) == 3 and [s.id for s in material.sources] == [source.id]
    review = run(store, ops.create_week_review, martin, "fr", TODAY).value
    chosen = [("item", item_ids[0]), ("item", item_ids[1]), ("source", source.id), ("item", item_ids[0])]
    added = run(store, ops.add_candidates, review.id, chosen)
    assert added.value == 3 and titles(store, review.id) == ["Levain du jour", "Brioche", "Agenda"]
    entries = store.reviews.get(review.id).entries
    assert entries[2].comment == "Dates clés"  # a bookmark's notes seed its comment

    moved = run(store, ops.move_entry, entries[2].id, -5)
    assert titles(store, review.id) == ["Agenda", "Levain du jour", "Brioche"]
    back = undo(store, moved)
    assert titles(store, review.id) == ["Levain du jour", "Brioche", "Agenda"]
    undo(store, back)
    assert titles(store, review.id) == ["Agenda", "Levain du jour", "Brioche"]

    commented = run(store, ops.update_comment, entries[1].id, "  À relayer en **story**. ")
    assert commented.value.comment == "À relayer en **story**." and commented.undo is None
    removed = run(store, ops.remove_entries, (entries[1].id,))
    assert titles(store, review.id) == ["Agenda", "Levain du jour"]
    put_back = undo(store, removed)
    restored = store.reviews.get(review.id).entries
    assert [e.title for e in restored] == ["Agenda", "Levain du jour", "Brioche"]
    assert restored[2].comment == "À relayer en **story**." and restored[2].excerpt == entries[1].excerpt
    assert restored[2].feed_item_id == item_ids[1]
    assert restored[2].id == entries[1].id  # the same entry: older undo steps still name it
    redone = undo(store, put_back)
    assert titles(store, review.id) == ["Agenda", "Levain du jour"]
    undo(store, redone)

    taken_back = undo(store, added)  # the whole addition, as one step
    assert titles(store, review.id) == []
    undo(store, taken_back)
    assert sorted(titles(store, review.id)) == ["Agenda", "Brioche", "Levain du jour"]


def test_a_removal_is_undone_even_after_its_item_was_purged(
    store: Store, martin: int, item_ids: list[int]
) -> None:
    review = run(store, ops.create_week_review, martin, "fr", TODAY).value
    run(store, ops.add_candidates, review.id, [("item", item_ids[2])])
    entry = store.reviews.get(review.id).entries[0]
    removed = run(store, ops.remove_entries, (entry.id,))
    feed_id = store.feeds.item(item_ids[2]).feed_id
    store.trash.move_to_trash(Entity.FEEDS, feed_id)
    store.trash.purge(Entity.FEEDS, feed_id)
    undo(store, removed)
    (back,) = store.reviews.get(review.id).entries
    assert back.title == entry.title and back.excerpt == entry.excerpt and back.feed_item_id is None


def test_an_operation_failing_half_way_leaves_nothing_written(
    store: Store, martin: int, item_ids: list[int]
) -> None:
    review = run(store, ops.create_week_review, martin, "fr", TODAY).value
    run(store, ops.add_candidates, review.id, [("item", item_ids[0])])
    entry_id = store.reviews.get(review.id).entries[0].id
    with pytest.raises(NotFound):  # the second entry does not exist: the first is not removed either
        run(store, ops.remove_entries, (entry_id, 999_999))
    assert titles(store, review.id) == ["Levain du jour"]
    with pytest.raises(NotFound):  # an unknown item after two good ones: none is added
        run(
            store,
            ops.add_candidates,
            review.id,
            [("item", item_ids[1]), ("item", item_ids[2]), ("item", 999_999)],
        )
    assert titles(store, review.id) == ["Levain du jour"]
    assert not store.take_changes()


# -- export ----------------------------------------------------------------------------------------
def test_a_comment_keeps_the_excerpt_in_every_export(store: Store, martin: int, item_ids: list[int]) -> None:
    """Issue 15: adding a comment dropped the item's excerpt from the export."""
    review = run(store, ops.create_week_review, martin, "fr", TODAY).value
    run(store, ops.add_candidates, review.id, [("item", item_ids[0])])
    entry = store.reviews.get(review.id).entries[0]
    assert entry.excerpt == "Du levain."
    run(store, ops.update_comment, entry.id, "Notre **coup de cœur**.")
    model = ops.export_model(store, review.id)
    markdown = press_review.to_markdown(model)
    assert "> Du levain." in markdown and "Notre **coup de cœur**." in markdown
    assert markdown.index("> Du levain.") < markdown.index("Notre **coup de cœur**.")
    html = press_review.to_html(model)
    assert "<blockquote><p>Du levain.</p></blockquote>" in html and "<strong>coup de cœur</strong>" in html
