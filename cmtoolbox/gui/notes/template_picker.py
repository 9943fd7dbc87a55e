"""“New from template”: the shipped templates in the UI language and the user's own ones.

Shipped templates come from core.templates (resources/templates/<lang>); the user's templates are
notes flagged `is_template`, of the current client or shared by all clients. Placeholders
({{client}}, {{date}}, {{month}}, {{year}}) are filled for the current client, and the preview
shows the note exactly as it will be created.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.render import render_markdown
from cmtoolbox.core.templates import (
    Template,
    fill_placeholders,
    list_templates,
    normalise_lang,
    placeholder_values,
    render_template,
    render_title,
)
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.notes.layout import list_and_detail
from cmtoolbox.gui.notes.preview import NotePreview
from cmtoolbox.gui.widgets.dialog_layout import dialog_buttons
from cmtoolbox.ops import notes as ops
from cmtoolbox.storage.notes import MAX_TITLE_LENGTH, Note

ChoiceKind = Literal["blank", "builtin", "user"]


@dataclass(frozen=True)
class TemplateChoice:
    kind: ChoiceKind
    title: str
    body: str
    tags: tuple[str, ...] = ()
    notebook: str = ""
    source_id: str | int | None = None  # template id, or the user template's note id


def builtin_choice(template: Template, client_name: str, today: dt.date) -> TemplateChoice:
    return TemplateChoice(
        "builtin",
        render_title(template, client=client_name, date=today),
        render_template(template, client=client_name, date=today),
        source_id=template.id,
    )


def user_choice(note: Note, lang: str, client_name: str, today: dt.date) -> TemplateChoice:
    values = placeholder_values(lang, client=client_name, date=today)
    return TemplateChoice(
        "user",
        fill_placeholders(note.title, values, escape=False),
        fill_placeholders(note.body, values),
        tags=note.tags,
        notebook=note.notebook,
        source_id=note.id,
    )


class TemplatePickerDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        client_name: str,
        user_templates: list[Note],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatePickerDialog")
        self.setWindowTitle(self.tr("New note from a template"))
        self._ctx = ctx
        self._lang = normalise_lang(ctx.language)
        self._today = today or dt.date.today()
        self._client_name = client_name
        self._choices: list[TemplateChoice] = []
        self.deleted_templates: list[int] = []

        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentRowChanged.connect(self._show_selected)
        self.list.itemActivated.connect(lambda _i: self.accept() if self.choice() else None)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("templateDescription")
        self.preview = NotePreview()
        self.preview.setObjectName("templatePreview")
        splitter = list_and_detail(self.list, [self.description, self.preview], (260, 560))

        self.buttons = dialog_buttons(self, self.tr("&Create note"))
        self.delete_button = QPushButton(self.tr("&Delete this template"))
        self.delete_button.setObjectName("deleteTemplate")
        self.delete_button.clicked.connect(lambda: self._ctx.tasks.spawn(self.delete_selected()))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

        self._add_header(self.tr("Start from"))
        self._add(TemplateChoice("blank", "", ""), self.tr("Blank note"), self.tr("An empty note."))
        self._add_header(self.tr("Templates"))
        for template in list_templates(self._lang):
            self._add(
                builtin_choice(template, client_name, self._today), template.title, template.description
            )
        if user_templates:
            self._add_header(self.tr("Your templates"))
            for note in user_templates:
                scope = self.tr("For all clients") if note.client_id is None else self.tr("For this client")
                self._add(
                    user_choice(note, self._lang, client_name, self._today),
                    note.title or self.tr("Untitled"),
                    scope,
                )
        if not self.select("builtin"):
            self.select("blank")

    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _add(self, choice: TemplateChoice, label: str, description: str) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, len(self._choices))
        item.setData(Qt.ItemDataRole.UserRole + 1, description)
        item.setToolTip(description)
        self._choices.append(choice)
        self.list.addItem(item)

    def choice(self) -> TemplateChoice | None:
        item = self.list.currentItem()
        index = item.data(Qt.ItemDataRole.UserRole) if item else None
        return self._choices[index] if index is not None else None

    def select(self, kind: ChoiceKind, source_id: str | int | None = None) -> bool:
        for row in range(self.list.count()):
            index = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if index is None:
                continue
            choice = self._choices[index]
            if choice.kind == kind and (source_id is None or choice.source_id == source_id):
                self.list.setCurrentRow(row)
                return True
        return False

    def _show_selected(self, _row: int) -> None:
        choice = self.choice()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(choice is not None)
        self.delete_button.setVisible(choice is not None and choice.kind == "user")
        item = self.list.currentItem()
        self.description.setText(item.data(Qt.ItemDataRole.UserRole + 1) if item and choice else "")
        self.preview.show_html(render_markdown(choice.body) if choice else "")

    async def delete_selected(self) -> None:
        choice = self.choice()
        if choice is None or choice.kind != "user" or not isinstance(choice.source_id, int):
            return
        note_id = choice.source_id
        item = self.list.currentItem()
        label = fill(self.tr("Template “%1” moved to the trash"), item.text() if item else "")
        await self._ctx.runner.run(ops.move_to_trash, note_id, initiator=self, undo_label=label)
        self.deleted_templates.append(note_id)
        row = self.list.currentRow()
        self.list.takeItem(row)
        self.list.setCurrentRow(max(0, row - 1))


class SaveTemplateDialog(QDialog):
    """Name the template and choose who can use it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveTemplateDialog")
        self.setWindowTitle(self.tr("Save as template"))
        self.name = QLineEdit(title)
        self.name.setMaxLength(MAX_TITLE_LENGTH)
        self.shared = QCheckBox(self.tr("Available for all clients"))
        hint = QLabel(
            self.tr(
                "Placeholders are filled when a note is created: {{client}}, {{date}}, {{month}}, {{year}}."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Template &name:"), self.name)
        form.addRow("", self.shared)
        buttons = dialog_buttons(
            self, buttons=QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.name.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
