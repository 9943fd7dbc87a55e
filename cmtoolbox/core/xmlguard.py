"""Refusing XML entity declarations before any parser can expand them.

Entities declared in a document's DTD are how "billion laughs" (nested entities: an 800-byte feed
expanding to gigabytes), quadratic blow-up (one large entity referenced thousands of times) and
external entities (reading local files) work. Feeds and subscription lists have no use for them,
so a document that declares one is refused outright, cheaply, before feedparser sees it:
feedparser first tries expat, whose amplification cap (expat 2.4 and later) still lets megabytes
through and depends on the expat a build links, then its own "loose" parser, which expands the
declared entities it considers safe with no cap at all (a 29 KB feed gave a 60 MB item).

How: expat itself reads the prolog, with the document's declared encoding overridden by one that
keeps the markup readable (Latin-1 for every ASCII-compatible encoding, UTF-16/32 from the byte
order mark), and stops at the first element, since entities can only be declared before it. The
handlers raise at the first declaration, before anything is expanded; parameter entities and the
external DTD are never loaded. A prolog expat cannot read (not well-formed, an odd encoding)
falls back to a plain search for "<!ENTITY" in the usual encodings of the whole document: such a
document is already broken, and refusing it is the safe side.
"""

from __future__ import annotations

import codecs
from xml.parsers import expat

__all__ = ["declares_entities"]


class _Declared(Exception):
    pass


class _PrologDone(Exception):
    pass


_MARKER = "<!ENTITY"  # XML keywords are case-sensitive; feedparser's own filter is too
_WIDE_MARKERS = tuple(
    _MARKER.encode(encoding) for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_EBCDIC_START = b"\x4c\x6f\xa7\x94"  # "<?xm" in cp037, which feedparser recognises


def _mentions_marker(data: bytes) -> bool:
    """A cheap first pass over the bytes: one search for the usual, ASCII-compatible case."""
    if b"\x00" in data[:64]:
        return any(marker in data for marker in _WIDE_MARKERS)
    if data.startswith(_EBCDIC_START):
        return _MARKER.encode("cp037") in data
    return _MARKER.encode("ascii") in data


def declares_entities(data: bytes | str) -> bool:
    """True when the document declares an XML entity (internal, external, parameter or unparsed)."""
    if isinstance(data, str):
        return _expat_finds(data, None) if _MARKER in data else False
    if not _mentions_marker(data):
        return False  # the common case: no declaration anywhere, nothing to parse
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return _expat_finds(data.decode("utf-32"), None)
        except UnicodeDecodeError:
            return True
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _expat_finds(data, "UTF-16")
    if data.startswith(codecs.BOM_UTF8):
        return _expat_finds(data[3:], "ISO-8859-1")
    return _expat_finds(data, "ISO-8859-1")


def _expat_finds(document: bytes | str, encoding: str | None) -> bool:
    parser = expat.ParserCreate(encoding)

    def declared(*_: object) -> None:
        raise _Declared

    def element(*_: object) -> None:
        raise _PrologDone

    parser.EntityDeclHandler = declared
    parser.UnparsedEntityDeclHandler = declared
    parser.StartElementHandler = element
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(document, True)
    except _Declared:
        return True
    except _PrologDone:
        return False
    except (expat.ExpatError, ValueError):
        return True  # the prolog is not readable XML and the text holds "<!ENTITY": refuse
    return False
