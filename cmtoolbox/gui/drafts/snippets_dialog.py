"""The snippets manager: a client's hashtag sets, signatures, calls to action and mentions (and
those shared by every client), edited in a small dialog.

The accounts' default hashtags are listed too, read-only (they are edited with the account, in the
Accounts section); "Copy the accounts' hashtags" turns them into snippets that can be edited.
Deleting goes to the trash, and Edit ▸ Undo brings a snippet back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from cmtoolbox.core import networks
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.list_panel import POSTABLE
from cmtoolbox.gui.drafts.list_status import refusal_text
from cmtoolbox.gui.drafts.snippets import kind_titles
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.controls import combo_box, push_button
from cmtoolbox.gui.widgets.dialog_layout import Standard, dialog_buttons
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.ops import snippets as ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.snippets import SNIPPET_KINDS, Snippet


class SnippetsDialog(QDialog):
    def __init__(
        self, ctx: AppContext, client_id: int, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("snippetsDialog")
        self.setWindowTitle(fill(self.tr("Snippets of %1"), client_name))
        self._ctx = ctx
        self._client_id = client_id
        self._snippets: list[Snippet] = []
        self._editing: Snippet | None = None

        self.list = QListWidget()
        self.list.setObjectName("snippetList")
        self.list.setAccessibleName(self.tr("Snippets"))
        self.list.currentRowChanged.connect(self._show_selected)
        titles = kind_titles()
        self.kind = combo_box("snippetKind", [(titles[k], k) for k in SNIPPET_KINDS])
        self.name = QLineEdit()
        self.name.setObjectName("snippetName")
        every_network = [(self.tr("Every network"), ""), *((networks.network(n).name, n) for n in POSTABLE)]
        self.network = combo_box("snippetNetwork", every_network)
        self.shared = QCheckBox(self.tr("For every client"))
        self.shared.setObjectName("snippetShared")
        self.text = QPlainTextEdit()
        self.text.setObjectName("snippetText")
        self.text.setTabChangesFocus(True)
        self.hint = wrapped_label()
        self.hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("N&etwork:"), self.network)
        form.addRow("", self.shared)
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.hint)

        spawn = ctx.tasks.spawn
        self.new_button = push_button(self.tr("&New"), self.start_new, name="snippetNew")
        self.save_button = push_button(self.tr("&Save"), lambda: spawn(self.save()), name="snippetSave")
        self.delete_button = push_button(
            self.tr("&Delete"), lambda: spawn(self.delete_selected()), name="snippetDelete"
        )
        self.copy_button = push_button(
            self.tr("Copy the accounts' hashtags"),
            lambda: spawn(self.copy_accounts()),
            name="snippetCopyAccounts",
            tip=self.tr("Make editable snippets of the default hashtags set on the accounts"),
        )
        self.status = wrapped_label(name="snippetStatus")
        buttons = dialog_buttons(self, buttons=Standard.Close)
        editing = QWidget()
        row = hbox(self.new_button, None, self.delete_button, self.save_button)
        vbox(form, row, parent=editing, margins=0)
        vbox(hbox(vbox((self.list, 1), self.copy_button), (editing, 2)), self.status, buttons, parent=self)
        self.resize(760, 480)
        ctx.runner.changed.connect(self._on_changed)
        self.start_new()

    @property
    def snippets(self) -> list[Snippet]:
        return list(self._snippets)

    async def reload(self) -> None:
        self._snippets = await self._ctx.runner.read(ops.list_snippets, self._client_id)
        wanted = self._editing.key if self._editing is not None else None
        titles = kind_titles()
        self.list.blockSignals(True)
        self.list.clear()
        for snippet in self._snippets:
            label = f"{titles[snippet.kind]} · {snippet.name}"
            if snippet.read_only:
                label += " " + self.tr("(account)")
            elif snippet.client_id is None:
                label += " " + self.tr("(every client)")
            row = QListWidgetItem(label)
            row.setToolTip(snippet.text)
            row.setData(Qt.ItemDataRole.UserRole, snippet.key)
            self.list.addItem(row)
        self.list.blockSignals(False)
        row = next((i for i, s in enumerate(self._snippets) if s.key == wanted), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        self.copy_button.setEnabled(any(s.read_only for s in self._snippets))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Entity.SNIPPETS, Entity.ACCOUNTS) and not changes.by(self) and self.isVisible():
            self._ctx.tasks.spawn(self.reload())

    def select(self, name: str) -> bool:
        row = next((i for i, s in enumerate(self._snippets) if s.name == name), -1)
        self.list.setCurrentRow(row)
        return row >= 0

    def _show_selected(self, row: int) -> None:
        snippet = self._snippets[row] if 0 <= row < len(self._snippets) else None
        self._editing = snippet
        if snippet is None:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(snippet.kind)))
        self.name.setText(snippet.name)
        self.network.setCurrentIndex(max(0, self.network.findData(snippet.network)))
        self.shared.setChecked(snippet.client_id is None)
        self.text.setPlainText(snippet.text)
        for widget in (
            self.kind,
            self.name,
            self.network,
            self.shared,
            self.text,
            self.save_button,
            self.delete_button,
        ):
            widget.setEnabled(not snippet.read_only)
        self.hint.setText(
            self.tr("Default hashtags of an account: edit them in the Accounts section.")
            if snippet.read_only
            else ""
        )

    def start_new(self) -> None:
        self._editing = None
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        for widget in (self.kind, self.name, self.network, self.shared, self.text, self.save_button):
            widget.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.name.clear()
        self.text.clear()
        self.shared.setChecked(False)
        self.hint.setText(self.tr("A new snippet: give it a name and its text, then Save."))
        self.name.setFocus()

    async def save(self) -> Snippet | None:
        fields = {
            "kind": str(self.kind.currentData()),
            "name": self.name.text(),
            "text": self.text.toPlainText(),
            "network": str(self.network.currentData() or ""),
        }
        owner = None if self.shared.isChecked() else self._client_id
        try:
            if self._editing is None or self._editing.id is None:
                saved = await self._ctx.runner.run(ops.create_snippet, owner, initiator=self, **fields)
            else:
                saved = await self._ctx.runner.run(
                    ops.update_snippet,
                    self._editing.id,
                    client_id=owner,
                    initiator=self,
                    undo_label=self.tr("Snippet changed"),
                    **fields,
                )
        except InvalidValue as error:
            self.status.setText(self._refusal(error))
            return None
        self._editing = saved
        self.status.setText(fill(self.tr("“%1” saved."), saved.name))
        await self.reload()
        return saved

    def _refusal(self, error: InvalidValue) -> str:
        if error.field == "name" and error.reason == "empty":
            return self.tr("Give the snippet a name.")
        if error.reason == "too_long":
            return self.tr("This is too long for a snippet.")
        return refusal_text(error)

    async def delete_selected(self) -> None:
        snippet = self._editing
        if snippet is None or snippet.id is None:
            return
        label = fill(self.tr("Snippet “%1” moved to the trash"), snippet.name)
        await self._ctx.runner.run(ops.move_to_trash, snippet.id, initiator=self, undo_label=label)
        self.status.setText(label)
        self.start_new()
        await self.reload()

    async def copy_accounts(self) -> None:
        made = await self._ctx.runner.run(
            ops.copy_account_hashtags,
            self._client_id,
            initiator=self,
            undo_label=self.tr("Accounts' hashtags copied to snippets"),
        )
        self.status.setText(self.tr("%n snippet(s) made from the accounts' hashtags.", "", len(made)))
        await self.reload()
