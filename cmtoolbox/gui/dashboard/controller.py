"""What the dashboard does: load its cards off the UI thread, keep them current, open an entry in its
section and run the quick actions through the sections' own commands.

Loading is one named read (`ops.dashboard.overview`) on the database thread; an answer that comes
back after a newer request was sent is dropped. Database changes and client switches reload the
cards after a short pause (a feed refresh broadcasts many changes: one reload), and only while the
page is shown: a hidden dashboard notes it is stale and reloads when it is shown again.

Entries and quick actions go through the main window the way the global search and Ctrl+N do
(`open_search_hit`, `show_section`, `new_item`), so the dashboard knows no section's internals
beyond the Sources page's tabs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QTimer, QTimeZone
from PySide6.QtWidgets import QWidget

from cmtoolbox.core.schedule import is_valid_zone, system_zone_name, zone
from cmtoolbox.ops import dashboard as ops
from cmtoolbox.ops.dashboard import Dashboard, DashboardEntry, Period, Scope
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.search import SearchHit

if TYPE_CHECKING:
    from cmtoolbox.gui.dashboard.page import DashboardPage

RELOAD_DELAY_MS = 120
SCOPE_PREF = "dashboard/scope"  # "client" or "all"
PERIOD_PREF = "dashboard/period"  # "today" or "week"
# What the cards show: a change to any of these may change a card. POST_METRICS arrives with the
# metrics feature; looked up by name so the dashboard works with or without it.
WATCHED = frozenset(
    e
    for e in (
        Entity.CLIENTS,
        Entity.TRASH,
        Entity.DRAFTS,
        Entity.NOTES,
        Entity.FEEDS,
        Entity.FEED_ITEMS,
        Entity.MEDIA,
        Entity.SOURCES,
        getattr(Entity, "POST_METRICS", None),
    )  # fmt: skip
    if e is not None
)


@functools.lru_cache(maxsize=1)
def _system_zone() -> tzinfo | None:
    """The machine's zone with its rules, asked once (Qt's lookup costs milliseconds)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("utf-8", "replace")
    try:
        return zone(name if is_valid_zone(name) else system_zone_name())
    except ValueError:
        return None


def local_now() -> datetime:
    """Now in the machine's zone with its rules (not a fixed offset), so "this week" ends at the
    right local midnight across a change to or from summer time."""
    local = _system_zone()
    return datetime.now(local) if local is not None else datetime.now().astimezone()


def first_weekday() -> int:
    """The regional format's first day of the week, 0 (Monday) to 6 (Sunday)."""
    return (QLocale().firstDayOfWeek().value - 1) % 7


