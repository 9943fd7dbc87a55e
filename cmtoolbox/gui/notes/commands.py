"""The notebook's commands: one QAction each, their shortcuts, and the toolbar that shows them.

Shortcuts are window-wide (`WindowShortcut`) so they work right after a click in the sidebar moved
the focus out of the page; Qt ignores the shortcuts of a hidden widget, so they only fire while
the notebook is the section shown. Ctrl+N is the main window's (File ▸ New asks the page): a second
Ctrl+N here would be ambiguous and neither would fire. The page connects the actions to what they do.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QToolBar, QWidget

from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.widgets.actions import more_button, window_action
from cmtoolbox.gui.widgets.toolbars import action_toolbar

VIEW_MODES = ("edit", "split", "preview")


class NotesCommands(QObject):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._action = partial(window_action, owner)
        self.new = self._action(self.tr("&New note"), tip=self.tr("New note (Ctrl+N)"))
        self.new.setIcon(icon("notes"))
        self.template = self._action(
            self.tr("From &template…"), "Ctrl+Shift+T", tip=self.tr("New note from a template (Ctrl+Shift+T)")
        )
        self.delete = self._action(
            self.tr("&Delete"), tip=self.tr("Move this note to the trash (Del in the list)")
        )
        self.pin = self._action(
            self.tr("&Pin"), checkable=True, tip=self.tr("Keep this note at the top of the list")
        )
        self.history = self._action(
            self.tr("&History…"), "Ctrl+Shift+H", tip=self.tr("Earlier versions of this note (Ctrl+Shift+H)")
        )
        self.kpi = self._action(
            self.tr("&KPI calculator"),
            "Ctrl+Shift+K",
            tip=self.tr("Compute a KPI and insert it in the note (Ctrl+Shift+K)"),
        )
        self.insert_media = self._action(
            self.tr("Insert from &library…"),
            "Ctrl+Shift+I",
            tip=self.tr("Show a picture of the client's library in this note (Ctrl+Shift+I)"),
        )
        self.insert_media.setIcon(icon("library"))
        self.save_template = self._action(self.tr("&Save as template…"))
        self.trash = self._action(self.tr("&Trash…"))
        self.remote_note = self._action(self.tr("Load remote images in this &note"), checkable=True)
        self.remote_app = self._action(self.tr("Load remote images in &all notes"), checkable=True)
        self.side = self._action(self.tr("Side &panel"), "Ctrl+Shift+B", checkable=True)
        self.filter_focus = self._action(self.tr("Filter notes"), "Ctrl+Shift+F")

        self.mode_group = QActionGroup(self)
        self.modes: dict[str, QAction] = {}
        labels = {"edit": self.tr("Edit"), "split": self.tr("Split"), "preview": self.tr("Preview")}
        for number, mode in enumerate(VIEW_MODES, start=1):
            shortcut = f"Ctrl+Alt+{number}"
            action = self._action(
                labels[mode], shortcut, checkable=True, tip=fill(self.tr("%1 (%2)"), labels[mode], shortcut)
            )
            self.mode_group.addAction(action)
            self.modes[mode] = action

        #: enabled only while a note is open
        self.note_actions = (
            self.delete,
            self.pin,
            self.history,
            self.save_template,
            self.remote_note,
            self.insert_media,
        )
        self.toolbar = self._build_toolbar()

    def _build_toolbar(self) -> QToolBar:
        first = (self.new, self.template, self.delete)
        modes = tuple(self.modes.values())
        toolbar = action_toolbar(
            "notesToolbar", (first, (self.pin, self.history), modes, (self.kpi, self.insert_media))
        )
        more = ((self.save_template, self.trash), (self.remote_note, self.remote_app), (self.side,))
        self.more_button = more_button(toolbar, more, self.tr("More actions"))
        return toolbar
