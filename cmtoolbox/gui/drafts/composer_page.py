"""The Drafts section for now: a quick composer ("Rédaction rapide") per client.

One text per client, written in the shared `PostEditor` with that client's networks, kept in the
client's settings (`composer.text`, `composer.networks`) so nothing typed is lost: saved one second
after the last keystroke, and at once when the client changes, the section is left or the app quits.

Other features add to the same text (the revue de presse "send as post", a feed item sent as a post,
through `storage.composer`). The page follows those writes: with nothing unsaved it shows the new
text at once (one undo step, the cursor stays put); with unsaved typing it saves now, and storage
merges both sides. Every save says which text it started from, so an addition arriving between
two autosaves is merged, never overwritten.

The "Languages" button beside the networks menu chooses the client's spell-check languages
(`storage.spell_languages`), or the application's default.
The "Hashtags" button inserts the default hashtags set on the client's accounts.
"""

from __future__ import annotations

import asyncio
import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QTime, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.text_merge import merge_texts
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.dictionary_dialog import DictionaryDialog
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.page import SectionPage
from cmtoolbox.gui.widgets.hashtags_button import HashtagsButton
from cmtoolbox.gui.widgets.post_editor import PostEditor
from cmtoolbox.gui.widgets.spell_highlighter import to_utf16
from cmtoolbox.gui.widgets.spell_languages_button import SpellLanguagesButton, short_codes
from cmtoolbox.ops import composer as ops
from cmtoolbox.ops import spelling as spelling_ops
from cmtoolbox.storage.changes import Changes, Entity
from cmtoolbox.storage.clients import Client

__all__ = ["AUTOSAVE_MS", "ComposerPage"]

log = logging.getLogger(__name__)
AUTOSAVE_MS = 1000  # after the first unsaved keystroke, however fast the typing goes on


