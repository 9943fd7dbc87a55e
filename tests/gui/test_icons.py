"""Sidebar icons stay visible: white on the blue selection, lighter on the dark theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from cmtoolbox.gui.icons import _icon
from cmtoolbox.gui.theme import contrast_ratio, dark_palette, light_palette


def _ink(icon: QIcon, mode: QIcon.Mode) -> QColor:
    """The colour of the icon's most opaque pixel (its stroke)."""
    image = icon.pixmap(48, 48, mode).toImage()
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda c: c.alpha(),
    )
    assert best.alpha() > 200
    return best


def test_selected_icons_read_on_the_selection_colour(qapp: QApplication) -> None:
    for dark, palette in ((False, light_palette(qapp)), (True, dark_palette())):
        icon = _icon("notes", dark)
        highlight = palette.color(palette.ColorRole.Highlight)
        assert contrast_ratio(_ink(icon, QIcon.Mode.Selected), highlight) >= 3  # WCAG for graphics
        window = palette.color(palette.ColorRole.Window)
        assert contrast_ratio(_ink(icon, QIcon.Mode.Normal), window) >= 3
