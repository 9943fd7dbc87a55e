"""The library's own clipboard and drag format, so a note can take library items as links.

Dragging or copying items out of the library gives other applications the files themselves
(`text/uri-list`, plus the picture for a copy). Inside CM Toolbox a note wants the reference
instead: `![alt text](media:<sha256>)`, which keeps the note small and follows the library. So the
same `QMimeData` also carries `MEDIA_MIME`, a JSON list of those Markdown links, which the note
editor inserts on paste or drop.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMimeData

from cmtoolbox.storage.media import MediaItem, linked_hashes

MEDIA_MIME = "application/x-cmtoolbox-media"


def add_media_links(data: QMimeData, items: Iterable[MediaItem]) -> None:
    """Attach the items' note links to `data` (nothing when there are no items)."""
    links = [item.markdown() for item in items]
    if links:
        data.setData(MEDIA_MIME, QByteArray(json.dumps(links).encode("utf-8")))


def media_links(data: QMimeData) -> list[str]:
    """The note links `data` carries: only well-formed `![…](media:<sha256>)` links survive, so a
    payload from elsewhere cannot inject arbitrary text into a note."""
    if not data.hasFormat(MEDIA_MIME):
        return []
    try:
        values = json.loads(bytes(data.data(MEDIA_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(values, list):
        return []
    return [
        value
        for value in values
        if isinstance(value, str)
        and value.startswith("![")
        and len(linked_hashes(value)) == 1
        and "\n" not in value
        and len(value) < 4000
    ]
