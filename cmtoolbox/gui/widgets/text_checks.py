"""Spelling and French grammar for one plain-text editor: underlines as the user types, the context
menu, "Fix all French typography". Shared by the post editor (a draft's master and variants) and the
note editor.

Spelling runs in the highlighter, per paragraph, on the UI thread (cheap: see spell_highlighter.py).
Grammar runs on the "grammar" worker (`GrammarService.check`), on the whole text: the core caches each
paragraph, so a re-check after a keystroke only checks the paragraph that changed. The UI thread only
takes a snapshot of the text (`toRawText`, microseconds) and, when the result comes back, stores each
paragraph's issues with its block and re-highlights the paragraphs whose issues changed.

Stale results: a result is applied only to the paragraphs whose text is still the text it was computed
for; one check runs at a time, and edits made meanwhile start the next one as soon as it ends (or after
`CHECK_DELAY_MS` of quiet), so results never pile up behind a fast typist.

"Ignore once" is for this editor while it is open (a (rule, wording) pair, as `GrammarOptions.ignored`
wants); "Always ignore (this client)" is stored in the client's grammar settings (`ops.grammar`).
Typography can be turned off for the client or, in a variant, for its network: the underlines and
"Fix all French typography" follow that setting.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolButton, QWidget

from cmtoolbox.core import grammar, networks
from cmtoolbox.core.grammar import Issue
from cmtoolbox.core.spelling import Misspelling
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.grammar_service import GrammarService, wants_grammar
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.spelling_service import SpellingService
from cmtoolbox.gui.widgets.check_menu import CheckMenu
from cmtoolbox.gui.widgets.spell_highlighter import (
    GRAMMAR_UNDERLINE,
    SPELLING_UNDERLINE,
    CheckData,
    SpellHighlighter,
    _Utf16Map,
    to_utf16,
)

__all__ = ["CHECK_DELAY_MS", "FIX_TYPOGRAPHY_SHORTCUT", "CheckedTextEdit", "TextChecks"]

CHECK_DELAY_MS = 200  # a short pause in typing before the grammar worker gets the text
FIX_TYPOGRAPHY_SHORTCUT = "Ctrl+Shift+Y"  # free in every section (G is the hashtags', T the notes' templates)
_EDITING_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


class _Flag(Protocol):
    """A misspelling or a grammar issue: a stretch of its paragraph, in code points."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


FlagT = TypeVar("FlagT", bound=_Flag)


class CheckedTextEdit(QPlainTextEdit):
    """A text area that tells the highlighter where a word is being typed, so it is not flagged yet."""

    left_word = Signal()  # the cursor may have left the word being typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    def typing_position(self) -> tuple[int, int] | None:
        if not self._typing:
            return None
        cursor = self.textCursor()
        return cursor.blockNumber(), cursor.positionInBlock()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        inserts_letter = bool(text) and text.isprintable() and not text.isspace()
        self._typing = inserts_letter or event.key() in _EDITING_KEYS
        try:
            super().keyPressEvent(event)
        finally:
            self._typing = False

    def _on_cursor_moved(self) -> None:
        if not self._typing:
            self.left_word.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.left_word.emit()


