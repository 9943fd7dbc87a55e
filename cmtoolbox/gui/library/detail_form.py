"""The part of the library's detail panel where a person describes an item and records its rights.

The fields networks and clients care about: title, description, alt text (required for
accessibility, and by several networks), credit, licence, the date the rights end (typed in the
UI language's format or picked in a calendar) and tags. A view: it loads an item, says when its
values differ from the stored ones, and hands them over as `MediaDetails`; the page saves them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.date_edit import DateEdit
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.ops.library import MediaDetails
from cmtoolbox.storage.media import MAX_CREDIT, MAX_LICENCE, MAX_TITLE, MediaItem

ALT_TEXT_ADVISED = 125
"""Screen readers cut long alt texts; 125 characters is the common advice (and Instagram's view)."""

LICENCE_CHOICES = (
    "Tous droits réservés",
    "Droits cédés par le client",
    "Propriété du client",
    "CC BY 4.0",
    "CC BY-SA 4.0",
    "CC0 (domaine public)",
    "Licence banque d’images",
)


class MediaDetailsForm(QWidget):
    save_requested = Signal()
    revert_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: MediaItem | None = None
        self._loaded = MediaDetails()
        self._dirty = False

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("mediaTitle")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.description_edit = self._text_box("mediaDescription", 64)
        self.alt_edit = self._text_box("mediaAltText", 84)
        self.alt_edit.setPlaceholderText(self.tr("What the picture shows, for people who cannot see it"))
        self.alt_hint = wrapped_label(name="mediaAltHint")
        self.credit_edit = QLineEdit()
        self.credit_edit.setObjectName("mediaCredit")
        self.credit_edit.setMaxLength(MAX_CREDIT)
        self.credit_edit.setPlaceholderText(self.tr("Photographer, agency, author"))
        self.licence_edit = QComboBox()
        self.licence_edit.setObjectName("mediaLicence")
        self.licence_edit.setEditable(True)
        self.licence_edit.addItems(["", *LICENCE_CHOICES])
        self.licence_edit.lineEdit().setMaxLength(MAX_LICENCE)
        self.licence_edit.lineEdit().setPlaceholderText(self.tr("Licence or terms of use"))
        self.licence_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rights_check = QCheckBox(self.tr("End on"))
        self.rights_check.setToolTip(
            self.tr(
                "The date the rights to use this item end (licence, photo credits); the library flags it 30 "
                "days before"
            )
        )
        self.rights_check.setObjectName("mediaRightsCheck")
        self.rights_date = DateEdit()  # "12/12/26" is ambiguous for a contract's end: four-digit years
        self.rights_date.setObjectName("mediaRightsDate")
        self.rights_date.setAccessibleName(self.tr("Rights end on"))
        self.rights_date.setDate(QDate.currentDate().addYears(1))
        self.rights_date.setEnabled(False)
        rights_row = hbox(self.rights_check, (self.rights_date, 1), margins=0)
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("mediaTags")
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. feed, christmas"))
        self.tags_completer = QCompleter([])
        self.tags_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Alt text:"), self.alt_edit)
        form.addRow("", self.alt_hint)
        form.addRow(self.tr("C&redit:"), self.credit_edit)
        form.addRow(self.tr("&Licence:"), self.licence_edit)
        form.addRow(self.tr("Rights:"), rights_row)
        form.addRow(self.tr("Ta&gs:"), self.tags_edit)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("mediaSave")
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setObjectName("mediaRevert")
        self.save_button.clicked.connect(self.save_requested.emit)
        self.revert_button.clicked.connect(self.revert_requested.emit)
        vbox(form, hbox(None, self.revert_button, self.save_button), parent=self, margins=0)

        for edit in (self.title_edit, self.credit_edit, self.tags_edit):
            edit.textChanged.connect(self._on_edited)
        self.licence_edit.editTextChanged.connect(self._on_edited)
        self.description_edit.textChanged.connect(self._on_edited)
        self.alt_edit.textChanged.connect(self._on_edited)
        self.alt_edit.textChanged.connect(self._update_alt_hint)
        self.rights_check.toggled.connect(self.rights_date.setEnabled)
        self.rights_check.toggled.connect(self._on_edited)
        self.rights_date.dateChanged.connect(self._on_edited)
        self.set_editable(False)

    @staticmethod
    def _text_box(name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)  # Tab goes on to the next field, as in the line edits
        edit.setFixedHeight(height)
        return edit

    def _fields(self) -> tuple[QWidget, ...]:
        return (
            self.title_edit,
            self.description_edit,
            self.alt_edit,
            self.credit_edit,
            self.licence_edit,
            self.rights_check,
            self.rights_date,
            self.tags_edit,
        )

    # -- loading -----------------------------------------------------------------------------------
    @property
    def item(self) -> MediaItem | None:
        return self._item

    def load(self, item: MediaItem | None) -> None:
        """Show `item`'s details (None empties the form); unsaved edits are dropped."""
        self._item = item
        details = MediaDetails.of(item) if item is not None else MediaDetails()
        blockers = [QSignalBlocker(widget) for widget in self._fields()]
        self.title_edit.setText(details.title)
        self.title_edit.setPlaceholderText(item.original_name if item is not None else "")
        self.description_edit.setPlainText(details.description)
        self.alt_edit.setPlainText(details.alt_text)
        self.credit_edit.setText(details.credit)
        self.licence_edit.setEditText(details.licence)
        end = details.rights_expire_on
        self.rights_check.setChecked(end is not None)
        self.rights_date.setDate(
            QDate(end.year, end.month, end.day) if end else QDate.currentDate().addYears(1)
        )
        self.tags_edit.setText(", ".join(details.tags))
        for edit in (self.title_edit, self.credit_edit, self.tags_edit, self.licence_edit.lineEdit()):
            edit.setCursorPosition(0)  # show the start of a long value, not its end
        del blockers
        self._loaded = self.details()
        self._set_dirty(False)
        self.set_editable(item is not None)
        self._update_alt_hint()

    def set_tag_completion(self, names: list[str]) -> None:
        self.tags_completer.model().setStringList(names)  # type: ignore[attr-defined]

    # -- editing -----------------------------------------------------------------------------------
    def details(self) -> MediaDetails:
        """What the form holds now."""
        expire: date | None = None
        if self.rights_check.isChecked():
            qdate = self.rights_date.date()
            expire = date(qdate.year(), qdate.month(), qdate.day())
        return MediaDetails(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            alt_text=self.alt_edit.toPlainText(),
            credit=self.credit_edit.text(),
            licence=self.licence_edit.currentText(),
            rights_expire_on=expire,
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
        )

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_saved(self, item: MediaItem) -> None:
        """After a save: the stored item becomes the reference, the user's cursor stays put."""
        self._item = item
        self._loaded = self.details()
        self._set_dirty(False)

    def _on_edited(self, *_args: object) -> None:
        if self._item is not None:
            self._set_dirty(self.details() != self._loaded)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def set_editable(self, editable: bool) -> None:
        for widget in self._fields():
            widget.setEnabled(editable)
        self.rights_date.setEnabled(editable and self.rights_check.isChecked())
        self.tags_edit.setCompleter(self.tags_completer if editable else None)

    def _update_alt_hint(self) -> None:
        length = len(self.alt_edit.toPlainText().strip())
        if self._item is None:
            self.alt_hint.clear()
        elif length == 0:
            self.alt_hint.setText(
                self.tr(
                    "No alt text yet: several networks ask for one, and people using a screen reader need it."
                )
            )
        elif length > ALT_TEXT_ADVISED:
            text = self.tr("%n characters: screen readers may cut it after about %1.", "", length)
            self.alt_hint.setText(fill(text, ALT_TEXT_ADVISED))
        else:
            self.alt_hint.setText(self.tr("%n character(s).", "", length))
