"""Text folding for the full-text index.

SQLite's `unicode61 remove_diacritics 2` tokenizer already folds case and strips accents that
decompose ("réseaux" -> "reseaux", even from NFD input), but it leaves alone letters that are not a
base letter plus a combining mark: "œuvre" stays "œuvre", "Straße" stays "straße", "Łódź" keeps its
"ł". Its character tables are also those of Unicode 6.1, so a modifier-letter apostrophe (U+02BC,
a *letter*) glues "lʼassociation" into one token, and invisible format characters (soft hyphen,
zero-width joiners) split or glue words silently.

So the index stores a folded copy of every text, and search queries are folded the same way: both
sides then meet on the same tokens. The folding keeps the text readable, because FTS5 snippets are
cut from this folded copy and shown to the user.
"""

from __future__ import annotations

import re
import unicodedata

import regex

# Letters that unicode61 does not reduce to ASCII because they do not decompose.
_LETTER_FOLDS: dict[str, str] = {
    "œ": "oe",
    "Œ": "OE",
    "æ": "ae",
    "Æ": "AE",
    "ß": "ss",
    "ẞ": "SS",
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "Th",
    "ħ": "h",
    "Ħ": "H",
    "ı": "i",
}

# Every apostrophe-like character becomes the ASCII apostrophe: unicode61 treats that one as a
# separator, so "l’association" and "l'association" both index the token "association", and the
# snippet still reads naturally (a space would show "l association").
_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u02b9\u0060\u00b4\u2032\u201b\uff07"

# Characters that separate words for a reader but not for unicode61 (format characters), or that
# break lines in a way the snippet should keep as plain whitespace.
_SEPARATORS: dict[str, str] = {
    "\u200b": " ",  # zero-width space: a word boundary in Thai, Khmer...
    "\u2028": "\n",  # line separator
    "\u2029": "\n",  # paragraph separator
    "\r": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
}

_FOLDS: dict[str, str] = {**_LETTER_FOLDS, **{ch: "'" for ch in _APOSTROPHES}, **_SEPARATORS}
_TRANSLATION = str.maketrans(_FOLDS)
# `str.translate` looks every character of a non-ASCII text up in the table (most of a sync's
# index time on French texts); substituting only the few characters it would change gives the
# same text about four times faster.
_FOLDED = re.compile("[" + re.escape("".join(_FOLDS)) + "]")


def _translate(text: str) -> str:
    """`text.translate(_TRANSLATION)`, faster when few characters change."""
    return _FOLDED.sub(lambda match: _FOLDS[match.group()], text) if _FOLDED.search(text) else text


# After the translation: drop control characters (except tab and newline), the remaining format
# characters (soft hyphen, ZWJ/ZWNJ, bidi marks, BOM) and lone surrogates. This also guarantees the
# index never holds the control characters used as snippet markers, nor a NUL that would cut an
# FTS5 query short.
_DROP = regex.compile(r"[^\P{Cc}\t\n]|\p{Cf}|\p{Cs}")
# The ASCII characters the two steps above would change: controls, and the backtick (an apostrophe).
_ASCII_SPECIALS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f`]")


def fold_for_index(text: str) -> str:
    """Fold `text` so that what a user types on any keyboard meets what was written.

    NFKC composes NFD input and maps ligatures ("ﬁ"), full-width forms and non-breaking spaces
    to their plain forms. Accents are left in place on purpose: the tokenizer removes them, and
    the snippet keeps them. ASCII text without control characters comes back unchanged, cheaply.
    """
    if text.isascii():
        if not _ASCII_SPECIALS.search(text):
            return text
        return _DROP.sub("", _translate(text))
    # Translate before NFKC too: NFKC turns the acute accent U+00B4 into a space plus a combining
    # mark, which would no longer be an apostrophe. And before dropping format characters, since
    # the zero-width space is one that must become a real space.
    folded = unicodedata.normalize("NFKC", _DROP.sub("", _translate(text)))
    return _translate(folded)
