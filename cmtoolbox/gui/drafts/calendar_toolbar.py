"""The calendar's commands: navigation, month or week, whose posts, colours, statuses, exports.

Actions carry the keyboard shortcuts (Page Up/Down, T, M, W) with a widget-with-children context,
so they work while the calendar has the focus and never while someone types in another section;
letters typed into a text field are never taken (text fields claim them first).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QSizePolicy, QToolButton, QWidget

from cmtoolbox.gui.drafts.calendar_style import CALENDAR_STATUSES, ColourBy, swatch
from cmtoolbox.gui.drafts.list_status import status_colour, status_label
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.labels import heading_label


def _button(action: QAction, name: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(True)
    return button


def _arrow(action: QAction, name: str, arrow: Qt.ArrowType) -> QToolButton:
    button = _button(action, name)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setArrowType(arrow)
    button.setAccessibleName(action.text())
    return button


class CalendarToolbar(QWidget):
    colour_changed = Signal(object)  # ColourBy
    statuses_changed = Signal(object)  # frozenset[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarToolbar")
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.previous = self._action(self.tr("Previous"), "PgUp", self.tr("Previous month or week"), scope)
        self.next = self._action(self.tr("Next"), "PgDown", self.tr("Next month or week"), scope)
        self.today = self._action(self.tr("&Today"), "T", self.tr("Go to today"), scope)
        self.month = self._action(self.tr("&Month"), "M", self.tr("Month view"), scope, checkable=True)
        self.week = self._action(self.tr("&Week"), "W", self.tr("Week view"), scope, checkable=True)
        self.modes = QActionGroup(self)
        self.modes.addAction(self.month)
        self.modes.addAction(self.week)
        self.all_clients = QAction(self.tr("&All clients"), self)
        self.all_clients.setCheckable(True)
        self.all_clients.setToolTip(
            self.tr("Show the posts of every client, each edged with the client's colour")
        )
        self.export_ics = QAction(self.tr("Calendar file (.&ics)…"), self)
        self.export_ics.setToolTip(
            self.tr("For Google Calendar, Outlook or Apple Calendar; importing again updates")
        )
        self.export_csv = QAction(self.tr("Spreadsheet (&CSV)…"), self)

        self.title = heading_label("calendarTitle", scale=1.25)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(120)

        self.colour = QComboBox()
        self.colour.setObjectName("calendarColourBy")
        self.colour.setAccessibleName(self.tr("Colours"))
        self.colour.addItem(self.tr("Colour by status"), ColourBy.STATUS)
        self.colour.addItem(self.tr("Colour by network"), ColourBy.NETWORK)
        self.colour.currentIndexChanged.connect(lambda _i: self.colour_changed.emit(self.colour_by))

        self.status_menu = QMenu(self)
        self.status_actions: dict[str, QAction] = {}
        for status in CALENDAR_STATUSES:
            action = self.status_menu.addAction(
                swatch(status_colour(status, dark=False)), status_label(status)
            )
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._on_status_toggled)
            self.status_actions[status] = action
        self.status_menu.addSeparator()
        self.all_statuses = self.status_menu.addAction(self.tr("Show all statuses"))
        self.all_statuses.triggered.connect(lambda: self.set_statuses(frozenset(CALENDAR_STATUSES)))
        self.status_button = QToolButton()
        self.status_button.setObjectName("calendarStatusFilter")
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setAutoRaise(True)

        self.export_menu = QMenu(self)
        self.export_menu.addAction(self.export_ics)
        self.export_menu.addAction(self.export_csv)
        self.export_button = QToolButton()
        self.export_button.setObjectName("calendarExport")
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setToolTip(
            self.tr("Export the planned posts of the client shown (or of every client)")
        )
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(_arrow(self.previous, "calendarPrevious", Qt.ArrowType.LeftArrow))
        layout.addWidget(_button(self.today, "calendarToday"))
        layout.addWidget(_arrow(self.next, "calendarNext", Qt.ArrowType.RightArrow))
        layout.addSpacing(8)
        layout.addWidget(self.title, 1)
        for action, name in ((self.month, "calendarMonth"), (self.week, "calendarWeek")):
            layout.addWidget(_button(action, name))
        layout.addSpacing(8)
        layout.addWidget(_button(self.all_clients, "calendarAllClients"))
        layout.addWidget(self.colour)
        layout.addWidget(self.status_button)
        layout.addWidget(self.export_button)
        self._update_status_button()

    def _action(
        self, text: str, keys: str, tip: str, scope: Qt.ShortcutContext, *, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(scope)
        action.setCheckable(checkable)
        shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})")
        return action

    def shortcut_actions(self) -> list[QAction]:
        """The actions the calendar adds to itself so their shortcuts fire while it has the focus."""
        return [self.previous, self.next, self.today, self.month, self.week]

    # -- state --------------------------------------------------------------------------------------
    @property
    def colour_by(self) -> ColourBy:
        return ColourBy(self.colour.currentData())

    def set_colour_by(self, colour_by: ColourBy) -> None:
        self.colour.setCurrentIndex(max(0, self.colour.findData(colour_by)))

    @property
    def statuses(self) -> frozenset[str]:
        return frozenset(s for s, a in self.status_actions.items() if a.isChecked())

    def set_statuses(self, statuses: frozenset[str]) -> None:
        changed = statuses != self.statuses
        for status, action in self.status_actions.items():
            action.blockSignals(True)
            action.setChecked(status in statuses)
            action.blockSignals(False)
        self._update_status_button()
        if changed:
            self.statuses_changed.emit(self.statuses)

    def _on_status_toggled(self, _checked: bool) -> None:
        self._update_status_button()
        self.statuses_changed.emit(self.statuses)

    def show_state(self, *, all_clients: bool, colour_by: ColourBy, statuses: frozenset[str]) -> None:
        """Reflect the controller's state without echoing it back as a change."""
        self.all_clients.blockSignals(True)
        self.all_clients.setChecked(all_clients)
        self.all_clients.blockSignals(False)
        self.colour.blockSignals(True)
        self.set_colour_by(colour_by)
        self.colour.blockSignals(False)
        for status, action in self.status_actions.items():
            action.blockSignals(True)
            action.setChecked(status in statuses)
            action.blockSignals(False)
        self._update_status_button()

    def _update_status_button(self) -> None:
        shown = len(self.statuses)
        if shown == len(self.status_actions):
            self.status_button.setText(self.tr("All statuses"))
        else:
            self.status_button.setText(fill(self.tr("Statuses: %1 of %2"), shown, len(self.status_actions)))
        self.status_button.setToolTip(self.tr("Show only some statuses"))
