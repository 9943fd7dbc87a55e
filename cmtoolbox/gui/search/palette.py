"""The global search palette (Ctrl+K from anywhere): one box over every kind of record.

Results come from `ops.search.search_everything` (each entity declares a provider), grouped by
kind, with the matched words highlighted. Typing never blocks: each keystroke restarts a short
debounce, the query runs on the database thread, and an answer that arrives after a newer query
was sent is dropped. Up/Down move through the hits while the cursor stays in the box; Enter opens
the hit through `open_requested`, which the main window routes to the right page.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_recent
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.theme import semantic
from cmtoolbox.ops import search as ops
from cmtoolbox.storage.search import SearchFilters, SearchHit

DEBOUNCE_MS = 120

HIT_ROLE = Qt.ItemDataRole.UserRole
HEADER_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the snippet, matches in <mark>
WHERE_ROLE = Qt.ItemDataRole.UserRole + 3  # client and date

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """Header rows (one per kind) followed by that kind's hits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # ("header", label, "", "") or ("hit", hit, snippet html, where)
        self._rows: list[tuple[str, str | SearchHit, str, str]] = []

    def set_rows(self, rows: list[tuple[str, str | SearchHit, str, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self._rows[index.row()][0] == "header":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        kind, value, markup, where = self._rows[index.row()]
        if role == HEADER_ROLE:
            return kind == "header"
        if role == Qt.ItemDataRole.DisplayRole:
            return value if isinstance(value, str) else (value.title or self.tr("Untitled"))
        if role == WHERE_ROLE:
            return where
        if role == HIT_ROLE:
            return value if isinstance(value, SearchHit) else None
        if role == HTML_ROLE:
            return markup
        if role == Qt.ItemDataRole.AccessibleTextRole and isinstance(value, SearchHit):
            return value.title
        return None

    def hit_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if row[0] == "hit"]

    def hits(self) -> list[SearchHit]:
        return [row[1] for row in self._rows if isinstance(row[1], SearchHit)]


class ResultDelegate(QStyledItemDelegate):
    """Headers in small bold capitals; a hit on two lines: its title (elided) with where and
    when it lives, then the snippet with the matched words highlighted, clipped to one line."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        line = option.fontMetrics.height()
        if index.data(HEADER_ROLE):
            return QSize(200, line + self.PAD * 2)
        return QSize(200, line * 2 + option.fontMetrics.leading() + self.PAD * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        muted = opt.palette.color(QPalette.ColorRole.PlaceholderText)
        if index.data(HEADER_ROLE):
            painter.save()
            font = QFont(opt.font)
            font.setBold(True)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(
                opt.rect.adjusted(self.PAD, 0, -self.PAD, -2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                str(index.data(Qt.ItemDataRole.DisplayRole)),
            )
            painter.restore()
            return
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        if selected:
            muted = text_color
        rect = opt.rect.adjusted(self.PAD * 2, self.PAD, -self.PAD, -self.PAD)
        line = opt.fontMetrics.height()
        title, where = index.data(Qt.ItemDataRole.DisplayRole) or "", index.data(WHERE_ROLE) or ""
        painter.save()
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.9))
        where_width = min(QFontMetrics(small).horizontalAdvance(where) + 4, rect.width() // 2)
        painter.setFont(small)
        painter.setPen(muted)
        where_rect = QRect(rect.right() - where_width, rect.top(), where_width, line)
        painter.drawText(
            where_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(small).elidedText(where, Qt.TextElideMode.ElideRight, where_width),
        )
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - where_width - 8, line)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        colours = semantic(opt.palette)
        doc.setDefaultStyleSheet(
            f"mark {{ background-color: {colours.mark_background}; color: {colours.mark_text}; }}"
        )
        doc.setHtml(str(index.data(HTML_ROLE) or ""))  # one line: no text width, clipped below
        top = rect.top() + line + opt.fontMetrics.leading() + 2
        painter.translate(rect.left(), top)
        painter.setClipRect(QRectF(0, 0, rect.width(), line + 2))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        doc.documentLayout().draw(painter, context)
        painter.restore()


class GlobalSearchPalette(QDialog):
    open_requested = Signal(object)  # SearchHit

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setWindowTitle(self.tr("Search"))
        self.setModal(False)
        self._ctx = ctx
        self._clients = clients
        self._seq = 0
        self._shown_seq = 0
        self._ticket: ops.SearchTicket | None = None  # the query on its way, cancelled when stale
        self._kind_labels = {
            "notes": self.tr("Notes"),
            "drafts": self.tr("Drafts"),
            "sources": self.tr("Sources"),
            "feed_items": self.tr("Feed items"),
            "media": self.tr("Library"),
            "accounts": self.tr("Accounts"),
        }

        self.query = QLineEdit()
        self.query.setObjectName("globalSearchQuery")
        self.query.setPlaceholderText(self.tr("Search notes… (accents optional)"))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        font = self.query.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.query.setFont(font)
        self.query.installEventFilter(self)

        self.scope = QComboBox()
        self.scope.setObjectName("globalSearchScope")
        self.scope.setAccessibleName(self.tr("Clients"))
        self.scope.addItem(self.tr("This client"), "client")
        self.scope.addItem(self.tr("All clients"), "all")
        self.tag = QComboBox()
        self.tag.setObjectName("globalSearchTag")
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag.lineEdit().setPlaceholderText(self.tr("Any tag"))
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag.setMinimumContentsLength(12)
        self.period = QComboBox()
        self.period.setObjectName("globalSearchPeriod")
        self.period.setAccessibleName(self.tr("Date"))
        for label, days in (
            (self.tr("Any date"), 0),
            (self.tr("Past 7 days"), 7),
            (self.tr("Past 30 days"), 30),
            (self.tr("Past year"), 365),
        ):
            self.period.addItem(label, days)
        filters = QHBoxLayout()
        filters.addWidget(self.scope)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.period)

        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("globalSearchResults")
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.status = QLabel()
        self.status.setObjectName("globalSearchStatus")
        self.status.setEnabled(False)
        hint = QLabel(self.tr("↑↓ to choose · Enter to open · Esc to close"))
        hint.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self.resize(680, 480)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(self._query_changed)
        self.scope.currentIndexChanged.connect(lambda _i: self.search_now())
        self.period.currentIndexChanged.connect(lambda _i: self.search_now())
        self.tag.currentTextChanged.connect(lambda _t: self._timer.start())
        self._show_status()

    # -- showing -------------------------------------------------------------------------------
    def popup(self) -> None:
        """Show over the parent window's top, with the query selected for retyping."""
        parent = self.parentWidget()
        if parent is not None:
            top = parent.mapToGlobal(QPoint(0, 0))
            self.move(top.x() + (parent.width() - self.width()) // 2, top.y() + 60)
        self.scope.setItemText(0, self._client_scope_label())
        self.scope.setEnabled(self._clients.current is not None)
        if self._clients.current is None:
            self.scope.setCurrentIndex(1)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()
        self._ctx.tasks.spawn(self._load_tags())
        if self.query.text().strip():
            self.search_now()

    def _client_scope_label(self) -> str:
        client = self._clients.current
        return fill(self.tr("Only %1"), client.name) if client else self.tr("This client")

    async def _load_tags(self) -> None:
        names = await self._ctx.runner.read(ops.tag_names)
        text = self.tag.currentText()
        self.tag.blockSignals(True)
        try:
            self.tag.clear()
            self.tag.addItem("")
            self.tag.addItems(names)
            self.tag.setEditText(text)
        finally:
            self.tag.blockSignals(False)

    # -- searching -----------------------------------------------------------------------------
    def filters(self) -> SearchFilters:
        client = self._clients.current
        days = int(self.period.currentData() or 0)
        return SearchFilters(
            client_id=client.id if client is not None and self.scope.currentData() == "client" else None,
            tag=self.tag.currentText().strip().lstrip("#") or None,
            since=datetime.now(UTC) - timedelta(days=days) if days else None,
        )

    def _query_changed(self, _text: str) -> None:
        """A keystroke makes the query on its way stale: stop it now (it would hold the database
        thread for the next one) and wait for the typing to pause."""
        self._cancel_pending()
        self._timer.start()

    def _cancel_pending(self) -> None:
        if self._ticket is not None:
            self._ticket.cancel()
            self._ticket = None

    def search_now(self):  # noqa: ANN201 - asyncio.Task
        self._timer.stop()
        self._cancel_pending()
        self._seq += 1
        self._ticket = ops.SearchTicket()
        return self._ctx.tasks.spawn(self._search(self._seq, self.query.text(), self.filters(), self._ticket))

    async def _search(self, seq: int, text: str, filters: SearchFilters, ticket: ops.SearchTicket) -> None:
        results = await self._ctx.runner.read(
            ops.search_everything, text, filters, ops.LIMIT_PER_KIND, ticket
        )
        if seq != self._seq or results is None:
            return  # a newer query was sent while this one ran: its answer is the one to show
        if self._ticket is ticket:
            self._ticket = None
        self._shown_seq = seq
        rows: list[tuple[str, str | SearchHit, str, str]] = []
        for kind, hits in results.items():
            rows.append(("header", self._kind_labels.get(kind, kind), "", ""))
            rows += [("hit", hit, hit.snippet_html or "", self._where(hit)) for hit in hits]
        self.model.set_rows(rows)
        hit_rows = self.model.hit_rows()
        if hit_rows:
            self.results.setCurrentIndex(self.model.index(hit_rows[0], 0))
        self._show_status(text, len(hit_rows))

    @property
    def settled(self) -> bool:
        """The results shown answer the latest query (tests wait for this)."""
        return self._shown_seq == self._seq and not self._timer.isActive()

    def _where(self, hit: SearchHit) -> str:
        names = {c.id: c.name for c in self._clients.clients}
        where = self.tr("All clients") if hit.client_id is None else names.get(hit.client_id, "")
        if hit.updated_at is not None:
            when = format_recent(hit.updated_at)
            where = f"{where} · {when}" if where else when
        return where

    def _show_status(self, text: str = "", count: int = 0) -> None:
        if not text.strip():
            self.status.setText(self.tr("Type to search your notes."))
        elif count == 0:
            self.status.setText(fill(self.tr("No results for “%1”."), text.strip()))
        else:
            self.status.setText(self.tr("%n result(s)", "", count))

    # -- keyboard and opening ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def move_selection(self, step: int) -> None:
        rows = self.model.hit_rows()
        if not rows:
            return
        current = self.results.currentIndex().row()
        position = rows.index(current) if current in rows else -1
        target = rows[max(0, min(len(rows) - 1, position + step))]
        self.results.setCurrentIndex(self.model.index(target, 0))

    def open_current(self) -> None:
        if not self.settled:
            self.search_now()  # Enter typed before the debounce fired: answer this query first
            return
        index = self.results.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.accept()
            self.open_requested.emit(hit)
