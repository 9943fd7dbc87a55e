"""The one HTML sanitiser of the app, for Markdown previews and feed items alike.

Everything shown as rich text goes through `sanitize_html`, an allow-list built on nh3 (the Rust
ammonia library): what is not listed here does not get through. On top of ammonia's own URL checks,
an attribute filter decides per attribute which schemes are fine (links: http, https, mailto and,
for our own notes, `cmtoolbox:`; images: http(s) and, for our own notes, `cmtoolbox-media:<sha256>`),
and a second pass over ammonia's well-formed output swaps remote images for a placeholder, so that
opening a feed item or a note never fetches a tracking pixel unless the user said so.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Literal
from urllib.parse import urlsplit

import nh3

INTERNAL_SCHEME = "cmtoolbox"
"""Links between our own records: cmtoolbox:note/<title>, cmtoolbox:draft/..., cmtoolbox:source/..."""
MEDIA_SCHEME = "cmtoolbox-media"
"""Images of the media library: cmtoolbox-media:<sha256 of the file, 64 lowercase hex digits>."""

REMOTE_IMAGE_CLASS = "remote-image"
"""Class of the placeholder that stands for a remote image that was not loaded. It carries the
image URL in `data-remote-src` and shows the alt text (or the file name)."""
UNAVAILABLE_IMAGE_CLASS = "image-unavailable"
"""Class of the placeholder for an image whose source was not allowed at all (data:, javascript:,
relative path, unknown media...)."""

_EXTERNAL_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_REMOTE_IMAGE_SCHEMES = frozenset({"http", "https"})
_MEDIA_SRC = re.compile(rf"{MEDIA_SCHEME}:[0-9a-f]{{64}}")

_TAGS = frozenset(
    {
        "a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
        "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
        "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
        "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    }
)  # fmt: skip

# Removed together with everything inside them: their content is code, markup of another
# namespace, or fallback markup that would duplicate (or smuggle) what the page shows.
_CLEAN_CONTENT_TAGS = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "noscript", "noembed",
        "noframes", "template", "textarea", "select", "svg", "math", "title", "xmp", "plaintext",
    }
)  # fmt: skip

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"title", "lang", "dir"},
    "a": {"href", "class"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "reversed"},
    "li": {"id", "value"},
    "sup": {"id"},
    "div": {"class"},
    "code": {"class"},
    "time": {"datetime"},
    "del": {"datetime"},
    "ins": {"datetime"},
    "details": {"open"},
    **{h: {"id"} for h in _HEADINGS},
}

# Classes that mean something to our stylesheet; any other class is dropped.
_CLASSES: dict[str, frozenset[str]] = {
    "a": frozenset({"wikilink", "missing", "footnote-ref", "footnote-backref"}),
    "div": frozenset({"footnote", "toc"}),
}
_CODE_CLASS = re.compile(r"language-[\w+#.-]{1,32}")
_ID = re.compile(r"[A-Za-z][\w:.-]{0,80}")
_NUMBER = re.compile(r"\d{1,5}")
_DIMENSION = re.compile(r"\d{1,5}%?")
_ENUMS: dict[str, frozenset[str]] = {
    "align": frozenset({"left", "right", "center", "justify"}),
    "dir": frozenset({"ltr", "rtl", "auto"}),
    "scope": frozenset({"row", "col", "rowgroup", "colgroup"}),
}

# What browsers ignore when reading a URL scheme (WHATWG URL): leading/trailing C0 controls and
# spaces, and any tab or newline anywhere. "java\tscript:" is still javascript.
_URL_TRIM = "".join(chr(c) for c in range(0x21))
_URL_STRIP = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")

LinkKind = Literal["external", "internal", "media", "anchor"]


def url_scheme(url: str) -> str | None:
    """The scheme a browser would read in `url`, lowercased; None for a relative URL."""
    match = _SCHEME.match(_URL_STRIP.sub("", url.strip(_URL_TRIM)))
    return match.group(1).lower() if match else None


def classify_link(url: str) -> LinkKind | None:
    """What the GUI should do with a clicked URL: open it in the system browser ("external"),
    navigate inside the app ("internal"/"media"), scroll ("anchor"), or nothing (None)."""
    scheme = url_scheme(url)
    if scheme in _EXTERNAL_LINK_SCHEMES:
        return "external"
    if scheme == INTERNAL_SCHEME:
        return "internal"
    if scheme == MEDIA_SCHEME and _MEDIA_SRC.fullmatch(url.strip()):
        return "media"
    if scheme is None and url.strip().startswith("#"):
        return "anchor"
    return None


def sanitize_html(
    html_text: str,
    *,
    allow_remote_images: bool = False,
    allow_internal_links: bool = False,
    base_url: str | None = None,
) -> str:
    """Return a safe HTML fragment for a rich-text view.

    `allow_internal_links` lets `cmtoolbox:` links and `cmtoolbox-media:` images through: true for
    the user's own notes, false for feed items (a feed must not drive the app). `base_url` (http or
    https only) resolves relative links and images of a feed item; without it, relative URLs other
    than `#fragment` links are dropped, since they would point nowhere.
    """
    if base_url is not None and url_scheme(base_url) not in _REMOTE_IMAGE_SCHEMES:
        base_url = None
    cleaned = _cleaner(allow_internal_links, base_url).clean(html_text)
    if "<img" not in cleaned:
        return cleaned
    return _replace_images(cleaned, allow_remote_images=allow_remote_images)


@functools.lru_cache(maxsize=32)
def _cleaner(allow_internal_links: bool, base_url: str | None) -> nh3.Cleaner:
    schemes = set(_EXTERNAL_LINK_SCHEMES)
    if allow_internal_links:
        schemes |= {INTERNAL_SCHEME, MEDIA_SCHEME}
    return nh3.Cleaner(
        tags=set(_TAGS),
        clean_content_tags=set(_CLEAN_CONTENT_TAGS),
        attributes={tag: set(attrs) for tag, attrs in _ATTRIBUTES.items()},
        attribute_filter=_make_attribute_filter(allow_internal_links, base_url is not None),
        strip_comments=True,
        link_rel="noopener noreferrer",
        url_schemes=schemes,
        url_relative=("rewrite_with_base", base_url) if base_url else "pass_through",
    )


def _make_attribute_filter(
    allow_internal_links: bool, allow_relative: bool
) -> Callable[[str, str, str], str | None]:
    link_schemes = _EXTERNAL_LINK_SCHEMES | ({INTERNAL_SCHEME} if allow_internal_links else set())

    def check_url(value: str, schemes: frozenset[str] | set[str], *, fragment_ok: bool) -> bool:
        scheme = url_scheme(value)
        if scheme is None:
            return allow_relative or (fragment_ok and value.strip().startswith("#"))
        return scheme in schemes

    def attribute_filter(tag: str, attr: str, value: str) -> str | None:
        if attr == "href":
            return value if check_url(value, link_schemes, fragment_ok=True) else None
        if attr == "src":
            if allow_internal_links and _MEDIA_SRC.fullmatch(value.strip()):
                return value.strip()
            return value if check_url(value, _REMOTE_IMAGE_SCHEMES, fragment_ok=False) else None
        if attr == "class":
            return _filter_classes(tag, value)
        if attr == "id":
            return value if _ID.fullmatch(value) else None
        if attr in ("width", "height"):
            return value if _DIMENSION.fullmatch(value.strip()) else None
        if attr in ("start", "value", "span", "colspan", "rowspan"):
            return value if _NUMBER.fullmatch(value.strip()) else None
        if attr in _ENUMS:
            lowered = value.strip().lower()
            return lowered if lowered in _ENUMS[attr] else None
        return value

    return attribute_filter


def _filter_classes(tag: str, value: str) -> str | None:
    if tag == "code":
        kept = [c for c in value.split() if _CODE_CLASS.fullmatch(c)]
    else:
        allowed = _CLASSES.get(tag, frozenset())
        kept = [c for c in value.split() if c in allowed]
    return " ".join(kept) or None


class _ImageFinder(HTMLParser):
    """Locates <img> tags in ammonia's output, which is well-formed, so offsets are exact."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, int, int, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            line, column = self.getpos()
            raw = self.get_starttag_text() or ""
            self.found.append((line, column, len(raw), {k: v or "" for k, v in attrs}))


