"""Dialogs of a subscription: the address (and folder), and the choice among the feeds a web
page announces when the address given was a page rather than a feed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.feeds import DiscoveredFeed
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.dialog_layout import dialog_buttons


@dataclass(frozen=True)
class SubscribeInput:
    url: str
    folder: str
    shared: bool


class SubscribeDialog(QDialog):
    def __init__(self, folders: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Subscribe to a feed"))
        self.setMinimumWidth(500)
        intro = QLabel(
            self.tr("Paste the address of an RSS, Atom or JSON feed, or simply of the site: its feeds "
                    "are found for you.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://www.example.com/ or https://…/feed.xml"))
        self.folder_combo = QComboBox()
        self.folder_combo.setEditable(True)
        self.folder_combo.addItem("")
        for folder in folders:
            if folder:
                self.folder_combo.addItem(folder)
        self.folder_combo.lineEdit().setPlaceholderText(self.tr("No folder"))
        self.shared_check = QCheckBox(self.tr("Shared with all clients"))
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tr("&Folder:"), self.folder_combo)
        form.addRow("", self.shared_check)
        self.buttons = dialog_buttons(self, self.tr("Subscribe"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.url_edit.setFocus()

    def values(self) -> SubscribeInput:
        return SubscribeInput(
            url=self.url_edit.text().strip(),
            folder=self.folder_combo.currentText().strip(),
            shared=self.shared_check.isChecked(),
        )


class DiscoveredFeedsDialog(QDialog):
    """ "This page offers several feeds: which one?"""

    def __init__(self, page_url: str, feeds: list[DiscoveredFeed], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a feed"))
        self.setMinimumWidth(520)
        label = QLabel(fill(self.tr("%1 is a web page. It announces these feeds:"), page_url))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setSpacing(4)
        kinds = {
            "application/rss+xml": "RSS",
            "application/atom+xml": "Atom",
            "application/feed+json": "JSON Feed",
        }
        for feed in feeds:
            title = feed.title or self.tr("(untitled feed)")
            item = QListWidgetItem(f"{title} — {kinds.get(feed.type, feed.type)}\n{feed.url}")
            item.setData(Qt.ItemDataRole.UserRole, feed)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = dialog_buttons(self, self.tr("Subscribe"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> DiscoveredFeed | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
