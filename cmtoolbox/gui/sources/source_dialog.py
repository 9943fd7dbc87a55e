"""Adding and editing a bookmarked source.

The address is checked as the user presses OK, before the dialog closes: a typo gets a sentence
under the field, and an address the client already has says so with a button to open (or, from
the trash, restore) the existing source, so what was typed is never lost to an error box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.urls import InvalidUrl, validate_http_url
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.messages import kind_labels, url_error_message
from cmtoolbox.gui.theme import semantic_text
from cmtoolbox.gui.widgets.dialog_layout import dialog_buttons
from cmtoolbox.ops import sources as ops
from cmtoolbox.ops.sources import SourceValues
from cmtoolbox.storage.sources import SOURCE_KINDS, Source

OPEN_EXISTING = 2
RESTORE_EXISTING = 3


def split_tags(text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for part in text.split(","):
        name = " ".join(part.strip().lstrip("#").split())
        if name and name.casefold() not in {s.casefold() for s in seen}:
            seen.append(name)
    return tuple(seen)


class TagLineEdit(QLineEdit):
    """Comma-separated tags; the completer completes the word being typed, not the whole line."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completer = QCompleter(QStringListModel(names, self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _complete(self) -> None:
        word = self._current_word()
        if not word:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount():
            self._completer.complete()

    def _insert(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{name}, {after.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(head) + len(name) + 2)


class SourceDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        client_id: int,
        tag_names: list[str],
        source: Source | None = None,
        parent: QWidget | None = None,
        *,
        folders: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id = client_id
        self._source = source
        self.existing: Source | None = None
        self.setWindowTitle(self.tr("Edit source") if source else self.tr("New source"))
        self.setMinimumWidth(520)

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://…"))
        self.url_edit.setAccessibleName(self.tr("Address"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Name shown in the list (optional)"))
        self.kind_combo = QComboBox()
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.tags_edit = TagLineEdit(tag_names)
        self.tags_edit.setPlaceholderText(self.tr("competition, Lyon, inspiration…"))
        self.folder_combo = QComboBox()
        self.folder_combo.setEditable(True)
        self.folder_combo.addItem("")
        self.folder_combo.addItems([folder for folder in folders if folder])
        self.folder_combo.lineEdit().setPlaceholderText(self.tr("No folder (Veille/Concurrents…)"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Why you follow it, what to watch…"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(90)
        self.shared_check = QCheckBox(self.tr("Shared with all clients"))
        self.shared_check.setToolTip(
            self.tr("A shared source (a trade magazine, say) shows in the list of every client.")
        )

        self.error_label = QLabel()
        self.error_label.setObjectName("sourceDialogError")
        self.error_label.setWordWrap(True)
        semantic_text(self.error_label, "error")
        self.error_label.hide()
        self.existing_button = QPushButton()
        self.existing_button.hide()
        self.existing_button.clicked.connect(self._use_existing)

        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tr("&Name:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        form.addRow(self.tr("&Folder:"), self.folder_combo)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        form.addRow("", self.shared_check)

        self.buttons = dialog_buttons(self)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_label, 1)
        error_row.addWidget(self.existing_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(error_row)
        layout.addWidget(self.buttons)

        if source is not None:
            self.url_edit.setText(source.url)
            self.title_edit.setText(source.title)
            self.kind_combo.setCurrentIndex(max(0, SOURCE_KINDS.index(source.kind)))
            self.tags_edit.setText(", ".join(source.tags))
            self.folder_combo.setEditText(source.folder)
            self.notes_edit.setPlainText(source.notes)
            self.shared_check.setChecked(source.shared)
        else:
            self.kind_combo.setCurrentIndex(SOURCE_KINDS.index("other"))
        self.url_edit.setFocus()

    def values(self) -> SourceValues:
        return SourceValues(
            url=self.url_edit.text().strip(),
            title=self.title_edit.text().strip(),
            kind=str(self.kind_combo.currentData()),
            tags=split_tags(self.tags_edit.text()),
            notes=self.notes_edit.toPlainText().strip(),
            folder=ops.clean_folder(self.folder_combo.currentText()),
            shared=self.shared_check.isChecked(),
        )

    def _show_error(self, text: str, button: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.existing_button.setVisible(button is not None)
        if button is not None:
            self.existing_button.setText(button)

    def accept(self) -> None:
        """Check the address (format, then duplicates on the database thread) before closing."""
        try:
            url = validate_http_url(self.url_edit.text())
        except InvalidUrl as error:
            self._show_error(url_error_message(error.code))
            self.url_edit.setFocus()
            return
        self.buttons.setEnabled(False)
        self._ctx.tasks.spawn(self._check_duplicate(url))

    async def _check_duplicate(self, url: str) -> None:
        owner = None if self.shared_check.isChecked() else self._client_id
        exclude = self._source.id if self._source else None
        try:
            existing = await self._ctx.runner.read(ops.find_duplicate, owner, url, exclude)
        finally:
            self.buttons.setEnabled(True)
        if existing is None:
            self.existing = None
            QDialog.accept(self)
            return
        self.existing = existing
        if existing.deleted_at is not None:
            self._show_error(
                fill(self.tr("This address is in the trash: “%1”."), existing.display_title),
                self.tr("Restore it"),
            )
        else:
            self._show_error(
                fill(self.tr("This address is already in your sources: “%1”."), existing.display_title),
                self.tr("Open it"),
            )
        self.url_edit.setFocus()

    def _use_existing(self) -> None:
        if self.existing is None:
            return
        self.done(RESTORE_EXISTING if self.existing.deleted_at is not None else OPEN_EXISTING)
