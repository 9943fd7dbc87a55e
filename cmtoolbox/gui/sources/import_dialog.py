"""The options of a bookmark import, shown after the file was read so the CM sees what it holds.

Browser folders ("Veille > Concurrents") mean different things to different people: they
become tags, stay as a folder path, or are dropped; TAGS and ADD_DATE are always kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.bookmarks_html import BookmarkDocument
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.messages import kind_labels
from cmtoolbox.gui.widgets.dialog_layout import dialog_buttons


@dataclass(frozen=True)
class BookmarkImportOptions:
    folders: str = "tags"  # see storage.sources.FOLDER_MODES
    kind: str = "other"


class BookmarkImportDialog(QDialog):
    def __init__(self, document: BookmarkDocument, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import bookmarks"))
        self.setMinimumWidth(460)
        self.summary = summary = QLabel(
            fill(
                self.tr("“%1” holds %2 in %3."),
                file_name,
                self.tr("%n bookmark(s)", "", len(document.bookmarks)),
                self.tr("%n folder(s)", "", len(document.folders)),
            )
        )
        summary.setWordWrap(True)
        self.as_tags = QRadioButton(self.tr("Folders become &tags"))
        self.as_folder = QRadioButton(self.tr("Keep the &folders (shown in the folder list)"))
        self.ignore = QRadioButton(self.tr("&Ignore folders"))
        self.as_tags.setChecked(True)
        self.group = QButtonGroup(self)
        for button in (self.as_tags, self.as_folder, self.ignore):
            self.group.addButton(button)
        self.kind_combo = QComboBox()
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("other"))
        note = QLabel(
            self.tr("Tags and dates saved by the browser are kept. Addresses you already have are skipped.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Folders:"), self.as_tags)
        form.addRow("", self.as_folder)
        form.addRow("", self.ignore)
        form.addRow(self.tr("&Kind of the imported sources:"), self.kind_combo)
        buttons = dialog_buttons(self, self.tr("Import these bookmarks"))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        if not document.folders:
            for button in (self.as_tags, self.as_folder, self.ignore):
                button.setEnabled(False)

    def options(self) -> BookmarkImportOptions:
        folders = "tags" if self.as_tags.isChecked() else "folder" if self.as_folder.isChecked() else "ignore"
        return BookmarkImportOptions(folders=folders, kind=str(self.kind_combo.currentData()))
