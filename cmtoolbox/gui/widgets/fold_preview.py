"""How the post looks in the feed before "… see more", on the networks that cut it (LinkedIn, Instagram).

What shows above the fold decides whether anyone clicks: the preview shows exactly the part the
network shows (its `fold_at`, in grapheme clusters, from the table of `core.networks`) and dims the rest.

The cards are word-wrapped labels in a resizable scroll area, whose column takes its height from
the cards' height-for-width. Issue 15 saw the cards overlap after a restart until the window was
resized; that could not be reproduced here (Qt 6.12, offscreen and X11, texts set before and after
the first show, behind another tab, in short windows), so every refresh also asks the scroll area to
lay its column out again, which is what a resize does, and tests/gui/test_fold_preview_layout.py
checks the geometry through those paths.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cmtoolbox.core.counters import COUNTERS, count
from cmtoolbox.gui.theme import semantic
from cmtoolbox.gui.widgets.counter_bar import network_label
from cmtoolbox.gui.widgets.labels import heading_label, wrapped_label
from cmtoolbox.gui.widgets.layouts import vbox
from cmtoolbox.gui.widgets.lazy_panel import LazyPanel

__all__ = ["FOLDING_NETWORKS", "FoldPreview"]

FOLDING_NETWORKS = tuple(n for n, rule in COUNTERS.items() if rule.fold_at is not None)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>").replace("\u2028", "<br>")


class _FoldCard(QFrame):
    def __init__(self, network: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.setObjectName(f"fold_{network}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading_label("foldTitle")
        self.body = wrapped_label(rich=True, selectable=True)
        self.note = wrapped_label(name="foldNote")
        vbox(self.title, self.body, self.note, parent=self)
        self.visible_text = ""

    def show_text(self, text: str) -> None:
        rule = COUNTERS[self.network]
        self.title.setText(
            self.tr("%1 — cut after %2 characters")
            .replace("%1", network_label(self.network))
            .replace("%2", str(rule.fold_at))
        )
        self.body.setVisible(bool(text.strip()))
        if not text.strip():
            self.visible_text = ""
            self.body.setText("")
            self.note.setText(self.tr("Nothing to preview yet."))
            return
        cut = count(self.network, text).fold_at
        more = self.tr("… see more")
        if cut is None:
            self.visible_text = text
            self.body.setText(_html(text))
            self.note.setText(self.tr("Shown in full: nothing is hidden."))
            return
        visible, hidden = text[:cut].rstrip(), text[cut:]
        self.visible_text = visible
        muted = semantic().muted
        self.body.setText(f"{_html(visible)}<span style='color:{muted}'>{html.escape(more)}</span>")
        self.note.setText(
            self.tr("%1 more characters are behind “see more”: put the hook in the first line.").replace(
                "%1", str(len(hidden))
            )
        )


class FoldPreview(LazyPanel):
    """One card per selected network that folds; a hint when none is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._networks: list[str] = []
        self.cards: dict[str, _FoldCard] = {}
        inner = QWidget()
        self._inner_layout = QVBoxLayout(inner)
        self.hint = QLabel(
            self.tr(
                "LinkedIn and Instagram cut long posts with “… see more”. Select one of them to "
                "preview what shows before the cut."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("foldHint")
        self._inner_layout.addWidget(self.hint)
        for network in FOLDING_NETWORKS:
            card = _FoldCard(network)
            card.hide()
            self.cards[network] = card
            self._inner_layout.addWidget(card)
        self._inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self._scroll = scroll
        self._column = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_networks(self, networks: Iterable[str]) -> None:
        self._networks = [n for n in networks if n in self.cards]
        self.hint.setVisible(not self._networks)
        for network, card in self.cards.items():
            card.setVisible(network in self._networks)
        self.mark_dirty()

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.mark_dirty()

    def _render(self) -> None:
        for network in self._networks:
            self.cards[network].show_text(self._text)
        self._relayout()

    def _relayout(self) -> None:
        """Have the scroll area size the column from its height-for-width again, as a resize of the
        window does (see the module's docstring)."""
        self._inner_layout.invalidate()
        self._column.updateGeometry()
        QCoreApplication.postEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark: the dimmed "see more" colour
            self.mark_dirty()
