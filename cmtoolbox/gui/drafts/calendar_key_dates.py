"""The key date form: a date that matters to a client (an anniversary, a trade fair, a sale).

Only the form lives here; the calendar's controller opens it from a day's context menu and saves
through `ops.calendar` (undoable).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.date_edit import DateEdit
from cmtoolbox.gui.widgets.dialog_layout import dialog_buttons
from cmtoolbox.storage.key_dates import KeyDate

MAX_TITLE_LENGTH = 200


@dataclass(frozen=True)
class KeyDateAnswer:
    day: date
    title: str
    yearly: bool
    notes: str
    every_client: bool


class KeyDateDialog(QDialog):
    """Add (no `key_date`) or edit a key date."""

    def __init__(
        self,
        day: date,
        *,
        key_date: KeyDate | None = None,
        client_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyDateDialog")
        self.setWindowTitle(self.tr("Edit key date") if key_date else self.tr("New key date"))
        self.title = QLineEdit(key_date.title if key_date else "")
        self.title.setObjectName("keyDateTitle")
        self.title.setMaxLength(MAX_TITLE_LENGTH)
        self.title.setPlaceholderText(self.tr("Shop anniversary, trade fair, sales…"))
        self.date = DateEdit()
        self.date.setObjectName("keyDateDay")
        shown = key_date.day if key_date else day
        self.date.setDate(QDate(shown.year, shown.month, shown.day))
        self.yearly = QCheckBox(self.tr("Every &year on this date"))
        self.yearly.setObjectName("keyDateYearly")
        self.yearly.setChecked(bool(key_date and key_date.yearly))
        self.every_client = QCheckBox(self.tr("For &every client"))
        self.every_client.setObjectName("keyDateEveryClient")
        if key_date is not None:
            self.every_client.setChecked(key_date.client_id is None)
            self.every_client.setEnabled(False)  # who a key date belongs to is set when it is made
        elif client_name is None:
            self.every_client.setChecked(True)  # no client chosen: it can only be everyone's
            self.every_client.setEnabled(False)
        else:
            self.every_client.setToolTip(fill(self.tr("Unchecked: for %1 only"), client_name))
        self.notes = QPlainTextEdit(key_date.notes if key_date else "")
        self.notes.setObjectName("keyDateNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow("", self.yearly)
        form.addRow("", self.every_client)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(420, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def answer(self) -> KeyDateAnswer:
        picked = self.date.date()
        return KeyDateAnswer(
            day=date(picked.year(), picked.month(), picked.day()),
            title=self.title.text().strip(),
            yearly=self.yearly.isChecked(),
            notes=self.notes.toPlainText().strip(),
            every_client=self.every_client.isChecked(),
        )
