"""Settings ▸ Sync: where to sync, what, with which passphrase; sync now; the last result.

Written in code (it fills itself from the database and the keyring), as a page of the Sync
dialog. Secrets go to the OS keyring, never to the database: the WebDAV password and the
passphrase are read back as "set" or "not set", never shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.credentials.base import SecretStoreUnavailable
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import confirm
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.pools import KEYRING
from cmtoolbox.gui.sync.service import SyncService
from cmtoolbox.gui.theme import semantic_text
from cmtoolbox.gui.widgets.controls import push_button
from cmtoolbox.gui.widgets.layouts import hbox
from cmtoolbox.ops import sync as sync_ops


def _store_secrets(ctx: AppContext, password: str | None, passphrase: str | None) -> None:
    """In the keyring pool. None: leave as is; '': remove."""
    for ref, value in ((sync_ops.WEBDAV_PASSWORD_REF, password), (sync_ops.PASSPHRASE_REF, passphrase)):
        if value is None:
            continue
        if value:
            ctx.secrets.set(ref, value)
        else:
            ctx.secrets.delete(ref)


def _missing_refs(ctx: AppContext, refs: list[str]) -> set[str] | None:
    """The references this machine's keyring lacks; None when there is no keyring."""
    try:
        return {ref for ref in refs if not ctx.secrets.get(ref)}
    except SecretStoreUnavailable:
        return None


def _secrets_set(ctx: AppContext) -> tuple[bool, bool]:
    return (
        bool(ctx.secrets.get(sync_ops.WEBDAV_PASSWORD_REF)),
        bool(ctx.secrets.get(sync_ops.PASSPHRASE_REF)),
    )


