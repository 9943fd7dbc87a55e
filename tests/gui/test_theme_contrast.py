"""Every text colour of both themes is readable: WCAG AA (4.5:1) against the backgrounds it is drawn on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from cmtoolbox.gui.theme import _DARK, _LIGHT, contrast_ratio, dark_palette, light_palette, semantic

AA = 4.5
Role = QPalette.ColorRole
TEXT_ON = [
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.PlaceholderText, Role.Base),
]


def _palettes(qapp: QApplication) -> dict[str, QPalette]:
    qapp.setStyle("Fusion")
    return {"light": light_palette(qapp), "dark": dark_palette()}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palette_text_roles_reach_aa(qapp: QApplication, theme: str) -> None:
    palette = _palettes(qapp)[theme]
    low = []
    for text, background in TEXT_ON:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        if ratio < AA:
            low.append(f"{text.name} on {background.name}: {ratio:.2f}")
    assert not low, low


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_semantic_colours_reach_aa_on_window_and_base(qapp: QApplication, theme: str) -> None:
    palette = _palettes(qapp)[theme]
    colours = semantic(palette)
    assert colours is (_DARK if theme == "dark" else _LIGHT)
    for name in ("error", "warning", "success", "muted"):
        for background in (Role.Window, Role.Base):
            ratio = contrast_ratio(getattr(colours, name), palette.color(background))
            assert ratio >= AA, f"{theme} {name} on {background.name}: {ratio:.2f}"
    assert contrast_ratio(colours.mark_text, colours.mark_background) >= AA


def test_contrast_ratio_reference_values() -> None:
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_spelling_and_grammar_underlines_are_visible_and_distinct(qapp: QApplication, theme: str) -> None:
    """Underlines are graphics, not text: WCAG's 3:1 for non-text contrast, on the editor's base; and
    grammar must not be mistaken for spelling (another hue, not just another shade)."""
    palette = _palettes(qapp)[theme]
    colours = semantic(palette)
    for name in ("spelling", "grammar"):
        ratio = contrast_ratio(getattr(colours, name), palette.color(Role.Base))
        assert ratio >= 3.0, f"{theme} {name} underline on Base: {ratio:.2f}"
    from PySide6.QtGui import QColor

    hue_gap = abs(QColor(colours.spelling).hue() - QColor(colours.grammar).hue())
    assert min(hue_gap, 360 - hue_gap) >= 90
