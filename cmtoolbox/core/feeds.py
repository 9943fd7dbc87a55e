"""Reading syndication feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed) into plain dataclasses.

XML feeds go through `feedparser`: twenty years of real-world quirks (undefined HTML entities, raw
ampersands, wrong charsets, xml:base, RSS 0.90 to Atom 1.0) are encoded there and nowhere else.
feedparser 6 has no JSON Feed support, so JSON Feed (and Dave Winer's RSS-in-JSON) is read with
`json`. Item HTML is returned as the feed gave it: sanitising is the display layer's job, where
the allow-list lives, so that stored items can be re-rendered when that list changes.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

from cmtoolbox.core.xmlguard import declares_entities

__all__ = [
    "DiscoveredFeed",
    "Enclosure",
    "FeedEntry",
    "FeedError",
    "MAX_FEED_BYTES",
    "ParsedFeed",
    "discover_feeds",
    "fallback_title",
    "parse_feed",
]

MAX_FEED_BYTES = 10 * 1024 * 1024
"""Feeds larger than this are refused: real feeds stay far below, and feedparser keeps the whole
document (and its parse tree) in memory."""

FEED_MEDIA_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")

_BENIGN_BOZO = ("CharacterEncodingOverride", "NonXMLContentType", "UndeclaredNamespace")
"""feedparser's warnings that still leave a readable feed (by class name: feedparser is imported
when the first feed is parsed, not with this module: 26 ms of every start, issue 16)."""
_WHITESPACE_RE = re.compile(r"\s+")
_JSON_FEED_VERSION_PREFIXES = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
_FALLBACK_TITLE_CHARS = 80


class FeedError(Exception):
    """A document that cannot be read as a feed.

    `code` is stable ("empty", "not_a_feed", "malformed", "too_large", "unsafe" for a document that
    declares XML entities, and the network codes of `cmtoolbox.core.fetch`) so that the GUI can
    translate it; `str()` is a readable English message.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[type[FeedError], tuple[str, str]]:
        # Parsing runs in another process (gui.pools.parse_executor): the error travels pickled.
        return (type(self), (self.code, self.message))


@dataclass(frozen=True, slots=True)
class Enclosure:
    """A media file attached to an entry (podcast episode, image, PDF)."""

    url: str
    type: str = ""
    length: int | None = None


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed.

    `key` identifies the entry across refreshes (guid, else link, else a hash of title and date);
    `title` is plain text, made from the first words of the text (else the link, else "") when
    the feed gave none (`title_is_fallback`); `summary` and `content` are unsanitised HTML
    (plain-text fields are escaped into HTML so that the display has one format to handle).
    """

    key: str
    guid: str | None
    title: str
    title_is_fallback: bool
    link: str | None
    published: datetime | None
    updated: datetime | None
    author: str
    summary: str
    content: str
    enclosures: tuple[Enclosure, ...] = ()
    image: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed read from bytes.

    `format` names the dialect ("rss20", "atom10", "rss090", "json1.1", "rss-in-json"...);
    `recovered_from` holds the problem the parser worked around when the document was not
    well-formed (None when it was clean), which the GUI may show as a warning.
    """

    title: str
    link: str | None
    description: str
    format: str
    entries: tuple[FeedEntry, ...]
    feed_url: str | None = None
    language: str | None = None
    encoding: str | None = None
    recovered_from: str | None = None


@dataclass(frozen=True, slots=True)
class DiscoveredFeed:
    """A feed announced by a web page through `<link rel="alternate">`."""

    url: str
    title: str
    type: str


def parse_feed(
    data: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    max_bytes: int = MAX_FEED_BYTES,
) -> ParsedFeed:
    """Parse feed bytes; `url` (the final URL it was fetched from) resolves relative links and
    `content_type` (the HTTP header) takes part in charset detection as RFC 3023 says.

    Raises FeedError for input that holds no readable feed. Documents that are not well-formed
    but still readable (raw "&", undefined entities, truncated after the channel header) are
    returned with `recovered_from` set, as feedparser recovers them.
    """
    if len(data) > max_bytes:
        raise FeedError("too_large", f"The feed is larger than {max_bytes // (1024 * 1024)} MB.")
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head or not head.strip(b"\x00\xff\xfe \t\r\n"):
        raise FeedError("empty", "The document is empty.")
    if head[:1] in (b"{", b"["):
        return _parse_json(data, url)
    return _parse_xml(_decode_bomless_utf16(data), url, content_type)


