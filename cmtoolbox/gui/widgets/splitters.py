"""Splitters that keep the sizes the CM gave them, per section, across articles and restarts.

A splitter left to itself follows its children's size hints: a long title or a button that
changes its text moves every pane under the mouse. `remember_splitter` gives it fixed starting
sizes, lets only the content panes grow with the window, and saves each drag in the preferences
under a key of its own ("sources/feeds/splitter"...), restored the next time.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter

from cmtoolbox.gui.preferences import Preferences

PREFIX = "splitters/"


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
    splitter.setOpaqueResize(True)
    for index, factor in enumerate(stretch):
        splitter.setStretchFactor(index, factor)
    splitter.setSizes(list(sizes))
    saved = prefs.value(PREFIX + key)
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda _pos, _index: prefs.set_value(PREFIX + key, splitter.saveState()))
