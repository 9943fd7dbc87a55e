"""The colours the widgets actually draw text in stay readable in both themes, and follow a switch
(issue 15: "the over-limit chip and its message are dark red on dark grey")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from cmtoolbox.core.counters import count
from cmtoolbox.gui.theme import apply_theme, contrast_ratio, semantic, semantic_text
from cmtoolbox.gui.widgets.counter_bar import CHIP_TINTS, OK, OVER, WARN, CounterBar, chip_colours

AA = 4.5
Role = QPalette.ColorRole


@pytest.fixture
def themes(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "system")


def blend(tint: tuple[int, int, int, float], under: QColor) -> QColor:
    """A translucent chip colour drawn over `under`, as the screen shows it."""
    red, green, blue, alpha = tint
    return QColor(
        round(red * alpha + under.red() * (1 - alpha)),
        round(green * alpha + under.green() * (1 - alpha)),
        round(blue * alpha + under.blue() * (1 - alpha)),
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_counter_chips_are_readable_over_the_window_and_the_editor(qapp, themes, theme: str) -> None:  # noqa: ANN001
    apply_theme(qapp, theme)
    palette = qapp.palette()
    for state in (OK, WARN, OVER):
        _background, text = chip_colours(state)
        foreground = palette.color(Role.Text) if text == "palette(text)" else QColor(text)
        for under in (Role.Window, Role.Base):
            shown = blend(CHIP_TINTS[state], palette.color(under))
            ratio = contrast_ratio(foreground, shown)
            assert ratio >= AA, f"{theme} {state} chip over {under.name}: {ratio:.2f}"


def test_the_over_limit_chip_and_its_message_follow_the_theme(qtbot, qapp, themes) -> None:  # noqa: ANN001
    apply_theme(qapp, "light")
    bar = CounterBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_networks(["x"])
    bar.set_results({"x": count("x", "Trop long. " * 40)})
    chip = bar.chip("x")
    assert chip.state == OVER and bar.problems.isVisible()
    light_error = semantic().error
    assert light_error in chip.styleSheet() and light_error in bar.problems.styleSheet()
    apply_theme(qapp, "dark")  # switched while the editor is open
    dark_error = semantic().error
    assert dark_error != light_error
    qtbot.waitUntil(lambda: dark_error in chip.styleSheet() and dark_error in bar.problems.styleSheet())
    for under in (Role.Window, Role.Base):
        assert contrast_ratio(dark_error, qapp.palette().color(under)) >= AA


def test_semantic_text_follows_a_theme_switch(qtbot, qapp, themes) -> None:  # noqa: ANN001
    apply_theme(qapp, "light")
    label = QLabel("Adresse invalide")
    qtbot.addWidget(label)
    semantic_text(label, "error", "font-weight: bold;")
    assert label.styleSheet() == f"color: {semantic().error}; font-weight: bold;"
    apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: label.styleSheet() == f"color: {semantic().error}; font-weight: bold;")
    semantic_text(label, "muted")  # a second call replaces the first
    assert label.styleSheet() == f"color: {semantic().muted};"
    with pytest.raises(ValueError):
        semantic_text(label, "pink")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_markdown_editor_colours_reach_aa(qapp, themes, theme: str) -> None:  # noqa: ANN001
    """`code`, list markers and quotes in the notes editor, on its base colour."""
    apply_theme(qapp, theme)
    palette = qapp.palette()
    colours = semantic(palette)
    for name in ("code", "warning", "muted"):
        ratio = contrast_ratio(getattr(colours, name), palette.color(Role.Base))
        assert ratio >= AA, f"{theme} {name}: {ratio:.2f}"


def test_notes_editor_recolours_its_markdown_on_a_theme_switch(qtbot, qapp, themes) -> None:  # noqa: ANN001
    from cmtoolbox.gui.notes.editor import NoteEditor

    apply_theme(qapp, "light")
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.body.setPlainText("Voir `code`")

    def code_colour() -> str:
        block = editor.body.document().firstBlock()
        for span in block.layout().formats():
            if span.start == block.text().index("`"):
                return span.format.foreground().color().name()
        return ""

    assert code_colour() == semantic().code
    apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: code_colour() == semantic().code == "#d7a8f0")


def test_form_errors_follow_the_theme(qtbot, qapp, themes) -> None:  # noqa: ANN001
    """The account editor's problem line and "Mark as published"'s error were a light-only red."""
    from cmtoolbox.gui.accounts.editor import AccountEditor
    from cmtoolbox.gui.drafts.publish_dialog import MarkPublishedDialog

    apply_theme(qapp, "light")
    editor = AccountEditor()
    dialog = MarkPublishedDialog("instagram")
    qtbot.addWidget(editor)
    qtbot.addWidget(dialog)
    light_error = semantic().error
    assert editor.problem.styleSheet() == f"color: {light_error}; font-weight: bold;"
    assert dialog.error.styleSheet() == f"color: {light_error};"
    apply_theme(qapp, "dark")
    dark_error = semantic().error
    assert dark_error != light_error
    qtbot.waitUntil(lambda: dialog.error.styleSheet() == f"color: {dark_error};")
    assert editor.problem.styleSheet() == f"color: {dark_error}; font-weight: bold;"
