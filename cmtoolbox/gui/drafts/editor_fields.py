"""The fields around a draft's texts: its status, when it is planned (date, time and the zone), and
its internal notes.

The planned time is edited as a date (typed whole, four-digit year: `DateEdit`) and a time, in the
zone the draft is planned in, which is written beside them: "09:00 Europe/Paris" stays 09:00 Paris
time even when the CM travels. A change is sent once the typing is over (Enter, leaving the field,
or a short pause), so one replanning makes one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QMimeData, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.gui.drafts.list_status import STATUSES, status_colour, status_label
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.date_edit import DateEdit
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.layouts import hbox
from cmtoolbox.gui.widgets.text_limits import NOTE_MAX_CHARS, paste_fits

if TYPE_CHECKING:
    from cmtoolbox.core.results import Slot
    from cmtoolbox.gui.context import AppContext

PLAN_DELAY_MS = 900
DEFAULT_HOUR = time(9, 0)


class StatusCombo(QComboBox):
    """The workflow status, each in its colour; `status_chosen` when the user picks one."""

    status_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftStatus")
        self.setAccessibleName(self.tr("Status"))
        self.setToolTip(self.tr("Where this post is in the workflow"))
        for status in STATUSES:
            self.addItem(status_label(status), status)
        self.activated.connect(lambda index: self.status_chosen.emit(str(self.itemData(index))))

    def set_status(self, status: str) -> None:
        for index in range(self.count()):
            self.setItemData(
                index, QBrush(status_colour(str(self.itemData(index)))), Qt.ItemDataRole.ForegroundRole
            )
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(status)))
        self.blockSignals(False)
        colour = status_colour(status).name()
        self.setStyleSheet(f"QComboBox {{ color: {colour}; font-weight: bold; }}")

    def status(self) -> str:
        return str(self.currentData())


class PlanningField(QWidget):
    """`planned(PlannedTime | None)` when the user sets, changes or removes the planned time."""

    planned = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftPlanning")
        self._ctx = ctx
        self._slots_for: tuple[int, tuple[str, ...]] | None = None
        self._zone = "Europe/Paris"
        self._shown: PlannedTime | None = None
        self._loading = Filling()
        self.check = QCheckBox(self.tr("Planned"))
        self.check.setObjectName("draftPlanned")
        self.check.setToolTip(self.tr("Give this post a date and time"))
        self.check.toggled.connect(self._on_toggled)
        self.date = DateEdit()
        self.date.setObjectName("draftPlannedDate")
        self.date.setAccessibleName(self.tr("Planned date"))
        self.time = QTimeEdit()
        self.time.setObjectName("draftPlannedTime")
        self.time.setAccessibleName(self.tr("Planned time"))
        self.time.setDisplayFormat("HH:mm")
        self.zone_label = QLabel()
        self.zone_label.setObjectName("draftZone")
        self.zone_label.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PLAN_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        for edit in (self.date, self.time):
            edit.editingFinished.connect(self.commit)
        self.date.dateChanged.connect(self._on_edited)
        self.time.timeChanged.connect(self._on_edited)
        # "Best slots": when this client's posts on these networks engaged best (ops.results).
        self.best_slots = QToolButton()
        self.best_slots.setObjectName("draftBestSlots")
        self.best_slots.setText(self.tr("Best slots"))
        self.best_slots.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.best_slots.setMenu(QMenu(self.best_slots))
        self.best_slots.setVisible(False)
        hbox(self.check, self.date, self.time, self.zone_label, self.best_slots, parent=self, margins=0)
        self.show_planned(None, self._zone)

    @property
    def zone(self) -> str:
        return self._zone

    def show_planned(self, planned: PlannedTime | None, zone: str) -> None:
        """Show the stored planned time (in the zone it was planned in), or `zone` for a new one."""
        if self.date.hasFocus() or self.time.hasFocus() or self._timer.isActive():
            return  # being edited: the edit wins, and is sent when it ends
        with self._loading:
            self._zone = planned.zone if planned is not None else zone
            self._shown = planned
            self.check.setChecked(planned is not None)
            if planned is not None:
                wall = planned.wall
                self.date.setDate(QDate(wall.year, wall.month, wall.day))
                self.time.setTime(QTime(wall.hour, wall.minute))
            else:
                today = date.today()
                self.date.setDate(QDate(today.year, today.month, today.day))
                self.time.setTime(QTime(DEFAULT_HOUR.hour, DEFAULT_HOUR.minute))
            for edit in (self.date, self.time):
                edit.setEnabled(planned is not None)
            self.zone_label.setToolTip(
                fill(self.tr("Times are in the zone this post is planned in: %1"), self._zone)
            )
        self._show_zone()

    def _show_zone(self) -> None:
        """The zone, and the time on this computer's clock when it is another one (a CM abroad)."""
        text = self._zone.replace("_", " ")
        value = self.value()
        if value is not None:
            here = value.utc.astimezone()
            if here.replace(tzinfo=None) != value.wall:
                clock = QLocale().toString(QTime(here.hour, here.minute), QLocale.FormatType.ShortFormat)
                when = clock if here.date() == value.wall.date() else format_datetime(value.utc)
                text = fill(self.tr("%1 (%2 here)"), text, when)
        self.zone_label.setText(text)

    def value(self) -> PlannedTime | None:
        if not self.check.isChecked():
            return None
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        moment: time = self.time.time().toPython()  # type: ignore[assignment]
        return PlannedTime.at(datetime.combine(day, moment.replace(second=0, microsecond=0)), self._zone)

    # -- best slots ----------------------------------------------------------------------------------
    def show_best_slots_for(self, client_id: int, networks: Sequence[str]) -> None:
        """Offer the client's best slots on the draft's networks (read in the background)."""
        key = (client_id, tuple(networks))
        if self._ctx is None or key == self._slots_for:
            return
        self._slots_for = key
        self._ctx.tasks.spawn(self._load_slots(key))

    async def _load_slots(self, key: tuple[int, tuple[str, ...]]) -> None:
        from cmtoolbox.ops import results as results_ops

        assert self._ctx is not None
        client_id, networks = key
        found = await self._ctx.runner.read(results_ops.best_slots_for, client_id, networks)
        if key == self._slots_for:  # a slot names its network when the draft has several
            self.set_best_slots([(n if len(networks) > 1 else None, slot) for n, slot in found])

    def set_best_slots(self, entries: Sequence[tuple[str | None, Slot]]) -> None:
        """Fill the menu: one entry per (network, slot); hidden when the history says nothing."""
        from cmtoolbox.gui.results.labels import slot_label

        menu = self.best_slots.menu()
        menu.clear()
        for network, slot in entries:
            action = menu.addAction(slot_label(slot, network))
            action.triggered.connect(lambda _checked=False, s=slot: self.plan_at_slot(s))
        self.best_slots.setVisible(bool(entries))
        if entries:
            network, best = entries[0]
            hint = self.tr("When this client's posts engaged best: %1. Pick a slot to plan this post then.")
            self.best_slots.setToolTip(fill(hint, slot_label(best, network)))

    def plan_at_slot(self, slot: Slot) -> None:
        """Plan at the slot's next occurrence: after now, and not before the day already shown."""
        wall_now = PlannedTime(datetime.now(UTC), self._zone).wall
        shown: date = self.date.date().toPython()  # type: ignore[assignment]
        start = max(wall_now, datetime.combine(shown, time(0)) - timedelta(minutes=1))
        moment = slot.next_after(start)
        with self._loading:  # one change, one undo step: not "planned today", then the slot
            self.check.setChecked(True)
            self.date.setDate(QDate(moment.year, moment.month, moment.day))
            self.time.setTime(QTime(moment.hour, moment.minute))
        self.commit()

    def set_value(self, day: date, at: time) -> None:
        """Plan for `day` at `at` as the user would (tests, the calendar's drop later)."""
        self.check.setChecked(True)
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.time.setTime(QTime(at.hour, at.minute))
        self.commit()

    def _on_toggled(self, checked: bool) -> None:
        for edit in (self.date, self.time):
            edit.setEnabled(checked)
        if not self._loading:
            self.commit()

    def _on_edited(self) -> None:
        if not self._loading and self.check.isChecked():
            self._timer.start()
            self._show_zone()

    def commit(self) -> None:
        """Send the planned time shown, if it is not what is stored."""
        self._timer.stop()
        if self._loading or self.date.typing:
            return
        value = self.value()
        if value == self._shown:
            return
        self._shown = value
        self.planned.emit(value)


class DraftNotesEdit(QPlainTextEdit):
    """Internal notes (never in the proof): plain text, with the paste limit of notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftNotes")
        self.setAccessibleName(self.tr("Internal notes"))
        self.setPlaceholderText(
            self.tr("Internal notes: sources, the photographer to credit, what the client said on the phone…")
        )
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if paste_fits(self, source, NOTE_MAX_CHARS, self.tr("note")):
            super().insertFromMimeData(source)