def discover_feeds(html_page: bytes, base_url: str) -> list[DiscoveredFeed]:
    """Feeds a web page links to in its head, in page order, without duplicates.

    Read with `html.parser`, which copes with unclosed tags and odd attribute quoting the way a
    browser does; a `<base href>` in the page changes the base of relative links, as it would
    in a browser.
    """
    collector = _FeedLinkCollector(base_url)
    collector.feed(_decode_html(html_page))
    collector.close()
    return collector.found


def fallback_title(*html_fragments: str, max_chars: int = _FALLBACK_TITLE_CHARS) -> str:
    """The first words of the first fragment holding text, cut on a word boundary with "…".

    Title-less items are common (micro-blogs, Scripting News, RSS 0.92): a list of items needs
    something to show, and the opening words are what a reader recognises.
    """
    for fragment in html_fragments:
        text = _collapse(_html_to_text(fragment))
        if not text:
            continue
        if len(text) <= max_chars:
            return text
        cut = text[: max_chars + 1].rsplit(" ", 1)[0] if " " in text[:max_chars] else text[:max_chars]
        return cut.rstrip(" ,;:.-–—") + "…"
    return ""


# --- XML feeds (feedparser) -------------------------------------------------------------------


def _parse_xml(data: bytes, url: str | None, content_type: str | None) -> ParsedFeed:
    if declares_entities(data):
        # Before feedparser: its loose parser expands declared entities without any cap.
        raise FeedError(
            "unsafe", "The feed declares XML entities, which feeds never need; refused for safety."
        )
    headers: dict[str, str] = {}
    if content_type:
        headers["content-type"] = content_type
    if url:
        headers["content-location"] = url
    # A BytesIO, never the bytes themselves: feedparser opens a `bytes` argument as a file name
    # when such a file exists, so a response body "/etc/passwd" would read that file.
    import feedparser  # type: ignore[import-untyped]

    result = feedparser.parse(
        io.BytesIO(data),
        response_headers=headers,
        resolve_relative_uris=True,
        sanitize_html=False,
    )
    version = result.get("version") or ""
    problem = result.get("bozo_exception") if result.get("bozo") else None
    benign = (getattr(feedparser, name) for name in _BENIGN_BOZO)
    parse_failed = problem is not None and not isinstance(problem, tuple(benign))
    feed = result.get("feed", {})
    entries = result.get("entries", [])
    if not version:
        if _looks_like_html(data):
            raise FeedError("not_a_feed", "This is a web page (HTML), not a feed.")
        if parse_failed and data.lstrip()[:1] == b"<":
            raise FeedError("malformed", f"The feed is not well-formed XML: {_describe(problem)}.")
        raise FeedError("not_a_feed", "This document is not an RSS, Atom or JSON feed.")
    if parse_failed and not entries and not feed.get("title") and not feed.get("link"):
        raise FeedError("malformed", f"The feed could not be read: {_describe(problem)}.")
    return ParsedFeed(
        title=_text_field(feed, "title"),
        link=_absolute(url, feed.get("link")),
        description=_text_field(feed, "subtitle"),
        format=version,
        entries=tuple(_xml_entry(entry, url) for entry in entries),
        feed_url=_absolute(url, _self_link(feed)),
        language=feed.get("language") or None,
        encoding=result.get("encoding") or None,
        recovered_from=_describe(problem) if parse_failed else None,
    )


