"""Helpers shared by every SQLite FTS5 search: query building and snippet display.

The storage layer owns the tables and the filters (client, tag, date); this module only decides
what goes into MATCH and how a snippet is shown. Two rules hold it together:

* the indexed column holds `fold_for_index(text)` and the query goes through the same folding, so
  "oeuvre" meets "œuvre" and "association" meets "l’association";
* what the user types is never FTS5 syntax: every word is quoted, so `AND`, `NEAR(`, `col:`, `^`,
  stray quotes or parentheses are plain words and MATCH cannot fail on them.
"""

from __future__ import annotations

import html
import re

import regex

from cmtoolbox.core.textfold import fold_for_index

FTS_TOKENIZE = "unicode61 remove_diacritics 2"
"""The tokenizer every FTS5 table of the app is created with (SQLite 3.40 supports it)."""

SNIPPET_OPEN = "\x02"
SNIPPET_CLOSE = "\x03"
"""Marks passed to snippet(): control characters never present in folded text, so they cannot be
confused with anything the user wrote, and they survive HTML escaping untouched."""

SNIPPET_ELLIPSIS = "…"
MAX_QUERY_TERMS = 64
"""A pasted paragraph still makes a sane query: words beyond this count are ignored."""

# A word counts when it holds at least one character unicode61 keeps in a token. Words made only of
# punctuation or symbols ("-", "#", "?!") would become empty phrases, which match nothing at all.
_HAS_TOKEN_CHAR = regex.compile(r"[\p{L}\p{N}\p{Co}]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WHITESPACE = re.compile(r"\s+")


def build_match_query(user_text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 MATCH expression, or None when there is nothing
    to look for.

    Each whitespace-separated word becomes a quoted FTS5 string (internal quotes doubled), so the
    tokenizer splits it as it split the indexed text: "e-reputation" becomes the phrase
    "e reputation" and finds "e-réputation". Words are ANDed. The last word is a prefix, so results
    show up while the user is still typing.
    """
    words = [w for w in fold_for_index(user_text).split() if _HAS_TOKEN_CHAR.search(w)]
    if not words:
        return None
    words = words[:MAX_QUERY_TERMS]
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}]+")
MIN_PREFIX_LENGTH = 2
"""Prefix matching starts at the second letter, which the tables' `prefix='2 3'` index serves."""


def no_single_letter_prefix(match: str) -> str:
    """Search for "r" as the word "r", not as every word starting with r: a one-letter prefix
    matches nearly every record (most of 100,000 notes or 200,000 feed items, 100-1,500 ms) for
    results nobody reads. `match` is what `build_match_query` made.

    When the last word is a phrase ending in one letter ("l'a" on the way to "l'association"),
    that letter is dropped until the next one is typed: as an exact token it would make a phrase
    query over two of the commonest French tokens."""
    if not match.endswith('"*'):
        return match
    head, _, last = match.rpartition(" ")
    content = last[1:-2]
    tokens = list(_TOKEN.finditer(content))
    if not tokens or len(tokens[-1].group()) >= MIN_PREFIX_LENGTH:
        return match
    if len(tokens) == 1:
        return match[:-1]  # a lone letter: the word itself
    phrase = '"' + content[: tokens[-1].start()] + '"'
    return f"{head} {phrase}" if head else phrase


def snippet_sql(table: str, column: int = -1, *, max_tokens: int = 12) -> str:
    """The snippet() call to put in a SELECT, with this module's markers.

    `table` is an identifier of ours, never user input; it is still checked because it is pasted
    into SQL text.
    """
    if not _IDENTIFIER.fullmatch(table):
        raise ValueError(f"not a plain SQL identifier: {table!r}")
    if not 1 <= max_tokens <= 64:
        raise ValueError("FTS5 snippet() takes between 1 and 64 tokens")
    return f"snippet({table}, {int(column)}, char(2), char(3), '{SNIPPET_ELLIPSIS}', {int(max_tokens)})"


def snippet_to_html(snippet: str) -> str:
    """Render an FTS5 snippet for a result list: escaped text, matches in <mark>, one line.

    Markers are paired defensively: a stray close mark is dropped and an open one left dangling
    is closed, so the HTML is always balanced.
    """
    parts: list[str] = []
    open_mark = False
    for piece in re.split(f"([{SNIPPET_OPEN}{SNIPPET_CLOSE}])", snippet):
        if piece == SNIPPET_OPEN:
            if not open_mark:
                parts.append("<mark>")
                open_mark = True
        elif piece == SNIPPET_CLOSE:
            if open_mark:
                parts.append("</mark>")
                open_mark = False
        elif piece:
            parts.append(html.escape(_WHITESPACE.sub(" ", piece)))
    if open_mark:
        parts.append("</mark>")
    return "".join(parts).strip()
