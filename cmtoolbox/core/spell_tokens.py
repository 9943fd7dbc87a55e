"""Tokenizer for spell checking social-media posts.

A generic word splitter trips over what CMs write every day: French elisions with either apostrophe,
hyphenated compounds, hashtags, @mentions, links without a scheme, prices, times and emoji. This module
finds the stretches of text that are real words worth checking and says where they are in the *original*
string, so that highlighting stays right even when the text was pasted in decomposed (NFD) form.

Offsets are Python `str` indices (code points). Qt counts UTF-16 units: the widget converts.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

__all__ = [
    "APOSTROPHES",
    "ELISIONS",
    "HYPHENS",
    "TRAILING_PRONOUNS",
    "INCLUSIVE_SUFFIXES",
    "NormalizedText",
    "Token",
    "TokenKind",
    "normalize",
    "split_elision",
    "tokenize",
    "words",
]

# Every apostrophe-like character people type or paste; lookups use the ASCII one.
APOSTROPHES = "'\u2019\u02bc\u2018"
# Hyphen, Unicode hyphen, non-breaking hyphen; lookups use the ASCII one.
HYPHENS = "-\u2010\u2011"
# Inclusive-writing separators ("abonné·e·s"); the dot form is handled by a look-ahead below.
MIDDLE_DOTS = "\u00b7\u2027\u22c5"

# Longest first so that "jusqu'" wins over "qu'".
ELISIONS: tuple[str, ...] = (
    "jusqu'",
    "lorsqu'",
    "puisqu'",
    "quoiqu'",
    "qu'",
    "l'",
    "d'",
    "j'",
    "n'",
    "s'",
    "c'",
    "m'",
    "t'",
)

# Pronouns glued to a verb by hyphens ("dites-nous", "pourra-t-il"): valid after any verb form.
TRAILING_PRONOUNS: frozenset[str] = frozenset(
    {
        "je",
        "tu",
        "il",
        "elle",
        "on",
        "nous",
        "vous",
        "ils",
        "elles",
        "iel",
        "iels",
        "moi",
        "toi",
        "lui",
        "leur",
        "le",
        "la",
        "les",
        "y",
        "en",
        "ce",
        "t",
        "là",
        "ci",
    }
)

# Suffixes of French inclusive writing ("client·e·s", "étudiant.es", "acteur·rice·s").
INCLUSIVE_SUFFIXES: frozenset[str] = frozenset(
    {
        "e",
        "es",
        "s",
        "x",
        "ne",
        "nes",
        "le",
        "les",
        "te",
        "tes",
        "se",
        "ses",
        "ve",
        "ves",
        "rice",
        "rices",
        "trice",
        "trices",
        "euse",
        "euses",
        "ère",
        "ères",
        "ère·s",
        "ice",
        "ices",
        "eure",
        "eures",
        "fe",
        "fes",
        "sse",
        "sses",
        "ice·s",
    }
)

# Top-level domains recognised without a scheme ("exemple.fr/page"). Two-letter ones that are also
# inclusive-writing suffixes or common words ("es", "de", "me", "it") are left out on purpose.
_TLDS = (
    "fr|com|net|org|io|eu|be|ch|ca|lu|mc|re|co|info|biz|app|dev|shop|store|tv|ly|gl|gg|ai|xyz|"
    "site|online|tech|bzh|paris|corsica|alsace|uk|nl|agency|studio|blog|pro|club|art|cloud"
)
_INCLUSIVE_DOT = r"\.(?=(?:e|es|s|x|ne|nes|le|les|te|tes|rice|rices|trice|trices|euse|euses|ère|ères)\b)"

# Alternatives in priority order: the first that matches at a position wins.
_TOKEN_RE = regex.compile(
    r"""
    (?P<url>(?i:(?:https?|ftp)://|www\.)[^\s<>"'«»“”]+)
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<mention>(?<![\w])@[\w][\w.]*)
  | (?P<hashtag>(?<![\w&])[#＃][\w]+)
  | (?P<domain>(?<![\w@.\-])(?:[\w-]+\.)+(?i:"""
    + _TLDS
    + r""")\b(?!['’\-])(?:/[^\s<>"'«»“”]*)?)
  | (?P<word>[\p{L}\p{N}_][[\w]--[\uFE00-\uFE0F\u200C\u200D]]*"""
    + r"""(?:(?:[-'’ʼ‘‐‑·‧⋅]|"""
    + _INCLUSIVE_DOT
    + r""")[[\w]--[\uFE00-\uFE0F\u200C\u200D]]+)*)
    """,
    regex.VERBOSE | regex.V1,  # no global IGNORECASE: it makes the scan about 30 times slower
)

# What may end a sentence, or start a fresh one, in the gap before a word: punctuation, line breaks,
# opening quotes, and emoji/pictographs (posts use them as full stops).
_SENTENCE_GAP_RE = regex.compile(r"[.!?…\n\r\u2028\u2029«“\"]|\p{Extended_Pictographic}|\p{So}")
# Abbreviations whose final dot does not end a sentence ("M. Martin", "cf. Dupont").
_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "mlles",
        "dr",
        "pr",
        "me",
        "mgr",
        "st",
        "ste",
        "cf",
        "ex",
        "p",
        "av",
        "bd",
        "vol",
        "env",
        "n",
        "no",
        "resp",
        "tél",
        "tel",
        "mr",
        "mrs",
        "ms",
        "vs",
    }
)
# Roman numerals and ordinals ("XXIe siècle", "Louis XIV", "François Ier"), upper case only. A lone
# L, C, D or M before the suffix is left out: "Le", "Ce", "Des", "Mes" are words, not 50th or 100th.
_ROMAN_ORDINAL_RE = regex.compile(
    r"(?![LCDM](?:e|es|er|ers|re|res|ère|ème)?$)(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
    r"(?:e|er|re|ère|ème|es|ers|res|ᵉ|ᵉʳ|ʳᵉ|ᵉˢ)?"
)
_URL_TRAILING = ".,;:!?)]}»”’'\""
_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES[1:]} | {c: "-" for c in HYPHENS[1:]})


class TokenKind(enum.Enum):
    WORD = "word"
    URL = "url"
    EMAIL = "email"
    MENTION = "mention"
    HASHTAG = "hashtag"
    NUMBER = "number"  # any token holding a digit or an underscore: prices, times, ordinals, codes


@dataclass(frozen=True, slots=True)
class Token:
    """One token. `text` is the lookup form: NFC, apostrophes as `'`, hyphens as `-`.

    `start`/`end` index the original string; `norm_start`/`norm_end` the normalised one (they differ
    only for text that was not NFC). `sentence_start` is what proper-noun leniency needs.
    """

    kind: TokenKind
    text: str
    start: int
    end: int
    norm_start: int
    norm_end: int
    sentence_start: bool = False


class NormalizedText:
    """NFC text plus the way back to the caller's offsets.

    Pasted text (macOS file names, some web pages) arrives decomposed; Hunspell and our regexes want
    composed characters. Each base character and its combining marks are composed as a unit, so every
    normalised index maps to the original cluster it came from.
    """

    __slots__ = ("original", "text", "_starts", "_ends")

    def __init__(self, original: str) -> None:
        self.original = original
        if unicodedata.is_normalized("NFC", original):
            self.text = original
            self._starts: list[int] | None = None
            self._ends: list[int] | None = None
            return
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i, n = 0, len(original)
        while i < n:
            j = i + 1
            while j < n and unicodedata.combining(original[j]):
                j += 1
            composed = unicodedata.normalize("NFC", original[i:j])
            pieces.append(composed)
            starts.extend([i] * len(composed))
            ends.extend([j] * len(composed))
            i = j
        self.text = "".join(pieces)
        self._starts = starts
        self._ends = ends

    def to_original(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Map a normalised [start, end) span back to the original string."""
        if self._starts is None or self._ends is None:
            return norm_start, norm_end
        if norm_end <= norm_start:
            pos = self._starts[norm_start] if norm_start < len(self._starts) else len(self.original)
            return pos, pos
        start = self._starts[norm_start] if norm_start < len(self._starts) else len(self.original)
        end = self._ends[norm_end - 1]
        return start, end


def normalize(word: str) -> str:
    """The lookup form of one word: NFC, every apostrophe as `'` and every hyphen as `-`."""
    if not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    return word.translate(_APOSTROPHE_TABLE)


def split_elision(word: str) -> tuple[str, str]:
    """Split one leading French elision off a lookup-form word: "l'été" -> ("l'", "été")."""
    lower = word.lower()
    for prefix in ELISIONS:
        if lower.startswith(prefix) and len(word) > len(prefix):
            return word[: len(prefix)], word[len(prefix) :]
    return "", word


def _is_sentence_start(normalised: str, gap_start: int, gap_end: int, previous_word: str | None) -> bool:
    if gap_start == 0 and previous_word is None:
        return True
    gap = normalised[gap_start:gap_end]
    match = _SENTENCE_GAP_RE.search(gap)
    if match is None:
        return False
    # "M. Dupont", "cf. Martin": a dot right after an abbreviation is not a full stop.
    if (
        match.group() == "."
        and previous_word is not None
        and previous_word.lower() in _ABBREVIATIONS
        and _SENTENCE_GAP_RE.search(gap, match.end()) is None
    ):
        return False
    return True


def _trim_url(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _URL_TRAILING:
        end -= 1
    return end


def tokenize(text: str) -> list[Token]:
    """All tokens of `text` (words, links, mentions, hashtags, numbers), in order."""
    norm = NormalizedText(text)
    s = norm.text
    tokens: list[Token] = []
    previous_end = 0
    previous_word: str | None = None
    for match in _TOKEN_RE.finditer(s):
        kind_name = match.lastgroup
        a, b = match.span()
        if kind_name in ("url", "domain"):
            b = _trim_url(s, a, b)
            kind = TokenKind.URL
        elif kind_name == "email":
            kind = TokenKind.EMAIL
        elif kind_name == "mention":
            b = _trim_url(s, a, b)
            kind = TokenKind.MENTION
        elif kind_name == "hashtag":
            kind = TokenKind.HASHTAG
        else:
            raw = match.group()
            kind = TokenKind.NUMBER if any(c.isdigit() or c == "_" for c in raw) else TokenKind.WORD
        sentence_start = _is_sentence_start(s, previous_end, a, previous_word)
        start, end = norm.to_original(a, b)
        lookup = normalize(s[a:b]) if kind is TokenKind.WORD else s[a:b]
        tokens.append(Token(kind, lookup, start, end, a, b, sentence_start))
        previous_end = b
        previous_word = lookup if kind is TokenKind.WORD else None
    return tokens


def words(text: str) -> Iterator[Token]:
    """Only the tokens worth a dictionary lookup (no links, tags, numbers, roman ordinals)."""
    for token in tokenize(text):
        if token.kind is TokenKind.WORD and not _ROMAN_ORDINAL_RE.fullmatch(token.text):
            yield token
