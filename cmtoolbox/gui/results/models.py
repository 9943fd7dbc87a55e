"""The quick entry grids of the Results section: published posts with their figures, followers per
month. Models hold plain values read by named operations; an edited cell is shown at once and
announced with `edited`, and the tab writes it through the runner (no database code here).

`GridView` behaves like a spreadsheet: typing a digit starts editing, Enter stores and goes down,
Tab stores and goes right, Escape cancels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cmtoolbox.core import networks
from cmtoolbox.core.metrics_import import METRICS, parse_count
from cmtoolbox.gui.formatting import format_date, format_datetime, format_integer
from cmtoolbox.storage.metrics import FollowerCount, Measurement, PublishedPost

Index = QModelIndex | QPersistentModelIndex
EDIT_ROLE = Qt.ItemDataRole.EditRole
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole


def field_label(name: str) -> str:
    """A figure of a post ("Reach"), or another of the columns an analytics export is read from."""
    labels = {
        "url": QCoreApplication.translate("Results", "Post address"),
        "post_id": QCoreApplication.translate("Results", "Post id"),
        "published_at": QCoreApplication.translate("Results", "Publication date"),
        "text": QCoreApplication.translate("Results", "Post text"),
        "text_alt": QCoreApplication.translate("Results", "Post title"),
        "impressions": QCoreApplication.translate("Results", "Impressions"),
        "reach": QCoreApplication.translate("Results", "Reach"),
        "reactions": QCoreApplication.translate("Results", "Reactions"),
        "comments": QCoreApplication.translate("Results", "Comments"),
        "shares": QCoreApplication.translate("Results", "Shares"),
        "saves": QCoreApplication.translate("Results", "Saves"),
        "clicks": QCoreApplication.translate("Results", "Clicks"),
        "video_views": QCoreApplication.translate("Results", "Video views"),
    }
    return labels[name]


def network_name(network_id: str) -> str:
    if network_id == "other" or network_id not in networks.NETWORKS:
        return QCoreApplication.translate("Results", "Other")
    return networks.network(network_id).name


def excerpt(text: str, length: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def parse_cell(text: str) -> int | None:
    """What the person typed in a figure cell; raises ValueError for what is not a count."""
    return parse_count(text)


class PostsModel(QAbstractTableModel):
    """One row per published post (newest first): day, network, text, the day measured, figures."""

    edited = Signal(int, str, object)  # variant id, metric, value (int or None)
    FIXED = 4  # date, network, post, measured on

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.posts: list[PublishedPost] = []

    def set_posts(self, posts: Sequence[PublishedPost]) -> None:
        self.beginResetModel()
        self.posts = sorted(posts, key=lambda p: (p.published_at, p.variant_id), reverse=True)
        self.endResetModel()

    def update_measurement(self, variant_id: int, measurement: Measurement | None) -> None:
        """The stored figures of one post (after an edit ran), without a reload."""
        for row, post in enumerate(self.posts):
            if post.variant_id == variant_id:
                self.posts[row] = replace(post, latest=measurement)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return

    def row_of(self, variant_id: int) -> int | None:
        return next((row for row, post in enumerate(self.posts) if post.variant_id == variant_id), None)

    def metric_at(self, column: int) -> str | None:
        offset = column - self.FIXED
        return METRICS[offset] if 0 <= offset < len(METRICS) else None

    def column_of(self, metric: str) -> int:
        return self.FIXED + METRICS.index(metric)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.posts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.FIXED + len(METRICS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        fixed = (
            QCoreApplication.translate("Results", "Published"),
            QCoreApplication.translate("Results", "Network"),
            QCoreApplication.translate("Results", "Post"),
            QCoreApplication.translate("Results", "Measured on"),
        )
        if section < self.FIXED:
            return fixed[section]
        metric = self.metric_at(section)
        return field_label(metric) if metric else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.metric_at(index.column()) else base

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or index.row() >= len(self.posts):
            return None
        post = self.posts[index.row()]
        column = index.column()
        metric = self.metric_at(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and metric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and post.measurements > 1:
            return QCoreApplication.translate(
                "Results", "Measured %n times; the latest figures count.", None, post.measurements
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return f"{post.title}\n\n{post.text}\n\n{post.published_url}".strip()
        if role == Qt.ItemDataRole.UserRole:
            return post.variant_id
        if role not in (DISPLAY_ROLE, EDIT_ROLE):
            return None
        if column == 0:
            return format_datetime(post.published_at)
        if column == 1:
            return network_name(post.network)
        if column == 2:
            return excerpt(post.title or post.text, 70)
        if column == 3:
            return format_date(post.latest.measured_on) if post.latest else ""
        assert metric is not None
        value = post.latest.value(metric) if post.latest else None
        if value is None:
            return ""
        return str(value) if role == EDIT_ROLE else format_integer(value)

    def setData(self, index: Index, value: Any, role: int = EDIT_ROLE) -> bool:  # noqa: N802 - Qt API
        metric = self.metric_at(index.column())
        if role != EDIT_ROLE or metric is None or not index.isValid():
            return False
        if isinstance(value, str):
            try:
                number = parse_cell(value)
            except ValueError:
                return False
        else:
            number = value
        post = self.posts[index.row()]
        current = post.latest.value(metric) if post.latest else None
        if number == current:
            return True
        # Shown at once; the tab writes it and hands back the stored measurement.
        figures: dict[str, Any] = post.latest.values() if post.latest else dict.fromkeys(METRICS)
        figures[metric] = number
        shown = Measurement(
            id=post.latest.id if post.latest else 0,
            uid=post.latest.uid if post.latest else "",
            client_id=post.client_id,
            variant_id=post.variant_id,
            measured_on=post.latest.measured_on if post.latest else date.today(),
            source="manual",
            **figures,
        )
        self.posts[index.row()] = replace(post, latest=shown)
        self.dataChanged.emit(self.index(index.row(), 3), index)
        self.edited.emit(post.variant_id, metric, number)
        return True


def last_months(today: date, count: int) -> list[str]:
    """`count` months ending with today's, oldest first, as YYYY-MM."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


