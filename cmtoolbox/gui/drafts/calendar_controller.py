"""What the calendar does: which days and posts it shows, loading them, replanning, key dates, exports.

The view (`CalendarView`) lays out widgets and forwards gestures; this controller keeps the state
(month or week, the day it is about, the zone, whose posts, colours, statuses), loads views off the
UI thread through the runner (`ops.calendar`), and runs the named, undoable operations
(`ops.drafts.move_to_day` / `move_to_time` / `replan`, `ops.calendar` key dates). It never draws.

Refreshing: a relevant `Changes` (drafts, key dates, clients) asks for a reload; while a load runs,
further requests fold into one more load, and a hidden calendar only notes that it is stale and
loads when shown again (a draft being typed in the editor next door autosaves every second). The
grids keep the old scene until the new one is ready, so nothing blinks.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QObject, QTimeZone, Signal
from PySide6.QtWidgets import QDialog

from cmtoolbox.core.schedule import is_valid_zone, month_weeks, system_zone_name, week_days
from cmtoolbox.core.schedule import zone as zone_info
from cmtoolbox.gui.dialogs import ask, ask_save_path
from cmtoolbox.gui.drafts.calendar_chip import Scene
from cmtoolbox.gui.drafts.calendar_key_dates import KeyDateDialog
from cmtoolbox.gui.drafts.calendar_scene import build_scene, day_text, month_title, time_text, week_title
from cmtoolbox.gui.drafts.calendar_style import CALENDAR_STATUSES, ColourBy
from cmtoolbox.gui.files import write_file
from cmtoolbox.gui.i18n import fill
from cmtoolbox.ops import calendar as calendar_ops
from cmtoolbox.ops import drafts as drafts_ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.drafts import DraftSummary
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.key_dates import KeyDate

if TYPE_CHECKING:
    from cmtoolbox.gui.clients import ClientSwitcher
    from cmtoolbox.gui.context import AppContext
    from cmtoolbox.gui.drafts.calendar_view import CalendarView

Mode = Literal["month", "week"]
ExportKind = Literal["ics", "csv"]
HOLIDAYS_COUNTRY = "FR"
MODE_PREF = "drafts/calendar_mode"
COLOUR_PREF = "drafts/calendar_colour"
ALL_CLIENTS_PREF = "drafts/calendar_all_clients"
STATUSES_PREF = "drafts/calendar_statuses"
EXPORT_FOLDER_PREF = "drafts/calendar_export_folder"


def system_view_zone() -> str:
    """The machine's IANA zone as Qt knows it (Windows included), else the best guess from the
    environment."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("utf-8", "replace")
    return name if is_valid_zone(name) else system_zone_name()


def _flag(value: object) -> bool:
    return value in (True, "true", "1", 1)


