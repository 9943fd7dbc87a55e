"""The export side of the press review builder: language, UTM tracking, preview, copy and save.

It renders whatever review model the builder hands it (`model()`, which includes what is being
typed), through `core.press_review`: a live HTML preview, the Markdown and the post text; copies
rich text ready to paste into a newsletter editor, saves HTML or Markdown files (written off the
UI thread, to a temporary name then renamed). The "UTM tracking" choice is the client's: the
panel says when it changes (`utm_changed`) and the builder remembers it in the database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core import press_review
from cmtoolbox.core.sanitize import classify_link
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.files import write_file
from cmtoolbox.gui.i18n import fill
from cmtoolbox.ops.reviews import UtmChoice


class ExportPanel(QWidget):
    utm_changed = Signal()
    post_requested = Signal()

    def __init__(self, ctx: AppContext, model: Callable[[], press_review.Review | None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = model
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._loading = False

        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if ctx.language == "fr" else 1)
        self.language_combo.currentIndexChanged.connect(self.update_preview)
        self.utm_box = QGroupBox(self.tr("UTM tracking on the links"))
        self.utm_box.setObjectName("reviewUtm")
        self.utm_box.setCheckable(True)
        self.utm_box.setChecked(False)
        defaults = UtmChoice()
        self.utm_source = QLineEdit(defaults.source)
        self.utm_medium = QLineEdit(defaults.medium)
        self.utm_campaign = QLineEdit(defaults.campaign)
        utm_form = QFormLayout(self.utm_box)
        utm_form.addRow("utm_source", self.utm_source)
        utm_form.addRow("utm_medium", self.utm_medium)
        utm_form.addRow("utm_campaign", self.utm_campaign)
        self.utm_box.toggled.connect(self._on_utm_edited)
        for edit in (self.utm_source, self.utm_medium, self.utm_campaign):
            edit.textEdited.connect(self._on_utm_edited)

        self.copy_rich_button = QPushButton(self.tr("Copy for a newsletter"))
        self.copy_rich_button.setToolTip(
            self.tr("Copy as rich text, ready to paste into a newsletter or a blog editor")
        )
        self.copy_rich_button.clicked.connect(self.copy_rich_text)
        self.copy_markdown_button = QPushButton(self.tr("Copy Markdown"))
        self.copy_markdown_button.clicked.connect(self.copy_markdown)
        self.save_html_button = QPushButton(self.tr("Save as HTML…"))
        self.save_html_button.clicked.connect(lambda: self.ask_save("html"))
        self.save_markdown_button = QPushButton(self.tr("Save as Markdown…"))
        self.save_markdown_button.clicked.connect(lambda: self.ask_save("md"))
        self.post_button = QPushButton(self.tr("Send as a post"))
        self.post_button.setToolTip(self.tr("Copy the post text and make a new draft of it (Drafts)"))
        self.post_button.clicked.connect(self.post_requested.emit)
        row1 = QHBoxLayout()
        row1.addWidget(self.copy_rich_button)
        row1.addWidget(self.copy_markdown_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.save_html_button)
        row2.addWidget(self.save_markdown_button)
        row2.addWidget(self.post_button)

        self.preview = QTextBrowser()
        self.preview.setObjectName("reviewPreview")
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self.open_link)
        self.markdown_view = QPlainTextEdit()
        self.markdown_view.setReadOnly(True)
        self.post_view = QPlainTextEdit()
        self.post_view.setReadOnly(True)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.addTab(self.preview, self.tr("Preview"))
        self.preview_tabs.addTab(self.markdown_view, self.tr("Markdown"))
        self.preview_tabs.addTab(self.post_view, self.tr("Post"))
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(self.tr("Export language:")))
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(language_row)
        layout.addWidget(self.utm_box)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.preview_tabs, 1)

    # -- UTM -------------------------------------------------------------------------------------
    def utm_choice(self) -> UtmChoice:
        return UtmChoice(
            self.utm_box.isChecked(), self.utm_source.text(), self.utm_medium.text(), self.utm_campaign.text()
        )

    def set_utm_choice(self, choice: UtmChoice) -> None:
        """Show the client's remembered choice (not a change to remember again)."""
        self._loading = True
        try:
            self.utm_box.setChecked(choice.enabled)
            self.utm_source.setText(choice.source)
            self.utm_medium.setText(choice.medium)
            self.utm_campaign.setText(choice.campaign)
        finally:
            self._loading = False
        self.update_preview()

    def _on_utm_edited(self) -> None:
        self.update_preview()
        if not self._loading:
            self.utm_changed.emit()

    # -- rendering -------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or "fr")

    def export_html(self) -> str:
        model = self.model()
        tag = self.utm_choice().tag
        return press_review.to_html(model, language=self.language, utm=tag) if model else ""

    def export_markdown(self) -> str:
        model = self.model()
        tag = self.utm_choice().tag
        return press_review.to_markdown(model, language=self.language, utm=tag) if model else ""

    def export_post(self) -> str:
        model = self.model()
        tag = self.utm_choice().tag
        return press_review.to_post_text(model, language=self.language, utm=tag) if model else ""

    def update_preview(self) -> None:
        if self.model() is None:
            self.preview.clear()
            return
        position = self.preview.verticalScrollBar().value()
        self.preview.setHtml(self.export_html())
        self.preview.verticalScrollBar().setValue(position)
        self.markdown_view.setPlainText(self.export_markdown())
        self.post_view.setPlainText(self.export_post())

    # -- out -------------------------------------------------------------------------------------
    def copy_rich_text(self) -> None:
        if self.model() is None:
            return
        mime = QMimeData()
        mime.setHtml(self.export_html())
        mime.setText(self.export_markdown())
        QGuiApplication.clipboard().setMimeData(mime)
        self.ctx.status.show(self.tr("Copied as rich text: paste it into your newsletter or blog editor."))

    def copy_markdown(self) -> None:
        if self.model() is None:
            return
        QGuiApplication.clipboard().setText(self.export_markdown())
        self.ctx.status.show(self.tr("Markdown copied to the clipboard."))

    def ask_save(self, kind: str) -> None:
        model = self.model()
        if model is None:
            return
        name = "".join(c if c.isalnum() or c in "-_ " else "_" for c in model.title).strip() or "revue"
        if kind == "html":
            title, suffix, filters = self.tr("Save as HTML"), "html", self.tr("HTML files (*.html)")
        else:
            title, suffix, filters = self.tr("Save as Markdown"), "md", self.tr("Markdown files (*.md)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / f"{name}.{suffix}"), filters)
        if path:
            self.ctx.tasks.spawn(self.save_export(Path(path), kind))

    async def save_export(self, path: Path, kind: str) -> bool:
        model = self.model()
        if model is None:
            return False
        tag = self.utm_choice().tag
        if kind == "html":
            text = press_review.html_document(model, language=self.language, utm=tag)
        else:
            text = press_review.to_markdown(model, language=self.language, utm=tag)
        try:
            await write_file(self.ctx.pools, path, text.encode("utf-8"))
        except OSError as error:
            show_error(self, error)
            return False
        self.ctx.status.show(fill(self.tr("Saved to %1."), str(path)))
        return True

    def open_link(self, url: QUrl) -> None:
        if classify_link(url.toString()) == "external":
            self.open_url(url)
