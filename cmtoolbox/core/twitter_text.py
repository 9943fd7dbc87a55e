"""X's weighted tweet length, as the official twitter-text 3 library computes it.

A reimplementation (not a copy) of twitter-text's ``parseTweet`` and ``extractUrlsWithIndices``: the text is
NFC-normalised, every URL the extractor finds costs ``transformedURLLength``, every emoji sequence costs the
default weight, and every other code point weighs 1 or 2 according to the configuration's ranges. The URL
regular expression is rebuilt from the same building blocks with the same backtracking behaviour, so that the
awkward cases (scheme-less links after non-Latin letters, t.co links, trailing punctuation, IDN TLDs, very
long URLs) come out as in the official library. Case-insensitivity is spelt out in the character classes
instead of using ``re.IGNORECASE``, because Python folds characters such as U+017F or the Kelvin sign onto
ASCII letters and a JavaScript RegExp without the ``u`` flag does not.

Indices: our own API uses Python string indices (code points). ``ParseResults`` also carries the official
fields, in UTF-16 code units like the JavaScript and Java libraries, so the conformance suite can be checked
as is.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cmtoolbox.core._emoji_data import SEQUENCES_BY_VERSION
from cmtoolbox.core._tld_data import CASE_VARIANTS, COUNTRY_TLDS, GENERIC_TLDS

__all__ = [
    "CONFIG_V1",
    "CONFIG_V2",
    "CONFIG_V3",
    "ParseResults",
    "TwitterTextConfig",
    "UrlEntity",
    "extract_emoji_sequences",
    "extract_urls_with_indices",
    "parse_tweet",
]


@dataclass(frozen=True)
class TwitterTextConfig:
    """One of twitter-text's configuration files (config/v1.json ... v3.json)."""

    version: int
    max_weighted_tweet_length: int
    scale: int
    default_weight: int
    transformed_url_length: int
    emoji_parsing_enabled: bool
    ranges: tuple[tuple[int, int, int], ...]  # (first code point, last code point, weight)


_V2_RANGES = ((0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100))
CONFIG_V1 = TwitterTextConfig(1, 140, 1, 1, 23, False, ())
CONFIG_V2 = TwitterTextConfig(2, 280, 100, 200, 23, False, _V2_RANGES)
CONFIG_V3 = TwitterTextConfig(3, 280, 100, 200, 23, True, _V2_RANGES)


@dataclass(frozen=True)
class UrlEntity:
    """A URL found by the extractor; ``start``/``end`` are Python indices into the text that was searched.

    ``counted_end`` is where the official counter resumes counting after charging the URL. It differs from
    ``end`` in one quirk of the official library: for a scheme-less link whose domain run held more than the
    ASCII domain (``example.com.みんな/path``), it skips only as many UTF-16 units as the rebuilt URL string
    has and counts the rest one by one. When that skip stops inside an astral character, ``split_char`` is
    set: upstream then charges the character's low surrogate on its own.
    """

    url: str
    start: int
    end: int
    counted_end: int
    split_char: bool = False


@dataclass(frozen=True)
class ParseResults:
    """The official ``parseTweet`` answer plus what a highlighter needs.

    ``over_start`` is the Python index in the *original* text where the part past the limit begins (None
    when the text fits). The ``*_range_*`` fields are UTF-16 indices with the official semantics, quirks
    included (``valid_range_end`` is shifted by the whole normalisation offset, as upstream does).
    """

    weighted_length: int | float
    valid: bool
    permillage: int
    valid_range_start: int
    valid_range_end: int
    display_range_start: int
    display_range_end: int
    over_start: int | None
    urls: tuple[UrlEntity, ...]
    has_invalid_characters: bool


# --- character groups, as in twitter-text's regexp/ folder --------------------------------------------------

