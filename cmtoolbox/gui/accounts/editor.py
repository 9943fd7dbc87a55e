"""The account editor panel: identity, secrets, two-factor notes, publishing settings, notes.

A view only: it shows an `Account`, tells whether the user changed something, and hands what was
typed back as `AccountFields` plus its `SecretRow`s. Reading and writing the database or the
keyring is the page's job, so the editor never blocks and is easy to test.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cmtoolbox.core import networks
from cmtoolbox.gui.accounts.editor_buttons import EditorButtons
from cmtoolbox.gui.accounts.secret_row import SecretRow
from cmtoolbox.gui.accounts.secrets_panel import SecretsPanel
from cmtoolbox.gui.i18n import fill, tr
from cmtoolbox.gui.theme import semantic_text
from cmtoolbox.gui.widgets.controls import push_button
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.labels import heading_label, wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, scrolling, vbox
from cmtoolbox.storage.accounts import Account, AccountFields

DEFAULT_NETWORK = "instagram"


def network_label(network_id: str) -> str:
    """Brand names are shown as is; only "Other" is translated."""
    return tr("Other") if network_id == "other" else networks.network(network_id).name


class AccountEditor(QWidget):
    dirty_changed = Signal(bool)
    save_requested = Signal()
    revert_requested = Signal()
    delete_requested = Signal()
    restore_requested = Signal()
    purge_requested = Signal()
    open_login_requested = Signal()
    open_profile_requested = Signal()
    copy_login_requested = Signal()
    reveal_requested = Signal(object)  # SecretRow
    copy_requested = Signal(object)
    generate_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account: Account | None = None
        self.client_id: int | None = None
        self._baseline: AccountFields | None = None
        self._baseline_secrets: list[tuple[int | None, str]] = []
        self._loading = Filling()
        self._dirty = False
        self._trash = False

        self.title = heading_label("accountEditorTitle", scale=1.3)
        self.problem = wrapped_label(name="accountEditorProblem")
        semantic_text(self.problem, "error", "font-weight: bold;")  # readable on both themes
        self.problem.hide()

        # -- identity -------------------------------------------------------------------------
        self.network_combo = QComboBox()
        self.network_combo.setObjectName("networkCombo")
        for network_id in networks.NETWORKS:
            self.network_combo.addItem(network_label(network_id), network_id)
        self.handle_edit = QLineEdit()
        self.handle_edit.setObjectName("handleEdit")
        self.handle_edit.setMaxLength(200)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("displayNameEdit")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("As shown on the profile"))
        self.profile_edit = QLineEdit()
        self.profile_edit.setObjectName("profileUrlEdit")
        self.open_profile_button = push_button(
            self.tr("Open"),
            self.open_profile_requested.emit,
            name="openProfileButton",
            tip=self.tr("Open the profile in your browser"),
        )
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setMaxLength(320)
        self.login_edit.setPlaceholderText(self.tr("E-mail address or user name used to sign in"))
        self.copy_login_button = push_button(
            self.tr("Copy"),
            self.copy_login_requested.emit,
            name="copyLoginButton",
            tip=self.tr("Copy the login (Ctrl+B)"),
        )

        identity = QGroupBox(self.tr("Account"))
        form = QFormLayout(identity)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("N&etwork:"), self.network_combo), self.network_combo)
        form.addRow(self._buddy(self.tr("&Handle:"), self.handle_edit), self.handle_edit)
        form.addRow(self._buddy(self.tr("&Display name:"), self.name_edit), self.name_edit)
        form.addRow(
            self._buddy(self.tr("&Profile address:"), self.profile_edit),
            self._with_button(self.profile_edit, self.open_profile_button),
        )
        form.addRow(
            self._buddy(self.tr("&Login:"), self.login_edit),
            self._with_button(self.login_edit, self.copy_login_button),
        )

        # -- secrets --------------------------------------------------------------------------
        self.secrets = SecretsPanel()

        # -- two-factor -----------------------------------------------------------------------
        self.two_factor_edit = QPlainTextEdit()
        self.two_factor_edit.setObjectName("twoFactorEdit")
        self.two_factor_edit.setTabChangesFocus(True)
        self.two_factor_edit.setPlaceholderText(
            self.tr(
                "Which phone or app receives the codes, where the backup codes are kept… "
                "Never the codes themselves."
            )
        )
        self.two_factor_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        two_factor = QGroupBox(self.tr("Two-factor authentication"))
        vbox(self.two_factor_edit, parent=two_factor)

        # -- publishing -----------------------------------------------------------------------
        self.limit_spin = QSpinBox()
        self.limit_spin.setObjectName("charLimitSpin")
        self.limit_spin.setRange(0, 100_000)
        self.limit_spin.setSingleStep(50)
        self.limit_label = self._buddy(self.tr("Character li&mit:"), self.limit_spin)
        self.limit_hint = QLabel(
            self.tr("Set it when this account allows longer posts (a Mastodon server’s limit, X Premium).")
        )
        self.limit_hint.setWordWrap(True)
        self.limit_hint.setEnabled(False)
        self.hashtags_edit = QLineEdit()
        self.hashtags_edit.setObjectName("hashtagsEdit")
        self.hashtags_edit.setPlaceholderText(self.tr("#BrandName #City"))
        publishing = QGroupBox(self.tr("Publishing"))
        pub_form = QFormLayout(publishing)
        pub_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pub_form.addRow(self.limit_label, self.limit_spin)
        pub_form.addRow("", self.limit_hint)
        pub_form.addRow(self._buddy(self.tr("Default hashta&gs:"), self.hashtags_edit), self.hashtags_edit)
        self._pub_form = pub_form

        # -- notes ----------------------------------------------------------------------------
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("accountNotesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Who else has access, recovery e-mail, billing…"))
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        notes = QGroupBox(self.tr("Notes"))
        vbox(self.notes_edit, parent=notes)

        # -- buttons --------------------------------------------------------------------------
        self.buttons = EditorButtons()
        self.login_page_button = self.buttons.login_page_button
        self.delete_button = self.buttons.delete_button
        self.restore_button = self.buttons.restore_button
        self.purge_button = self.buttons.purge_button
        self.revert_button = self.buttons.revert_button
        self.save_button = self.buttons.save_button

        content = QWidget()
        content.setObjectName("accountEditorContent")
        groups = (identity, self.secrets, two_factor, publishing, notes)
        vbox(self.title, self.problem, *groups, None, parent=content)
        self.scroll_area = scrolling(content)
        vbox((self.scroll_area, 1), self.buttons, parent=self, margins=0)

        for edit in (
            self.handle_edit,
            self.name_edit,
            self.profile_edit,
            self.login_edit,
            self.hashtags_edit,
        ):
            edit.textChanged.connect(self._on_edited)
        for text in (self.two_factor_edit, self.notes_edit):
            text.textChanged.connect(self._on_edited)
        self.secrets.changed.connect(self._on_edited)
        self.secrets.reveal_requested.connect(self.reveal_requested)
        self.secrets.copy_requested.connect(self.copy_requested)
        self.secrets.generate_requested.connect(self.generate_requested)
        self.limit_spin.valueChanged.connect(self._on_edited)
        self.network_combo.currentIndexChanged.connect(self._on_network_changed)
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.purge_button.clicked.connect(self.purge_requested)
        self.login_page_button.clicked.connect(self.open_login_requested)
        self._fields_for_focus = {
            "network": self.network_combo,
            "handle": self.handle_edit,
            "display_name": self.name_edit,
            "profile_url": self.profile_edit,
            "login": self.login_edit,
            "char_limit": self.limit_spin,
            "default_hashtags": self.hashtags_edit,
        }
        self.load(None, None)

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _with_button(edit: QWidget, button: QPushButton) -> QWidget:
        box = QWidget()
        button.setAutoDefault(False)
        hbox((edit, 1), button, parent=box, margins=0)
        return box

    @property
    def network_id(self) -> str:
        return str(self.network_combo.currentData() or DEFAULT_NETWORK)

    @property
    def trash_mode(self) -> bool:
        return self._trash

    @property
    def is_new(self) -> bool:
        return self.account is None and self.client_id is not None

    @property
    def rows(self) -> list[SecretRow]:
        return self.secrets.rows

    def add_secret_row(self, kind: str) -> SecretRow:
        return self.secrets.add_secret_row(kind)

    # -- loading -----------------------------------------------------------------------------
    def load(self, account: Account | None, client_id: int | None, *, network: str = DEFAULT_NETWORK) -> None:
        """Show `account`, or an empty new account of `client_id` when account is None."""
        if account is None or self.account is None or account.id != self.account.id:
            self.scroll_area.verticalScrollBar().setValue(0)
        with self._loading:
            self.account = account
            self.client_id = account.client_id if account else client_id
            fields = account.fields if account else AccountFields(network)
            self._baseline = fields
            index = self.network_combo.findData(fields.network)
            self.network_combo.setCurrentIndex(index if index >= 0 else self.network_combo.findData("other"))
            self.handle_edit.setText(networks.display_handle(fields.network, fields.handle))
            self.name_edit.setText(fields.display_name)
            self.profile_edit.setText(fields.profile_url)
            self.login_edit.setText(fields.login)
            self.two_factor_edit.setPlainText(fields.two_factor_notes)
            self.notes_edit.setPlainText(fields.notes)
            self.limit_spin.setValue(fields.char_limit or 0)
            self.hashtags_edit.setText(" ".join(fields.default_hashtags))
            self.secrets.load(
                account.secrets if account else (),
                offer_password=self.client_id is not None and not (account and account.deleted),
            )
            self._baseline_secrets = self.secrets.layout_state()
            self.problem.hide()
            self._update_network_dependent()
            self._update_title()
        self._set_dirty(False)
        self._update_enabled()

    # -- state -------------------------------------------------------------------------------
    def fields(self) -> AccountFields:
        return AccountFields(
            network=self.network_id,
            handle=self.handle_edit.text(),
            display_name=self.name_edit.text(),
            profile_url=self.profile_edit.text(),
            login=self.login_edit.text(),
            notes=self.notes_edit.toPlainText(),
            two_factor_notes=self.two_factor_edit.toPlainText(),
            char_limit=(self.limit_spin.value() or None) if self._limit_visible() else None,
            default_hashtags=tuple(self.hashtags_edit.text().split()),
        )

    def is_dirty(self) -> bool:
        return self._dirty

    def _compute_dirty(self) -> bool:
        if self.client_id is None or self._trash:
            return False
        if self.account is None:
            current = self.fields()
            return bool(
                current.handle.strip()
                or current.display_name.strip()
                or current.login.strip()
                or current.notes.strip()
                or current.two_factor_notes.strip()
                or self.secrets.has_new_values()
            )
        baseline = self._baseline
        current = self.fields()
        assert baseline is not None
        same = (
            current.network == baseline.network
            and networks.clean_handle(current.network, current.handle) == baseline.handle
            and current.display_name == baseline.display_name
            and current.profile_url.strip() == baseline.profile_url
            and current.login.strip() == baseline.login
            and current.notes.rstrip() == baseline.notes
            and current.two_factor_notes.rstrip() == baseline.two_factor_notes
            and current.char_limit == baseline.char_limit
            and " ".join(current.default_hashtags) == " ".join(baseline.default_hashtags)
        )
        secrets_same = (
            self.secrets.layout_state() == self._baseline_secrets and not self.secrets.has_new_values()
        )
        return not (same and secrets_same)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty or self.is_new)
        self.revert_button.setEnabled(dirty)
        if changed:
            self.dirty_changed.emit(dirty)

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.problem.hide()
        self._update_network_dependent()
        self._set_dirty(self._compute_dirty())

    def _on_network_changed(self, _index: int) -> None:
        self._on_edited()
        self._update_network_dependent()

    def _limit_visible(self) -> bool:
        return networks.network(self.network_id).limit_configurable

    def _update_network_dependent(self) -> None:
        entry = networks.network(self.network_id)
        visible = entry.limit_configurable
        self._pub_form.setRowVisible(self.limit_spin, visible)
        self._pub_form.setRowVisible(self.limit_hint, visible)
        default = entry.default_limit
        special = fill(self.tr("Network default (%1)"), default) if default else ""
        self.limit_spin.setSpecialValueText(special or self.tr("Network default"))
        if entry.federated:
            self.handle_edit.setPlaceholderText(self.tr("name@server, e.g. boulangerie@mastodon.social"))
        elif entry.handle_prefix:
            self.handle_edit.setPlaceholderText(self.tr("@name"))
        else:
            self.handle_edit.setPlaceholderText(self.tr("Page or user name"))
        suggested = networks.profile_url(entry.id, self.handle_edit.text())
        self.profile_edit.setPlaceholderText(suggested or self.tr("https://…"))
        self._update_links()

    def _update_links(self) -> None:
        has_client = self.client_id is not None
        self.open_profile_button.setEnabled(has_client and self.profile_url() is not None)
        login_url = self.login_url()
        self.buttons.set_login_page(
            has_client and not self._trash and login_url is not None,
            needs_server=login_url is None and networks.network(self.network_id).federated,
        )
        self.copy_login_button.setEnabled(bool(self.login_edit.text().strip()))

    def profile_url(self) -> str | None:
        typed = self.profile_edit.text().strip()
        if typed:
            return networks.safe_web_url(typed if "://" in typed else "https://" + typed)
        return networks.profile_url(self.network_id, self.handle_edit.text())

    def login_url(self) -> str | None:
        return networks.login_url(self.network_id, self.handle_edit.text(), self.profile_edit.text())

    def _update_title(self) -> None:
        if self.client_id is None:
            self.title.setText(self.tr("No account selected"))
        elif self.account is None:
            self.title.setText(self.tr("New account"))
        else:
            name = network_label(self.account.network)
            self.title.setText(f"{name} · {self.account.title}")

    def set_keyring_available(self, available: bool) -> None:
        self.secrets.set_keyring_available(available)

    def set_trash_mode(self, trash: bool) -> None:
        self._trash = trash
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self.client_id is not None
        editable = has and not self._trash
        fields = (
            self.network_combo,
            self.handle_edit,
            self.name_edit,
            self.profile_edit,
            self.login_edit,
            self.two_factor_edit,
            self.notes_edit,
            self.limit_spin,
            self.hashtags_edit,
        )
        for widget in fields:
            widget.setEnabled(editable)
        self.secrets.set_editable(editable)
        self.buttons.set_trash_mode(self._trash, has_account=self.account is not None)
        self.save_button.setEnabled(editable and (self._dirty or self.is_new))
        self._update_links()

    def show_problem(self, text: str, field: str | None = None) -> None:
        self.problem.setText(text)
        self.problem.show()
        widget = self._fields_for_focus.get(field or "")
        if widget is not None:
            widget.setFocus()
        self.scroll_area.ensureWidgetVisible(self.problem)