class DashboardController(QObject):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.now: Callable[[], datetime] = local_now  # tests fix the time
        self.dashboard: Dashboard | None = None
        self._request = 0
        self._stale = True
        self._loaded_day: object = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self._reload_now)

    # -- what is shown -----------------------------------------------------------------------------
    @property
    def all_clients(self) -> bool:
        return str(self.ctx.prefs.value(SCOPE_PREF, "client")) == "all"

    def set_all_clients(self, on: bool) -> None:
        if on != self.all_clients:
            self.ctx.prefs.set_value(SCOPE_PREF, "all" if on else "client")
            self.request_reload(at_once=True)

    @property
    def period(self) -> Period:
        value = str(self.ctx.prefs.value(PERIOD_PREF, Period.WEEK))
        return Period(value) if value in tuple(Period) else Period.WEEK

    def set_period(self, period: Period) -> None:
        if period != self.period:
            self.ctx.prefs.set_value(PERIOD_PREF, str(period))
            self.request_reload(at_once=True)

    def scope(self) -> Scope | None:
        """What to read now; None when the dashboard is for "this client" and there is none."""
        if self.all_clients:
            client_id = None
        elif self.page.clients.current is not None:
            client_id = self.page.clients.current.id
        else:
            return None
        return Scope(client_id, self.period, self.now(), first_weekday())

    # -- loading -----------------------------------------------------------------------------------
    async def reload(self) -> Dashboard | None:
        """Read every card for the current scope and show them (None: dropped, or nothing to read)."""
        self._timer.stop()
        self._stale = False
        self._request += 1
        request = self._request
        scope = self.scope()
        if scope is None:
            self.dashboard = None
            self.page.show_no_client()
            return None
        dashboard = await self.ctx.runner.read(ops.overview, scope)
        if request != self._request:  # a newer request was sent meanwhile
            return None
        self.dashboard = dashboard
        self._loaded_day = scope.today
        self.page.show_dashboard(dashboard)
        return dashboard

    def _reload_now(self) -> None:
        self.ctx.tasks.spawn(self.reload())

    def request_reload(self, *, at_once: bool = False) -> None:
        """Reload soon when shown, else when next shown."""
        if not self.page.isVisible():
            self._stale = True
            return
        if at_once:
            self._timer.stop()
            self._reload_now()
        else:
            self._timer.start()

    def refresh(self) -> None:
        """F5, the refresh button: read again now (changes made outside the app, a new day)."""
        self.request_reload(at_once=True)

    def on_hidden(self) -> None:
        """Hidden (another section, the window closing): a pending reload waits for the next show."""
        if self._timer.isActive():
            self._timer.stop()
            self._stale = True

    def on_shown(self) -> None:
        if self._stale or self._loaded_day != self.now().date():  # a new day: new "today"
            self.request_reload(at_once=True)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.request_reload()

    def on_client_changed(self) -> None:
        self.request_reload(at_once=True)

    # -- opening entries -------------------------------------------------------------------------------
    def _window(self) -> QWidget:
        return self.page.window()

    def _page(self, key: str) -> QWidget | None:
        """The window's page of section `key`, None outside the main window or without it."""
        page_of = getattr(self._window(), "page", None)
        if not callable(page_of):
            return None
        try:
            page = page_of(key)
        except ValueError:  # no such section
            return None
        return page if isinstance(page, QWidget) else None

    def hit_for(self, entry: DashboardEntry) -> SearchHit:
        """The entry as the window opens records: a post missing metrics opens where its figures
        are typed (the Results page), at its row."""
        variant_id = entry.extra.get("variant_id")
        if entry.kind == Entity.DRAFTS and isinstance(variant_id, int):
            extra: dict[str, Any] = {**entry.extra, "draft_id": entry.id}
            return SearchHit(
                Entity.POST_METRICS, variant_id, entry.client_id, entry.title, "", entry.when, extra
            )
        return SearchHit(
            entry.kind, entry.id, entry.client_id, entry.title, "", entry.when, dict(entry.extra)
        )

    def open_entry(self, entry: DashboardEntry) -> bool:
        """Show the entry's record in its section (switching client when it is another's); False
        outside the main window."""
        opener = getattr(self._window(), "open_search_hit", None)
        if not callable(opener):
            return False
        opener(self.hit_for(entry))
        return True

    # -- quick actions: the sections' own commands -------------------------------------------------------
    def _show(self, key: str, tab: str | None = None) -> QWidget | None:
        """Show section `key` (and its tab named by the page's constant `tab`); its page."""
        page = self._page(key)
        show = getattr(self._window(), "show_section", None)
        if page is None or not callable(show):
            return None
        show(key)
        tabs = getattr(page, "tabs", None)
        if tab is not None and tabs is not None and hasattr(page, tab):
            tabs.setCurrentIndex(getattr(page, tab))
        return page

    def _new_in(self, key: str, tab: str | None = None) -> bool:
        """Ctrl+N in section `key`: the section creates its kind of item, as the File menu does."""
        if self._show(key, tab) is None:
            return False
        new_item = getattr(self._window(), "new_item", None)
        if callable(new_item):
            new_item()
        return True

    def new_note(self) -> bool:
        return self._new_in("notes")

    def new_draft(self) -> bool:
        return self._new_in("drafts")

    def add_source(self) -> bool:
        return self._new_in("sources", "SOURCES")

    def refresh_feeds(self) -> None:
        self.ctx.tasks.spawn(self.refresh_feeds_flow())

    async def refresh_feeds_flow(self) -> bool:
        """The reader's Refresh (F5) for the current client's feeds, from here: the cards follow the
        new items as they are stored; the status bar says when it is done. False when nothing was
        started (no client, no feed, a refresh already running)."""
        tab = getattr(self._page("sources"), "feeds_tab", None)
        action = getattr(tab, "refresh_action", None)
        if tab is None or action is None:
            return False
        if self.page.clients.current is None:
            self.ctx.status.show(self.tr("Choose or create a client first."))
            return False
        if getattr(getattr(tab, "refresher", None), "busy", False):
            self.ctx.status.show(self.tr("The feeds are being refreshed."))
            return False
        if not action.isEnabled() and callable(getattr(tab, "reload_feeds", None)):
            await tab.reload_feeds()  # a page built just now has not listed its feeds yet
        if not action.isEnabled():
            self.ctx.status.show(self.tr("No feed to refresh: subscribe to feeds in Sources ▸ Feeds."))
            return False
        action.trigger()
        self.ctx.status.show(self.tr("Refreshing the feeds…"))
        return True
