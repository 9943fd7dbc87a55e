"""A side panel that redraws only while shown: the fold preview and the thread splitter.

Both follow every keystroke of the editor but sit in tabs that are mostly hidden. Rebuilding a
hidden panel at each key would cost for nothing, so a change only marks it dirty (`mark_dirty`), and
the panel redraws when it is shown again, or at once if it is visible.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPanel(QWidget):
    """Redraws (`_render`) when shown after a change, or at the change if already visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = True

    def mark_dirty(self) -> None:
        self._dirty = True
        self.refresh_if_visible()

    def refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self._render()

    def _render(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()
