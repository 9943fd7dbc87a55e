"""The reading pane of the feed reader: one stored item, readable offline.

The body is the item's HTML through `core.sanitize` (allow-list; relative links resolved against
the item's page). Remote images stay placeholders until "Load images" is pressed for that item:
a feed must not be able to tell it was read (tracking pixels). The images are then fetched by
`core.fetch.fetch_bodies` (size- and count-capped), decoded by Pillow in the app's CPU pool, and
handed to the QTextBrowser through `loadResource`, which never touches the network itself. Links
open in the system browser, never inside the app.

The pane keeps the same size whatever the article: a long title is cut at two lines (whole in
its tooltip), buttons that change their text are as wide as their longest text, the one shown
for some items only comes last, and the buttons sit in a tool bar that folds what does not fit
into a menu, so the reader's panes and buttons never move under the mouse.
"""

from __future__ import annotations

import asyncio
import html
import io
import logging
import re
from collections.abc import Callable

from PIL import Image as PILImage
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.fetch import fetch_bodies
from cmtoolbox.core.sanitize import REMOTE_IMAGE_CLASS, classify_link, sanitize_html
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_datetime
from cmtoolbox.gui.pools import CPU
from cmtoolbox.gui.theme import semantic
from cmtoolbox.gui.widgets.labels import embolden
from cmtoolbox.gui.widgets.layouts import stacked, vbox
from cmtoolbox.storage.feeds import FeedItem

log = logging.getLogger(__name__)

MAX_IMAGES = 30
MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_WIDTH = 720
TITLE_LINES = 2
_PLACEHOLDER = re.compile(rf'<span class="{REMOTE_IMAGE_CLASS}"[^>]*>')
_IMG_SRC = re.compile(r'<img\b[^>]*\bsrc="([^"]+)"', re.IGNORECASE)


def item_css(palette: QPalette) -> str:
    """The article's stylesheet, in the theme's colours (fixed greys vanish on a dark background)."""
    colours = semantic(palette)
    return f"""
.{REMOTE_IMAGE_CLASS} {{ color: {colours.warning}; font-style: italic; }}
.image-unavailable {{ color: {colours.muted}; font-style: italic; }}
blockquote {{ color: {colours.muted}; margin-left: 12px; }}
"""


