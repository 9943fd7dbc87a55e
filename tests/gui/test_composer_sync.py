"""The composer follows other writers of its text (revue de presse, feed items) and never loses a side.

Real parts: the composer page, the revue de presse tab sending its post, the DbRunner over a real
SQLite file, the autosave on the real event loop.
"""

from __future__ import annotations

import asyncio

from PySide6.QtGui import QTextCursor

from cmtoolbox.gui.drafts.composer_page import AUTOSAVE_MS, ComposerPage
from cmtoolbox.gui.sources.review_tab import ReviewTab
from cmtoolbox.storage.composer import (
    ENTITY,
    append_to_composer,
    composer_text,
    set_composer_text,
    sync_composer_text,
)
from tests.gui.test_composer_page import make_page, type_into

DRAFT = "Nouvelle fournée à 16\u00a0h"


def make_review(store, client_id: int) -> int:  # noqa: ANN001
    intro = "Ce qu’on a lu pour vous."
    review = store.reviews.create(client_id, "Revue de presse de la semaine", intro=intro)
    store.reviews.add_link(review.id, "https://www.lyon.fr/actualite/marches", "Les marchés de Lyon rouvrent")
    store.reviews.add_link(review.id, "https://www.example.org/levain", "Le retour du pain au levain")
    return review.id


def open_review(qtbot, ctx, run, client_id: int) -> ReviewTab:  # noqa: ANN001
    tab = ReviewTab(ctx)
    qtbot.addWidget(tab)
    tab.set_client(client_id)
    run(ctx.tasks.idle())
    assert tab.review is not None
    return tab


def stored(run, ctx, client_id: int) -> str:  # noqa: ANN001
    return run(ctx.runner.read(lambda s: composer_text(s, client_id)))


def wait_for_autosave(run, ctx) -> None:  # noqa: ANN001
    run(asyncio.sleep(AUTOSAVE_MS / 1000 + 0.3))
    run(ctx.tasks.idle())


# -- storage ---------------------------------------------------------------------------------------------
def test_every_writer_records_the_composer_of_that_client(store) -> None:  # noqa: ANN001
    client = store.clients.create("Boulangerie Martin")
    store.take_changes()
    append_to_composer(store, client.id, "Premier post")
    changes = store.take_changes()
    assert (ENTITY, client.id) in changes.ids and client.id in changes.client_ids
    assert append_to_composer(store, client.id, "Deuxième post") == "Premier post\n\nDeuxième post"
    assert (ENTITY, client.id) in store.take_changes().ids


def test_a_save_from_an_old_base_merges_instead_of_overwriting(store) -> None:  # noqa: ANN001
    client = store.clients.create("Boulangerie Martin")
    set_composer_text(store, client.id, DRAFT)
    append_to_composer(store, client.id, "📰 La revue")  # arrives while the CM types
    saved = sync_composer_text(store, client.id, DRAFT + " : brioche", base=DRAFT)
    assert saved == DRAFT + " : brioche\n\n📰 La revue" == composer_text(store, client.id)
    store.take_changes()
    # Nothing typed since the base: nothing is written, the stored text comes back.
    assert sync_composer_text(store, client.id, DRAFT, base=DRAFT) == saved
    assert not store.take_changes()


# -- the open composer page ---------------------------------------------------------------------------------
def test_review_post_shows_up_in_an_open_composer(qtbot, ctx, run) -> None:  # noqa: ANN001
    client = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    run(ctx.runner.run(lambda s: make_review(s, client.id)))
    run(ctx.runner.run(lambda s: set_composer_text(s, client.id, DRAFT)))
    page, _clients = make_page(qtbot, ctx, run)
    assert page.editor.text() == DRAFT
    cursor = page.editor.edit.textCursor()
    cursor.setPosition(8)  # the CM's cursor, after "Nouvelle"
    page.editor.edit.setTextCursor(cursor)

    tab = open_review(qtbot, ctx, run, client.id)
    post = run(tab.send_as_post())
    run(ctx.tasks.idle())
    assert post.startswith("📰 Revue de presse de la semaine")
    assert page.editor.text() == f"{DRAFT}\n\n{post}", "the open composer did not pick up the post"
    assert page.editor.edit.textCursor().position() == 8, "the cursor jumped"
    assert page.status.text() == "Text added from another section"
    assert stored(run, ctx, client.id) == page.editor.text()

    # The next autosave keeps it: typing more and saving writes both.
    type_into(page, "!")
    wait_for_autosave(run, ctx)
    assert stored(run, ctx, client.id) == f"Nouvelle! fournée à 16\u00a0h\n\n{post}"
    # One undo step removes the typing, the next one the added post: nothing is forced on the CM.
    page.editor.edit.undo()
    page.editor.edit.undo()
    assert page.editor.text() == DRAFT


