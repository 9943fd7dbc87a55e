"""Red wavy underlines under misspelled words, one text block (paragraph) at a time.

The checker works on Python strings and answers in code-point offsets; Qt positions count UTF-16
units, so an emoji before a typo shifts every underline by one unless converted (`to_utf16`).

Checking per block is what keeps typing fast: Qt re-highlights only the paragraph that changed, and
the checker caches word verdicts, so a keystroke costs one paragraph's tokenizing (well under a
millisecond for a long paragraph). A paragraph starts a sentence as the whole text would (a line
break ends a sentence for the tokenizer), so per-block verdicts equal whole-text verdicts.

While the user types a word it is not flagged yet ("bonjou" is not a typo, it is unfinished): the
word ending at the cursor is skipped during a key press and checked as soon as the cursor leaves it.

Grammar and typography issues come from a worker thread (`widgets/text_checks.TextChecks`) and are
kept with their paragraph (`CheckData`, the block's user data, with the text they were found in), drawn
with a wave in the theme's grammar colour, another hue than spelling's red. While a paragraph is being
edited, its issues before and after the edit are kept (shifted), those at the edit dropped, until
the new result arrives: no flicker, no underline at the wrong place.

A host may keep parts of a paragraph out of every check (`skip_spans`: Markdown code and links in
notes); the note editor's highlighter overrides it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtGui import (
    QColor,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockUserData,
    QTextCharFormat,
    QTextDocument,
)

from cmtoolbox.core.grammar import Issue
from cmtoolbox.core.spelling import Misspelling, SpellChecker
from cmtoolbox.gui.theme import on_theme_change, semantic

__all__ = [
    "GRAMMAR_UNDERLINE",
    "SPELLING_UNDERLINE",
    "CheckData",
    "SpellHighlighter",
    "from_utf16",
    "to_utf16",
    "utf16_len",
]

SPELLING_UNDERLINE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
# A wave too, but another style value, so that code and tests tell grammar from spelling by the format.
GRAMMAR_UNDERLINE = QTextCharFormat.UnderlineStyle.WaveUnderline


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 units, what Qt counts."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def to_utf16(text: str, index: int) -> int:
    """Qt position of the Python str index `index` of `text`."""
    if text.isascii():
        return index
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, position: int) -> int:
    """Python str index of the Qt position `position` in `text` (a position inside a surrogate pair
    maps to the character it belongs to)."""
    if text.isascii():
        return min(position, len(text))
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > position:
            return index
    return len(text)


class _Utf16Map:
    """Many index conversions in one string: the astral characters' indices, searched by bisection."""

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, index: int) -> int:
        return index + bisect_left(self._astral, index) if self._astral else index


