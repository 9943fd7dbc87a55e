"""The client switcher: pick, create, rename and archive clients.

Everything else in the window is scoped by the client chosen here; the choice is remembered in the
database settings so the app reopens on the same client.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.ops import clients as ops
from cmtoolbox.storage.changes import Changes, Entity
from cmtoolbox.storage.clients import MAX_NAME_LENGTH, Client


class ClientSwitcher(QWidget):
    """Combo box of active clients plus a menu of client actions."""

    current_changed = Signal(object)  # Client | None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clients: list[Client] = []
        self._current: Client | None = None
        self._show_archived = False
        self._loading = Filling()
        # Features owning per-client data ask their own question before an archive (accounts:
        # keep or delete the client's passwords); a guard returning False cancels the archive.
        self._archive_guards: list[Callable[[Client], Awaitable[bool]]] = []

        self.combo = QComboBox()
        self.combo.setObjectName("clientCombo")
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMinimumContentsLength(14)
        self.combo.currentIndexChanged.connect(self._on_index_changed)

        self.new_action = QAction(icon("client"), "", self)  # texts: retranslate_ui
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.ask_new_client)
        self.rename_action = QAction(self)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.rename_action.triggered.connect(self.ask_rename_client)
        self.archive_action = QAction(self)
        self.archive_action.triggered.connect(self.toggle_archive)
        self.show_archived_action = QAction(self)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.toggled.connect(self._on_show_archived)

        self.menu = QMenu(self)
        for action in (self.new_action, self.rename_action, self.archive_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.show_archived_action)

        self.menu_button = QToolButton()
        self.menu_button.setObjectName("clientMenuButton")
        self.menu_button.setText("⋯")
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.menu_button)
        self.retranslate_ui()
        ctx.runner.changed.connect(self._on_changed)

    def retranslate_ui(self) -> None:
        """Every fixed text, in the current language: at start and when the language changes."""
        self.combo.setAccessibleName(self.tr("Current client"))
        self.combo.setToolTip(self.tr("Current client (Ctrl+Shift+C)"))
        self.new_action.setText(self.tr("&New client…"))
        self.rename_action.setText(self.tr("&Rename client…"))
        self.show_archived_action.setText(self.tr("Show &archived clients"))
        self.menu.setTitle(self.tr("&Clients"))
        self.menu_button.setAccessibleName(self.tr("Client actions"))
        self.menu_button.setToolTip(self.tr("Client actions"))
        self._update_actions()  # the archive action's text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # -- state -------------------------------------------------------------------------------
    @property
    def current(self) -> Client | None:
        return self._current

    @property
    def clients(self) -> list[Client]:
        return list(self._clients)

    async def reload(self) -> None:
        clients = await self._ctx.runner.read(ops.list_clients, include_archived=self._show_archived)
        remembered = await self._ctx.runner.read(ops.remembered_client)
        wanted = self._current.id if self._current else remembered
        self._set_clients(clients, wanted)

    def _set_clients(self, clients: list[Client], wanted_id: int | None) -> None:
        with self._loading:
            self._clients = clients
            self.combo.clear()
            for client in clients:
                label = (
                    client.name
                    if not client.archived
                    else fill(self.tr("%1 (archived)"), client.name)
                )
                self.combo.addItem(label, client.id)
            index = self.combo.findData(wanted_id) if wanted_id is not None else -1
            if index < 0 and clients:
                index = 0
            self.combo.setCurrentIndex(index)
            self.combo.setEnabled(bool(clients))
            if not clients:
                self.combo.setPlaceholderText(self.tr("No client yet"))
        self._adopt(clients[index] if index >= 0 else None)

    def _adopt(self, client: Client | None) -> None:
        previous = self._current
        self._current = client
        self._update_actions()
        if (previous.id if previous else None) != (client.id if client else None) or previous != client:
            self.current_changed.emit(client)
        if client is not None and (previous is None or previous.id != client.id):
            self._ctx.tasks.spawn(self._ctx.runner.run(ops.remember_client, client.id, initiator=self))

    def _on_index_changed(self, index: int) -> None:
        if self._loading or index < 0 or index >= len(self._clients):
            return
        self._adopt(self._clients[index])

    def select(self, client_id: int) -> None:
        index = self.combo.findData(client_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Entity.CLIENTS) and not changes.by(self):  # our own writes reload already
            self._ctx.tasks.spawn(self.reload())

    def _on_show_archived(self, checked: bool) -> None:
        self._show_archived = checked
        self._ctx.tasks.spawn(self.reload())

    def _update_actions(self) -> None:
        has = self._current is not None
        self.rename_action.setEnabled(has)
        self.archive_action.setEnabled(has)
        if has and self._current.archived:  # type: ignore[union-attr]
            self.archive_action.setText(self.tr("Un&archive client"))
        else:
            self.archive_action.setText(self.tr("&Archive client"))

    # -- actions -----------------------------------------------------------------------------
    # Dialogs are awaited (gui/dialogs.ask), never exec()'d: a nested event loop would let other
    # background tasks step outside the asyncio loop.
    async def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        line = dialog.findChild(QLineEdit)
        if line is not None:
            line.setMaxLength(MAX_NAME_LENGTH)
        if await ask(dialog) != QInputDialog.DialogCode.Accepted.value:
            return None
        name = dialog.textValue().strip()
        return name or None

    def ask_new_client(self) -> None:
        self._ctx.tasks.spawn(self._new_client_flow())

    async def _new_client_flow(self) -> Client | None:
        name = await self._ask_name(self.tr("New client"), self.tr("Client name:"))
        return await self.create_client(name) if name else None

    def ask_rename_client(self) -> None:
        if self._current is not None:
            self._ctx.tasks.spawn(self._rename_flow(self._current))

    async def _rename_flow(self, client: Client) -> Client | None:
        name = await self._ask_name(self.tr("Rename client"), self.tr("New name:"), client.name)
        if not name or name == client.name:
            return None
        return await self.rename_client(client.id, name)

    def toggle_archive(self) -> None:
        if self._current is not None:
            self._ctx.tasks.spawn(self._archive_flow(self._current))

    async def _archive_flow(self, client: Client) -> Client | None:
        if not client.archived:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Archive client"),
                fill(self.tr(
                    "Archive “%1”? Its notes, sources and drafts are kept; the client is hidden from "
                    "the list until you show archived clients."
                ), client.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            if await ask(box) != QMessageBox.StandardButton.Yes.value:
                return None
        return await self._guarded_set_archived(client, not client.archived)

    def add_archive_guard(self, guard: Callable[[Client], Awaitable[bool]]) -> None:
        self._archive_guards.append(guard)

    async def _guarded_set_archived(self, client: Client, archived: bool) -> Client | None:
        for guard in self._archive_guards if archived else []:
            if not await guard(client):
                return None
        return await self.set_archived(client.id, archived)

    async def create_client(self, name: str) -> Client:
        client = await self._ctx.runner.run(ops.create_client, name, initiator=self)
        await self.reload()
        self.select(client.id)
        return client

    async def rename_client(self, client_id: int, name: str) -> Client:
        client = await self._ctx.runner.run(
            ops.rename_client, client_id, name, initiator=self, undo_label=self.tr("Client renamed")
        )
        await self.reload()
        return client

    async def set_archived(self, client_id: int, archived: bool) -> Client:
        if archived and self._current is not None and self._current.id == client_id:
            self._current = None  # let reload pick the next active client
        label = self.tr("Client archived") if archived else self.tr("Client unarchived")
        client = await self._ctx.runner.run(
            ops.set_archived, client_id, archived, initiator=self, undo_label=label
        )
        await self.reload()
        return client
