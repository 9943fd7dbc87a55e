"""Red wavy underlines under misspelled words, one text block (paragraph) at a time.

The checker works on Python strings and answers in code-point offsets; Qt positions count UTF-16
units, so an emoji before a typo shifts every underline by one unless converted (`to_utf16`).

Checking per block is what keeps typing fast: Qt re-highlights only the paragraph that changed, and
the checker caches word verdicts, so a keystroke costs one paragraph's tokenizing (well under a
millisecond for a long paragraph). A paragraph starts a sentence as the whole text would (a line
break ends a sentence for the tokenizer), so per-block verdicts equal whole-text verdicts.

While the user types a word it is not flagged yet ("bonjou" is not a typo, it is unfinished): the
word ending at the cursor is skipped during a key press and checked as soon as the cursor leaves it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from cmtoolbox.core.spelling import Misspelling, SpellChecker

__all__ = ["SpellHighlighter", "from_utf16", "to_utf16", "utf16_len"]


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


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines what `checker` flags. `typing_position()` tells where the user is typing, if they are.

    `typing_position` returns (block number, position in block) during a key press in the editor, or
    None; the editor provides it, the highlighter never looks at widgets.
    """

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
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor("#d32f2f"))

    @property
    def checker(self) -> SpellChecker | None:
        return self._checker

    def set_checker(self, checker: SpellChecker | None) -> None:
        """Use another checker (languages or personal words changed) and re-check every block."""
        if checker is self._checker:
            return
        self._checker = checker
        self.rehighlight()

    def misspellings(self, block: QTextBlock) -> list[Misspelling]:
        """What the checker flags in `block` (Python offsets into `block.text()`)."""
        if self._checker is None or not block.isValid():
            return []
        return self._checker.misspelled(block.text())

    def take_deferred(self) -> int | None:
        """The block holding a word skipped while it was typed (to re-check once the cursor left it)."""
        deferred, self._deferred = self._deferred, None
        return deferred

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        if self._checker is None or not text:
            return
        found = self._checker.misspelled(text)
        typing = self._typing_position()
        block_number = self.currentBlock().blockNumber()
        if self._deferred == block_number:
            self._deferred = None
        convert = _Utf16Map(text)
        for miss in found:
            start, end = convert(miss.start), convert(miss.end)
            if typing is not None and typing[0] == block_number and end == typing[1]:
                self._deferred = block_number
                continue
            self.setFormat(start, end - start, self._format)
