"""Publishing by hand, snippets, and drafts reached from elsewhere, on a real database: copy a thread
one post at a time, open the network's site, mark as published (with undo); insert snippets by the
menu and the shortcut, manage them; a feed item and a note's [[draft:...]] link open a draft in the
real main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from cmtoolbox.gui.drafts.page import DraftsPage
from cmtoolbox.gui.drafts.publish_dialog import MarkPublishedDialog
from cmtoolbox.gui.drafts.snippets import SNIPPETS_SHORTCUT
from cmtoolbox.gui.drafts.snippets_dialog import SnippetsDialog
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.notes.page import NotesPage
from cmtoolbox.gui.sources.page import SourcesPage
from cmtoolbox.gui.sources.send_to import SendChoice
from cmtoolbox.ops import snippets as snippet_ops
from cmtoolbox.storage.accounts import AccountFields
from cmtoolbox.storage.drafts import DraftQuery
from cmtoolbox.storage.store import Store
from tests.fixture_server import FixtureServer
from tests.gui.test_drafts_page import make_page, settle, type_in, wait_until


@pytest.fixture
def martin(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


PARAGRAPH = "Au fournil dès 4 h, Julien façonne les baguettes de la journée, une à une. " * 3


def mark_answer(run, page: DraftsPage, url: str) -> MarkPublishedDialog:  # noqa: ANN001
    wait_until(run, lambda: page.publishing.dialog is not None and page.publishing.dialog.isVisible())
    dialog = page.publishing.dialog
    assert dialog is not None
    dialog.url.setText(url)
    return dialog


def accept(dialog: MarkPublishedDialog) -> None:
    dialog._accept_if_valid()  # what OK does


def test_copy_a_thread_post_by_post_open_the_site_and_mark_published(
    qtbot, ctx, run, store: Store, martin: int
) -> None:  # noqa: ANN001
    thread = "\n\n".join([PARAGRAPH] * 3).strip()
    draft = store.drafts.create(martin, title="Coulisses", body=thread, networks=["x", "instagram"])
    page = make_page(qtbot, ctx, run)
    run(page.open_draft(draft.id))
    page.editor.texts.show_panel("x")
    row = page.editor.texts.panel("x").publish  # type: ignore[union-attr]

    run(page.publishing.copy_next("x"))
    first = QGuiApplication.clipboard().text()
    assert first.startswith("Au fournil") and len(first) <= 280 and first != thread
    assert row.progress.text().startswith("Post 1/")
    total = int(row.progress.text().split("/")[1].split()[0])
    assert total >= 3
    row.copy_button.click()
    settle(run, ctx)
    second = QGuiApplication.clipboard().text()
    assert second != first and row.progress.text() == f"Post 2/{total} copied"

    opened: list[QUrl] = []
    page.publishing.open_url = opened.append
    row.open_button.click()
    settle(run, ctx)
    assert opened == [QUrl("https://x.com/compose/post")]

    # Instagram: one post, copied whole.
    run(page.publishing.copy_next("instagram"))
    assert QGuiApplication.clipboard().text() == thread
    assert page.editor.texts.panel("instagram").publish.progress.text() == "Copied"  # type: ignore[union-attr]

    # Mark X as published, with a wrong address first: the dialog says so and stays open.
    task = page.publishing.mark_published("x")
    dialog = mark_answer(run, page, "pas une adresse")
    accept(dialog)
    assert dialog.isVisible() and "not a web address" in dialog.error.text()
    dialog.url.setText("https://x.com/boulangerie/status/1")
    accept(dialog)
    run(task)
    settle(run, ctx)
    stored = store.drafts.get(draft.id)
    assert stored.variant("x").published_url == "https://x.com/boulangerie/status/1"  # type: ignore[union-attr]
    assert stored.status != "published", "Instagram is still to go"
    assert row.published.text().startswith("Published ") and row.clear_button.isVisible()
    row.published.linkActivated.emit("https://x.com/boulangerie/status/1")  # "see the post"
    row.published.linkActivated.emit("javascript:alert(1)")  # never opened
    assert opened[-1] == QUrl("https://x.com/boulangerie/status/1") and len(opened) == 2

    # The whole draft: every variant is out, the draft is "published". Undo takes it back.
    page.publishing.dialog = None
    task = page.publishing.mark_published(None)
    accept(mark_answer(run, page, ""))
    run(task)
    settle(run, ctx)
    assert store.drafts.get(draft.id).status == "published"
    assert page.editor.status.status() == "published"
    run(ctx.undo.undo())
    settle(run, ctx)
    assert store.drafts.get(draft.id).status != "published"

    # "Not published": a mistake forgotten.
    row.clear_button.click()
    settle(run, ctx)
    assert store.drafts.get(draft.id).variant("x").published_at is None  # type: ignore[union-attr]
    assert not row.clear_button.isVisible()


def test_snippets_by_menu_shortcut_and_manager(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    store.snippets.create(martin, kind="signature", name="Signature", text="— L’équipe Martin 🥖")
    store.snippets.create(martin, kind="hashtags", name="Insta", text="#lyon #pain", network="instagram")
    store.accounts.save(
        martin, AccountFields("instagram", "boulangeriemartin", default_hashtags=("#Levain",))
    )
    draft = store.drafts.create(
        martin, title="Pain", body="Notre pain au levain #Lyon", networks=["instagram"]
    )
    page = make_page(qtbot, ctx, run)
    run(page.open_draft(draft.id))
    settle(run, ctx)
    editor = page.editor
    button = editor.snippet_buttons[""]
    button.rebuild_menu()
    entries = [(a.objectName(), a.text()) for a in button.snippets_menu.actions() if not a.isSeparator()]
    assert ("snippetsEntry", "Signature") in entries
    assert ("snippetsEntry", "Instagram · @boulangeriemartin (Instagram)") in entries  # the account's
    assert entries[-1] == ("snippetsManage", "Manage snippets…")

    # Hashtags: only those the text lacks (#Lyon is there), after the prose.
    insta = next(a for a in button.snippets_menu.actions() if a.text() == "Insta (Instagram)")
    insta.trigger()
    assert editor.texts.master.text() == "Notre pain au levain #Lyon\n\n#pain"
    # A signature goes in its own paragraph at the end.
    next(a for a in button.snippets_menu.actions() if a.text() == "Signature").trigger()
    assert editor.texts.master.text().endswith("#pain\n\n— L’équipe Martin 🥖")
    editor.texts.master.edit.undo()
    assert editor.texts.master.text() == "Notre pain au levain #Lyon\n\n#pain"

    # The variant's menu offers its network's snippets first.
    editor.texts.show_panel("instagram")
    variant_menu = editor.snippet_buttons["instagram"]
    variant_menu.rebuild_menu()
    first = next(a for a in variant_menu.snippets_menu.actions() if a.objectName() == "snippetsEntry")
    assert first.text() == "Insta"

    # Ctrl+Shift+S in the text opens the menu of the text with the focus.
    page.activateWindow()
    panel_edit = page.editor.texts.panel("instagram").editor.edit  # type: ignore[union-attr]
    panel_edit.setFocus()
    qtbot.waitUntil(panel_edit.hasFocus)
    QTest.keySequence(panel_edit, QKeySequence(SNIPPETS_SHORTCUT))
    qtbot.waitUntil(variant_menu.snippets_menu.isVisible)
    variant_menu.snippets_menu.close()

    # The manager: a new snippet for every client, then to the trash and back.
    dialog = page.open_snippets()
    assert isinstance(dialog, SnippetsDialog)
    settle(run, ctx)
    assert len(dialog.snippets) == 3 and dialog.copy_button.isEnabled()
    dialog.start_new()
    dialog.kind.setCurrentIndex(dialog.kind.findData("cta"))
    dialog.name.setText("Précommande")
    dialog.text.setPlainText("Commandez la veille avant 18 h 👇")
    dialog.shared.setChecked(True)
    saved = run(dialog.save())
    assert saved is not None and saved.client_id is None and saved.kind == "cta"
    settle(run, ctx)
    assert any(s.name == "Précommande" for s in page.editor.snippets.snippets)
    dialog.start_new()
    assert run(dialog.save()) is None and dialog.status.text() == "Give the snippet a name."
    assert dialog.select("Précommande")
    run(dialog.delete_selected())
    assert not any(s.name == "Précommande" for s in run(ctx.runner.read(snippet_ops.list_snippets, martin)))
    run(ctx.undo.undo())
    assert any(s.name == "Précommande" for s in run(ctx.runner.read(snippet_ops.list_snippets, martin)))
    run(dialog.copy_accounts())
    assert "1 snippet(s)" in dialog.status.text() or "1 snippet" in dialog.status.text()
    dialog.close()
    settle(run, ctx)


def make_window(qtbot, ctx, run) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    run(window.clients.reload())
    settle(run, ctx)
    return window


def test_a_feed_item_sent_as_a_post_opens_as_a_new_draft(
    qtbot, ctx, run, store: Store, martin: int, fixture_server: FixtureServer
) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    window.show_section("sources")
    sources = window.page("sources")
    assert isinstance(sources, SourcesPage)
    sources.tabs.setCurrentIndex(SourcesPage.FEEDS)
    tab = sources.feeds_tab
    run(tab.subscriptions.subscribe_url(fixture_server.url("feeds/nnw_qemu.atom")))
    settle(run, ctx)
    item = store.feeds.item(tab.model.rows[0].id)
    assert run(tab.actions_on_items.send_item(item.id, SendChoice("post", None))) == "post"
    settle(run, ctx)
    made = store.drafts.page(DraftQuery(client_id=martin))
    assert len(made) == 1
    page = window.page("drafts")
    assert isinstance(page, DraftsPage)
    assert window.current_section == "drafts" and page.current_draft is not None
    assert page.current_draft.id == made[0].id
    assert item.link in page.editor.texts.master.text()
    assert page.editor.events.lines()[0].endswith("Created from a feed item")
    window.close()


def test_a_draft_link_in_a_note_opens_the_draft(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    draft = store.drafts.create(martin, title="Galette des rois", body="La galette", networks=["instagram"])
    window = make_window(qtbot, ctx, run)
    window.show_section("notes")
    notes = window.page("notes")
    assert isinstance(notes, NotesPage)
    run(notes.controller.create_and_open(martin, "Plan de janvier", "Voir [[draft:Galette des rois]]"))
    run(notes.dialogs.follow_link("draft", "galette DES rois"))
    settle(run, ctx)
    page = window.page("drafts")
    assert window.current_section == "drafts" and page.current_draft.id == draft.id  # type: ignore[attr-defined]
    window.show_section("notes")
    run(notes.dialogs.follow_link("draft", "Inconnu"))
    assert ctx.status.last == "There is no draft called “Inconnu”." and window.current_section == "notes"
    window.close()


def test_copy_from_a_following_variant_copies_the_master(qtbot, ctx, run, store: Store, martin: int) -> None:  # noqa: ANN001
    draft = store.drafts.create(martin, title="Court", body="Pain chaud à 16 h", networks=["facebook"])
    page = make_page(qtbot, ctx, run)
    run(page.open_draft(draft.id))
    type_in(page.editor.texts.master.edit, " !")
    run(page.publishing.copy_next("facebook"))  # saves first: what is copied is what is on screen
    assert QGuiApplication.clipboard().text() == "Pain chaud à 16 h !"
    page.editor.texts.show_panel("facebook")
    panel = page.editor.texts.panel("facebook")
    assert panel is not None
    qtbot.keyClick(panel.editor.edit, Qt.Key.Key_Backspace)
    assert panel.publish.progress.text() == "", "an edit starts the copy over"
    settle(run, ctx)
