"""The main window's sync: its service, its status-bar indicator and its dialog.

Each is made on first use, and their modules imported then: most windows never sync, so a start
without a sync target imports nothing of `gui.sync` but this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from cmtoolbox.gui.context import AppContext

if TYPE_CHECKING:
    from cmtoolbox.gui.sync.dialog import SyncDialog
    from cmtoolbox.gui.sync.indicator import SyncIndicator
    from cmtoolbox.gui.sync.service import SyncService


class WindowSync:
    """`open_record(hit)` shows a conflict's note or draft in its section (the window's routing)."""

    def __init__(
        self, window: QMainWindow, ctx: AppContext, action: QAction, open_record: Callable[[Any], None]
    ) -> None:
        self._window = window
        self._ctx = ctx
        self._action = action
        self._open_record = open_record
        self.service: SyncService | None = None
        self.indicator: SyncIndicator | None = None
        self.dialog: SyncDialog | None = None

    def ensure_service(self) -> SyncService:
        if self.service is None:
            from cmtoolbox.gui.sync.service import SyncService

            self.service = SyncService(self._ctx, self._window)
            self.ensure_indicator().attach(self.service)
        return self.service

    def ensure_indicator(self) -> SyncIndicator:
        """The sync state in the status bar, before the client's name (hidden without a target)."""
        if self.indicator is None:
            from cmtoolbox.gui.sync.indicator import SyncIndicator

            self.indicator = SyncIndicator(self._ctx, self._window)
            self.indicator.shortcut_text = self._action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self._window.statusBar().insertPermanentWidget(0, self.indicator)
            self.indicator.open_requested.connect(lambda conflicts: self.open(conflicts=conflicts))
            self.indicator.refresh()
        return self.indicator

    async def start(self) -> None:
        """At start: when a sync target is set, sync in the background shortly (the first pages
        load first) and then every few minutes."""
        from cmtoolbox.ops import sync as sync_ops

        settings = await self._ctx.runner.read(sync_ops.sync_settings)
        if settings.target:
            self.ensure_service().start(settings.interval_minutes, first_in_ms=10_000)

    def open(self, *, conflicts: bool = False) -> QDialog:
        """File ▸ Sync…: the settings and the conflicts (one dialog per window, opened again)."""
        from cmtoolbox.gui.sync.dialog import SyncDialog

        service = self.ensure_service()
        if self.dialog is None:
            self.dialog = SyncDialog(self._ctx, service, self._window)
            self.dialog.conflicts_view.open_requested.connect(self._open_record)
        self.dialog.show_tab(conflicts=conflicts)
        self._ctx.tasks.spawn(self.dialog.load())
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        if self.indicator is not None:
            self.indicator.show_state()

    def cancel(self) -> None:
        """The window closes: a sync in progress stops at its next step."""
        if self.service is not None:
            self.service.cancel()
