"""The post editor: text, live counters per network, spell and grammar check, emoji, fold preview and
thread split.

Shared by the drafts editor's master and variants: it knows nothing about where the text is
stored. Give it the `AppContext`, the networks, optional per-network limits (a Mastodon server's
own limit) and the spell-check languages; call `set_client()` so that "Add to dictionary" lands in the
right client's dictionary.

Responsiveness, by design (figures in benchmarks/bench_editor.py):
- spell check runs per paragraph through `SpellHighlighter` (Qt re-checks only the edited paragraph);
  French grammar runs on a worker thread after a short pause (`TextChecks`, widgets/text_checks.py);
- counters run on the whole text, synchronously while that stays cheap and on a short debounce once
  the text is long enough to cost more. The choice depends only on the work (characters times selected
  counters, `SYNC_COUNT_MAX_WORK`), never on how fast the machine is at that moment: the same text
  takes the same path everywhere, and a test that reads too early fails every time, not under load;
- suggestions, dictionary loading and every database write run off the UI thread.

Deferred work (the counters' debounce, the thread panel's, the grammar check's) runs at once on
`flush_pending()`: tests
call it instead of waiting, and so can a host that needs the final numbers now (before saving).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.counters import COUNTERS, CountResult, count
from cmtoolbox.core.spelling import Misspelling, SpellChecker
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.grammar_service import GrammarService
from cmtoolbox.gui.spelling_service import SpellingService
from cmtoolbox.gui.widgets.counter_bar import CounterBar
from cmtoolbox.gui.widgets.emoji_picker import EmojiPicker
from cmtoolbox.gui.widgets.fold_preview import FoldPreview
from cmtoolbox.gui.widgets.spell_highlighter import SpellHighlighter, to_utf16
from cmtoolbox.gui.widgets.text_checks import CheckedTextEdit, TextChecks
from cmtoolbox.gui.widgets.text_limits import POST_MAX_CHARS, paste_fits
from cmtoolbox.gui.widgets.thread_panel import ThreadPanel

__all__ = ["PostEditor", "PostTextEdit"]

# Above this many characters times selected counters, counters wait for a pause in typing. Counting costs
# from 0.02 (plain ASCII) to 0.27 (emoji, links and hashtags on the dearest counter) microseconds per
# character and counter on the reference 2-core machine (benchmarks/bench_counters.py), so 20,000 (a
# 3,000-character post on 6 networks) keeps a keystroke's counting under about 5 ms.
SYNC_COUNT_MAX_WORK = 20_000
COUNT_DEBOUNCE_MS = 150


class PostTextEdit(CheckedTextEdit):
    """The text area. It tells the highlighter where a word is being typed, so it is not flagged yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postText")
        self.setTabChangesFocus(True)

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
        grammar: GrammarService | None = None,
        network: str | None = None,
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
                "Write your post here. Counters, spelling (red) and French grammar (blue) follow as you "
                "type; right-click an underlined word for suggestions."
            )
        )
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit.customContextMenuRequested.connect(self._on_context_menu)
        self.edit.document().contentsChange.connect(self._on_contents_change)
        self.highlighter = SpellHighlighter(self.edit.document(), self.edit.typing_position)

        self.spelling = spelling or SpellingService(ctx, languages, self)
        self.grammar = grammar or GrammarService(ctx, self)
        self.checks = TextChecks(
            ctx, self.edit, self.highlighter, self.spelling, self.grammar, network=network, parent=self
        )
        self.typography_button = self.checks.typography_button()

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
        row.addWidget(self.typography_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        column.addLayout(row)
        # The counters get the column's whole width, below the tools: beside them, a narrow editor
        # (1180 px window, drafts list open) cut the chips ("Instagram 90/2…").
        column.addWidget(self.counters)
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
        """Put a host page's own control (the spell-check languages button, snippets, hashtags)
        in the tools row, after those already there."""
        index = self._tool_row.count() - 1  # before the stretch
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
        """Whether deferred work (counters, thread split, grammar) waits for its timer."""
        return self._count_timer.isActive() or self.thread_panel.has_pending() or self.checks.has_pending()

    def flush_pending(self) -> None:
        """Run the deferred work now: counters of the last edit, the thread split (when shown), the
        grammar check (on the worker: `ctx.tasks.idle()` waits for its result)."""
        if self._count_timer.isActive():
            self.refresh_counts()
        self.thread_panel.flush_pending()
        self.checks.flush_pending()

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

    # -- spelling and grammar -------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        """Whose dictionary and grammar settings (typography, ignored issues) this text uses."""
        self.spelling.set_client(client_id)
        self.grammar.set_client(client_id)

    def set_languages(self, languages: Sequence[str] | None) -> None:
        """Languages for this text only (a draft's own), over the client's; None: the client's."""
        self.spelling.set_languages(languages)

    def _on_checker_changed(self, checker: SpellChecker | None) -> None:
        self.highlighter.set_checker(checker)

    def misspelling_at(self, position: int) -> tuple[QTextCursor, Misspelling] | None:
        """The flagged word at a Qt position, as a cursor selecting it (it follows later edits)."""
        return self.checks.misspelling_at(position)

    def underlined_words(self) -> list[str]:
        """Words currently shown with the misspelling underline (what a person sees)."""
        return self.checks.underlined_words()

    def grammar_underlined(self) -> list[str]:
        """Stretches currently shown with the grammar underline."""
        return self.checks.grammar_underlined()

    def _on_context_menu(self, pos: QPoint) -> None:
        cursor = self.edit.cursorForPosition(pos)
        menu = self.build_context_menu(cursor.position(), pos)
        menu.popup(self.edit.viewport().mapToGlobal(pos))

    def build_context_menu(self, position: int, pos: QPoint | None = None) -> QMenu:
        """The standard edit menu, with grammar and spelling actions first when `position` is in a
        flagged stretch (see `TextChecks.build_context_menu`)."""
        menu = self.checks.build_context_menu(position, pos)
        self.context_menu = menu
        return menu

    def replace_word(self, target: QTextCursor, word: str, replacement: str) -> bool:
        """Replace the flagged word (one undo step), if the text there is still that word."""
        return self.checks.replace_word(target, word, replacement)

    def fix_typography(self) -> int:
        """Apply French typography to the whole text, one undo step (Ctrl+Shift+Y)."""
        return self.checks.fix_typography()

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
