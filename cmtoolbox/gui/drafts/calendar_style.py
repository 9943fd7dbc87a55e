"""How the editorial calendar colours things: networks, clients, the chips' tints (statuses' names
and colours are shared with the drafts list in `list_status`).

One place for the looks, so the month grid, the week grid and the unplanned list agree. Colours
are chosen for meaning (a status, a network's brand, a client's own colour) and always drawn as a
light tint under the palette's text colour, so the words stay readable (WCAG AA) in the light and
the dark theme alike; the strong colour only marks an edge or a badge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from cmtoolbox.core import networks
from cmtoolbox.gui.theme import contrast_ratio
from cmtoolbox.storage.drafts import STATUSES

CALENDAR_STATUSES: tuple[str, ...] = tuple(s for s in STATUSES if s != "archived")
"""The statuses the calendar can show (archived posts leave the calendar)."""


class ColourBy(StrEnum):
    STATUS = "status"
    NETWORK = "network"


@dataclass(frozen=True)
class NetworkLook:
    short: str  # brand abbreviation, shown as is
    colour: str


# Brand colours where the brand has one; X and Threads are both black, so Threads is drawn grey.
NETWORK_LOOKS: Mapping[str, NetworkLook] = {
    "x": NetworkLook("X", "#111111"),
    "mastodon": NetworkLook("Mast", "#6364ff"),
    "bluesky": NetworkLook("Bsky", "#1185fe"),
    "threads": NetworkLook("Thr", "#5b5b5b"),
    "linkedin": NetworkLook("in", "#0a66c2"),
    "instagram": NetworkLook("IG", "#e1306c"),
    "facebook": NetworkLook("FB", "#1877f2"),
    "tiktok": NetworkLook("TT", "#fe2c55"),
    "youtube": NetworkLook("YT", "#ff0000"),
    "pinterest": NetworkLook("Pin", "#e60023"),
    "google_business": NetworkLook("GBP", "#34a853"),
    "meta_business": NetworkLook("Meta", "#0866ff"),
    "snapchat": NetworkLook("Snap", "#fffc00"),
    "twitch": NetworkLook("Tw", "#9146ff"),
}
_OTHER = NetworkLook("•", "#757575")

# Clients without a colour of their own get one of these, by id (stable from one run to the next).
_CLIENT_FALLBACKS = ("#c47f3b", "#3b82c4", "#8e44ad", "#16a085", "#c0392b", "#2c3e50", "#d35400", "#27ae60")


def network_look(network_id: str) -> NetworkLook:
    return NETWORK_LOOKS.get(network_id, _OTHER)


def network_name(network_id: str) -> str:
    return networks.network(network_id).name


def client_colour(client_id: int, colour: str | None) -> QColor:
    """The client's own colour, or a stable stand-in."""
    chosen = QColor(colour) if colour else QColor()
    if chosen.isValid():
        return chosen
    return QColor(_CLIENT_FALLBACKS[client_id % len(_CLIENT_FALLBACKS)])


def blend(under: QColor, over: QColor, amount: float) -> QColor:
    """`over` laid on `under` at `amount` (0..1) opacity."""
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * amount,
        under.greenF() + (over.greenF() - under.greenF()) * amount,
        under.blueF() + (over.blueF() - under.blueF()) * amount,
    )


def tint(colour: QColor, palette: QPalette) -> QColor:
    """A chip's fill: `colour` lightly laid on the base, kept readable under the palette's text
    (the tint is weakened until the text reaches 4.5:1)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return QColor(_tint(colour.name(), base.name(), text.name()))


@lru_cache(maxsize=256)
def _tint(colour: str, base_name: str, text_name: str) -> str:
    base, text, over = QColor(base_name), QColor(text_name), QColor(colour)
    amount = 0.34 if base.lightness() < 128 else 0.24
    fill = blend(base, over, amount)
    while contrast_ratio(text, fill) < 4.5 and amount > 0.05:
        amount -= 0.04
        fill = blend(base, over, amount)
    return fill.name()


def edge(colour: QColor, palette: QPalette) -> QColor:
    """A strong colour (a chip's edge, a badge) that stands out from the base: black brands are
    lightened on a dark base, white-ish ones darkened on a light one."""
    return QColor(_edge(colour.name(), palette.color(QPalette.ColorRole.Base).name()))


@lru_cache(maxsize=256)
def _edge(colour: str, base_name: str) -> str:
    base, result = QColor(base_name), QColor(colour)
    for _ in range(6):
        if contrast_ratio(result, base) >= 1.8:
            break
        result = result.lighter(160) if base.lightness() < 128 else result.darker(130)
    return result.name()


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (a badge's letters)."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white


def swatch(colour: QColor, size: int = 12) -> QIcon:
    """A small rounded square of `colour`, beside a status or a client in lists and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def grid_line(palette: QPalette) -> QColor:
    """The calendar's cell borders: visible on the base in both themes (the palette's Mid is
    nearly the base colour in the dark theme)."""
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.16)
