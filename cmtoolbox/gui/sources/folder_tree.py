"""The folders beside the sources list: the folder paths of imported bookmarks (and those set in
the source dialog or with "Move to folder…") as a tree with counts; choosing one filters the list.

Folders are not records of their own: a folder exists while a source is in it, the way a
browser's bookmark folders come and go with their bookmarks. The tree is rebuilt from the
sources the tab already read, so it never costs a query.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from cmtoolbox.core.bookmarks_html import FOLDER_SEPARATOR
from cmtoolbox.gui.sources.source_table import UNFILED
from cmtoolbox.storage.sources import Source

FOLDER_ROLE = Qt.ItemDataRole.UserRole


def folder_counts(sources: list[Source]) -> Counter[str]:
    """Sources under each folder path, subfolders included ("A" counts what "A/B" holds)."""
    counts: Counter[str] = Counter()
    for source in sources:
        parts = [part for part in source.folder.split(FOLDER_SEPARATOR) if part]
        for depth in range(1, len(parts) + 1):
            counts[FOLDER_SEPARATOR.join(parts[:depth])] += 1
    return counts


class FolderTree(QTreeWidget):
    """ "All sources", the folder tree, "No folder". `chosen` emits the filter value: None for
    every source, `UNFILED` for the sources in no folder, else a folder path."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceFolders")
        self.setAccessibleName(self.tr("Folders"))
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._on_current_changed)
        self._filling = False
        self.paths: list[str] = []  # every folder path, sorted: what the dialogs offer

    @property
    def current_folder(self) -> str | None:
        item = self.currentItem()
        return item.data(0, FOLDER_ROLE) if item is not None else None

    def set_sources(self, sources: list[Source]) -> None:
        """Rebuild from the client's sources, keeping the chosen folder and what was expanded
        (a folder that no longer exists falls back to every source)."""
        wanted = self.current_folder
        expanded = {path for path, item in self._items().items() if item.isExpanded()}
        counts = folder_counts(sources)
        self.paths = sorted(counts, key=str.casefold)
        self._filling = True
        try:
            self.clear()
            self._add(self, self.tr("All sources"), None, len(sources))
            nodes: dict[str, QTreeWidgetItem] = {}
            for path in self.paths:
                parent_path, _, name = path.rpartition(FOLDER_SEPARATOR)
                parent = nodes.get(parent_path, self.invisibleRootItem())
                nodes[path] = self._add(parent, name, path, counts[path])
                nodes[path].setExpanded(path in expanded)
            unfiled = sum(1 for source in sources if not source.folder)
            if self.paths and unfiled:
                self._add(self, self.tr("No folder"), UNFILED, unfiled)
        finally:
            self._filling = False
        self._filling = True  # the rebuild itself chose nothing
        try:
            self.choose(wanted)
        finally:
            self._filling = False
        if self.current_folder != wanted:
            self.chosen.emit(self.current_folder)

    def choose(self, folder: str | None) -> None:
        item = self._items().get(folder) or self.topLevelItem(0)
        if item is not None:
            self.setCurrentItem(item)

    def _add(
        self, parent: QTreeWidget | QTreeWidgetItem, name: str, folder: str | None, count: int
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [name, str(count)])
        item.setData(0, FOLDER_ROLE, folder)
        item.setToolTip(0, folder or name)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _items(self) -> dict[str | None, QTreeWidgetItem]:
        found: dict[str | None, QTreeWidgetItem] = {}
        stack = [self.invisibleRootItem()]
        while stack:
            parent = stack.pop()
            for index in range(parent.childCount()):
                item = parent.child(index)
                found[item.data(0, FOLDER_ROLE)] = item
                stack.append(item)
        return found

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if not self._filling and current is not None:
            self.chosen.emit(current.data(0, FOLDER_ROLE))
