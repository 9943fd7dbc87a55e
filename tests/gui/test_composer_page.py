"""The quick composer (Drafts section) on a real database: autosave, client switch, networks, dictionary."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.drafts.composer_page import AUTOSAVE_MS, ComposerPage
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.storage.composer import COMPOSER_NETWORKS_KEY as NETWORKS_KEY
from cmtoolbox.storage.composer import COMPOSER_TEXT_KEY as TEXT_KEY
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.settings import client_scope


def make_page(qtbot, ctx, run) -> tuple[ComposerPage, ClientSwitcher]:  # noqa: ANN001
    clients = ClientSwitcher(ctx)
    qtbot.addWidget(clients)
    run(clients.reload())
    page = ComposerPage(ctx, clients)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    run(ctx.tasks.idle())
    return page, clients


def stored_text(run, ctx, client_id: int) -> str | None:  # noqa: ANN001
    return run(ctx.runner.read(lambda s: s.settings.get(TEXT_KEY, scope=client_scope(client_id))))


def type_into(page: ComposerPage, text: str) -> None:
    page.editor.edit.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(page.editor.edit, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                page.editor.edit,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def test_without_a_client_the_page_says_what_to_do(qtbot, ctx, run) -> None:  # noqa: ANN001
    page, _clients = make_page(qtbot, ctx, run)
    assert page.stack.currentWidget() is page.empty
    assert page.client is None


def test_autosave_survives_a_page_rebuild(qtbot, ctx, run) -> None:  # noqa: ANN001
    client = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    page, clients = make_page(qtbot, ctx, run)
    assert page.client.id == client.id
    assert page.stack.currentIndex() == 1
    assert page.editor.networks() == ["linkedin", "instagram", "facebook"]  # default networks
    assert page.editor.text() == ""
    type_into(page, "Nouvelle fournée à 16 h : pain au levain ")
    type_into(page, "et brioche dorée 🥐")
    assert page.status.text() == "Editing…"
    assert stored_text(run, ctx, client.id) is None, "not on every keystroke"
    run(asyncio.sleep(AUTOSAVE_MS / 1000 + 0.3))  # the debounce fires on the real event loop
    run(ctx.tasks.idle())
    expected = "Nouvelle fournée à 16 h : pain au levain et brioche dorée 🥐"
    assert stored_text(run, ctx, client.id) == expected
    assert page.status.text().startswith("Saved at")

    page.close()
    page.deleteLater()
    rebuilt = ComposerPage(ctx, clients)
    qtbot.addWidget(rebuilt)
    rebuilt.show()
    run(ctx.tasks.idle())
    assert rebuilt.editor.text() == expected
    assert rebuilt.editor.counters.chip("instagram").text() == f"Instagram {len(expected) + 1}/2200"


def test_switching_client_saves_at_once_and_loads_the_other_text(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    florist = run(ctx.runner.run(lambda s: s.clients.create("Fleurs Dupont")))
    run(
        ctx.runner.run(
            lambda s: s.settings.set(TEXT_KEY, "Bouquets de pivoines", scope=client_scope(florist.id))
        )
    )
    page, clients = make_page(qtbot, ctx, run)
    clients.select(bakery.id)
    run(ctx.tasks.idle())
    type_into(page, "Croissants chauds")
    clients.select(florist.id)  # before the debounce: the bakery's text must not be lost
    run(ctx.tasks.idle())
    assert stored_text(run, ctx, bakery.id) == "Croissants chauds"
    assert page.editor.text() == "Bouquets de pivoines"
    assert stored_text(run, ctx, florist.id) == "Bouquets de pivoines"
    clients.select(bakery.id)
    run(ctx.tasks.idle())
    assert page.editor.text() == "Croissants chauds"


def test_networks_are_remembered_per_client(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    page, clients = make_page(qtbot, ctx, run)
    page.editor.counters.network_actions["x"].trigger()
    page.editor.counters.network_actions["facebook"].trigger()
    run(ctx.tasks.idle())
    stored = run(ctx.runner.read(lambda s: s.settings.get(NETWORKS_KEY, scope=client_scope(bakery.id))))
    assert stored == ["x", "linkedin", "instagram"]
    rebuilt = ComposerPage(ctx, clients)
    qtbot.addWidget(rebuilt)
    run(ctx.tasks.idle())
    assert rebuilt.editor.networks() == ["x", "linkedin", "instagram"]


def test_leaving_the_section_saves(qtbot, ctx, run) -> None:  # noqa: ANN001
    client = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.show_section("drafts")
    run(ctx.tasks.idle())
    page = window.page("drafts")
    assert isinstance(page, ComposerPage)
    type_into(page, "Atelier pain samedi")
    window.show_section("notes")  # hides the page: saved without waiting for the debounce
    assert page.status.text() == "Saving…"  # (checked before the loop runs: qasync emits aboutToQuit)
    run(ctx.tasks.idle())
    assert stored_text(run, ctx, client.id) == "Atelier pain samedi"


def test_copy_and_clear_with_undo(qtbot, ctx, run) -> None:  # noqa: ANN001
    run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    page, _clients = make_page(qtbot, ctx, run)
    page.editor.set_text("Bonjour\u202f! Nouvelle fournée")
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Bonjour\u202f! Nouvelle fournée", "typography kept"
    page.clear_button.click()
    assert page.editor.text() == ""
    page.editor.edit.undo()
    assert page.editor.text() == "Bonjour\u202f! Nouvelle fournée"


def test_sample_client_text_and_dictionary(qtbot, ctx, run) -> None:  # noqa: ANN001
    run(ctx.runner.run(create_sample_client))
    page, _clients = make_page(qtbot, ctx, run)
    assert page.editor.text().startswith("Nouveau à la Croix-Rousse")
    assert page.editor.networks() == ["linkedin", "instagram", "facebook"]
    assert page.editor.underlined_words() == [], "the bakery's own word is in its dictionary"
    assert all(r.valid for r in page.editor.results().values())

    dialog = page.open_dictionary()
    run(ctx.tasks.idle())
    assert [dialog.words.item(i).text() for i in range(dialog.words.count())] == ["canutine"]
    dialog.words.item(0).setSelected(True)
    dialog.remove_button.click()
    run(ctx.tasks.idle())
    assert run(ctx.runner.read(lambda s: s.dictionary.list(client_id=page.client.id))) == []
    assert page.editor.underlined_words() == ["canutine"], "the editor follows the dictionary"
    dialog.close()
