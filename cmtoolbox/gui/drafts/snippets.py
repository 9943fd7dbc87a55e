"""Snippets in the editor: the client's hashtag sets, signatures, calls to action and mentions (and
the accounts' default hashtags), inserted at the cursor from a "Snippets" menu beside each text, or
with Ctrl+Shift+S.

One `SnippetSource` per editor keeps the client's snippets (loaded off the UI thread, reloaded when
snippets or accounts change); each text's `SnippetsButton` builds its menu from it when opened,
the snippets meant for that text's network first. Inserting is one undo step: hashtags skip those
already in the text (`plan_insertion`, as the Hashtags button does); other snippets go at the
cursor, or in their own paragraph at the end of a text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import tr
from cmtoolbox.gui.widgets.hashtags_button import plan_insertion
from cmtoolbox.gui.widgets.post_editor import PostEditor
from cmtoolbox.gui.widgets.spell_highlighter import from_utf16
from cmtoolbox.ops import snippets as ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.snippets import SNIPPET_KINDS, Snippet

SNIPPETS_SHORTCUT = "Ctrl+Shift+S"


def kind_titles() -> dict[str, str]:
    return {
        "hashtags": tr("Hashtag sets"),
        "signature": tr("Signatures"),
        "cta": tr("Calls to action"),
        "mention": tr("Mentions"),
        "other": tr("Other"),
    }


def plan_snippet(text: str, index: int, snippet: Snippet) -> str:
    """What to insert at `index` of `text` for `snippet` ("" when a hashtag set adds nothing)."""
    if snippet.kind == "hashtags":
        return plan_insertion(text, index, snippet.text.split())
    before, after = text[:index], text[index:]
    if not before.strip():
        prefix = ""
    elif not after.strip():  # at the end: a signature or a call to action is a paragraph of its own
        prefix = "" if before.endswith("\n\n") else ("\n" if before.endswith("\n") else "\n\n")
    else:
        prefix = "" if before[-1].isspace() else " "
    suffix = "" if not after or after[0].isspace() else " "
    return prefix + snippet.text + suffix


def insert_snippet(editor: PostEditor, snippet: Snippet) -> str:
    """Insert `snippet` at the cursor of `editor` (after a selection); returns what was inserted."""
    edit = editor.edit
    cursor = edit.textCursor()
    if cursor.hasSelection():
        cursor.setPosition(cursor.selectionEnd())
    text = editor.text()
    added = plan_snippet(text, from_utf16(text, cursor.position()), snippet)
    if added:
        cursor.insertText(added)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
    edit.setFocus()
    return added


class SnippetSource(QObject):
    """The current client's snippets, kept fresh."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client_id: int | None = None
        self.snippets: list[Snippet] = []
        self.ready = True
        ctx.runner.changed.connect(self._on_changed)

    def set_client(self, client_id: int | None) -> None:
        if client_id == self.client_id:
            return
        self.client_id = client_id
        self.snippets = []
        self.ready = client_id is None
        if client_id is not None:
            self._ctx.tasks.spawn(self.reload())

    async def reload(self) -> None:
        found = await self._ctx.runner.read_for(self, ops.list_snippets)
        if found is not None:
            self.snippets = found
            self.ready = True
            self.loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is not None and changes.touches(Entity.SNIPPETS, Entity.ACCOUNTS):
            self._ctx.tasks.spawn(self.reload())

    def for_network(self, network: str) -> list[Snippet]:
        """The network's own snippets first, then those for every network (others last)."""
        mine = [s for s in self.snippets if network and s.network == network]
        common = [s for s in self.snippets if not s.network]
        others = [s for s in self.snippets if s.network and s.network != network]
        return mine + common + others


class SnippetsButton(QToolButton):
    """The "Snippets" menu of one text (`network` "" for the master)."""

    manage_requested = Signal()
    inserted = Signal(str)

    def __init__(
        self, source: SnippetSource, editor: PostEditor, network: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._editor = editor
        self.network = network
        self.setObjectName("snippetsButton")
        self.setText(self.tr("Snippets"))
        self.setAccessibleName(self.tr("Insert a snippet"))
        self.setToolTip(
            self.tr("Hashtag sets, signatures, calls to action, mentions (%1)").replace(
                "%1", SNIPPETS_SHORTCUT
            )
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snippets_menu = QMenu(self)
        self.snippets_menu.setObjectName("snippetsMenu")
        self.snippets_menu.setToolTipsVisible(True)
        self.snippets_menu.aboutToShow.connect(self.rebuild_menu)
        self.setMenu(self.snippets_menu)
        self.rebuild_menu()

    def rebuild_menu(self) -> None:
        menu = self.snippets_menu
        menu.clear()
        found = self._source.for_network(self.network)
        titles = kind_titles()
        for kind in SNIPPET_KINDS:
            group = [s for s in found if s.kind == kind]
            if not group:
                continue
            header = menu.addAction(titles[kind])
            header.setEnabled(False)
            header.setObjectName("snippetsHeader")
            for snippet in group:
                label = snippet.name
                if snippet.network and snippet.network != self.network:
                    label = f"{label} ({networks.network(snippet.network).name})"
                action = menu.addAction(label)
                action.setObjectName("snippetsEntry")
                action.setToolTip(snippet.text)
                action.setData(snippet.key)
                action.triggered.connect(lambda _=False, s=snippet: self.insert(s))
            menu.addSeparator()
        if not found:
            empty = menu.addAction(self.tr("No snippets yet") if self._source.ready else self.tr("Loading…"))
            empty.setObjectName("snippetsEmpty")
            empty.setEnabled(False)
            menu.addSeparator()
        manage = menu.addAction(self.tr("Manage snippets…"))
        manage.setObjectName("snippetsManage")
        manage.triggered.connect(self.manage_requested)

    def insert(self, snippet: Snippet) -> str:
        added = insert_snippet(self._editor, snippet)
        self.inserted.emit(added)
        return added

    def popup_menu(self) -> None:
        """The shortcut's way in: the menu under the text cursor."""
        self.rebuild_menu()
        edit = self._editor.edit
        where = edit.viewport().mapToGlobal(edit.cursorRect().bottomLeft())
        self.snippets_menu.popup(where if edit.isVisible() else self.mapToGlobal(QPoint(0, self.height())))
