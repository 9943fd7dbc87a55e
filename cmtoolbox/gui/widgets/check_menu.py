"""The context menu of a checked editor (`TextChecks`): the grammar issue under the cursor with its
suggestions and "ignore" actions, the misspelled word with its suggestions (they arrive from the
spelling worker while the menu is open) and dictionary actions, then "Fix all French typography".

One `CheckMenu` per menu shown, a child of that menu: it lives as long as the menu, which the
suggestions still on their way need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from cmtoolbox.core.grammar import Issue
from cmtoolbox.core.spell_tokens import APOSTROPHES
from cmtoolbox.core.spelling import Misspelling
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.grammar_service import wants_grammar
from cmtoolbox.gui.i18n import fill

if TYPE_CHECKING:
    from cmtoolbox.gui.widgets.text_checks import TextChecks

MENU_MESSAGE_CHARS = 90


def _apostrophe_style(word: str, context: str) -> str:
    """The apostrophe the user writes: the one in the word, else the one the text around it uses."""
    for ch in word:
        if ch in APOSTROPHES:
            return ch
    typographic, straight = context.count("’"), context.count("'")
    return "’" if typographic > straight else "'"


def _with_apostrophe(suggestion: str, apostrophe: str) -> str:
    return "".join(apostrophe if ch in APOSTROPHES else ch for ch in suggestion)


class CheckMenu(QObject):
    def __init__(self, ctx: AppContext, checks: TextChecks) -> None:
        super().__init__()
        self._ctx = ctx
        self._checks = checks

    def build(self, position: int, pos: QPoint | None = None) -> QMenu:
        """The standard edit menu, with the grammar issue and the spelling actions at `position` first,
        and "Fix all French typography" last.

        Spelling suggestions arrive from the worker thread: a "Looking for suggestions…" line holds
        their place.
        """
        menu = self._checks.edit.createStandardContextMenu(pos if pos is not None else QPoint(0, 0))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setParent(menu)  # lives as long as the menu (the suggestions still on their way)
        menu.setToolTipsVisible(True)  # "Add", "Ignore" and "Always ignore" explain their scope
        first = menu.actions()[0] if menu.actions() else None
        ours: list[QAction] = []
        issue = self._checks.grammar_issue_at(position)
        if issue is not None:
            ours += self._grammar_actions(menu, *issue)
        found = self._checks.misspelling_at(position)
        if found is not None:
            ours += self._spelling_actions(menu, *found)
        if first is None:
            menu.addActions(ours)
        else:
            menu.insertActions(first, ours)
        if self._checks.grammar is not None and wants_grammar(self._checks.spelling.requested_languages):
            menu.addSeparator()
            self._checks.sync_actions()
            menu.addAction(self._checks.fix_action)
        return menu

    @staticmethod
    def _separator(menu: QMenu) -> QAction:
        separator = QAction(menu)
        separator.setSeparator(True)
        return separator

    def _shown(self, suggestion: str) -> str:
        """A suggestion as the menu shows it: spaces of either kind named, since they would be invisible."""
        names = {
            "": self.tr("Delete it"),
            " ": self.tr("A space"),
            "\u00a0": self.tr("A no-break space"),
            "\u202f": self.tr("A narrow no-break space"),
        }
        if suggestion in names:
            return names[suggestion]
        shown = suggestion.replace("&", "&&")
        if "\u00a0" in suggestion or "\u202f" in suggestion:
            return fill(self.tr("%1 (with a no-break space)"), shown.strip())
        return shown

    def _grammar_actions(self, menu: QMenu, target: QTextCursor, issue: Issue, flagged: str) -> list[QAction]:
        actions: list[QAction] = []
        message = " ".join(issue.message.split())
        short = message if len(message) <= MENU_MESSAGE_CHARS else message[: MENU_MESSAGE_CHARS - 1] + "…"
        header = QAction(short.replace("&", "&&"), menu)
        header.setObjectName("grammarMessage")
        header.setToolTip(message)
        header.setEnabled(False)
        actions.append(header)
        font = menu.font()
        font.setBold(True)
        for suggestion in issue.suggestions[:5]:
            action = QAction(self._shown(suggestion), menu)
            action.setObjectName("grammarSuggestion")
            action.setFont(font)
            action.triggered.connect(
                lambda _=False, s=suggestion: self._checks.apply_suggestion(target, flagged, s)
            )
            actions.append(action)
        once = QAction(self.tr("Ignore once"), menu)
        once.setObjectName("grammarIgnoreOnce")
        once.setToolTip(self.tr("Stop flagging this here until the text is closed"))
        once.triggered.connect(lambda: self._checks.ignore_once(issue.rule_id, flagged))
        actions.append(once)
        if self._checks.grammar is not None and self._checks.grammar.client_id is None:
            always = QAction(self.tr("Always ignore (texts of no client)"), menu)
            always.setToolTip(self.tr("Never flag this wording again in notes and drafts of no client"))
        else:
            always = QAction(self.tr("Always ignore (this client)"), menu)
            always.setToolTip(self.tr("Never flag this wording again in this client's texts"))
        always.setObjectName("grammarIgnoreAlways")
        always.triggered.connect(lambda: self._checks.ignore_always(issue.rule_id, flagged))
        actions.append(always)
        if issue.kind == "typography":
            if self._checks.network is not None:
                off = QAction(
                    fill(
                        self.tr("Stop checking typography on %1 (this client)"), self._checks.network_name()
                    ),
                    menu,
                )
                off.triggered.connect(lambda: self._checks.set_typography(False, self._checks.network))
            else:
                off = QAction(self.tr("Stop checking typography for this client"), menu)
                off.triggered.connect(lambda: self._checks.set_typography(False))
            off.setObjectName("grammarTypographyOff")
            actions.append(off)
        actions.append(self._separator(menu))
        return actions

    def _spelling_actions(self, menu: QMenu, target: QTextCursor, miss: Misspelling) -> list[QAction]:
        placeholder = QAction(self.tr("Looking for suggestions…"), menu)
        placeholder.setObjectName("spellPlaceholder")
        placeholder.setEnabled(False)
        add = QAction(self.tr("Add “%1” to the dictionary").replace("%1", miss.word), menu)
        add.setObjectName("spellAdd")
        add.setToolTip(self.tr("Accept this word for the current client from now on"))
        add.triggered.connect(lambda: self._ctx.tasks.spawn(self._checks.spelling.add_word(miss.word)))
        add_all = QAction(self.tr("Add to the dictionary of every client"), menu)
        add_all.setObjectName("spellAddAll")
        add_all.triggered.connect(
            lambda: self._ctx.tasks.spawn(self._checks.spelling.add_word(miss.word, for_all_clients=True))
        )
        ignore = QAction(self.tr("Ignore “%1”").replace("%1", miss.word), menu)
        ignore.setObjectName("spellIgnore")
        ignore.setToolTip(self.tr("Stop flagging this word in this editor until it is closed"))
        ignore.triggered.connect(lambda: self._checks.spelling.ignore(miss.word))
        if self._checks.spelling.client_id is None:
            add_all.setVisible(False)
        self._ctx.tasks.spawn(self._fill_suggestions(menu, placeholder, target, miss))
        return [placeholder, self._separator(menu), add, add_all, ignore, self._separator(menu)]

    async def _fill_suggestions(
        self, menu: QMenu, placeholder: QAction, target: QTextCursor, miss: Misspelling
    ) -> None:
        suggestions = await self._checks.spelling.suggestions(miss.word)
        if not shiboken6.isValid(menu) or not shiboken6.isValid(placeholder):
            return  # the menu was closed meanwhile
        if not suggestions:
            placeholder.setText(self.tr("No suggestions"))
            return
        context = target.block().text()
        style = _apostrophe_style(miss.word, context)
        font = menu.font()
        font.setBold(True)
        for suggestion in suggestions:
            replacement = _with_apostrophe(suggestion, style)
            action = QAction(replacement, menu)
            action.setObjectName("spellSuggestion")
            action.setFont(font)
            action.triggered.connect(
                lambda _=False, r=replacement: self._checks.replace_word(target, miss.word, r)
            )
            menu.insertAction(placeholder, action)
        menu.removeAction(placeholder)
        placeholder.deleteLater()