_INVALID = "\ufffe\ufeff\uffff"
_DIRECTIONAL = "\u202a-\u202e\u061c\u200e\u200f\u2066\u2067\u2068\u2069"
_SPACES = "\x09-\x0d\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PUNCT = "!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$"
# The case-insensitive RegExp also accepts characters whose upper case falls in these ranges (U+0345 upper-
# cases to Greek iota, hence U+0399/U+03B9): the extra characters were derived from ECMAScript Canonicalize().
_LATIN_ACCENTS = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272"
    "\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
    "\u0260\u0269\u0275\u0280\u0283\u0288\u028a\u028c\u0292\u0399\u03b9\u1fbe\u2c65\u2c66\u2c7e\u2c7f"
)
_CYRILLIC = "\u0400-\u04ff\u1c80-\u1c87"

_DOMAIN_CHAR = f"[^{_PUNCT}{_SPACES}{_INVALID}{_DIRECTIONAL}]"


def _tld_pattern(tlds: tuple[str, ...]) -> str:
    """A trie-shaped alternation: same matches, longest first, without trying 1,500 branches per position."""
    trie: dict[str, dict] = {}
    end = ""  # key marking "a TLD ends here"
    for tld in tlds:
        node = trie
        for ch in tld:
            node = node.setdefault(ch.lower() if ch.isascii() else ch, {})
        node[end] = {}

    def char_class(ch: str) -> str:
        if ch.isascii() and ch.isalpha():
            return f"[{ch}{ch.upper()}]"
        variants = CASE_VARIANTS.get(ch)
        if variants:
            return "[" + re.escape(variants) + "]"
        return re.escape(ch)

    def emit(node: dict) -> str:
        branches = [char_class(ch) + emit(child) for ch, child in node.items() if ch != end]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end in node:
            return f"(?:{body})?"
        return body

    return emit(trie)


_TLD_BOUNDARY = r"(?=[^0-9a-zA-Z@+\-]|\Z)"
_GTLD = f"(?:{_tld_pattern(GENERIC_TLDS)}){_TLD_BOUNDARY}"
_CCTLD = f"(?:{_tld_pattern(COUNTRY_TLDS)}){_TLD_BOUNDARY}"
_PUNYCODE = "(?:[xX][nN]--[\\-0-9a-zA-Z]+)"
_ANY_TLD = f"(?:{_GTLD}|{_CCTLD}|{_PUNYCODE})"

_SUBDOMAIN = f"(?:(?:{_DOMAIN_CHAR}(?:[_\\-]|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}\\.)"
_DOMAIN_NAME = f"(?:(?:{_DOMAIN_CHAR}(?:-|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}\\.)"
_DOMAIN = f"(?:{_SUBDOMAIN}*{_DOMAIN_NAME}{_ANY_TLD})"

_PATH_CHAR = f"[a-zA-Z{_CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&{_LATIN_ACCENTS}]"
_BALANCED_PARENS = f"\\((?:{_PATH_CHAR}+|(?:{_PATH_CHAR}*\\({_PATH_CHAR}+\\){_PATH_CHAR}*))\\)"
# Upstream splices validUrlPathEndingChars ("[...]|(?:parens)") into validUrlPath without brackets, so its
# "|" splits the path pattern: a path is either the usual form ending with an ending character, or one
# balanced-parentheses group alone (hence "t.co/:(x)" stops at "t.co/"). Reproduced as is.
_PATH_END_CHAR = f"[+\\-a-zA-Z{_CYRILLIC}0-9=_#/{_LATIN_ACCENTS}]"
_PATH = (
    f"(?:(?:{_PATH_CHAR}*(?:{_BALANCED_PARENS}{_PATH_CHAR}*)*{_PATH_END_CHAR}|(?:{_BALANCED_PARENS}))"
    f"|(?:@{_PATH_CHAR}+/))"
)
_QUERY_CHAR = "[a-zA-Z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]"
_QUERY_END = "[a-zA-Z0-9\\-_&=#/]"
# JavaScript matches UTF-16 code units: the high half of an astral character can serve as the preceding
# character of a domain that starts with the low half. The empty look-ahead branch, tried first as JavaScript
# would try that position first, reproduces it.
_PRECEDING = f"(?:(?=[\U00010000-\U0010ffff])|[^A-Za-z0-9@\uff20$#\uff03{_INVALID}]|[{_DIRECTIONAL}]|^)"
_PROTOCOL = "[hH][tT][tT][pP][sS]?://"

