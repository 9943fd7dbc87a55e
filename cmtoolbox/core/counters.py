"""Per-network length rules: how long a post is for each network, and what is wrong with it.

Each network counts in its own unit, and none of them is ``len(text)``. What differs between networks lives in
the one table of networks (``core.networks``: each network's ``texts``, indexed by counter id in
``COUNTERS``), so that adding a network is one entry there; the counting methods its rules name live here:

- ``twitter``: X's weighted length (see ``twitter_text``), links at ``url_weight``.
- ``mastodon``: grapheme clusters after the web composer's rewrite: every http(s) link costs ``url_weight``
  and ``@user@domain`` costs what ``@user`` does, within the server's limits (a link over 4,096 characters or
  a mention's domain over 253 counts in full).
- ``bluesky``: grapheme clusters after the official client's link shortening (host plus 13 characters of path
  then ``...``), as it posts the text; the record also has a byte cap.
- ``graphemes``, ``codepoints``, ``utf16`` (JavaScript's ``length``, what most web composers count),
  ``utf8_bytes``, and ``threads`` (grapheme clusters, an emoji costing its UTF-8 bytes).

The result carries codes and numbers only (``Problem``): user-facing sentences are the GUI's job, translated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import regex

from cmtoolbox.core import twitter_text
from cmtoolbox.core._tld_data import COUNTRY_TLDS, GENERIC_TLDS
from cmtoolbox.core.networks import COUNTERS, TextRule

__all__ = [
    "COUNTERS",
    "NETWORKS",
    "CountResult",
    "Problem",
    "TextRule",
    "count",
]

NETWORKS: Mapping[str, TextRule] = COUNTERS
"""The counter ids (``x``, ``youtube_title``...), under the name ``cli.py``'s ``count --network`` imports.
New code uses ``COUNTERS``; a network's own id and its several texts are in ``core.networks.NETWORKS``."""


@dataclass(frozen=True)
class Problem:
    """One broken rule: a stable code for the GUI to translate, and the numbers it needs."""

    code: str  # over_limit, too_many_bytes, too_many_hashtags, too_many_links, forbidden_characters
    value: int  # what the text has
    limit: int  # what the network allows
    ranges: tuple[tuple[int, int], ...] = ()  # str index ranges to highlight, when the problem has a place


@dataclass(frozen=True)
class CountResult:
    """The length of a text for one network. Indices are Python ``str`` indices into the counted text."""

    network: str
    length: int
    limit: int
    remaining: int
    valid: bool
    over_ranges: tuple[tuple[int, int], ...]
    hashtags: int
    mentions: int
    links: int
    problems: tuple[Problem, ...]
    fold_at: int | None


# --- shared text helpers -----------------------------------------------------------------------------------

_GRAPHEME = regex.compile(r"\X")
# Characters that can join a grapheme cluster with a neighbour. Text without any has one cluster per code
# point, except CR LF: that shortcut avoids the slow \X scan for most posts.
_CLUSTERING = regex.compile(
    r"[\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=RI}\p{GCB=Prepend}\p{GCB=SpacingMark}"
    r"\p{GCB=L}\p{GCB=V}\p{GCB=T}\p{GCB=LV}\p{GCB=LVT}]"
)
_HASHTAG = regex.compile(r"(?<![\w&#＃])[#＃](?=[\w\p{M}]*\p{L})[\w\p{M}]+")
_MENTION = regex.compile(
    r"(?<![\w@＠/])[@＠][A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?"
)
_EMOJI_CLUSTER = regex.compile(
    r"[\p{Emoji_Presentation}\p{Regional_Indicator}\p{Emoji_Modifier}\ufe0f\u20e3]"
)


# A grapheme cluster boundary falls before every ASCII character except LF after CR and anything after a
# Prepend character, so clusters of several code points live in runs of non-ASCII characters (with the ASCII
# character before, which a combining mark or a keycap can extend). Only such runs go through \X.
_CLUSTER_RUN = regex.compile(r"[\x00-\x7f]?[^\x00-\x7f]+(?:(?<=\p{GCB=Prepend})[\x00-\x7f])?")


# Below this length one \X scan of the whole text beats visiting the runs one by one.
_SHORT_TEXT = 600


def _is_simple(text: str) -> bool:
    return text.isascii() or not _CLUSTERING.search(text)