def _xml_entry(entry: Mapping[str, Any], url: str | None) -> FeedEntry:
    summary = _html_field(entry, "summary")
    content = ""
    for candidate in entry.get("content", []) or []:
        value = candidate.get("value") or ""
        if value.strip():
            content = value if _is_markup(candidate.get("type")) else _escape_text(value)
            if _is_markup(candidate.get("type")):
                break
    published = _from_struct(entry.get("published_parsed")) or _from_struct(entry.get("created_parsed"))
    # `in` first: feedparser's get("updated_parsed") falls back to published with a warning.
    updated = _from_struct(entry.get("updated_parsed")) if "updated_parsed" in entry else None
    enclosures = tuple(
        Enclosure(
            url=_absolute(url, enclosure.get("href")) or "",
            type=enclosure.get("type") or "",
            length=_to_int(enclosure.get("length")),
        )
        for enclosure in entry.get("enclosures", []) or []
        if enclosure.get("href")
    )
    return _make_entry(
        guid=entry.get("id") or None,
        title=_text_field(entry, "title"),
        link=_absolute(url, entry.get("link")),
        published=published or updated,
        updated=updated,
        author=_collapse(entry.get("author") or ""),
        summary=summary,
        content=content,
        enclosures=enclosures,
        image=_absolute(url, _xml_image(entry, enclosures)),
    )


def _xml_image(entry: Mapping[str, Any], enclosures: tuple[Enclosure, ...]) -> str | None:
    for thumbnail in entry.get("media_thumbnail", []) or []:
        if thumbnail.get("url"):
            return str(thumbnail["url"])
    for media in entry.get("media_content", []) or []:
        kind = (media.get("medium") or media.get("type") or "").lower()
        if media.get("url") and kind.startswith("image"):
            return str(media["url"])
    for enclosure in enclosures:
        if enclosure.type.lower().startswith("image/"):
            return enclosure.url
    return None


def _self_link(feed: Mapping[str, Any]) -> str | None:
    for link in feed.get("links", []) or []:
        if link.get("rel") == "self" and link.get("href"):
            return str(link["href"])
    return None


def _text_field(container: Mapping[str, Any], name: str) -> str:
    """A title-like field as plain text: HTML-typed titles (Atom type="html") lose their tags."""
    value = container.get(name) or ""
    detail = container.get(f"{name}_detail") or {}
    if _is_markup(detail.get("type")) and "<" in value:
        value = _html_to_text(value)
    return _collapse(value)


def _html_field(container: Mapping[str, Any], name: str) -> str:
    value = container.get(name) or ""
    detail = container.get(f"{name}_detail") or {}
    if detail and not _is_markup(detail.get("type")):
        return _escape_text(value)
    return value


def _describe(problem: BaseException | None) -> str:
    """A short English description of a parse problem (SAX errors carry their line)."""
    if problem is None:
        return "unknown error"
    get_message = getattr(problem, "getMessage", None)
    get_line = getattr(problem, "getLineNumber", None)
    if callable(get_message) and callable(get_line):
        try:
            return f"{get_message()} (line {get_line()})"
        except Exception:  # noqa: BLE001 - a SAX locator may be gone once parsing ended
            pass
    return str(problem) or type(problem).__name__


