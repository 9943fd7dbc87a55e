"""The Drafts section's commands: one QAction each, their shortcuts, and the toolbar showing them.

Shortcuts are window-wide (`WindowShortcut`) so they work right after a click in the sidebar;
Qt ignores the shortcuts of a hidden page, so they only fire while Drafts is shown. Ctrl+N is the
main window's (File ▸ New asks the page). The page connects the actions to what they do.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QToolBar, QWidget

from cmtoolbox.gui.drafts.snippets import SNIPPETS_SHORTCUT
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.widgets.actions import more_button, window_action
from cmtoolbox.gui.widgets.spell_languages_button import SpellLanguagesButton, short_codes
from cmtoolbox.gui.widgets.toolbars import action_toolbar


class ClientLanguagesButton(SpellLanguagesButton):
    """The client's spell-check languages (every draft of the client follows them unless it has
    its own), named so it is not mistaken for the open draft's languages button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientLanguagesButton")

    def _refresh(self) -> None:
        super()._refresh()
        codes = short_codes(self.effective()) or self.tr("none")
        self.setText(fill(self.tr("Client languages: %1"), codes))


class DraftsCommands(QObject):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._action = partial(window_action, owner)
        self.new = self._action(
            self.tr("&New draft"), tip=self.tr("New draft for the current client (Ctrl+N)")
        )
        self.new.setIcon(icon("drafts"))
        self.duplicate = self._action(self.tr("D&uplicate"), tip=self.tr("A copy of this draft to rework"))
        self.trash = self._action(
            self.tr("&Delete"), tip=self.tr("Move this draft to the trash (Edit ▸ Undo brings it back)")
        )
        self.history = self._action(
            self.tr("&Versions…"),
            "Ctrl+Shift+H",
            tip=self.tr("Earlier versions of this draft (Ctrl+Shift+H)"),
        )
        self.snippet = self._action(
            self.tr("Insert a &snippet"),
            SNIPPETS_SHORTCUT,
            tip=self.tr("Hashtag sets, signatures, calls to action, mentions (%1)").replace(
                "%1", SNIPPETS_SHORTCUT
            ),
        )
        self.manage_snippets = self._action(
            self.tr("&Snippets…"), tip=self.tr("Manage the client's snippets")
        )
        self.trash_list = self._action(self.tr("&Trash…"), tip=self.tr("Deleted drafts: restore them"))
        self.dictionary = self._action(
            self.tr("&Dictionary…"), tip=self.tr("Words you added to the spell checker")
        )
        self.search = self._action(self.tr("Search drafts"), "Ctrl+Shift+F")

        self.view_group = QActionGroup(self)
        self.view_list = self._action(
            self.tr("&List"), "Ctrl+Alt+1", checkable=True, tip=self.tr("Drafts and the editor (Ctrl+Alt+1)")
        )
        self.view_calendar = self._action(
            self.tr("&Calendar"),
            "Ctrl+Alt+2",
            checkable=True,
            tip=self.tr("The editorial calendar (Ctrl+Alt+2)"),
        )
        for action in (self.view_list, self.view_calendar):
            self.view_group.addAction(action)
        self.view_list.setChecked(True)

        self.export_bat = self._action(
            self.tr("Export &BAT…"),
            tip=self.tr("A proof of the selected drafts for the client (HTML or PDF)"),
        )
        self.record_answers = self._action(
            self.tr("Record the client's &answer…"),
            tip=self.tr("Approved, or changes asked, with their words"),
        )
        self.client_languages = ClientLanguagesButton()

        #: enabled only while a draft is open
        self.draft_actions = (self.duplicate, self.trash, self.history, self.snippet)
        self.toolbar = self._build_toolbar()

    def _build_toolbar(self) -> QToolBar:
        first = (self.new, self.duplicate, self.trash)
        views = (self.view_list, self.view_calendar)
        toolbar = action_toolbar(
            "draftsToolbar", (first, views, (self.export_bat, self.record_answers), (self.history,))
        )
        toolbar.addSeparator()
        toolbar.addWidget(self.client_languages)
        more = (self.snippet, self.manage_snippets, self.dictionary, self.trash_list)
        self.more_button = more_button(toolbar, [more], self.tr("More actions"), "draftsMore")
        return toolbar
