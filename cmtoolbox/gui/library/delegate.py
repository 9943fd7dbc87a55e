"""How one library item is painted: a tile in the grid, a row in the list.

Tiles show the thumbnail (or a page with the file's extension for documents), the title, the
duration of videos and GIFs, and a coloured corner when the item's rights have expired (red) or
expire within 30 days (orange). Rows add the type, pixel size, weight and tags.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cmtoolbox.gui.i18n import tr
from cmtoolbox.gui.library.messages import format_duration, format_pixels, format_size, kind_label
from cmtoolbox.gui.library.model import ITEM_ROLE, THUMB_ROLE
from cmtoolbox.storage.media import MediaItem

TILE = QSize(176, 222)  # room for a two-line title under the picture
THUMB_BOX = 160
ROW_HEIGHT = 58
ROW_THUMB = 48

EXPIRED = QColor("#c62828")
EXPIRING = QColor("#ef8f00")
_KIND_COLORS = {
    "image": QColor("#6d8fb3"),
    "gif": QColor("#8e6db3"),
    "video": QColor("#3f7d5c"),
    "pdf": QColor("#b3463f"),
    "document": QColor("#3f62b3"),
}

Index = QModelIndex | QPersistentModelIndex


def rights_color(item: MediaItem, today: date | None = None) -> QColor | None:
    status = item.rights_status(today)
    if status == "expired":
        return EXPIRED
    if status == "expiring":
        return EXPIRING
    return None


def title_lines(metrics: QFontMetrics, title: str, width: int) -> list[str]:
    """A tile's title on up to two lines, cut between words, the second elided at its end:
    "Pain de campagne / au levain" rather than "Pain de cam…e au levain"."""
    if metrics.horizontalAdvance(title) <= width:
        return [title]
    first = ""
    for word in title.split():
        trial = f"{first} {word}" if first else word
        if metrics.horizontalAdvance(trial) > width:
            break
        first = trial
    if not first:  # one long word: a single elided line
        return [metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)]
    rest = title[len(first) :].strip()
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


class MediaDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = True

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        if self.grid:
            return TILE
        return QSize(max(option.rect.width(), 300), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: MediaItem | None = index.data(ITEM_ROLE)
        if item is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(3, 3, -3, -3)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 6, 6)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(rect, 6, 6)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        thumb: QImage | None = index.data(THUMB_ROLE)
        if self.grid:
            box = QRect(rect.x() + (rect.width() - THUMB_BOX) // 2, rect.y() + 5, THUMB_BOX, THUMB_BOX)
            self._paint_picture(painter, box, item, thumb, palette)
            title_rect = QRect(
                rect.x() + 6, box.bottom() + 6, rect.width() - 12, rect.bottom() - box.bottom() - 8
            )
            painter.setFont(option.font)  # not the sheet's large bold extension font
            painter.setPen(text_color)
            metrics = QFontMetrics(option.font)
            lines = title_lines(metrics, item.display_title, title_rect.width())
            painter.drawText(
                title_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "\n".join(lines)
            )
            self._paint_badges(painter, box, item)
        else:
            box = QRect(rect.x() + 6, rect.y() + (rect.height() - ROW_THUMB) // 2, ROW_THUMB, ROW_THUMB)
            self._paint_picture(painter, box, item, thumb, palette)
            self._paint_badges(painter, box, item, small=True)
            left = box.right() + 12
            title_font = QFont(option.font)
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.setPen(text_color)
            metrics = QFontMetrics(title_font)
            line = metrics.height()
            top = rect.y() + (rect.height() - 2 * line - 2) // 2
            width = rect.right() - left - 8
            painter.drawText(
                QRect(left, top, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(item.display_title, Qt.TextElideMode.ElideRight, width),
            )
            painter.setFont(option.font)
            details = [kind_label(item.kind), item.ext.upper(), format_size(item.size_bytes)]
            if item.width and item.height:
                details.append(format_pixels(item.width, item.height))
            if item.duration_ms:
                details.append(format_duration(item.duration_ms))
            status = item.rights_status()
            if status == "expired":
                details.append(tr("rights expired"))
            elif status == "expiring":
                days = item.days_left() or 0
                details.append(
                    tr("rights end today") if days == 0 else tr("rights end in %n day(s)", "", days)
                )
            if item.tags:
                details.append(" ".join(f"#{t}" for t in item.tags))
            muted = QColor(text_color)
            if not selected:
                muted.setAlpha(170)
            painter.setPen(muted)
            painter.drawText(
                QRect(left, top + line + 2, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(option.font).elidedText(" · ".join(details), Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()

    def _paint_picture(
        self, painter: QPainter, box: QRect, item: MediaItem, thumb: QImage | None, palette: QPalette
    ) -> None:
        if thumb is not None and not thumb.isNull():
            size = thumb.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                box.x() + (box.width() - size.width()) // 2,
                box.y() + (box.height() - size.height()) // 2,
                size.width(),
                size.height(),
            )
            if thumb.hasAlphaChannel():  # a logo on a checker, so white on transparent still shows
                painter.fillRect(target, QColor("#e9e9e9"))
            painter.drawImage(target, thumb)
            return
        # No picture: a sheet of paper with the extension, coloured by kind.
        color = _KIND_COLORS.get(item.kind, QColor("#888888"))
        w = box.width() * 0.62
        h = box.height() * 0.78
        sheet = QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h)
        fold = w * 0.25
        path = QPainterPath()
        path.moveTo(sheet.left(), sheet.top())
        path.lineTo(sheet.right() - fold, sheet.top())
        path.lineTo(sheet.right(), sheet.top() + fold)
        path.lineTo(sheet.right(), sheet.bottom())
        path.lineTo(sheet.left(), sheet.bottom())
        path.closeSubpath()
        painter.setPen(QPen(color.darker(120), 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawPath(path)
        band = QRectF(sheet.left(), sheet.bottom() - h * 0.34, w, h * 0.22)
        painter.fillRect(band, color)
        painter.save()
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(max(8, int(band.height() * 0.6)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, item.ext.upper())
        painter.restore()

    def _paint_badges(self, painter: QPainter, box: QRect, item: MediaItem, *, small: bool = False) -> None:
        corner = rights_color(item)
        if corner is not None:
            size = 12 if small else 22
            path = QPainterPath()
            path.moveTo(box.right() - size, box.top())
            path.lineTo(box.right(), box.top())
            path.lineTo(box.right(), box.top() + size)
            path.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.fillPath(path, corner)
        if small or item.kind not in ("video", "gif"):
            return
        label = "GIF" if item.kind == "gif" else "▶"
        if item.duration_ms:
            label += " " + format_duration(item.duration_ms)
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        pill = QRect(
            box.left() + 4,
            box.bottom() - metrics.height() - 8,
            metrics.horizontalAdvance(label) + 12,
            metrics.height() + 4,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 160))
        painter.drawRoundedRect(pill, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
