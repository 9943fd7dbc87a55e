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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from cmtoolbox.core import press_review
from cmtoolbox.core.sanitize import classify_link
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.files import write_file
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.controls import push_button
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.ops.reviews import UtmChoice


class ExportPanel(QWidget):
    utm_changed = Signal()
    post_requested = Signal()

    def __init__(self, ctx: AppContext, model: Callable[[], press_review.Review | None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = model
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._loading = Filling()

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

        self.copy_rich_button = push_button(
            self.tr("Copy for a newsletter"),
            self.copy_rich_text,
            tip=self.tr("Copy as rich text, ready to paste into a newsletter or a blog editor"),
        )
        self.copy_markdown_button = push_button(self.tr("Copy Markdown"), self.copy_markdown)
        self.save_html_button = push_button(self.tr("Save as HTML…"), lambda: self.ask_save("html"))
        self.save_markdown_button = push_button(self.tr("Save as Markdown…"), lambda: self.ask_save("md"))
        self.post_button = push_button(
            self.tr("Send as a post"),
            self.post_requested.emit,
            tip=self.tr("Copy the post text and make a new draft of it (Drafts)"),
        )

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
        layout = vbox(
            hbox(QLabel(self.tr("Export language:")), self.language_combo, None),
            self.utm_box,
            hbox(self.copy_rich_button, self.copy_markdown_button),
            hbox(self.save_html_button, self.save_markdown_button, self.post_button),
            (self.preview_tabs, 1),
            parent=self,
        )
        layout.setContentsMargins(6, 0, 0, 0)

    # -- UTM -------------------------------------------------------------------------------------
    def utm_choice(self) -> UtmChoice:
        return UtmChoice(
            self.utm_box.isChecked(), self.utm_source.text(), self.utm_medium.text(), self.utm_campaign.text()
        )

    def set_utm_choice(self, choice: UtmChoice) -> None:
        """Show the client's remembered choice (not a change to remember again)."""
        with self._loading:
            self.utm_box.setChecked(choice.enabled)
            self.utm_source.setText(choice.source)
            self.utm_medium.setText(choice.medium)
            self.utm_campaign.setText(choice.campaign)
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
