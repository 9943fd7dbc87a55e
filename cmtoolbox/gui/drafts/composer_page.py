"""The Drafts section for now: a quick composer ("Rédaction rapide") per client.

One text per client, written in the shared `PostEditor` with that client's networks, kept in the
client's settings (`composer.text`, `composer.networks`) so nothing typed is lost: saved one second
after the last keystroke, and at once when the client changes, the section is left or the app quits.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.widgets.post_editor import PostEditor
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.dictionary import COMPOSER_NETWORKS_KEY, COMPOSER_TEXT_KEY, DictionaryWord
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.store import Store

__all__ = ["ComposerPage", "DictionaryDialog", "TEXT_KEY", "NETWORKS_KEY"]

log = logging.getLogger(__name__)
TEXT_KEY = COMPOSER_TEXT_KEY
NETWORKS_KEY = COMPOSER_NETWORKS_KEY
AUTOSAVE_MS = 1000
DEFAULT_NETWORKS = ("instagram", "facebook", "linkedin")


def _load(store: Store, client_id: int) -> tuple[str, list[str]]:
    scope = client_scope(client_id)
    text = store.settings.get(TEXT_KEY, "", scope=scope)
    networks = store.settings.get(NETWORKS_KEY, None, scope=scope)
    if not isinstance(networks, list):
        profile = store.settings.get("profile", {}, scope=scope)
        networks = profile.get("networks") if isinstance(profile, dict) else None
    if not isinstance(networks, list) or not networks:
        networks = list(DEFAULT_NETWORKS)
    return (text if isinstance(text, str) else ""), [str(n) for n in networks]


def _store_text(store: Store, client_id: int, text: str) -> None:
    store.settings.set(TEXT_KEY, text, scope=client_scope(client_id))


class ComposerPage(QWidget):
    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clients = clients
        self._client: Client | None = None
        self._loading = False
        self._dirty = False
        self._saving: asyncio.Task | None = None
        self.dictionary_dialog: DictionaryDialog | None = None

        self.empty = EmptyState(
            icon("drafts"),
            self.tr("No client selected"),
            self.tr("Create or choose a client in the sidebar to write posts for them."),
        )

        self.title = QLabel(self.tr("Quick composer"))
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)

        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("composerCopy")
        self.copy_button.setToolTip(self.tr("Copy the whole text to the clipboard"))
        self.copy_button.clicked.connect(self.copy_text)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("composerClear")
        self.clear_button.setToolTip(self.tr("Empty the text (Ctrl+Z brings it back)"))
        self.clear_button.clicked.connect(self.clear_text)
        self.dictionary_button = QPushButton(self.tr("Dictionary…"))
        self.dictionary_button.setObjectName("composerDictionary")
        self.dictionary_button.setToolTip(self.tr("Words you added to the spell checker"))
        self.dictionary_button.clicked.connect(self.open_dictionary)
        self.status = QLabel()
        self.status.setObjectName("composerStatus")

        self.editor = PostEditor(ctx)
        self.editor.edit.setPlaceholderText(
            self.tr("Write a post here. The counters show its length for each selected network (“Networks” "
                    "button), words underlined in red have suggestions on right-click, and Ctrl+; inserts "
                    "an emoji. The text is saved automatically.")
        )
        self.editor.text_changed.connect(self._on_text_changed)
        self.editor.networks_changed.connect(self._on_networks_changed)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addWidget(self.dictionary_button)
        header.addWidget(self.clear_button)
        header.addWidget(self.copy_button)
        composer = QWidget()
        column = QVBoxLayout(composer)
        column.addLayout(header)
        column.addWidget(self.subtitle)
        column.addWidget(self.editor, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(composer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.schedule_save)

        clients.current_changed.connect(self._on_client_changed)
        ctx.runner.changed.connect(self._on_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.schedule_save)
        self._show_client(clients.current)
        if clients.current is not None:
            ctx.tasks.spawn(self.reload())

    # -- client ------------------------------------------------------------------------------
    @property
    def client(self) -> Client | None:
        return self._client

    def _show_client(self, client: Client | None) -> None:
        self._client = client
        self.stack.setCurrentIndex(0 if client is None else 1)
        if client is not None:
            self.subtitle.setText(
                self.tr("For %1. One text with its counters for each network, spell check, a preview of "
                        "the “see more” cut and the thread split.").replace("%1", client.name)
            )

    def _on_client_changed(self, client: Client | None) -> None:
        previous = self._client
        if previous is not None and client is not None and previous.id == client.id:
            self._show_client(client)  # renamed or archived: same text
            return
        self.schedule_save()  # the previous client's text, captured now
        self._show_client(client)
        self.editor.set_client(client.id if client else None)
        if client is not None:
            self._ctx.tasks.spawn(self.reload())

    def _on_changed(self, changes: Changes) -> None:
        dialog = self.dictionary_dialog
        if changes.touches("dictionary") and dialog is not None and dialog.isVisible():
            self._ctx.tasks.spawn(dialog.reload())

    async def reload(self) -> None:
        """Load the current client's text and networks into the editor."""
        client = self._client
        if client is None:
            return
        self.editor.set_client(client.id)
        self.editor.edit.setReadOnly(True)  # nothing typed before the load may be overwritten by it
        try:
            text, networks = await self._ctx.runner.query(lambda s: _load(s, client.id))
        finally:
            self.editor.edit.setReadOnly(False)
        if self._client is None or self._client.id != client.id:
            return  # the user switched again meanwhile
        self._loading = True
        try:
            self.editor.set_networks(networks)
            self.editor.set_text(text)
        finally:
            self._loading = False
        self._dirty = False
        self.status.setText("")

    # -- saving ------------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self._loading or self._client is None:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._save_timer.start()

    def _on_networks_changed(self, networks: list[str]) -> None:
        if self._loading or self._client is None:
            return
        client_id = self._client.id
        chosen = list(networks)
        scope = client_scope(client_id)
        self._ctx.tasks.spawn(
            self._ctx.runner.mutate(lambda s: s.settings.set(NETWORKS_KEY, chosen, scope=scope))
        )

    def schedule_save(self) -> asyncio.Task | None:
        """Save now if anything is unsaved; the text and client are captured at call time."""
        self._save_timer.stop()
        if not self._dirty or self._client is None:
            return None
        self._dirty = False
        client_id, text = self._client.id, self.editor.text()
        self.status.setText(self.tr("Saving…"))
        try:
            self._saving = self._ctx.tasks.spawn(self._save(client_id, text))
        except RuntimeError:  # no event loop left (shutdown): write synchronously rather than lose it
            self._ctx.runner.call_blocking(lambda s: _store_text(s, client_id, text))
            return None
        return self._saving

    async def _save(self, client_id: int, text: str) -> None:
        try:
            await self._ctx.runner.mutate(lambda s: _store_text(s, client_id, text))
        except Exception as exc:
            if self._client is not None and self._client.id == client_id:
                self._dirty = True  # keep trying on the next change
                self.status.setText(self.tr("Not saved"))
            log.exception("saving the composer text failed")
            show_error(self, exc)
            return
        if self._client is not None and self._client.id == client_id and not self._dirty:
            self.status.setText(self.tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm")))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.schedule_save()  # leaving the section or closing the window
        super().hideEvent(event)

    # -- actions -----------------------------------------------------------------------------
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.text())
        self.status.setText(self.tr("Copied to the clipboard"))

    def clear_text(self) -> None:
        cursor = QTextCursor(self.editor.edit.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()  # one undo step: Ctrl+Z restores the text
        self.editor.edit.setFocus()

    def open_dictionary(self) -> DictionaryDialog:
        if self.dictionary_dialog is None:
            self.dictionary_dialog = DictionaryDialog(self._ctx, self)
        self.dictionary_dialog.set_client(self._client)
        self._ctx.tasks.spawn(self.dictionary_dialog.reload())
        self.dictionary_dialog.open()
        return self.dictionary_dialog


class DictionaryDialog(QDialog):
    """The personal dictionary of the current client (and of every client), to remove a word added by
    mistake."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client: Client | None = None
        self.setWindowTitle(self.tr("Personal dictionary"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.words = QListWidget()
        self.words.setObjectName("dictionaryWords")
        self.words.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.words.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("dictionaryRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.words, 1)
        layout.addWidget(buttons)
        self.resize(420, 380)
        self._update_buttons()

    def set_client(self, client: Client | None) -> None:
        self._client = client
        if client is None:
            self.intro.setText(self.tr("Words the spell checker accepts for every client."))
        else:
            self.intro.setText(
                self.tr("Words the spell checker accepts for %1, and for every client. Add words from the "
                        "editor: right-click an underlined word.").replace("%1", client.name)
            )

    async def reload(self) -> None:
        client_id = self._client.id if self._client else None
        entries = await self._ctx.runner.query(lambda s: s.dictionary.list(client_id=client_id))
        self.words.clear()
        for entry in entries:
            label = entry.word
            if entry.is_global:
                label = self.tr("%1 (every client)").replace("%1", entry.word)
            if entry.kind == "ignored":
                label = self.tr("%1 (ignored)").replace("%1", label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.words.addItem(item)
        if not entries:
            item = QListWidgetItem(self.tr("No words yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.words.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.words.selectedItems()))

    def remove_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.words.selectedItems()]
        ids = [i for i in ids if i is not None]
        if ids:
            self._ctx.tasks.spawn(self._remove(ids))

    async def _remove(self, ids: list[int]) -> list[DictionaryWord]:
        def remove(store: Store) -> list[DictionaryWord]:
            with store.db.atomic():
                return [store.dictionary.remove(i) for i in ids]

        removed = await self._ctx.runner.mutate(remove)
        await self.reload()
        return removed
