"""Markdown of notes to safe HTML, and the wiki links between notes, drafts and sources.

python-markdown does the parsing; a small extension adds `[[Title]]`, `[[Title|label]]`,
`[[draft:Title]]` and `[[source:Title]]` links, maps `![alt](media:<sha256>)` images onto the media
library, and shows `- [ ]` / `- [x]` checklist items as boxes. Every output goes through
`cmtoolbox.core.sanitize`, since notes hold pasted HTML too.

One Markdown instance per thread is reused with `reset()`: building one (extensions, regexes)
costs more than converting a typical note, and the preview re-renders on every pause in typing.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, unquote

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from cmtoolbox.core.sanitize import INTERNAL_SCHEME, MEDIA_SCHEME, sanitize_html

WikiKind = Literal["note", "draft", "source"]
WIKI_KINDS: tuple[WikiKind, ...] = ("note", "draft", "source")

WIKILINK_CLASS = "wikilink"
MISSING_CLASS = "missing"

# `[[target]]` or `[[target|label]]`; `\|` also separates, as inside a table cell a bare `|` would
# end the cell. A backslash before the brackets keeps them literal.
_WIKILINK_RE = r"(?<!\\)\[\[([^\[\]\n]+?)\]\]"
_WIKILINK_SEARCH = re.compile(_WIKILINK_RE)
_LABEL_SPLIT = re.compile(r"\\?\|")
_KIND_PREFIX = re.compile(r"(note|draft|source)\s*:\s*(.*)", re.IGNORECASE | re.DOTALL)
_MEDIA_SRC = re.compile(r"media:([0-9a-fA-F]{64})")
_TASK = re.compile(r"\[([ xX])\]\s")
_SPACES = re.compile(r"\s+")

TASK_OPEN = "☐"
TASK_DONE = "☑"


@dataclass(frozen=True)
class WikiLink:
    """One `[[...]]` link as written: what it points to and the text shown for it."""

    kind: WikiKind
    target: str
    label: str | None = None

    @property
    def display(self) -> str:
        return self.label or self.target

    @property
    def key(self) -> tuple[WikiKind, str]:
        """What two links to the same record share: kind plus the case- and space-folded title,
        so that [[Brief client]] and [[brief  Client]] count as one backlink."""
        return self.kind, _title_key(self.target)

    @property
    def href(self) -> str:
        return wikilink_href(self.kind, self.target)


def wikilink_href(kind: WikiKind, target: str) -> str:
    """`cmtoolbox:<kind>/<percent-encoded title>`: everything but unreserved characters is
    encoded, slashes included, so the title comes back intact from `parse_internal_url`."""
    return f"{INTERNAL_SCHEME}:{kind}/{quote(target, safe='')}"


def parse_internal_url(url: str) -> tuple[WikiKind, str] | None:
    """The (kind, title) of a `cmtoolbox:` link clicked in a preview, or None if it is not one."""
    prefix = f"{INTERNAL_SCHEME}:"
    if not url.startswith(prefix):
        return None
    kind, sep, encoded = url[len(prefix) :].partition("/")
    if not sep or kind not in WIKI_KINDS or not encoded:
        return None
    return kind, unquote(encoded)  # type: ignore[return-value]


def parse_wikilink(body: str) -> WikiLink | None:
    """Parse what is between `[[` and `]]`; None when there is no target."""
    target, _, label = (part.strip() for part in _partition_label(body))
    kind: WikiKind = "note"
    prefixed = _KIND_PREFIX.fullmatch(target)
    if prefixed:
        kind = prefixed.group(1).lower()  # type: ignore[assignment]
        target = prefixed.group(2).strip()
    target = _SPACES.sub(" ", target)
    if not target:
        return None
    return WikiLink(kind=kind, target=target, label=_SPACES.sub(" ", label) or None)


def _partition_label(body: str) -> tuple[str, str, str]:
    parts = _LABEL_SPLIT.split(body, maxsplit=1)
    return (parts[0], "|", parts[1]) if len(parts) == 2 else (parts[0], "", "")


def _title_key(title: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", title)).strip().casefold()


Resolver = Callable[[WikiLink], bool]
"""Tells whether the target of a wiki link exists; a False marks the link as missing."""


class _WikiLinkProcessor(InlineProcessor):
    def __init__(self, pattern: str, extension: _CmToolboxExtension) -> None:
        super().__init__(pattern)
        self.extension = extension

    def handleMatch(  # type: ignore[override]  # noqa: N802 - python-markdown's API (its stubs do the same)
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | None, int | None, int | None]:
        link = parse_wikilink(m.group(1))
        if link is None:
            return None, None, None
        self.extension.collected.append(link)
        element = etree.Element("a")
        element.set("href", link.href)
        css = WIKILINK_CLASS
        if self.extension.resolve is not None and not self.extension.is_resolved(link):
            css += f" {MISSING_CLASS}"
        element.set("class", css)
        element.text = AtomicString(link.display)  # shown as typed, not parsed again
        return element, m.start(0), m.end(0)


class _MediaAndTasksProcessor(Treeprocessor):
    """Runs after inline parsing: media images onto the library scheme, checklist boxes."""

    def run(self, root: etree.Element) -> None:
        for img in root.iter("img"):
            match = _MEDIA_SRC.fullmatch(img.get("src", ""))
            if match:
                img.set("src", f"{MEDIA_SCHEME}:{match.group(1).lower()}")
        for li in root.iter("li"):
            holder = li
            if not (li.text or "").strip() and len(li) and li[0].tag == "p":
                holder = li[0]  # loose list: the text sits in a paragraph
            text = holder.text or ""
            match = _TASK.match(text)
            if match:
                box = TASK_OPEN if match.group(1) == " " else TASK_DONE
                holder.text = f"{box} {text[match.end() :]}"


class _CmToolboxExtension(Extension):
    def __init__(self) -> None:
        super().__init__()
        self.resolve: Resolver | None = None
        self.collected: list[WikiLink] = []
        self._resolved: dict[tuple[WikiKind, str], bool] = {}

    def is_resolved(self, link: WikiLink) -> bool:
        key = link.key
        if key not in self._resolved:
            assert self.resolve is not None
            self._resolved[key] = bool(self.resolve(link))
        return self._resolved[key]

    def start(self, resolve: Resolver | None) -> None:
        self.resolve = resolve
        self.collected = []
        self._resolved = {}

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - python-markdown's API
        # Above `escape` (180) so `\|` is still visible inside a table cell; below `backtick`
        # (190) so nothing inside inline code becomes a link.
        md.inlinePatterns.register(_WikiLinkProcessor(_WIKILINK_RE, self), "cmtoolbox_wikilink", 185)
        md.treeprocessors.register(_MediaAndTasksProcessor(md), "cmtoolbox_media_tasks", 5)


EXTENSIONS = ["extra", "sane_lists", "nl2br", "toc"]
"""`extra` brings tables, fenced code, footnotes, abbreviations, definition lists and attribute
lists; `nl2br` keeps line breaks as typed, which is what note takers expect; `toc` gives headings
ids and supports a `[TOC]` marker in long notes."""

_EXTENSION_CONFIGS = {
    "extra": {
        "tables": {"use_align_attribute": True},  # `style` attributes never survive sanitising
        "footnotes": {"BACKLINK_TITLE": "↩ %d"},
    },
}


class _Renderer:
    def __init__(self) -> None:
        self.extension = _CmToolboxExtension()
        self.md = markdown.Markdown(
            extensions=[*EXTENSIONS, self.extension],
            extension_configs=_EXTENSION_CONFIGS,
            output_format="html",
        )

    def convert(self, text: str, resolve: Resolver | None) -> tuple[str, list[WikiLink]]:
        self.extension.start(resolve)
        try:
            return self.md.reset().convert(text), self.extension.collected
        finally:
            self.extension.start(None)

    def links(self, text: str) -> list[WikiLink]:
        """The wiki links `convert` would collect, from the same preprocessors, block parser and
        tree processors up to the inline one: what runs after it (table of contents, attributes,
        serializing to HTML) finds no link and was half the time of a sync's backlinks."""
        self.extension.start(None)
        md = self.md.reset()
        if not text.strip():
            return []
        lines = text.split("\n")
        for preprocessor in md.preprocessors:
            lines = preprocessor.run(lines)
        root = md.parser.parseDocument(lines).getroot()
        assert root is not None
        processors = list(md.treeprocessors)
        for processor in processors[: md.treeprocessors.get_index_for_name("inline") + 1]:
            new_root = processor.run(root)
            if new_root is not None:
                root = new_root
        collected = self.extension.collected
        self.extension.start(None)
        return collected


