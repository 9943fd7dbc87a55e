"""Icons from resources/icons (SVG), cached per name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from cmtoolbox.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    result = QIcon(str(resource_path("icons", "cmtoolbox.svg")))
    png = resource_path("icons", "cmtoolbox-256.png")
    if png.exists():
        result.addFile(str(png))
    return result