DEFAULT_FOLLOWER_NETWORKS = ("instagram", "facebook", "linkedin")


class FollowersModel(QAbstractTableModel):
    """Rows: networks; columns: months (oldest left); cells: followers at the end of the month."""

    edited = Signal(str, str, object)  # network, month, value (int or None)

    def __init__(self, months: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.months = list(months)
        self.networks: list[str] = []
        self.values: dict[tuple[str, str], int] = {}

    def set_counts(self, counts: Sequence[FollowerCount], networks_in_use: Sequence[str]) -> None:
        self.beginResetModel()
        self.values = {(c.network, c.month): c.followers for c in counts}
        found = list(dict.fromkeys([*networks_in_use, *(c.network for c in counts)]))
        self.networks = found or list(DEFAULT_FOLLOWER_NETWORKS)
        self.endResetModel()

    def add_network(self, network: str) -> None:
        if network in self.networks:
            return
        self.beginInsertRows(QModelIndex(), len(self.networks), len(self.networks))
        self.networks.append(network)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.networks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.months)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:  # noqa: N802
        if role != DISPLAY_ROLE:
            return None
        if orientation == Qt.Orientation.Vertical:
            return network_name(self.networks[section]) if section < len(self.networks) else None
        if section >= len(self.months):
            return None
        from PySide6.QtCore import QDate, QLocale

        year, month = (int(p) for p in self.months[section].split("-"))
        return QLocale().toString(QDate(year, month, 1), "MMM yyyy")

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        key = (self.networks[index.row()], self.months[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (DISPLAY_ROLE, EDIT_ROLE):
            return None
        value = self.values.get(key)
        if value is None:
            return ""
        return str(value) if role == EDIT_ROLE else format_integer(value)

    def setData(self, index: Index, value: Any, role: int = EDIT_ROLE) -> bool:  # noqa: N802 - Qt API
        if role != EDIT_ROLE or not index.isValid():
            return False
        try:
            number = parse_cell(value) if isinstance(value, str) else value
        except ValueError:
            return False
        key = (self.networks[index.row()], self.months[index.column()])
        if self.values.get(key) == number:
            return True
        if number is None:
            self.values.pop(key, None)
        else:
            self.values[key] = number
        self.dataChanged.emit(index, index)
        self.edited.emit(key[0], key[1], number)
        return True


class NumberDelegate(QStyledItemDelegate):
    """A plain line edit for figures; Enter stores and asks the view to go down. A text that is
    not a count is refused (`rejected`) and the cell keeps its value."""

    enter_pressed = Signal()
    rejected = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("metricEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QLineEdit)
        text = editor.text()
        try:
            parse_cell(text)
        except ValueError:
            self.rejected.emit(text)
            return
        model.setData(index, text, EDIT_ROLE)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QWidget)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.enter_pressed.emit()
            return True
        return super().eventFilter(editor, event)


class GridView(QTableView):
    """A table edited like a spreadsheet (see the module docstring)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.delegate = NumberDelegate(self)
        self.setItemDelegate(self.delegate)
        self.delegate.enter_pressed.connect(self.move_down)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def moveCursor(  # noqa: N802 - Qt override
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and Shift+Tab go from figure to figure: the cells that cannot be edited (date,
        network, text) are skipped, and the last figure of a row leads to the first of the next."""
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if not forward and action != QAbstractItemView.CursorAction.MovePrevious:
            return super().moveCursor(action, modifiers)
        model = self.model()
        rows, columns = model.rowCount(), model.columnCount()
        current = self.currentIndex()
        if not current.isValid() or not rows or not columns:
            return super().moveCursor(action, modifiers)
        position = current.row() * columns + current.column()
        step = 1 if forward else -1
        for _ in range(rows * columns):
            position += step
            if not 0 <= position < rows * columns:
                break
            candidate = model.index(position // columns, position % columns)
            if candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                return candidate
        return current

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_down()
            event.accept()
            return
        if not editing and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.model().setData(index, "", EDIT_ROLE)
                event.accept()
                return
        super().keyPressEvent(event)
