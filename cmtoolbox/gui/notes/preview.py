"""The Markdown preview: a QTextBrowser that never navigates by itself.

Links are classified by core.sanitize: http(s) and mailto open in the system browser, `cmtoolbox:`
links are handed to the page (`internal_link`), `#anchors` scroll; anything else does nothing.
Images are resolved here, never by Qt: `cmtoolbox-media:<sha256>` through `media_resolver` (the
library plugs in there), remote http(s) images only when the note or the app allows them, fetched
in the background with a size cap and shown once they arrive.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from cmtoolbox.core.render import parse_internal_url
from cmtoolbox.core.sanitize import MEDIA_SCHEME, classify_link, url_scheme

log = logging.getLogger(__name__)

MediaResolver = Callable[[str], QImage | None]
"""sha256 -> image of the media library, or None when unknown."""
Spawner = Callable[[Awaitable[Any]], Any]

MAX_REMOTE_IMAGE_BYTES = 5_000_000
REMOTE_TIMEOUT_S = 10.0


def preview_css(palette: QPalette) -> str:
    """The preview's stylesheet, from the palette so dark mode reads well. Qt rich text supports
    a CSS subset: colours, borders of table cells, fonts, margins."""
    link = palette.color(QPalette.ColorRole.Link).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    base = palette.color(QPalette.ColorRole.AlternateBase).name()
    grid = palette.color(QPalette.ColorRole.Mid).name()
    # Table cells do not wrap: a report table squeezed into a narrow preview would break every
    # word letter by letter; a horizontal scroll bar reads far better.
    return f"""
        a {{ color: {link}; }}
        a.wikilink {{ color: {link}; text-decoration: none; font-weight: 600; }}
        a.missing {{ color: #c0392b; text-decoration: underline; }}
        mark {{ background-color: #fce38a; color: #222; }}
        code {{ font-family: monospace; background-color: {base}; }}
        pre {{ font-family: monospace; background-color: {base}; padding: 6px; }}
        table {{ border-collapse: collapse; margin: 6px 0; }}
        th {{ background-color: {base}; padding: 3px 6px; white-space: nowrap; border: 1px solid {grid}; }}
        td {{ padding: 3px 6px; white-space: nowrap; border: 1px solid {grid}; }}
        blockquote {{ color: {muted}; margin-left: 12px; }}
        span.remote-image, span.image-unavailable {{ color: {muted}; font-style: italic; }}
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
        self._fetching: set[str] = set()
        self._html = ""
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
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        bar.setValue(min(position, bar.maximum()))

    @property
    def html_source(self) -> str:
        return self._html

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
            image = self.media_resolver(text.partition(":")[2]) if self.media_resolver else None
            return image if image is not None else QImage()
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
        import httpx

        from cmtoolbox.core.fetch import USER_AGENT

        image = QImage()
        try:
            async with httpx.AsyncClient(
                timeout=REMOTE_TIMEOUT_S, follow_redirects=True, headers={"User-Agent": USER_AGENT}
            ) as client:
                async with client.stream("GET", url) as response:
                    kind = response.headers.get("content-type", "")
                    if response.status_code == 200 and kind.startswith("image/"):
                        data = bytearray()
                        async for chunk in response.aiter_bytes():
                            data += chunk
                            if len(data) > MAX_REMOTE_IMAGE_BYTES:
                                raise ValueError("image too large")
                        image.loadFromData(bytes(data))
        except Exception as exc:  # a broken image must never disturb the note
            log.info("remote image %s not loaded: %s", url, exc)
        finally:
            self._fetching.discard(url)
        self._images[url] = image
        if not image.isNull() and self._remote_allowed:
            self.show_html(self._html, remote_images=True)  # loadResource now finds it


def _as_int(value: Any) -> int:
    return int(getattr(value, "value", value))
