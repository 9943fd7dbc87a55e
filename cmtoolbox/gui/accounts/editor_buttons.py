"""The account editor's button bar: open the login page, the trash actions, revert and save.

It shows what applies (the trash view offers Restore and Delete permanently instead of Save); the
editor decides what is enabled and forwards the clicks as its own signals.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class EditorButtons(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login_page_button = QPushButton(self.tr("Open login page"))
        self.login_page_button.setObjectName("openLoginButton")
        self.login_page_button.setToolTip(self.tr("Open the network’s sign-in page in your browser (Ctrl+U)"))
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.delete_button.setObjectName("deleteAccountButton")
        self.delete_button.setToolTip(
            self.tr(
                "The account goes to the trash; its passwords stay in the keyring until the trash is emptied."
            )
        )
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreAccountButton")
        self.purge_button = QPushButton(self.tr("Delete permanently…"))
        self.purge_button.setObjectName("purgeAccountButton")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertAccountButton")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveAccountButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.login_page_button, self.delete_button, self.restore_button, self.purge_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.save_button)

    def set_trash_mode(self, trash: bool, *, has_account: bool) -> None:
        """Editing buttons for a live account, Restore and Delete permanently for a trashed one."""
        for button in (self.save_button, self.revert_button, self.delete_button):
            button.setVisible(not trash)
        self.delete_button.setEnabled(has_account)
        self.restore_button.setVisible(trash)
        self.purge_button.setVisible(trash)

    def set_login_page(self, enabled: bool, *, needs_server: bool) -> None:
        """A Mastodon handle without its server gives no sign-in page: the tooltip says why."""
        self.login_page_button.setEnabled(enabled)
        self.login_page_button.setToolTip(
            self.tr("Enter the handle as name@server to open the server’s sign-in page.")
            if needs_server
            else self.tr("Open the network’s sign-in page in your browser (Ctrl+U)")
        )