def _grapheme_count(text: str) -> int:
    total = len(text) - text.count("\r\n")
    if _is_simple(text):
        return total
    if len(text) <= _SHORT_TEXT:
        return len(_GRAPHEME.findall(text))
    for run in _CLUSTER_RUN.finditer(text):
        piece = run.group()
        if _CLUSTERING.search(piece):
            total -= len(piece) - len(_GRAPHEME.findall(piece))
    return total


def _nth_grapheme_start(text: str, n: int) -> int | None:
    """Index where the cluster numbered ``n`` (from 0) starts, or None when the text has no more."""
    if _is_simple(text) and "\r\n" not in text:
        return n if n < len(text) else None
    for index, match in enumerate(_GRAPHEME.finditer(text)):
        if index == n:
            return match.start()
    return None


def _utf16_units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def _utf8_units(ch: str) -> int:
    cp = ord(ch)
    return 1 if cp < 0x80 else 2 if cp < 0x800 else 3 if cp < 0x10000 else 4


def _first_over(text: str, limit: int, weight: Callable[[str], int]) -> int:
    running = 0
    for index, ch in enumerate(text):
        running += weight(ch)
        if running > limit:
            return index
    return len(text)


def _utf8_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _utf16_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


class _Rewrite:
    """A text with some spans replaced, that maps indices of the new text back to the original."""

    def __init__(self, text: str, edits: list[tuple[int, int, str]]) -> None:
        pieces: list[str] = []
        self._anchors: list[tuple[int, int, int]] = []  # (new start, original start, original end) of edits
        cursor = 0
        offset = 0
        for start, end, replacement in edits:
            pieces.append(text[cursor:start])
            offset += start - cursor
            self._anchors.append((offset, start, end))
            pieces.append(replacement)
            offset += len(replacement)
            self._anchors.append((offset, end, end))
            cursor = end
        pieces.append(text[cursor:])
        self.text = "".join(pieces)
        self._length = len(text)

    def to_original(self, index: int) -> int:
        """Original index of a new-text index; an index inside a replacement maps to where it started."""
        new_base, original_base = 0, 0
        inside = False
        for new_start, original_start, original_end in self._anchors:
            if new_start > index:
                break
            new_base, original_base = new_start, original_start
            inside = original_end != original_start
        if inside:
            return original_base
        return min(original_base + (index - new_base), self._length)


@dataclass(frozen=True)
class _Measure:
    length: int
    over_start: int | None  # original index where the text goes past the limit
    links: int
    counted_text: str  # the text as the network stores it (for the byte cap)


# --- counting methods --------------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _twitter_config(limit: int, url_weight: int) -> twitter_text.TwitterTextConfig:
    base = twitter_text.CONFIG_V3
    return twitter_text.TwitterTextConfig(
        version=base.version,
        max_weighted_tweet_length=limit,
        scale=base.scale,
        default_weight=base.default_weight,
        transformed_url_length=url_weight,
        emoji_parsing_enabled=base.emoji_parsing_enabled,
        ranges=base.ranges,
    )


def _measure_twitter(text: str, rule: TextRule, limit: int) -> _Measure:
    config = _twitter_config(limit, rule.url_weight if rule.url_weight is not None else 23)
    parsed = twitter_text.parse_tweet(text, config)
    return _Measure(int(parsed.weighted_length), parsed.over_start, len(parsed.urls), text)


# Mastodon's composer: "(^|[^/\w])@(([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+)" with the i flag, replaced by "$1@$3".
_MASTODON_REMOTE_MENTION = re.compile(
    r"(?:^|(?<=[^/A-Za-z0-9_]))@([A-Za-z0-9_]+)@(?P<domain>[A-Za-z0-9.-]+[A-Za-z0-9]+)"
)
# The server has the last word (StatusLengthValidator, spec/validators/status_length_validator_spec.rb): its
# extractor (twitter-text's Ruby one) drops a URL longer than 4,096 characters once its domain is in punycode,
# and Mastodon's own mention extractor drops a remote mention whose domain is longer than 253 characters. What
# is not extracted counts in full.
_MASTODON_MAX_URL_LENGTH = 4096
_MASTODON_MAX_DOMAIN_LENGTH = 253
_URL_HOST_END = re.compile(r"[:/?#]")


def _mastodon_url_length(url: str) -> int:
    """The length the server's extractor compares with its limit: the host counts in its punycode form."""
    rest = url.partition("://")[2]
    host = _URL_HOST_END.split(rest, maxsplit=1)[0]
    if host.isascii():
        return len(url)
    encoded = 0
    for label in host.split("."):
        try:
            encoded += len(label) if label.isascii() else 4 + len(label.encode("punycode"))
        except UnicodeError:
            encoded += len(label)
    encoded += host.count(".")
    return len(url) + max(0, encoded - len(host))


