"""The Accounts page: the current client's accounts on the left, the editor on the right.

It is the controller between the widgets, the database (through `ctx.runner`) and the keyring
(through `SecretVault`, off the UI thread). Saving writes new secret values to the keyring first
and then the references to the database, so the database never holds a value; references left
behind by a failed save or a removed secret are queued and deleted from the keyring here.

Deleting moves an account to the trash with Undo; its secrets stay in the keyring so that
restoring it gives them back. "Delete permanently" (from the trash view) removes them from the
keyring too, after a confirmation that says so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core import networks, passwords
from cmtoolbox.credentials.base import SecretStoreUnavailable
from cmtoolbox.gui.accounts.editor import AccountEditor, network_label
from cmtoolbox.gui.accounts.generator_dialog import PasswordGeneratorDialog
from cmtoolbox.gui.accounts.keyring_banner import KeyringBanner
from cmtoolbox.gui.accounts.saving import SavePlan, needs_save, plan_save
from cmtoolbox.gui.accounts.secret_row import SecretRow
from cmtoolbox.gui.accounts.vault import KeyringStatus, SecretVault
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.errors import describe
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.secure_clipboard import SecureClipboard
from cmtoolbox.storage.accounts import Account
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.store import Store

log = logging.getLogger(__name__)
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_MS = 12_000
LIST_COLUMNS = 3
# Closing waits this long for the keyring (time enough to type the password of an unlock prompt);
# past it the main window offers to close anyway rather than freeze.
CLOSE_KEYRING_TIMEOUT_S = 60.0


class AccountNotSaved(Exception):
    """Saving before the window closes failed; the message is a sentence for the user."""


def _inside_task() -> bool:
    try:
        return asyncio.current_task() is not None
    except RuntimeError:  # no running loop
        return False


def _save(store: Store, plan: SavePlan) -> Account:
    return store.accounts.save(plan.client_id, plan.fields, plan.specs, account_id=plan.account_id)


class AccountsPage(QWidget):
    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clients = clients
        self.vault = SecretVault(ctx.secrets)
        self.clipboard = SecureClipboard(self)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.keyring: KeyringStatus | None = None
        self._client: Client | None = clients.current
        self._accounts: list[Account] = []
        self._show_trash = False
        self._purge_lock = asyncio.Lock()
        self._undo: Callable[[], None] | None = None
        self.generator: PasswordGeneratorDialog | None = None

        # -- header ---------------------------------------------------------------------------
        self.heading = QLabel(self.tr("Accounts"))
        self.heading.setObjectName("accountsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.new_button = QPushButton(icon("accounts"), self.tr("&New account"))
        self.new_button.setObjectName("newAccountButton")
        self.new_button.setToolTip(self.tr("New account (Ctrl+N)"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("accountsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter accounts (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(200)
        self.filter_edit.setMaximumWidth(280)
        self.trash_check = QCheckBox(self.tr("Show the &trash"))
        self.trash_check.setObjectName("accountsTrashCheck")
        self.export_button = QPushButton(self.tr("E&xport list…"))
        self.export_button.setObjectName("exportAccountsButton")
        self.export_button.setToolTip(
            self.tr("Save the list of accounts as a CSV file, for a hand-over. Passwords are never included.")
        )
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.filter_edit)
        header.addWidget(self.trash_check)
        header.addWidget(self.export_button)
        header.addWidget(self.new_button)

        self.banner = KeyringBanner()
        self.banner.hide()

        # -- list -----------------------------------------------------------------------------
        self.list = QTreeWidget()
        self.list.setObjectName("accountsList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Account"), self.tr("Network"), self.tr("Secrets")])
        header_view = self.list.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header_view.resizeSection(2, 120)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(self.tr("Accounts of the current client"))
        self.list_empty = QLabel()
        self.list_empty.setObjectName("accountsListEmpty")
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setWordWrap(True)
        self.list_empty.setEnabled(False)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.list_empty)

        # -- editor ---------------------------------------------------------------------------
        self.editor = AccountEditor()
        self.editor.setObjectName("accountEditor")
        self.editor_hint = QLabel()
        self.editor_hint.setObjectName("accountEditorHint")
        self.editor_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_hint.setWordWrap(True)
        self.editor_hint.setEnabled(False)
        self.editor_hint.setMargin(24)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.editor_hint)
        self.editor_stack.addWidget(self.editor)

        self.splitter = QSplitter()
        self.splitter.setObjectName("accountsSplitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([430, 600])

        # -- status line with undo ------------------------------------------------------------
        self.status = QLabel()
        self.status.setObjectName("accountsStatus")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("accountsUndo")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._on_undo)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self._clear_status)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(status_row)
        self.no_client = EmptyState(
            icon("client"), self.tr("No client selected"),
            self.tr("Create or choose a client to record their social accounts."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.no_client)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # -- wiring ---------------------------------------------------------------------------
        self.new_button.clicked.connect(self.new_account)
        self.export_button.clicked.connect(self.ask_export)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.trash_check.toggled.connect(self._on_trash_toggled)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.editor.save_requested.connect(lambda: self.ctx.tasks.spawn(self.save_current()))
        self.editor.revert_requested.connect(self.revert)
        self.editor.delete_requested.connect(lambda: self.ctx.tasks.spawn(self.delete_current()))
        self.editor.restore_requested.connect(lambda: self.ctx.tasks.spawn(self.restore_current()))
        self.editor.purge_requested.connect(lambda: self.ctx.tasks.spawn(self.purge_current()))
        self.editor.open_login_requested.connect(self.open_login_page)
        self.editor.open_profile_requested.connect(self.open_profile)
        self.editor.copy_login_requested.connect(self.copy_login)
        self.editor.reveal_requested.connect(lambda row: self.ctx.tasks.spawn(self.reveal_secret(row)))
        self.editor.copy_requested.connect(lambda row: self.ctx.tasks.spawn(self.copy_secret(row)))
        self.editor.generate_requested.connect(self.generate_for)
        self.editor.dirty_changed.connect(lambda _d: self._update_heading())
        self.clipboard.copied.connect(self._on_copied)
        self.clipboard.cleared.connect(self._on_clipboard_cleared)
        self._shortcuts()
        clients.current_changed.connect(self._on_client_changed)
        ctx.runner.changed.connect(self._on_changes)
        clients.add_archive_guard(self.before_archive)
        self.destroyed.connect(self.vault.close)
        self.stack.setCurrentIndex(0 if self._client is None else 1)

    def _shortcuts(self) -> None:
        def add(keys: QKeySequence | str, slot: Callable[[], object], parent: QWidget | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> None:
            shortcut = QShortcut(QKeySequence(keys), parent or self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

        add(QKeySequence.StandardKey.New, self.new_account)
        add(QKeySequence.StandardKey.Save, lambda: self.ctx.tasks.spawn(self.save_current()))
        add(QKeySequence.StandardKey.Find, self._focus_filter)
        add("Ctrl+B", self.copy_login)
        add("Ctrl+U", self.open_login_page)
        add(QKeySequence.StandardKey.Copy, self.copy_selected_password, self.list,
            Qt.ShortcutContext.WidgetShortcut)
        add(QKeySequence.StandardKey.Delete, lambda: self.ctx.tasks.spawn(self.delete_current()), self.list,
            Qt.ShortcutContext.WidgetShortcut)

    # -- loading -----------------------------------------------------------------------------
    @property
    def client(self) -> Client | None:
        return self._client

    @property
    def accounts(self) -> list[Account]:
        return list(self._accounts)

    async def reload(self, select_id: int | None = None) -> None:
        if self.keyring is None:
            self.keyring = await self.vault.status()
            self._apply_keyring()
            # Read the passphrase word list now, off the UI thread, so the generator opens instantly.
            await asyncio.get_event_loop().run_in_executor(None, passwords.word_list)
        client = self._client
        self.stack.setCurrentIndex(0 if client is None else 1)
        if client is None:
            self._accounts = []
            self.list.clear()
            self.editor.load(None, None)
            self.editor_stack.setCurrentWidget(self.editor_hint)
            return
        trash = self._show_trash
        accounts = await self.ctx.runner.query(lambda s: s.accounts.list(client.id, deleted=trash))
        if client is not self._client or trash != self._show_trash:
            return  # the client or the view changed meanwhile: a newer reload follows
        self._accounts = accounts
        self._fill_list(select_id)
        self._update_heading()
        await self.drain_secret_queue()

    def _fill_list(self, select_id: int | None) -> None:
        wanted = select_id
        if wanted is None and self.editor.account is not None:
            wanted = self.editor.account.id
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for account in self._accounts:
                item = QTreeWidgetItem([
                    account.title,
                    network_label(account.network),
                    ", ".join(slot.label for slot in account.secrets) or "—",
                ])
                item.setData(0, ACCOUNT_ID_ROLE, account.id)
                item.setToolTip(2, item.text(2))
                details = (account.display_name, account.login, account.effective_profile_url() or "")
                item.setToolTip(0, "\n".join(x for x in details if x))
                if account.deleted:
                    font = item.font(0)
                    font.setItalic(True)
                    for column in range(LIST_COLUMNS):
                        item.setFont(column, font)
                self.list.addTopLevelItem(item)
            self._apply_filter(self.filter_edit.text())
            target = self._item_for(wanted) if wanted is not None else None
            if target is None and not self.editor.is_new:
                target = next((self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())
                               if not self.list.topLevelItem(i).isHidden()), None)
            if target is not None:
                self.list.setCurrentItem(target)
        finally:
            self.list.blockSignals(False)
        self._update_list_empty()
        self._update_editor_hint()
        self._sync_editor()

    def _sync_editor(self) -> None:
        """Show the current item in the editor, unless the user is editing (then keep their text)."""
        if self.editor.is_dirty():
            return
        if self.editor.is_new and self.editor.client_id == (self._client.id if self._client else None):
            if not self._show_trash:
                return  # an untouched new account form stays open
        account = self._current_account()
        if account is None:
            self.editor.load(None, None)
            self.editor_stack.setCurrentWidget(self.editor_hint)
            return
        if self.editor.account != account:
            self.editor.load(account, account.client_id)
        self.editor.set_trash_mode(account.deleted)
        self.editor_stack.setCurrentWidget(self.editor)

    def _update_list_empty(self) -> None:
        visible = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())
                   if not self.list.topLevelItem(i).isHidden()]
        if visible:
            self.list_stack.setCurrentWidget(self.list)
            return
        name = self._client.name if self._client else ""
        if self._show_trash:
            text = self.tr("The trash holds no accounts of %1.").replace("%1", name)
        elif self._accounts:
            text = self.tr("No account matches the filter.")
        else:
            text = self.tr("No accounts yet for %1.\nAdd one with New account (Ctrl+N).").replace("%1", name)
        self.list_empty.setText(text)
        self.list_stack.setCurrentWidget(self.list_empty)

    def _update_editor_hint(self) -> None:
        if self._show_trash:
            text = self.tr("Choose a deleted account to restore it, or to delete it permanently with its "
                           "passwords.")
        else:
            text = self.tr("Choose an account in the list, or add the client’s Instagram, Facebook, "
                           "LinkedIn… with New account.")
        self.editor_hint.setText(text)

    def _update_heading(self) -> None:
        name = self._client.name if self._client else ""
        text = self.tr("Accounts of %1").replace("%1", name) if name else self.tr("Accounts")
        if self._show_trash:
            text = self.tr("Trash: accounts of %1").replace("%1", name)
        self.heading.setText(text)

    def _item_for(self, account_id: int) -> QTreeWidgetItem | None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, ACCOUNT_ID_ROLE) == account_id:
                return item
        return None

    def _current_account(self) -> Account | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        account_id = item.data(0, ACCOUNT_ID_ROLE)
        return next((a for a in self._accounts if a.id == account_id), None)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            haystack = " ".join([*(item.text(c) for c in range(LIST_COLUMNS)), item.toolTip(0)]).casefold()
            item.setHidden(bool(needle) and needle not in haystack)
        self._update_list_empty()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _apply_keyring(self) -> None:
        status = self.keyring
        available = bool(status and status.available)
        self.banner.setVisible(not available)
        self.banner.set_backend(status.backend if status else "")
        self.editor.set_keyring_available(available)

    # -- reacting ----------------------------------------------------------------------------
    def _on_client_changed(self, client: Client | None) -> None:
        same = (client.id if client else None) == (self._client.id if self._client else None)
        if self.editor.is_dirty() and not same:  # same: renamed, nothing to leave
            self.ctx.tasks.spawn(self._leave_dirty_then(
                lambda: self._adopt_client(client), cancelled=self._back_to_own_client
            ))
        else:
            self._adopt_client(client)

    def _back_to_own_client(self) -> None:
        """The user kept editing: the whole window goes back to the client of that account."""
        if self._client is not None:
            self.clients.select(self._client.id)

    def _adopt_client(self, client: Client | None) -> None:
        if (client.id if client else None) != (self._client.id if self._client else None):
            self.editor.load(None, None)
            self.clipboard.clear_now()
        self._client = client
        self._update_heading()
        self.ctx.tasks.spawn(self.reload())

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("accounts") or changes.touches("trash") or changes.touches("clients"):
            self.ctx.tasks.spawn(self.reload())

    def _on_trash_toggled(self, checked: bool) -> None:
        if self.editor.is_dirty():
            self.trash_check.blockSignals(True)
            self.trash_check.setChecked(not checked)
            self.trash_check.blockSignals(False)
            self.ctx.tasks.spawn(self._leave_dirty_then(lambda: self.trash_check.setChecked(checked)))
            return
        self._show_trash = checked
        self.new_button.setEnabled(not checked)
        self.editor.load(None, None)
        self._update_heading()
        self.ctx.tasks.spawn(self.reload())

    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if self.editor.is_dirty():
            target = current.data(0, ACCOUNT_ID_ROLE) if current is not None else None
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            self.ctx.tasks.spawn(self._leave_dirty_then(lambda: self._select(target)))
            return
        self.editor.load(None, None)
        self._sync_editor()

    def _select(self, account_id: int | None) -> None:
        item = self._item_for(account_id) if account_id is not None else None
        if item is not None:
            self.list.setCurrentItem(item)

    async def _leave_dirty_then(
        self, then: Callable[[], object], *, cancelled: Callable[[], object] | None = None
    ) -> None:
        """Unsaved changes: ask to save or discard them (or cancel), then do `then`.

        `cancelled` runs when the user keeps editing instead (Cancel, or a save that was refused or
        failed), so a caller whose action already happened elsewhere can undo it."""
        box = self._unsaved_question(self.tr("Save changes to account “%1”?"))
        answer = await ask(box)
        proceed = False
        try:
            if answer == QMessageBox.StandardButton.Discard.value:
                proceed = True
            elif answer == QMessageBox.StandardButton.Save.value:
                # None: refused, the problem is shown in the editor and the user's text is still there.
                proceed = await self.save_current() is not None
        finally:
            if not proceed and cancelled is not None:
                cancelled()
        if proceed:
            self.editor.load(None, None)  # saved, or discarded
            then()

    def _unsaved_question(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          text.replace("%1", self._editing_title()), parent=self.window())
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setInformativeText(self.tr("Your changes will be lost if you don’t save them."))
        # Qt's own wording for Discard reads oddly in some languages ("Ne pas tenir compte").
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Do&n’t save"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box

    def _editing_title(self) -> str:
        """The account as the editor shows it now ("Mastodon · @boulangerie@piaille.fr")."""
        fields = self.editor.fields()
        handle = networks.display_handle(fields.network, fields.handle.strip())
        title = handle or fields.display_name.strip() or fields.login.strip() or self.tr("new account")
        return f"{network_label(fields.network)} · {title}"

    # -- closing the window --------------------------------------------------------------------
    def flush(self) -> bool:
        """The main window calls this on every close path (window close, Ctrl+Q, File > Quit).

        Unsaved edits in the editor get a question: Save writes the secrets to the keyring, then
        the account to the database, and waits for both (on their own threads) before the window
        closes; Discard lets it close; Cancel returns False, which keeps the window open on this
        page. A failure raises `AccountNotSaved` with a readable sentence: the main window then
        offers to close anyway.
        """
        if not self.editor.is_dirty():
            return True
        scripted = _inside_task()
        if scripted:
            # Closed from a coroutine (a scripted session): a modal question would run a nested
            # event loop inside a task and re-enter asyncio, so take the default answer, Save.
            answer = QMessageBox.StandardButton.Save
        else:
            box = self._unsaved_question(self.tr("Save changes to account “%1” before closing?"))
            box.exec()
            answer = box.standardButton(box.clickedButton()) if box.clickedButton() else \
                QMessageBox.StandardButton.Cancel
            box.deleteLater()
        if answer == QMessageBox.StandardButton.Discard:
            return True
        if answer != QMessageBox.StandardButton.Save:
            self._bring_forward()
            return False
        try:
            saved = self.save_blocking()
        except Exception as exc:
            if isinstance(exc, SecretStoreUnavailable):
                self.editor.show_problem(self._keyring_problem())
            self._bring_forward()
            raise AccountNotSaved(describe(exc)) from exc
        if saved is None:  # refused: the editor says why
            self._bring_forward()
            return False if scripted else self._close_without_saving()
        return True

    def _close_without_saving(self) -> bool:
        """The account cannot be saved as it is: close anyway (losing the changes), or go and fix it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"),
                          self.tr("“%1” cannot be saved as it is.").replace("%1", self._editing_title()),
                          parent=self.window())
        advice = self.tr("Correct it and save, or close and lose these changes.")
        box.setInformativeText(f"{self.editor.problem.text()}\n\n{advice}")
        close = box.addButton(self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is close

    def _bring_forward(self) -> None:
        """Show this page in the main window, so the account being edited is in front of the user."""
        show_section = getattr(self.window(), "show_section", None)
        if callable(show_section):
            show_section("accounts")

    # -- editing -----------------------------------------------------------------------------
    def new_account(self) -> None:
        if self._client is None or self._show_trash:
            return
        if self.editor.is_dirty():
            self.ctx.tasks.spawn(self._leave_dirty_then(self.new_account))
            return
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)  # type: ignore[arg-type]
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.editor.load(None, self._client.id)
        self.editor.set_trash_mode(False)
        self.editor_stack.setCurrentWidget(self.editor)
        self.editor.handle_edit.setFocus()

    def revert(self) -> None:
        self.editor.load(self.editor.account, self.editor.client_id)

    def _describe_invalid(self, exc: InvalidValue) -> str:
        messages = {
            ("handle", "empty"): self.tr("Enter at least a handle, a display name or a login."),
            ("handle", "spaces"): self.tr("A handle cannot contain spaces."),
            ("handle", "duplicate"): self.tr("This client already has this account on this network."),
            ("profile_url", "bad_url"): self.tr("The profile address is not a valid web address."),
            ("default_hashtags", "too_many"): self.tr("Too many default hashtags (30 at most)."),
            ("secret_label", "empty"): self.tr("Every password or token needs a name."),
            ("secret_label", "duplicate"): self.tr("Two secrets of this account have the same name."),
            ("secret_label", "too_long"): self.tr("A secret name is too long."),
            ("secrets", "too_many"): self.tr("Too many secrets for one account."),
        }
        return messages.get((exc.field, exc.reason), self.tr("This value is not valid."))

    async def save_current(self) -> Account | None:
        """Save the editor: secret values to the keyring first, then the rest to the database."""
        editor = self.editor
        if not needs_save(editor):
            return editor.account
        plan = self._plan_or_explain()
        if plan is None:
            return None
        written_new: list[str] = []
        try:
            for ref, value in plan.writes:
                await self.vault.set(ref, value)
                if ref in plan.new_refs:
                    written_new.append(ref)
            account = await self.ctx.runner.mutate(lambda s: _save(s, plan))
        except InvalidValue as exc:
            await self._forget_refs(written_new)
            editor.show_problem(self._describe_invalid(exc), exc.field)
            return None
        except SecretStoreUnavailable:
            await self._forget_refs(written_new)
            await self.recheck_keyring()  # gone for good (banner), or a dismissed unlock prompt
            if self.editor is editor:
                editor.show_problem(self._keyring_problem())
            raise
        except BaseException:
            await self._forget_refs(written_new)
            raise
        if plan.writes and not (self.keyring and self.keyring.available):
            await self.recheck_keyring()  # it answered again: lift the banner
        self._after_save(editor, plan, account)
        await self.reload(select_id=account.id)
        return account

    def _keyring_problem(self) -> str:
        return self.tr("The keyring is not available, so the password or token you typed was not saved "
                       "(nothing else was). Save again once it works, or clear the value to save the rest "
                       "of the account.")

    def save_blocking(self, *, timeout: float = CLOSE_KEYRING_TIMEOUT_S) -> Account | None:
        """`save_current` for the close path, where nothing can be awaited: the keyring and the
        database still work on their own threads (the UI thread only waits for them), in the same
        order. None when the editor's content is refused (the problem is shown in the editor)."""
        editor = self.editor
        if not needs_save(editor):
            return editor.account
        plan = self._plan_or_explain()
        if plan is None:
            return None
        try:
            for ref, value in plan.writes:
                self.vault.set_blocking(ref, value, timeout=timeout)
            account = self.ctx.runner.call_blocking(lambda s: _save(s, plan))
        except InvalidValue as exc:
            self._forget_refs_blocking(plan.new_refs)
            editor.show_problem(self._describe_invalid(exc), exc.field)
            return None
        except BaseException:
            self._forget_refs_blocking(plan.new_refs)  # a timed-out write may still land: queue it too
            raise
        self._after_save(editor, plan, account)
        return account

    def _plan_or_explain(self) -> SavePlan | None:
        try:
            return plan_save(self.editor)
        except InvalidValue as exc:
            self.editor.show_problem(self._describe_invalid(exc), exc.field)
            return None

    def _after_save(self, editor: AccountEditor, plan: SavePlan, account: Account) -> None:
        if self.editor is editor and editor.client_id == plan.client_id:
            editor.load(account, plan.client_id)
            editor.set_trash_mode(False)
            self.editor_stack.setCurrentWidget(editor)
        self._show_status(self.tr("“%1” saved.").replace("%1", account.title))

    async def recheck_keyring(self) -> KeyringStatus:
        self.keyring = await self.vault.status()
        self._apply_keyring()
        return self.keyring

    async def _forget_refs(self, refs: list[str]) -> None:
        """Secrets written for a save that did not happen: queue them and delete them now if possible."""
        if not refs:
            return
        try:
            await self.ctx.runner.mutate(lambda s: s.accounts.queue_secret_purge(refs))
            await self.drain_secret_queue()
        except Exception:
            log.exception("could not clean up secrets of a failed save")

    def _forget_refs_blocking(self, refs: tuple[str, ...]) -> None:
        """Close path: queue the references of a failed save; the next start deletes them from the
        keyring (`drain_secret_queue` runs on every reload)."""
        if not refs:
            return
        try:
            self.ctx.runner.call_blocking(lambda s: s.accounts.queue_secret_purge(refs))
        except Exception:
            log.exception("could not queue the secrets of a failed save for deletion")

    async def drain_secret_queue(self) -> int:
        """Delete from the keyring the secrets whose references are gone from the database."""
        if not (self.keyring and self.keyring.available):
            return 0
        async with self._purge_lock:
            refs = await self.ctx.runner.query(lambda s: s.accounts.pending_secret_purges())
            if not refs:
                return 0
            done = await self.vault.delete_many(refs)
            if done:
                await self.ctx.runner.mutate(lambda s: s.accounts.forget_purged(done))
            return len(done)

    # -- secrets -----------------------------------------------------------------------------
    async def _read(self, ref: str) -> str | None:
        try:
            return await self.vault.get(ref)
        except SecretStoreUnavailable:
            await self.recheck_keyring()
            raise

    async def reveal_secret(self, row: SecretRow) -> None:
        if row.ref is None:
            return
        value = await self._read(row.ref)
        if value is None:
            self._show_status(self.tr("The keyring has no value for “%1”: it may have been deleted outside "
                                      "CM Toolbox. Type a new one and save.").replace("%1", row.label))
            return
        if row in self.editor.rows:
            row.show_value(value)

    async def copy_secret(self, row: SecretRow) -> None:
        value = row.typed
        if not value and row.ref is not None:
            value = await self._read(row.ref) or ""
        if not value:
            self._show_status(self.tr("Nothing to copy: “%1” is empty.").replace("%1", row.label))
            return
        self.clipboard.copy_secret(value)

    def copy_selected_password(self) -> None:
        account = self._current_account()
        if account is None or not account.secrets:
            return
        slot = next((s for s in account.secrets if s.kind == "password"), account.secrets[0])
        self.ctx.tasks.spawn(self._copy_ref(slot.ref, slot.label))

    async def _copy_ref(self, ref: str, label: str) -> None:
        value = await self._read(ref)
        if not value:
            self._show_status(self.tr("Nothing to copy: “%1” is empty.").replace("%1", label))
            return
        self.clipboard.copy_secret(value)

    def generate_for(self, row: SecretRow) -> None:
        dialog = PasswordGeneratorDialog(self.ctx.prefs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        def use() -> None:
            if row in self.editor.rows:  # the account may have been closed meanwhile
                row.set_generated(dialog.password())

        dialog.accepted.connect(use)
        self.generator = dialog
        dialog.open()

    def copy_login(self) -> None:
        login = self.editor.login_edit.text().strip()
        if login:
            QGuiApplication.clipboard().setText(login)
            self._show_status(self.tr("Login copied."))

    def _on_copied(self, seconds: int) -> None:
        self._show_status(
            self.tr("Copied. The clipboard will be cleared in %1 seconds.").replace("%1", str(seconds))
        )

    def _on_clipboard_cleared(self, wiped: bool) -> None:
        if wiped:
            self._show_status(self.tr("Clipboard cleared."))

    # -- export ------------------------------------------------------------------------------
    def export_header(self) -> list[str]:
        return [self.tr("Network"), self.tr("Handle"), self.tr("Display name"), self.tr("Profile address"),
                self.tr("Login"), self.tr("Two-factor authentication"), self.tr("Default hashtags"),
                self.tr("Character limit"), self.tr("Secrets in the keyring"), self.tr("Notes")]

    def ask_export(self) -> None:
        client = self._client
        if client is None:
            return
        default = Path.home() / self.tr("%1 - accounts.csv").replace("%1", client.name.replace("/", "-"))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the list of accounts"), str(default), self.tr("CSV files (*.csv)")
        )
        if path:
            self.ctx.tasks.spawn(self.export_to(Path(path)))

    async def export_to(self, path: Path) -> int:
        """Write the current client's accounts to `path` (no secret values, ever)."""
        client = self._client
        if client is None:
            return 0
        client_id, header = client.id, self.export_header()
        count = await self.ctx.runner.query(lambda s: s.accounts.export_csv(client_id, path, header))
        self._show_status(self.tr("%1 account(s) exported to %2.").replace("%1", str(count))
                          .replace("%2", str(path)))
        return count

    # -- links -------------------------------------------------------------------------------
    def open_login_page(self) -> None:
        url = self.editor.login_url()
        if url and networks.safe_web_url(url):
            self.open_url(QUrl(url))

    def open_profile(self) -> None:
        url = self.editor.profile_url()
        if url and networks.safe_web_url(url):
            self.open_url(QUrl(url))

    # -- trash -------------------------------------------------------------------------------
    async def delete_current(self) -> None:
        account = self.editor.account or self._current_account()
        if account is None or account.deleted:
            return
        account_id = account.id
        await self.ctx.runner.mutate(lambda s: s.trash.move_to_trash("accounts", account_id))
        self.editor.load(None, None)
        self._show_status(
            self.tr("“%1” moved to the trash. Its passwords stay in the keyring until it is deleted "
                    "permanently.").replace("%1", account.title),
            undo=lambda: self.ctx.tasks.spawn(self._restore(account_id)),
        )

    async def _restore(self, account_id: int) -> None:
        await self.ctx.runner.mutate(lambda s: s.trash.restore("accounts", account_id))
        self._show_status(self.tr("Account restored."))

    async def restore_current(self) -> None:
        account = self.editor.account
        if account is None or not account.deleted:
            return
        await self._restore(account.id)
        self.editor.load(None, None)

    async def purge_current(self) -> bool:
        account = self.editor.account
        if account is None or not account.deleted:
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete permanently"),
                          self.tr("Delete “%1” permanently?").replace("%1", account.title), parent=self)
        box.setInformativeText(
            self.tr("Its passwords and tokens are also deleted from the system keyring. This cannot be "
                    "undone.")
        )
        delete = box.addButton(self.tr("Delete permanently"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        chosen: list[object] = []
        box.buttonClicked.connect(chosen.append)
        await ask(box)
        if not chosen or chosen[0] is not delete:
            return False
        account_id = account.id
        await self.ctx.runner.mutate(lambda s: s.trash.purge("accounts", account_id))
        self.editor.load(None, None)
        deleted = await self.drain_secret_queue()
        if account.secrets and not (self.keyring and self.keyring.available):
            self._show_status(self.tr("Account deleted. Its secrets will be removed from the keyring when it "
                                      "is available again."))
        else:
            self._show_status(self.tr("Account deleted, with %1 secret(s) removed from the keyring.")
                              .replace("%1", str(deleted)))
        return True

    # -- archiving a client ------------------------------------------------------------------
    async def before_archive(self, client: Client) -> bool:
        """Asked by the client switcher before archiving: keep the client's secrets, or delete them now."""
        client_id = client.id
        count = await self.ctx.runner.query(lambda s: s.accounts.count(client_id, with_secrets=True))
        if not count:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Archive client"),
                          self.tr("“%1” has accounts with passwords or tokens in the system keyring (%2).")
                          .replace("%1", client.name).replace("%2", str(count)), parent=self)
        box.setInformativeText(
            self.tr("Keep them if you may work for this client again: unarchiving brings everything back. "
                    "Or delete the passwords and tokens from the keyring now; the accounts themselves "
                    "(handles, logins, notes) are kept.")
        )
        keep = box.addButton(self.tr("Keep the passwords"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Delete the passwords now"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        chosen: list[object] = []
        box.buttonClicked.connect(chosen.append)
        await ask(box)
        if not chosen or chosen[0] not in (keep, drop):
            return False
        if chosen[0] is drop:
            await self.ctx.runner.mutate(lambda s: s.accounts.drop_secrets_of_client(client_id))
            await self.drain_secret_queue()
        return True

    # -- status line -------------------------------------------------------------------------
    def _show_status(self, text: str, *, undo: Callable[[], None] | None = None) -> None:
        self.status.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self._status_timer.start(STATUS_MS)

    def _clear_status(self) -> None:
        self.status.clear()
        self._undo = None
        self.undo_button.hide()

    def _on_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.hide()
        if undo is not None:
            undo()
