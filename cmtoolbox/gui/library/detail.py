"""The detail panel of the library: preview, file facts, metadata editing, usages, format checks.

A view and nothing else: it shows what the page loads and emits requests (save, open, copy,
export, trash); the page runs them off the UI thread. The fields it edits are the ones networks
and clients care about: title, description, alt text (required for accessibility, and by several
networks), credit, licence, the date the rights end, and tags.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.media_rules import check_all
from cmtoolbox.gui.library.messages import (
    describe_check,
    fill,
    format_duration,
    format_pixels,
    format_size,
    kind_label,
)
from cmtoolbox.storage.media import (
    MAX_CREDIT,
    MAX_LICENCE,
    MAX_TITLE,
    RIGHTS_WARNING_DAYS,
    MediaItem,
    MediaUsage,
)

PREVIEW = QSize(340, 230)
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


class MediaDetailPanel(QWidget):
    save_requested = Signal()
    revert_requested = Signal()
    open_requested = Signal()
    show_in_folder_requested = Signal()
    copy_requested = Signal()
    copy_link_requested = Signal()
    export_requested = Signal()
    trash_requested = Signal()
    usage_requested = Signal(str, int)  # entity ("notes", "drafts"), record id: open it
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: MediaItem | None = None
        self._loaded: dict[str, object] = {}
        self._dirty = False

        self.preview = QLabel()
        self.preview.setObjectName("mediaPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW.width() // 2, PREVIEW.height())
        self.preview.setMaximumHeight(PREVIEW.height())
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)

        self.heading = QLabel()
        self.heading.setObjectName("mediaHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.rights_flag = QLabel()
        self.rights_flag.setObjectName("mediaRightsFlag")
        self.rights_flag.setWordWrap(True)
        self.rights_flag.hide()
        self.selection_note = QLabel()
        self.selection_note.setObjectName("mediaSelectionNote")
        self.selection_note.setWordWrap(True)
        self.selection_note.hide()

        # -- facts ------------------------------------------------------------------------------
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_type = QLabel()
        self.fact_size = QLabel()
        self.fact_pixels = QLabel()
        self.fact_duration = QLabel()
        self.fact_name = QLabel()
        self.fact_name.setWordWrap(True)
        self.fact_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fact_added = QLabel()
        self.facts.addRow(self.tr("Type:"), self.fact_type)
        self.facts.addRow(self.tr("File size:"), self.fact_size)
        self.facts.addRow(self.tr("Pixels:"), self.fact_pixels)
        self.facts.addRow(self.tr("Duration:"), self.fact_duration)
        self.facts.addRow(self.tr("Imported from:"), self.fact_name)
        self.facts.addRow(self.tr("Added:"), self.fact_added)

        # -- actions ----------------------------------------------------------------------------
        def button(text: str, tip: str, signal: Signal, name: str) -> QToolButton:
            widget = QToolButton()
            widget.setObjectName(name)
            widget.setText(text)
            widget.setToolTip(tip)
            widget.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            widget.clicked.connect(signal.emit)
            return widget

        self.open_button = button(self.tr("Open"), self.tr("Open with the default application (Enter)"),
                                  self.open_requested, "mediaOpen")
        self.folder_button = button(self.tr("Show in folder"), self.tr("Show the file in its folder"),
                                    self.show_in_folder_requested, "mediaShowInFolder")
        self.copy_button = button(self.tr("Copy"), self.tr("Copy the picture (or the file) to the clipboard "
                                                           "(Ctrl+C)"), self.copy_requested, "mediaCopy")
        self.link_button = button(self.tr("Copy note link"),
                                  self.tr("Copy a link to paste in a note: ![alt text](media:…)"),
                                  self.copy_link_requested, "mediaCopyLink")
        self.export_button = button(self.tr("Export…"),
                                    self.tr("Copy the selected items to a folder (Ctrl+E)"),
                                    self.export_requested, "mediaExport")
        self.trash_button = button(self.tr("Move to trash"), self.tr("Move the selected items to the trash "
                                                                     "(Delete)"), self.trash_requested,
                                   "mediaTrash")
        actions = QGridLayout()
        actions.setSpacing(4)
        for position, widget in enumerate((self.open_button, self.folder_button, self.copy_button,
                                           self.link_button, self.export_button, self.trash_button)):
            actions.addWidget(widget, position // 2, position % 2)

        # -- metadata ---------------------------------------------------------------------------
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("mediaTitle")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("mediaDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(64)
        self.alt_edit = QPlainTextEdit()
        self.alt_edit.setObjectName("mediaAltText")
        self.alt_edit.setTabChangesFocus(True)
        self.alt_edit.setFixedHeight(84)
        self.alt_edit.setPlaceholderText(self.tr("What the picture shows, for people who cannot see it"))
        self.alt_hint = QLabel()
        self.alt_hint.setObjectName("mediaAltHint")
        self.alt_hint.setWordWrap(True)
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
        self.rights_check.setToolTip(self.tr("The date the rights to use this item end (licence, photo "
                                             "credits); the library flags it 30 days before"))
        self.rights_check.setObjectName("mediaRightsCheck")
        self.rights_date = QDateEdit()
        self.rights_date.setObjectName("mediaRightsDate")
        self.rights_date.setCalendarPopup(True)
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in short:  # "12/12/26" is ambiguous for a contract's end: show the full year
            short = short.replace("yy", "yyyy")
        self.rights_date.setDisplayFormat(short)
        self.rights_date.setDate(QDate.currentDate().addYears(1))
        self.rights_date.setEnabled(False)
        rights_row = QHBoxLayout()
        rights_row.setContentsMargins(0, 0, 0, 0)
        rights_row.addWidget(self.rights_check)
        rights_row.addWidget(self.rights_date, 1)
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
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)

        # -- usages and checks ------------------------------------------------------------------
        self.usages_label = QLabel()
        self.usages_label.setObjectName("mediaUsages")
        self.usages_label.setWordWrap(True)
        self.usages_label.setTextFormat(Qt.TextFormat.RichText)
        # One row per record using the item; a click (or Enter) opens it on its page.
        self.usages_list = QListWidget()
        self.usages_list.setObjectName("mediaUsageList")
        self.usages_list.setAccessibleName(self.tr("Used in"))
        self.usages_list.setFrameShape(QFrame.Shape.NoFrame)
        self.usages_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.usages_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.usages_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.usages_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.usages_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)  # links, not choices
        self.usages_list.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.usages_list.setStyleSheet("QListWidget { background: transparent; }")
        self.usages_list.itemClicked.connect(self._on_usage_activated)
        self.usages_list.itemActivated.connect(self._on_usage_activated)
        self.usages_list.hide()
        self.checks_label = QLabel()
        self.checks_label.setObjectName("mediaChecks")
        self.checks_label.setWordWrap(True)
        self.checks_label.setTextFormat(Qt.TextFormat.RichText)

        def section(text: str) -> QLabel:
            label = QLabel(text)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            return label

        content = QWidget()
        content.setObjectName("mediaDetailContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 10, 14, 10)
        layout.addWidget(self.preview)
        layout.addWidget(self.heading)
        layout.addWidget(self.rights_flag)
        layout.addWidget(self.selection_note)
        layout.addLayout(self.facts)
        layout.addLayout(actions)
        layout.addSpacing(6)
        layout.addWidget(section(self.tr("Description and rights")))
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addSpacing(6)
        layout.addWidget(section(self.tr("Used in")))
        layout.addWidget(self.usages_label)
        layout.addWidget(self.usages_list)
        layout.addSpacing(6)
        layout.addWidget(section(self.tr("Fits the networks?")))
        layout.addWidget(self.checks_label)
        layout.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        self.hint = QLabel(self.tr("Select an item to see its details, edit its description and rights, "
                                   "and check which networks it fits."))
        self.hint.setObjectName("mediaDetailHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        self.hint.setMargin(24)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        for edit in (self.title_edit, self.credit_edit, self.tags_edit):
            edit.textChanged.connect(self._on_edited)
        self.licence_edit.editTextChanged.connect(self._on_edited)
        self.description_edit.textChanged.connect(self._on_edited)
        self.alt_edit.textChanged.connect(self._on_edited)
        self.alt_edit.textChanged.connect(self._update_alt_hint)
        self.rights_check.toggled.connect(self.rights_date.setEnabled)
        self.rights_check.toggled.connect(self._on_edited)
        self.rights_date.dateChanged.connect(self._on_edited)
        self._set_editable(False)

    # -- loading -----------------------------------------------------------------------------------
    @property
    def item(self) -> MediaItem | None:
        return self._item

    def load(self, item: MediaItem | None) -> None:
        """Show `item` (None clears the panel); unsaved edits are dropped: the page saves them first."""
        self._item = item
        blockers = [QSignalBlocker(w) for w in (
            self.title_edit, self.description_edit, self.alt_edit, self.credit_edit, self.licence_edit,
            self.rights_check, self.rights_date, self.tags_edit)]
        try:
            if item is None:
                for edit in (self.title_edit, self.credit_edit, self.tags_edit):
                    edit.clear()
                self.description_edit.clear()
                self.alt_edit.clear()
                self.licence_edit.setEditText("")
                self.rights_check.setChecked(False)
                self.rights_date.setEnabled(False)
            else:
                self.title_edit.setText(item.title)
                self.title_edit.setPlaceholderText(item.original_name)
                self.description_edit.setPlainText(item.description)
                self.alt_edit.setPlainText(item.alt_text)
                self.credit_edit.setText(item.credit)
                self.licence_edit.setEditText(item.licence)
                self.rights_check.setChecked(item.rights_expire_on is not None)
                self.rights_date.setEnabled(item.rights_expire_on is not None)
                if item.rights_expire_on is not None:
                    d = item.rights_expire_on
                    self.rights_date.setDate(QDate(d.year, d.month, d.day))
                else:
                    self.rights_date.setDate(QDate.currentDate().addYears(1))
                self.tags_edit.setText(", ".join(item.tags))
                for edit in (self.title_edit, self.credit_edit, self.tags_edit, self.licence_edit.lineEdit()):
                    edit.setCursorPosition(0)  # show the start of a long value, not its end
        finally:
            del blockers
        self._loaded = self.values()
        self._set_dirty(False)
        self._set_editable(item is not None)
        self.pages.setCurrentWidget(self.scroll if item is not None else self.hint)
        self._show_facts(item)
        self._update_alt_hint()
        self._show_checks(item)
        if item is None:
            self.preview.clear()
            self.usages_label.clear()
            self.usages_list.clear()
            self.usages_list.hide()

    def set_tag_completion(self, names: list[str]) -> None:
        self.tags_completer.model().setStringList(names)  # type: ignore[attr-defined]

    def set_preview(self, image: QImage | None, fallback: str = "") -> None:
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(fallback)
            return
        pixmap = QPixmap.fromImage(image)
        target = QSize(max(self.preview.width() - 8, 120), PREVIEW.height() - 8)
        self.preview.setPixmap(pixmap.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def set_usages(self, usages: list[MediaUsage]) -> None:
        self.usages_list.clear()
        if not usages:
            self.usages_label.setText(html.escape(self.tr("Not used in a note or a draft yet.")))
            self.usages_label.show()
            self.usages_list.hide()
            return
        self.usages_label.hide()
        names = {"notes": self.tr("Note"), "drafts": self.tr("Draft")}
        tips = {"notes": self.tr("Open this note"), "drafts": self.tr("Open this draft")}
        link = self.palette().color(QPalette.ColorRole.Link)
        for usage in usages:
            label = names.get(usage.entity, usage.entity)
            title = " ".join((usage.title or fill(self.tr("#%1"), usage.entity_id)).split())
            row = QListWidgetItem("→ " + fill(self.tr("%1: %2"), label, title))
            row.setData(Qt.ItemDataRole.UserRole, (usage.entity, usage.entity_id))
            row.setToolTip(tips.get(usage.entity, title))
            row.setForeground(link)
            self.usages_list.addItem(row)
        rows = self.usages_list.sizeHintForRow(0) * self.usages_list.count()
        self.usages_list.setFixedHeight(rows + 2 * self.usages_list.frameWidth() + 2)
        self.usages_list.show()

    def usage_rows(self) -> list[str]:
        return [self.usages_list.item(i).text() for i in range(self.usages_list.count())]

    def _on_usage_activated(self, row: QListWidgetItem) -> None:
        entity, entity_id = row.data(Qt.ItemDataRole.UserRole)
        self.usage_requested.emit(str(entity), int(entity_id))

    def set_selection_count(self, count: int) -> None:
        self.selection_note.setVisible(count > 1)
        self.selection_note.setText(fill(self.tr("%1 items selected: Export and Move to trash apply to "
                                                 "all of them."), count))

    # -- editing -----------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        expire: date | None = None
        if self.rights_check.isChecked():
            qd = self.rights_date.date()
            expire = date(qd.year(), qd.month(), qd.day())
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        return {
            "title": self.title_edit.text(),
            "description": self.description_edit.toPlainText(),
            "alt_text": self.alt_edit.toPlainText(),
            "credit": self.credit_edit.text(),
            "licence": self.licence_edit.currentText(),
            "rights_expire_on": expire,
            "tags": tags,
        }

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_saved(self, item: MediaItem) -> None:
        """After a save: the stored item becomes the reference, the user's cursor stays put."""
        self._item = item
        self._loaded = self.values()
        self._set_dirty(False)
        self._show_facts(item)
        self._show_checks(item)

    def _on_edited(self, *_args: object) -> None:
        if self._item is not None:
            self._set_dirty(self.values() != self._loaded)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.title_edit, self.description_edit, self.alt_edit, self.credit_edit,
                       self.licence_edit, self.rights_check, self.tags_edit, self.open_button,
                       self.folder_button, self.copy_button, self.link_button, self.export_button,
                       self.trash_button):
            widget.setEnabled(editable)
        self.rights_date.setEnabled(editable and self.rights_check.isChecked())
        self.tags_edit.setCompleter(self.tags_completer if editable else None)

    def _update_alt_hint(self) -> None:
        length = len(self.alt_edit.toPlainText().strip())
        if self._item is None:
            self.alt_hint.clear()
        elif length == 0:
            self.alt_hint.setText(self.tr("No alt text yet: several networks ask for one, and people using a "
                                          "screen reader need it."))
        elif length > ALT_TEXT_ADVISED:
            self.alt_hint.setText(fill(self.tr("%1 characters: screen readers may cut it after about %2."),
                                       length, ALT_TEXT_ADVISED))
        else:
            self.alt_hint.setText(fill(self.tr("%1 characters."), length))

    # -- display -----------------------------------------------------------------------------------
    def _show_facts(self, item: MediaItem | None) -> None:
        if item is None:
            self.heading.setText(self.tr("No item selected"))
            for label in (self.fact_type, self.fact_size, self.fact_pixels, self.fact_duration,
                          self.fact_name, self.fact_added):
                label.clear()
            self.rights_flag.hide()
            return
        self.heading.setText(item.display_title)
        self.fact_type.setText(f"{kind_label(item.kind)} ({item.ext.upper()})")
        self.fact_size.setText(format_size(item.size_bytes))
        self.fact_pixels.setText(format_pixels(item.width, item.height) if item.kind != "pdf"
                                 and item.kind != "document" else "—")
        if item.duration_ms:
            text = format_duration(item.duration_ms)
            if item.frames:
                text += " · " + fill(self.tr("%1 frames"), item.frames)
            self.fact_duration.setText(text)
        else:
            self.fact_duration.setText("—")
        self.fact_name.setText(item.original_name)
        local = item.created_at.astimezone()
        self.fact_added.setText(QLocale().toString(QDate(local.year, local.month, local.day),
                                                   QLocale.FormatType.LongFormat))
        self._show_rights(item)

    def _show_rights(self, item: MediaItem) -> None:
        status = item.rights_status()
        if status not in ("expired", "expiring"):
            self.rights_flag.hide()
            return
        end = item.rights_expire_on
        assert end is not None
        when = QLocale().toString(QDate(end.year, end.month, end.day), QLocale.FormatType.LongFormat)
        if status == "expired":
            text = fill(self.tr("Rights expired on %1: do not post this item any more."), when)
            color = "#c62828"
        else:
            days = item.days_left() or 0
            text = (self.tr("Rights end today (%1).").replace("%1", when) if days == 0 else
                    fill(self.tr("Rights end in %1 days, on %2."), days, when))
            color = "#ef8f00"
        self.rights_flag.setText(text)
        self.rights_flag.setToolTip(fill(self.tr("Items whose rights end within %1 days are flagged."),
                                         RIGHTS_WARNING_DAYS))
        self.rights_flag.setStyleSheet(
            f"QLabel {{ background: {color}; color: white; border-radius: 4px; padding: 4px 6px; }}")
        self.rights_flag.show()

    def _show_checks(self, item: MediaItem | None) -> None:
        if item is None:
            self.checks_label.clear()
            return
        blocks: list[str] = []
        for result in check_all(item):
            verdict, reasons, advice = describe_check(result)
            mark, color = ("✓", "#2e7d32") if result.fits else ("✗", "#c62828")
            block = f'<span style="color:{color}; font-weight:bold">{mark}</span> {html.escape(verdict)}'
            if reasons:
                block += " " + html.escape("; ".join(reasons)) + "."
            for hint in advice:
                block += f'<br>&nbsp;&nbsp;&nbsp;<span style="color:#a15c00">⚠</span> {html.escape(hint)}'
            blocks.append(block)
        self.checks_label.setText("<br>".join(blocks))
