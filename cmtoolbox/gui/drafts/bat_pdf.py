"""The proof ("BAT") as a PDF: the printable HTML of `core.bat` laid out by QTextDocument on A4.

QTextDocument paginates text but happily cuts a table in two at the bottom of a page, which on a
proof means a post's card, or the box where the client ticks their answer, split over two sheets.
So each section (the cover, then each draft: `core.bat.render_sections`) is laid out on its own at
the page's size, and every top-level table (a row of cards, the answer box) that would straddle a
page but fits on one gets a page break before it, in order (a move shifts only what follows). The
pages are then drawn one by one, with a footer (client, page n of N), yielding to the event loop
between sections and pages so that a long proof does not freeze the window.

This runs on the UI thread: QTextDocument turns the embedded pictures into QPixmaps, and text
rendering outside the GUI thread is not supported on every platform. The slow part, decoding and
shrinking the pictures, was done on a worker by `core.bat.render_html`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
)

__all__ = ["MARGIN_MM", "pdf_bytes", "printable_document"]

MARGIN_MM = 15.0
FOOTER_POINTS = 9


def _source_dpi() -> float:
    """The resolution QTextDocument lays out at (the screen's logical one), as print_ assumes."""
    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen is not None else 96.0


class _ProofDocument(QTextDocument):
    """A section of the proof; its pictures come from a cache the sections share, so a picture
    drawn in several drafts is decoded once and embedded once in the PDF (which reuses an image
    it already holds)."""

    def __init__(self, pictures: dict[str, object]) -> None:
        super().__init__()
        self._pictures = pictures

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        url = QUrl(name) if isinstance(name, str) else name
        if kind != QTextDocument.ResourceType.ImageResource.value or url.scheme() != "data":
            return super().loadResource(kind, name)
        key = url.toString()
        if key not in self._pictures:
            self._pictures[key] = super().loadResource(kind, name)
        return self._pictures[key]


def printable_document(html: str, page: QSizeF, pictures: dict[str, object] | None = None) -> QTextDocument:
    """The document laid out on pages of `page` (layout units), tables kept whole where they fit."""
    document = _ProofDocument({} if pictures is None else pictures)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(page)
    _keep_tables_whole(document, page.height())
    return document


def _keep_tables_whole(document: QTextDocument, page_height: float) -> None:
    """Frames in order: a move only shifts the frames after it, so one sweep settles them."""
    layout = document.documentLayout()
    frame: QTextFrame
    for frame in document.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)  # lays out again after the previous move
        if rect.height() >= page_height * 0.95:
            continue  # taller than a page: it is cut anyway
        first = int(rect.top() // page_height)
        last = int((rect.bottom() - 1) // page_height)
        if first != last:
            fmt = frame.frameFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFrameFormat(fmt)


async def pdf_bytes(
    sections: Sequence[str], *, title: str, footer: str, page_label: str = "%1 / %2"
) -> bytes:
    """The PDF of the printable proof (`core.bat.render_sections`: each section starts a page):
    A4 portrait, 15 mm margins, a footer on each page (`footer` on the left, `page_label` with %1
    the page and %2 the count on the right)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("CM Toolbox")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)

    area = writer.pageLayout().paintRectPixels(writer.resolution())  # device pixels
    scale = writer.resolution() / _source_dpi()
    footer_height = FOOTER_POINTS * 2.2 * _source_dpi() / 72  # layout units
    page = QSizeF(area.width() / scale, area.height() / scale - footer_height)
    documents: list[QTextDocument] = []
    pictures: dict[str, object] = {}
    for html in sections:
        documents.append(printable_document(html, page, pictures))
        await asyncio.sleep(0)  # one draft at a time: the window stays responsive
    count = sum(max(1, d.pageCount()) for d in documents)

    font = QFont(documents[0].defaultFont() if documents else QFont())
    font.setPixelSize(round(FOOTER_POINTS * _source_dpi() / 72))  # layout units, scaled like the pages
    painter = QPainter(writer)
    number = 0
    try:
        for document in documents:
            for index in range(max(1, document.pageCount())):
                if number:
                    writer.newPage()
                number += 1
                painter.save()
                painter.scale(scale, scale)
                painter.translate(0, -index * page.height())
                document.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
                painter.restore()
                painter.save()
                painter.scale(scale, scale)
                painter.setFont(font)
                painter.setPen(Qt.GlobalColor.darkGray)
                band = QRectF(0, page.height(), page.width(), footer_height)
                painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer)
                label = page_label.replace("%1", str(number)).replace("%2", str(count))
                painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, label)
                painter.restore()
                await asyncio.sleep(0)  # let the window breathe between pages
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def is_page_break(fmt: QTextFrameFormat) -> bool:
    """Whether a frame starts a new page (tests check the layout pass)."""
    return bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
