"""The editorial calendar (issue 12): month and week views of the planned and published posts.

`CalendarView(ctx, clients, open_draft)` is what the Drafts page embeds: the toolbar
(`CalendarToolbar`), the month grid (`MonthGrid`) or the week grid (`WeekGrid`), and the
"Unplanned" list to drag drafts in from. This class lays them out and wires their gestures to
`CalendarController`, which holds the state and runs the operations; double-clicking a post asks
the page to open it through `open_draft(draft_id)`.

Keyboard: Page Up / Page Down (previous / next), T (today), M / W (month / week), the arrow keys
walk the days, Tab walks the selected day's posts, Enter opens one, the menu key opens the day's
menu (key dates, unplan).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QApplication, QMenu, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from cmtoolbox.gui.drafts.calendar_chip import ContextRequest, Scene
from cmtoolbox.gui.drafts.calendar_controller import CalendarController
from cmtoolbox.gui.drafts.calendar_month import MonthGrid
from cmtoolbox.gui.drafts.calendar_scene import full_day_text
from cmtoolbox.gui.drafts.calendar_toolbar import CalendarToolbar
from cmtoolbox.gui.drafts.calendar_unplanned import UnplannedPanel
from cmtoolbox.gui.drafts.calendar_week import WeekGrid
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.labels import placeholder_label
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.drafts import DraftSummary

if TYPE_CHECKING:
    from cmtoolbox.gui.clients import ClientSwitcher
    from cmtoolbox.gui.context import AppContext
    from cmtoolbox.storage.clients import Client


class CalendarView(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        clients: ClientSwitcher,
        open_draft: Callable[[int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.ctx = ctx
        self.clients = clients
        self.open_draft = open_draft
        self.toolbar = CalendarToolbar()
        self.month = MonthGrid()
        self.week = WeekGrid()
        self.empty = placeholder_label("calendarEmpty", self.tr("Choose a client, or show all clients."))
        self.stack = QStackedWidget()
        self.stack.setObjectName("calendarStack")
        for widget in (self.month, self.week, self.empty):
            self.stack.addWidget(widget)
        self.unplanned = UnplannedPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("calendarSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.unplanned)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, 230])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        for action in self.toolbar.shortcut_actions():
            self.addAction(action)

        self.controller = CalendarController(ctx, clients, self)
        self._connect()
        self._update_state()

    def _connect(self) -> None:
        bar, controller, spawn = self.toolbar, self.controller, self.ctx.tasks.spawn
        bar.previous.triggered.connect(lambda: controller.go(-1))
        bar.next.triggered.connect(lambda: controller.go(1))
        bar.today.triggered.connect(controller.go_today)
        bar.month.triggered.connect(lambda: controller.set_mode("month"))
        bar.week.triggered.connect(lambda: controller.set_mode("week"))
        bar.all_clients.toggled.connect(controller.set_all_clients)
        bar.colour_changed.connect(controller.set_colour_by)
        bar.statuses_changed.connect(controller.set_statuses)
        bar.export_ics.triggered.connect(lambda: spawn(controller.export("ics")))
        bar.export_csv.triggered.connect(lambda: spawn(controller.export("csv")))
        controller.state_changed.connect(self._update_state)
        controller.scene_ready.connect(self._show_scene)
        controller.unplanned_ready.connect(self._show_unplanned)
        for grid in (self.month, self.week):
            grid.open_requested.connect(self._open)
            grid.move_requested.connect(lambda i, d: spawn(controller.move_to_day(i, d)))
            grid.context_requested.connect(self.show_context_menu)
        self.week.time_requested.connect(lambda i, wall: spawn(controller.move_to_time(i, wall)))
        self.month.day_opened.connect(lambda day: controller.go_to(day, "week"))
        self.month.leave_requested.connect(self._leave_month)
        self.unplanned.list.open_requested.connect(self._open)
        self.unplanned.list.unplan_requested.connect(lambda i: spawn(controller.unplan(i)))
        self.ctx.runner.changed.connect(self.on_changes)
        self.clients.current_changed.connect(self._on_client_changed)

    # -- what the Drafts page (and tests) call ------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        self.controller.on_changes(changes)

    async def reload(self) -> None:
        """Load the days shown and wait for them."""
        await self.controller.load()

    def set_zone(self, zone: str) -> None:
        """Show times in `zone` instead of the machine's (tests)."""
        self.controller.set_zone(zone)

    def go_to(self, day: date, mode: str | None = None) -> None:
        self.controller.go_to(day, mode)  # type: ignore[arg-type]

    @property
    def grid(self) -> MonthGrid | WeekGrid:
        return self.week if self.controller.mode == "week" else self.month

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.controller.shown()

    # -- reacting ------------------------------------------------------------------------------------
    def _open(self, draft_id: int) -> None:
        self.open_draft(draft_id)

    def _on_client_changed(self, _client: Client | None) -> None:
        self._update_state()
        if not self.controller.all_clients:
            self.controller.refresh()

    def _leave_month(self, day: date) -> None:
        self.month.selected_day = day
        self.controller.go_to(day)

    def _update_state(self) -> None:
        controller, bar = self.controller, self.toolbar
        bar.title.setText(controller.title())
        bar.title.setToolTip(fill(self.tr("Times shown in %1"), controller.zone))
        (bar.week if controller.mode == "week" else bar.month).setChecked(True)
        bar.show_state(
            all_clients=controller.all_clients, colour_by=controller.colour_by, statuses=controller.statuses
        )
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is self or self.isAncestorOf(focus))
        shown = self.grid if controller.has_scope else self.empty
        if self.stack.currentWidget() is not shown:
            self.stack.setCurrentWidget(shown)
            if had_focus and shown is not self.empty:  # M or W pressed in the grid: keep typing there
                shown.setFocus(Qt.FocusReason.OtherFocusReason)
        if controller.has_scope:
            self.setFocusProxy(self.grid)
        self.unplanned.setEnabled(controller.has_scope)
        bar.export_button.setEnabled(controller.has_scope)

    def _show_scene(self, scene: Scene) -> None:
        self._update_state()
        self.grid.set_scene(scene)

    def _show_unplanned(self, drafts: list[DraftSummary]) -> None:
        clients = {c.id: c for c in self.clients.clients}
        self.unplanned.list.set_drafts(drafts, all_clients=self.controller.all_clients, clients=clients)
        self.unplanned.set_count(len(drafts))

    # -- the day's menu -------------------------------------------------------------------------------
    def context_menu(self, request: ContextRequest) -> QMenu:
        """The menu of a day (and of the post or key date under the pointer)."""
        menu = QMenu(self)
        menu.setObjectName("calendarDayMenu")
        spawn, controller = self.ctx.tasks.spawn, self.controller
        chip = request.chip
        if chip is not None:
            self._menu_action(
                menu,
                "calendarOpenDraft",
                fill(self.tr("&Open “%1”"), chip.title),
                lambda: self._open(chip.draft_id),
            )
            unplan = self._menu_action(
                menu,
                "calendarUnplan",
                self.tr("&Take off the calendar"),
                lambda: spawn(controller.unplan(chip.draft_id)),
            )
            unplan.setEnabled(chip.movable)
            menu.addSeparator()
        self._menu_action(
            menu,
            "calendarAddKeyDate",
            fill(self.tr("Add a &key date on %1…"), full_day_text(request.day)),
            lambda: spawn(controller.add_key_date(request.day)),
        )
        markers = self.grid.scene.markers.get(request.day, []) if self.grid.scene else []
        for marker in markers:
            if marker.kind != "key_date" or marker.key_date_id is None:
                continue
            key_id = marker.key_date_id
            self._menu_action(
                menu, f"calendarEditKeyDate{key_id}", fill(self.tr("&Edit “%1”…"), marker.title),
                self._key_date_slot(controller.edit_key_date, key_id),
            )  # fmt: skip
            self._menu_action(
                menu, f"calendarDeleteKeyDate{key_id}", fill(self.tr("&Delete “%1”"), marker.title),
                self._key_date_slot(controller.delete_key_date, key_id),
            )  # fmt: skip
        if self.controller.mode == "month":
            menu.addSeparator()
            self._menu_action(
                menu,
                "calendarShowWeek",
                self.tr("Show this &week"),
                lambda: controller.go_to(request.day, "week"),
            )
        return menu

    def _key_date_slot(
        self, flow: Callable[[int], Coroutine[Any, Any, object]], key_date_id: int
    ) -> Callable[[], object]:
        return lambda: self.ctx.tasks.spawn(flow(key_date_id))

    def _menu_action(self, menu: QMenu, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def show_context_menu(self, request: ContextRequest) -> None:
        menu = self.context_menu(request)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(request.global_pos)
