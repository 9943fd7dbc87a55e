"""French grammar and typography in the editors, driven like a person would, on real parts: Grammalecte on
the grammar worker thread, the Hunspell checker, real widgets (a draft's variants, a note) and the DbRunner
over a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtTest import QTest

from cmtoolbox.core import grammar
from cmtoolbox.gui.drafts.editor import DraftEditor
from cmtoolbox.gui.notes.editor import NoteEditor
from cmtoolbox.gui.theme import _DARK, _LIGHT, semantic
from cmtoolbox.gui.widgets.post_editor import PostEditor
from cmtoolbox.gui.widgets.spell_highlighter import GRAMMAR_UNDERLINE, SPELLING_UNDERLINE, to_utf16
from cmtoolbox.gui.widgets.text_checks import FIX_TYPOGRAPHY_SHORTCUT, TextChecks
from cmtoolbox.ops import grammar as grammar_ops
from cmtoolbox.ops import notes as notes_ops

pytestmark = pytest.mark.skipif(not grammar.available()[0], reason="Grammalecte is not installed")

RAVI = "Nous sommes ravi de vous accueillir samedi."
TYPO = "Bonjour ! Rendez-vous à 10h chez l'équipe."


def settle(run, ctx, *checks: TextChecks) -> None:  # noqa: ANN001
    """Start the grammar checks waiting for a pause in typing, and wait for their results."""
    for _ in range(3):  # a result may start the next check (edits made meanwhile)
        for item in checks:
            item.flush_pending()
        run(ctx.tasks.idle())
        if not any(item.has_pending() or item.busy for item in checks):
            return


def grammar_formats(checks: TextChecks) -> list[tuple[str, QTextCharFormat]]:
    """(underlined text, its format) for every grammar underline shown."""
    found = []
    block = checks.edit.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == GRAMMAR_UNDERLINE:
                found.append((block.text()[fmt.start : fmt.start + fmt.length], QTextCharFormat(fmt.format)))
        block = block.next()
    return found


def type_ascii(widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    for ch in text:
        QTest.keyClicks(widget, ch)


def client(run, ctx, name: str) -> int:  # noqa: ANN001
    return run(ctx.runner.run(lambda s: s.clients.create(name))).id


def draft_editor(qtbot, ctx, run, client_id: int | None, networks=("instagram", "linkedin")) -> DraftEditor:  # noqa: ANN001
    editor = DraftEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.set_client(client_id)
    editor.set_variant_networks(list(networks))
    run(ctx.tasks.idle())
    return editor


def variant(editor: DraftEditor, network: str) -> PostEditor:
    editor.texts.show_panel(network)
    panel = editor.texts.panel(network)
    assert panel is not None
    return panel.editor


def note_editor(qtbot, ctx, run, client_id: int | None, body: str) -> NoteEditor:  # noqa: ANN001
    note = run(ctx.runner.run(notes_ops.create_note, client_id, "Brief", body))
    editor = NoteEditor(ctx=ctx)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    editor.load(note)
    run(ctx.tasks.idle())
    assert editor.checks is not None and editor.highlighter.checker is not None
    return editor


def assert_grammar_colour(found: list[tuple[str, QTextCharFormat]]) -> None:
    colours = semantic()
    for _text, fmt in found:
        assert fmt.underlineColor() == QColor(colours.grammar)
        assert fmt.underlineColor() != QColor(colours.spelling)


# -- underlines ---------------------------------------------------------------------------------------


def test_typed_agreement_mistake_is_underlined_in_a_variant_in_the_grammar_colour(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = draft_editor(qtbot, ctx, run, client(run, ctx, "Boulangerie Martin"))
    post = variant(editor, "instagram")
    type_ascii(post.edit, "Nous sommes ravi de vous voir")
    assert post.checks.has_pending(), "grammar waits for a pause in typing, off the UI thread"
    settle(run, ctx, post.checks)
    found = grammar_formats(post.checks)
    assert [text for text, _ in found] == ["ravi"]
    assert_grammar_colour(found)
    assert post.underlined_words() == [], "a grammar issue is not a spelling mistake"
    # the next keystroke fixes it: the underline goes once the re-check comes back
    cursor = post.edit.document().find("ravi")
    cursor.clearSelection()
    post.edit.setTextCursor(cursor)
    QTest.keyClicks(post.edit, "s")
    assert post.text().startswith("Nous sommes ravis de")
    assert post.grammar_underlined() == [], "the paragraph being edited drops the underline at the edit"
    settle(run, ctx, post.checks)
    assert post.grammar_underlined() == []


def test_underline_in_a_note_keeps_the_markdown_colouring(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    bakery = client(run, ctx, "Boulangerie Martin")
    editor = note_editor(qtbot, ctx, run, bakery, "# Samedi\n\n" + RAVI)
    assert editor.checks is not None
    settle(run, ctx, editor.checks)
    found = grammar_formats(editor.checks)
    assert [text for text, _ in found] == ["ravi"]
    assert_grammar_colour(found)
    heading = editor.body.document().firstBlock().layout().formats()
    assert heading and heading[0].format.fontWeight() > 50, "the Markdown colouring is still there"
    assert _DARK.grammar != _LIGHT.grammar and _DARK.spelling != _DARK.grammar  # each theme has its own


def test_grammar_only_where_french_applies(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = PostEditor(ctx, networks=("x",), languages=("en",))
    qtbot.addWidget(editor)
    editor.show()
    editor.set_client(None)
    run(ctx.tasks.idle())
    editor.set_text(RAVI)
    settle(run, ctx, editor.checks)
    assert editor.grammar_underlined() == []
    assert not editor.checks.fix_action.isEnabled()
    editor.set_languages(("fr",))
    run(ctx.tasks.idle())
    settle(run, ctx, editor.checks)
    assert editor.grammar_underlined() == ["ravi"]


def test_stale_results_are_dropped(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = PostEditor(ctx, networks=("x",))
    qtbot.addWidget(editor)
    editor.show()
    editor.set_client(None)
    run(ctx.tasks.idle())
    editor.set_text(RAVI + "\nLes bénévoles a préparé la salle.")
    old_text = editor.edit.document().toRawText()
    issues = run(editor.grammar.check(old_text, editor.grammar.options(None)))
    assert len(issues) == 2
    cursor = editor.edit.document().find("ravi")
    cursor.insertText("ravis")  # the user fixed it before the old result arrived
    changed = editor.checks.apply_grammar(old_text, issues)
    assert changed == 1, "only the paragraph whose text the result was computed for"
    assert editor.grammar_underlined() == ["a"]


# -- the context menu ----------------------------------------------------------------------------------


def test_menu_shows_the_message_and_applies_a_suggestion(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = draft_editor(qtbot, ctx, run, client(run, ctx, "Boulangerie Martin"))
    post = variant(editor, "linkedin")
    post.edit.setPlainText(RAVI)
    settle(run, ctx, post.checks)
    position = to_utf16(RAVI, RAVI.index("ravi") + 1)
    menu = post.build_context_menu(position)
    names = [a.objectName() for a in menu.actions()]
    assert names[:5] == [
        "grammarMessage",
        "grammarSuggestion",
        "grammarIgnoreOnce",
        "grammarIgnoreAlways",
        "",
    ], names
    message = next(a for a in menu.actions() if a.objectName() == "grammarMessage")
    assert "agreement" in message.text().lower() and not message.isEnabled()
    suggestion = next(a for a in menu.actions() if a.objectName() == "grammarSuggestion")
    assert suggestion.text() == "ravis"
    assert "fixTypography" in names, "Fix all French typography is in the menu too"
    suggestion.trigger()
    assert post.text() == RAVI.replace("ravi", "ravis")
    settle(run, ctx, post.checks)
    assert post.grammar_underlined() == []
    post.edit.undo()  # one undo step brings the mistake back
    assert post.text() == RAVI
    menu.close()


def test_typography_suggestion_names_the_invisible_space(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = PostEditor(ctx, networks=("x",))
    qtbot.addWidget(editor)
    editor.show()
    editor.set_client(None)
    run(ctx.tasks.idle())
    editor.set_text("Bonjour ! À samedi.")
    settle(run, ctx, editor.checks)
    assert editor.grammar_underlined() == [" !"]
    menu = editor.build_context_menu(8)
    suggestion = next(a for a in menu.actions() if a.objectName() == "grammarSuggestion")
    assert suggestion.text() == "! (with a no-break space)"
    assert "grammarTypographyOff" in [a.objectName() for a in menu.actions()]
    suggestion.trigger()
    assert editor.text() == "Bonjour\u00a0! À samedi."
    menu.close()


def test_ignore_once_is_for_this_text_only(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    bakery = client(run, ctx, "Boulangerie Martin")
    editor = note_editor(qtbot, ctx, run, bakery, RAVI)
    assert editor.checks is not None
    settle(run, ctx, editor.checks)
    assert editor.checks.grammar_underlined() == ["ravi"]
    menu = editor.build_context_menu(to_utf16(RAVI, RAVI.index("ravi")))
    next(a for a in menu.actions() if a.objectName() == "grammarIgnoreOnce").trigger()
    assert editor.checks.grammar_underlined() == [], "gone at once"
    settle(run, ctx, editor.checks)
    assert editor.checks.grammar_underlined() == [], "and the re-check agrees"
    assert run(ctx.runner.read(grammar_ops.client_grammar_settings, bakery)).ignored == frozenset()
    fresh = note_editor(qtbot, ctx, run, bakery, RAVI)
    assert fresh.checks is not None
    settle(run, ctx, fresh.checks)
    assert fresh.checks.grammar_underlined() == ["ravi"]


def test_always_ignore_survives_a_reopen_for_that_client_only(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    bakery = client(run, ctx, "Boulangerie Martin")
    florist = client(run, ctx, "Fleurs Dupont")
    editor = draft_editor(qtbot, ctx, run, bakery)
    post = variant(editor, "instagram")
    post.edit.setPlainText(RAVI)
    editor.texts.master.set_text(RAVI)
    settle(run, ctx, post.checks, editor.texts.master.checks)
    assert editor.texts.master.grammar_underlined() == ["ravi"]
    menu = post.build_context_menu(to_utf16(RAVI, RAVI.index("ravi")))
    always = next(a for a in menu.actions() if a.objectName() == "grammarIgnoreAlways")
    assert always.text() == "Always ignore (this client)"
    always.trigger()
    run(ctx.tasks.idle())
    settle(run, ctx, post.checks, editor.texts.master.checks)
    assert post.grammar_underlined() == []
    assert editor.texts.master.grammar_underlined() == [], "every text of the draft follows"
    stored = run(ctx.runner.read(grammar_ops.client_grammar_settings, bakery))
    assert stored.ignored == {("gv1__ppas_nous_verbe_état", "ravi")}
    editor.close()

    # reopened: still ignored for the bakery; the florist's texts are still checked
    again = draft_editor(qtbot, ctx, run, bakery)
    again.texts.master.set_text(RAVI)
    settle(run, ctx, again.texts.master.checks)
    assert again.texts.master.grammar_underlined() == []
    note = note_editor(qtbot, ctx, run, bakery, RAVI)
    assert note.checks is not None
    settle(run, ctx, note.checks)
    assert note.checks.grammar_underlined() == [], "notes of the client too"
    other = draft_editor(qtbot, ctx, run, florist)
    other.texts.master.set_text(RAVI)
    settle(run, ctx, other.texts.master.checks)
    assert other.texts.master.grammar_underlined() == ["ravi"]

    # Edit ▸ Undo takes the ignore back
    assert ctx.undo.can_undo
    run(ctx.undo.undo())
    run(ctx.tasks.idle())
    settle(run, ctx, again.texts.master.checks)
    assert again.texts.master.grammar_underlined() == ["ravi"]


# -- fix all ---------------------------------------------------------------------------------------------


def test_fix_all_typography_is_one_undo_step(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = draft_editor(qtbot, ctx, run, client(run, ctx, "Boulangerie Martin"))
    master = editor.texts.master
    text = TYPO + "\n😀 « Merci » : à bientôt ?"
    master.set_text(text)
    master.edit.setFocus()
    QTest.keySequence(master.edit, FIX_TYPOGRAPHY_SHORTCUT)
    fixed = grammar.fix_typography(text)
    assert fixed != text
    assert master.text() == fixed
    assert "Bonjour\u00a0!" in master.text() and "10\u00a0h" in master.text() and "l’équipe" in master.text()
    assert "«\u00a0Merci\u00a0»\u00a0:" in master.text()
    master.edit.undo()
    assert master.text() == text, "one undo step"
    master.edit.redo()
    assert master.text() == fixed
    assert master.fix_typography() == 0, "nothing left to fix"


def test_fix_all_is_in_the_notes_editor_too(qtbot, ctx, run) -> None:  # noqa: ANN001
    body = "Réunion à 14h : `code : ne pas toucher` et https://exemple.fr/a?b=c !"
    editor = note_editor(qtbot, ctx, run, None, body)
    assert editor.checks is not None
    assert editor.checks.fix_typography() == 3
    assert (
        editor.text()
        == "Réunion à 14\u00a0h\u00a0: `code : ne pas toucher` et https://exemple.fr/a?b=c\u00a0!"
    )
    editor.body.undo()
    assert editor.text() == body


# -- typography settings ---------------------------------------------------------------------------------


def test_typography_off_for_a_client(qtbot, ctx, run) -> None:  # noqa: ANN001
    brand = client(run, ctx, "Marque sans typo")
    other = client(run, ctx, "Boulangerie Martin")
    editor = draft_editor(qtbot, ctx, run, brand)
    master = editor.texts.master
    master.set_text(TYPO + " " + RAVI)
    settle(run, ctx, master.checks)
    assert sorted(master.grammar_underlined()) == sorted([" !", "10h", "ravi"])
    assert master.checks.typography_action.isChecked()
    master.checks.typography_action.trigger()  # the menu's checkbox: off for this client
    run(ctx.tasks.idle())
    settle(run, ctx, master.checks)
    assert master.grammar_underlined() == ["ravi"], "grammar is still checked"
    assert not master.checks.fix_action.isEnabled()
    assert master.fix_typography() == 0 and master.text() == TYPO + " " + RAVI
    assert run(ctx.runner.read(grammar_ops.client_grammar_settings, brand)).typography is False

    reopened = draft_editor(qtbot, ctx, run, brand)
    reopened.texts.master.set_text(TYPO)
    settle(run, ctx, reopened.texts.master.checks)
    assert reopened.texts.master.grammar_underlined() == []
    elsewhere = draft_editor(qtbot, ctx, run, other)
    elsewhere.texts.master.set_text(TYPO)
    settle(run, ctx, elsewhere.texts.master.checks)
    assert sorted(elsewhere.texts.master.grammar_underlined()) == sorted([" !", "10h"])


def test_typography_off_for_one_network(qtbot, ctx, run) -> None:  # noqa: ANN001
    brand = client(run, ctx, "Boulangerie Martin")
    editor = draft_editor(qtbot, ctx, run, brand)
    instagram, linkedin = variant(editor, "instagram"), variant(editor, "linkedin")
    for post in (instagram, linkedin):
        post.edit.setPlainText(TYPO)
    settle(run, ctx, instagram.checks, linkedin.checks)
    assert instagram.grammar_underlined() == linkedin.grammar_underlined() == [" !", "10h"]
    menu = instagram.build_context_menu(8)
    off = next(a for a in menu.actions() if a.objectName() == "grammarTypographyOff")
    assert off.text() == "Stop checking typography on Instagram (this client)"
    off.trigger()
    run(ctx.tasks.idle())
    settle(run, ctx, instagram.checks, linkedin.checks)
    assert instagram.grammar_underlined() == []
    assert linkedin.grammar_underlined() == [" !", "10h"], "only that network"
    assert not instagram.checks.network_typography_action.isChecked()
    assert instagram.fix_typography() == 0 and instagram.text() == TYPO
    assert linkedin.fix_typography() == 3
    stored = run(ctx.runner.read(grammar_ops.client_grammar_settings, brand))
    assert stored.typography and stored.typography_off_networks == {"instagram"}
    menu.close()

    # persisted: a draft opened later honours it; the checkbox turns it back on
    again = draft_editor(qtbot, ctx, run, brand)
    post = variant(again, "instagram")
    post.edit.setPlainText(TYPO)
    settle(run, ctx, post.checks)
    assert post.grammar_underlined() == []
    post.checks.network_typography_action.trigger()
    run(ctx.tasks.idle())
    settle(run, ctx, post.checks)
    assert post.grammar_underlined() == [" !", "10h"]


# -- notes: the post editor's spell check, Markdown kept out --------------------------------------------


def test_notes_spell_check_skips_code_links_and_markdown(qtbot, ctx, run) -> None:  # noqa: ANN001
    body = (
        "# Brief de la boulangerie\n"
        "\n"
        "Il faut **acceuillir** les *clients* avec `fonctin_interne` et [le site](https://exemple.fr/pagee).\n"
        "Voir [[Notte interne]] et <https://exemple.fr/autre-pagee> ou ![photoo](media:abcdeff).\n"
        "\n"
        "```python\n"
        "resultat = calculr(nombre)  # commentairre\n"
        "```\n"
        "~~~\n"
        "motss dans un bloc\n"
        "~~~\n"
        "- [ ] tâche à faire avec une fautte\n"
        "[1]: https://exemple.fr/referencee\n"
    )
    editor = note_editor(qtbot, ctx, run, None, body)
    spelling = editor.checks.underlined_words() if editor.checks else []
    assert spelling == ["acceuillir", "photoo", "fautte"]
    block = editor.body.document().findBlockByNumber(2)
    bold = [f for f in block.layout().formats() if f.format.underlineStyle() == SPELLING_UNDERLINE]
    assert bold and bold[0].format.fontWeight() > 50, "the underline keeps the bold"
    # the context menu offers the spelling suggestions in notes too
    position = editor.body.document().find("acceuillir").selectionStart() + 2
    menu = editor.build_context_menu(position)
    run(ctx.tasks.idle())
    suggestion = next(a for a in menu.actions() if a.objectName() == "spellSuggestion")
    assert suggestion.text() == "accueillir"
    suggestion.trigger()
    assert "**accueillir**" in editor.text()
    assert editor.checks is not None and editor.checks.underlined_words() == ["photoo", "fautte"]
    menu.close()


def test_typing_in_a_note_autosaves_but_underlines_do_not(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = note_editor(qtbot, ctx, run, None, RAVI)
    edits: list[int] = []
    editor.edited.connect(lambda: edits.append(1))
    assert editor.checks is not None
    settle(run, ctx, editor.checks)
    assert editor.checks.grammar_underlined() == ["ravi"]
    assert edits == [], "redrawing underlines is not an edit"


def test_underline_lands_on_the_word_after_emoji_and_line_separators(qtbot, ctx, run) -> None:  # noqa: ANN001
    editor = PostEditor(ctx, networks=("x",))
    qtbot.addWidget(editor)
    editor.show()
    editor.set_client(None)
    run(ctx.tasks.idle())
    editor.set_text("🥐🥖 Bonjour\n\n🎉 Nous sommes ravi de vous voir 😀\nLes bénévoles a préparé la salle.")
    settle(run, ctx, editor.checks)
    assert editor.grammar_underlined() == ["ravi", "a"]
    position = editor.edit.document().find("ravi").selectionStart() + 1
    menu = editor.build_context_menu(position)
    next(a for a in menu.actions() if a.objectName() == "grammarSuggestion").trigger()
    assert "Nous sommes ravis de vous voir 😀" in editor.text()
    menu.close()


def test_without_grammalecte_spelling_goes_on_and_the_status_bar_says_why(
    qtbot, ctx, run, monkeypatch, errors
) -> None:  # noqa: ANN001
    def missing(*_args: object, **_kwargs: object) -> list:
        raise grammar.GrammarUnavailable("ImportError: No module named 'grammalecte'")

    monkeypatch.setattr(grammar, "check", missing)
    editor = PostEditor(ctx, networks=("x",))
    qtbot.addWidget(editor)
    editor.show()
    editor.set_client(None)
    run(ctx.tasks.idle())
    editor.set_text("Nous sommes ravi de vous acceuillir.")
    settle(run, ctx, editor.checks)
    assert editor.grammar_underlined() == []
    assert editor.underlined_words() == ["acceuillir"]
    assert "Grammalecte is missing" in ctx.status.last
    assert errors == [], "no traceback for the user"
    assert not editor.checks.grammar_active()
    editor.set_text("Nous sommes ravi !")
    assert not editor.checks.has_pending(), "no more checks once it is known to be missing"
    assert editor.checks.fix_action.isEnabled(), "fixing typography needs no Grammalecte"
    assert editor.fix_typography() == 1 and editor.text() == "Nous sommes ravi\u00a0!"


def test_underlines_follow_a_theme_switch(qtbot, qapp, ctx, run) -> None:  # noqa: ANN001
    from cmtoolbox.gui.theme import apply_theme

    editor = PostEditor(ctx, networks=("x",))
    qtbot.addWidget(editor)
    editor.show()
    editor.set_client(None)
    run(ctx.tasks.idle())
    editor.set_text("Nous sommes ravi de vous acceuillir.")
    settle(run, ctx, editor.checks)
    try:
        for theme, colours in (("dark", _DARK), ("light", _LIGHT)):
            apply_theme(qapp, theme)
            found = grammar_formats(editor.checks)
            assert [text for text, _ in found] == ["ravi"]
            assert found[0][1].underlineColor() == QColor(colours.grammar)
            block = editor.edit.document().firstBlock()
            spelling = [
                f for f in block.layout().formats() if f.format.underlineStyle() == SPELLING_UNDERLINE
            ]
            assert [QColor(f.format.underlineColor()) for f in spelling] == [QColor(colours.spelling)]
    finally:
        apply_theme(qapp, "system")


def test_collection_never_runs_on_the_grammar_worker(qtbot, ctx, run) -> None:  # noqa: ANN001
    """A cyclic collection on the grammar worker could delete Qt objects from the wrong thread."""
    import gc

    from cmtoolbox.gui.grammar_service import GrammarService

    service = GrammarService(ctx)
    seen: list[bool] = []

    def spy(text: str, language: str, options: grammar.GrammarOptions) -> list:
        seen.append(gc.isenabled())
        return real(text, language, options)

    real = grammar.check
    grammar.check = spy  # type: ignore[assignment]
    try:
        assert run(service.check(RAVI, service.options(None)))
        assert seen == [False] and not gc.isenabled()
    finally:
        grammar.check = real  # type: ignore[assignment]
