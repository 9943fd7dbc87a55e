"""The post editor driven like a person would: typing, right-clicking, picking emoji, on a real database.

Real parts throughout: the Hunspell checker with the bundled dictionaries, the counters, the thread
splitter, the DbRunner over a real SQLite file.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCharFormat
from PySide6.QtTest import QTest

from cmtoolbox.gui.widgets.counter_bar import OK, OVER, WARN
from cmtoolbox.gui.widgets.post_editor import SYNC_COUNT_MAX_WORK, PostEditor
from cmtoolbox.gui.widgets.spell_highlighter import from_utf16, to_utf16, utf16_len

CORRECT_FRENCH = (
    "L’équipe t’attend à l’atelier aujourd’hui\u202f: c’est-à-dire dès 7\u00a0h, qu’il pleuve ou non\u202f!\n"
    "Dites-nous ce que vous en pensez, jusqu’à dimanche. Rendez-vous sur boulangerie-martin.fr ou "
    "https://www.boulangerie-martin.fr/promo?code=PAIN 😀 #PainDeLyon #FaitMaison @martin.boulangerie"
)


def make_editor(qtbot, ctx, run, networks=("x",), client_id=None, **kwargs) -> PostEditor:  # noqa: ANN001
    editor = PostEditor(ctx, networks=networks, **kwargs)
    qtbot.addWidget(editor)
    editor.resize(1100, 650)
    editor.show()
    editor.set_client(client_id)
    run(ctx.tasks.idle())
    assert editor.highlighter.checker is not None, "the spell checker did not load"
    return editor


def type_text(editor: PostEditor, text: str) -> None:
    """Type `text` key by key; accented letters and emoji through key events with text, as an IME does."""
    editor.edit.setFocus()
    for ch in text:
        if ch.isascii() and ch != "\n":
            QTest.keyClicks(editor.edit, ch)
        elif ch == "\n":
            QTest.keyClick(editor.edit, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, editor.edit, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
            )


def spell_formats(editor: PostEditor) -> list[tuple[int, int, int]]:
    """(block number, start, length) of every misspelling underline, in Qt units."""
    found = []
    block = editor.edit.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append((block.blockNumber(), fmt.start, fmt.length))
        block = block.next()
    return found


def test_utf16_conversions() -> None:
    text = "a😀b👍🏽c"
    assert utf16_len(text) == 9
    assert [to_utf16(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    assert [from_utf16(text, u) for u in (0, 1, 3, 4, 6, 8, 9)] == list(range(len(text) + 1))
    assert from_utf16(text, 2) == 1, "inside a surrogate pair: the emoji"
    assert to_utf16("abc", 2) == 2 and utf16_len("été") == 3


def test_counters_follow_typing_per_network(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("x", "instagram", "youtube_description"))
    type_text(editor, "Bonjour Lyon")
    assert editor.counters.chip("x").text() == "X 12/280"
    assert editor.counters.chip("instagram").text() == "Instagram 12/2200"
    type_text(editor, " é")  # accented: 1 for X, 2 bytes for YouTube's description
    assert editor.counters.chip("x").text() == "X 14/280"
    assert editor.counters.chip("youtube_description").text().endswith(" 15/5000")
    assert editor.counters.chip("x").state == OK

    editor.set_text("a" * 260)
    assert editor.counters.chip("x").state == WARN
    type_text(editor, "b" * 21)
    assert editor.counters.chip("x").text() == "X 281/280"
    assert editor.counters.chip("x").state == OVER
    assert not editor.results()["x"].valid and editor.results()["instagram"].valid
    assert editor.counters.problem_sentences() == ["X: too long by 1 (limit 280)."]
    assert "too long by 1" in editor.counters.chip("x").toolTip()

    # a network chosen from the menu gets its chip at once; unchecking removes it
    editor.counters.network_actions["mastodon"].trigger()
    assert editor.networks() == ["x", "mastodon", "instagram", "youtube_description"]
    assert editor.counters.chip("mastodon").isVisible()
    assert editor.counters.chip("mastodon").text() == "Mastodon 281/500"
    editor.counters.network_actions["x"].trigger()
    assert not editor.counters.chip("x").isVisible() and "x" not in editor.results()


def test_long_texts_count_after_a_pause_whatever_the_machine(qtbot, ctx, run) -> None:  # noqa: ANN001
    """The path (count now or after a pause) depends on the work, not on the clock: a test that reads
    the counters of a long text without flushing fails on every machine, not only on a loaded one."""
    networks = ("x", "mastodon", "instagram", "linkedin")
    editor = make_editor(qtbot, ctx, run, networks=networks)
    short = "a" * (SYNC_COUNT_MAX_WORK // len(networks) - 1)
    editor.set_text(short)
    type_text(editor, "b")
    assert not editor.counts_deferred()
    assert editor.counters.chip("instagram").text() == f"Instagram {len(short) + 1}/2200", "counted at once"

    editor.set_text("a" * (SYNC_COUNT_MAX_WORK // len(networks) + 1))
    assert editor.counts_deferred()
    length = len(editor.text())
    type_text(editor, "bc")
    assert editor.counters.chip("linkedin").text() == f"LinkedIn {length}/3000", "waits for a pause"
    assert editor.has_pending()
    editor.flush_pending()
    assert not editor.has_pending()
    assert editor.counters.chip("linkedin").text() == f"LinkedIn {length + 2}/3000"
    assert editor.results()["x"].length == length + 2
    type_text(editor, "d")
    qtbot.waitUntil(lambda: not editor.has_pending(), timeout=10_000)  # the debounce timer, however slow
    assert editor.counters.chip("linkedin").text() == f"LinkedIn {length + 3}/3000"


def test_the_menu_offers_every_counter_of_the_networks_table() -> None:
    from cmtoolbox.core.networks import COUNTERS
    from cmtoolbox.gui.widgets.counter_bar import CounterBar, network_label

    bar = CounterBar()
    assert set(bar.network_actions) == set(COUNTERS)
    assert list(bar.network_actions)[:4] == ["x", "mastodon", "bluesky", "threads"], "threads first"
    assert network_label("youtube_title") == "YouTube (title)"
    assert network_label("instagram") == "Instagram"
    bar.deleteLater()


def test_limit_override_for_a_mastodon_server(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("mastodon",), limits={"mastodon": 1000})
    editor.set_text("a" * 600)
    assert editor.counters.chip("mastodon").text() == "Mastodon 600/1000"
    assert editor.results()["mastodon"].valid
    editor.set_limits({})
    assert editor.counters.chip("mastodon").text() == "Mastodon 600/500"
    assert editor.counters.chip("mastodon").state == OVER


def test_over_limit_highlight_counts_an_emoji_as_two_qt_units(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("instagram",))
    editor.set_text("😀 " + "a" * 2196)  # 2 + 1 + 2196 = 2199 UTF-16 units: fits in 2200
    assert editor.over_limit_range() is None
    type_text(editor, "bcd")  # "b" is the 2200th unit, "c" the first past the limit
    assert editor.results()["instagram"].over_ranges == ((2199, 2201),)  # Python indices of "cd"
    start, end = editor.over_limit_range()
    assert (start, end) == (2200, 2202), "Qt positions: the emoji before the limit counts 2"
    assert editor.edit.document().characterAt(start) == "c"
    [selection] = editor.edit.extraSelections()
    assert selection.cursor.selectedText() == "cd"
    assert selection.format.background().color().alpha() > 0
    QTest.keyClick(editor.edit, Qt.Key.Key_Backspace)
    QTest.keyClick(editor.edit, Qt.Key.Key_Backspace)
    assert editor.over_limit_range() is None and editor.edit.extraSelections() == []


def test_forbidden_characters_are_marked(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("youtube_title",))
    editor.set_text("😀 Nos <3 croissants")
    [selection] = editor.edit.extraSelections()
    assert selection.cursor.selectedText() == "<"
    assert selection.cursor.selectionStart() == 7  # emoji (2) + space + "Nos " before it
    assert editor.counters.chip("youtube_title").state == OVER
    assert "refuses the characters < >" in editor.counters.problem_sentences()[0]


def test_misspellings_are_underlined_not_correct_french(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run)
    type_text(editor, "bonjour je sui tre contant de vou voir ")
    assert editor.underlined_words() == ["tre", "vou"]

    editor.set_text("")
    editor.insert_text(CORRECT_FRENCH)
    assert editor.underlined_words() == []

    editor.set_text("😀 Bonjour à tous, je sui tré heureuse\ndeuxième ligne avec vou")
    assert editor.underlined_words() == ["tré", "vou"]
    # Qt positions: the emoji before the typo counts as 2 units
    assert spell_formats(editor) == [(0, 26, 3), (1, 20, 3)]


def test_the_word_being_typed_is_flagged_once_left(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run)
    type_text(editor, "Nous somme ravi de vou")
    assert "vou" not in editor.underlined_words(), "an unfinished word is not a typo yet"
    type_text(editor, "s")  # "vous": fine
    assert editor.underlined_words() == []
    type_text(editor, " acceuillir")
    assert editor.underlined_words() == []
    QTest.keyClick(editor.edit, Qt.Key.Key_Home)  # the cursor leaves the word
    assert editor.underlined_words() == ["acceuillir"]
    QTest.keyClick(editor.edit, Qt.Key.Key_End)
    type_text(editor, " chez nou ")  # a space ends the word
    assert editor.underlined_words() == ["acceuillir", "nou"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Bienvenue à l’equipe du matin.", "equipe", "Bienvenue à l’équipe du matin."),
        ("C’est aujourdhui que ça se passe.", "aujourdhui", "C’est aujourd’hui que ça se passe."),
        ("C'est aujourdhui que ça se passe.", "aujourdhui", "C'est aujourd'hui que ça se passe."),
    ],
)
def test_context_menu_suggestion_replaces_the_word(qtbot, ctx, run, text, word, expected) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run)
    editor.set_text(text)
    position = to_utf16(text, text.index(word) + 2)
    menu = editor.build_context_menu(position)
    names = [a.objectName() for a in menu.actions()]
    assert "spellPlaceholder" in names, "suggestions are fetched off the UI thread"
    run(ctx.tasks.idle())
    suggestions = [a for a in menu.actions() if a.objectName() == "spellSuggestion"]
    assert "spellPlaceholder" not in [a.objectName() for a in menu.actions()]
    replacement = next(a for a in suggestions if a.text() in expected)
    assert suggestions.index(replacement) == 0, [a.text() for a in suggestions]
    replacement.trigger()
    assert editor.text() == expected
    assert editor.underlined_words() == []
    editor.edit.undo()  # one undo step brings the typo back
    assert editor.text() == text
    menu.close()


def test_no_spelling_actions_on_a_correct_word(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run)
    editor.set_text("Bonjour tout le monde")
    menu = editor.build_context_menu(3)
    assert not [a for a in menu.actions() if a.objectName().startswith("spell")]
    assert any(a.text().replace("&", "").startswith("Copy") for a in menu.actions())
    menu.close()


def test_add_to_dictionary_persists_and_removes_the_underline(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    bakery = run(ctx.runner.run(lambda s: s.clients.create("Boulangerie Martin")))
    florist = run(ctx.runner.run(lambda s: s.clients.create("Fleurs Dupont")))
    editor = make_editor(qtbot, ctx, run, client_id=bakery.id)
    editor.set_text("La canutine sort du four.")
    assert editor.underlined_words() == ["canutine"]
    menu = editor.build_context_menu(5)
    add = next(a for a in menu.actions() if a.objectName() == "spellAdd")
    assert "canutine" in add.text()
    add.trigger()
    run(ctx.tasks.idle())
    assert editor.underlined_words() == []
    entries = run(ctx.runner.read(lambda s: s.dictionary.list(client_id=bakery.id)))
    assert [(e.word, e.client_id) for e in entries] == [("canutine", bakery.id)]

    # another editor on the same client knows the word; one on another client does not
    again = make_editor(qtbot, ctx, run, client_id=bakery.id)
    again.set_text("Une canutine, deux canutine.")
    assert again.underlined_words() == []
    other = make_editor(qtbot, ctx, run, client_id=florist.id)
    other.set_text("La canutine sort du four.")
    assert other.underlined_words() == ["canutine"]

    # "for every client" stores a global word, and the other client's editor follows the change
    menu = other.build_context_menu(5)
    next(a for a in menu.actions() if a.objectName() == "spellAddAll").trigger()
    run(ctx.tasks.idle())
    assert other.underlined_words() == []
    globals_ = run(ctx.runner.read(lambda s: s.dictionary.list(client_id=None)))
    assert [e.word for e in globals_] == ["canutine"]


def test_ignore_is_for_this_editor_only(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run)
    editor.set_text("Les viennoiseriess du matin.")
    assert editor.underlined_words() == ["viennoiseriess"]
    menu = editor.build_context_menu(6)
    next(a for a in menu.actions() if a.objectName() == "spellIgnore").trigger()
    assert editor.underlined_words() == []
    assert run(ctx.runner.read(lambda s: s.dictionary.list())) == []
    fresh = make_editor(qtbot, ctx, run)
    fresh.set_text("Les viennoiseriess du matin.")
    assert fresh.underlined_words() == ["viennoiseriess"]


def test_hashtag_cap_on_instagram(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("instagram", "facebook"))
    type_text(editor, "Nouveau pain #pain #lyon #boulangerie #faitmaison #croixrousse")
    chip = editor.counters.chip("instagram")
    assert chip.state == OK and "#5/5" in chip.text()
    type_text(editor, " #levain")
    assert chip.state == OVER
    assert "#6/5" in chip.text()
    assert "Instagram: 6 hashtags, 5 at most." in editor.counters.problem_sentences()
    assert "6 hashtags" in chip.toolTip()
    assert editor.counters.chip("facebook").state == OK
    assert editor.counters.stats.text().startswith("Hashtags: 6")


def test_thread_panel_parts_are_all_valid(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("x", "linkedin"))
    paragraph = (
        "Chaque matin, nos boulangers façonnent la pâte à la main\u202f: un levain nourri depuis 1987, "
        "de la farine de meule du Beaujolais et beaucoup de patience. "
    )
    editor.set_text(
        (paragraph * 3 + "\n\n") * 3 + "Suivez le fil 👇 #PainDeLyon https://boulangerie-martin.fr"
    )
    editor.side_panel.setCurrentWidget(editor.thread_panel)
    panel = editor.thread_panel
    assert panel.network == "x"
    parts = panel.parts
    assert len(parts) > 3
    total = len(parts)
    for index, part in enumerate(parts, start=1):
        assert part.result.valid, part.text
        assert part.counter.state != OVER
        assert part.text.endswith(f" {index}/{total}")
    assert "".join(p.text for p in parts).count("PainDeLyon") == 1

    parts[1].copy_button.click()
    assert QGuiApplication.clipboard().text() == parts[1].text

    panel.numbering.setChecked(False)
    assert not any(p.text.endswith(f"/{len(panel.parts)}") for p in panel.parts)
    panel.set_network("mastodon")
    editor.set_limits({"mastodon": 5000})
    assert len(panel.parts) == 1 and panel.parts[0].result.valid

    # typing updates the thread after a short pause (flushed here), only while the tab is shown
    editor.set_limits({})
    type_text(editor, " Encore une phrase pour allonger le fil.")
    assert "allonger" not in panel.parts[-1].text, "not on every keystroke"
    assert panel.has_pending() and editor.has_pending()
    editor.flush_pending()
    assert not editor.has_pending()
    assert "allonger le fil." in panel.parts[-1].text
    assert all(p.result.valid for p in panel.parts)
    editor.side_panel.setCurrentWidget(editor.fold_preview)
    type_text(editor, " Et une autre.")
    editor.flush_pending()
    assert "autre" not in panel.parts[-1].text, "a hidden panel does not split"
    editor.side_panel.setCurrentWidget(panel)
    assert panel.parts[-1].text.endswith("Et une autre.")


def test_the_debounce_timer_runs_the_same_split_as_a_flush(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("x",))
    editor.side_panel.setCurrentWidget(editor.thread_panel)
    panel = editor.thread_panel
    type_text(editor, "Un fil court.")
    assert panel.has_pending()
    qtbot.waitUntil(lambda: not panel.has_pending(), timeout=10_000)  # the timer itself, however slow
    assert [p.text for p in panel.parts] == ["Un fil court."]


def test_fold_preview_shows_the_text_before_see_more(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("instagram", "x"))
    text = "Le pain du jour 🥖 " + "est doré, croustillant et fondant à la fois. " * 6
    editor.set_text(text)
    preview = editor.fold_preview
    assert preview.cards["instagram"].isVisible() and not preview.cards["linkedin"].isVisible()
    card = preview.cards["instagram"]
    assert text.startswith(card.visible_text) and len(card.visible_text) <= 125
    assert "… see more" in card.body.text()
    editor.set_text("Court.")
    assert card.visible_text == "Court." and "see more" not in card.body.text()
    editor.set_networks(["x"])
    assert preview.hint.isVisible() and not card.isVisible()


def test_emoji_picker_inserts_and_searches_in_french_and_english(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = make_editor(qtbot, ctx, run, networks=("x",))
    type_text(editor, "Miam ")
    picker = editor.open_emoji_picker()
    assert picker.isVisible()
    QTest.keyClicks(picker.search, "croissant")
    assert picker.visible_emoji()[0] == "🥐"
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert editor.text() == "Miam 🥐"
    assert not picker.isVisible()
    assert editor.counters.chip("x").text() == "X 7/280"  # the emoji counts 2 on X

    picker = editor.open_emoji_picker()
    assert picker.visible_emoji()[0] == "🥐", "recently used emoji come first"
    picker.search.setText("fete")  # accents are optional
    assert "🎉" in picker.visible_emoji()
    picker.search.setText("coeur rouge")
    assert picker.visible_emoji() == ["❤️"]
    picker.search.setText("bread")
    assert {"🥖", "🍞"} <= set(picker.visible_emoji())
    picker.search.setText("zzzz")
    assert picker.visible_emoji() == []
    picker.close()

    # Ctrl+; opens it from the keyboard
    assert not picker.isVisible()
    editor.activateWindow()
    editor.edit.setFocus()
    qtbot.waitUntil(editor.edit.hasFocus)
    QTest.keyClick(editor.edit, Qt.Key.Key_Semicolon, Qt.KeyboardModifier.ControlModifier)
    assert picker.isVisible()
    picker.close()