def _measure_mastodon(text: str, rule: TextRule, limit: int) -> _Measure:
    placeholder = "x" * (rule.url_weight if rule.url_weight is not None else 23)
    url_edits = []
    if "://" in text:
        url_edits = [
            (m.start("url"), m.end("url"), placeholder)
            for m in twitter_text.mastodon_url().finditer(text)
            if _mastodon_url_length(m.group("url")) <= _MASTODON_MAX_URL_LENGTH
        ]
    first = _Rewrite(text, url_edits)
    mention_edits = (
        [
            (m.end(1), m.end(), "")
            for m in _MASTODON_REMOTE_MENTION.finditer(first.text)
            if len(m.group("domain")) <= _MASTODON_MAX_DOMAIN_LENGTH
        ]
        if "@" in first.text
        else []
    )
    second = _Rewrite(first.text, mention_edits)
    countable = second.text
    length = _grapheme_count(countable)
    over = None
    if length > limit:
        cut = _nth_grapheme_start(countable, limit)
        if cut is not None:
            over = first.to_original(second.to_original(cut))
    return _Measure(length, over, len(url_edits), text)


# --- Bluesky -----------------------------------------------------------------------------------------------

# @atproto/api's link detection, with JavaScript's \s spelt out and the m flag's ^ as a look-behind.
_JS_SPACE = "\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_BLUESKY_LINK = re.compile(
    f"(?:^|(?<=[\n\r\u2028\u2029])|[{_JS_SPACE}]|\\()"
    f"(?P<uri>(?P<scheme>[hH][tT][tT][pP][sS]?://[^{_JS_SPACE}]+)"
    f"|(?P<domain>[a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)[^{_JS_SPACE}]*)"
)
_ASCII_TLDS = frozenset(t for t in (*GENERIC_TLDS, *COUNTRY_TLDS) if t.isascii())
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_FORBIDDEN_HOST = re.compile("[\x00-\x20#%/:<>?@\\[\\\\\\]^|\x7f]")
_C0_SPACE_QUOTE = frozenset(chr(c) for c in range(0x21)) | {'"', "#", "<", ">", "\x7f"}
_PATH_ENCODE = _C0_SPACE_QUOTE | {"?", "`", "{", "}"}
_QUERY_ENCODE = _C0_SPACE_QUOTE | {"'"}
_FRAGMENT_ENCODE = (_C0_SPACE_QUOTE - {"#"}) | {"`"}


def _bluesky_valid_domain(domain: str) -> bool:
    """The client's isValidDomain: the text ends with "." and a known TLD, compared case-sensitively."""
    head, dot, tld = domain.rpartition(".")
    return bool(dot) and tld in _ASCII_TLDS


def _percent_encode(text: str, encode: frozenset[str]) -> str:
    if text.isascii() and not any(ch in encode for ch in text):
        return text
    out = []
    for ch in text:
        if ch in encode or ord(ch) > 0x7E:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "replace")))
        else:
            out.append(ch)
    return "".join(out)


def _ipv4_number(part: str) -> int | None:
    if not part:
        return None
    base = 10
    if part[:2].lower() == "0x":
        part, base = part[2:], 16
    elif len(part) > 1 and part[0] == "0":
        part, base = part[1:], 8
    if not part:
        return 0
    try:
        return int(part, base)
    except ValueError:
        return None