# A domain needs a dot followed by a domain character within one run of domain characters, hyphens and
# underscores. The look-ahead says so cheaply, before the expensive domain pattern backtracks through each
# word; it never rejects a position where the full pattern would match.
_RUN_CHAR = f"[^!'#%&()*+,\\\\./:;<=>?@\\[\\]^{{|}}~${_SPACES}{_INVALID}{_DIRECTIONAL}]"
_DOT_HINT = re.compile(f"\\.{_DOMAIN_CHAR}")
_RUN_BACKWARDS = re.compile(f"{_RUN_CHAR}*")


def _lazy(source: str) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on its first use. The TLD alternations make the three URL patterns
    about 30 ms each to compile: at import, that was a tenth of a second of every start (issue
    16), spent before the window for a counter nobody had used yet."""

    @functools.cache
    def compiled() -> re.Pattern[str]:
        return re.compile(source)

    return compiled


_EXTRACT_URL = _lazy(
    f"(?P<before>{_PRECEDING})"
    f"(?=(?:{_PROTOCOL})?{_RUN_CHAR}*\\.{_DOMAIN_CHAR})"
    f"(?P<url>(?P<protocol>{_PROTOCOL})?"
    f"(?P<domain>{_DOMAIN})"
    f"(?::[0-9]+)?"
    f"(?P<path>/{_PATH}*)?"
    f"(?:\\?{_QUERY_CHAR}*{_QUERY_END})?)"
)
# Mastodon's web composer uses the same pieces with a mandatory scheme and no validation afterwards.
mastodon_url = _lazy(
    f"(?P<before>{_PRECEDING})"
    f"(?P<url>{_PROTOCOL}"
    f"{_DOMAIN}"
    f"(?::[0-9]+)?"
    f"(?:/{_PATH}*)?"
    f"(?:\\?{_QUERY_CHAR}*{_QUERY_END})?)"
)
_ASCII_DOMAIN = _lazy(f"(?:(?:[\\-a-zA-Z0-9{_LATIN_ACCENTS}]+)\\.)+{_ANY_TLD}")
_TCO_URL = re.compile(f"{_PROTOCOL}[tT]\\.[cC][oO]/([a-zA-Z0-9]+)(?:\\?{_QUERY_CHAR}*{_QUERY_END})?")
_INVALID_URL_WITHOUT_PROTOCOL_BEFORE = re.compile(r"[-_./]\Z")
_PUNYCODE_SEPARATORS = re.compile("[.\u3002\uff0e\uff61]")
_PRINTABLE_ASCII = re.compile("[^\x20-\x7e]")

_MAX_URL_LENGTH = 4096
_MAX_TCO_SLUG_LENGTH = 40
_MAX_LABEL_LENGTH = 63
_DEFAULT_PROTOCOL_LENGTH = len("https://")


def _utf16_len(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _punycode_label_length(label: str) -> int:
    """Length of punycode.js 1.4.1 ``toASCII(label)``: it splits on IDN dots and encodes non-ASCII parts."""
    total = 0
    parts = _PUNYCODE_SEPARATORS.split(label)
    for part in parts:
        if _PRINTABLE_ASCII.search(part):
            total += 4 + len(part.encode("punycode"))
        else:
            total += len(part)
    return total + len(parts) - 1


def _is_valid_url(url: str, protocol_length: int, domain: str) -> bool:
    """twitter-text's ``isValidUrl`` with its lightweight ``idna.toAscii``."""
    if domain[:4] == "xn--" and not _ASCII_DOMAIN().search(domain):
        return False
    if domain.isascii() and domain.isprintable():
        # Plain ASCII labels are their own punycode.
        if any(not label or len(label) > _MAX_LABEL_LENGTH for label in domain.split(".")):
            return False
    else:
        for label in domain.split("."):
            # Punycode output is never shorter than its input, so a long label fails without encoding it.
            if not label or len(label) > _MAX_LABEL_LENGTH:
                return False
            length = _punycode_label_length(label)
            if length < 1 or length > _MAX_LABEL_LENGTH:
                return False
    # idna.toAscii hands the domain back unchanged, so only the URL's own length counts here.
    if protocol_length + 2 * len(url) <= _MAX_URL_LENGTH:
        return True
    return protocol_length + _utf16_len(url) <= _MAX_URL_LENGTH


