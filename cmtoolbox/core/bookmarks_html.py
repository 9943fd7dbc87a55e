"""Netscape bookmark files ("bookmarks.html"): import from browsers and bookmark services, export.

Every browser and service writes this format (Firefox, Chrome, Edge, IE, Safari, Delicious,
Pinboard, Shaarli, linkding, Raindrop...), each a little differently: end tags are usually missing
(`<DT>` and `<DD>` never close, Firefox even drops a `</A>`), tag names come in any case, some files
have no outer `<DL>`, descriptions are a `<DD>` after the link or a `DESCRIPTION` attribute. It is
HTML, not XML, so it is read with `html.parser` (a tolerant tokenizer from the standard library)
driving a small state machine that follows the format's structure instead of the DOM.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

__all__ = [
    "Bookmark",
    "BookmarkDocument",
    "BookmarkFolder",
    "BookmarksError",
    "FOLDER_SEPARATOR",
    "MAX_BOOKMARKS_BYTES",
    "parse_timestamp",
    "read_bookmark_document",
    "read_bookmarks",
    "write_bookmarks",
]

MAX_BOOKMARKS_BYTES = 50 * 1024 * 1024
FOLDER_SEPARATOR = "/"
_SLASH_IN_NAME = "\u2215"  # DIVISION SLASH: a "/" in a folder name must not split the path

_WHITESPACE_RE = re.compile(r"\s+")
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]+)", re.IGNORECASE)
_ENCODING_ALIASES = {
    "x-mac-roman": "mac_roman",
    "x-mac-system": "mac_roman",
    "macintosh": "mac_roman",
    "mac": "mac_roman",
    # WHATWG: browsers read these labels as windows-1252, and so do the files they export.
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
}
_STRUCTURE_TAGS = frozenset({"dt", "dl", "dd", "hr", "h1", "h3", "title"})


class BookmarksError(Exception):
    """Input that is not a bookmark file; `code` ("not_bookmarks", "too_large") is stable for the
    GUI to translate, `str()` is a readable English message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Bookmark:
    """One link of a bookmark file.

    `folder` is the folder path joined with "/" ("" at top level; a "/" inside a folder name reads
    as U+2215 "∕"). `tags` come from the TAGS attribute split on commas (so a tag cannot hold a
    comma; space-separated TAGS, as some Shaarli files have, stay one tag). `added_at` is UTC.
    """

    url: str
    title: str
    folder: str = ""
    tags: tuple[str, ...] = ()
    added_at: datetime | None = None
    description: str = ""
    private: bool = False
    modified_at: datetime | None = None
    to_read: bool = False
    keyword: str = ""
    feed_url: str = ""


@dataclass(frozen=True, slots=True)
class BookmarkFolder:
    """A folder (`<DT><H3>`): `items` counts its direct bookmarks and subfolders."""

    path: str
    name: str
    items: int

    @property
    def depth(self) -> int:
        return len([part for part in self.path.split(FOLDER_SEPARATOR) if part])


@dataclass(frozen=True, slots=True)
class BookmarkDocument:
    """A whole bookmark file, for an import dialog that shows what it is about to import."""

    title: str | None
    bookmarks: list[Bookmark] = field(default_factory=list)
    folders: list[BookmarkFolder] = field(default_factory=list)
    separators: int = 0
    encoding: str = "utf-8"


def read_bookmarks(data: bytes) -> list[Bookmark]:
    """The bookmarks of a Netscape bookmark file, in document order. An empty file gives []."""
    return read_bookmark_document(data).bookmarks


