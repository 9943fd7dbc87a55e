"""Splitting a long text into a thread of posts that each pass the network's counter.

Posts break at paragraphs first, then at sentences (a line break counts as one), then between words; a word
longer than a whole post is cut at a no-break space if it holds one (pasted text), else between letters
as a last resort. Words are runs between ordinary spaces, so links,
hashtags and mentions are never cut, and the non-breaking spaces of French typography (``mot\u00a0!``,
``«\u00a0citation\u00a0»``) keep their punctuation attached. Punctuation typed after an ordinary space
(``mot !``) and lone opening guillemets are glued to their word too, so that no post starts with ``!`` or
ends with ``«``; a «\u00a0quotation\u00a0» is not broken at its inner sentences unless it is longer than a
post. Each post keeps the original characters between its first and last word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from cmtoolbox.core.counters import COUNTERS, count

__all__ = ["split_thread"]

_WORD_GAP = re.compile(r"[^\S\u00a0\u202f\u2007]+")
_PARAGRAPH_GAP = re.compile(r"\n[^\S\n]*\n\s*")
_CLOSING_ONLY = re.compile(r"[;:!?»…)\]}”’.,%\u00a0\u202f\u2007]+")
_OPENING_ONLY = re.compile(r"[«“(\[{\u00a0\u202f\u2007]+")
_GRAPHEME = regex.compile(r"\X")
_NBSP = re.compile(r"[\u00a0\u202f\u2007]+")
_SENTENCE_END = re.compile(r"[.!?…][.!?…\u00a0\u202f»\"”’)\]]*\Z")


@dataclass
class _Unit:
    start: int
    end: int
    children: list[_Unit] = field(default_factory=list)


def _words(text: str, start: int, end: int) -> list[_Unit]:
    """Words of text[start:end], punctuation glued to them as French typography wants."""
    spans: list[list[int]] = []
    cursor = start
    for gap in _WORD_GAP.finditer(text, start, end):
        if gap.start() > cursor:
            spans.append([cursor, gap.start()])
        cursor = gap.end()
    if cursor < end:
        spans.append([cursor, end])
    glued: list[list[int]] = []
    pending_open: int | None = None
    for span in spans:
        piece = text[span[0] : span[1]]
        if pending_open is not None:
            span = [pending_open, span[1]]
            pending_open = None
        if glued and _CLOSING_ONLY.fullmatch(piece):
            glued[-1][1] = span[1]
        elif _OPENING_ONLY.fullmatch(piece):
            pending_open = span[0]
        else:
            glued.append(span)
    if pending_open is not None:
        if glued:
            glued[-1][1] = end
        else:
            glued.append([pending_open, end])
    return [_Unit(s, e, _nbsp_parts(text, s, e)) for s, e in glued]


def _nbsp_parts(text: str, start: int, end: int) -> list[_Unit]:
    """The pieces of a word joined by no-break spaces, for a word longer than a post.

    Text pasted from the web often has a no-break space between every pair of words: cutting such a "word"
    at one of them beats cutting it between letters. French typography stays together (no piece starts with
    ``!``, ``»``... or ends with ``«``), and no piece starts or ends with the space itself.
    """
    if not _NBSP.search(text, start, end):
        return []
    parts: list[_Unit] = []
    cursor = start
    for gap in _NBSP.finditer(text, start, end):
        if gap.start() == start or gap.end() == end:
            continue
        if _CLOSING_ONLY.match(text, gap.end()) or _OPENING_ONLY.match(text, gap.start() - 1, gap.start()):
            continue
        parts.append(_Unit(cursor, gap.start()))
        cursor = gap.end()
    if not parts:
        return []
    parts.append(_Unit(cursor, end))
    return parts


def _sentences(text: str, start: int, end: int) -> list[_Unit]:
    """Words grouped into sentences. A sentence never ends inside « guillemets », and within a sentence a
    quotation is one unit, so that it is cut between its words only when it is longer than a post."""
    sentences: list[_Unit] = []
    current: list[_Unit] = []  # the sentence being built: words, and quotations as units of words
    quote: list[_Unit] = []
    depth = 0
    for word in _words(text, start, end):
        if current and depth == 0:
            gap = text[current[-1].end : word.start]
            previous = text[current[-1].start : current[-1].end]
            if "\n" in gap or _SENTENCE_END.search(previous):
                sentences.append(_Unit(current[0].start, current[-1].end, current))
                current = []
        piece = text[word.start : word.end]
        depth = max(0, depth + piece.count("«") - piece.count("»"))
        if quote or (depth > 0 and "«" in piece):
            quote.append(word)
            if depth == 0:
                current.append(_Unit(quote[0].start, quote[-1].end, quote))
                quote = []
        else:
            current.append(word)
    if quote:  # an unclosed quotation: its words go back into the sentence
        current.extend(quote)
    if current:
        sentences.append(_Unit(current[0].start, current[-1].end, current))
    return sentences


def _paragraphs(text: str) -> list[_Unit]:
    paragraphs: list[_Unit] = []
    cursor = 0
    for gap in [*_PARAGRAPH_GAP.finditer(text), None]:
        stop = gap.start() if gap is not None else len(text)
        if text[cursor:stop].strip():
            sentences = _sentences(text, cursor, stop)
            if sentences:
                paragraphs.append(_Unit(sentences[0].start, sentences[-1].end, sentences))
        if gap is not None:
            cursor = gap.end()
    return paragraphs


def _cluster_ends(text: str, start: int, end: int) -> list[int]:
    return [m.end() for m in _GRAPHEME.finditer(text[start:end])]


def _pack(text: str, paragraphs: list[_Unit], fits: Callable[[str], bool]) -> list[tuple[int, int]]:
    posts: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None

    def extend(start: int, end: int) -> bool:
        nonlocal current
        candidate = (current[0], end) if current else (start, end)
        if fits(text[candidate[0] : candidate[1]]):
            current = candidate
            return True
        return False

    def place(unit: _Unit) -> None:
        nonlocal current
        if extend(unit.start, unit.end):
            return
        if current is not None and fits(text[unit.start : unit.end]):
            posts.append(current)
            current = (unit.start, unit.end)
            return
        if unit.children:
            for child in unit.children:
                place(child)
            return
        # A single word longer than a post: cut it between grapheme clusters, as late as each post allows.
        if current is not None:
            posts.append(current)
            current = None
        ends = [unit.start + e for e in _cluster_ends(text, unit.start, unit.end)]
        cursor = unit.start
        while cursor < unit.end:
            candidates = [e for e in ends if e > cursor]
            low, high = 0, len(candidates) - 1
            best = candidates[0]  # at least one cluster per post, whatever the limit
            while low <= high:
                middle = (low + high) // 2
                if fits(text[cursor : candidates[middle]]):
                    best = candidates[middle]
                    low = middle + 1
                else:
                    high = middle - 1
            if best == unit.end:
                current = (cursor, best)
            else:
                posts.append((cursor, best))
            cursor = best

    for paragraph in paragraphs:
        place(paragraph)
    if current is not None:
        posts.append(current)
    return posts


def split_thread(network: str, text: str, *, numbering: bool = True, limit: int | None = None) -> list[str]:
    """Posts of a thread for ``network``, each valid for ``count(network, post, limit=limit)``.

    With ``numbering``, every post ends with `` i/n``, counted in its length; a text that fits in one post
    is returned alone and unnumbered. Raises ValueError for a network without threads.
    """
    rule = COUNTERS.get(network)
    if rule is None:
        raise ValueError(f"unknown network: {network!r}")
    if not rule.threads:
        raise ValueError(f"{network!r} has no threads")

    def fits_with(suffix: str) -> Callable[[str], bool]:
        def fits(body: str) -> bool:
            result = count(network, body.strip() + suffix, limit=limit)
            # Forbidden characters stay forbidden however the text is cut: they are the caller's to fix.
            return all(problem.code == "forbidden_characters" for problem in result.problems)

        return fits

    body = text.strip()
    if not body:
        return []
    if fits_with("")(body):
        return [body]
    paragraphs = _paragraphs(text)
    if not numbering:
        return [text[s:e].strip() for s, e in _pack(text, paragraphs, fits_with(""))]
    digits = 1
    while True:
        widest = "9" * digits
        spans = _pack(text, paragraphs, fits_with(f" {widest}/{widest}"))
        if len(str(len(spans))) <= digits:
            break
        digits = len(str(len(spans)))
    total = len(spans)
    return [f"{text[s:e].strip()} {i}/{total}" for i, (s, e) in enumerate(spans, start=1)]