def _skip_utf16(text: str, start: int, units: int) -> tuple[int, bool]:
    """The index ``units`` UTF-16 code units after ``start``, and whether that splits a character."""
    index = start
    while units > 0 and index < len(text):
        units -= 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    return index, units < 0


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``finditer`` over the whole text, found without scanning text that cannot hold one.

    No match can start more than ``len("https://") + 1`` characters before the run of domain characters that
    holds its first dot, so each search starts there; reversing the text once lets a forward pattern measure
    that run backwards.
    """
    reverse: str | None = None
    length = len(text)
    position = 0
    while True:
        hint = _DOT_HINT.search(text, position)
        if hint is None:
            return
        dot = hint.start()
        if reverse is None:
            reverse = text[::-1]
        run = _RUN_BACKWARDS.match(reverse, length - dot)
        run_start = dot - (run.end() - run.start()) if run else dot
        match = _EXTRACT_URL().search(text, max(position, run_start - len("https://") - 1))
        if match is None:
            return
        yield match
        position = match.end()


def extract_urls_with_indices(text: str, *, without_protocol: bool = True) -> list[UrlEntity]:
    """URLs as twitter-text's ``extractUrlsWithIndices`` finds them (Python indices)."""
    if "." not in text or (not without_protocol and ":" not in text):
        return []  # every domain holds a dot, every scheme a colon
    urls: list[UrlEntity] = []
    for match in _url_matches(text):
        url = match.group("url")
        protocol = match.group("protocol")
        domain = match.group("domain")
        start = match.start("url")
        end = match.end("url")
        protocol_length = len(protocol) if protocol else _DEFAULT_PROTOCOL_LENGTH
        checked_url, checked_domain = url, domain
        if not protocol and not match.group("before") and ord(domain[0]) > 0xFFFF:
            # Upstream took the high surrogate as the preceding character: its domain starts with the low one.
            low = chr(0xDC00 + ((ord(domain[0]) - 0x10000) & 0x3FF))
            checked_url, checked_domain = low + url[1:], low + domain[1:]
        if not _is_valid_url(checked_url, protocol_length, checked_domain):
            continue
        if not protocol:
            if not without_protocol or _INVALID_URL_WITHOUT_PROTOCOL_BEFORE.search(match.group("before")):
                continue
            pieces = [m.group() for m in _ASCII_DOMAIN().finditer(domain)]
            if not pieces:
                continue
            # Upstream locates each piece with domain.indexOf(piece, lastEnd), which can land on an earlier
            # occurrence that the regular expression itself rejected ("museumt.co-t.co").
            ascii_end = 0
            positions = []
            for piece in pieces:
                ascii_start = domain.find(piece, ascii_end)
                ascii_end = ascii_start + len(piece)
                positions.append(ascii_start)
            for piece, ascii_start in zip(pieces[:-1], positions[:-1], strict=True):
                first = start + ascii_start
                urls.append(UrlEntity(piece, first, first + len(piece), first + len(piece)))
            piece, first = pieces[-1], start + positions[-1]
            if match.group("path"):
                # Upstream rebuilds the URL as url.replace(domain, lastAsciiDomain), keeps the end index, and
                # later skips as many UTF-16 units as the rebuilt string has.
                rebuilt = piece + url[len(domain) :]
                resume, split = _skip_utf16(text, first, _utf16_len(rebuilt))
                urls.append(UrlEntity(rebuilt, first, end, resume, split))
            else:
                urls.append(UrlEntity(piece, first, first + len(piece), first + len(piece)))
        else:
            tco = _TCO_URL.match(url)
            if tco:
                if len(tco.group(1)) > _MAX_TCO_SLUG_LENGTH:
                    continue
                url = tco.group()
                end = start + len(url)
            urls.append(UrlEntity(url, start, end, end))
    return urls


# --- emoji --------------------------------------------------------------------------------------------------