def read_bookmark_document(data: bytes) -> BookmarkDocument:
    """Parse a bookmark file. Raises BookmarksError when the input is not one (a web page without
    `<DL>`/`<DT>` structure, a JSON export, a binary file)."""
    if len(data) > MAX_BOOKMARKS_BYTES:
        raise BookmarksError(
            "too_large", f"The file is larger than {MAX_BOOKMARKS_BYTES // (1024 * 1024)} MB."
        )
    text, encoding = _decode(data)
    if not text.strip():
        return BookmarkDocument(title=None, encoding=encoding)
    if "\x00" in text:
        raise BookmarksError("not_bookmarks", "This is a binary file, not a bookmark file.")
    parser = _BookmarkParser()
    parser.feed(text)
    parser.close()
    parser.finish()
    if not parser.saw_structure and "netscape-bookmark-file" not in text[:4096].lower():
        raise BookmarksError(
            "not_bookmarks", "This file is not a bookmark file (Netscape bookmark HTML format)."
        )
    return BookmarkDocument(
        title=parser.document_title,
        bookmarks=parser.bookmarks,
        folders=[BookmarkFolder(folder.path, folder.name, folder.items) for folder in parser.folders],
        separators=parser.separators,
        encoding=encoding,
    )


def write_bookmarks(items: Iterable[Bookmark], title: str = "Bookmarks") -> bytes:
    """A Netscape bookmark file (UTF-8) that browsers and bookmark services import.

    Folders are written in the order they first appear; ADD_DATE is in seconds, the unit every
    importer understands; PRIVATE is always written because some importers (Shaarli) default
    to private when it is missing.
    """
    root = _Node()
    for bookmark in items:
        node = root
        for name in (part for part in bookmark.folder.split(FOLDER_SEPARATOR) if part):
            node = node.folder(name)
        node.children.append(bookmark)
    escaped_title = html.escape(title, quote=False)
    lines = [
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
        "<!-- This is an automatically generated file.",
        "     It will be read and overwritten.",
        "     DO NOT EDIT! -->",
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
        f"<TITLE>{escaped_title}</TITLE>",
        f"<H1>{escaped_title}</H1>",
    ]
    _write_list(root, lines, 0)
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_timestamp(value: str | None) -> datetime | None:
    """ADD_DATE / LAST_MODIFIED as an aware UTC datetime.

    Exporters disagree on the unit: seconds (Netscape, Firefox, Chrome's HTML export), milliseconds
    or microseconds (Google Bookmarks, linkding, some Firefox versions), so integers are scaled by
    magnitude: no real bookmark predates 1973, which separates the units unambiguously. A few
    tools write dates as text (Shaarli once wrote Apache log dates): those are parsed too.
    0 and unparseable values give None.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        number = int(text)
        if number <= 0:
            return None
        for threshold, per_second in ((10**17, 10**9), (10**14, 10**6), (10**11, 10**3)):
            if number >= threshold:
                seconds, fraction = divmod(number, per_second)
                micros = fraction * 10**6 // per_second
                break
        else:
            seconds, micros = number, 0
        try:
            return datetime.fromtimestamp(seconds, UTC).replace(microsecond=micros)
        except (OverflowError, OSError, ValueError):
            return None
    for parse in (_parse_apache_date, datetime.fromisoformat, parsedate_to_datetime):
        try:
            parsed = parse(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if parsed is None:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        try:
            return parsed.astimezone(UTC)
        except (OverflowError, ValueError):
            return None
    try:
        seconds_float = float(text)
    except ValueError:
        return None
    if seconds_float <= 0:
        return None
    try:
        return datetime.fromtimestamp(seconds_float, UTC)
    except (OverflowError, OSError, ValueError):
        return None


# --- reading ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _OpenFolder:
    """A folder while parsing: `items` grows as its bookmarks and subfolders are read."""

    path: str
    name: str
    items: int = 0


class _BookmarkParser(HTMLParser):
    """Follows `<DT><H3>name</H3><DL>...</DL>` (folder) and `<DT><A HREF>title</A><DD>text`
    (bookmark) without relying on end tags: every structural tag ends what was open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bookmarks: list[Bookmark] = []
        self.folders: list[_OpenFolder] = []
        self.separators = 0
        self.document_title: str | None = None
        self.saw_structure = False
        # Each open <DL> level: (folder path parts, index in self.folders or None for the root).
        self._levels: list[tuple[tuple[str, ...], int | None]] = [((), None)]
        self._pending_folder: tuple[tuple[str, ...], int] | None = None
        self._after_dt = False
        self._capture: str | None = None  # "a", "h3", "dd", "h1", "title"
        self._buffer: list[str] = []
        self._link_attrs: dict[str, str] = {}
        self._last_bookmark: int | None = None  # index a following <DD> belongs to

    # HTMLParser callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        after_dt, self._after_dt = self._after_dt, False
        if tag not in _STRUCTURE_TAGS and tag != "a":
            if tag == "br" and self._capture == "dd":
                self._buffer.append("\n")
            return
        if tag == "a":
            href = _attr(attrs, "href")
            if after_dt and href:
                self._finish()
                self._capture, self._buffer = "a", []
                self._link_attrs = {name.lower(): value or "" for name, value in attrs}
            return
        self._finish()
        if tag == "dt":
            self.saw_structure = True
            self._after_dt = True
            self._pending_folder = None
            self._last_bookmark = None
        elif tag == "h3":
            if after_dt:
                self._capture, self._buffer = "h3", []
        elif tag == "dl":
            self.saw_structure = True
            if self._pending_folder is not None:
                self._levels.append(self._pending_folder)
            else:
                self._levels.append((self._levels[-1][0], None))
            self._pending_folder = None
            self._last_bookmark = None
        elif tag == "dd":
            if self._last_bookmark is not None:
                self._capture, self._buffer = "dd", []
        elif tag == "hr":
            self.separators += 1
            self._pending_folder = None
            self._last_bookmark = None
        elif tag in ("h1", "title") and self.document_title is None:
            self._capture, self._buffer = tag, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "dl":
            self._finish()
            self._pending_folder = None
            self._last_bookmark = None
            if len(self._levels) > 1:
                self._levels.pop()
        elif tag == self._capture and tag != "dd":
            self._finish()

    def handle_data(self, data: str) -> None:
        if self._capture is not None:
            self._buffer.append(data)

    def finish(self) -> None:
        self._finish()

    # state machine

    def _finish(self) -> None:
        capture, self._capture = self._capture, None
        if capture is None:
            return
        raw = "".join(self._buffer)
        self._buffer = []
        if capture == "a":
            self._add_bookmark(_collapse(raw))
        elif capture == "h3":
            self._add_folder(_collapse(raw))
        elif capture == "dd":
            description = _clean_description(raw)
            if description and self._last_bookmark is not None:
                bookmark = self.bookmarks[self._last_bookmark]
                self.bookmarks[self._last_bookmark] = _replace_description(bookmark, description)
        elif capture in ("h1", "title") and self.document_title is None:
            self.document_title = _collapse(raw) or None

    def _add_folder(self, name: str) -> None:
        parent_parts, parent_index = self._levels[-1]
        safe_name = name.replace(FOLDER_SEPARATOR, _SLASH_IN_NAME)
        parts = (*parent_parts, safe_name) if safe_name else parent_parts
        if parent_index is not None:
            self.folders[parent_index].items += 1
        self.folders.append(_OpenFolder(FOLDER_SEPARATOR.join(parts), name))
        self._pending_folder = (parts, len(self.folders) - 1)

    def _add_bookmark(self, title: str) -> None:
        attrs = self._link_attrs
        parts, folder_index = self._levels[-1]
        if folder_index is not None:
            self.folders[folder_index].items += 1
        tags = tuple(tag.strip() for tag in attrs.get("tags", "").split(",") if tag.strip())
        self.bookmarks.append(
            Bookmark(
                url=attrs.get("href", "").strip(),
                title=title,
                folder=FOLDER_SEPARATOR.join(parts),
                tags=tags,
                added_at=parse_timestamp(attrs.get("add_date")),
                description=_clean_description(attrs.get("description", "")),
                private=attrs.get("private", "").strip() == "1",
                modified_at=parse_timestamp(attrs.get("last_modified")),
                to_read=attrs.get("toread", "").strip() == "1",
                keyword=attrs.get("shortcuturl", "").strip(),
                feed_url=attrs.get("feedurl", "").strip(),
            )
        )
        self._last_bookmark = len(self.bookmarks) - 1


