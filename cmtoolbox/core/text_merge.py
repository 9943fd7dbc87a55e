"""Three-way merge of a plain text edited in two places at once, keeping both sides' words.

The quick composer autosaves what the CM types while other parts of the app append to the same
stored text (the revue de presse "send as post", a feed item sent to the composer). When both moved
since the last common version, neither may silently win: `merge_texts` applies both sides' changes
line by line, like `diff3`, and where they touch the same lines it keeps the two versions one after
the other (the CM's first, then the other one, a blank line between) instead of choosing.

The usual case, text typed at the end while a post was appended, is not a conflict: the typing
changes the last line, the append adds lines after it.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import NamedTuple

__all__ = ["merge_texts"]

_MINE, _THEIRS = 0, 1


class _Hunk(NamedTuple):
    start: int  # base lines [start, end) are replaced by `lines`; start == end: an insertion
    end: int
    lines: list[str]
    side: int


def _blank(line: str) -> bool:
    return not line.strip()


def _hunks(base: list[str], other: list[str], side: int) -> list[_Hunk]:
    # Blank lines are everywhere: as anchors they would pair a paragraph break of one text with an
    # unrelated one of the other and interleave the two. They only extend real matches.
    matcher = SequenceMatcher(_blank, base, other, autojunk=False)
    return [
        _Hunk(i1, i2, other[j1:j2], side) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def _apply(base: list[str], start: int, end: int, hunks: list[_Hunk]) -> list[str]:
    """base[start:end] with the given (sorted, non-overlapping) hunks of one side applied."""
    out: list[str] = []
    pos = start
    for hunk in hunks:
        out.extend(base[pos : hunk.start])
        out.extend(hunk.lines)
        pos = hunk.end
    out.extend(base[pos:end])
    return out


def _groups(hunks: list[_Hunk]) -> list[list[_Hunk]]:
    """Hunks of both sides gathered where they overlap: ranges sharing a base line, an insertion
    strictly inside a range, or two insertions at the same place."""
    groups: list[list[_Hunk]] = []
    low = high = -1
    for hunk in sorted(hunks, key=lambda h: (h.start, h.end, h.side)):
        same_insertion_point = hunk.start == hunk.end == low == high
        if groups and (hunk.start < high or same_insertion_point):
            groups[-1].append(hunk)
            high = max(high, hunk.end)
        else:
            groups.append([hunk])
            low, high = hunk.start, hunk.end
    return groups


def merge_texts(base: str, mine: str, theirs: str) -> str:
    """`base` changed into `mine` here and into `theirs` elsewhere: a text with both changes.

    Nothing either side wrote is dropped; where they changed the same lines differently, both
    versions are kept, `mine` first.
    """
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    old = base.split("\n")
    mine_lines, their_lines = mine.split("\n"), theirs.split("\n")
    out: list[str] = []
    pos = 0
    for group in _groups(_hunks(old, mine_lines, _MINE) + _hunks(old, their_lines, _THEIRS)):
        start = min(h.start for h in group)
        end = max(h.end for h in group)
        out.extend(old[pos:start])
        pos = end
        sides = {h.side for h in group}
        if len(sides) == 1:
            out.extend(_apply(old, start, end, group))
            continue
        my_version = _apply(old, start, end, [h for h in group if h.side == _MINE])
        their_version = _apply(old, start, end, [h for h in group if h.side == _THEIRS])
        out.extend(my_version)
        if their_version != my_version:
            if my_version and their_version and my_version[-1].strip() and their_version[0].strip():
                out.append("")  # the two versions read as separate paragraphs
            out.extend(their_version)
    out.extend(old[pos:])
    merged = "\n".join(out)
    if not mine.startswith("\n") and not theirs.startswith("\n"):
        merged = merged.lstrip("\n")  # e.g. a cleared text followed by an appended post
    return merged