class TextChecks(QObject):
    """The checks of one editor. `network` is the variant's network (None: a master text, a note): a
    client may write without French typography on one network only.

    `grammar_applied()` fires each time a grammar result has been applied (tests, benchmarks).
    """

    grammar_applied = Signal()

    def __init__(
        self,
        ctx: AppContext,
        edit: CheckedTextEdit,
        highlighter: SpellHighlighter,
        spelling: SpellingService,
        grammar_service: GrammarService | None,
        *,
        network: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or edit)
        self._ctx = ctx
        self.edit = edit
        self.highlighter = highlighter
        self.spelling = spelling
        self.grammar = grammar_service
        self.network = network
        self.context_menu: QMenu | None = None
        self._ignored_once: set[tuple[str, str]] = set()
        self._running = False
        self._again = False
        self._shows_grammar = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._start_check)

        edit.document().contentsChange.connect(self._on_contents_change)
        edit.left_word.connect(self._recheck_deferred)
        spelling.checker_changed.connect(highlighter.set_checker)
        if spelling.checker is not None:
            highlighter.set_checker(spelling.checker)
        spelling.languages_changed.connect(self.recheck)
        if grammar_service is not None:
            grammar_service.settings_changed.connect(self.recheck)
            grammar_service.unavailable.connect(self.recheck)

        self.fix_action = QAction(self.tr("Fix all French &typography"), edit)
        self.fix_action.setObjectName("fixTypography")
        self.fix_action.setShortcut(QKeySequence(FIX_TYPOGRAPHY_SHORTCUT))
        self.fix_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.fix_action.setToolTip(
            fill(
                self.tr(
                    "No-break spaces before ; : ! ? » and after «, “10 h”, typographic apostrophes, in one "
                    "undo step (%1)"
                ),
                FIX_TYPOGRAPHY_SHORTCUT,
            )
        )
        self.fix_action.triggered.connect(lambda _checked=False: self.fix_typography())
        edit.addAction(self.fix_action)
        self.typography_action = QAction(self.tr("Check French typography for this client"), edit)
        self.typography_action.setObjectName("typographyClient")
        self.typography_action.setCheckable(True)
        self.typography_action.toggled.connect(self._on_client_typography_toggled)
        self.network_typography_action = QAction(edit)
        self.network_typography_action.setObjectName("typographyNetwork")
        self.network_typography_action.setCheckable(True)
        self.network_typography_action.toggled.connect(self._on_network_typography_toggled)
        self.network_typography_action.setVisible(network is not None)
        if network is not None:
            self.network_typography_action.setText(
                fill(self.tr("Check French typography on %1"), self.network_name())
            )
        self.sync_actions()

    # -- state ---------------------------------------------------------------------------------
    def grammar_active(self) -> bool:
        """Whether this text gets grammar underlines: a grammar service that works, and French among
        the spell-check languages that apply."""
        return (
            self.grammar is not None
            and self.grammar.error is None
            and wants_grammar(self.spelling.requested_languages)
        )

    def typography_active(self) -> bool:
        """Whether typography is checked and fixed here (French text, and not turned off for the client
        or the network). Fixing needs no Grammalecte: it works even where grammar checking does not."""
        return (
            self.grammar is not None
            and wants_grammar(self.spelling.requested_languages)
            and self.grammar.typography_for(self.network)
        )

    def has_pending(self) -> bool:
        """Whether a grammar check waits for a pause in typing."""
        return self._timer.isActive()

    @property
    def busy(self) -> bool:
        """Whether a grammar check is running on the worker."""
        return self._running

    @property
    def ignored_once(self) -> frozenset[tuple[str, str]]:
        return frozenset(self._ignored_once)

    def network_name(self) -> str:
        if self.network is None:
            return ""
        return networks.network(self.network).name if self.network in networks.NETWORKS else self.network

    # -- scheduling ------------------------------------------------------------------------------
    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if not removed and not added:
            return  # formatting only (the highlighter)
        if self.grammar_active():
            self._timer.start()

    def flush_pending(self) -> None:
        """Start the waiting grammar check now (tests, benchmarks, a host that needs it)."""
        if self._timer.isActive():
            self._start_check()

    def recheck(self) -> None:
        """Settings, languages or ignores changed: check again now (cached paragraphs cost nothing)."""
        self.sync_actions()
        if self.grammar_active():
            self._start_check()
        else:
            self._timer.stop()
            self._clear_grammar()

    def _start_check(self) -> None:
        self._timer.stop()
        if self._running:
            self._again = True
            return
        if not self.grammar_active():
            self._clear_grammar()
            return
        self._running = True
        if self._ctx.tasks.spawn(self._check()) is None:
            self._running = False

    async def _check(self) -> None:
        try:
            while True:
                self._again = False
                if not shiboken6.isValid(self.edit) or self.grammar is None:
                    return
                text = self.edit.document().toRawText()
                options = self.grammar.options(self.network, self._ignored_once)
                issues = await self.grammar.check(text, options)
                if not shiboken6.isValid(self.edit) or not shiboken6.isValid(self.highlighter):
                    return
                if self.grammar_active():
                    self.apply_grammar(text, issues)
                else:
                    self._clear_grammar()
                if not self._again:
                    return
        finally:
            self._running = False

    def apply_grammar(self, text: str, issues: list[Issue]) -> int:
        """Show a result computed for `text` (the document's raw text then): each paragraph still
        holding the text it was checked in gets its issues; the others wait for the next check.
        Returns the number of paragraphs re-highlighted."""
        pieces = text.split("\u2029")
        starts = [0]
        for piece in pieces[:-1]:
            starts.append(starts[-1] + len(piece) + 1)
        per_block: list[list[Issue]] = [[] for _ in pieces]
        for issue in issues:
            index = bisect_right(starts, issue.start) - 1
            offset = starts[index]
            per_block[index].append(replace(issue, start=issue.start - offset, end=issue.end - offset))
        changed = 0
        block = self.edit.document().firstBlock()
        index = 0
        while block.isValid() and index < len(pieces):
            piece = pieces[index]
            if block.text() == piece:
                found = tuple(per_block[index])
                data = block.userData()
                if isinstance(data, CheckData):
                    if data.text != piece or data.issues != found:
                        data.text, data.issues = piece, found
                        self.highlighter.rehighlightBlock(block)
                        changed += 1
                elif found:
                    block.setUserData(CheckData(piece, found))
                    self.highlighter.rehighlightBlock(block)
                    changed += 1
            block = block.next()
            index += 1
        self._shows_grammar = True
        self.grammar_applied.emit()
        return changed

    def _clear_grammar(self) -> None:
        if not self._shows_grammar:
            return
        block = self.edit.document().firstBlock()
        while block.isValid():
            data = block.userData()
            if isinstance(data, CheckData) and data.issues:
                data.issues = ()
                self.highlighter.rehighlightBlock(block)
            block = block.next()
        self._shows_grammar = False

    def _drop_issue(self, rule_id: str, flagged: str) -> None:
        """Hide an ignored wording at once, everywhere in this text (the re-check confirms)."""
        block = self.edit.document().firstBlock()
        while block.isValid():
            data = block.userData()
            if isinstance(data, CheckData) and data.issues:
                kept = tuple(
                    i for i in data.issues if (i.rule_id, data.text[i.start : i.end]) != (rule_id, flagged)
                )
                if kept != data.issues:
                    data.issues = kept
                    self.highlighter.rehighlightBlock(block)
            block = block.next()

    # -- spelling ------------------------------------------------------------------------------
    def _recheck_deferred(self) -> None:
        number = self.highlighter.take_deferred()
        if number is not None:
            block = self.edit.document().findBlockByNumber(number)
            if block.isValid():
                self.highlighter.rehighlightBlock(block)

    def _flag_at(
        self, position: int, flags: Callable[[QTextBlock], Iterable[FlagT]]
    ) -> tuple[QTextCursor, FlagT, str] | None:
        """The flag of a paragraph (`flags(block)`: offsets in code points of its text) at a Qt
        position: a cursor selecting it (it follows later edits), the flag and the flagged text."""
        block = self.edit.document().findBlock(position)
        if not block.isValid():
            return None
        text = block.text()
        in_block = position - block.position()
        for flag in flags(block):
            start, end = to_utf16(text, flag.start), to_utf16(text, flag.end)
            if start <= in_block <= end:
                cursor = QTextCursor(self.edit.document())
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                return cursor, flag, text[flag.start : flag.end]
        return None

    def misspelling_at(self, position: int) -> tuple[QTextCursor, Misspelling] | None:
        """The flagged word at a Qt position, as a cursor selecting it."""
        found = self._flag_at(position, self.highlighter.misspellings)
        return (found[0], found[1]) if found else None

    def grammar_issue_at(self, position: int) -> tuple[QTextCursor, Issue, str] | None:
        """The grammar issue at a Qt position: a cursor selecting what it flags, the issue (offsets in
        its paragraph) and the flagged text."""
        return self._flag_at(position, self.highlighter.grammar_issues)

    def underlined(self, style: object) -> list[str]:
        """Stretches of text currently drawn with the underline `style` (what a person sees)."""
        found: list[str] = []
        block = self.edit.document().firstBlock()
        while block.isValid():
            for fmt in block.layout().formats():
                if fmt.format.underlineStyle() == style:
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + fmt.start)
                    cursor.setPosition(
                        block.position() + fmt.start + fmt.length, QTextCursor.MoveMode.KeepAnchor
                    )
                    found.append(cursor.selectedText())
            block = block.next()
        return found

    def underlined_words(self) -> list[str]:
        """Words shown with the misspelling underline."""
        return self.underlined(SPELLING_UNDERLINE)

    def grammar_underlined(self) -> list[str]:
        """Stretches shown with the grammar underline."""
        return self.underlined(GRAMMAR_UNDERLINE)

    # -- the context menu (widgets/check_menu.py) -------------------------------------------------
    def build_context_menu(self, position: int, pos: QPoint | None = None) -> QMenu:
        """The standard edit menu, with the grammar issue and the spelling actions at `position` first,
        and "Fix all French typography" last."""
        self.context_menu = CheckMenu(self._ctx, self).build(position, pos)
        return self.context_menu

    # -- what the menu does --------------------------------------------------------------------------
    def replace_word(self, target: QTextCursor, word: str, replacement: str) -> bool:
        """Replace the flagged word (one undo step), if the text there is still that word."""
        if target.selectedText() != word:
            return False
        target.insertText(replacement)
        return True

    def apply_suggestion(self, target: QTextCursor, flagged: str, suggestion: str) -> bool:
        """Replace what a grammar issue flags (one undo step), if the text there is still that."""
        if target.selectedText() != flagged:
            return False
        target.insertText(suggestion)
        return True

    def ignore_once(self, rule_id: str, flagged: str) -> None:
        self._ignored_once.add((rule_id, flagged))
        self._drop_issue(rule_id, flagged)
        self.recheck()

    def ignore_always(self, rule_id: str, flagged: str) -> None:
        if self.grammar is None:
            return
        self._drop_issue(rule_id, flagged)
        self._ctx.tasks.spawn(self.grammar.ignore_always(rule_id, flagged))

    def set_typography(self, enabled: bool, network: str | None = None) -> None:
        if self.grammar is not None:
            self._ctx.tasks.spawn(self.grammar.set_typography(enabled, network))

    def _on_client_typography_toggled(self, checked: bool) -> None:
        if self.grammar is not None and checked != self.grammar.settings.typography:
            self.set_typography(checked)

    def _on_network_typography_toggled(self, checked: bool) -> None:
        if self.grammar is None or self.network is None:
            return
        if checked != (self.network not in self.grammar.settings.typography_off_networks):
            self.set_typography(checked, self.network)

    def sync_actions(self) -> None:
        """The typography actions show the settings that apply now."""
        settings = self.grammar.settings if self.grammar is not None else None
        french = self.grammar is not None and wants_grammar(self.spelling.requested_languages)
        for action, checked in (
            (self.typography_action, settings is not None and settings.typography),
            (
                self.network_typography_action,
                settings is not None and self.network not in settings.typography_off_networks,
            ),
        ):
            action.blockSignals(True)
            action.setChecked(checked)
            action.setEnabled(french)
            action.blockSignals(False)
        self.network_typography_action.setEnabled(french and settings is not None and settings.typography)
        self.fix_action.setEnabled(self.typography_active())

    # -- fix all -------------------------------------------------------------------------------------
    def fix_typography(self) -> int:
        """Apply French typography to the whole text as ONE undo step, keeping the cursor; returns the
        number of corrections. Does nothing where typography is turned off."""
        if not self.typography_active():
            self._ctx.status.show(self.tr("French typography is not checked in this text"))
            return 0
        document = self.edit.document()
        text = document.toRawText()
        edits = grammar.typography_edits(text)
        if not edits:
            self._ctx.status.show(self.tr("French typography: nothing to fix"))
            return 0
        convert = _Utf16Map(text)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            for start, end, replacement in reversed(edits):
                cursor.setPosition(convert(start))
                cursor.setPosition(convert(end), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(replacement)
        finally:
            cursor.endEditBlock()
        self._ctx.status.show(self.tr("French typography: %n correction(s)", "", len(edits)))
        return len(edits)

    def typography_button(self) -> QToolButton:
        """A tool button whose menu holds "Fix all French typography" and the typography settings."""
        button = QToolButton()
        button.setObjectName("typographyButton")
        button.setText(self.tr("« »"))
        button.setToolTip(self.tr("French typography"))
        button.setAccessibleName(self.tr("French typography"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.setToolTipsVisible(True)
        menu.addAction(self.fix_action)
        menu.addSeparator()
        menu.addAction(self.typography_action)
        menu.addAction(self.network_typography_action)
        menu.aboutToShow.connect(self.sync_actions)
        button.setMenu(menu)
        return button
