"""Help ▸ User guide (F1) and Help ▸ Keyboard shortcuts (Ctrl+/).

The guide is a Markdown file per language in resources/guide. The shortcuts list is read from the
live window (every action that has a shortcut, the current section's included), so it can never
drift from what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from cmtoolbox.gui.widgets.dialog_layout import Standard, dialog_buttons
from cmtoolbox.gui.widgets.layouts import vbox
from cmtoolbox.paths import resource_path


def guide_text(language: str) -> str:
    path = resource_path("guide", f"guide_{language}.md")
    if not path.exists():
        path = resource_path("guide", "guide_en.md")
    return path.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("CM Toolbox guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text(language))
        vbox(self.browser, dialog_buttons(self, buttons=Standard.Close), parent=self)
        self.resize(720, 640)


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every enabled action with a shortcut that is reachable now: the
    window's own and those of the visible section."""
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.isEnabled():
            continue
        owners = action.associatedObjects()
        if owners and not any(getattr(o, "isVisible", lambda: True)() for o in owners):
            continue  # a hidden page's action: its keys do nothing now
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if text:
            rows[(text, keys)] = None
    return sorted(rows, key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = window_shortcuts(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            keys_item = QTableWidgetItem(keys)
            keys_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, keys_item)
        vbox(self.table, dialog_buttons(self, buttons=Standard.Close), parent=self)
        self.resize(520, 560)