class ItemBrowser(QTextBrowser):
    """A QTextBrowser that shows images only from its own cache (filled by "Load images")."""

    palette_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: dict[str, QImage] = {}
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(item_css(self.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched: the next render recolours
            self.document().setDefaultStyleSheet(item_css(self.palette()))
            self.palette_changed.emit()

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = self.images.get(name.toString())
            return image if image is not None else QImage()
        return None  # no stylesheet, no file, nothing else from anywhere


def _decode_rgba(data: bytes) -> tuple[bytes, int, int] | None:
    """Decode and shrink an image with Pillow in a worker thread (no Qt object leaves the UI
    thread); None when Pillow cannot read it."""
    try:
        with PILImage.open(io.BytesIO(data)) as opened:
            opened.draft("RGB", (MAX_IMAGE_WIDTH * 2, MAX_IMAGE_WIDTH * 2))  # cheap JPEG downscale
            image = opened.convert("RGBA")
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    if image.width > MAX_IMAGE_WIDTH:
        height = max(1, round(image.height * MAX_IMAGE_WIDTH / image.width))
        image = image.resize((MAX_IMAGE_WIDTH, height), PILImage.Resampling.LANCZOS)
    return image.tobytes(), image.width, image.height


def _to_qimage(decoded: tuple[bytes, int, int]) -> QImage:
    data, width, height = decoded
    # copy(): the QImage must own its pixels, not borrow the Python bytes.
    return QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def _decode_with_qt(data: bytes) -> QImage | None:
    """Formats Pillow does not read (rare): Qt's own decoders, on the UI thread."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if image.width() > MAX_IMAGE_WIDTH:
        image = image.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return image


def _fit_texts(button: QToolButton, *texts: str) -> None:
    """Make `button` as wide as its widest text, so changing its text moves nothing."""
    current = button.text()
    widths = []
    for text in texts:
        button.setText(text)
        widths.append(button.sizeHint().width())
    button.setText(current)
    button.setMinimumWidth(max(widths))


class ItemView(QWidget):
    """Header (title, feed, date, actions) above the sanitised body of the current item."""

    star_toggled = Signal(int, bool)
    read_toggled = Signal(int, bool)
    add_to_review = Signal(int)
    send_to = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: FeedItem | None = None
        self.images_loaded = False
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._image_task: asyncio.Task | None = None

        self.title = QLabel()
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setOpenExternalLinks(False)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.title.linkActivated.connect(lambda url: self.open_link(QUrl(url)))
        embolden(self.title, 1.3)
        self.title.setFixedHeight(self.title.fontMetrics().lineSpacing() * TITLE_LINES + 4)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.meta = QLabel()
        self.meta.setObjectName("itemMeta")
        self.meta.setEnabled(False)
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        # A tool bar, not a row of buttons: when the pane is narrow, what does not fit goes into
        # its » menu instead of pushing the feed list aside.
        self.bar = QToolBar()
        self.bar.setObjectName("itemActions")
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_action = self._bar_action(
            self.tr("Open in browser"),
            self.tr("Open the article in your web browser (O)"),
            self.open_in_browser,
        )
        self.star_action = self._bar_action(
            self.tr("☆ Star"), self.tr("Star it to find it in the press review builder (S)"),
            self._emit_star, self.tr("★ Starred"),
        )  # fmt: skip
        self.star_action.setCheckable(True)
        self.read_action = self._bar_action(
            self.tr("Mark unread"),
            self.tr("Mark read or unread (M)"),
            self._toggle_read,
            self.tr("Mark read"),
        )
        self.review_action = self._bar_action(
            self.tr("Add to press review"), "", lambda: self.item and self.add_to_review.emit(self.item.id)
        )
        self.send_action = self._bar_action(
            self.tr("Note or post…"),
            self.tr("Turn this item into a note or a post draft, with its source"),
            lambda: self.item and self.send_to.emit(self.item.id),
        )
        self.images_action = self._bar_action(  # last: shown for some items only, it moves nothing
            self.tr("Load images"),
            self.tr("Images are not loaded by default: loading them tells the site you read this item."),
            self.load_images,
            self.tr("Loading images…"),
        )
        # The tool buttons themselves (keyboard focus, tests).
        (self.open_button, self.star_button, self.read_button, self.review_button, self.send_button,
         self.images_button) = [self.bar.widgetForAction(a) for a in self.bar.actions()]  # fmt: skip

        self.browser = ItemBrowser()
        self.browser.palette_changed.connect(lambda: self.item is not None and self.render())
        self.browser.setObjectName("itemBody")
        self.browser.anchorClicked.connect(self.open_link)
        self.placeholder = QLabel(self.tr("Select an item to read it. Items stay readable offline."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.bar)
        layout.addWidget(self.browser, 1)
        # A stack, not hide/show: the pane is as big with or without an item.
        self.pages = stacked(self.placeholder, content)
        vbox(self.pages, parent=self, margins=0)
        self.show_item(None)

    def _bar_action(self, text: str, tip: str, slot: Callable[[], object], *other_texts: str) -> QAction:
        action = self.bar.addAction(text)
        action.setToolTip(tip or text)
        action.triggered.connect(lambda _checked=False: slot())
        button = self.bar.widgetForAction(action)
        assert isinstance(button, QToolButton)  # a tool bar shows its actions as tool buttons
        _fit_texts(button, text, *other_texts)
        return action

    # -- showing -------------------------------------------------------------------------------
    def show_item(self, item: FeedItem | None) -> None:
        same = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        if not same:
            if self._image_task is not None:
                self._image_task.cancel()
            self.images_loaded = False
            self.browser.images.clear()
            self.browser.verticalScrollBar().setValue(0)
        self.pages.setCurrentIndex(0 if item is None else 1)
        if item is None:
            return
        title = html.escape(item.title or self.tr("(untitled)"))
        if item.link and classify_link(item.link) == "external":
            self.title.setText(f'<a href="{html.escape(item.link, quote=True)}">{title}</a>')
        else:
            self.title.setText(title)
        self.title.setToolTip(item.title)
        parts = [item.feed_title]
        if item.author:
            parts.append(item.author)
        parts.append(format_datetime(item.published_at or item.sort_at))
        self.meta.setText(" · ".join(p for p in parts if p))
        self.meta.setToolTip(self.meta.text())
        self.show_flags(item)
        self.open_action.setEnabled(bool(item.link))
        self.render()

    def show_flags(self, item: FeedItem) -> None:
        """Follow a change of the item's read or star flag (the reader's keys, "Add to press
        review") without re-rendering its body."""
        if self.item is not None and item.id == self.item.id:
            self.item = item
        self.star_action.setChecked(item.starred)
        self.star_action.setText(self.tr("★ Starred") if item.starred else self.tr("☆ Star"))
        self.read_action.setText(self.tr("Mark unread") if item.read else self.tr("Mark read"))

    def body_html(self) -> str:
        item = self.item
        if item is None:
            return ""
        body = sanitize_html(item.html, allow_remote_images=self.images_loaded, base_url=item.base_url)
        # Mark the placeholders of images not loaded, so they read as pictures, not as text.
        body = _PLACEHOLDER.sub(lambda match: match.group(0) + "🖼 ", body)
        extra = []
        if item.image and self.images_loaded and item.image not in body:
            extra.append(f'<p><img src="{html.escape(item.image, quote=True)}" alt=""></p>')
        for enclosure in item.enclosures:
            if classify_link(enclosure.url) == "external":
                label = html.escape(enclosure.url.rsplit("/", 1)[-1] or enclosure.url)
                kind = f" ({html.escape(enclosure.type)})" if enclosure.type else ""
                extra.append(
                    f'<p>📎 <a href="{html.escape(enclosure.url, quote=True)}">{label}</a>{kind}</p>'
                )
        if not body.strip() and not extra:
            return f"<p><i>{html.escape(self.tr('This item has no text: open it in the browser.'))}</i></p>"
        return body + "".join(sanitize_html(part) for part in extra)

    def render(self) -> None:
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.body_html())
        self.browser.verticalScrollBar().setValue(position)  # re-rendering the same item keeps the place
        remote = self.remote_images()
        self.images_action.setVisible(self.item is not None and bool(remote) and not self.images_loaded)

    def remote_images(self) -> list[str]:
        item = self.item
        if item is None:
            return []
        allowed = sanitize_html(item.html, allow_remote_images=True, base_url=item.base_url)
        urls = [html.unescape(url) for url in _IMG_SRC.findall(allowed)]
        if item.image:
            urls.append(item.image)
        return [u for u in dict.fromkeys(urls) if u.lower().startswith(("http://", "https://"))]

    # -- actions -------------------------------------------------------------------------------
    def load_images(self) -> asyncio.Task | None:
        """Fetch this item's remote images and show them (this item only, this time only)."""
        if self.item is None:
            return None
        urls = self.remote_images()
        self.images_action.setEnabled(False)
        self.images_action.setText(self.tr("Loading images…"))
        self._image_task = self.ctx.tasks.spawn(self._load_images(self.item.id, urls))
        return self._image_task

    async def _load_images(self, item_id: int, urls: list[str]) -> int:
        try:
            images = await self.fetch_images(urls)
        finally:
            self.images_action.setEnabled(True)
            self.images_action.setText(self.tr("Load images"))
        if self.item is None or self.item.id != item_id:
            return 0
        self.browser.images.update(images)
        self.images_loaded = True
        self.render()
        return len(images)

    async def fetch_images(self, urls: list[str]) -> dict[str, QImage]:
        """Download and decode images, skipping those that fail or are too big."""
        bodies = await fetch_bodies(urls, max_bytes=MAX_IMAGE_BYTES, max_count=MAX_IMAGES)
        images: dict[str, QImage] = {}
        for url, data in bodies.items():
            decoded = await self.ctx.pools.run(CPU, _decode_rgba, data)
            image = _to_qimage(decoded) if decoded is not None else _decode_with_qt(data)
            if image is not None:
                images[url] = image
        return images

    def open_link(self, url: QUrl) -> None:
        text = url.toString()
        if classify_link(text) == "external":
            self.open_url(url)
        elif classify_link(text) == "anchor":
            self.browser.scrollToAnchor(text.lstrip("#"))

    def open_in_browser(self) -> None:
        if self.item is not None and self.item.link and classify_link(self.item.link) == "external":
            self.open_url(QUrl(self.item.link))

    def _emit_star(self) -> None:
        if self.item is not None:
            self.star_toggled.emit(self.item.id, self.star_action.isChecked())

    def _toggle_read(self) -> None:
        if self.item is not None:
            self.read_toggled.emit(self.item.id, not self.item.read)
