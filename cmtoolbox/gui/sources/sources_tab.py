"""The "Sources" tab: the client's bookmarked sources, with import/export and the link check.

The table is a model over the `Source` dataclasses of one query, filtered in memory (a CM has
hundreds of sources, not millions). Long work runs in the background with the `TaskBar`:
bookmark imports (parsed in a thread, written in one transaction on the database thread, with
progress and a cancel that rolls everything back) and link checks (`FeedFetcher.check_link`
per source, results written in batches, so a cancelled check keeps what it learnt).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.bookmarks_html import BookmarksError, read_bookmark_document, write_bookmarks
from cmtoolbox.core.fetch import FeedFetcher, LinkCheck
from cmtoolbox.core.urls import InvalidUrl
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.sources.files import ThreadProgress, in_thread, read_file, write_file
from cmtoolbox.gui.sources.import_dialog import BookmarkImportDialog, BookmarkImportOptions
from cmtoolbox.gui.sources.messages import (
    file_error_message,
    import_report_text,
    kind_label,
    kind_labels,
    link_status_label,
    link_status_tip,
    url_error_message,
)
from cmtoolbox.gui.sources.source_dialog import OPEN_EXISTING, RESTORE_EXISTING, SourceDialog, SourceInput
from cmtoolbox.gui.sources.widgets import TaskBar, UndoBar, local_datetime
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.errors import StorageError
from cmtoolbox.storage.sources import LINK_STATUSES, DuplicateSource, ImportCancelled, ImportReport, Source
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)
SOURCE_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_BATCH = 20
BATCH_SECONDS = 1.0


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

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
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

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201, C901
        if not index.isValid():
            return None
        source = self.sources[index.row()]
        column = index.column()
        if role == SOURCE_ROLE:
            return source
        if role == Qt.ItemDataRole.DisplayRole:
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
                return (
                    f"{label} · {local_datetime(source.link_checked_at)}" if source.link_checked_at else label
                )
            if column == self.ADDED:
                return local_datetime(source.added_at)
            if column == self.VISITED:
                return local_datetime(source.visited_at)
            if column == self.URL:
                return source.url
        if role == SORT_ROLE:
            if column == self.STAR:
                return int(source.starred)
            if column == self.TITLE:
                return source.display_title.casefold()
            if column == self.ADDED:
                return source.added_at.timestamp()
            if column == self.VISITED:
                return source.visited_at.timestamp() if source.visited_at else 0.0
            return str(self.data(index, Qt.ItemDataRole.DisplayRole) or "").casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return self._status_icons.get(source.link_status or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS:
                tip = link_status_tip(source.link_status, source.link_detail, source.link_new_url)
                if source.link_checked_at:
                    tip += "\n" + self.tr("Checked on %1").replace(
                        "%1", local_datetime(source.link_checked_at, with_time=True)
                    )
                return tip
            if column in (self.TITLE, self.URL):
                return f"{source.url}\n{source.notes}".strip()
        return None


class SourceFilter(QSortFilterProxyModel):
    """Text (name, address, notes, tags), kind, tag and link-state filters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.kind: str | None = None
        self.tag: str | None = None
        self.status: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, *, text: str, kind: str | None, tag: str | None, status: str | None) -> None:
        self.beginFilterChange()
        self.text, self.kind, self.tag, self.status = text.casefold().strip(), kind, tag, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        source: Source = model.sources[row]  # type: ignore[attr-defined]
        if self.kind and source.kind != self.kind:
            return False
        if self.tag and self.tag.casefold() not in {t.casefold() for t in source.tags}:
            return False
        if self.status:
            if self.status == "unchecked" and source.link_status is not None:
                return False
            if self.status != "unchecked" and source.link_status != self.status:
                return False
        if self.text:
            haystack = " ".join((source.title, source.url, source.notes, *source.tags)).casefold()
            return all(word in haystack for word in self.text.split())
        return True


class SourcesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._tag_names: list[str] = []
        self._loaded = False

        self.model = SourceTableModel(self)
        self.proxy = SourceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("sourcesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SourceTableModel.ADDED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SourceTableModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (SourceTableModel.STAR, 28), (SourceTableModel.TITLE, 210), (SourceTableModel.KIND, 165),
            (SourceTableModel.TAGS, 150), (SourceTableModel.STATUS, 150), (SourceTableModel.ADDED, 95),
            (SourceTableModel.VISITED, 105),
        ):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        # -- actions ----------------------------------------------------------------------------
        def action(
            text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
        ) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.add_action = action(self.tr("New source…"), self.add_source, QKeySequence.StandardKey.New)
        self.edit_action = action(self.tr("Edit…"), self.edit_selected, "F2")
        self.open_action = action(self.tr("Open in browser"), self.open_selected, "Ctrl+Return")
        self.star_action = action(self.tr("Star for the press review"), self.toggle_star, "Ctrl+D")
        self.delete_action = action(
            self.tr("Move to trash"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.moved_action = action(self.tr("Update address"), self.update_moved_selected)
        self.import_action = action(self.tr("Import bookmarks…"), self.ask_import)
        self.export_action = action(self.tr("Export bookmarks…"), self.ask_export)
        self.check_action = action(self.tr("Check links"), self.check_links)
        self.find_action = action(
            self.tr("Filter"), lambda: self.search.setFocus(), QKeySequence.StandardKey.Find
        )
        for act, tip in (
            (self.add_action, self.tr("Bookmark a blog, a group, a channel or a competitor (Ctrl+N)")),
            (self.check_action, self.tr("Find dead and moved pages, in the background")),
            (self.import_action, self.tr("Import the bookmarks.html file exported by a browser")),
        ):
            act.setToolTip(tip)

        toolbar = QHBoxLayout()
        for act in (self.add_action, self.edit_action, self.open_action, self.delete_action):
            toolbar.addWidget(self._tool_button(act))
        toolbar.addSpacing(12)
        for act in (self.import_action, self.export_action, self.check_action, self.moved_action):
            toolbar.addWidget(self._tool_button(act))
        toolbar.addStretch(1)

        self.search = QLineEdit()
        self.search.setObjectName("sourcesFilter")
        self.search.setPlaceholderText(self.tr("Filter by name, address, notes or tag (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filters)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind, label in kind_labels().items():
            self.kind_filter.addItem(label, kind)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        self.tag_filter = QComboBox()
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.tag_filter.currentIndexChanged.connect(self._apply_filters)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any link state"), None)
        self.status_filter.addItem(link_status_label(None), "unchecked")
        for status in LINK_STATUSES:
            self.status_filter.addItem(link_status_label(status), status)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.status_filter)

        self.count_label = QLabel()
        self.count_label.setObjectName("sourcesCount")
        self.empty_label = QLabel(
            self.tr("No sources yet for this client. Add the blogs, groups, channels and competitors you "
                    "watch (Ctrl+N), or import the bookmarks of your browser.")
        )  # fmt: skip
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.task_bar = TaskBar()
        self.undo_bar = UndoBar()
        self.status = QLabel()
        self.status.setObjectName("sourcesStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.task_bar)
        layout.addWidget(self.undo_bar)
        cancel = QAction(self)
        cancel.setShortcut(QKeySequence("Esc"))
        cancel.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.triggered.connect(lambda: self.task_bar.cancel() if self.task_bar.busy else None)
        self.addAction(cancel)

        ctx.runner.changed.connect(self._on_changed)
        self._update_actions()

    def _tool_button(self, act: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(act)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        return button

    # -- loading -----------------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        if client_id == self.client_id and self._loaded:
            return
        self.client_id = client_id
        self._loaded = False
        self.undo_bar.dismiss()
        if client_id is not None:
            self.ctx.tasks.spawn(self.reload())

    async def reload(self) -> None:
        client_id = self.client_id
        if client_id is None:
            self.model.set_sources([])
            return

        def load(store: Store) -> tuple[list[Source], list[str]]:
            return store.sources.list(client_id), store.tags.names()  # every tag, for completion

        sources, tags = await self.ctx.runner.query(load)
        if client_id != self.client_id:
            return
        selected = set(self.selected_ids())
        self.model.set_sources(sources)
        self._loaded = True
        self._tag_names = tags
        current_tag = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        used = {
            tag.casefold(): tag for source in sources for tag in source.tags
        }  # this client's (and shared)
        for name in sorted(used.values(), key=str.casefold):
            self.tag_filter.addItem(name, name)
        index = self.tag_filter.findData(current_tag) if current_tag else 0
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)
        self._apply_filters()
        if selected:
            self.select_ids(selected)
        self.empty_label.setVisible(not sources)
        self.table.setVisible(bool(sources))

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is not None and (changes.touches("sources") or changes.touches("tags")):
            self.ctx.tasks.spawn(self.reload())

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            text=self.search.text(),
            kind=self.kind_filter.currentData(),
            tag=self.tag_filter.currentData(),
            status=self.status_filter.currentData(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%1 sources").replace("%1", str(total)))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 sources").replace("%1", str(shown)).replace("%2", str(total))
            )
        self._update_actions()

    # -- selection ---------------------------------------------------------------------------
    def selected_sources(self) -> list[Source]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.data(index, SOURCE_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def selected_ids(self) -> list[int]:
        return [source.id for source in self.selected_sources()]

    def select_ids(self, ids: set[int] | list[int]) -> None:
        wanted = set(ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, SOURCE_ROLE).id in wanted:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                first = first or index
        if first is not None:
            self.table.scrollTo(first)
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)

    def _update_actions(self) -> None:
        selected = self.selected_sources()
        one = len(selected) == 1
        for act in (self.open_action, self.delete_action, self.star_action):
            act.setEnabled(bool(selected))
        self.edit_action.setEnabled(one)
        self.moved_action.setEnabled(any(s.link_status == "moved" and s.link_new_url for s in selected))
        self.check_action.setEnabled(self.client_id is not None and not self.task_bar.busy)
        self.import_action.setEnabled(self.client_id is not None and not self.task_bar.busy)
        self.export_action.setEnabled(bool(self.model.sources))
        self.add_action.setEnabled(self.client_id is not None)
        if selected:
            self.star_action.setText(
                self.tr("Unstar")
                if all(s.starred for s in selected)
                else self.tr("Star for the press review")
            )

    def _context_menu(self, position) -> None:  # noqa: ANN001
        menu = QMenu(self)
        for act in (self.open_action, self.edit_action, self.star_action, self.moved_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    # -- add / edit ----------------------------------------------------------------------------
    def add_source(self) -> None:
        if self.client_id is not None:
            self.ctx.tasks.spawn(self.run_source_dialog(None))

    def edit_selected(self) -> None:
        selected = self.selected_sources()
        if len(selected) == 1:
            self.ctx.tasks.spawn(self.run_source_dialog(selected[0]))

    def make_dialog(self, source: Source | None) -> SourceDialog:
        assert self.client_id is not None
        return SourceDialog(self.ctx, self.client_id, self._tag_names, source, self)

    async def run_source_dialog(self, source: Source | None) -> Source | None:
        dialog = self.make_dialog(source)
        self.dialog = dialog
        code = await ask(dialog)
        existing = dialog.existing
        if code == OPEN_EXISTING and existing is not None:
            self.select_ids([existing.id])
            await self.run_source_dialog(existing)
            return existing
        if code == RESTORE_EXISTING and existing is not None:
            await self.ctx.runner.mutate(lambda s: s.trash.restore("sources", existing.id))
            await self.reload()
            self.select_ids([existing.id])
            self.show_status(
                self.tr("“%1” was restored from the trash.").replace("%1", existing.display_title)
            )
            return existing
        if code != SourceDialog.DialogCode.Accepted.value:
            return None
        values = dialog.values()
        if source is None:
            return await self.create_source(values)
        return await self.save_source(source.id, values)

    async def create_source(self, values: SourceInput) -> Source | None:
        client_id = None if values.shared else self.client_id
        try:
            created = await self.ctx.runner.mutate(
                lambda s: s.sources.create(
                    client_id,
                    values.url,
                    title=values.title,
                    kind=values.kind,
                    tags=values.tags,
                    notes=values.notes,
                )
            )
        except DuplicateSource as duplicate:
            self._report_duplicate(duplicate)
            return None
        except InvalidUrl as error:
            self.show_status(url_error_message(error.code))
            return None
        await self.reload()
        self.select_ids([created.id])
        self.show_status(self.tr("“%1” added.").replace("%1", created.display_title))
        return created

    async def save_source(self, source_id: int, values: SourceInput) -> Source | None:
        owner = self.client_id
        try:
            saved = await self.ctx.runner.mutate(
                lambda s: s.sources.update(
                    source_id, url=values.url, title=values.title, kind=values.kind, tags=values.tags,
                    notes=values.notes, shared=values.shared, client_id=owner,
                )
            )  # fmt: skip
        except DuplicateSource as duplicate:
            self._report_duplicate(duplicate)
            return None
        except InvalidUrl as error:
            self.show_status(url_error_message(error.code))
            return None
        await self.reload()
        self.select_ids([saved.id])
        return saved

    def _report_duplicate(self, duplicate: DuplicateSource) -> None:
        self.select_ids([duplicate.existing.id])
        self.show_status(
            self.tr("This address is already in your sources: “%1”.").replace(
                "%1", duplicate.existing.display_title
            )
        )

    # -- simple actions ------------------------------------------------------------------------
    def open_selected(self) -> None:
        selected = self.selected_sources()[:10]  # a slip of Ctrl+A must not open 300 tabs
        for source in selected:
            self.open_url(QUrl(source.url))
        ids = [s.id for s in selected]
        if ids:
            self.ctx.tasks.spawn(self.ctx.runner.mutate(lambda s: [s.sources.mark_visited(i) for i in ids]))

    def toggle_star(self) -> None:
        selected = self.selected_sources()
        if not selected:
            return
        starred = not all(s.starred for s in selected)
        ids = [s.id for s in selected]
        self.ctx.tasks.spawn(
            self.ctx.runner.mutate(lambda s: [s.sources.set_starred(i, starred) for i in ids])
        )

    def delete_selected(self) -> None:
        selected = self.selected_sources()
        if selected:
            self.ctx.tasks.spawn(self.delete_sources([s.id for s in selected]))

    async def delete_sources(self, ids: list[int]) -> None:
        titles = {s.id: s.display_title for s in self.model.sources}

        def trash(store: Store) -> None:
            with store.db.atomic():
                for source_id in ids:
                    store.trash.move_to_trash("sources", source_id)

        await self.ctx.runner.mutate(trash)
        if len(ids) == 1:
            text = self.tr("“%1” moved to the trash.").replace("%1", titles.get(ids[0], ""))
        else:
            text = self.tr("%1 sources moved to the trash.").replace("%1", str(len(ids)))
        self.undo_bar.offer(text, lambda: self.ctx.tasks.spawn(self.restore_sources(ids)))

    async def restore_sources(self, ids: list[int]) -> None:
        def restore(store: Store) -> None:
            with store.db.atomic():
                for source_id in ids:
                    store.trash.restore("sources", source_id)

        await self.ctx.runner.mutate(restore)
        await self.reload()
        self.select_ids(ids)

    # -- import / export -----------------------------------------------------------------------
    def ask_import(self) -> None:
        if self.client_id is None or self.task_bar.busy:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bookmarks"), str(Path.home()),
            self.tr("Bookmark files (*.html *.htm);;All files (*)"),
        )  # fmt: skip
        if path:
            self.ctx.tasks.spawn(self.import_bookmarks_file(Path(path)))

    async def import_bookmarks_file(
        self, path: Path, options: BookmarkImportOptions | None = None
    ) -> ImportReport | None:
        """Read, ask how to treat folders (unless `options` is given), then import in one
        transaction in the background; the report says what was imported and skipped."""
        client_id = self.client_id
        if client_id is None:
            return None
        try:
            data = await read_file(path)
            document = await in_thread(read_bookmark_document, data)
        except OSError as error:
            self._file_error(path, error.strerror or str(error))
            return None
        except BookmarksError as error:
            self._file_error(path, file_error_message(error.code))
            return None
        if not document.bookmarks:
            self._file_error(path, self.tr("This file holds no bookmarks."))
            return None
        if options is None:
            dialog = BookmarkImportDialog(document, path.name, self)
            self.dialog = dialog
            if await ask(dialog) != BookmarkImportDialog.DialogCode.Accepted.value:
                return None
            options = dialog.options()
        progress = ThreadProgress(self)
        progress.progress.connect(self.task_bar.set_progress)
        # No task to cancel: Cancel raises a flag the import polls between rows, and the
        # transaction rolls back on the database thread (cancelling the await would not stop it).
        self.task_bar.start(self.tr("Importing %1…").replace("%1", path.name), len(document.bookmarks))
        self.task_bar.cancel_requested.connect(lambda: setattr(progress, "cancelled", True))
        self._update_actions()
        bookmarks = document.bookmarks
        chosen = options
        try:
            report = await self.ctx.runner.mutate(
                lambda s: s.sources.import_bookmarks(
                    client_id, bookmarks, folders=chosen.folders, kind=chosen.kind,
                    progress=progress.report, cancelled=progress.is_cancelled,
                )
            )  # fmt: skip
        except ImportCancelled:
            self.show_status(self.tr("Import cancelled: nothing was imported."))
            return None
        finally:
            self.task_bar.finish()
            self.task_bar.cancel_requested.disconnect()
            self._update_actions()
        await self.reload()
        self.select_ids(list(report.ids))
        self.show_status(self.tr("Bookmarks imported: %1").replace("%1", import_report_text(report)))
        return report

    def _file_error(self, path: Path, reason: str) -> None:
        text = self.tr("“%1” could not be imported. %2").replace("%1", path.name).replace("%2", reason)
        self.show_status(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import bookmarks"), text, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.ctx.tasks.spawn(ask(box))

    def ask_export(self) -> None:
        if self.client_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bookmarks"), str(Path.home() / "bookmarks.html"),
            self.tr("Bookmark files (*.html)"),
        )  # fmt: skip
        if path:
            self.ctx.tasks.spawn(self.export_bookmarks_file(Path(path)))

    async def export_bookmarks_file(self, path: Path) -> int:
        client_id = self.client_id
        bookmarks = await self.ctx.runner.query(lambda s: s.sources.export_bookmarks(client_id))
        title = self.tr("Sources")
        data = await in_thread(write_bookmarks, bookmarks, title)
        try:
            await write_file(path, data)
        except OSError as error:
            show_error(self, error)
            return 0
        self.show_status(
            self.tr("%1 sources exported to %2.").replace("%1", str(len(bookmarks))).replace("%2", path.name)
        )
        return len(bookmarks)

    # -- link check ----------------------------------------------------------------------------
    def check_links(self) -> None:
        if self.client_id is None or self.task_bar.busy:
            return
        ids = self.selected_ids() if len(self.selected_ids()) > 1 else None
        self.ctx.tasks.spawn(self.run_link_check(ids))

    async def run_link_check(self, ids: list[int] | None = None, **fetcher_options: object) -> dict[str, int]:
        """Check the links of the client's sources (or of `ids`), writing results in batches;
        returns how many ended in each state. Cancel keeps the results of finished checks."""
        client_id = self.client_id
        sources = await self.ctx.runner.query(lambda s: s.sources.list(client_id, ids=ids))
        if not sources:
            return {}
        counts: dict[str, int] = {}
        batch: list[tuple[int, LinkCheck]] = []
        total = len(sources)
        self.task_bar.start(
            self.tr("Checking %1 links…").replace("%1", str(total)), total, asyncio.current_task()
        )
        self._update_actions()
        last_flush = time.monotonic()

        async def flush() -> None:
            nonlocal batch, last_flush
            pending, batch = batch, []
            last_flush = time.monotonic()
            if pending:
                await self.ctx.runner.mutate(lambda s: s.sources.record_link_checks(pending))

        async def one(fetcher: FeedFetcher, source: Source) -> tuple[int, LinkCheck]:
            return source.id, await fetcher.check_link(source.url)

        cancelled = False
        options = {
            "max_concurrency": 8,
            "per_host": 2,
            "timeout": 12.0,
            "total_timeout": 30.0,
            **fetcher_options,
        }
        try:
            async with FeedFetcher(**options) as fetcher:  # type: ignore[arg-type]
                tasks = [asyncio.ensure_future(one(fetcher, source)) for source in sources]
                try:
                    for done, future in enumerate(asyncio.as_completed(tasks), 1):
                        source_id, check = await future
                        batch.append((source_id, check))
                        counts[check.status] = counts.get(check.status, 0) + 1
                        self.task_bar.set_progress(done, total)
                        if len(batch) >= LINK_BATCH or time.monotonic() - last_flush > BATCH_SECONDS:
                            await flush()
                finally:
                    for pending_task in tasks:
                        pending_task.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
        except asyncio.CancelledError:
            cancelled = True
        finally:
            await flush()
            self.task_bar.finish()
            self._update_actions()
        summary = self.tr("Links checked: %1 OK, %2 moved, %3 dead, %4 uncertain.")
        for key, marker in (("alive", "%1"), ("moved", "%2"), ("dead", "%3"), ("unknown", "%4")):
            summary = summary.replace(marker, str(counts.get(key, 0)))
        if cancelled:
            summary = self.tr("Check cancelled.") + " " + summary
        self.show_status(summary)
        await self.reload()
        if counts.get("moved") and not cancelled:
            self.ctx.tasks.spawn(self._offer_moved_update(counts["moved"]))
        return counts

    async def _offer_moved_update(self, count: int) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Moved pages"),
            self.tr("%1 sources have moved to a new address. Update their addresses now?").replace(
                "%1", str(count)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.dialog = box
        if await ask(box) == QMessageBox.StandardButton.Yes.value:
            moved = [s.id for s in self.model.sources if s.link_status == "moved" and s.link_new_url]
            await self.apply_moved(moved)

    def update_moved_selected(self) -> None:
        ids = [s.id for s in self.selected_sources() if s.link_status == "moved" and s.link_new_url]
        if ids:
            self.ctx.tasks.spawn(self.apply_moved(ids))

    async def apply_moved(self, ids: list[int]) -> int:
        """Follow the new address of moved sources; a new address the client already has is
        left alone and reported."""

        def apply(store: Store) -> tuple[int, list[str]]:
            done, clashes = 0, []
            for source_id in ids:
                try:
                    store.sources.apply_new_url(source_id)
                    done += 1
                except DuplicateSource as duplicate:
                    clashes.append(duplicate.existing.display_title)
                except StorageError:
                    log.warning("could not update source %s", source_id, exc_info=True)
            return done, clashes

        done, clashes = await self.ctx.runner.mutate(apply)
        text = self.tr("%1 addresses updated.").replace("%1", str(done))
        if clashes:
            text += " " + self.tr("Not updated (the new address is already a source): %1.").replace(
                "%1", ", ".join(clashes)
            )
        self.show_status(text)
        await self.reload()
        return done
