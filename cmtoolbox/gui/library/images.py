"""Reading the library's pictures for the screen: scaled while decoding, off the UI thread.

Every view of a library picture (grid thumbnails, the detail preview, the clipboard, the notes
preview) reads it through `read_image`, which asks Qt's reader for the size wanted before decoding:
a JPEG then decodes at a fraction of the cost, and a 200 MP photo never becomes an 800 MB image
(Qt refuses those anyway, past its 256 MB allocation limit). Big pictures preview from their
thumbnail. These functions run on a worker thread (`ctx.pools`); QImage is safe there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from cmtoolbox.storage.media import MediaItem
from cmtoolbox.storage.media_files import MediaFiles

PREVIEW_PIXELS = QSize(680, 460)
PREVIEW_FROM_THUMB_ABOVE = 30_000_000  # pixels: bigger pictures preview from their thumbnail
CLIPBOARD_SIDE = 4096  # longest side put on the clipboard: a 200 MP photo would not fit there
THUMB_PIXELS = 192  # longest side kept in memory for the grid: a 160 px cell on a 1.2x screen
PICTURE_KINDS = ("image", "gif")


def read_image(path: Path, box: QSize | None = None) -> QImage:
    """The picture at `path`, turned by its EXIF orientation, shrunk to fit `box` while decoding
    (never enlarged). A null image when it cannot be read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if box is not None and size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def load_thumbnail(files: MediaFiles, sha256: str, kind: str) -> QImage | None:
    """The cached thumbnail for the grid, built first when missing (items imported before
    thumbnails were made)."""
    try:
        path = files.ensure_thumbnail(sha256, kind)
    except OSError:
        return None
    if path is None:
        return None
    image = read_image(path, QSize(THUMB_PIXELS, THUMB_PIXELS))
    return None if image.isNull() else image


def load_preview(files: MediaFiles, item: MediaItem) -> QImage | None:
    """A picture sized for the detail panel: the file itself, or its thumbnail when it is big,
    a video or a GIF whose frames Qt would decode one by one."""
    path = None
    pixels = (item.width or 0) * (item.height or 0)
    if item.kind in PICTURE_KINDS and pixels <= PREVIEW_FROM_THUMB_ABOVE:
        path = files.find(item.sha256)
    if path is None:
        path = files.ensure_thumbnail(item.sha256, item.kind)
    if path is None:
        return None
    image = read_image(path, PREVIEW_PIXELS)
    return None if image.isNull() else image


def load_clipboard_image(path: Path) -> QImage:
    """The picture to paste into other applications: whole, but no larger than CLIPBOARD_SIDE."""
    return read_image(path, QSize(CLIPBOARD_SIDE, CLIPBOARD_SIDE))