def test_unsaved_typing_and_the_review_post_both_survive(qtbot, ctx, run) -> None:  # noqa: ANN001
    client = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    run(ctx.runner.run(lambda s: make_review(s, client.id)))
    run(ctx.runner.run(lambda s: set_composer_text(s, client.id, DRAFT)))
    page, _clients = make_page(qtbot, ctx, run)
    page.editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    type_into(page, " : pain au levain")
    assert page.status.text() == "Editing…"  # not saved yet: the countdown runs

    tab = open_review(qtbot, ctx, run, client.id)
    post = run(tab.send_as_post())
    run(ctx.tasks.idle())
    expected = f"{DRAFT} : pain au levain\n\n{post}"
    assert page.editor.text() == expected
    assert stored(run, ctx, client.id) == expected
    type_into(page, " et brioche")  # the cursor stayed at the end of what the CM was typing
    wait_for_autosave(run, ctx)
    assert stored(run, ctx, client.id) == f"{DRAFT} : pain au levain et brioche\n\n{post}"
    assert page.editor.text() == stored(run, ctx, client.id)


def test_an_append_between_the_autosave_and_its_write_is_not_overwritten(qtbot, ctx, run) -> None:  # noqa: ANN001
    """The old bug: the composer's autosave wrote its text over a post the review had just added."""
    client = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    run(ctx.runner.run(lambda s: set_composer_text(s, client.id, DRAFT)))
    page, _clients = make_page(qtbot, ctx, run)
    page.editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    type_into(page, " : brioche")
    task = page.schedule_save()  # the autosave fires; its write has not reached the database yet
    assert task is not None and not task.done()
    ctx.runner.run_blocking(lambda s: append_to_composer(s, client.id, "📰 Post de la revue"))
    run(ctx.tasks.idle())
    expected = f"{DRAFT} : brioche\n\n📰 Post de la revue"
    assert stored(run, ctx, client.id) == expected
    assert page.editor.text() == expected


def test_a_feed_item_sent_as_a_post_reaches_the_open_composer(qtbot, ctx, run) -> None:  # noqa: ANN001
    client = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    page, _clients = make_page(qtbot, ctx, run)
    assert page.editor.text() == ""
    post = "Le retour du pain au levain\n\nvia Lyon"
    run(ctx.runner.run(lambda s: append_to_composer(s, client.id, post)))
    run(ctx.tasks.idle())
    assert page.editor.text() == post
    assert not page.editor.edit.document().isEmpty()


def test_another_clients_composer_is_left_alone(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    hotel = run(ctx.runner.run(lambda s: s.clients.create("Hôtel Bellecour")))
    page, clients = make_page(qtbot, ctx, run)
    clients.select(bakery.id)
    run(ctx.tasks.idle())
    page.editor.set_text(DRAFT)
    wait_for_autosave(run, ctx)
    run(ctx.runner.run(lambda s: append_to_composer(s, hotel.id, "Pour l’hôtel")))
    run(ctx.tasks.idle())
    assert page.editor.text() == DRAFT
    assert stored(run, ctx, bakery.id) == DRAFT and stored(run, ctx, hotel.id) == "Pour l’hôtel"
    clients.select(hotel.id)
    run(ctx.tasks.idle())
    assert page.editor.text() == "Pour l’hôtel"
    assert isinstance(page, ComposerPage)