def _common_ends(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and (non-overlapping) common suffix of two texts."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix


class ComposerPage(SectionPage):
    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, parent)
        self._ctx = ctx
        self._clients = clients
        self._client: Client | None = None
        self._loading = False
        self._dirty = False
        self._saving: asyncio.Task | None = None
        self._known: dict[int, str] = {}  # client id -> the text last known to be stored
        self._pull_wanted = False  # another writer's change arrived while a save was on its way
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
            self.tr(
                "Write a post here. The counters show its length for each selected network (“Networks” "
                "button), words underlined in red have suggestions on right-click, and Ctrl+; inserts "
                "an emoji. The text is saved automatically."
            )
        )
        self.editor.text_changed.connect(self._on_text_changed)
        self.editor.networks_changed.connect(self._on_networks_changed)
        self.languages_button = SpellLanguagesButton()
        self.languages_button.choice_changed.connect(self._on_languages_chosen)
        self.editor.add_tool(self.languages_button)
        self.hashtags_button = HashtagsButton(ctx, self.editor)  # the accounts' default hashtags
        self.editor.add_tool(self.hashtags_button)
        self.editor.spelling.languages_changed.connect(self._show_languages)
        self._show_languages()

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
                fill(
                    self.tr(
                        "For %1. One text with its counters for each network, spell check, a preview "
                        "of the “see more” cut and the thread split."
                    ),
                    client.name,
                )
            )

    def _on_client_changed(self, client: Client | None) -> None:
        previous = self._client
        if previous is not None and client is not None and previous.id == client.id:
            self._show_client(client)  # renamed or archived: same text
            return
        self.schedule_save()  # the previous client's text, captured now
        self._show_client(client)
        self.editor.set_client(client.id if client else None)
        self.hashtags_button.set_client(client.id if client else None)
        if client is not None:
            self._ctx.tasks.spawn(self.reload())

    def on_changes(self, changes: Changes) -> None:
        dialog = self.dictionary_dialog
        if changes.touches(Entity.DICTIONARY) and dialog is not None and dialog.isVisible():
            self._ctx.tasks.spawn(dialog.reload())
        if changes.touches(Entity.ACCOUNTS) and self._client is not None:  # an account's character limit
            self._ctx.tasks.spawn(self.reload_limits())
        client = self._client
        if client is not None and client.id in changes.ids_of(Entity.COMPOSER) and not changes.by(self):
            self._ctx.tasks.spawn(self._pull(client.id))  # another section added to the text

    async def reload(self) -> None:
        """Load the current client's text and networks into the editor."""
        client = self._client
        if client is None:
            return
        self.editor.set_client(client.id)
        self.hashtags_button.set_client(client.id)
        self.editor.edit.setReadOnly(True)  # nothing typed before the load may be overwritten by it
        try:
            text, networks = await self._ctx.runner.read(ops.load_composer, client.id)
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
        self._known[client.id] = text
        self._dirty = False
        self.status.setText("")
        await self.reload_limits()

    async def reload_limits(self) -> None:
        """Counters use the limits set on the client's accounts (a Mastodon server's, X Premium)."""
        client = self._client
        if client is None:
            return
        limits = await self._ctx.runner.read(ops.account_limits, client.id)
        if self._client is not None and self._client.id == client.id:
            self.editor.set_limits(limits)

    # -- saving ------------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self._loading or self._client is None:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        if not self._save_timer.isActive():  # a maximum wait, not a debounce: steady typing still saves
            self._save_timer.start()

    def _on_networks_changed(self, networks: list[str]) -> None:
        if self._loading or self._client is None:
            return
        self._ctx.tasks.spawn(
            self._ctx.runner.run(ops.set_networks, self._client.id, list(networks), initiator=self)
        )

    def schedule_save(self) -> asyncio.Task | None:
        """Save now if anything is unsaved; the text and client are captured at call time."""
        self._save_timer.stop()
        if not self._dirty or self._client is None:
            return None
        self._dirty = False
        client_id, text = self._client.id, self.editor.text()
        previous = self._saving if self._save_in_flight() else None
        self.status.setText(self.tr("Saving…"))
        task = self._ctx.tasks.spawn(self._save(client_id, text, previous))
        if task is None:  # no event loop left (shutdown): write synchronously rather than lose it
            base = self._known.get(client_id)
            self._known[client_id] = self._ctx.runner.run_blocking(
                ops.save_text, client_id, text, base, initiator=self
            )
            return None
        self._saving = task
        return task

    def _save_in_flight(self) -> bool:
        return self._saving is not None and not self._saving.done()

    async def _save(self, client_id: int, text: str, previous: asyncio.Task | None) -> None:
        if previous is not None:
            await asyncio.wait([previous])  # one save at a time: each starts from what the last stored
        base = self._known.get(client_id)
        try:
            stored = await self._ctx.runner.run(ops.save_text, client_id, text, base, initiator=self)
        except Exception as exc:
            if self._client is not None and self._client.id == client_id:
                self._dirty = True  # keep trying on the next change
                self.status.setText(self.tr("Not saved"))
            log.exception("saving the composer text failed")
            show_error(self, exc)
            return
        self._known[client_id] = stored
        if not shiboken6.isValid(self.status):
            return  # the page went away while the text was being stored (app exit): nothing to show
        if self._client is not None and self._client.id == client_id:
            self._show_stored(text, stored)
            if not self._dirty:
                self.status.setText(fill(self.tr("Saved at %1"), QTime.currentTime().toString("HH:mm")))
            if self._pull_wanted:
                self._pull_wanted = False
                self._ctx.tasks.spawn(self._pull(client_id))

    # -- other writers -------------------------------------------------------------------------
    async def _pull(self, client_id: int) -> None:
        """The client's stored text was written (by another feature, or by our own save): show what
        others added, without losing anything typed here."""
        if self._save_in_flight():
            self._pull_wanted = True  # the save's answer comes first; look again after it
            return
        stored = await self._ctx.runner.read(ops.stored_text, client_id)
        if self._client is None or self._client.id != client_id or client_id not in self._known:
            return  # another client now, or its text is still loading (the load reads it anyway)
        if self._save_in_flight():
            self._pull_wanted = True
            return
        known = self._known[client_id]
        if stored == known:
            return  # our own write, or nothing new
        if self._dirty:
            self.schedule_save()  # unsaved typing: save now, storage merges both sides
            return
        self._known[client_id] = stored
        self._show_stored(known, stored)
        self.status.setText(self.tr("Text added from another section"))

    def _show_stored(self, base: str, stored: str) -> None:
        """Show the stored text, keeping what was typed since `base` (the text the stored one
        started from)."""
        current = self.editor.text()
        merged = merge_texts(base, current, stored)
        if merged != current:
            self._loading = True
            try:
                self._replace_text(current, merged)
            finally:
                self._loading = False
        if merged != stored and not self._dirty:
            self._dirty = True  # what the merge added to the stored text still needs saving
            self._save_timer.start()

    def _replace_text(self, old: str, new: str) -> None:
        """Turn the editor's `old` text into `new` by replacing only what differs: one undo step,
        and the CM's cursor and selection stay on the same words."""
        prefix, suffix = _common_ends(old, new)
        start, end = to_utf16(old, prefix), to_utf16(old, len(old) - suffix)
        delta = to_utf16(new, len(new) - suffix) - end
        edit = self.editor.edit
        mine = edit.textCursor()
        anchor, position = mine.anchor(), mine.position()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[prefix : len(new) - suffix])

        def moved(pos: int) -> int:
            if pos <= start:
                return pos
            return pos + delta if pos >= end else start

        mine.setPosition(moved(anchor))
        mine.setPosition(moved(position), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(mine)

    # -- spell-check languages ----------------------------------------------------------------
    def _show_languages(self) -> None:
        spelling = self.editor.spelling
        self.languages_button.set_state(spelling.app_languages, spelling.client_choice)
        if spelling.client_choice is None:
            tip = self.tr(
                "Spell check follows the application default (Settings): %1. Choose other "
                "languages for this client here."
            )
            self.languages_button.setToolTip(fill(tip, short_codes(spelling.app_languages)))
        else:
            tip = self.tr("Spell-check languages chosen for this client: %1.")
            codes = short_codes(spelling.client_choice) or self.tr("none (no spell check)")
            self.languages_button.setToolTip(fill(tip, codes))

    def _on_languages_chosen(self, choice: tuple[str, ...] | None) -> None:
        client = self._client
        if client is None:
            return
        self._ctx.tasks.spawn(
            self._ctx.runner.run(spelling_ops.set_client_languages, client.id, choice, initiator=self)
        )

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
