"""Icons from resources/icons (SVG), cached per name and theme.

The line icons are drawn in one slate colour, which vanishes on the blue selection of the sidebar
and is dim on the dark theme: each icon therefore carries a white variant for its selected state
(the highlight is blue in both themes) and a lighter stroke on a dark palette.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cmtoolbox.paths import resource_path

LINE_COLOUR = "#4f6b8a"  # the stroke every line icon is drawn with
DARK_LINE_COLOUR = "#a9c1dc"
SELECTED_LINE_COLOUR = "#ffffff"
SIZES = (16, 20, 22, 24, 32, 48)


def _dark() -> bool:
    app = QGuiApplication.instance()
    return app is not None and QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _render(svg: bytes, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str) -> QIcon:
    return _icon(name, _dark())


@cache
def _icon(name: str, dark: bool) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    source = path.read_bytes()
    if LINE_COLOUR.encode() not in source:
        return QIcon(str(path))  # not a line icon (the app's logo): as drawn
    normal = source.replace(LINE_COLOUR.encode(), DARK_LINE_COLOUR.encode()) if dark else source
    selected = source.replace(LINE_COLOUR.encode(), SELECTED_LINE_COLOUR.encode())
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0  # type: ignore[attr-defined]
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_render(normal, size, ratio), QIcon.Mode.Normal)
        result.addPixmap(_render(selected, size, ratio), QIcon.Mode.Selected)
    return result


def app_icon() -> QIcon:
    result = QIcon(str(resource_path("icons", "cmtoolbox.svg")))
    png = resource_path("icons", "cmtoolbox-256.png")
    if png.exists():
        result.addFile(str(png))
    return result
