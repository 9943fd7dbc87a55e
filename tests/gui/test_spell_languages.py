"""Spell-check languages per client, and Settings changes reaching open editors at once.

Real parts: the drafts page and its post editors with the bundled Hunspell dictionaries, the
DbRunner over a real SQLite file, the main window's Settings dialog. "sourdough" is English only:
flagged when only French applies, accepted when English applies too.
"""

from __future__ import annotations

from cmtoolbox.gui.context import PREF_SPELL_LANGUAGES
from cmtoolbox.gui.drafts.page import DraftsPage
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.spell_languages import (
    SPELL_LANGUAGES_KEY,
    client_spell_languages,
    set_client_spell_languages,
)
from tests.gui.test_drafts_hashtags import Master, make_page

TEXT = "Notre pain au levain, un vrai sourdough croustillant, sort du four à 7\u00a0h."
ENGLISH_ONLY = "sourdough"


def flagged(page: Master) -> list[str]:
    return page.editor.underlined_words()


def languages_button(page: Master):  # noqa: ANN201 - the client's languages, in the page's toolbar
    return page.page.commands.client_languages


def stored_choice(run, ctx, client_id: int) -> object:  # noqa: ANN001
    scope = client_scope(client_id)
    return run(ctx.runner.read(lambda s: s.settings.get(SPELL_LANGUAGES_KEY, "absent", scope=scope)))


def test_each_client_has_its_own_languages(qtbot, ctx, run) -> None:  # noqa: ANN001
    bakery = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    hotel = run(ctx.runner.run(lambda s: s.clients.create("Hôtel Bellecour")))
    assert ctx.prefs.spell_languages == ("fr", "en")  # the app's default
    page, clients = make_page(qtbot, ctx, run)
    clients.select(bakery.id)
    run(ctx.tasks.idle())
    button = languages_button(page)
    assert button.text() == "Client languages: FR EN" and button.follows_default()
    assert button.default_action.text() == "Application default (FR, EN)"
    assert button.default_action.isChecked()
    page.editor.set_text(TEXT)
    run(ctx.tasks.idle())
    assert ENGLISH_ONLY not in flagged(page)

    # The bakery posts in French only: the CM unticks English in the toolbar's "Client languages" menu.
    button.language_actions["en"].trigger()
    run(ctx.tasks.idle())
    assert stored_choice(run, ctx, bakery.id) == ["fr"]
    assert page.editor.spelling.languages == ("fr",)
    assert ENGLISH_ONLY in flagged(page)
    assert button.text() == "Client languages: FR" and not button.follows_default()
    assert not button.default_action.isChecked() and not button.language_actions["en"].isChecked()

    # The hotel keeps the app's default.
    clients.select(hotel.id)
    run(ctx.tasks.idle())
    page.editor.set_text(TEXT)
    run(ctx.tasks.idle())
    assert page.editor.spelling.languages == ("fr", "en")
    assert ENGLISH_ONLY not in flagged(page)
    assert button.text() == "Client languages: FR EN" and button.follows_default()
    assert stored_choice(run, ctx, hotel.id) == "absent"

    # Back to the bakery in a page built anew (a new session): still French only.
    clients.select(bakery.id)
    run(ctx.tasks.idle())
    run(page.page.autosaver.flush())
    page.page.close()
    rebuilt = DraftsPage(ctx, clients)
    qtbot.addWidget(rebuilt)
    rebuilt.show()
    run(rebuilt.reload())
    run(ctx.tasks.idle())
    again = Master(rebuilt)
    assert again.editor.text() == TEXT
    assert languages_button(again).text() == "Client languages: FR"
    assert ENGLISH_ONLY in flagged(again)

    # "Application default" removes the client's choice.
    languages_button(again).default_action.trigger()
    run(ctx.tasks.idle())
    assert stored_choice(run, ctx, bakery.id) == "absent"
    assert languages_button(again).follows_default()
    assert ENGLISH_ONLY not in flagged(again)


def test_a_client_can_turn_spell_check_off(qtbot, ctx, run) -> None:  # noqa: ANN001
    client = run(ctx.runner.run(lambda s: s.clients.create("Biergarten Lyon")))
    page, _clients = make_page(qtbot, ctx, run)
    page.editor.set_text("Prost, das Brot ist frisch")
    run(ctx.tasks.idle())
    assert flagged(page)
    languages_button(page).language_actions["en"].trigger()
    run(ctx.tasks.idle())
    languages_button(page).language_actions["fr"].trigger()
    run(ctx.tasks.idle())
    assert stored_choice(run, ctx, client.id) == []
    assert page.editor.highlighter.checker is None and flagged(page) == []
    assert languages_button(page).text() == "Client languages: none"
    assert run(ctx.runner.read(lambda s: client_spell_languages(s, client.id))) == ()


def test_settings_dialog_applies_to_an_open_draft(qtbot, ctx, run, data_root) -> None:  # noqa: ANN001
    client = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.show_section("drafts")
    run(ctx.tasks.idle())
    drafts = window.page("drafts")
    assert isinstance(drafts, DraftsPage)
    run(drafts.new_item())
    run(ctx.tasks.idle())
    page = Master(drafts)
    assert page.client.id == client.id
    page.editor.set_text(TEXT)
    run(ctx.tasks.idle())
    assert ENGLISH_ONLY not in flagged(page)
    announced: list[frozenset[str]] = []
    ctx.events.preferences_changed.connect(announced.append)

    dialog = window.open_settings()
    dialog.ui.spellEnglishCheck.setChecked(False)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    run(ctx.tasks.idle())
    assert announced == [frozenset({PREF_SPELL_LANGUAGES})]
    assert Preferences(data_root).spell_languages == ("fr",)  # written, as before
    assert ENGLISH_ONLY in flagged(page), "the open draft did not follow the new default"
    assert languages_button(page).text() == "Client languages: FR"
    assert languages_button(page).default_action.text() == "Application default (FR)"

    # A client's own choice wins over the app's default...
    run(ctx.runner.run(lambda s: set_client_spell_languages(s, client.id, ["fr", "en"])))
    run(ctx.tasks.idle())
    assert ENGLISH_ONLY not in flagged(page)
    assert languages_button(page).text() == "Client languages: FR EN"
    # ... so a later change of the default leaves this client alone.
    dialog = window.open_settings()
    dialog.ui.spellEnglishCheck.setChecked(True)
    dialog.ui.spellFrenchCheck.setChecked(False)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    run(ctx.tasks.idle())
    assert page.editor.spelling.app_languages == ("en",)
    assert page.editor.spelling.languages == ("fr", "en")
    assert ENGLISH_ONLY not in flagged(page)

    # Settings left as they were: nothing to announce.
    dialog = window.open_settings()
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    assert len(announced) == 2
    window.close()
