"""Opening a draft from another section (the press review, a feed item, a note's [[draft:...]] link).

The main window already routes records to the page that shows them (the global search's hits, the
library's usages): a draft goes the same way, so no section knows about the Drafts page. The
window selects the draft's client, shows the Drafts section and asks the page to open it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.search import SearchHit


def open_draft_in_window(widget: QWidget, draft_id: int, client_id: int | None) -> bool:
    """Show draft `draft_id` in the Drafts section of `widget`'s window; False when `widget` is not
    in the main window (a lone dialog, a test)."""
    opener = getattr(widget.window(), "open_search_hit", None)
    if not callable(opener):
        return False
    opener(SearchHit(kind=Entity.DRAFTS, id=draft_id, client_id=client_id, title="", snippet_html=""))
    return True