class SyncSettingsPage(QWidget):
    saved = Signal()

    def __init__(self, ctx: AppContext, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSettingsPage")
        self._ctx = ctx
        self._service = service
        self._settings = sync_ops.SyncSettings()
        layout = QVBoxLayout(self)

        where = QGroupBox(self.tr("Where to sync"), self)
        form = QFormLayout(where)
        self.target_edit = QLineEdit(where)
        self.target_edit.setPlaceholderText(
            self.tr("https://cloud.example.org/remote.php/dav/files/me/CM Toolbox")
        )
        browse = QPushButton(self.tr("Folder…"), where)
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("WebDAV address or folder:"), row)
        hint = QLabel(
            self.tr(
                "Your own Nextcloud, ownCloud or any WebDAV server, or a folder that Nextcloud, "
                "Syncthing or Dropbox already syncs. Nothing goes through a server of ours."
            ),
            where,
        )
        hint.setWordWrap(True)
        semantic_text(hint, "muted")
        form.addRow(hint)
        self.user_edit = QLineEdit(where)
        form.addRow(self.tr("WebDAV user:"), self.user_edit)
        self.password_edit = QLineEdit(where)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("WebDAV password:"), self.password_edit)
        layout.addWidget(where)

        privacy = QGroupBox(self.tr("End-to-end encryption"), self)
        privacy_form = QFormLayout(privacy)
        self.encrypt_check = QCheckBox(self.tr("Encrypt everything with a passphrase"), privacy)
        privacy_form.addRow(self.encrypt_check)
        self.passphrase_edit = QLineEdit(privacy)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        privacy_form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        crypt_hint = QLabel(
            self.tr(
                "The server's administrator cannot read your clients' data. Every device needs the "
                "same passphrase; it is kept in this computer's keyring. Account passwords are never "
                "synced: enter them on each computer."
            ),
            privacy,
        )
        crypt_hint.setWordWrap(True)
        semantic_text(crypt_hint, "muted")
        privacy_form.addRow(crypt_hint)
        self.encrypt_check.toggled.connect(self.passphrase_edit.setEnabled)
        layout.addWidget(privacy)

        scope = QGroupBox(self.tr("What to sync"), self)
        scope_layout = QVBoxLayout(scope)
        self.all_radio = QRadioButton(self.tr("Every client"), scope)
        self.some_radio = QRadioButton(self.tr("Only the clients shared with me:"), scope)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.some_radio)
        self.client_list = QListWidget(scope)
        self.client_list.setMaximumHeight(110)
        self.some_radio.toggled.connect(self.client_list.setEnabled)
        for widget in (self.all_radio, self.some_radio, self.client_list):
            scope_layout.addWidget(widget)
        layout.addWidget(scope)

        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self._save_clicked)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self._sync_clicked)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(False)
        self.progress_bar.setMaximumHeight(14)
        actions.addWidget(self.save_button)
        actions.addWidget(self.sync_button)
        actions.addWidget(self.progress_bar, 1)
        layout.addLayout(actions)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("syncResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        # Offered when the sync refused a copied data folder (same device id on two computers).
        self.new_identity_button = push_button(
            self.tr("Give this copy its own identity…"), self._new_identity_clicked, name="syncNewIdentity"
        )
        self.new_identity_button.setVisible(False)
        layout.addLayout(hbox(self.new_identity_button, None))
        # Targets this device synced with before (hidden when there is none): each holds back
        # the compaction of the journal until it is forgotten.
        self.others_box = QGroupBox(self.tr("Other targets"), self)
        self.others_box.setObjectName("syncOtherTargets")
        others_layout = QVBoxLayout(self.others_box)
        others_hint = QLabel(
            self.tr(
                "This computer synced with these targets before. Each one keeps a copy of the recent "
                "changes here until it is forgotten; forget the ones you no longer use."
            ),
            self.others_box,
        )
        others_hint.setWordWrap(True)
        semantic_text(others_hint, "muted")
        others_layout.addWidget(others_hint)
        self.others_list = QListWidget(self.others_box)
        self.others_list.setMaximumHeight(80)
        self.others_list.currentRowChanged.connect(self._other_selected)
        others_layout.addWidget(self.others_list)
        self.forget_button = push_button(self.tr("Forget…"), self._forget_clicked, name="syncForgetTarget")
        self.forget_button.setEnabled(False)
        others_layout.addLayout(hbox(self.forget_button, None))
        self.others_box.setVisible(False)
        layout.addWidget(self.others_box)
        self.secrets_label = QLabel(self)
        self.secrets_label.setObjectName("syncMissingSecrets")
        self.secrets_label.setWordWrap(True)
        self.secrets_label.setVisible(False)
        layout.addWidget(self.secrets_label)
        layout.addStretch(1)

        service.started.connect(self._on_started)
        service.progress.connect(self._on_progress)
        service.finished.connect(self._on_finished)

    # -- loading -------------------------------------------------------------------------------
    async def load(self) -> None:
        self._settings = await self._ctx.runner.read(sync_ops.sync_settings)
        clients = await self._ctx.runner.read(sync_ops.client_choices)
        password_set, passphrase_set = await self._ctx.pools.run(KEYRING, _secrets_set, self._ctx)
        s = self._settings
        self.target_edit.setText(s.target)
        self.user_edit.setText(s.username)
        stored = self.tr("(stored in the keyring)")
        self.password_edit.setPlaceholderText(stored if password_set else "")
        self.passphrase_edit.setPlaceholderText(stored if passphrase_set else "")
        self.encrypt_check.setChecked(s.encrypted or passphrase_set)
        self.passphrase_edit.setEnabled(self.encrypt_check.isChecked())
        self.client_list.clear()
        chosen = set(s.clients or ())
        for client in clients:
            item = QListWidgetItem(client.name, self.client_list)
            item.setData(Qt.ItemDataRole.UserRole, client.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if client.uid in chosen else Qt.CheckState.Unchecked)
        (self.all_radio if s.clients is None else self.some_radio).setChecked(True)
        self.client_list.setEnabled(s.clients is not None)
        self._show_result(s.last)
        await self.show_other_targets()
        await self.show_missing_secrets()

    async def show_other_targets(self) -> None:
        others = await self._ctx.runner.read(sync_ops.other_targets)
        self.others_list.clear()
        for target in others:
            address = target.address or fill(self.tr("Address not recorded (%1)"), target.id[:8])
            when = self.tr("never synced whole")
            if target.synced_at:
                try:
                    moment = format_datetime(datetime.fromisoformat(target.synced_at).astimezone())
                    when = fill(self.tr("last synced %1"), moment)
                except ValueError:
                    pass
            item = QListWidgetItem(fill(self.tr("%1 — %2"), address, when), self.others_list)
            item.setData(Qt.ItemDataRole.UserRole, target.id)
            item.setToolTip(target.address or target.id)
        if others:
            self.others_list.setCurrentRow(0)
        self.forget_button.setEnabled(bool(others))
        appears = bool(others) and self.others_box.isHidden()
        self.others_box.setVisible(bool(others))
        window = self.window()
        if appears and window is not self:
            # Room for the box: a dialog already shown does not grow by itself, and squeezes
            # the wrapped hints above it instead.
            # (sizeHint misses the height of wrapped labels inside the tabs: grow by the box's own.)
            page_layout = self.layout()
            spacing = max(page_layout.spacing(), 0) if page_layout is not None else 0
            window.resize(window.width(), window.height() + self.others_box.sizeHint().height() + spacing)

    async def show_missing_secrets(self) -> None:
        """Account secrets never travel: say which ones to enter on this computer."""
        slots = await self._ctx.runner.read(sync_ops.secret_slots)
        missing_refs = await self._ctx.pools.run(KEYRING, _missing_refs, self._ctx, [s.ref for s in slots])
        missing = [s for s in slots if missing_refs is None or s.ref in missing_refs]
        if not missing:
            self.secrets_label.setVisible(False)
            return
        names = ", ".join(fill(self.tr("%1 (%2)"), s.account, s.label) for s in missing[:5])
        if len(missing) > 5:
            names += "…"
        text = self.tr("%n account secret(s) to enter on this computer, in Accounts:", "", len(missing))
        self.secrets_label.setText(f"{text} {names}")
        semantic_text(self.secrets_label, "warning")
        self.secrets_label.setVisible(True)

    def chosen_settings(self) -> sync_ops.SyncSettings:
        clients: tuple[str, ...] | None = None
        if self.some_radio.isChecked():
            clients = tuple(
                str(self.client_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.client_list.count())
                if self.client_list.item(i).checkState() == Qt.CheckState.Checked
            )
        return sync_ops.SyncSettings(
            target=self.target_edit.text().strip(),
            username=self.user_edit.text().strip(),
            clients=clients,
            encrypted=self.encrypt_check.isChecked(),
            interval_minutes=self._settings.interval_minutes,
            last=self._settings.last,
        )

    # -- actions -------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder to sync through"), self.target_edit.text()
        )
        if folder:
            self.target_edit.setText(folder)

    def _save_clicked(self) -> None:
        self._ctx.tasks.spawn(self.save())

    def _sync_clicked(self) -> None:
        self._ctx.tasks.spawn(self.save_and_sync())

    async def save(self) -> None:
        password = self.password_edit.text() or None
        passphrase: str | None = self.passphrase_edit.text() or None
        if not self.encrypt_check.isChecked():
            passphrase = ""  # encryption off: forget the passphrase
        await self._ctx.pools.run(KEYRING, _store_secrets, self._ctx, password, passphrase)
        self._settings = await self._ctx.runner.run(sync_ops.save_sync_settings, self.chosen_settings())
        self.password_edit.clear()
        self.passphrase_edit.clear()
        self.saved.emit()
        await self.show_other_targets()

    async def save_and_sync(self) -> None:
        await self.save()
        if not self._settings.target:
            self._show_text(self.tr("Enter a WebDAV address or choose a folder first."), "warning")
            return
        await self._service.sync_now()

    # -- progress and result -------------------------------------------------------------------
    def _on_started(self) -> None:
        self.sync_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self._show_text(self.tr("Syncing…"), "muted")

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        label = self.tr("Sending changes…") if stage == "push" else self.tr("Receiving changes…")
        self._show_text(label, "muted")

    def _on_finished(self, summary: dict[str, Any]) -> None:
        self.sync_button.setEnabled(True)
        self.progress_bar.setVisible(False)
        self._settings = sync_ops.SyncSettings(**{**self._settings.__dict__, "last": summary})
        self._show_result(summary)
        self._ctx.tasks.spawn(self.show_missing_secrets())
        self._ctx.tasks.spawn(self.show_other_targets())  # the previous target, when it changed

    def _show_text(self, text: str, role: str) -> None:
        self.result_label.setText(text)
        semantic_text(self.result_label, role)
        self.new_identity_button.setVisible(False)

    def _new_identity_clicked(self) -> None:
        self._ctx.tasks.spawn(self.new_identity())

    async def new_identity(self, *, confirmed: bool = False) -> bool:
        """A copied data folder: this copy takes a device id of its own (after a yes), then syncs."""
        if not confirmed and not await confirm(
            self,
            self.tr("Give this copy its own identity"),
            self.tr(
                "This data folder syncs under the same identity as another computer: it was probably "
                "copied from it. Give this computer an identity of its own? Nothing is lost: what this "
                "copy changed is sent again under the new identity, and the other computer's changes "
                "arrive here as another device's."
            ),
            name="syncNewIdentityConfirm",
        ):
            return False
        await self._ctx.runner.run(sync_ops.new_device_id)
        await self._service.sync_now()
        return True

    def _other_selected(self, row: int) -> None:
        self.forget_button.setEnabled(row >= 0)

    def _forget_clicked(self) -> None:
        item = self.others_list.currentItem()
        if item is not None:
            self._ctx.tasks.spawn(self.forget_target(str(item.data(Qt.ItemDataRole.UserRole))))

    async def forget_target(self, target_id: str, *, confirmed: bool = False) -> bool:
        """A target no longer used: after a yes, its rows go (the next sync compacts the journal)."""
        item = next(
            (
                self.others_list.item(i)
                for i in range(self.others_list.count())
                if self.others_list.item(i).data(Qt.ItemDataRole.UserRole) == target_id
            ),
            None,
        )
        name = item.toolTip() if item is not None else target_id
        if not confirmed and not await confirm(
            self,
            self.tr("Forget this target"),
            fill(
                self.tr(
                    "Forget %1? This computer will no longer keep the changes that target has not "
                    "received yet. Nothing is deleted on the target, and the other devices keep "
                    "everything; syncing with it again later sends it everything anew."
                ),
                name,
            ),
            name="syncForgetTargetConfirm",
        ):
            return False
        try:
            await self._ctx.runner.run(sync_ops.forget_target, target_id, initiator=self)
        except sync_ops.TargetNotForgotten as error:
            messages = {
                "current": self.tr("This is the current sync target: choose another one first."),
                "not_yet": self.tr(
                    "Sync once with the current target first: this computer does not know yet which "
                    "of its targets it is."
                ),
            }
            self._show_text(messages.get(error.code, self.tr("This computer never synced with it.")), "error")
            await self.show_other_targets()
            return False
        await self.show_other_targets()
        return True

    def _show_result(self, last: Any) -> None:
        if not last:
            self._show_text(self.tr("Never synced on this computer."), "muted")
            return
        when = ""
        try:
            when = format_datetime(datetime.fromisoformat(str(last.get("at"))).astimezone())
        except ValueError:
            pass
        if last.get("ok"):
            text = fill(
                self.tr("Last sync %1: %2, %3."),
                when,
                self.tr("%n change(s) sent", "", int(last.get("sent", 0))),
                self.tr("%n change(s) received", "", int(last.get("received", 0))),
            )
            conflicts = int(last.get("conflicts", 0))
            if conflicts:
                text += " " + self.tr(
                    "%n text(s) changed on two devices at once: see Conflicts.", "", conflicts
                )
            self._show_text(text, "warning" if conflicts else "success")
            return
        messages = {
            "unreachable": self.tr(
                "The sync target cannot be reached (offline, or the server is down). Your work is "
                "safe here; the next sync will try again."
            ),
            "wrong_passphrase": self.tr(
                "The passphrase is wrong: this target was encrypted with another one. Nothing was synced."
            ),
            "passphrase_needed": self.tr("This target is encrypted: enter its passphrase."),
            "not_encrypted": self.tr(
                "This target is not encrypted: turn encryption off here, or sync to a new, empty target."
            ),
            "device_clash": self.tr(
                "Another installation syncs under this computer's identity (was the data folder copied?)."
            ),
        }
        text = messages.get(
            str(last.get("code")), fill(self.tr("Sync failed: %1"), str(last.get("error", "")))
        )
        self._show_text(fill(self.tr("Last attempt %1: %2"), when, text), "error")
        if last.get("code") == "device_clash":
            self.new_identity_button.setVisible(True)