_SEQUENCES = frozenset(seq for group in SEQUENCES_BY_VERSION.values() for seq in group)
_LENGTHS_BY_FIRST: dict[str, tuple[int, ...]] = {}
for _seq in _SEQUENCES:
    _LENGTHS_BY_FIRST[_seq[0]] = tuple(sorted({*_LENGTHS_BY_FIRST.get(_seq[0], ()), len(_seq)}, reverse=True))
_TRIGGERS = "\u200d\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff\U000e0020-\U000e007f"
_EMOJI_TRIGGER = re.compile(f"[{_TRIGGERS}]")


def extract_emoji_sequences(text: str) -> list[tuple[int, int]]:
    """Multi-code-point emoji as (start, end), leftmost-longest, as twemoji-parser scans them.

    Single code points are left out on purpose: X weighs a lone emoji like any heavy character.
    """
    found: list[tuple[int, int]] = []
    cursor = 0
    # Every sequence's second code point is a trigger, so candidates are the characters just before one.
    for match in _EMOJI_TRIGGER.finditer(text):
        start = match.start() - 1
        if start < cursor:
            continue
        lengths = _LENGTHS_BY_FIRST.get(text[start])
        if lengths is None:
            continue
        for length in lengths:
            if text[start : start + length] in _SEQUENCES:
                found.append((start, start + length))
                cursor = start + length
                break
    return found


# --- weighing -----------------------------------------------------------------------------------------------

_INVALID_RE = re.compile(f"[{_INVALID}]")
_HEAVY_CACHE: dict[tuple[tuple[int, int, int], ...], re.Pattern[str]] = {}


def _heavy_pattern(ranges: tuple[tuple[int, int, int], ...]) -> re.Pattern[str]:
    pattern = _HEAVY_CACHE.get(ranges)
    if pattern is None:
        body = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi, _ in ranges)
        pattern = re.compile(f"[^{body}]")
        _HEAVY_CACHE[ranges] = pattern
    return pattern


def _char_weight(ch: str, config: TwitterTextConfig) -> int:
    cp = ord(ch)
    for lo, hi, weight in config.ranges:
        if lo <= cp <= hi:
            return weight
    return config.default_weight


def _is_two_level(config: TwitterTextConfig) -> bool:
    """True when every range weighs ``scale`` and the rest twice that, which allows counting in bulk."""
    return config.default_weight == 2 * config.scale and all(w == config.scale for _, _, w in config.ranges)


def _segment_weight(text: str, start: int, end: int, config: TwitterTextConfig) -> int:
    if start >= end:
        return 0
    segment = text[start:end]
    if not config.ranges:
        return config.default_weight * len(segment)
    if _is_two_level(config):
        if segment.isascii() and config.ranges[0][0] == 0 and config.ranges[0][1] >= 127:
            return config.scale * len(segment)
        heavy = len(_heavy_pattern(config.ranges).findall(segment))
        return config.scale * (len(segment) + heavy)
    return sum(_char_weight(ch, config) for ch in segment)


def _entities(text: str, config: TwitterTextConfig) -> tuple[list[tuple[int, int, int]], list[UrlEntity]]:
    urls = extract_urls_with_indices(text)
    url_weight = config.transformed_url_length * config.scale
    entities = [
        (u.start, u.counted_end, url_weight + (config.default_weight if u.split_char else 0), 0) for u in urls
    ]
    if config.emoji_parsing_enabled:
        entities.extend((s, e, config.default_weight, 1) for s, e in extract_emoji_sequences(text))
    entities.sort(key=lambda item: (item[0], item[3]))
    return [(s, e, w) for s, e, w, _ in entities], urls


