"""Backlinks: the notes whose text links to the open one with [[its title]].

The panel only shows what the page hands it (`show_backlinks`); activating a row asks the page to
open that note.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cmtoolbox.gui.i18n import fill
from cmtoolbox.storage.notes import NoteSummary


class BacklinksPanel(QWidget):
    open_requested = Signal(int)  # note id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlinksPanel")
        self.heading = QLabel()
        self.heading.setObjectName("backlinksHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backlinksList")
        self.list.setAccessibleName(self.tr("Notes linking here"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.empty = QLabel()
        self.empty.setObjectName("backlinksEmpty")
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.show_backlinks(None, [])

    def show_backlinks(self, title: str | None, notes: Iterable[NoteSummary]) -> None:
        rows = list(notes)
        self.list.clear()
        for summary in rows:
            item = QListWidgetItem(summary.title or self.tr("Untitled"))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.excerpt)
            self.list.addItem(item)
        if title is None:
            self.heading.setText(self.tr("Backlinks"))
            self.empty.setText(self.tr("Open a note to see which notes link to it."))
        else:
            count = len(rows)
            self.heading.setText(
                self.tr("Linked from %n note(s)", "", count) if count else self.tr("Backlinks")
            )
            self.empty.setText(
                fill(
                    self.tr("No note links here yet. Type [[%1]] in another note to link it."),
                    title or self.tr("Untitled"),
                )
            )
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
