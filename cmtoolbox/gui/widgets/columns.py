"""Table columns that share the width sensibly, can be resized by hand, and are remembered.

Qt offers fixed widths (a wide window leaves them as they were and gives everything to the last
column: the Sources table's Address took all the room while Tags stayed cut) or `Stretch` (which the
user cannot resize). `ColumnShares` keeps every column `Interactive`: the columns named in `shares`
take that share of the table's width whenever it changes, the `fixed` ones keep their pixels (a star,
a date) and the last column takes what is left. A column the user drags keeps its new share, which is
saved in the preferences and restored at the next start.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from cmtoolbox.gui.preferences import Preferences

MIN_SHARE = 0.03
MIN_LAST = 80  # pixels the last column keeps at least


class ColumnShares(QObject):
    def __init__(
        self,
        view: QAbstractItemView,
        prefs: Preferences,
        key: str,
        shares: Mapping[int, float],
        fixed: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._prefs = prefs
        self._key = key
        self._fixed = dict(fixed or {})
        self._defaults = dict(shares)
        self.shares = {**self._defaults, **self._saved()}
        self._applying = False
        header = self.header
        header.setStretchLastSection(True)
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_resized)
        view.viewport().installEventFilter(self)
        self.apply()

    @property
    def header(self) -> QHeaderView:
        return self._view.horizontalHeader()  # type: ignore[attr-defined, no-any-return]

    def _saved(self) -> dict[int, float]:
        raw = str(self._prefs.value(self._key, "") or "")
        saved: dict[int, float] = {}
        for part in raw.split(","):
            column, _sep, share = part.partition(":")
            try:
                value = float(share)
                index = int(column)
            except ValueError:
                continue
            if index in self._defaults and MIN_SHARE <= value <= 0.9:
                saved[index] = value
        return saved

    def _width(self) -> int:
        return max(0, self._view.viewport().width())

    def apply(self) -> None:
        """Give each column its share of the current width (and the fixed ones their pixels)."""
        width = self._width()
        if width <= 0:
            return
        self._applying = True
        try:
            for column, pixels in self._fixed.items():
                self.header.resizeSection(column, pixels)
            for column, share in self.shares.items():
                self.header.resizeSection(column, max(24, round(width * share)))
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def _on_resized(self, column: int, _old: int, new: int) -> None:
        if self._applying or column not in self.shares or self.header.count() == 0:
            return
        width = self._width()
        if width <= 0:
            return
        share = min(0.9, max(MIN_SHARE, new / width))
        others = sum(s for c, s in self.shares.items() if c != column)
        fixed = sum(self._fixed.values())
        if (others + share) * width + fixed > width - MIN_LAST:  # leave the last column some room
            return
        self.shares[column] = share
        self._prefs.set_value(self._key, ",".join(f"{c}:{s:.4f}" for c, s in sorted(self.shares.items())))
