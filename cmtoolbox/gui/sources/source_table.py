"""The sources list: a table model over the `Source` dataclasses of one read, and its filter.

A CM has hundreds of sources, not millions: the whole list is read at once and filtered in
memory, so typing in the filter box never waits for the database.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QStyle, QWidget

from cmtoolbox.core.bookmarks_html import FOLDER_SEPARATOR
from cmtoolbox.gui.formatting import format_date, format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.messages import kind_label, link_status_label, link_status_tip
from cmtoolbox.storage.sources import Source

SOURCE_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
UNFILED = ""
"""The folder filter value of the sources in no folder (None shows every source)."""


def in_folder(source: Source, folder: str | None) -> bool:
    """Whether `source` shows under `folder`: the folder itself and its subfolders."""
    if folder is None:
        return True
    if folder == UNFILED:
        return not source.folder
    return source.folder == folder or source.folder.startswith(folder + FOLDER_SEPARATOR)


class SourceTableModel(QAbstractTableModel):
    STAR, TITLE, KIND, TAGS, STATUS, ADDED, VISITED, URL = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources: list[Source] = []
        style = parent.style() if parent is not None else None
        self._status_icons = (
            {
                "alive": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                "moved": style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
                "dead": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                "unknown": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion),
            }
            if style is not None
            else {}
        )

    def set_sources(self, sources: list[Source]) -> None:
        self.beginResetModel()
        self.sources = list(sources)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201, N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                "★", self.tr("Name"), self.tr("Kind"), self.tr("Tags"), self.tr("Link"), self.tr("Added"),
                self.tr("Last visit"), self.tr("Address"),
            ][section]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and section == self.STAR:
            return self.tr("Starred for the press review")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        source = self.sources[index.row()]
        if role == SOURCE_ROLE:
            return source
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(source, index.column())
        if role == SORT_ROLE:
            return self._sort_key(source, index)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.STATUS:
            return self._status_icons.get(source.link_status or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(source, index.column())
        return None

    def _display(self, source: Source, column: int) -> str:
        if column == self.STAR:
            return "★" if source.starred else ""
        if column == self.TITLE:
            return source.display_title + (" " + self.tr("(shared)") if source.shared else "")
        if column == self.KIND:
            return kind_label(source.kind)
        if column == self.TAGS:
            return ", ".join(source.tags)
        if column == self.STATUS:
            label = link_status_label(source.link_status)
            checked = format_date(source.link_checked_at)
            return f"{label} · {checked}" if checked else label
        if column == self.ADDED:
            return format_date(source.added_at)
        if column == self.VISITED:
            return format_date(source.visited_at)
        return source.url

    def _sort_key(self, source: Source, index: Index) -> object:
        column = index.column()
        if column == self.STAR:
            return int(source.starred)
        if column == self.TITLE:
            return source.display_title.casefold()
        if column == self.ADDED:
            return source.added_at.timestamp()
        if column == self.VISITED:
            return source.visited_at.timestamp() if source.visited_at else 0.0
        return self._display(source, column).casefold()

    def _tooltip(self, source: Source, column: int) -> str | None:
        if column == self.STATUS:
            tip = link_status_tip(source.link_status, source.link_detail, source.link_new_url)
            if source.link_checked_at:
                tip += "\n" + fill(self.tr("Checked on %1"), format_datetime(source.link_checked_at))
            return tip
        if column in (self.TITLE, self.URL):
            where = "\n" + fill(self.tr("Folder: %1"), source.folder) if source.folder else ""
            return f"{source.url}{where}\n{source.notes}".strip()
        return None


class SourceFilter(QSortFilterProxyModel):
    """Text (name, address, notes, tags), kind, tag, link-state and folder filters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.kind: str | None = None
        self.tag: str | None = None
        self.status: str | None = None
        self.folder: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(
        self, *, text: str, kind: str | None, tag: str | None, status: str | None, folder: str | None
    ) -> None:
        self.beginFilterChange()
        self.text, self.kind, self.tag, self.status = text.casefold().strip(), kind, tag, status
        self.folder = folder
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        source: Source = self.sourceModel().sources[row]  # type: ignore[attr-defined]
        if self.kind and source.kind != self.kind:
            return False
        if self.tag and self.tag.casefold() not in {t.casefold() for t in source.tags}:
            return False
        if self.status == "unchecked" and source.link_status is not None:
            return False
        if self.status and self.status != "unchecked" and source.link_status != self.status:
            return False
        if not in_folder(source, self.folder):
            return False
        if self.text:
            haystack = " ".join((source.title, source.url, source.notes, source.folder, *source.tags))
            return all(word in haystack.casefold() for word in self.text.split())
        return True
