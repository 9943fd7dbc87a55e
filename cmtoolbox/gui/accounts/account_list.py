"""The list of a client's accounts (or of its trash), with its filter and its empty state.

A view only: the page hands it the accounts to show and the text for when none is visible, and
reads back which account is current. Selecting programmatically never emits `currentItemChanged`,
so the page's "unsaved changes?" question only follows what the user does.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget, QTreeWidget, QTreeWidgetItem, QWidget

from cmtoolbox.gui.accounts.editor import network_label
from cmtoolbox.storage.accounts import Account

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 3


class AccountList(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: list[Account] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("accountsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Account"), self.tr("Network"), self.tr("Secrets")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The account's name gets the room (issue 15: "boul…" at 1180 px); a long network name
        # ("Google Business Profile") is cut and said whole in its tooltip.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.tree.fontMetrics().horizontalAdvance("Instagram") + 28)
        header.resizeSection(2, self.tree.fontMetrics().horizontalAdvance("Password") + 28)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(self.tr("Accounts of the current client"))
        self.empty = QLabel()
        self.empty.setObjectName("accountsListEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.addWidget(self.tree)
        self.addWidget(self.empty)
        self._filter = ""

    # -- content -----------------------------------------------------------------------------
    def show_accounts(self, accounts: list[Account], wanted_id: int | None, *, pick_first: bool) -> None:
        """Show `accounts`, making `wanted_id` current, else the first visible one if `pick_first`."""
        self.accounts = list(accounts)
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for account in accounts:
                self.tree.addTopLevelItem(self._item(account))
            self._apply_filter()
            target = self.item_for(wanted_id) if wanted_id is not None else None
            if target is None and pick_first:
                target = next(self.visible_items(), None)
            if target is not None:
                self.tree.setCurrentItem(target)
        finally:
            self.tree.blockSignals(False)

    def _item(self, account: Account) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                account.title,
                network_label(account.network),
                ", ".join(slot.label for slot in account.secrets) or "—",
            ]
        )
        item.setData(0, ACCOUNT_ID_ROLE, account.id)
        item.setToolTip(1, item.text(1))
        item.setToolTip(2, item.text(2))
        details = (account.display_name, account.login, account.effective_profile_url() or "")
        item.setToolTip(0, "\n".join(x for x in details if x))
        if account.deleted:
            font = item.font(0)
            font.setItalic(True)
            for column in range(COLUMNS):
                item.setFont(column, font)
        return item

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply_filter()

    def _apply_filter(self) -> None:
        for item in self._items():
            haystack = " ".join([*(item.text(c) for c in range(COLUMNS)), item.toolTip(0)]).casefold()
            item.setHidden(bool(self._filter) and self._filter not in haystack)

    def show_empty(self, text: str) -> None:
        """Show `text` instead of the list when no account is visible; the list otherwise."""
        if next(self.visible_items(), None) is not None:
            self.setCurrentWidget(self.tree)
        else:
            self.empty.setText(text)
            self.setCurrentWidget(self.empty)

    # -- selection ---------------------------------------------------------------------------
    def _items(self) -> Iterator[QTreeWidgetItem]:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None:
                yield item

    def visible_items(self) -> Iterator[QTreeWidgetItem]:
        return (item for item in self._items() if not item.isHidden())

    def item_for(self, account_id: int) -> QTreeWidgetItem | None:
        return next((item for item in self._items() if item.data(0, ACCOUNT_ID_ROLE) == account_id), None)

    def current_account(self) -> Account | None:
        item = self.tree.currentItem()
        if item is None or item.isHidden():
            return None
        account_id = item.data(0, ACCOUNT_ID_ROLE)
        return next((a for a in self.accounts if a.id == account_id), None)

    def select(self, account_id: int | None, *, quiet: bool = False) -> None:
        """Make `account_id` current (nothing selected for None); `quiet` emits no signal."""
        item = self.item_for(account_id) if account_id is not None else None
        self.tree.blockSignals(quiet)
        try:
            if item is not None:
                self.tree.setCurrentItem(item)
            elif account_id is None:
                self.tree.setCurrentItem(None)  # type: ignore[call-overload]
                self.tree.clearSelection()
        finally:
            self.tree.blockSignals(False)
