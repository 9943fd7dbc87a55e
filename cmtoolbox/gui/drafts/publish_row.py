"""The publishing row under a variant: copy the text (each post of a thread in turn), open the
network's site, mark it published with the post's address, and what was published when.

Only the widgets; `publish.PublishFlow` does the work, so the row stays the same in every tab.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.layouts import hbox


class PublishRow(QWidget):
    copy_requested = Signal(str)  # network
    open_requested = Signal(str)
    mark_requested = Signal(str)
    clear_requested = Signal(str)
    view_requested = Signal(str)  # the published post's address

    def __init__(self, network: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.setObjectName(f"publishRow_{network}")
        name = networks.network(network).name
        self.copy_button = self._button(
            "publishCopy",
            self.tr("Copy for publishing"),
            fill(self.tr("Copy the text for %1; a thread is copied one post per click"), name),
            self.copy_requested,
        )
        self.progress = QLabel()
        self.progress.setObjectName("publishProgress")
        self.open_button = self._button(
            "publishOpen",
            fill(self.tr("Open %1"), name),
            fill(self.tr("Open %1 in your browser to post"), name),
            self.open_requested,
        )
        self.mark_button = self._button(
            "publishMark",
            self.tr("Mark as published…"),
            fill(self.tr("Record when this went out on %1, and the post's address"), name),
            self.mark_requested,
        )
        self.clear_button = self._button(
            "publishClear",
            self.tr("Not published"),
            self.tr("Marked by mistake: forget this publication (Edit ▸ Undo brings it back)"),
            self.clear_requested,
        )
        self.published = QLabel()
        self.published.setObjectName("publishedLabel")
        self.published.setTextFormat(Qt.TextFormat.RichText)
        self.published.setOpenExternalLinks(False)
        self.published.linkActivated.connect(self.view_requested)
        hbox(
            self.copy_button,
            self.progress,
            None,
            self.published,
            self.clear_button,
            self.open_button,
            self.mark_button,
            parent=self,
            margins=0,
        )
        self.show_publication("", None)

    def _button(self, name: str, text: str, tip: str, signal: Signal) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda: signal.emit(self.network))
        return button

    def set_site_available(self, available: bool) -> None:
        self.open_button.setEnabled(available)

    def show_progress(self, text: str) -> None:
        self.progress.setText(text)

    def show_publication(self, url: str, at: datetime | None) -> None:
        if at is None:
            self.published.clear()
        else:
            text = html.escape(fill(self.tr("Published %1"), format_datetime(at)))
            if url:
                link = html.escape(self.tr("see the post"))
                text += f' · <a href="{html.escape(url, quote=True)}">{link}</a>'
            self.published.setText(text)
            self.published.setToolTip(url or self.tr("No address recorded"))
        self.clear_button.setVisible(at is not None)
        self.mark_button.setText(self.tr("Mark as published…") if at is None else self.tr("Published…"))
