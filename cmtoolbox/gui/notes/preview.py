"""The Markdown preview: a QTextBrowser that never navigates by itself.

Links are classified by core.sanitize: http(s) and mailto open in the system browser, `cmtoolbox:`
links are handed to the page (`internal_link`), `#anchors` scroll; anything else does nothing.
Images are resolved here, never by Qt: `cmtoolbox-media:<sha256>` through `media_resolver` (the
library plugs in there), remote http(s) images only when the note or the app allows them, fetched
in the background with a size cap and shown once they arrive.

Library pictures are sized before Qt sees the HTML: each one gets a width and height that fit the
preview (Qt's rich text knows no `max-width`), and a picture the library does not hold becomes a
line of text saying so, instead of Qt's broken-image icon. The display size also travels in the
image's address (`cmtoolbox-media:<sha256>#<w>x<h>`), so `loadResource` hands Qt a picture already
scaled smoothly to that size: Qt would otherwise shrink it with the nearest pixel, jagged edges.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from cmtoolbox.core.fetch import fetch_bodies
from cmtoolbox.core.render import parse_internal_url
from cmtoolbox.core.sanitize import MEDIA_SCHEME, classify_link, url_scheme
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.theme import semantic
from cmtoolbox.gui.widgets.timers import debounce

log = logging.getLogger(__name__)

MediaResolver = Callable[[str], QImage | None]
"""sha256 -> image of the media library, or None when unknown."""
Spawner = Callable[[Awaitable[Any]], Any]

MAX_REMOTE_IMAGE_BYTES = 5_000_000
REMOTE_TIMEOUT_S = 10.0
MEDIA_BOX = QSize(560, 420)
"""Largest size a library picture takes in the preview: a note is read, not a photo viewer."""
MISSING_MEDIA_CLASS = "media-missing"
REFIT_DELAY_MS = 120

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
_MEDIA_SRC = re.compile(rf"{MEDIA_SCHEME}:([0-9a-f]{{64}})")
_MEDIA_URL = re.compile(rf"{MEDIA_SCHEME}:([0-9a-f]{{64}})(?:#(\d{{1,5}})x(\d{{1,5}}))?")
SCALED_CACHE = 24


def preview_css(palette: QPalette) -> str:
    """The preview's stylesheet, from the palette so dark mode reads well. Qt rich text supports
    a CSS subset: colours, borders of table cells, fonts, margins."""
    link = palette.color(QPalette.ColorRole.Link).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    base = palette.color(QPalette.ColorRole.AlternateBase).name()
    grid = palette.color(QPalette.ColorRole.Mid).name()
    colours = semantic(palette)  # readable on light and dark
    # Table cells do not wrap: a report table squeezed into a narrow preview would break every
    # word letter by letter; a horizontal scroll bar reads far better.
    return f"""
        a {{ color: {link}; }}
        a.wikilink {{ color: {link}; text-decoration: none; font-weight: 600; }}
        a.missing {{ color: {colours.error}; text-decoration: underline; }}
        mark {{ background-color: {colours.mark_background}; color: {colours.mark_text}; }}
        code {{ font-family: monospace; background-color: {base}; }}
        pre {{ font-family: monospace; background-color: {base}; padding: 6px; }}
        table {{ border-collapse: collapse; margin: 6px 0; }}
        th {{ background-color: {base}; padding: 3px 6px; white-space: nowrap; border: 1px solid {grid}; }}
        td {{ padding: 3px 6px; white-space: nowrap; border: 1px solid {grid}; }}
        blockquote {{ color: {muted}; margin-left: 12px; }}
        span.remote-image, span.image-unavailable {{ color: {muted}; font-style: italic; }}
        span.{MISSING_MEDIA_CLASS} {{ color: {colours.error}; font-style: italic; background-color: {base}; }}
        h1 {{ font-size: x-large; }}
        h2 {{ font-size: large; }}
    """


class NotePreview(QTextBrowser):
    internal_link = Signal(str, str)  # kind ("note", "draft", "source"), title
    external_link = Signal(str)  # URL opened in the system browser

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notePreview")
        self.setAccessibleName(self.tr("Preview"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.media_resolver: MediaResolver | None = None
        self.spawn: Spawner | None = None  # runs the background image downloads
        self.open_externally: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._remote_allowed = False
        self._images: dict[str, QImage] = {}
        self._scaled: dict[tuple[str, int, int, float], QImage] = {}
        self._fetching: set[str] = set()
        self._html = ""
        self._shown = ""
        self._has_media = False
        self._fitted_width = 0
        self._refit = debounce(self, REFIT_DELAY_MS, self._on_refit)
        self.document().setDefaultStyleSheet(preview_css(self.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched: recolour
            self.document().setDefaultStyleSheet(preview_css(self.palette()))
            if self._html:
                self.show_html(self._html, remote_images=self._remote_allowed)

    # -- content -------------------------------------------------------------------------------
    def show_html(self, html: str, *, remote_images: bool = False) -> None:
        """Replace the content, keeping the reading position (the preview re-renders while the
        user types, and must not jump back to the top each time)."""
        self._remote_allowed = remote_images
        self._html = html
        self._shown = self._place_media(html)
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(self._shown)
        bar.setValue(min(position, bar.maximum()))

    @property
    def html_source(self) -> str:
        """The HTML as given (sanitised Markdown)."""
        return self._html

    @property
    def shown_html(self) -> str:
        """The HTML on screen: library pictures sized, missing ones replaced by a line of text."""
        return self._shown

    # -- library pictures ----------------------------------------------------------------------
    def _media_width(self) -> int:
        margin = int(2 * self.document().documentMargin()) + 12
        return max(120, min(MEDIA_BOX.width(), self.viewport().width() - margin))

    def _place_media(self, html: str) -> str:
        self._has_media = False
        if MEDIA_SCHEME not in html:
            return html
        self._has_media = True
        self._fitted_width = self._media_width()
        box = QSize(self._fitted_width, MEDIA_BOX.height())
        return _IMG_TAG.sub(lambda match: self._media_tag(match.group(0), box), html)

    def _media_tag(self, tag: str, box: QSize) -> str:
        attrs = dict(_ATTR.findall(tag))
        found = _MEDIA_SRC.fullmatch(attrs.get("src", ""))
        if found is None:
            return tag
        image = self.media_resolver(found.group(1)) if self.media_resolver else None
        if image is None or image.isNull():
            alt = " ".join(html_lib.unescape(attrs.get("alt", "")).split())
            text = (
                fill(self.tr("Picture not found in the library: “%1”"), alt)
                if alt
                else self.tr("Picture not found in the library")
            )
            return f'<span class="{MISSING_MEDIA_CLASS}">[{html_lib.escape(text)}]</span>'
        size = image.size()
        if size.width() > box.width() or size.height() > box.height():
            size = size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        width, height = max(size.width(), 1), max(size.height(), 1)
        attrs["src"] = f"{MEDIA_SCHEME}:{found.group(1)}#{width}x{height}"
        kept = " ".join(f'{key}="{value}"' for key, value in attrs.items() if key in ("src", "alt", "title"))
        return f'<img {kept} width="{width}" height="{height}">'

    def _media_image(self, url: str) -> QImage:
        """The library picture behind `url`, smoothly scaled to the size the URL asks for."""
        found = _MEDIA_URL.fullmatch(url)
        image = self.media_resolver(found.group(1)) if found and self.media_resolver else None
        if found is None or image is None or image.isNull():
            return _blank()  # gone since show_html: no broken-image icon
        if not found.group(2):
            return image
        ratio = max(self.devicePixelRatioF(), 1.0)
        key = (found.group(1), int(found.group(2)), int(found.group(3)), ratio)
        scaled = self._scaled.get(key)
        if scaled is None:
            target = QSize(round(key[1] * ratio), round(key[2] * ratio))
            if target.width() >= image.width() and target.height() >= image.height():
                return image  # never enlarged: Qt draws it at its size
            scaled = image.scaled(
                target, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            scaled.setDevicePixelRatio(ratio)
            self._scaled[key] = scaled
            while len(self._scaled) > SCALED_CACHE:
                self._scaled.pop(next(iter(self._scaled)))
        return scaled

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._has_media and abs(self._media_width() - self._fitted_width) > 4:
            self._refit.start()  # pictures follow the preview's width, once resizing pauses

    def _on_refit(self) -> None:
        if self._has_media and self._media_width() != self._fitted_width:
            self.show_html(self._html, remote_images=self._remote_allowed)

    # -- links ---------------------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        text = bytes(url.toEncoded()).decode("ascii", "replace")
        kind = classify_link(text)
        if kind == "external":
            self.external_link.emit(text)
            self.open_externally(url)
        elif kind == "internal":
            parsed = parse_internal_url(text)
            if parsed is not None:
                self.internal_link.emit(parsed[0], parsed[1])
        elif kind == "anchor":
            self.scrollToAnchor(url.fragment())
        # media and unknown schemes: nothing, on purpose.

    # -- images --------------------------------------------------------------------------------
    def loadResource(self, type_: int, url: QUrl) -> Any:  # noqa: N802 - Qt override
        if _as_int(type_) != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(type_, url)
        text = url.toString()
        scheme = url_scheme(text)
        if scheme == MEDIA_SCHEME:
            return self._media_image(text)
        if scheme in ("http", "https"):
            if not self._remote_allowed:
                return QImage()
            if text in self._images:
                return self._images[text]
            self._start_fetch(text)
            return QImage()
        return QImage()  # data:, file:, relative paths: never loaded

    def _start_fetch(self, url: str) -> None:
        if url in self._fetching or self.spawn is None:
            return
        self._fetching.add(url)
        self.spawn(self._fetch(url))

    async def _fetch(self, url: str) -> None:
        """Download a remote picture through core.fetch (the app's one HTTP client), capped in
        size; what fails, passes the cap or is not a picture stays a blank."""
        image = QImage()
        bodies: dict[str, bytes] = {}
        try:
            bodies = await fetch_bodies([url], max_bytes=MAX_REMOTE_IMAGE_BYTES, timeout=REMOTE_TIMEOUT_S)
        except Exception as exc:  # a broken image must never disturb the note
            log.info("remote image %s not loaded: %s", url, exc)
        finally:
            self._fetching.discard(url)
        if url in bodies:
            image.loadFromData(bodies[url])
        self._images[url] = image
        if not image.isNull() and self._remote_allowed:
            self.show_html(self._html, remote_images=True)  # loadResource now finds it


def _as_int(value: Any) -> int:
    return int(getattr(value, "value", value))


def _blank() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image
