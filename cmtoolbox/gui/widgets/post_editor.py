"""The post editor: text, live counters per network, spell check, emoji, fold preview and thread split.

Shared by the drafts editor's master and variants: it knows nothing about where the text is
stored. Give it the `AppContext`, the networks, optional per-network limits (a Mastodon server's
own limit) and the spell-check languages; call `set_client()` so that "Add to dictionary" lands in the
right client's dictionary.

Responsiveness, by design (figures in benchmarks/bench_editor.py):
- spell check runs per paragraph through `SpellHighlighter` (Qt re-checks only the edited paragraph);
- counters run on the whole text, synchronously while that stays cheap and on a short debounce once
  the text is long enough to cost more. The choice depends only on the work (characters times selected
  counters, `SYNC_COUNT_MAX_WORK`), never on how fast the machine is at that moment: the same text
  takes the same path everywhere, and a test that reads too early fails every time, not under load;
- suggestions, dictionary loading and every database write run off the UI thread.

Deferred work (the counters' debounce, the thread panel's) runs at once on `flush_pending()`: tests
call it instead of waiting, and so can a host that needs the final numbers now (before saving).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import shiboken6
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.counters import COUNTERS, CountResult, count
from cmtoolbox.core.spell_tokens import APOSTROPHES
from cmtoolbox.core.spelling import Misspelling, SpellChecker
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.spelling_service import SpellingService
from cmtoolbox.gui.widgets.counter_bar import CounterBar
from cmtoolbox.gui.widgets.emoji_picker import EmojiPicker
from cmtoolbox.gui.widgets.fold_preview import FoldPreview
from cmtoolbox.gui.widgets.spell_highlighter import SpellHighlighter, to_utf16
from cmtoolbox.gui.widgets.text_limits import POST_MAX_CHARS, paste_fits
from cmtoolbox.gui.widgets.thread_panel import ThreadPanel

__all__ = ["PostEditor", "PostTextEdit"]

# Above this many characters times selected counters, counters wait for a pause in typing. Counting costs
# from 0.02 (plain ASCII) to 0.27 (emoji, links and hashtags on the dearest counter) microseconds per
# character and counter on the reference 2-core machine (benchmarks/bench_counters.py), so 20,000 (a
# 3,000-character post on 6 networks) keeps a keystroke's counting under about 5 ms.
SYNC_COUNT_MAX_WORK = 20_000
COUNT_DEBOUNCE_MS = 150
_EDITING_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


def _apostrophe_style(word: str, context: str) -> str:
    """The apostrophe the user writes: the one in the word, else the one the text around it uses."""
    for ch in word:
        if ch in APOSTROPHES:
            return ch
    typographic, straight = context.count("’"), context.count("'")
    return "’" if typographic > straight else "'"


def _with_apostrophe(suggestion: str, apostrophe: str) -> str:
    return "".join(apostrophe if ch in APOSTROPHES else ch for ch in suggestion)


class PostTextEdit(QPlainTextEdit):
    """The text area. It tells the highlighter where a word is being typed, so it is not flagged yet."""

    left_word = Signal()  # the cursor may have left the word being typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False
        self.setObjectName("postText")
        self.setTabChangesFocus(True)
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

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if paste_fits(self, source, POST_MAX_CHARS, self.tr("post")):  # a huge paste would freeze the app
            super().insertFromMimeData(source)


class PostEditor(QWidget):
    """Editor plus counters; `side_panel` holds the fold preview and the thread tabs."""

    text_changed = Signal()
    counts_changed = Signal(dict)  # network -> CountResult
    networks_changed = Signal(list)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        networks: Iterable[str] = (),
        limits: Mapping[str, int] | None = None,
        languages: Sequence[str] | None = None,
        spelling: SpellingService | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._limits: dict[str, int] = dict(limits or {})
        self._results: dict[str, CountResult] = {}
        self._text_cache: str | None = None
        self.context_menu: QMenu | None = None
        self._over_range: tuple[int, int] | None = None
        self._emoji_picker: EmojiPicker | None = None

        self.edit = PostTextEdit()
        self.edit.setPlaceholderText(
            self.tr(
                "Write your post here. Counters and spell check follow as you type; right-click a "
                "word underlined in red for suggestions."
            )
        )
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit.customContextMenuRequested.connect(self._on_context_menu)
        self.edit.document().contentsChange.connect(self._on_contents_change)
        self.highlighter = SpellHighlighter(self.edit.document(), self.edit.typing_position)
        self.edit.left_word.connect(self._recheck_deferred)

        self.spelling = spelling or SpellingService(ctx, languages, self)
        self.spelling.checker_changed.connect(self._on_checker_changed)
        if self.spelling.checker is not None:
            self.highlighter.set_checker(self.spelling.checker)

        self.counters = CounterBar()
        self.counters.networks_changed.connect(self._on_networks_changed)

        self.emoji_button = QToolButton()
        self.emoji_button.setObjectName("emojiButton")
        self.emoji_button.setText("😀")
        emoji_font = self.emoji_button.font()
        emoji_font.setPointSizeF(emoji_font.pointSizeF() * 1.3)
        self.emoji_button.setFont(emoji_font)
        self.emoji_button.setToolTip(self.tr("Insert an emoji (Ctrl+;)"))
        self.emoji_button.setAccessibleName(self.tr("Insert an emoji"))
        self.emoji_button.clicked.connect(self._emoji_from_button)
        shortcut = QShortcut(QKeySequence("Ctrl+;"), self.edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.open_emoji_picker)

        self.fold_preview = FoldPreview()
        self.thread_panel = ThreadPanel()
        self.side_panel = QTabWidget()
        self.side_panel.setObjectName("editorSidePanel")
        self.side_panel.addTab(self.fold_preview, self.tr("Preview"))
        self.side_panel.addTab(self.thread_panel, self.tr("Thread"))
        self.thread_panel.set_limits(self._limits)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DEBOUNCE_MS)
        self._count_timer.timeout.connect(self.refresh_counts)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.emoji_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.counters, 1)
        column.addLayout(row)
        self._tool_row = row

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.set_networks(networks)
        self.refresh_counts()

    def add_tool(self, widget: QWidget) -> None:
        """Put a host page's own control (the spell-check languages button) beside the emoji
        button, just before the networks menu."""
        index = self._tool_row.indexOf(self.counters)
        self._tool_row.insertWidget(index, widget, 0, Qt.AlignmentFlag.AlignTop)

    # -- text --------------------------------------------------------------------------------
    def text(self) -> str:
        """The text as posted: non-breaking spaces kept (French typography), line breaks as "\\n"."""
        if self._text_cache is None:
            raw = self.edit.document().toRawText()
            self._text_cache = raw.replace("\u2029", "\n").replace("\u2028", "\n")
        return self._text_cache

    def set_text(self, text: str) -> None:
        """Replace the whole text (and the undo history: this is another post)."""
        self.edit.setPlainText(text)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)  # ready to go on writing
        self.refresh_counts()

    def insert_text(self, text: str) -> None:
        self.edit.insertPlainText(text)

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if not removed and not added:
            return  # formatting only (the spell highlighter)
        self._text_cache = None
        if self.counts_deferred():
            self._count_timer.start()
        else:
            self.refresh_counts()
        self.thread_panel.set_text(self.text())
        self.text_changed.emit()

    def counts_deferred(self) -> bool:
        """Whether typing in the current text waits for a pause before counting (a long text on many
        networks). Decided by the amount of work only, so it is the same on every machine."""
        return len(self.text()) * max(1, len(self.networks())) > SYNC_COUNT_MAX_WORK

    def has_pending(self) -> bool:
        """Whether deferred work (counters, thread split) waits for its timer."""
        return self._count_timer.isActive() or self.thread_panel.has_pending()

    def flush_pending(self) -> None:
        """Run the deferred work now: counters of the last edit, the thread split (when shown)."""
        if self._count_timer.isActive():
            self.refresh_counts()
        self.thread_panel.flush_pending()

    # -- networks and counters -----------------------------------------------------------------
    def networks(self) -> list[str]:
        return self.counters.networks()

    def set_networks(self, networks: Iterable[str]) -> None:
        self.counters.set_networks(networks)

    def set_limits(self, limits: Mapping[str, int]) -> None:
        """Per-network limits that differ from the table (a Mastodon instance allowing 5,000)."""
        self._limits = {n: int(v) for n, v in limits.items() if n in COUNTERS and int(v) > 0}
        self.thread_panel.set_limits(self._limits)
        self.refresh_counts()

    def limits(self) -> dict[str, int]:
        return dict(self._limits)

    def _on_networks_changed(self, networks: list[str]) -> None:
        self.fold_preview.set_networks(networks)
        self.thread_panel.prefer(networks)
        self.refresh_counts()
        self.networks_changed.emit(networks)

    def results(self) -> dict[str, CountResult]:
        return dict(self._results)

    def refresh_counts(self) -> None:
        self._count_timer.stop()
        text = self.text()
        self._results = {n: count(n, text, limit=self._limits.get(n)) for n in self.networks()}
        self.counters.set_results(self._results)
        self._show_over_limit(text)
        self.fold_preview.set_text(text)
        self.counts_changed.emit(dict(self._results))

    def _show_over_limit(self, text: str) -> None:
        """Shade what goes past the strictest selected limit, and mark characters a network refuses."""
        doc = self.edit.document()
        over_starts = [r.over_ranges[0][0] for r in self._results.values() if r.over_ranges]
        selections: list[QTextEdit.ExtraSelection] = []
        self._over_range = None
        if over_starts:
            start = min(over_starts)
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(229, 57, 53, 70))
            cursor = QTextCursor(doc)
            cursor.setPosition(to_utf16(text, start))
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
            self._over_range = (cursor.selectionStart(), cursor.selectionEnd())
        for result in self._results.values():
            for problem in result.problems:
                if problem.code != "forbidden_characters":
                    continue
                for a, b in problem.ranges:
                    selection = QTextEdit.ExtraSelection()
                    selection.format.setBackground(QColor(229, 57, 53, 160))
                    cursor = QTextCursor(doc)
                    cursor.setPosition(to_utf16(text, a))
                    cursor.setPosition(to_utf16(text, b), QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor
                    selections.append(selection)
        self.edit.setExtraSelections(selections)

    def over_limit_range(self) -> tuple[int, int] | None:
        """The shaded stretch, in Qt positions (UTF-16 units), or None."""
        return self._over_range

    # -- spelling ----------------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        self.spelling.set_client(client_id)

    def set_languages(self, languages: Sequence[str] | None) -> None:
        """Languages for this text only (a draft's own), over the client's; None: the client's."""
        self.spelling.set_languages(languages)

    def _on_checker_changed(self, checker: SpellChecker | None) -> None:
        self.highlighter.set_checker(checker)

    def _recheck_deferred(self) -> None:
        number = self.highlighter.take_deferred()
        if number is not None:
            block = self.edit.document().findBlockByNumber(number)
            if block.isValid():
                self.highlighter.rehighlightBlock(block)

    def misspelling_at(self, position: int) -> tuple[QTextCursor, Misspelling] | None:
        """The flagged word at a Qt position, as a cursor selecting it (it follows later edits)."""
        block = self.edit.document().findBlock(position)
        if not block.isValid():
            return None
        text = block.text()
        in_block = position - block.position()
        for miss in self.highlighter.misspellings(block):
            start, end = to_utf16(text, miss.start), to_utf16(text, miss.end)
            if start <= in_block <= end:
                cursor = QTextCursor(self.edit.document())
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                return cursor, miss
        return None

    def underlined_words(self) -> list[str]:
        """Words currently shown with the misspelling underline (what a person sees)."""
        words: list[str] = []
        block = self.edit.document().firstBlock()
        while block.isValid():
            for fmt in block.layout().formats():
                if fmt.format.underlineStyle() == fmt.format.UnderlineStyle.SpellCheckUnderline:
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + fmt.start)
                    end = block.position() + fmt.start + fmt.length
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    words.append(cursor.selectedText())
            block = block.next()
        return words

    def _on_context_menu(self, pos: QPoint) -> None:
        cursor = self.edit.cursorForPosition(pos)
        menu = self.build_context_menu(cursor.position(), pos)
        menu.popup(self.edit.viewport().mapToGlobal(pos))

    def build_context_menu(self, position: int, pos: QPoint | None = None) -> QMenu:
        """The standard edit menu, with spelling actions first when `position` is in a flagged word.

        Suggestions arrive from the worker thread: a "Looking for suggestions…" line holds their place.
        """
        menu = self.edit.createStandardContextMenu(pos if pos is not None else QPoint(0, 0))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)  # "Add" and "Ignore" explain their scope
        self.context_menu = menu
        found = self.misspelling_at(position)
        if found is None:
            return menu
        target, miss = found
        first = menu.actions()[0] if menu.actions() else None
        placeholder = QAction(self.tr("Looking for suggestions…"), menu)
        placeholder.setObjectName("spellPlaceholder")
        placeholder.setEnabled(False)
        add = QAction(self.tr("Add “%1” to the dictionary").replace("%1", miss.word), menu)
        add.setObjectName("spellAdd")
        add.setToolTip(self.tr("Accept this word for the current client from now on"))
        add.triggered.connect(lambda: self._ctx.tasks.spawn(self.add_to_dictionary(miss.word)))
        add_all = QAction(self.tr("Add to the dictionary of every client"), menu)
        add_all.setObjectName("spellAddAll")
        add_all.triggered.connect(
            lambda: self._ctx.tasks.spawn(self.add_to_dictionary(miss.word, for_all_clients=True))
        )
        ignore = QAction(self.tr("Ignore “%1”").replace("%1", miss.word), menu)
        ignore.setObjectName("spellIgnore")
        ignore.setToolTip(self.tr("Stop flagging this word in this editor until it is closed"))
        ignore.triggered.connect(lambda: self.spelling.ignore(miss.word))
        for action in (placeholder, None, add, add_all, ignore, None):
            if action is None:
                separator = QAction(menu)
                separator.setSeparator(True)
                menu.insertAction(first, separator)
            else:
                menu.insertAction(first, action)
        if self.spelling.client_id is None:
            add_all.setVisible(False)
        self._ctx.tasks.spawn(self._fill_suggestions(menu, placeholder, target, miss))
        return menu

    async def _fill_suggestions(
        self, menu: QMenu, placeholder: QAction, target: QTextCursor, miss: Misspelling
    ) -> None:
        suggestions = await self.spelling.suggestions(miss.word)
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
            action.triggered.connect(lambda _=False, r=replacement: self.replace_word(target, miss.word, r))
            menu.insertAction(placeholder, action)
        menu.removeAction(placeholder)
        placeholder.deleteLater()

    def replace_word(self, target: QTextCursor, word: str, replacement: str) -> bool:
        """Replace the flagged word (one undo step), if the text there is still that word."""
        if target.selectedText() != word:
            return False
        target.insertText(replacement)
        return True

    async def add_to_dictionary(self, word: str, *, for_all_clients: bool = False) -> None:
        await self.spelling.add_word(word, for_all_clients=for_all_clients)

    # -- emoji -------------------------------------------------------------------------------
    def open_emoji_picker(self, global_pos: QPoint | None = None) -> EmojiPicker:
        if self._emoji_picker is None:
            self._emoji_picker = EmojiPicker(self._ctx.language, self._ctx.prefs, self)
            self._emoji_picker.emoji_chosen.connect(self.insert_emoji)
        if global_pos is None:
            rect = self.edit.cursorRect()
            global_pos = self.edit.viewport().mapToGlobal(rect.bottomLeft())
        self._emoji_picker.popup_at(global_pos)
        return self._emoji_picker

    def _emoji_from_button(self) -> None:
        self.open_emoji_picker(self.emoji_button.mapToGlobal(QPoint(0, self.emoji_button.height())))

    def insert_emoji(self, char: str) -> None:
        self.edit.insertPlainText(char)
        self.edit.setFocus()