_local = threading.local()


def _renderer() -> _Renderer:
    renderer: _Renderer | None = getattr(_local, "renderer", None)
    if renderer is None:
        renderer = _local.renderer = _Renderer()
    return renderer


def render_markdown(text: str, *, allow_remote_images: bool = False, resolve: Resolver | None = None) -> str:
    """Markdown of a note to sanitised HTML for the preview.

    `resolve` is asked once per distinct target; links it reports missing get the class
    "wikilink missing", so the preview can show them as links to create.
    """
    html, _ = _renderer().convert(text, resolve)
    return sanitize_html(html, allow_remote_images=allow_remote_images, allow_internal_links=True)


def extract_wikilinks(markdown_text: str) -> list[WikiLink]:
    """The distinct wiki links of a note, in order of first appearance, for backlinks.

    The Markdown parser itself finds them, so a link in a code span or code block is ignored
    exactly as the preview ignores it. Links are distinct by `WikiLink.key`; the first spelling
    is kept.
    """
    if _WIKILINK_SEARCH.search(markdown_text) is None:
        return []  # the parser only ever finds a link within one line of the text as written
    links = _renderer().links(markdown_text)
    seen: set[tuple[WikiKind, str]] = set()
    distinct: list[WikiLink] = []
    for link in links:
        if link.key not in seen:
            seen.add(link.key)
            distinct.append(link)
    return distinct
