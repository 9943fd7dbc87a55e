"""Images of the library for other views: the notes preview shows `![alt](media:<sha256>)` with it.

`NotePreview.media_resolver` is synchronous (Qt asks for an image while laying out the text), so
this resolver never touches the database: it finds the content file by its hash on disk (a file
stays there exactly as long as a record uses it, see `storage.media`), decodes it scaled down
(JPEG decodes at a fraction of the cost that way), and keeps the last images in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from cmtoolbox.gui.library.images import read_image
from cmtoolbox.paths import files_dir
from cmtoolbox.storage.media_files import MediaFiles, is_sha256

MAX_SIDE = 900
CACHE = 64


def media_image_resolver(root: Path, *, max_side: int = MAX_SIDE) -> Callable[[str], QImage | None]:
    """sha256 -> the library's picture scaled to at most `max_side` px, or None when unknown."""
    files = MediaFiles(files_dir(root))
    cache: OrderedDict[str, QImage] = OrderedDict()

    def resolve(sha256: str) -> QImage | None:
        sha = sha256.strip().lower()
        if not is_sha256(sha):
            return None
        if sha in cache:
            cache.move_to_end(sha)
            return cache[sha]
        path = files.find(sha)
        image: QImage | None = None
        if path is not None:
            read = read_image(path, QSize(max_side, max_side))
            if read.isNull():  # a video or a document: its thumbnail, when there is one
                thumb = files.existing_thumbnail(sha)
                read = QImage(str(thumb)) if thumb is not None else QImage()
            image = None if read.isNull() else read
        if image is None:
            # Not remembered: a picture imported after the note was written must show at the
            # next render, not after a restart. A miss costs one directory listing.
            return None
        cache[sha] = image
        while len(cache) > CACHE:
            cache.popitem(last=False)
        return image

    return resolve
