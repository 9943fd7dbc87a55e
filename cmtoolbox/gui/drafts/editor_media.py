"""Media of a draft: the library items attached to the whole draft or to one network's variant,
each with whether it fits the networks it goes to (`core.media_rules`, in the library's words).

A strip per scope: "Every network" (the draft's own media) and one per variant ("Only on
Instagram"). A network fits an item when one of its placements takes it (Instagram's feed, story
or reel); the tooltip says which, or why none does. Attaching goes through the library picker;
the page runs `ops.drafts.set_media`, so the library lists the draft among the item's usages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core import networks
from cmtoolbox.core.media_rules import check
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill, tr
from cmtoolbox.gui.library.messages import describe_check, format_pixels
from cmtoolbox.gui.library.model import ThumbnailCache
from cmtoolbox.gui.widgets.controls import tool_button
from cmtoolbox.gui.widgets.labels import heading_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.paths import files_dir
from cmtoolbox.storage.media import MediaItem
from cmtoolbox.storage.media_files import MediaFiles

ICON = QSize(48, 48)


def network_verdict(item: MediaItem, network: str) -> tuple[bool | None, str]:
    """(fits, explanation) of `item` on `network`: True when a placement takes it, False with the
    reasons when none does, None when the app has no rules for that network's media."""
    targets = networks.network(network).media
    if not targets:
        return None, fill(tr("%1: no format rules known yet, not checked"), networks.network(network).name)
    lines: list[str] = []
    fits = False
    for target in targets:
        result = check(item, target)
        verdict, reasons, advice = describe_check(result)
        fits = fits or result.fits
        lines.append(" ".join([verdict, "; ".join(reasons), *(f"({a})" for a in advice)]).strip())
    return fits, "\n".join(lines)


class MediaStrip(QWidget):
    """The items of one scope ("" = the whole draft, else a network) with their checks."""

    attach_requested = Signal(str)  # scope
    remove_requested = Signal(str, int)  # scope, media id

    def __init__(self, scope: str, thumbs: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.setObjectName(f"mediaStrip_{scope or 'draft'}")
        self._thumbs = thumbs
        self._items: list[MediaItem] = []
        self._networks: list[str] = []
        name = networks.network(scope).name if scope else ""
        heading = fill(self.tr("Only on %1"), name) if scope else self.tr("Every network")
        self.heading = heading_label("", heading)
        self.attach_button = tool_button(
            self.tr("Attach from the library…"),
            lambda: self.attach_requested.emit(self.scope),
            name="mediaAttach",
        )
        self.remove_button = tool_button(self.tr("Remove"), self._remove_current, name="mediaRemove")
        self.remove_button.setEnabled(False)
        self.list = QListWidget()
        self.list.setObjectName("mediaList")
        self.list.setIconSize(ICON)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.empty = QLabel(self.tr("No media."))
        self.empty.setEnabled(False)
        vbox(
            hbox(self.heading, None, self.remove_button, self.attach_button),
            self.list,
            self.empty,
            parent=self,
            margins=0,
        )
        thumbs.ready.connect(self._on_thumbnail)

    @property
    def media_ids(self) -> list[int]:
        return [item.id for item in self._items]

    def show_items(self, items: Sequence[MediaItem], targets: Sequence[str]) -> None:
        """Show `items`, checked against the networks in `targets`."""
        self._items = list(items)
        self._networks = list(targets)
        self.list.clear()
        for item in self._items:
            row = QListWidgetItem(self._text(item))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(self._details(item))
            image = self._thumbs.get(item.sha256, item.kind)
            if image is not None:
                row.setIcon(QIcon(QPixmap.fromImage(image)))
            self.list.addItem(row)
        rows = len(self._items)
        self.list.setVisible(bool(rows))
        self.list.setFixedHeight(min(rows, 3) * (ICON.height() + 8) + 4)
        self.empty.setVisible(not rows)
        self.remove_button.setEnabled(False)

    def verdicts(self, item: MediaItem) -> list[tuple[str, bool | None, str]]:
        return [(n, *network_verdict(item, n)) for n in self._networks]

    def _text(self, item: MediaItem) -> str:
        size = format_pixels(item.width, item.height) if item.width and item.height else ""
        marks = []
        for network, fits, _why in self.verdicts(item):
            if fits is not None:
                marks.append(f"{'✓' if fits else '✗'} {networks.network(network).name}")
        first = " — ".join(p for p in (item.display_title, size) if p)
        return f"{first}\n{' · '.join(marks)}" if marks else first

    def _details(self, item: MediaItem) -> str:
        return "\n\n".join(why for _n, _fits, why in self.verdicts(item)) or item.display_title

    def _remove_current(self) -> None:
        row = self.list.currentItem()
        if row is not None:
            self.remove_requested.emit(self.scope, int(row.data(Qt.ItemDataRole.UserRole)))

    def _on_thumbnail(self, sha256: str) -> None:
        for index, item in enumerate(self._items):
            if item.sha256 == sha256:
                image = self._thumbs.get(sha256, item.kind)
                row = self.list.item(index)
                if image is not None and row is not None:
                    row.setIcon(QIcon(QPixmap.fromImage(image)))


class MediaPanel(QScrollArea):
    """Every scope's strip: the whole draft's, then one per variant."""

    attach_requested = Signal(str)
    remove_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftMedia")
        self.setWidgetResizable(True)
        self.thumbs = ThumbnailCache(ctx, MediaFiles(files_dir(ctx.root)), self)
        self.strips: dict[str, MediaStrip] = {}
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.addStretch(1)
        self.setWidget(inner)

    def strip(self, scope: str) -> MediaStrip:
        strip = self.strips.get(scope)
        if strip is None:
            strip = MediaStrip(scope, self.thumbs)
            strip.attach_requested.connect(self.attach_requested)
            strip.remove_requested.connect(self.remove_requested)
            self._layout.insertWidget(self._layout.count() - 1, strip)
            self.strips[scope] = strip
        return strip

    def show_media(
        self,
        draft_media: Sequence[int],
        variant_media: Mapping[str, Sequence[int]],
        items: Mapping[int, MediaItem],
    ) -> None:
        """The draft's media (checked against every variant's network) and each variant's own."""
        order = list(variant_media)
        for scope in [s for s in self.strips if s and s not in variant_media]:
            self.strips.pop(scope).deleteLater()
        self.strip("").show_items([items[i] for i in draft_media if i in items], order)
        for network in order:
            ids = variant_media[network]
            self.strip(network).show_items([items[i] for i in ids if i in items], [network])

    def media_ids(self, scope: str) -> list[int]:
        strip = self.strips.get(scope)
        return strip.media_ids if strip is not None else []
