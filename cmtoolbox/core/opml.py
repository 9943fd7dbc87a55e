"""OPML subscription lists: import from other feed readers, export for them.

Parsed with `xml.etree.ElementTree`, after a guard pass with the same expat parser that refuses any
DTD entity declaration. Python's expat (2.4.1 and later, 2.5.0 here) already caps entity
amplification ("billion laughs", quadratic blow-up) and ElementTree never fetches external
entities, but the cap is a ratio that still lets a few megabytes of expansion through and depends
on the expat a given Python build links; OPML has no use for entities at all, so refusing their
declaration is both simpler and independent of the expat version (defusedxml does the same).

Real exports are tolerated: BOMs, a blank line before the XML declaration, encodings expat does not
know (Shift_JIS, GB18030...), UTF-8 files declared as something else, raw "&" in URLs.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.parsers import expat

__all__ = [
    "FOLDER_SEPARATOR",
    "MAX_OPML_BYTES",
    "OpmlDocument",
    "OpmlError",
    "OpmlFolder",
    "Subscription",
    "read_opml",
    "read_opml_document",
    "write_opml",
]

MAX_OPML_BYTES = 20 * 1024 * 1024
FOLDER_SEPARATOR = "/"
_SLASH_IN_NAME = "\u2215"  # DIVISION SLASH: looks like "/" but does not split a folder path

_WHITESPACE_RE = re.compile(r"\s+")
_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DECLARED_ENCODING_RE = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._:\-]+)[\"']")
_BARE_AMPERSAND_RE = re.compile(r"&(?!(?:[A-Za-z_][\w.\-]*|#[0-9]+|#x[0-9A-Fa-f]+);)")
_INVALID_XML_CHARS_RE = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ENCODING_ALIASES = {"x-mac-roman": "mac_roman", "x-mac-system": "mac_roman", "macintosh": "mac_roman"}


class OpmlError(Exception):
    """Input that cannot be imported as OPML.

    `code` is stable ("empty", "too_large", "not_xml", "not_opml", "unsafe") for the GUI to
    translate; `str()` is a readable English message.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed of an OPML list.

    `folder` is the folder path joined with "/" ("" at top level); a "/" inside a folder name is
    read as U+2215 (∕) so that the path splits back into the same folders. `categories` holds
    the OPML 2.0 `category` attribute, split on commas.
    """

    xml_url: str
    title: str
    html_url: str = ""
    folder: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OpmlFolder:
    """A grouping outline: `feeds` and `subfolders` count its direct children (both 0 for an
    empty folder), `depth` is 1 for a top-level folder."""

    path: str
    name: str
    depth: int
    feeds: int
    subfolders: int

    @property
    def is_empty(self) -> bool:
        return not self.feeds and not self.subfolders


@dataclass(frozen=True, slots=True)
class OpmlDocument:
    """Everything an import dialog shows before importing: the list's title and its folders."""

    title: str | None
    subscriptions: list[Subscription] = field(default_factory=list)
    folders: list[OpmlFolder] = field(default_factory=list)

    @property
    def max_folder_depth(self) -> int:
        """Folder levels above the deepest feed."""
        return max((folder.depth for folder in self.folders if folder.feeds), default=0)


def read_opml(data: bytes) -> list[Subscription]:
    """The subscriptions of an OPML file, in document order, duplicates kept (the caller decides
    how to merge them, usually with `cmtoolbox.core.urls.normalize_url`)."""
    return read_opml_document(data).subscriptions


def read_opml_document(data: bytes) -> OpmlDocument:
    """Parse OPML bytes; raises OpmlError for anything that is not an OPML document.

    A document without `<body>` is valid and empty. Outlines without `xmlUrl` are folders
    (named by `text`, else `title`; an unnamed folder adds no level to the path of its feeds).
    """
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError("too_large", f"The file is larger than {MAX_OPML_BYTES // (1024 * 1024)} MB.")
    if not data.strip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n"):
        raise OpmlError("empty", "The file is empty.")
    root = _parse(data)
    if _local(root.tag).lower() != "opml":
        raise OpmlError(
            "not_opml", f"This XML document is not OPML (its root element is <{_local(root.tag)}>)."
        )
    head = _child(root, "head")
    title_element = _child(head, "title") if head is not None else None
    title = _collapse(title_element.text or "") if title_element is not None else None
    document = OpmlDocument(title=title)
    body = _child(root, "body")
    if body is not None:
        _walk(body, (), 0, document)
    return document