def _whatwg_host(host: str) -> str | None:
    """The WHATWG URL parser's host serialisation for http(s), or None when it rejects the host."""
    if host.startswith("["):
        return host.lower() if host.endswith("]") else None
    if "%" in host:
        from urllib.parse import unquote

        host = unquote(host, errors="replace")
    if not host.isascii():
        try:
            import idna

            host = idna.uts46_remap(host, std3_rules=False, transitional=False)
            labels = [
                label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
                for label in host.split(".")
            ]
            host = ".".join(labels)
        except Exception:
            return None
    host = host.lower()
    if not host or _FORBIDDEN_HOST.search(host):
        return None
    parts = host.split(".")
    last = parts[-1] if parts[-1] or len(parts) == 1 else parts[-2]
    if last and (last.isdigit() or _ipv4_number(last) is not None and last[:2] == "0x"):
        if parts[-1] == "":
            parts = parts[:-1]
        if len(parts) > 4:
            return None
        numbers = [_ipv4_number(p) for p in parts]
        if any(n is None for n in numbers):
            return None
        values = [n for n in numbers if n is not None]
        if any(n > 255 for n in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
            return None
        address = values[-1] + sum(n * 256 ** (3 - i) for i, n in enumerate(values[:-1]))
        return ".".join(str((address >> shift) & 255) for shift in (24, 16, 8, 0))
    return host


def _bluesky_short_url(url: str) -> str:
    """social-app's toShortUrl(): host, then the path, query and fragment cut to 13 characters plus "..."."""
    scheme, _, rest = url.partition(":")
    scheme = scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        return url
    rest = rest.lstrip("/\\")
    cut = len(rest)
    for sep in "/\\?#":
        found = rest.find(sep)
        if found != -1:
            cut = min(cut, found)
    authority, remainder = rest[:cut], rest[cut:]
    host_port = authority.rpartition("@")[2]
    if host_port.startswith("["):
        host, _, port = host_port.partition("]")
        host += "]"
        port = port[1:] if port.startswith(":") else port
    else:
        host, _, port = host_port.partition(":")
    if port and (not port.isdigit() or int(port) > 65535):
        return url
    serialised_host = _whatwg_host(host)
    if serialised_host is None:
        return url
    port = str(int(port)) if port else ""
    netloc = serialised_host + (":" + port if port and port != _DEFAULT_PORTS[scheme] else "")

    fragment = ""
    if "#" in remainder:
        remainder, fragment = remainder.split("#", 1)
    query = ""
    if "?" in remainder:
        remainder, query = remainder.split("?", 1)
    segments: list[str] = []
    raw_segments = re.split(r"[/\\]", remainder)[1:] if remainder else []
    for i, segment in enumerate(raw_segments):
        last = i == len(raw_segments) - 1
        lowered = segment.lower()
        if lowered in {"..", ".%2e", "%2e.", "%2e%2e"}:
            if segments:
                segments.pop()
            if last:
                segments.append("")
        elif lowered in {".", "%2e"}:
            if last:
                segments.append("")
        else:
            segments.append(_percent_encode(segment, _PATH_ENCODE))
    path = "/" + "/".join(segments)
    search = "?" + _percent_encode(query, _QUERY_ENCODE) if query else ""
    hash_ = "#" + _percent_encode(fragment, _FRAGMENT_ENCODE) if fragment else ""
    tail = ("" if path == "/" else path) + search + hash_
    if len(tail) > 15:
        return netloc + tail[:13] + "..."
    return netloc + tail


def _bluesky_links(text: str) -> list[tuple[int, int, bool]]:
    """Link facets as the client detects them: (start, end, has http(s) scheme)."""
    if "." not in text:
        return []
    links = []
    for match in _BLUESKY_LINK.finditer(text):
        uri = match.group("uri")
        if not uri.startswith("http"):
            domain = match.group("domain")
            if not domain or not _bluesky_valid_domain(domain):
                continue
        start, end = match.start("uri"), match.end("uri")
        if uri[-1] in ".,;:!?":
            uri, end = uri[:-1], end - 1
        if uri.endswith(")") and "(" not in uri:
            uri, end = uri[:-1], end - 1
        links.append((start, end, uri.startswith("http")))
    return links


def _measure_bluesky(text: str, rule: TextRule, limit: int) -> _Measure:
    links = _bluesky_links(text)
    edits = [(start, end, _bluesky_short_url(text[start:end])) for start, end, http in links if http]
    shortened = _Rewrite(text, edits)
    length = _grapheme_count(shortened.text)
    over = None
    if length > limit:
        cut = _nth_grapheme_start(shortened.text, limit)
        if cut is not None:
            over = shortened.to_original(cut)
    return _Measure(length, over, len(links), shortened.text)


# --- simple units ------------------------------------------------------------------------------------------


def _measure_graphemes(text: str, rule: TextRule, limit: int) -> _Measure:
    length = _grapheme_count(text)
    over = _nth_grapheme_start(text, limit) if length > limit else None
    return _Measure(length, over, 0, text)


def _measure_codepoints(text: str, rule: TextRule, limit: int) -> _Measure:
    return _Measure(len(text), limit if len(text) > limit else None, 0, text)


def _measure_utf16(text: str, rule: TextRule, limit: int) -> _Measure:
    length = _utf16_length(text)
    over = _first_over(text, limit, _utf16_units) if length > limit else None
    return _Measure(length, over, 0, text)


def _measure_utf8(text: str, rule: TextRule, limit: int) -> _Measure:
    length = _utf8_length(text)
    over = _first_over(text, limit, _utf8_units) if length > limit else None
    return _Measure(length, over, 0, text)


def _threads_weight(cluster: str) -> int:
    return _utf8_length(cluster) if not cluster.isascii() and _EMOJI_CLUSTER.search(cluster) else 1


def _measure_threads(text: str, rule: TextRule, limit: int) -> _Measure:
    if text.isascii() or not _EMOJI_CLUSTER.search(text):
        return _measure_graphemes(text, rule, limit)
    if len(text) <= _SHORT_TEXT:
        length = 0
        position = 0
        over = None
        for cluster in _GRAPHEME.findall(text):
            length += 1 if cluster.isascii() else _threads_weight(cluster)
            if over is None and length > limit:
                over = position
            position += len(cluster)
        return _Measure(length, over, 0, text)
    length = _grapheme_count(text)
    for run in _CLUSTER_RUN.finditer(text):
        piece = run.group()
        if _EMOJI_CLUSTER.search(piece):
            length += sum(_threads_weight(cluster) - 1 for cluster in _GRAPHEME.findall(piece))
    over = None
    if length > limit:
        running = 0
        for match in _GRAPHEME.finditer(text):
            running += _threads_weight(match.group())
            if running > limit:
                over = match.start()
                break
    return _Measure(length, over, 0, text)


_METHODS: dict[str, Callable[[str, TextRule, int], _Measure]] = {
    "twitter": _measure_twitter,
    "mastodon": _measure_mastodon,
    "bluesky": _measure_bluesky,
    "graphemes": _measure_graphemes,
    "codepoints": _measure_codepoints,
    "utf16": _measure_utf16,
    "utf8_bytes": _measure_utf8,
    "threads": _measure_threads,
}


# --- public API --------------------------------------------------------------------------------------------


def _link_count(text: str, measured: _Measure, rule: TextRule) -> int:
    if rule.method in {"twitter", "mastodon", "bluesky"}:
        return measured.links
    return len(twitter_text.extract_urls_with_indices(text))


def _forbidden_ranges(text: str, forbidden: str) -> tuple[tuple[int, int], ...]:
    if not forbidden or not any(ch in text for ch in forbidden):
        return ()
    return tuple((i, i + 1) for i, ch in enumerate(text) if ch in forbidden)


def count(network: str, text: str, *, limit: int | None = None) -> CountResult:
    """Measure ``text`` for the counter ``network`` (a key of ``COUNTERS``); ``limit`` overrides the table's
    (a Mastodon server's own limit)."""
    try:
        rule = COUNTERS[network]
    except KeyError:
        raise ValueError(f"unknown network: {network!r}") from None
    if limit is None:
        limit = rule.limit
    if limit < 0:
        raise ValueError("limit must not be negative")
    measured = _METHODS[rule.method](text, rule, limit)
    length = measured.length

    problems: list[Problem] = []
    over_ranges: tuple[tuple[int, int], ...] = ()
    if length > limit:
        start = measured.over_start if measured.over_start is not None else len(text) - 1
        start = max(0, min(start, len(text) - 1))
        over_ranges = ((start, len(text)),)
        problems.append(Problem("over_limit", length, limit, over_ranges))
    if rule.byte_cap is not None:
        size = _utf8_length(measured.counted_text)
        if size > rule.byte_cap:
            problems.append(Problem("too_many_bytes", size, rule.byte_cap))
    hashtags = len(_HASHTAG.findall(text)) if "#" in text or "＃" in text else 0
    if rule.hashtag_cap is not None and hashtags > rule.hashtag_cap:
        problems.append(Problem("too_many_hashtags", hashtags, rule.hashtag_cap))
    links = _link_count(text, measured, rule)
    if rule.link_cap is not None and links > rule.link_cap:
        problems.append(Problem("too_many_links", links, rule.link_cap))
    forbidden = _forbidden_ranges(text, rule.forbidden)
    if forbidden:
        problems.append(Problem("forbidden_characters", len(forbidden), 0, forbidden))
    mentions = len(_MENTION.findall(text)) if "@" in text or "＠" in text else 0

    fold_at = None
    if rule.fold_at is not None:
        fold_at = _nth_grapheme_start(text, rule.fold_at)

    return CountResult(
        network=rule.id,
        length=length,
        limit=limit,
        remaining=limit - length,
        valid=not problems,
        over_ranges=over_ranges,
        hashtags=hashtags,
        mentions=mentions,
        links=links,
        problems=tuple(problems),
        fold_at=fold_at,
    )
