"""The "Password and tokens" group of the account editor: one `SecretRow` per named secret.

A view only, like the editor around it: it shows the slots of an account, lets the user add,
rename and remove secrets, and forwards the rows' requests (show, copy, generate) to the page,
which alone talks to the keyring.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from cmtoolbox.gui.accounts.secret_row import SecretRow
from cmtoolbox.storage.accounts import MAX_SECRETS, SecretSlot


class SecretsPanel(QGroupBox):
    changed = Signal()
    reveal_requested = Signal(object)  # SecretRow
    copy_requested = Signal(object)
    generate_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Password and tokens"), parent)
        self.setObjectName("secretsGroup")
        self.rows: list[SecretRow] = []
        self._keyring_ok = True
        self._editable = True
        self.hint = QLabel(self.tr("Kept in your system’s keyring, never in CM Toolbox’s files."))
        self.hint.setObjectName("secretsHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        self.add_button = QToolButton()
        self.add_button.setObjectName("addSecretButton")
        self.add_button.setText(self.tr("Add a secret"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.add_button)
        for kind, text in (
            ("password", self.tr("Password")),
            ("token", self.tr("API token")),
            ("other", self.tr("Other secret")),
        ):
            menu.addAction(text).triggered.connect(lambda _checked=False, k=kind: self.add_secret_row(k))
        self.add_button.setMenu(menu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.rows_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

    # -- content -----------------------------------------------------------------------------
    def load(self, slots: tuple[SecretSlot, ...], *, offer_password: bool) -> None:
        """Show `slots`; with none, `offer_password` adds an empty Password row (saved only if a
        value is typed), so a new account invites its password."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for slot in slots:
            self._add_row(slot.kind, slot.label, slot)
        if offer_password and not self.rows:
            self._add_row("password", self.tr("Password"))

    def _add_row(self, kind: str, label: str, slot: SecretSlot | None = None) -> SecretRow:
        row = SecretRow(kind, label, slot)
        row.set_keyring_available(self._keyring_ok)
        row.changed.connect(self.changed)
        row.reveal_requested.connect(self.reveal_requested)
        row.copy_requested.connect(self.copy_requested)
        row.generate_requested.connect(self.generate_requested)
        row.remove_requested.connect(self.remove_secret_row)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._update_add_button()
        return row

    def add_secret_row(self, kind: str) -> SecretRow:
        """A new row with a name not used yet on this account ("API token 2"), focused."""
        labels = {"password": self.tr("Password"), "token": self.tr("API token"), "other": self.tr("Secret")}
        base = labels.get(kind, labels["other"])
        taken = {r.label.casefold() for r in self.rows}
        label, n = base, 2
        while label.casefold() in taken:
            label, n = f"{base} {n}", n + 1
        row = self._add_row(kind, label)
        row.value_edit.setFocus()
        self.changed.emit()
        return row

    def remove_secret_row(self, row: SecretRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.deleteLater()
            self._update_add_button()
            self.changed.emit()

    # -- state -------------------------------------------------------------------------------
    def layout_state(self) -> list[tuple[int | None, str]]:
        """Which slots, named how: compared with the loaded state to tell an edit."""
        return [(r.slot_id, r.label) for r in self.rows]

    def has_new_values(self) -> bool:
        return any(r.new_value() for r in self.rows)

    def set_keyring_available(self, available: bool) -> None:
        self._keyring_ok = available
        for row in self.rows:
            row.set_keyring_available(available)
        self.hint.setText(
            self.tr("Kept in your system’s keyring, never in CM Toolbox’s files.")
            if available
            else self.tr(
                "Disabled: no secure keyring is available (see the message at the top of the page). "
                "Passwords are never stored anywhere else."
            )
        )
        self._update_add_button()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for row in self.rows:
            row.label_edit.setEnabled(editable)
            row.remove_button.setEnabled(editable and self._keyring_ok)
            row.generate_button.setEnabled(editable and self._keyring_ok)
            row.value_edit.setReadOnly(not editable)
        self._update_add_button()

    def _update_add_button(self) -> None:
        room = len(self.rows) < MAX_SECRETS
        self.add_button.setEnabled(self._keyring_ok and self._editable and room)
