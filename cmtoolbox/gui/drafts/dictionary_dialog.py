"""The personal dictionary of the current client (and of every client): remove a word added by
mistake (undoable from Edit ▸ Undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.ops import spelling as spelling_ops
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.dictionary import DictionaryWord


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
                fill(
                    self.tr(
                        "Words the spell checker accepts for %1, and for every client. Add words from "
                        "the editor: right-click an underlined word."
                    ),
                    client.name,
                )
            )

    async def reload(self) -> None:
        client_id = self._client.id if self._client else None
        entries = await self._ctx.runner.read(spelling_ops.dictionary_words, client_id)
        self.words.clear()
        for entry in entries:
            label = entry.word
            if entry.is_global:
                label = fill(self.tr("%1 (every client)"), entry.word)
            if entry.kind == "ignored":
                label = fill(self.tr("%1 (ignored)"), label)
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
        label = self.tr("%n word(s) removed from the dictionary", "", len(ids))
        removed = await self._ctx.runner.run(spelling_ops.remove_words, ids, initiator=self, undo_label=label)
        await self.reload()
        return removed
