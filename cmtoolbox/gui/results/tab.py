"""What the tabs of the Results section share: they follow the current client and the runner's
changes themselves, retranslate on Qt's `LanguageChange`, and a `lazy` tab reads nothing while it is
hidden (it reloads when next shown); the entry tab, the one shown first, reloads at once.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.storage.changes import Changes


class ResultsTab(QWidget):
    reload_on: ClassVar[tuple[str, ...]] = ()
    lazy: ClassVar[bool] = True

    def __init__(
        self, ctx: AppContext, clients: ClientSwitcher, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.ctx = ctx
        self.clients = clients
        self.client_id: int | None = clients.current.id if clients.current else None
        self._stale = self.lazy

    def follow(self) -> None:
        """Listen to the runner and the client switcher, and write the texts; call at the end of
        `__init__`, once the widgets exist."""
        self.ctx.runner.changed.connect(self.on_changes)
        self.clients.current_changed.connect(self._on_client_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    async def reload(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def _on_client_changed(self, client: object) -> None:
        self.client_id = getattr(client, "id", None)
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.reload_on) and not changes.by(self):
            self.refresh()

    def refresh(self) -> None:
        """Reload now, or for a hidden lazy tab when next shown (`reload` clears `_stale`)."""
        self._stale = self.lazy
        if not self.lazy or self.isVisible():
            self.ctx.tasks.spawn(self.reload())

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.ctx.tasks.spawn(self.reload())