def _replace_images(cleaned: str, *, allow_remote_images: bool) -> str:
    finder = _ImageFinder()
    finder.feed(cleaned)
    finder.close()
    line_starts = [0]
    for match in re.finditer("\n", cleaned):
        line_starts.append(match.end())
    out: list[str] = []
    position = 0
    for line, column, length, attrs in finder.found:
        start = line_starts[line - 1] + column
        replacement = _image_replacement(attrs, allow_remote_images=allow_remote_images)
        if replacement is None:
            continue
        out.append(cleaned[position:start])
        out.append(replacement)
        position = start + length
    out.append(cleaned[position:])
    return "".join(out)


def _image_replacement(attrs: dict[str, str], *, allow_remote_images: bool) -> str | None:
    """None keeps the <img> as it is; a string replaces it (possibly by nothing)."""
    src = attrs.get("src", "")
    alt = attrs.get("alt", "").strip()
    if _is_tracking_pixel(attrs):
        return ""
    if _MEDIA_SRC.fullmatch(src):
        return None
    if url_scheme(src) in _REMOTE_IMAGE_SCHEMES:
        if allow_remote_images:
            return None
        label = alt or _file_name(src)
        url = html.escape(src)
        return (
            f'<span class="{REMOTE_IMAGE_CLASS}" data-remote-src="{url}" title="{url}">'
            f"{html.escape(label)}</span>"
        )
    if not alt:
        return ""
    return f'<span class="{UNAVAILABLE_IMAGE_CLASS}">{html.escape(alt)}</span>'


def _is_tracking_pixel(attrs: dict[str, str]) -> bool:
    """A 1×1 (or 0×0) image shows nothing: it is there to be fetched, so it never is."""
    width, height = attrs.get("width", ""), attrs.get("height", "")
    return width in ("0", "1") and height in ("0", "1")


def _file_name(url: str) -> str:
    parts = urlsplit(url)
    name = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return name or parts.hostname or url
