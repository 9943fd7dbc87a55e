"""The two dialogs of client approval: what to export as a proof, and what the client answered.

`ExportDialog` asks which files to make (a web page to send by mail, a PDF to print or attach), the
name shown on the cover and whether to open the folder; the file name is asked next, by the usual
save dialog. `AnswerDialog` lists the drafts of a proof, each with "approved" or "changes
requested" and the client's words, plus who answered and when (one mail or call answers several
posts at once; a later answer is recorded on its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.drafts.list_status import status_label
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.controls import push_button
from cmtoolbox.gui.widgets.date_edit import DateEdit
from cmtoolbox.gui.widgets.dialog_layout import accept_button, dialog_buttons
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, scrolling, vbox
from cmtoolbox.ops.bat import Answer, AnswerTarget

__all__ = ["AnswerDialog", "AnswerRow", "ExportChoice", "ExportDialog"]


# -- export ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportChoice:
    html: bool
    pdf: bool
    cm_name: str
    open_folder: bool


class ExportDialog(QDialog):
    """Which files the proof becomes. At least one format stays ticked."""

    def __init__(self, count: int, choice: ExportChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batExportDialog")
        self.setWindowTitle(self.tr("Export a proof for the client"))
        intro = wrapped_label(
            self.tr(
                "The proof shows each of the %n selected post(s) as it will look on its networks, with "
                "its planned date and a box for the client's answer. Nothing is sent: you mail or "
                "print the files yourself.",
                "",
                count,
            )
        )
        self.html_box = QCheckBox(self.tr("Web page (HTML): one file to attach to a mail, pictures included"))
        self.html_box.setChecked(choice.html)
        self.pdf_box = QCheckBox(self.tr("PDF (A4): to print or attach"))
        self.pdf_box.setChecked(choice.pdf)
        self.name_edit = QLineEdit(choice.cm_name)
        self.name_edit.setPlaceholderText(self.tr("Your name or agency (optional)"))
        self.name_edit.setMaxLength(120)
        self.open_box = QCheckBox(self.tr("Open the folder when done"))
        self.open_box.setChecked(choice.open_folder)
        form = QFormLayout()
        form.addRow(self.tr("Prepared by:"), self.name_edit)
        self.buttons = dialog_buttons(self, self.tr("Export…"), QDialogButtonBox.StandardButton.Cancel)
        self.export_button = accept_button(self.buttons)
        vbox(intro, self.html_box, self.pdf_box, form, self.open_box, self.buttons, parent=self)
        self.html_box.toggled.connect(self._update)
        self.pdf_box.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.export_button.setEnabled(self.html_box.isChecked() or self.pdf_box.isChecked())

    def choice(self) -> ExportChoice:
        return ExportChoice(
            html=self.html_box.isChecked(),
            pdf=self.pdf_box.isChecked(),
            cm_name=" ".join(self.name_edit.text().split()),
            open_folder=self.open_box.isChecked(),
        )


# -- answers ---------------------------------------------------------------------------------------
class AnswerRow(QGroupBox):
    """One draft: no answer yet, approved, or changes requested, and the client's words."""

    def __init__(self, number: int, target: AnswerTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName(f"batAnswer_{target.draft_id}")
        self.setTitle(f"{number}. {target.title}")
        state = fill(self.tr("Status: %1"), status_label(target.status))
        if target.sent_at is not None:
            state += " · " + fill(self.tr("proof sent on %1"), format_datetime(target.sent_at))
        self.state_label = QLabel(state)
        self.state_label.setObjectName("batAnswerState")
        self.none_button = QRadioButton(self.tr("No answer yet"))
        self.approved_button = QRadioButton(self.tr("Approved"))
        self.changes_button = QRadioButton(self.tr("Changes requested"))
        self.group = QButtonGroup(self)
        for button in (self.none_button, self.approved_button, self.changes_button):
            self.group.addButton(button)
        self.none_button.setChecked(True)
        self.words_edit = QPlainTextEdit()
        self.words_edit.setPlaceholderText(self.tr("The client's words (what to change, or their comment)"))
        self.words_edit.setTabChangesFocus(True)
        self.words_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        choices = hbox(self.none_button, self.approved_button, self.changes_button, None)
        vbox(self.state_label, choices, self.words_edit, parent=self)

    def answered(self) -> bool:
        return not self.none_button.isChecked()

    def answer(self, author: str, at: datetime) -> Answer | None:
        if not self.answered():
            return None
        words = self.words_edit.toPlainText().strip()
        return Answer(self.target.draft_id, self.approved_button.isChecked(), words, author, at)


class AnswerDialog(QDialog):
    """The client's answers to a proof, recorded together (one undo)."""

    def __init__(self, targets: list[AnswerTarget], author: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batAnswerDialog")
        self.setWindowTitle(self.tr("Record the client's answer"))
        self.resize(640, 560)
        intro = wrapped_label(
            self.tr(
                "Tick what the client answered for each post. Approved posts become “Approved”; "
                "posts with changes requested go back to “Draft” with the client's words in their "
                "history."
            )
        )
        self.author_edit = QLineEdit(author)
        self.author_edit.setObjectName("batAnswerAuthor")
        self.author_edit.setMaxLength(200)
        self.author_edit.setPlaceholderText(self.tr("Who answered, at the client's"))
        now = QDateTime.currentDateTime()
        self.date_edit = DateEdit()
        self.date_edit.setDate(now.date())
        self.time_edit = QTimeEdit(QTime(now.time().hour(), now.time().minute()))
        self.time_edit.setDisplayFormat(self.locale().timeFormat(self.locale().FormatType.ShortFormat))
        form = QFormLayout()
        form.addRow(self.tr("Answered by:"), self.author_edit)
        form.addRow(self.tr("On:"), hbox(self.date_edit, self.time_edit, None))

        self.rows: dict[int, AnswerRow] = {}
        inner = QWidget()
        rows_layout = QVBoxLayout(inner)
        for number, target in enumerate(targets, start=1):
            row = AnswerRow(number, target)
            row.group.buttonToggled.connect(self._update)
            self.rows[target.draft_id] = row
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        all_approved = push_button(self.tr("All approved"), self._approve_all, name="batAllApproved")
        self.buttons = dialog_buttons(self, self.tr("Record"), QDialogButtonBox.StandardButton.Cancel)
        self.record_button = accept_button(self.buttons)
        self.buttons.addButton(all_approved, QDialogButtonBox.ButtonRole.ActionRole)
        vbox(intro, form, (scrolling(inner), 1), self.buttons, parent=self)
        self._update()

    def _approve_all(self) -> None:
        for row in self.rows.values():
            row.approved_button.setChecked(True)

    def _update(self, *_args: object) -> None:
        self.record_button.setEnabled(any(row.answered() for row in self.rows.values()))

    def answered_at(self) -> datetime:
        """The date and time typed, read in the machine's zone, as an aware UTC instant."""
        local = QDateTime(self.date_edit.date(), self.time_edit.time())  # local time
        return datetime.fromtimestamp(local.toSecsSinceEpoch(), UTC)

    def answers(self) -> list[Answer]:
        author = " ".join(self.author_edit.text().split())
        at = self.answered_at()
        found = (row.answer(author, at) for row in self.rows.values())
        return [a for a in found if a is not None]