def _normalise(text: str) -> tuple[str, list[tuple[int, int]] | None]:
    """NFC text plus, when normalisation changed it, (normalised offset, original offset) anchor points."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, None
    normalised = unicodedata.normalize("NFC", text)
    anchors: list[tuple[int, int]] = [(0, 0)]
    pieces: list[str] = []
    n_offset = 0
    start = 0
    # Normalisation never reaches across a starter that cannot compose with what precedes it; cutting before
    # each such starter gives chunks that normalise independently.
    for i in range(1, len(text) + 1):
        if i == len(text) or (
            unicodedata.combining(text[i]) == 0 and unicodedata.is_normalized("NFC", text[i - 1 : i + 1])
        ):
            piece = unicodedata.normalize("NFC", text[start:i])
            pieces.append(piece)
            n_offset += len(piece)
            anchors.append((n_offset, i))
            start = i
    if "".join(pieces) != normalised:  # pragma: no cover - a safety net for exotic compositions
        return normalised, [(0, 0), (len(normalised), len(text))]
    return normalised, anchors


def _to_original(index: int, anchors: list[tuple[int, int]] | None, original_length: int) -> int:
    if anchors is None:
        return index
    best = 0
    for n_offset, o_offset in anchors:
        if n_offset <= index:
            best = o_offset
        else:
            break
    return min(best, original_length)


_SPAN_WEIGHTS: dict[TwitterTextConfig, dict[str, int]] = {}


def _over_start(text: str, kept: list[tuple[int, int, int]], config: TwitterTextConfig, limit: int) -> int:
    """Index of the first unit whose weight takes the running total past ``limit`` (which it does exceed)."""
    total = 0
    cursor = 0
    for start, end, weight in [*kept, (len(text), len(text), 0)]:
        gap = _segment_weight(text, cursor, start, config)
        if total + gap > limit:
            for i in range(cursor, start):
                total += _char_weight(text[i], config)
                if total > limit:
                    return i
        total += gap
        if total + weight > limit:
            return start
        total += weight
        cursor = end
    return len(text)  # pragma: no cover - only reached if the caller's total was wrong


def _permillage(weighted_length: float, maximum: int) -> int:
    if maximum <= 0:  # count(limit=0) is allowed; upstream would divide by zero
        return 0
    return math.floor((weighted_length / maximum) * 1000)


def parse_tweet(text: str, config: TwitterTextConfig = CONFIG_V3) -> ParseResults:
    """The weighted length and validity of a post, as twitter-text's ``parseTweet``."""
    normalised, anchors = _normalise(text)
    entities, urls = _entities(normalised, config)
    scale = config.scale
    limit = config.max_weighted_tweet_length * scale

    # The official loop walks unit by unit; summing the whole text at once and then swapping each entity's
    # characters for the entity's weight gives the same total at C speed.
    kept: list[tuple[int, int, int]] = []
    cursor = 0
    for start, end, weight in entities:
        if start >= cursor:
            kept.append((start, end, weight))
            cursor = end
    total = _segment_weight(normalised, 0, len(normalised), config)
    span_cache = _SPAN_WEIGHTS.setdefault(config, {})
    for start, end, weight in kept:
        span = normalised[start:end]
        span_weight = span_cache.get(span)
        if span_weight is None:
            span_weight = _segment_weight(span, 0, len(span), config)
            if len(span) <= 16:
                span_cache[span] = span_weight
        total += weight - span_weight
    over_start = _over_start(normalised, kept, config, limit) if total > limit else None

    invalid_match = _INVALID_RE.search(normalised)
    first_invalid = invalid_match.start() if invalid_match else None
    # Upstream remembers the last code unit of the last unit that both fits and comes before any invalid
    # character; every unit boundary we need is a plain index, so a prefix length gives it in UTF-16.
    stops = [i for i in (over_start, first_invalid) if i is not None]
    fitting_prefix = min(stops) if stops else len(normalised)
    valid_display_index = max(0, _utf16_len(normalised[:fitting_prefix]) - 1)

    weighted_length: int | float = total / scale
    if weighted_length == int(weighted_length):
        weighted_length = int(weighted_length)
    original_utf16 = _utf16_len(text)
    valid_display_index += original_utf16 - _utf16_len(normalised)
    return ParseResults(
        weighted_length=weighted_length,
        valid=first_invalid is None and 0 < total <= limit,
        permillage=_permillage(total / scale, config.max_weighted_tweet_length),
        valid_range_start=0,
        valid_range_end=valid_display_index,
        display_range_start=0,
        display_range_end=original_utf16 - 1 if text else 0,
        over_start=None if over_start is None else _to_original(over_start, anchors, len(text)),
        urls=tuple(urls),
        has_invalid_characters=first_invalid is not None,
    )