def write_opml(subscriptions: Iterable[Subscription], title: str) -> bytes:
    """OPML 2.0 (UTF-8) that other readers import: folders become nested outlines, created in
    the order they first appear; each feed carries both `text` and `title`, as readers differ
    in which one they read."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = _xml_safe(title)
    ET.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC), usegmt=True)
    body = ET.SubElement(root, "body")
    folders: dict[tuple[str, ...], ET.Element] = {}
    for subscription in subscriptions:
        parent = body
        parts = tuple(part for part in subscription.folder.split(FOLDER_SEPARATOR) if part)
        for index, name in enumerate(parts):
            key = parts[: index + 1]
            if key not in folders:
                folders[key] = ET.SubElement(parent, "outline", text=_xml_safe(name), title=_xml_safe(name))
            parent = folders[key]
        attributes = {
            "type": "rss",
            "text": _xml_safe(subscription.title),
            "title": _xml_safe(subscription.title),
            "xmlUrl": _xml_safe(subscription.xml_url),
        }
        if subscription.html_url:
            attributes["htmlUrl"] = _xml_safe(subscription.html_url)
        if subscription.categories:
            attributes["category"] = _xml_safe(",".join(subscription.categories))
        ET.SubElement(parent, "outline", attributes)
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


# --- parsing ----------------------------------------------------------------------------------


def _walk(element: ET.Element, parts: tuple[str, ...], depth: int, document: OpmlDocument) -> tuple[int, int]:
    """Collect feeds and folders below `element`; returns its direct (feeds, subfolders)."""
    feeds = subfolders = 0
    for child in element:
        if not isinstance(child.tag, str) or _local(child.tag).lower() != "outline":
            continue
        attributes = {name.lower(): value for name, value in child.attrib.items()}
        xml_url = (attributes.get("xmlurl") or "").strip()
        text = _collapse(attributes.get("text") or "") or _collapse(attributes.get("title") or "")
        if xml_url:
            feeds += 1
            categories = tuple(
                category.strip()
                for category in (attributes.get("category") or "").split(",")
                if category.strip()
            )
            document.subscriptions.append(
                Subscription(
                    xml_url=xml_url,
                    title=text or xml_url,
                    html_url=(attributes.get("htmlurl") or "").strip(),
                    folder=FOLDER_SEPARATOR.join(parts),
                    categories=categories,
                )
            )
            # Some exporters nest outlines under a feed; keep them, in the same folder.
            _walk(child, parts, depth, document)
            continue
        subfolders += 1
        name = text.replace(FOLDER_SEPARATOR, _SLASH_IN_NAME)
        inner = (*parts, name) if name else parts
        position = len(document.folders)
        document.folders.append(OpmlFolder(FOLDER_SEPARATOR.join(inner), name, depth + 1, 0, 0))
        child_feeds, child_folders = _walk(child, inner, depth + 1, document)
        document.folders[position] = OpmlFolder(
            FOLDER_SEPARATOR.join(inner), name, depth + 1, child_feeds, child_folders
        )
    return feeds, subfolders


def _parse(data: bytes) -> ET.Element:
    first_error: expat.ExpatError | None = None
    for candidate in _candidates(data):
        try:
            _refuse_entities(candidate)
            return ET.fromstring(candidate)
        except (expat.ExpatError, ET.ParseError) as error:
            first_error = first_error or error  # type: ignore[assignment]
        except (LookupError, ValueError):
            continue  # an encoding Python's expat cannot map, or characters it refuses
    detail = expat.ErrorString(first_error.code) if first_error is not None else "unreadable"
    line = getattr(first_error, "lineno", None) or getattr(first_error, "position", (None,))[0]
    where = f" (line {line})" if line else ""
    raise OpmlError("not_xml", f"The file is not valid XML: {detail}{where}.")


def _candidates(data: bytes) -> Iterator[bytes | str]:
    """The raw bytes first, then decoded text with the usual export mistakes repaired."""
    yield data
    text = _decode(data).lstrip("\ufeff \t\r\n")
    text = _DECLARATION_RE.sub("", text, count=1)
    yield text
    repaired = _BARE_AMPERSAND_RE.sub("&amp;", text)
    if repaired != text:
        yield repaired


def _refuse_entities(candidate: bytes | str) -> None:
    parser = expat.ParserCreate()

    def refuse(*_: object) -> None:
        raise OpmlError("unsafe", "The file declares XML entities, which OPML never needs; refused.")

    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.Parse(candidate, True)


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    match = _DECLARED_ENCODING_RE.match(data)
    declared = match.group(1).decode("ascii").lower() if match else None
    for encoding in (_ENCODING_ALIASES.get(declared or "", declared), "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    for child in element:
        if isinstance(child.tag, str) and _local(child.tag).lower() == name:
            return child
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _collapse(text: str) -> str:
    return _WHITESPACE_RE.sub(" ", text).strip()


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters), which would make the file
    unreadable by every other reader."""
    return _INVALID_XML_CHARS_RE.sub("", text)
