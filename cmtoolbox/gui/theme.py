"""Light, dark or system colour scheme.

Qt's `setColorScheme` is only honoured by platform themes that support it (not by a bare X11
session, nor offscreen), so an explicit palette is applied as well, on the Fusion style, which
follows the palette faithfully on every platform.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colors = {
        role.Window: "#2b2d31",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f2023",
        role.AlternateBase: "#2b2d31",
        role.ToolTipBase: "#3a3c42",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8b8e96",
        role.Text: "#e6e6e6",
        role.Button: "#34363c",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Light: "#45474e",
        role.Midlight: "#3b3d43",
        role.Mid: "#2f3136",
        role.Dark: "#18191b",
        role.Shadow: "#0d0d0e",
        role.Highlight: "#2f66c0",
        role.HighlightedText: "#ffffff",
        role.Link: "#79a8ff",
        role.LinkVisited: "#b08cff",
    }
    for color_role, value in colors.items():
        palette.setColor(color_role, QColor(value))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, color_role, QColor("#7c7f87"))
    return palette


@dataclass(frozen=True)
class Semantic:
    """Text colours with a meaning, readable (WCAG AA, 4.5:1) on both the window and the base
    colour of the palette they were chosen for: use these instead of hard-coded reds and greens,
    which vanish on a dark background."""

    error: str
    warning: str
    success: str
    muted: str
    mark_background: str  # search matches
    mark_text: str
    code: str  # `code` in the Markdown editor
    spelling: str = "#d32f2f"  # wavy underline under a misspelt word
    grammar: str = "#1565c0"  # wavy underline under a grammar or typography issue: another hue than spelling


_LIGHT = Semantic(
    "#b71c1c", "#8a4b00", "#1b5e20", "#5f6368", "#fce38a", "#222222", "#8e44ad", "#d32f2f", "#1565c0"
)
_DARK = Semantic(
    "#ff8a80", "#ffcc80", "#a5d6a7", "#b0b3ba", "#6b5a12", "#fff5cc", "#d7a8f0", "#ff6e6e", "#64b5f6"
)


def semantic(palette: QPalette | None = None) -> Semantic:
    palette = palette or QApplication.palette()
    return _DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else _LIGHT


SEMANTIC_NAMES = ("error", "warning", "success", "muted")


def on_theme_change(slot: Callable[..., object]) -> None:
    """Call `slot` (a method of a QObject, so the connection ends with it) when the app's palette
    changes: `apply_theme`, or the system's colour scheme under "system".

    A widget styled by a style sheet gets no PaletteChange event then, and ApplicationPaletteChange
    only reaches top-level windows: the application's own signal is the one that always comes."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.paletteChanged.connect(slot)


class _SemanticText(QObject):
    """Keeps a widget's text in a semantic colour of the current theme, across theme changes."""

    def __init__(self, widget: QWidget, name: str, extra_css: str) -> None:
        super().__init__(widget)
        self._widget = widget
        self._name = name
        self._extra = extra_css
        on_theme_change(self.apply)
        self.apply()

    def set(self, name: str, extra_css: str) -> None:
        self._name, self._extra = name, extra_css
        self.apply()

    def apply(self) -> None:
        colour = getattr(semantic(), self._name)
        sheet = f"color: {colour};{(' ' + self._extra) if self._extra else ''}"
        if sheet != self._widget.styleSheet():
            self._widget.setStyleSheet(sheet)


def semantic_text(widget: QWidget, name: str, extra_css: str = "") -> None:
    """Draw `widget`'s text in the theme's `name` colour ("error", "warning", "success", "muted"),
    readable in light and dark, and follow the theme when it changes. `extra_css` adds declarations
    ("font-weight: bold;"). Calling it again replaces the colour."""
    if name not in SEMANTIC_NAMES:
        raise ValueError(name)
    keeper = getattr(widget, "_semantic_text", None)
    if isinstance(keeper, _SemanticText):
        keeper.set(name, extra_css)
    else:
        widget._semantic_text = _SemanticText(widget, name, extra_css)  # type: ignore[attr-defined]


def contrast_ratio(foreground: QColor | str, background: QColor | str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""

    def luminance(color: QColor | str) -> float:
        c = QColor(color)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def light_palette(app: QApplication) -> QPalette:
    """Fusion's light palette, with a selection colour dark enough for white text (AA)."""
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1f6fb2"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    if "Fusion" in QStyleFactory.keys() and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.styleHints().setColorScheme(_SCHEMES.get(theme, Qt.ColorScheme.Unknown))
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(light_palette(app))
    else:
        app.setPalette(QPalette())  # back to the platform's own palette


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
