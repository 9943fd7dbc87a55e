"""The library page's header: the client's name, Import, the search box and the filters.

A view: it turns what the person chose into a `MediaQuery` and says when that changed (the search
text after a short pause, so typing does not query the database at every key).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QMenu,
    QToolButton,
    QWidget,
)

from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.library.browser import GRID, LIST
from cmtoolbox.gui.library.messages import kind_plural_labels
from cmtoolbox.gui.widgets.controls import combo_box, search_box, tool_button
from cmtoolbox.gui.widgets.labels import heading_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.gui.widgets.timers import debounce
from cmtoolbox.storage.media import MediaQuery

SEARCH_DELAY_MS = 250


class LibraryToolbar(QWidget):
    filters_changed = Signal()
    view_mode_requested = Signal(str)  # GRID or LIST

    def __init__(self, import_files: QAction, import_folder: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading_label("libraryHeading", self.tr("Library"), 1.4)
        self.import_button = QToolButton()
        self.import_button.setObjectName("libraryImport")
        self.import_button.setDefaultAction(import_files)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self)
        menu.addAction(import_folder)
        self.import_button.setMenu(menu)

        self.search_edit = search_box(
            "librarySearch", self.tr("Search titles, alt texts, credits, tags (Ctrl+F)")
        )
        self.search_edit.setMinimumWidth(220)
        kinds = [(label, kind) for kind, label in kind_plural_labels().items()]
        self.type_combo = combo_box(
            "libraryType", [(self.tr("All types"), None), *kinds], accessible_name=self.tr("Type")
        )
        self.tag_combo = combo_box(
            "libraryTag", [(self.tr("All tags"), None)], accessible_name=self.tr("Tag")
        )
        self.tag_combo.setMinimumContentsLength(10)
        rights = (
            (self.tr("All rights"), None),
            (self.tr("Rights ending soon"), "expiring"),
            (self.tr("Rights expired"), "expired"),
            (self.tr("Ending soon or expired"), "flagged"),
            (self.tr("No licence recorded"), "unknown"),
        )
        self.rights_combo = combo_box("libraryRights", rights, accessible_name=self.tr("Rights"))
        self.grid_button = tool_button(
            self.tr("Grid"),
            lambda: self.view_mode_requested.emit(GRID),
            name="libraryGridView",
            tip=self.tr("Show thumbnails in a grid"),
        )
        self.list_button = tool_button(
            self.tr("List"),
            lambda: self.view_mode_requested.emit(LIST),
            name="libraryListView",
            tip=self.tr("Show a detailed list"),
        )
        for button in (self.grid_button, self.list_button):
            button.setCheckable(True)

        filters = (self.type_combo, self.tag_combo, self.rights_combo, 8, self.grid_button, self.list_button)
        vbox(
            hbox(self.heading, None, self.import_button),
            hbox((self.search_edit, 2), *filters),
            parent=self,
            margins=0,
        )

        self._search_timer = debounce(self, SEARCH_DELAY_MS, self.filters_changed.emit)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.type_combo, self.tag_combo, self.rights_combo):
            combo.currentIndexChanged.connect(lambda _index: self._changed_now())

    def _changed_now(self) -> None:
        self._search_timer.stop()
        self.filters_changed.emit()

    # -- state -------------------------------------------------------------------------------------
    def query(self, client_id: int) -> MediaQuery:
        kind = self.type_combo.currentData()
        return MediaQuery(
            client_id=client_id,
            kinds=(kind,) if kind else (),
            tag=self.tag_combo.currentData(),
            rights=self.rights_combo.currentData(),
            text=self.search_edit.text().strip(),
        )

    @property
    def filtered(self) -> bool:
        """Something narrows the list: an empty result means "no match", not "empty library"."""
        return bool(
            self.type_combo.currentData()
            or self.tag_combo.currentData()
            or self.rights_combo.currentData()
            or self.search_edit.text().strip()
        )

    def reset(self) -> None:
        """Every filter back to "all", the search cleared, without announcing it (the caller reloads)."""
        self._search_timer.stop()
        for widget in (self.type_combo, self.tag_combo, self.rights_combo, self.search_edit):
            blocker = QSignalBlocker(widget)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            else:
                widget.clear()
            del blocker

    def fill_tags(self, names: list[str]) -> None:
        """The client's tags as filter choices; the chosen one stays, or the filter resets when it is gone."""
        current = self.tag_combo.currentData()
        blocker = QSignalBlocker(self.tag_combo)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for name in names:
            self.tag_combo.addItem(f"#{name}", name)
        index = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(index, 0))
        del blocker
        if current and self.tag_combo.currentData() != current:
            self.filters_changed.emit()  # the tag is gone: show everything again

    def set_client_name(self, name: str) -> None:
        self.heading.setText(fill(self.tr("Library of %1"), name) if name else self.tr("Library"))

    def show_view_mode(self, mode: str) -> None:
        self.grid_button.setChecked(mode == GRID)
        self.list_button.setChecked(mode == LIST)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
