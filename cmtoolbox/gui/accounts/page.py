"""The Accounts page: the current client's accounts on the left, the editor on the right.

The view of the section: it lays out the widgets, keeps the list, the editor and the trash view in
step with the current client, and answers the main window's page contract (File ▸ New, search
hits, refresh from `Changes`, flush on close). What happens when the user acts (saving, the trash,
closing with unsaved edits, archiving, export) is sequenced by `AccountsController`; the keyring
(status, show, copy, clean-up) by `SecretsController`, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core import networks
from cmtoolbox.gui.accounts.account_list import ACCOUNT_ID_ROLE, AccountList
from cmtoolbox.gui.accounts.controller import AccountNotSaved, AccountsController
from cmtoolbox.gui.accounts.editor import AccountEditor, network_label
from cmtoolbox.gui.accounts.generator_dialog import PasswordGeneratorDialog
from cmtoolbox.gui.accounts.keyring_banner import KeyringBanner
from cmtoolbox.gui.accounts.secret_row import SecretRow
from cmtoolbox.gui.accounts.secrets_controller import SecretsController
from cmtoolbox.gui.accounts.vault import KeyringStatus
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.empty_page import no_client_state
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.page import SectionPage
from cmtoolbox.gui.widgets.controls import search_box
from cmtoolbox.gui.widgets.labels import heading_label, placeholder_label
from cmtoolbox.gui.widgets.layouts import stacked, vbox
from cmtoolbox.gui.widgets.splitters import splitter
from cmtoolbox.ops import accounts as ops
from cmtoolbox.storage.accounts import Account
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.search import SearchHit

__all__ = ["AccountNotSaved", "AccountsPage"]


class AccountsPage(SectionPage):
    hit_kinds = frozenset({Entity.ACCOUNTS})

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, parent)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._client: Client | None = clients.current
        self._show_trash = False
        self.generator: PasswordGeneratorDialog | None = None

        # -- header ---------------------------------------------------------------------------
        self.heading = heading_label("accountsHeading", self.tr("Accounts"), 1.4)
        self.new_button = QPushButton(icon("accounts"), self.tr("&New account"))
        self.new_button.setObjectName("newAccountButton")
        self.new_button.setToolTip(self.tr("New account (Ctrl+N)"))
        self.filter_edit = search_box("accountsFilter", self.tr("Filter accounts (Ctrl+F)"))
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
        for widget in (self.filter_edit, self.trash_check, self.export_button, self.new_button):
            header.addWidget(widget)
        self.banner = KeyringBanner()
        self.banner.hide()

        # -- list and editor --------------------------------------------------------------------
        self.account_list = AccountList()
        self.list = self.account_list.tree
        self.editor = AccountEditor()
        self.editor.setObjectName("accountEditor")
        self.editor_hint = placeholder_label("accountEditorHint")
        self.editor_stack = stacked(self.editor_hint, self.editor)
        self.splitter = splitter("accountsSplitter", self.account_list, self.editor_stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # The editor gets the room: a revealed password must read whole (issue 15).
        self.splitter.setSizes([340, 680])

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.no_client = no_client_state(
            self.tr("Create or choose a client to record their social accounts.")
        )
        self.stack = stacked(self.no_client, content)
        vbox(self.stack, parent=self, margins=0)

        # -- controllers and wiring -------------------------------------------------------------
        self.secrets = SecretsController(ctx, lambda: self.editor.rows, self)
        self.secrets.status_changed.connect(self._apply_keyring)
        self.vault = self.secrets.vault
        self.clipboard = self.secrets.clipboard
        self.controller = AccountsController(self)
        spawn = ctx.tasks.spawn
        self.new_button.clicked.connect(self.new_item)
        self.export_button.clicked.connect(lambda: spawn(self.controller.ask_export()))
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.trash_check.toggled.connect(self._on_trash_toggled)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.editor.save_requested.connect(lambda: spawn(self.controller.save_current()))
        self.editor.revert_requested.connect(self.revert)
        self.editor.delete_requested.connect(lambda: spawn(self.controller.delete_current()))
        self.editor.restore_requested.connect(lambda: spawn(self.controller.restore_current()))
        self.editor.purge_requested.connect(lambda: spawn(self.controller.purge_current()))
        self.editor.open_login_requested.connect(self.open_login_page)
        self.editor.open_profile_requested.connect(self.open_profile)
        self.editor.copy_login_requested.connect(self.copy_login)
        self.editor.reveal_requested.connect(lambda row: spawn(self.secrets.reveal(row)))
        self.editor.copy_requested.connect(lambda row: spawn(self.secrets.copy(row)))
        self.editor.generate_requested.connect(self.generate_for)
        self.editor.dirty_changed.connect(lambda _d: self._update_heading())
        self._shortcuts()
        clients.current_changed.connect(self._on_client_changed)
        clients.add_archive_guard(self.controller.before_archive)
        self.stack.setCurrentIndex(0 if self._client is None else 1)

    def _shortcuts(self) -> None:
        """Window-wide while the page is shown (Qt skips a hidden page's actions), so they work
        right after a click in the sidebar; Ctrl+C and Delete act on the list only. Ctrl+N is the
        main window's File ▸ New, which calls `new_item`."""

        def add(
            keys: QKeySequence | QKeySequence.StandardKey | str,
            slot: Callable[[], object],
            owner: QWidget | None = None,
        ) -> QAction:
            action = QAction(owner or self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut if owner else Qt.ShortcutContext.WindowShortcut
            )
            action.triggered.connect(slot)
            (owner or self).addAction(action)
            return action

        spawn = self.ctx.tasks.spawn
        self.save_action = add(QKeySequence.StandardKey.Save, lambda: spawn(self.controller.save_current()))
        self.find_action = add(QKeySequence.StandardKey.Find, self._focus_filter)
        self.copy_login_action = add("Ctrl+B", self.copy_login)
        self.open_login_action = add("Ctrl+U", self.open_login_page)
        add(QKeySequence.StandardKey.Copy, self.copy_selected_password, self.list)
        add(QKeySequence.StandardKey.Delete, lambda: spawn(self.controller.delete_current()), self.list)

    # -- the page contract -------------------------------------------------------------------
    def new_item_text(self) -> str:
        return self.tr("New &account")

    def new_item(self) -> None:
        self.new_account()

    def open_hit(self, hit: SearchHit) -> Awaitable[Any] | None:
        return self.ctx.tasks.spawn(self._open_account(hit.id))

    def flush(self) -> bool:
        return self.controller.flush()

    def on_changes(self, changes: Changes) -> None:
        # The page's own writes reload on their own, after the flow that made them.
        if changes.touches(Entity.ACCOUNTS, Entity.TRASH, Entity.CLIENTS) and not changes.by(self):
            self.ctx.tasks.spawn(self.reload())

    # -- loading -----------------------------------------------------------------------------
    @property
    def client(self) -> Client | None:
        return self._client

    @property
    def accounts(self) -> list[Account]:
        return list(self.account_list.accounts)

    @property
    def keyring(self) -> KeyringStatus | None:
        return self.secrets.status

    async def reload(self, select_id: int | None = None) -> None:
        self.secrets.start()  # in the background: the list never waits for the keyring
        client = self._client
        self.stack.setCurrentIndex(0 if client is None else 1)
        if client is None:
            self.account_list.show_accounts([], None, pick_first=False)
            self.editor.load(None, None)
            self.editor_stack.setCurrentWidget(self.editor_hint)
            return
        trash = self._show_trash
        accounts = await self.ctx.runner.read(ops.list_accounts, client.id, deleted=trash)
        if client is not self._client or trash != self._show_trash:
            return  # the client or the view changed meanwhile: a newer reload follows
        wanted = (
            select_id if select_id is not None else (self.editor.account.id if self.editor.account else None)
        )
        self.account_list.show_accounts(accounts, wanted, pick_first=not self.editor.is_new)
        self._update_list_empty()
        self._update_editor_hint()
        self._sync_editor()
        self._update_heading()
        await self.secrets.drain_queue()

    async def _open_account(self, account_id: int) -> None:
        """Show a global-search hit (the main window chose its client already)."""
        if self.editor.is_dirty():
            if self.editor.account is not None and self.editor.account.id == account_id:
                return  # already open, with the user's edits
            await self.controller.leave_dirty_then(lambda: None)
            if self.editor.is_dirty():
                return  # the user kept editing
        if self._show_trash:
            self.trash_check.blockSignals(True)
            self.trash_check.setChecked(False)
            self.trash_check.blockSignals(False)
            self._show_trash = False
            self.new_button.setEnabled(True)
        self.editor.load(None, None)
        await self.reload(select_id=account_id)

    def _sync_editor(self) -> None:
        """Show the current item in the editor, unless the user is editing (then keep their text)."""
        if self.editor.is_dirty():
            return
        if self.editor.is_new and self.editor.client_id == (self._client.id if self._client else None):
            if not self._show_trash:
                return  # an untouched new account form stays open
        account = self.account_list.current_account()
        if account is None:
            self.editor.load(None, None)
            self.editor_stack.setCurrentWidget(self.editor_hint)
            return
        if self.editor.account != account:
            self.editor.load(account, account.client_id)
            if not account.deleted:
                self.ctx.tasks.spawn(self.secrets.check_missing())
        self.editor.set_trash_mode(account.deleted)
        self.show_editor()

    def show_editor(self) -> None:
        self.editor_stack.setCurrentWidget(self.editor)

    def _update_list_empty(self) -> None:
        name = self._client.name if self._client else ""
        if self._show_trash:
            text = fill(self.tr("The trash holds no accounts of %1."), name)
        elif self.account_list.accounts:
            text = self.tr("No account matches the filter.")
        else:
            text = fill(self.tr("No accounts yet for %1.\nAdd one with New account (Ctrl+N)."), name)
        self.account_list.show_empty(text)

    def _update_editor_hint(self) -> None:
        if self._show_trash:
            text = self.tr(
                "Choose a deleted account to restore it, or to delete it permanently with its passwords."
            )
        else:
            text = self.tr(
                "Choose an account in the list, or add the client’s Instagram, Facebook, "
                "LinkedIn… with New account."
            )
        self.editor_hint.setText(text)

    def _update_heading(self) -> None:
        name = self._client.name if self._client else ""
        text = fill(self.tr("Accounts of %1"), name) if name else self.tr("Accounts")
        if self._show_trash:
            text = fill(self.tr("Trash: accounts of %1"), name)
        self.heading.setText(text)

    def _apply_filter(self, text: str) -> None:
        self.account_list.set_filter(text)
        self._update_list_empty()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _apply_keyring(self, status: KeyringStatus) -> None:
        self.banner.set_status(status)
        self.editor.set_keyring_available(status.available)

    def editing_title(self) -> str:
        """The account as the editor shows it now ("Mastodon · @boulangerie@piaille.fr")."""
        fields = self.editor.fields()
        handle = networks.display_handle(fields.network, fields.handle.strip())
        title = handle or fields.display_name.strip() or fields.login.strip() or self.tr("new account")
        return f"{network_label(fields.network)} · {title}"

    def bring_forward(self) -> None:
        """Show this page in the main window, so the account being edited is in front of the user."""
        show_section = getattr(self.window(), "show_section", None)
        if callable(show_section):
            show_section("accounts")

    # -- reacting ----------------------------------------------------------------------------
    def _on_client_changed(self, client: Client | None) -> None:
        same = (client.id if client else None) == (self._client.id if self._client else None)
        if self.editor.is_dirty() and not same:  # same: renamed, nothing to leave
            self.ctx.tasks.spawn(
                self.controller.leave_dirty_then(
                    lambda: self._adopt_client(client), cancelled=self._back_to_own_client
                )
            )
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

    def _on_trash_toggled(self, checked: bool) -> None:
        if self.editor.is_dirty():
            self.trash_check.blockSignals(True)
            self.trash_check.setChecked(not checked)
            self.trash_check.blockSignals(False)
            self.ctx.tasks.spawn(
                self.controller.leave_dirty_then(lambda: self.trash_check.setChecked(checked))
            )
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
            self.list.setCurrentItem(previous)  # type: ignore[arg-type]  # None: no item
            self.list.blockSignals(False)
            self.ctx.tasks.spawn(self.controller.leave_dirty_then(lambda: self.account_list.select(target)))
            return
        self.editor.load(None, None)
        self._sync_editor()

    # -- editing -----------------------------------------------------------------------------
    def new_account(self) -> None:
        if self._client is None or self._show_trash:
            return
        if self.editor.is_dirty():
            self.ctx.tasks.spawn(self.controller.leave_dirty_then(self.new_account))
            return
        self.account_list.select(None, quiet=True)
        self.editor.load(None, self._client.id)
        self.editor.set_trash_mode(False)
        self.show_editor()
        self.editor.handle_edit.setFocus()

    def revert(self) -> None:
        self.editor.load(self.editor.account, self.editor.client_id)

    def generate_for(self, row: SecretRow) -> None:
        dialog = PasswordGeneratorDialog(self.ctx.prefs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def use() -> None:
            if row in self.editor.rows:  # the account may have been closed meanwhile
                row.set_generated(dialog.password())

        dialog.accepted.connect(use)
        self.generator = dialog
        dialog.open()

    def copy_selected_password(self) -> None:
        account = self.account_list.current_account()
        if account is not None:
            self.ctx.tasks.spawn(self.secrets.copy_password_of(account))

    def copy_login(self) -> None:
        self.secrets.copy_login(self.editor.login_edit.text().strip())

    def open_login_page(self) -> None:
        self._open_web(self.editor.login_url())

    def open_profile(self) -> None:
        self._open_web(self.editor.profile_url())

    def _open_web(self, url: str | None) -> None:
        if url and networks.safe_web_url(url):
            self.open_url(QUrl(url))
