"""The dashboard page (Tableau de bord): the section the app opens on, the CM's week at a glance.

This class is the view: a header (date and client, "this client / all clients", "today / this
week", refresh), quick actions that run the sections' own commands (new note, new draft, refresh the
feeds, add a source), and one card per kind of record needing attention, laid out in as many columns
as the width allows. The `DashboardController` loads the cards and opens what is clicked.

It creates nothing itself (File ▸ New stays off here, as before); every entry opens its record in
its own section, like a global-search hit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dashboard.cards import DashboardCard, card_title, cards_style_sheet
from cmtoolbox.gui.dashboard.controller import DashboardController
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.formatting import format_long_date
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.page import SectionPage
from cmtoolbox.gui.theme import on_theme_change, semantic_text
from cmtoolbox.gui.widgets.labels import heading_label
from cmtoolbox.gui.widgets.layouts import hbox, scrolling, stacked, vbox
from cmtoolbox.ops.dashboard import Card, Dashboard, Period
from cmtoolbox.storage.changes import Changes

CARD_MIN_WIDTH = 380
MAX_COLUMNS = 3
MARGIN = 16


class DashboardPage(SectionPage):
    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, parent)
        self.setObjectName("dashboardPage")
        self.controller = DashboardController(self)

        # -- header ----------------------------------------------------------------------------------
        self.heading = heading_label("dashboardHeading", self.tr("Dashboard"), 1.4)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("dashboardSubtitle")
        semantic_text(self.subtitle, "muted")

        self.scope = QComboBox()
        self.scope.setObjectName("dashboardScope")
        self.scope.addItem(self.tr("This client"), "client")
        self.scope.addItem(self.tr("All clients"), "all")
        self.scope.setAccessibleName(self.tr("Show"))
        self.scope.setToolTip(
            self.tr("The current client's records (with the shared ones), or every client's")
        )
        scope_label = QLabel(self.tr("&Show:"))
        scope_label.setBuddy(self.scope)

        self.today_button = self._period_button(self.tr("&Today"), "dashboardToday")
        self.week_button = self._period_button(self.tr("This &week"), "dashboardWeek")
        self.period_group = QButtonGroup(self)
        self.period_group.setExclusive(True)
        self.period_group.addButton(self.today_button)
        self.period_group.addButton(self.week_button)

        self.refresh_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), "", self
        )
        self.refresh_action.setText(self.tr("Refresh the dashboard"))
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.controller.refresh)
        self.addAction(self.refresh_action)
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.setDefaultAction(self.refresh_action)
        self.refresh_button.setToolTip(self.tr("Refresh the dashboard (F5)"))

        title_box = vbox(self.heading, self.subtitle)
        title_box.setSpacing(2)
        periods = (self.today_button, self.week_button)
        header = hbox((title_box, 1), scope_label, self.scope, 12, *periods, 6, self.refresh_button)

        # -- quick actions: the sections' own commands ------------------------------------------------
        self.new_note_button = self._quick(self.tr("New &note"), icon("notes"), "dashboardNewNote")
        self.new_draft_button = self._quick(self.tr("New &draft"), icon("drafts"), "dashboardNewDraft")
        self.refresh_feeds_button = self._quick(
            self.tr("&Refresh feeds"),
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            "dashboardRefreshFeeds",
        )
        self.add_source_button = self._quick(self.tr("&Add a source…"), icon("sources"), "dashboardAddSource")
        self.new_note_button.clicked.connect(self.controller.new_note)
        self.new_draft_button.clicked.connect(self.controller.new_draft)
        self.refresh_feeds_button.clicked.connect(self.controller.refresh_feeds)
        self.add_source_button.clicked.connect(self.controller.add_source)
        self.new_note_button.setToolTip(self.tr("Write a note in the Notebook"))
        self.new_draft_button.setToolTip(self.tr("Start a post in Drafts"))
        self.refresh_feeds_button.setToolTip(self.tr("Fetch the new items of the client's feeds"))
        self.add_source_button.setToolTip(self.tr("Bookmark a blog, a group, a competitor…"))
        quick = QHBoxLayout()
        quick.setSpacing(8)
        for button in (
            self.new_note_button,
            self.new_draft_button,
            self.refresh_feeds_button,
            self.add_source_button,
        ):
            quick.addWidget(button)
        quick.addStretch(1)

        # -- cards -----------------------------------------------------------------------------------
        self.cards: dict[Card, DashboardCard] = {}
        for card in Card:
            widget = DashboardCard(card)
            widget.open_requested.connect(self.controller.open_entry)
            self.cards[card] = widget
        self.grid_host = QWidget()
        self.grid_host.setObjectName("dashboardCards")
        self._style_cards()
        on_theme_change(self._style_cards)
        # Columns of cards stacked from the top (no gaps under a short card beside a long one).
        row = QHBoxLayout(self.grid_host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.columns: list[QVBoxLayout] = []
        for _index in range(MAX_COLUMNS):
            column = QVBoxLayout()
            column.setSpacing(12)
            column.addStretch(1)
            row.addLayout(column, 1)
            self.columns.append(column)
        self._row = row
        self._columns = 0
        holder = QWidget()
        vbox(self.grid_host, None, parent=holder, margins=0)
        self.scroller = scrolling(holder, name="dashboardScroll", sideways=False)
        self._layout_cards(self._columns_for(self.width()))

        self.no_client = EmptyState(
            icon("dashboard"),
            self.tr("No client selected"),
            self.tr("Create or choose a client in the sidebar to see their week here, or show all clients."),
        )
        self.no_client.setObjectName("dashboardNoClient")
        self.stack = stacked(self.scroller, self.no_client)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 12, MARGIN, 0)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(quick)
        layout.addWidget(self.stack, 1)

        self._show_choices()
        for card, widget in self.cards.items():
            widget.show_title(card_title(card, self.controller.period))
        self.scope.currentIndexChanged.connect(self._on_scope_chosen)
        self.period_group.buttonToggled.connect(self._on_period_chosen)
        clients.current_changed.connect(self._on_client_changed)
        self._update_subtitle()

    def _on_scope_chosen(self) -> None:
        self.controller.set_all_clients(self.scope.currentData() == "all")

    def _on_period_chosen(self, button: QToolButton, checked: bool) -> None:
        if checked:
            self.controller.set_period(Period.TODAY if button is self.today_button else Period.WEEK)

    def _on_client_changed(self, _client: object) -> None:
        self._update_subtitle()
        self.controller.on_client_changed()

    def _style_cards(self) -> None:
        sheet = cards_style_sheet()
        if sheet != self.grid_host.styleSheet():
            self.grid_host.setStyleSheet(sheet)

    def _period_button(self, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The chosen period stands out in both themes (the style's own "checked" look is faint in
        # the dark one); the focus keeps a visible frame for keyboard users.
        button.setStyleSheet(
            "QToolButton { padding: 3px 10px; border: 1px solid palette(mid); border-radius: 4px; "
            "background: palette(button); }"
            "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); "
            "border-color: palette(highlight); }"
            "QToolButton:focus { border: 2px solid palette(text); }"
        )
        return button

    def _quick(self, text: str, glyph: Any, name: str) -> QPushButton:
        button = QPushButton(glyph, text)
        button.setObjectName(name)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return button

    def _show_choices(self) -> None:
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(1 if self.controller.all_clients else 0)
        self.scope.blockSignals(False)
        button = self.today_button if self.controller.period == Period.TODAY else self.week_button
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)

    # -- the page contract ---------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        self.controller.on_changes(changes)

    async def reload(self) -> Dashboard | None:
        """Load the cards for the current choices (and await it: tests, the first show)."""
        return await self.controller.reload()

    # -- layout ------------------------------------------------------------------------------------
    @staticmethod
    def _columns_for(width: int) -> int:
        return max(1, min(MAX_COLUMNS, width // CARD_MIN_WIDTH))

    def _layout_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for column in self.columns:
            for widget in self.cards.values():
                column.removeWidget(widget)
        for index, widget in enumerate(self.cards.values()):
            column = self.columns[index % columns]
            column.insertWidget(column.count() - 1, widget)  # above the column's stretch
        for index in range(MAX_COLUMNS):
            self._row.setStretch(index, 1 if index < columns else 0)
        # Tab goes through the cards in reading order.
        lists = [card.list for card in self.cards.values()]
        for first, second in zip(lists, lists[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._layout_cards(self._columns_for(event.size().width() - 2 * MARGIN))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.controller.on_shown()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.controller.on_hidden()

    # -- what the controller shows -----------------------------------------------------------------
    def _update_subtitle(self, now: datetime | None = None) -> None:
        text = format_long_date((now or self.controller.now()).date())
        if self.controller.all_clients:
            who = self.tr("All clients")
        elif self.clients.current is not None:
            who = self.clients.current.name
        else:
            who = ""
        self.subtitle.setText(fill(self.tr("%1 · %2"), text, who) if who else text)

    def show_no_client(self) -> None:
        self._update_subtitle()
        self.stack.setCurrentWidget(self.no_client)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        scope = dashboard.scope
        self._update_subtitle(scope.now)
        names = {c.id: c.name for c in self.clients.clients} if scope.client_id is None else None
        for card, widget in self.cards.items():
            widget.show_list(dashboard[card], scope.period, scope.now, names)
        self.stack.setCurrentWidget(self.scroller)