class CalendarController(QObject):
    scene_ready = Signal(object)  # Scene
    unplanned_ready = Signal(object)  # list[DraftSummary]
    state_changed = Signal()  # the mode, the days or the scope changed: the title and buttons follow

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, view: CalendarView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.clients = clients
        self.view = view
        prefs = ctx.prefs
        self.mode: Mode = "week" if prefs.value(MODE_PREF) == "week" else "month"
        self.colour_by = ColourBy.NETWORK if prefs.value(COLOUR_PREF) == "network" else ColourBy.STATUS
        self.all_clients = _flag(prefs.value(ALL_CLIENTS_PREF))
        saved = prefs.value(STATUSES_PREF)
        chosen = frozenset(str(saved).split(",")) & frozenset(CALENDAR_STATUSES) if saved else frozenset()
        self.statuses: frozenset[str] = chosen or frozenset(CALENDAR_STATUSES)
        self.zone = system_view_zone()
        self.anchor = self.today()
        self.scene: Scene | None = None
        self.unplanned: list[DraftSummary] = []
        self._dirty = False
        self._stale = True
        self._generation = 0
        self._task: asyncio.Task[Any] | None = None

    # -- what is shown ----------------------------------------------------------------------------
    def today(self) -> date:
        return datetime.now(zone_info(self.zone)).date()

    @property
    def client_id(self) -> int | None:
        """The client whose posts are shown; None with every client (or no client at all)."""
        if self.all_clients or self.clients.current is None:
            return None
        return self.clients.current.id

    @property
    def has_scope(self) -> bool:
        return self.all_clients or self.clients.current is not None

    def days(self) -> list[date]:
        if self.mode == "week":
            return week_days(self.anchor)
        weeks = month_weeks(self.anchor.year, self.anchor.month)
        return [day for week in weeks for day in week]

    def title(self) -> str:
        if self.mode == "week":
            return week_title(self.days())
        return month_title(self.anchor.year, self.anchor.month)

    # -- changing what is shown ----------------------------------------------------------------------
    def set_mode(self, mode: Mode) -> None:
        if mode != self.mode:
            self.mode = mode
            self._remember(MODE_PREF, mode)

    def go(self, step: int) -> None:
        """One month or week forward (1) or back (-1)."""
        if self.mode == "week":
            self.anchor += timedelta(days=7 * step)
        else:
            month = self.anchor.year * 12 + self.anchor.month - 1 + step
            self.anchor = date(month // 12, month % 12 + 1, 1)
        self._moved()

    def go_today(self) -> None:
        self.go_to(self.today())

    def go_to(self, day: date, mode: Mode | None = None) -> None:
        self.anchor = day
        if mode is not None and mode != self.mode:
            self.mode = mode
            self.ctx.prefs.set_value(MODE_PREF, mode)
        self._moved()

    def set_zone(self, zone: str) -> None:
        """Show times in another IANA zone (tests force one; the machine's is the default)."""
        zone_info(zone)
        self.zone = zone
        self._moved()

    def set_all_clients(self, on: bool) -> None:
        if on != self.all_clients:
            self.all_clients = on
            self._remember(ALL_CLIENTS_PREF, on)

    def set_colour_by(self, colour_by: ColourBy) -> None:
        if colour_by != self.colour_by:
            self.colour_by = colour_by
            self._remember(COLOUR_PREF, str(colour_by))

    def set_statuses(self, statuses: frozenset[str]) -> None:
        if statuses != self.statuses:
            self.statuses = statuses
            self._remember(STATUSES_PREF, ",".join(sorted(statuses)))

    def _remember(self, pref: str, value: object) -> None:
        """A view choice changed: keep it for the next start, and show it."""
        self.ctx.prefs.set_value(pref, value)
        self._moved()

    def _moved(self) -> None:
        self.state_changed.emit()
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Entity.CLIENTS):
            self.refresh()
            return
        if not changes.touches(Entity.DRAFTS, Entity.KEY_DATES):
            return
        client = self.client_id
        if client is not None and changes.client_ids and client not in changes.client_ids:
            return  # another client's posts: not shown here
        self.refresh()

    def refresh(self) -> asyncio.Task[Any] | None:
        """Reload now if the calendar is on screen, else when it is shown again."""
        self._generation += 1
        if not self.view.isVisible():
            self._stale = True
            return None
        return self._spawn_load()

    def shown(self) -> None:
        if self._stale:
            self._spawn_load()

    def _spawn_load(self) -> asyncio.Task[Any] | None:
        self._stale = False
        self._dirty = True
        if self._task is None or self._task.done():
            self._task = self.ctx.tasks.spawn(self._load_loop())
        return self._task

    async def load(self) -> None:
        """Load what the current state shows, and wait for it (tests, first show)."""
        self._generation += 1
        self._dirty = True
        if self._task is not None and not self._task.done():
            await self._task
        if self._dirty:
            await self._load_loop()

    async def _load_loop(self) -> None:
        while self._dirty:
            self._dirty = False
            await self._load_once(self._generation)

    async def _load_once(self, generation: int) -> None:
        days = self.days()
        client_id, all_clients = self.client_id, self.all_clients
        if not self.has_scope:
            scene = Scene(days[0], days[-1], self.zone, self.today(), self._month())
            self._publish(scene, [])
            return
        view = await self.ctx.runner.read(
            calendar_ops.calendar_view,
            days[0],
            days[-1],
            zone=self.zone,
            client_id=client_id,
            statuses=self.statuses or CALENDAR_STATUSES,
            holidays_country=HOLIDAYS_COUNTRY,
            language=self.ctx.language,
        )
        unplanned = await self.ctx.runner.read(calendar_ops.unplanned_drafts, client_id)
        if generation != self._generation:
            self._dirty = True  # the state moved on while this loaded: load again
            return
        if not self.statuses:
            view = replace(view, entries=[], by_day={})
        scene = build_scene(
            view,
            today=self.today(),
            month=self._month(),
            colour_by=self.colour_by,
            all_clients=all_clients,
            clients={c.id: c for c in self.clients.clients},
            palette=self.view.palette(),
        )
        self._publish(scene, unplanned)

    def _month(self) -> int | None:
        return self.anchor.month if self.mode == "month" else None

    def _publish(self, scene: Scene, unplanned: list[DraftSummary]) -> None:
        self.scene = scene
        self.unplanned = unplanned
        self.scene_ready.emit(scene)
        self.unplanned_ready.emit(unplanned)

    # -- replanning ----------------------------------------------------------------------------------
    async def move_to_day(self, draft_id: int, day: date) -> bool:
        """Drop on a day (month view, all-day row): same time of day in the zone it was planned in."""
        chip = self.scene.find(draft_id) if self.scene else None
        if chip is not None and chip.local.date() == day:
            return False
        label = fill(self.tr("Draft moved to %1"), day_text(day))
        await self.ctx.runner.run(
            drafts_ops.move_to_day, draft_id, day, initiator=self.view, undo_label=label
        )
        self.ctx.status.show(label)
        return True

    async def move_to_time(self, draft_id: int, wall: datetime) -> bool:
        """Drop on a day and hour of the week view (`wall` is read in the view's zone)."""
        chip = self.scene.find(draft_id) if self.scene else None
        if chip is not None and chip.local.replace(tzinfo=None) == wall:
            return False
        label = fill(self.tr("Draft moved to %1, %2"), day_text(wall.date()), time_text(wall))
        await self.ctx.runner.run(
            drafts_ops.move_to_time, draft_id, wall, self.zone, initiator=self.view, undo_label=label
        )
        self.ctx.status.show(label)
        return True

    async def unplan(self, draft_id: int) -> None:
        label = self.tr("Draft taken off the calendar")
        await self.ctx.runner.run(drafts_ops.replan, draft_id, None, initiator=self.view, undo_label=label)
        self.ctx.status.show(label)

    # -- key dates -------------------------------------------------------------------------------------
    async def key_date(self, key_date_id: int) -> KeyDate | None:
        every = self.client_id is None
        found = await self.ctx.runner.read(calendar_ops.list_key_dates, self.client_id, every_client=every)
        return next((k for k in found if k.id == key_date_id), None)

    async def add_key_date(self, day: date) -> KeyDate | None:
        client = self.clients.current
        dialog = KeyDateDialog(day, client_name=client.name if client else None, parent=self.view)
        if await ask(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        answer = dialog.answer()
        owner = None if answer.every_client or client is None else client.id
        made: KeyDate = await self.ctx.runner.run(
            calendar_ops.create_key_date,
            owner,
            answer.day,
            answer.title,
            yearly=answer.yearly,
            notes=answer.notes,
            initiator=self.view,
            undo_label=self.tr("Key date added"),
        )
        return made

    async def edit_key_date(self, key_date_id: int) -> KeyDate | None:
        current = await self.key_date(key_date_id)
        if current is None:
            return None
        dialog = KeyDateDialog(current.day, key_date=current, parent=self.view)
        if await ask(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        answer = dialog.answer()
        changed: KeyDate = await self.ctx.runner.run(
            calendar_ops.update_key_date,
            key_date_id,
            day=answer.day,
            title=answer.title,
            yearly=answer.yearly,
            notes=answer.notes,
            initiator=self.view,
            undo_label=self.tr("Key date changed"),
        )
        return changed

    async def delete_key_date(self, key_date_id: int) -> None:
        await self.ctx.runner.run(
            calendar_ops.delete_key_date,
            key_date_id,
            initiator=self.view,
            undo_label=self.tr("Key date deleted"),
        )

    # -- exports ---------------------------------------------------------------------------------------
    def _export_name(self) -> str:
        client = self.clients.current
        if self.all_clients or client is None:
            return self.tr("All clients")
        return client.name.replace("/", "-")

    async def export(self, kind: ExportKind) -> Path | None:
        """Ask where, then write the .ics or CSV of the client shown (or every client)."""
        folder = Path(str(self.ctx.prefs.value(EXPORT_FOLDER_PREF) or Path.home()))
        if kind == "ics":
            suggested = folder / fill(self.tr("%1 - calendar.ics"), self._export_name())
            title, name_filter = self.tr("Export the calendar"), self.tr("iCalendar files (*.ics)")
        else:
            suggested = folder / fill(self.tr("%1 - drafts.csv"), self._export_name())
            title, name_filter = self.tr("Export the drafts"), self.tr("CSV files (*.csv)")
        path = await ask_save_path(self.view, title, suggested, name_filter)
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(f".{kind}")
        self.ctx.prefs.set_value(EXPORT_FOLDER_PREF, str(path.parent))
        return await self.write_export(kind, path)

    async def write_export(self, kind: ExportKind, path: Path) -> Path:
        client_id = self.client_id if self.has_scope else None
        if kind == "ics":
            data = await self.ctx.runner.read(calendar_ops.calendar_file, client_id)
        else:
            text: str = await self.ctx.runner.read(calendar_ops.csv_text, client_id)
            data = text.encode("utf-8-sig")  # spreadsheets read the accents with the BOM
        await write_file(self.ctx.pools, path, data)
        self.ctx.status.show(fill(self.tr("Exported to %1."), path))
        return path
