"""The Sync dialog: Settings ▸ Sync (settings, sync now, last result) and the conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sync.conflicts import SyncConflictsView
from cmtoolbox.gui.sync.service import SyncService
from cmtoolbox.gui.sync.settings_page import SyncSettingsPage


class SyncDialog(QDialog):
    def __init__(self, ctx: AppContext, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Sync"))
        self.resize(720, 640)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.settings_page = SyncSettingsPage(ctx, service, self.tabs)
        self.conflicts_view = SyncConflictsView(ctx, self.tabs)
        self.tabs.addTab(self.settings_page, self.tr("Settings"))
        self.tabs.addTab(self.conflicts_view, self.tr("Conflicts"))
        self.conflicts_view.count_changed.connect(self._count_conflicts)
        # Open shows the record in the window: this dialog makes way (the status bar's conflict
        # count brings it back).
        self.conflicts_view.open_requested.connect(lambda _hit: self.accept())
        self._service = service
        self.settings_page.saved.connect(self._schedule)
        service.finished.connect(self._on_sync_finished)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    async def load(self) -> None:
        await self.settings_page.load()
        await self.conflicts_view.load()

    def show_tab(self, *, conflicts: bool = False) -> None:
        self.tabs.setCurrentWidget(self.conflicts_view if conflicts else self.settings_page)

    def _on_sync_finished(self, _summary: object) -> None:
        self._ctx.tasks.spawn(self.conflicts_view.load())

    def _schedule(self) -> None:
        """Once a target is set, sync every few minutes in the background (and now)."""
        settings = self.settings_page.chosen_settings()
        if settings.target:
            self._service.start(settings.interval_minutes, now=False)
        else:
            self._service.stop()

    def _count_conflicts(self, count: int) -> None:
        label = fill(self.tr("Conflicts (%1)"), str(count)) if count else self.tr("Conflicts")
        self.tabs.setTabText(1, label)
