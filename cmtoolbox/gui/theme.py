"""Light, dark or system colour scheme.

Qt's `setColorScheme` is only honoured by platform themes that support it (not by a bare X11
session, nor offscreen), so an explicit palette is applied as well, on the Fusion style, which
follows the palette faithfully on every platform.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colors = {
        role.Window: "#2b2d31", role.WindowText: "#e6e6e6", role.Base: "#1f2023",
        role.AlternateBase: "#2b2d31", role.ToolTipBase: "#3a3c42", role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8b8e96", role.Text: "#e6e6e6", role.Button: "#34363c",
        role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Light: "#45474e",
        role.Midlight: "#3b3d43", role.Mid: "#2f3136", role.Dark: "#18191b", role.Shadow: "#0d0d0e",
        role.Highlight: "#3d7ad6", role.HighlightedText: "#ffffff", role.Link: "#79a8ff",
        role.LinkVisited: "#b08cff",
    }
    for color_role, value in colors.items():
        palette.setColor(color_role, QColor(value))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, color_role, QColor("#7c7f87"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    if "Fusion" in QStyleFactory.keys() and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.styleHints().setColorScheme(_SCHEMES.get(theme, Qt.ColorScheme.Unknown))
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())  # back to the platform's own palette


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
