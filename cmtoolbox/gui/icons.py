"""Icons from resources/icons (SVG), cached per name and theme.

The line icons are drawn in one slate colour, which vanishes on the blue selection of the sidebar
and is dim on the dark theme: each icon therefore carries a white variant for its selected state
(the highlight is blue in both themes) and a lighter stroke on a dark palette.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cmtoolbox.paths import resource_path

LINE_COLOUR = "#4f6b8a"  # the stroke every line icon is drawn with
DARK_LINE_COLOUR = "#a9c1dc"
SELECTED_LINE_COLOUR = "#ffffff"


def _dark() -> bool:
    app = QGuiApplication.instance()
    return app is not None and QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class _LineIconEngine(QIconEngine):
    """Draws a line icon on demand, at the size and in the state asked (nothing is rendered ahead:
    the window builds a dozen icons at start and shows each at one or two sizes)."""

    def __init__(self, normal: bytes, selected: bytes) -> None:
        super().__init__()
        self._svg = {False: normal, True: selected}
        self._renderers: dict[bool, QSvgRenderer] = {}

    def _renderer(self, selected: bool) -> QSvgRenderer:
        if selected not in self._renderers:
            self._renderers[selected] = QSvgRenderer(QByteArray(self._svg[selected]))
        return self._renderers[selected]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode == QIcon.Mode.Selected).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _LineIconEngine(self._svg[False], self._svg[True])


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
    return QIcon(_LineIconEngine(normal, selected))


def app_icon() -> QIcon:
    result = QIcon(str(resource_path("icons", "cmtoolbox.svg")))
    png = resource_path("icons", "cmtoolbox-256.png")
    if png.exists():
        result.addFile(str(png))
    return result