class CheckData(QTextBlockUserData):
    """A paragraph's grammar issues (offsets are str indices into `text`, the paragraph they were found
    in)."""

    def __init__(self, text: str, issues: Sequence[Issue] = ()) -> None:
        super().__init__()
        self.text = text
        self.issues: tuple[Issue, ...] = tuple(issues)

    def follow(self, text: str) -> None:
        """The paragraph became `text`: keep the issues away from the edit, shifted; drop the others."""
        old = self.text
        if old == text:
            return
        limit = min(len(old), len(text))
        prefix = 0
        while prefix < limit and old[prefix] == text[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[-1 - suffix] == text[-1 - suffix]:
            suffix += 1
        delta = len(text) - len(old)
        kept: list[Issue] = []
        for issue in self.issues:
            if issue.end < prefix:
                kept.append(issue)
            elif issue.start > len(old) - suffix:
                kept.append(replace(issue, start=issue.start + delta, end=issue.end + delta))
        self.text = text
        self.issues = tuple(kept)


def _touches(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines what `checker` flags, and the grammar issues kept with each paragraph.
    `typing_position()` tells where the user is typing, if they are.

    `typing_position` returns (block number, position in block) during a key press in the editor, or
    None; the editor provides it, the highlighter never looks at widgets.
    """

    # A subclass drawing its own formats first (Markdown) sets this: underlines then keep them.
    merge_formats = False

    def __init__(
        self,
        document: QTextDocument,
        typing_position: Callable[[], tuple[int, int] | None] | None = None,
    ) -> None:
        super().__init__(document)
        self._checker: SpellChecker | None = None
        self._typing_position = typing_position or (lambda: None)
        self._deferred: int | None = None  # block number whose word under the cursor was skipped
        self._format = QTextCharFormat()
        self._grammar_format = QTextCharFormat()
        self.recolour_underlines()
        on_theme_change(self._on_theme_changed)

    def recolour_underlines(self, palette: QPalette | None = None) -> None:
        """The underline colours of the theme: spelling and grammar hues readable on light and dark."""
        colours = semantic(palette)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(SPELLING_UNDERLINE)
        self._format.setUnderlineColor(QColor(colours.spelling))
        self._grammar_format = QTextCharFormat()
        self._grammar_format.setUnderlineStyle(GRAMMAR_UNDERLINE)
        self._grammar_format.setUnderlineColor(QColor(colours.grammar))

    def _on_theme_changed(self, *_args: object) -> None:
        self.recolour_underlines()
        self.rehighlight()

    @property
    def grammar_format(self) -> QTextCharFormat:
        return QTextCharFormat(self._grammar_format)

    @property
    def spelling_format(self) -> QTextCharFormat:
        return QTextCharFormat(self._format)

    @property
    def checker(self) -> SpellChecker | None:
        return self._checker

    def set_checker(self, checker: SpellChecker | None) -> None:
        """Use another checker (languages or personal words changed) and re-check every block."""
        if checker is self._checker:
            return
        self._checker = checker
        self.rehighlight()

    # -- what a subclass may keep out of the checks ------------------------------------------------
    def skip_spans(self, text: str, previous_state: int) -> list[tuple[int, int]]:
        """Stretches of a paragraph (str indices) never flagged; `previous_state` is the block state the
        previous paragraph ended with (-1 for the first). None by default."""
        return []

    def _block_skips(self, block: QTextBlock) -> list[tuple[int, int]]:
        previous = block.previous()
        return self.skip_spans(block.text(), previous.userState() if previous.isValid() else -1)

    # -- what is flagged ---------------------------------------------------------------------------
    def misspellings(self, block: QTextBlock) -> list[Misspelling]:
        """What the checker flags in `block` (Python offsets into `block.text()`)."""
        if self._checker is None or not block.isValid():
            return []
        found = self._checker.misspelled(block.text())
        spans = self._block_skips(block)
        return [m for m in found if not _touches(spans, m.start, m.end)] if spans else found

    def grammar_issues(self, block: QTextBlock) -> list[Issue]:
        """The grammar issues shown in `block` (Python offsets into `block.text()`)."""
        if not block.isValid():
            return []
        data = block.userData()
        if not isinstance(data, CheckData) or data.text != block.text():
            return []
        spans = self._block_skips(block)
        return [i for i in data.issues if not _touches(spans, i.start, i.end)]

    def take_deferred(self) -> int | None:
        """The block holding a word skipped while it was typed (to re-check once the cursor left it)."""
        deferred, self._deferred = self._deferred, None
        return deferred

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        if not text:
            return
        data = self.currentBlockUserData()
        issues: tuple[Issue, ...] = ()
        if isinstance(data, CheckData):
            data.follow(text)
            issues = data.issues
        if self._checker is None and not issues:
            return
        spans = self.skip_spans(text, self.previousBlockState())
        convert = _Utf16Map(text)
        for issue in issues:
            if not _touches(spans, issue.start, issue.end):
                start, end = convert(issue.start), convert(issue.end)
                self._underline(start, end, self._grammar_format)
        if self._checker is None:
            return
        found = self._checker.misspelled(text)
        typing = self._typing_position()
        block_number = self.currentBlock().blockNumber()
        if self._deferred == block_number:
            self._deferred = None
        for miss in found:
            if spans and _touches(spans, miss.start, miss.end):
                continue
            start, end = convert(miss.start), convert(miss.end)
            if typing is not None and typing[0] == block_number and end == typing[1]:
                self._deferred = block_number
                continue
            self._underline(start, end, self._format)

    def _underline(self, start: int, end: int, underline: QTextCharFormat) -> None:
        """Underline Qt positions [start, end) of the current block, keeping what is drawn there."""
        if end <= start:
            return
        if not self.merge_formats:
            self.setFormat(start, end - start, underline)
            return
        position = start
        while position < end:
            base = self.format(position)
            stop = position + 1
            while stop < end and self.format(stop) == base:
                stop += 1
            merged = QTextCharFormat(base)
            merged.setUnderlineStyle(underline.underlineStyle())
            merged.setUnderlineColor(underline.underlineColor())
            self.setFormat(position, stop - position, merged)
            position = stop
