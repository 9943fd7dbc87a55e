"""The subscriptions of the feed reader: "All items", "Starred", folders and feeds with counts.

Each node carries a key, ("all", None), ("starred", None), ("folder", name) or ("feed", id), so
the selection survives a reload (a refresh reloads the tree every few seconds, in place). A feed in error
shows an icon and says in its tooltip, in words, what went wrong and since when.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
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
        self._items: dict[NodeKey, QTreeWidgetItem] = {}  # every node shown, by key
        self._shown: dict[int, Feed] = {}  # each feed as its node shows it
        self._layout: list[tuple[str, int]] = []  # (folder, feed id) of the nodes, in order
        self._icons: dict[QStyle.StandardPixmap, QIcon] = {}

    def fill(self, feeds: list[Feed], unread: int, starred: int, wanted: NodeKey) -> NodeKey:
        """Show `feeds` (without signals) and select `wanted`, or "All items" when it is gone;
        returns the key selected.

        A refresh calls this after every batch of feeds it stored. When the nodes are the same
        as shown (same feeds, folders and order), only what changed is rewritten in place:
        rebuilding 300 feeds' nodes, icons and tooltips took over 100 ms of the UI thread each
        time (issue 16). Anything else rebuilds the tree."""
        layout = [(feed.folder, feed.id) for feed in feeds]
        self.blockSignals(True)
        try:
            if layout != self._layout or not self._items:
                self._rebuild(feeds, unread, starred)
                self._layout = layout
            else:
                self._update(feeds, unread, starred)
            found = self._items.get(wanted) or self._items[ALL]
            if self.currentItem() is not found:
                self.setCurrentItem(found)
            return found.data(0, NODE_ROLE)
        finally:
            self.blockSignals(False)

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        icon = self._icons.get(pixmap)
        if icon is None:
            icon = self._icons[pixmap] = self.style().standardIcon(pixmap)
        return icon

    def _rebuild(self, feeds: list[Feed], unread: int, starred: int) -> None:
        self.clear()
        self._items = {}
        self._shown = {}
        all_node = self._node(self, self.tr("All items"), unread, ALL)
        all_node.setIcon(0, self._icon(QStyle.StandardPixmap.SP_DirHomeIcon))
        self._node(self, "★ " + self.tr("Starred"), starred, ("starred", None))
        folder_unread: dict[str, int] = {}
        for feed in feeds:
            if feed.folder:
                folder_unread[feed.folder] = folder_unread.get(feed.folder, 0) + feed.unread
        for feed in feeds:
            parent: QTreeWidget | QTreeWidgetItem = self
            if feed.folder:
                key = ("folder", feed.folder)
                if key not in self._items:
                    folder = self._node(self, feed.folder, folder_unread[feed.folder], key)
                    folder.setIcon(0, self._icon(QStyle.StandardPixmap.SP_DirIcon))
                parent = self._items[key]
            item = self._node(parent, self._feed_title(feed), feed.unread, ("feed", feed.id))
            item.setToolTip(0, self.feed_tooltip(feed))
            item.setIcon(0, self._icon(_feed_icon(feed)))
            self._shown[feed.id] = feed
        self.expandAll()

    def _update(self, feeds: list[Feed], unread: int, starred: int) -> None:
        # Sized to its contents, the count column would be measured again over every node at
        # each change (quadratic: slower than a rebuild); once at the end is enough.
        header = self.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.setUpdatesEnabled(False)
        try:
            self._update_nodes(feeds, unread, starred)
        finally:
            self.setUpdatesEnabled(True)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _update_nodes(self, feeds: list[Feed], unread: int, starred: int) -> None:
        self._set_count(self._items[ALL], unread)
        self._set_count(self._items[("starred", None)], starred)
        folder_unread: dict[str, int] = {}
        for feed in feeds:
            if feed.folder:
                folder_unread[feed.folder] = folder_unread.get(feed.folder, 0) + feed.unread
            if self._shown.get(feed.id) == feed:
                continue
            item = self._items[("feed", feed.id)]
            item.setText(0, self._feed_title(feed))
            self._set_count(item, feed.unread)
            item.setToolTip(0, self.feed_tooltip(feed))
            item.setIcon(0, self._icon(_feed_icon(feed)))
            self._shown[feed.id] = feed
        for folder, count in folder_unread.items():
            self._set_count(self._items[("folder", folder)], count)

    def _feed_title(self, feed: Feed) -> str:
        return feed.display_title + (" " + self.tr("(shared)") if feed.shared else "")

    def _set_count(self, item: QTreeWidgetItem, count: int) -> None:
        text = str(count) if count else ""
        if item.text(1) == text:
            return
        item.setText(1, text)
        font = QFont(self.font())
        font.setBold(bool(count))
        item.setFont(0, font)
        item.setFont(1, font)

    def _node(
        self, parent: QTreeWidget | QTreeWidgetItem, text: str, count: int, key: NodeKey
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        item.setText(0, text)
        item.setText(1, str(count) if count else "")
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, NODE_ROLE, key)
        self._items[key] = item
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
        if key in self._items:
            return self._items[key]
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
