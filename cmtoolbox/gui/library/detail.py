"""The detail panel of the library: preview, file facts, actions, the details form, usages, format checks.

A view and nothing else: it shows what the page loads and emits requests (save, open, copy,
export, trash, open a note that uses the item); the page runs them off the UI thread. The form
itself (title, alt text, credit, licence, rights, tags) is `MediaDetailsForm`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.media_rules import check_all
from cmtoolbox.gui.formatting import format_date
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.library.detail_form import MediaDetailsForm
from cmtoolbox.gui.library.messages import (
    describe_check,
    format_duration,
    format_pixels,
    format_size,
    kind_label,
)
from cmtoolbox.gui.theme import semantic
from cmtoolbox.gui.widgets.labels import embolden, placeholder_label
from cmtoolbox.gui.widgets.layouts import vbox
from cmtoolbox.ops.library import MediaDetails
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.media import RIGHTS_WARNING_DAYS, MediaItem, MediaUsage

PREVIEW = QSize(340, 230)
EXPIRED_STYLE = "background: #c62828; color: white"  # 5.6:1
EXPIRING_STYLE = "background: #ef8f00; color: #1a1a1a"  # 7.1:1 (white on this orange is 2.4:1)


class MediaDetailPanel(QWidget):
    open_requested = Signal()
    show_in_folder_requested = Signal()
    copy_requested = Signal()
    copy_link_requested = Signal()
    export_requested = Signal()
    trash_requested = Signal()
    usage_requested = Signal(str, int)  # entity ("notes", "drafts"), record id: open it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = MediaDetailsForm()
        self.save_requested = self.form.save_requested
        self.revert_requested = self.form.revert_requested
        self.dirty_changed = self.form.dirty_changed

        self.preview = QLabel()
        self.preview.setObjectName("mediaPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW.width() // 2, PREVIEW.height())
        self.preview.setMaximumHeight(PREVIEW.height())
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = self._label("mediaHeading")
        embolden(self.heading, 1.25)
        self.rights_flag = self._label("mediaRightsFlag")
        self.rights_flag.hide()
        self.selection_note = self._label("mediaSelectionNote")
        self.selection_note.hide()

        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_type, self.fact_size, self.fact_pixels = QLabel(), QLabel(), QLabel()
        self.fact_duration, self.fact_added = QLabel(), QLabel()
        self.fact_name = QLabel()
        self.fact_name.setWordWrap(True)
        self.fact_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label, widget in (
            (self.tr("Type:"), self.fact_type),
            (self.tr("File size:"), self.fact_size),
            (self.tr("Pixels:"), self.fact_pixels),
            (self.tr("Duration:"), self.fact_duration),
            (self.tr("Imported from:"), self.fact_name),
            (self.tr("Added:"), self.fact_added),
        ):
            self.facts.addRow(label, widget)

        rows = (
            ("mediaOpen", self.tr("Open"), self.open_requested),
            ("mediaShowInFolder", self.tr("Show in folder"), self.show_in_folder_requested),
            ("mediaCopy", self.tr("Copy"), self.copy_requested),
            ("mediaCopyLink", self.tr("Copy note link"), self.copy_link_requested),
            ("mediaExport", self.tr("Export…"), self.export_requested),
            ("mediaTrash", self.tr("Move to trash"), self.trash_requested),
        )
        tips = (
            self.tr("Open with the default application (Enter)"),
            self.tr("Show the file in its folder"),
            self.tr("Copy the picture (or the file) to the clipboard (Ctrl+C)"),
            self.tr("Copy a link to paste in a note: ![alt text](media:…)"),
            self.tr("Copy the selected items to a folder (Ctrl+E)"),
            self.tr("Move the selected items to the trash (Delete)"),
        )
        buttons = [
            self._button(name, text, tip, signal)
            for (name, text, signal), tip in zip(rows, tips, strict=True)
        ]
        self._buttons = tuple(buttons)
        self.open_button, self.folder_button, self.copy_button, self.link_button = buttons[:4]
        self.export_button, self.trash_button = buttons[4:]
        actions = QGridLayout()
        actions.setSpacing(4)
        for position, widget in enumerate(self._buttons):
            actions.addWidget(widget, position // 2, position % 2)

        self.usages_label = self._label("mediaUsages")
        self.usages_label.setTextFormat(Qt.TextFormat.RichText)
        # One row per record using the item; a click (or Enter) opens it on its page.
        self.usages_list = QListWidget()
        self.usages_list.setObjectName("mediaUsageList")
        self.usages_list.setAccessibleName(self.tr("Used in"))
        self.usages_list.setFrameShape(QFrame.Shape.NoFrame)
        self.usages_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.usages_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.usages_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.usages_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)  # links, not choices
        self.usages_list.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.usages_list.setStyleSheet("QListWidget { background: transparent; }")
        self.usages_list.itemClicked.connect(self._on_usage_activated)
        self.usages_list.itemActivated.connect(self._on_usage_activated)
        self.usages_list.hide()
        self.checks_label = self._label("mediaChecks")
        self.checks_label.setTextFormat(Qt.TextFormat.RichText)

        content = QWidget()
        content.setObjectName("mediaDetailContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 10, 14, 10)
        for widget in (self.preview, self.heading, self.rights_flag, self.selection_note):
            layout.addWidget(widget)
        layout.addLayout(self.facts)
        layout.addLayout(actions)
        layout.addSpacing(6)
        layout.addWidget(self._section(self.tr("Description and rights")))
        layout.addWidget(self.form)
        layout.addSpacing(6)
        layout.addWidget(self._section(self.tr("Used in")))
        layout.addWidget(self.usages_label)
        layout.addWidget(self.usages_list)
        layout.addSpacing(6)
        layout.addWidget(self._section(self.tr("Fits the networks?")))
        layout.addWidget(self.checks_label)
        layout.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        self.hint = placeholder_label(
            "mediaDetailHint",
            self.tr(
                "Select an item to see its details, edit its description and rights, and check which "
                "networks it fits."
            ),
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.scroll)
        vbox(self.pages, parent=self, margins=0)
        self._set_actions_enabled(False)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        return label

    @staticmethod
    def _button(name: str, text: str, tip: str, signal: Signal) -> QToolButton:
        widget = QToolButton()
        widget.setObjectName(name)
        widget.setText(text)
        widget.setToolTip(tip)
        widget.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        widget.clicked.connect(signal.emit)
        return widget

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in self._buttons:
            button.setEnabled(enabled)

    # -- loading -----------------------------------------------------------------------------------
    @property
    def item(self) -> MediaItem | None:
        return self.form.item

    def load(self, item: MediaItem | None) -> None:
        """Show `item` (None clears the panel); unsaved edits are dropped: the page saves them first."""
        self.form.load(item)
        self._set_actions_enabled(item is not None)
        self.pages.setCurrentWidget(self.scroll if item is not None else self.hint)
        self._show_facts(item)
        self._show_checks(item)
        if item is None:
            self.preview.clear()
            self.usages_label.clear()
            self.usages_list.clear()
            self.usages_list.hide()

    def set_tag_completion(self, names: list[str]) -> None:
        self.form.set_tag_completion(names)

    def set_preview(self, image: QImage | None, fallback: str = "") -> None:
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(fallback)
            return
        target = QSize(max(self.preview.width() - 8, 120), PREVIEW.height() - 8)
        pixmap = QPixmap.fromImage(image).scaled(
            target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.preview.setPixmap(pixmap)

    def set_usages(self, usages: list[MediaUsage]) -> None:
        self.usages_list.clear()
        if not usages:
            self.usages_label.setText(html.escape(self.tr("Not used in a note or a draft yet.")))
            self.usages_label.show()
            self.usages_list.hide()
            return
        self.usages_label.hide()
        names: dict[str, str] = {Entity.NOTES: self.tr("Note"), Entity.DRAFTS: self.tr("Draft")}
        tips: dict[str, str] = {
            Entity.NOTES: self.tr("Open this note"),
            Entity.DRAFTS: self.tr("Open this draft"),
        }
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
        self.selection_note.setText(
            self.tr("%n items selected: Export and Move to trash apply to all of them.", "", count)
        )

    # -- editing (the form) ---------------------------------------------------------------------
    def details(self) -> MediaDetails:
        return self.form.details()

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def mark_saved(self, item: MediaItem) -> None:
        self.form.mark_saved(item)
        self._show_facts(item)
        self._show_checks(item)

    # -- display -----------------------------------------------------------------------------------
    def _show_facts(self, item: MediaItem | None) -> None:
        if item is None:
            self.heading.setText(self.tr("No item selected"))
            for label in (
                self.fact_type,
                self.fact_size,
                self.fact_pixels,
                self.fact_duration,
                self.fact_name,
                self.fact_added,
            ):
                label.clear()
            self.rights_flag.hide()
            return
        self.heading.setText(item.display_title)
        self.fact_type.setText(f"{kind_label(item.kind)} ({item.ext.upper()})")
        self.fact_size.setText(format_size(item.size_bytes))
        documents = ("pdf", "document")
        self.fact_pixels.setText(
            format_pixels(item.width, item.height) if item.kind not in documents else "—"
        )
        if item.duration_ms:
            text = format_duration(item.duration_ms)
            if item.frames:
                text += " · " + self.tr("%n frame(s)", "", item.frames)
            self.fact_duration.setText(text)
        else:
            self.fact_duration.setText("—")
        self.fact_name.setText(item.original_name)
        self.fact_added.setText(format_date(item.created_at))
        self._show_rights(item)

    def _show_rights(self, item: MediaItem) -> None:
        status = item.rights_status()
        if status not in ("expired", "expiring") or item.rights_expire_on is None:
            self.rights_flag.hide()
            return
        when = format_date(item.rights_expire_on)
        if status == "expired":
            text = fill(self.tr("Rights expired on %1: do not post this item any more."), when)
            style = EXPIRED_STYLE
        else:
            days = item.days_left() or 0
            text = (
                fill(self.tr("Rights end today (%1)."), when)
                if days == 0
                else fill(self.tr("Rights end in %n day(s), on %1.", "", days), when)
            )
            style = EXPIRING_STYLE
        self.rights_flag.setText(text)
        self.rights_flag.setToolTip(
            self.tr("Items whose rights end within %n day(s) are flagged.", "", RIGHTS_WARNING_DAYS)
        )
        self.rights_flag.setStyleSheet(f"QLabel {{ {style}; border-radius: 4px; padding: 4px 6px; }}")
        self.rights_flag.show()

    def _show_checks(self, item: MediaItem | None) -> None:
        if item is None:
            self.checks_label.clear()
            return
        blocks: list[str] = []
        colors = semantic(self.palette())  # readable on the light and the dark theme
        for result in check_all(item):
            verdict, reasons, advice = describe_check(result)
            mark, color = ("✓", colors.success) if result.fits else ("✗", colors.error)
            block = f'<span style="color:{color}; font-weight:bold">{mark}</span> {html.escape(verdict)}'
            if reasons:
                block += " " + html.escape("; ".join(reasons)) + "."
            for hint in advice:
                block += (
                    f'<br>&nbsp;&nbsp;&nbsp;<span style="color:{colors.warning}">⚠</span> {html.escape(hint)}'
                )
            blocks.append(block)
        self.checks_label.setText("<br>".join(blocks))
