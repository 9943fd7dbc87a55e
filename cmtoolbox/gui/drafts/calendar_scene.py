"""From an `ops.calendar` view to the `Scene` the grids paint, and the calendar's date wording.

Times are converted once here, from the stored UTC instant to the view's zone
(`core.schedule` zone rules, so 09:00 Paris reads 09:00 on either side of a clock change), and
written in the UI locale's short time format.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor, QPalette

from cmtoolbox.core.schedule import zone as zone_info
from cmtoolbox.gui.drafts.calendar_chip import Badge, Chip, Scene
from cmtoolbox.gui.drafts.calendar_style import (
    ColourBy,
    client_colour,
    edge,
    network_look,
    network_name,
    tint,
)
from cmtoolbox.gui.drafts.list_status import status_colour, status_label
from cmtoolbox.ops import calendar as calendar_ops
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.drafts import DraftSummary

_NO_NETWORK = QColor("#757575")
_AM_PM = re.compile(r"\s*[Aa][Pp]")  # "h:mm AP" -> "h:mmap": "9:00am", as calendars write it


def _translate(text: str) -> str:
    return QCoreApplication.translate("CalendarView", text)


def time_text(local: datetime) -> str:
    """A time as the UI locale writes it, made compact for the chips ("09:00", "9:00am")."""
    locale = QLocale()
    pattern = _AM_PM.sub("ap", locale.timeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QTime(local.hour, local.minute), pattern)


def day_text(day: date) -> str:
    """A day in short ("mar. 3 déc.", "Tue 3 Dec"), for undo labels and menus."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def full_day_text(day: date) -> str:
    """A day in words, without the year ("vendredi 4 décembre", "Friday 4 December"), for menus."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def long_day_text(day: date) -> str:
    """A day in full ("mardi 3 décembre 2026"), for screen readers and tooltips."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def month_title(year: int, month: int) -> str:
    """ "December 2026" / "Décembre 2026"."""
    return _capitalised(f"{QLocale().standaloneMonthName(month)} {year}")


def week_title(days: list[date]) -> str:
    """ "Week 49 · 30 Nov – 6 Dec 2026"."""
    first, last = days[0], days[-1]
    locale = QLocale()
    start = locale.toString(
        QDate(first.year, first.month, first.day), "d MMM" + (" yyyy" if first.year != last.year else "")
    )
    end = locale.toString(QDate(last.year, last.month, last.day), "d MMM yyyy")
    week = first.isocalendar()[1]
    return _translate("Week %1 · %2 – %3").replace("%1", str(week)).replace("%2", start).replace("%3", end)


def weekday_name(day: date, *, short: bool = True) -> str:
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _capitalised(QLocale().standaloneDayName(day.isoweekday(), form))


def _tooltip(entry: DraftSummary, local: datetime, client: Client | None, all_clients: bool) -> str:
    lines = [f"<b>{html.escape(entry.title or _translate('(untitled)'))}</b>"]
    when = f"{long_day_text(local.date())} {time_text(local)}"
    lines.append(html.escape(f"{when} · {status_label(entry.status)}"))
    if entry.networks:
        lines.append(html.escape(", ".join(network_name(n) for n in entry.networks)))
    if all_clients and client is not None:
        lines.append(html.escape(client.name))
    if entry.excerpt and entry.excerpt != entry.title:
        lines.append(f"<i>{html.escape(entry.excerpt)}</i>")
    return "<br>".join(lines)


def make_chip(
    entry: DraftSummary,
    zone: str,
    *,
    colour_by: ColourBy,
    all_clients: bool,
    clients: Mapping[int, Client],
    palette: QPalette,
) -> Chip | None:
    at = entry.calendar_at
    if at is None:
        return None
    local = at.astimezone(zone_info(zone))
    if colour_by is ColourBy.NETWORK:
        main = QColor(network_look(entry.networks[0]).colour) if entry.networks else _NO_NETWORK
    else:
        main = status_colour(entry.status, dark=False)  # the deeper hue, only ever used as a tint
    client = clients.get(entry.client_id)
    if all_clients:
        bar = edge(client_colour(entry.client_id, client.color if client else None), palette)
    else:
        bar = edge(main, palette)
    badges = tuple(
        Badge(network_look(n).short, network_name(n), edge(QColor(network_look(n).colour), palette))
        for n in entry.networks
    )
    return Chip(
        entry=entry,
        local=local,
        time_text=time_text(local),
        fill=tint(main, palette),
        bar=bar,
        badges=badges,
        tooltip=_tooltip(entry, local, client, all_clients),
        movable=entry.status != "published",
    )


def build_scene(
    view: calendar_ops.CalendarView,
    *,
    today: date,
    month: int | None,
    colour_by: ColourBy,
    all_clients: bool,
    clients: Mapping[int, Client],
    palette: QPalette,
) -> Scene:
    """The scene of a loaded view: chips per local day, in time order, and the day markers."""
    days: dict[date, list[Chip]] = {}
    for day, entries in view.by_day.items():
        chips = [
            chip
            for chip in (
                make_chip(
                    e,
                    view.zone,
                    colour_by=colour_by,
                    all_clients=all_clients,
                    clients=clients,
                    palette=palette,
                )
                for e in entries
            )
            if chip is not None
        ]
        if chips:
            days[day] = chips
    return Scene(view.first, view.last, view.zone, today, month, days, dict(view.markers))
