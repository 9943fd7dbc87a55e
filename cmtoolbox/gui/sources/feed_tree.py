"""The subscriptions of the feed reader: "All items", "Starred", folders and feeds with counts.

Each node carries a key, ("all", None), ("starred", None), ("folder", name) or ("feed", id), so
the selection survives a reload (a refresh rebuilds the tree every few seconds). A feed in error
shows an icon and says in its tooltip, in words, what went wrong and since when.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.messages import feed_error_message
from cmtoolbox.storage.feeds import Feed

NODE_ROLE = Qt.ItemDataRole.UserRole
NodeKey = tuple[str, object]
ALL: NodeKey = ("all", None)


class FeedTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedTree")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName(self.tr("Feeds"))

    def fill(self, feeds: list[Feed], unread: int, starred: int, wanted: NodeKey) -> NodeKey:
        """Rebuild the tree (without signals) and select `wanted`, or "All items" when it is
        gone; returns the key selected."""
        style = self.style()
        self.blockSignals(True)
        try:
            self.clear()
            all_node = self._node(self, self.tr("All items"), unread, ALL)
            all_node.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
            self._node(self, "★ " + self.tr("Starred"), starred, ("starred", None))
            folders: dict[str, QTreeWidgetItem] = {}
            for feed in feeds:
                parent: QTreeWidget | QTreeWidgetItem = self
                if feed.folder:
                    if feed.folder not in folders:
                        folder_unread = sum(f.unread for f in feeds if f.folder == feed.folder)
                        folder = self._node(self, feed.folder, folder_unread, ("folder", feed.folder))
                        folder.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_DirIcon))
                        folders[feed.folder] = folder
                    parent = folders[feed.folder]
                title = feed.display_title + (" " + self.tr("(shared)") if feed.shared else "")
                item = self._node(parent, title, feed.unread, ("feed", feed.id))
                item.setToolTip(0, self.feed_tooltip(feed))
                item.setIcon(0, style.standardIcon(_feed_icon(feed)))
            self.expandAll()
            found = self.find_node(wanted) or all_node
            self.setCurrentItem(found)
            return found.data(0, NODE_ROLE)
        finally:
            self.blockSignals(False)

    def _node(
        self, parent: QTreeWidget | QTreeWidgetItem, text: str, count: int, key: NodeKey
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        item.setText(0, text)
        item.setText(1, str(count) if count else "")
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, NODE_ROLE, key)
        if count:
            bold = QFont(self.font())
            bold.setBold(True)
            item.setFont(0, bold)
            item.setFont(1, bold)
        return item

    def feed_tooltip(self, feed: Feed) -> str:
        lines = [feed.display_title, feed.url]
        if feed.has_error:
            lines.append(fill(self.tr("⚠ %1"), feed_error_message(feed.error_code, feed.http_status)))
            if feed.error_since:
                lines.append(fill(self.tr("Failing since %1"), format_datetime(feed.error_since)))
            if feed.error_message:
                lines.append(fill(self.tr("Details: %1"), feed.error_message))
        elif feed.recovered_from:
            lines.append(self.tr("The feed has errors but could be read."))
        if feed.last_success_at:
            lines.append(fill(self.tr("Last updated %1"), format_datetime(feed.last_success_at)))
        else:
            lines.append(self.tr("Never fetched yet: press F5."))
        return "\n".join(lines)

    def find_node(self, key: NodeKey) -> QTreeWidgetItem | None:
        pending = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            if item is None:
                continue
            if item.data(0, NODE_ROLE) == key:
                return item
            pending += [item.child(i) for i in range(item.childCount())]
        return None

    def select_node(self, key: NodeKey) -> bool:
        """Select the node of `key` (emitting the usual signals); False when there is none."""
        found = self.find_node(key)
        if found is not None:
            self.setCurrentItem(found)
        return found is not None


def _feed_icon(feed: Feed) -> QStyle.StandardPixmap:
    if feed.has_error:
        return QStyle.StandardPixmap.SP_MessageBoxWarning
    if feed.last_success_at is None:
        return QStyle.StandardPixmap.SP_BrowserReload
    if feed.is_local:
        return QStyle.StandardPixmap.SP_FileIcon
    return QStyle.StandardPixmap.SP_FileLinkIcon