def _decode_bomless_utf16(data: bytes) -> bytes:
    """Re-encode UTF-16 documents that have neither BOM nor XML declaration as UTF-8.

    XML 1.0 forbids them, but they exist (SimplePie keeps one as a test case) and feedparser
    turns them into mojibake; the NUL byte in every other position gives them away.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or len(data) < 8:
        return data
    sample = data[:512]
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    half = len(sample) // 2
    if odd_zeros >= 0.9 * half and even_zeros <= 0.1 * half:
        encoding = "utf-16-le"
    elif even_zeros >= 0.9 * half and odd_zeros <= 0.1 * half:
        encoding = "utf-16-be"
    else:
        return data
    text = data.decode(encoding, errors="replace")
    if text.lstrip().startswith("<?xml"):
        return data  # a declared document: feedparser detects those itself
    return text.encode("utf-8")


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or any(
        marker in head for marker in (b"<html", b"<head>", b"<body")
    )


# --- JSON Feed and RSS-in-JSON -----------------------------------------------------------------


def _parse_json(data: bytes, url: str | None) -> ParsedFeed:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FeedError("malformed", "The JSON feed is not valid UTF-8.") from None
    except json.JSONDecodeError as error:
        raise FeedError(
            "malformed",
            f"The feed is not valid JSON (error at line {error.lineno}, column {error.colno}).",
        ) from None
    except RecursionError:
        raise FeedError("malformed", "The JSON document is nested too deeply.") from None
    if isinstance(document, dict):
        version = document.get("version")
        if isinstance(version, str) and version.startswith(_JSON_FEED_VERSION_PREFIXES):
            return _json_feed(document, version, url)
        rss = document.get("rss")
        if isinstance(rss, dict) and isinstance(rss.get("channel"), dict):
            return _rss_in_json(rss["channel"], url)
    raise FeedError("not_a_feed", "This JSON document is not a JSON Feed.")


def _json_feed(document: dict[str, Any], version: str, url: str | None) -> ParsedFeed:
    feed_authors = _json_authors(document)
    items = document.get("items")
    entries = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        content_html = _str(item.get("content_html"))
        content_text = _str(item.get("content_text"))
        summary = _escape_text(_str(item.get("summary")))
        attachments = item.get("attachments")
        enclosures = tuple(
            Enclosure(
                url=_absolute(url, _str(attachment.get("url"))) or "",
                type=_str(attachment.get("mime_type")),
                length=_to_int(attachment.get("size_in_bytes")),
            )
            for attachment in (attachments if isinstance(attachments, list) else [])
            if isinstance(attachment, dict) and _str(attachment.get("url"))
        )
        published = _parse_date(_str(item.get("date_published")))
        updated = _parse_date(_str(item.get("date_modified")))
        guid = item.get("id")
        entries.append(
            _make_entry(
                guid=str(guid) if isinstance(guid, str | int | float) and str(guid) else None,
                # JSON Feed titles are plain text: "&#8211;" in one is literally those characters.
                title=_collapse(_str(item.get("title"))),
                link=_absolute(url, _str(item.get("url")) or _str(item.get("external_url"))),
                published=published or updated,
                updated=updated,
                author=_json_authors(item) or feed_authors,
                summary=summary,
                content=content_html or _escape_text(content_text),
                enclosures=enclosures,
                image=_absolute(url, _str(item.get("image")) or _str(item.get("banner_image"))),
            )
        )
    suffix = version.rsplit("/", 1)[-1]
    return ParsedFeed(
        title=_collapse(_str(document.get("title"))),
        link=_absolute(url, _str(document.get("home_page_url"))),
        description=_str(document.get("description")),
        format=f"json{suffix}",
        entries=tuple(entries),
        feed_url=_absolute(url, _str(document.get("feed_url"))),
        language=_str(document.get("language")) or None,
        encoding="utf-8",
    )


def _rss_in_json(channel: dict[str, Any], url: str | None) -> ParsedFeed:
    items = channel.get("item")
    if isinstance(items, dict):
        items = [items]
    entries = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        guid = item.get("guid")
        if isinstance(guid, dict):
            guid = guid.get("value") or guid.get("#value")
        enclosure = item.get("enclosure")
        enclosures: tuple[Enclosure, ...] = ()
        if isinstance(enclosure, dict) and _str(enclosure.get("url")):
            enclosures = (
                Enclosure(
                    url=_absolute(url, _str(enclosure.get("url"))) or "",
                    type=_str(enclosure.get("type")),
                    length=_to_int(enclosure.get("length")),
                ),
            )
        published = _parse_date(_str(item.get("pubDate")))
        entries.append(
            _make_entry(
                guid=_str(guid) or None,
                title=_collapse(_html_to_text(_str(item.get("title")))),
                link=_absolute(url, _str(item.get("link"))),
                published=published,
                updated=None,
                author=_collapse(_str(item.get("author"))),
                summary=_str(item.get("description")),
                content="",
                enclosures=enclosures,
                image=None,
            )
        )
    return ParsedFeed(
        title=_collapse(_str(channel.get("title"))),
        link=_absolute(url, _str(channel.get("link"))),
        description=_str(channel.get("description")),
        format="rss-in-json",
        entries=tuple(entries),
        language=_str(channel.get("language")) or None,
        encoding="utf-8",
    )


def _json_authors(container: Mapping[str, Any]) -> str:
    """JSON Feed 1.1 `authors`, else 1.0 `author`, as "Name, Name"."""
    authors = container.get("authors")
    if not isinstance(authors, list) or not authors:
        single = container.get("author")
        authors = [single] if isinstance(single, dict) else []
    names = [_str(author.get("name")).strip() for author in authors if isinstance(author, dict)]
    return ", ".join(name for name in names if name)


# --- shared helpers ---------------------------------------------------------------------------


def _make_entry(
    *,
    guid: str | None,
    title: str,
    link: str | None,
    published: datetime | None,
    updated: datetime | None,
    author: str,
    summary: str,
    content: str,
    enclosures: tuple[Enclosure, ...],
    image: str | None,
) -> FeedEntry:
    title_is_fallback = not title
    shown_title = title or fallback_title(summary, content) or (link or "")
    if guid and guid.strip():
        key = guid.strip()
    elif link:
        key = link
    else:
        stamp = published.isoformat() if published else ""
        digest = hashlib.sha1(f"{shown_title}\x1f{stamp}\x1f{summary or content}".encode()).hexdigest()
        key = f"sha1:{digest}"
    return FeedEntry(
        key=key,
        guid=guid.strip() if guid and guid.strip() else None,
        title=shown_title,
        title_is_fallback=title_is_fallback,
        link=link,
        published=published,
        updated=updated,
        author=author,
        summary=summary,
        content=content,
        enclosures=enclosures,
        image=image,
    )


def _from_struct(value: time.struct_time | None) -> datetime | None:
    """feedparser gives UTC struct_time values; turn them into aware datetimes."""
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _parse_date(text: str) -> datetime | None:
    """RFC 3339 (JSON Feed) first, RFC 822 (RSS-in-JSON) second; naive values are taken as UTC."""
    text = text.strip()
    if not text:
        return None
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _absolute(base: str | None, link: str | None) -> str | None:
    if not link or not link.strip():
        return None
    link = link.strip()
    if not base:
        return link
    try:
        return urljoin(base, link)
    except ValueError:
        return link


def _is_markup(media_type: str | None) -> bool:
    kind = (media_type or "text/html").lower()
    return "html" in kind or "xml" in kind


def _escape_text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>\n") if text else ""


def _collapse(text: str) -> str:
    return _WHITESPACE_RE.sub(" ", text).strip()


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _to_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


class _TextExtractor(HTMLParser):
    """Text content of an HTML fragment, skipping script and style."""

    _SKIPPED = frozenset({"script", "style", "template"})
    _BREAKS = frozenset({"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BREAKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED and self._skipping:
            self._skipping -= 1
        elif tag in self._BREAKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _html_to_text(fragment: str) -> str:
    if "<" not in fragment and "&" not in fragment:
        return fragment
    extractor = _TextExtractor()
    extractor.feed(fragment)
    extractor.close()
    return "".join(extractor.parts)


class _FeedLinkCollector(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self._base_seen = False
        self.found: list[DiscoveredFeed] = []
        self._urls: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        if tag == "base" and not self._base_seen and values.get("href"):
            self._base_seen = True
            self.base_url = urljoin(self.base_url, values["href"].strip())
            return
        if tag not in ("link", "a"):
            return
        rels = values.get("rel", "").lower().split()
        media_type = values.get("type", "").split(";", 1)[0].strip().lower()
        href = values.get("href", "").strip()
        if "alternate" not in rels or media_type not in FEED_MEDIA_TYPES or not href:
            return
        try:
            url = urljoin(self.base_url, href)
        except ValueError:
            return
        if url in self._urls:
            return
        self._urls.add(url)
        self.found.append(DiscoveredFeed(url=url, title=_collapse(values.get("title", "")), type=media_type))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def _decode_html(data: bytes) -> str:
    """UTF-8 when it decodes, else windows-1252: enough for URLs and link titles."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
