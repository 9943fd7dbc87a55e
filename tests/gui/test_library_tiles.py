"""The library grid's tiles: a file with no picture keeps its title in the normal font."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, QPalette

from cmtoolbox.gui.library.delegate import MediaDelegate


def test_the_paper_sheet_of_a_pdf_leaves_the_painters_font_alone(qapp) -> None:  # noqa: ANN001
    """The sheet's extension ("PDF") is drawn large and bold; the tile's title, drawn after it, was
    drawn in that font too, huge and cut."""
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = painter.font()
        pdf = SimpleNamespace(kind="document", ext="pdf")
        MediaDelegate()._paint_picture(painter, QRect(0, 0, 150, 150), pdf, None, QPalette())  # type: ignore[arg-type]
        assert painter.font() == before
    finally:
        painter.end()