def _replace_description(bookmark: Bookmark, description: str) -> Bookmark:
    return Bookmark(
        url=bookmark.url,
        title=bookmark.title,
        folder=bookmark.folder,
        tags=bookmark.tags,
        added_at=bookmark.added_at,
        description=description,
        private=bookmark.private,
        modified_at=bookmark.modified_at,
        to_read=bookmark.to_read,
        keyword=bookmark.keyword,
        feed_url=bookmark.feed_url,
    )


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str:
    for key, value in attrs:
        if key == name:
            return (value or "").strip()
    return ""


def _collapse(text: str) -> str:
    return _WHITESPACE_RE.sub(" ", text).strip()


def _clean_description(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _parse_apache_date(text: str) -> datetime:
    return datetime.strptime(text, "%d/%b/%Y:%H:%M:%S %z")


class _MetaCharset(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.charset:
            return
        values = {name: value or "" for name, value in attrs}
        if values.get("charset"):
            self.charset = values["charset"].strip()
        elif values.get("http-equiv", "").lower() == "content-type":
            match = _CHARSET_RE.search(values.get("content", ""))
            if match:
                self.charset = match.group(1)


def _decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOM, else META charset, else UTF-8 (else windows-1252)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sniffer = _MetaCharset()
    sniffer.feed(data[:4096].decode("latin-1"))
    label = (sniffer.charset or "").lower()
    candidates = [_ENCODING_ALIASES.get(label, label)] if label else []
    for encoding in [*candidates, "utf-8"]:
        try:
            name = codecs.lookup(encoding).name
            return data.decode(encoding), name
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace"), "cp1252"


# --- writing ----------------------------------------------------------------------------------


class _Node:
    def __init__(self) -> None:
        self.children: list[Bookmark | tuple[str, _Node]] = []
        self._folders: dict[str, _Node] = {}

    def folder(self, name: str) -> _Node:
        if name not in self._folders:
            node = _Node()
            self._folders[name] = node
            self.children.append((name, node))
        return self._folders[name]


def _write_list(node: _Node, lines: list[str], depth: int) -> None:
    indent = "    " * depth
    lines.append(f"{indent}<DL><p>")
    for child in node.children:
        if isinstance(child, tuple):
            name, sub = child
            lines.append(f"{indent}    <DT><H3>{html.escape(name, quote=False)}</H3>")
            _write_list(sub, lines, depth + 1)
        else:
            lines.extend(_bookmark_lines(child, indent + "    "))
    lines.append(f"{indent}</DL><p>")


def _bookmark_lines(bookmark: Bookmark, indent: str) -> list[str]:
    attributes = [("HREF", bookmark.url)]
    if bookmark.added_at is not None:
        attributes.append(("ADD_DATE", str(int(bookmark.added_at.timestamp()))))
    if bookmark.modified_at is not None:
        attributes.append(("LAST_MODIFIED", str(int(bookmark.modified_at.timestamp()))))
    attributes.append(("PRIVATE", "1" if bookmark.private else "0"))
    if bookmark.to_read:
        attributes.append(("TOREAD", "1"))
    if bookmark.tags:
        attributes.append(("TAGS", ",".join(tag.replace(",", " ").strip() for tag in bookmark.tags)))
    if bookmark.keyword:
        attributes.append(("SHORTCUTURL", bookmark.keyword))
    if bookmark.feed_url:
        attributes.append(("FEEDURL", bookmark.feed_url))
    rendered = " ".join(f'{name}="{html.escape(value, quote=True)}"' for name, value in attributes)
    lines = [f"{indent}<DT><A {rendered}>{html.escape(bookmark.title, quote=False)}</A>"]
    if bookmark.description:
        lines.append(f"{indent}<DD>{html.escape(bookmark.description, quote=False)}")
    return lines
