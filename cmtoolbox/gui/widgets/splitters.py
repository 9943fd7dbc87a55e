"""Splitters that keep the sizes the CM gave them, per section, across articles and restarts.

A splitter left to itself follows its children's size hints: a long title or a button that
changes its text moves every pane under the mouse. `remember_splitter` gives it fixed starting
sizes, lets only the content panes grow with the window, and saves each drag in the preferences
under a key of its own ("sources/feeds"...), restored the next time.

Sizes are applied when the splitter is first shown, at its real width: a page built while the
window is already open is laid out at a placeholder size first, and sizes set then would be
squeezed (a pane that does not stretch never gets its width back).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from cmtoolbox.gui.preferences import Preferences

PREFIX = "splitters/"


class _SplitterMemory(QObject):
    def __init__(self, splitter: QSplitter, prefs: Preferences, key: str, sizes: Sequence[int]) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.prefs = prefs
        self.key = PREFIX + key
        self.sizes = list(sizes)
        self.applied = False
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self.save)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.splitter and event.type() == QEvent.Type.Show and not self.applied:
            self.applied = True
            self.apply()
        return False

    def apply(self) -> None:
        saved = self.prefs.value(self.key)
        if not (isinstance(saved, QByteArray) and not saved.isEmpty() and self.splitter.restoreState(saved)):
            self.splitter.setSizes(self.sizes)

    def save(self, _pos: int = 0, _index: int = 0) -> None:
        self.prefs.set_value(self.key, self.splitter.saveState())


def remember_splitter(
    splitter: QSplitter,
    prefs: Preferences,
    key: str,
    sizes: Sequence[int],
    stretch: Sequence[int],
) -> None:
    """Start `splitter` at `sizes` (or what was saved under `key`), grow its panes with the
    window by `stretch` (0: the pane keeps its width), and save each move of a handle."""
    splitter.setChildrenCollapsible(False)
    for index, factor in enumerate(stretch):
        splitter.setStretchFactor(index, factor)
    splitter.setSizes(list(sizes))
    _SplitterMemory(splitter, prefs, key, sizes)


def splitter(
    name: str, *panes: QWidget, orientation: Qt.Orientation = Qt.Orientation.Horizontal
) -> QSplitter:
    """A splitter named `name` holding `panes`, left to right (or top to bottom)."""
    split = QSplitter(orientation)
    split.setObjectName(name)
    for pane in panes:
        split.addWidget(pane)
    return split
