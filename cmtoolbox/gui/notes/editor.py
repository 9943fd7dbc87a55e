"""The note editor: title, owner (client or all clients), notebook, tags, Markdown text and its
live preview side by side.

The editor knows nothing about the database: it shows a `Note`, reports edits through signals and
asks the page which [[links]] exist (`lookup_requested`), so links to missing notes show in red.
The preview re-renders a short pause after typing (render_markdown, sanitised), not on every key.

Given the app context, the text gets the post editor's checks (`widgets/text_checks.TextChecks`):
spelling with the note's client's dictionary, French grammar and typography, the same context menu
and "Fix all French typography". Markdown syntax, code (inline and fenced) and links are never
flagged (`MarkdownHighlighter.skip_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Literal

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.render import WikiLink, extract_wikilinks, render_markdown
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.grammar_service import GrammarService
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.library.mime import media_links
from cmtoolbox.gui.notes.preview import NotePreview
from cmtoolbox.gui.spelling_service import SpellingService
from cmtoolbox.gui.theme import semantic
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.spell_highlighter import SpellHighlighter
from cmtoolbox.gui.widgets.tag_editor import TagEditor
from cmtoolbox.gui.widgets.text_checks import CheckedTextEdit, TextChecks
from cmtoolbox.gui.widgets.text_limits import NOTE_MAX_CHARS, paste_fits
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.notes import MAX_NOTEBOOK_LENGTH, MAX_TITLE_LENGTH, Note

ViewMode = Literal["split", "edit", "preview"]
PREVIEW_DELAY_MS = 250
_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def plain_text(document: QTextDocument) -> str:
    """The text as typed. `toPlainText()` turns no-break spaces into plain spaces, which would
    silently undo French typography (« », " :", "12 %") at every save; the raw text keeps them,
    with Qt's paragraph and line separators turned back into newlines."""
    return document.toRawText().translate(_BREAKS)


def insert_block(edit: QPlainTextEdit, snippet: str) -> None:
    """Insert `snippet` at the cursor as paragraphs of their own (blank lines around it)."""
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    document, position = edit.document(), cursor.position()
    # Qt positions count UTF-16 units: look at the characters before the cursor through Qt.
    before = "".join(document.characterAt(position - i) for i in (2, 1) if position - i >= 0)
    before = before.translate(_BREAKS)
    prefix = "" if position == 0 or before.endswith("\n\n") else ("\n" if before.endswith("\n") else "\n\n")
    cursor.insertText(prefix + snippet.rstrip("\n") + "\n\n")
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def insert_links(edit: QPlainTextEdit, links: list[str]) -> None:
    """Insert library image links at the cursor: on an empty line or at either end of a line, as
    paragraphs of their own (how a picture usually sits in a note); inside a sentence, inline."""
    if not links:
        return
    cursor = edit.textCursor()
    line = cursor.block().text()
    if not cursor.hasSelection() and (not line.strip() or cursor.atBlockStart() or cursor.atBlockEnd()):
        if not line.strip() and not cursor.atBlockStart():
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            edit.setTextCursor(cursor)
        insert_block(edit, "\n\n".join(links))
        return
    document = edit.document()
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    position = cursor.position()
    before = document.characterAt(position - 1) if position > 0 else " "
    after = document.characterAt(position)
    text = " ".join(links)
    if not before.isspace():
        text = " " + text
    if after and not after.isspace():
        text += " "
    cursor.insertText(text)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


class NoteBody(CheckedTextEdit):
    """The Markdown text. Library items pasted or dropped here (see gui/library/mime.py) become
    their `![alt](media:<sha256>)` links rather than file paths."""

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return bool(media_links(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        links = media_links(source)
        if links:
            insert_links(self, links)
        elif paste_fits(self, source, NOTE_MAX_CHARS, self.tr("note")):  # a huge paste would freeze the app
            super().insertFromMimeData(source)


_FENCE = re.compile(r"^ {0,3}(```|~~~)")
IN_FENCE = 1  # block state: the paragraph ends inside a fenced code block
# Never spell- or grammar-checked: inline code, [[note links]], link and image targets, autolinks and
# HTML tags, reference definitions ("[1]: https://…").
_SKIPPED = re.compile(
    r"`[^`\n]+`"
    r"|\[\[[^\[\]\n]+\]\]"
    r"|\]\([^)\n]*\)"
    r"|<[^<>\s][^<>\n]*>"
    r"|^ {0,3}\[[^\]\n]+\]:\s.*$"
)


class MarkdownHighlighter(SpellHighlighter):
    """Light Markdown colouring in the editor: headings, emphasis, code, links, list markers; and, once
    given a checker, the spelling and grammar underlines, kept off Markdown syntax, code and links."""

    merge_formats = True  # underlines keep the Markdown colouring under them

    _RULES: tuple[tuple[str, str], ...] = (
        (r"^#{1,6}\s.*$", "heading"),
        (r"\*\*[^*\n]+\*\*|__[^_\n]+__", "bold"),
        (r"(?<![*\w])\*[^*\n]+\*(?!\*)|(?<![_\w])_[^_\n]+_(?!_)", "italic"),
        (r"`[^`\n]+`", "code"),
        (r"\[\[[^\[\]\n]+\]\]|\[[^\]\n]+\]\([^)\n]+\)", "link"),
        (r"^\s*(?:[-*+]|\d+[.)])(?:\s\[[ xX]\])?\s", "marker"),
        (r"^>.*$", "quote"),
    )

    def __init__(
        self,
        document: QTextDocument,
        palette: QPalette,
        typing_position: Callable[[], tuple[int, int] | None] | None = None,
    ) -> None:
        self._rules: list[tuple[re.Pattern[str], QTextCharFormat]] = []
        self._code = QTextCharFormat()
        super().__init__(document, typing_position)
        self.recolour(palette)

    def recolour(self, palette: QPalette) -> None:
        """Colours of the theme (light or dark): fixed ones would be unreadable in the other."""
        colours = semantic(palette)
        palette_link = palette.link().color()
        formats: dict[str, QTextCharFormat] = {}
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(palette_link)
        formats["heading"] = heading
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        formats["bold"] = bold
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        formats["italic"] = italic
        code = QTextCharFormat()
        code.setFontFamilies(["monospace"])
        code.setForeground(QColor(colours.code))
        formats["code"] = code
        self._code = code
        link = QTextCharFormat()
        link.setForeground(palette_link)
        link.setFontUnderline(True)
        formats["link"] = link
        marker = QTextCharFormat()
        marker.setForeground(QColor(colours.warning))
        marker.setFontWeight(QFont.Weight.Bold)
        formats["marker"] = marker
        quote = QTextCharFormat()
        quote.setForeground(QColor(colours.muted))
        formats["quote"] = quote
        self._rules = [(re.compile(pattern), formats[name]) for pattern, name in self._RULES]

    def skip_spans(self, text: str, previous_state: int) -> list[tuple[int, int]]:
        if previous_state == IN_FENCE or _FENCE.match(text):
            return [(0, len(text))]
        return [m.span() for m in _SKIPPED.finditer(text)]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        inside = self.previousBlockState() == IN_FENCE
        if _FENCE.match(text):
            self.setCurrentBlockState(0 if inside else IN_FENCE)
            self.setFormat(0, len(text), self._code)
            return
        if inside:
            self.setCurrentBlockState(IN_FENCE)
            self.setFormat(0, len(text), self._code)
            return
        self.setCurrentBlockState(0)
        # Qt counts UTF-16 units; offsets differ from Python's only after astral characters
        # (emoji), where the colouring may shift by a character: cosmetic, and cheap to accept.
        for pattern, fmt in self._rules:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        super().highlightBlock(text)


class NoteEditor(QWidget):
    edited = Signal()  # title or text typed by the user
    tags_edited = Signal(list)
    notebook_edited = Signal(str)
    owner_changed = Signal(object)  # client id, or None for all clients
    lookup_requested = Signal(set)  # folded note titles whose existence is unknown
    internal_link = Signal(str, str)  # kind, title, clicked in the preview

    def __init__(self, parent: QWidget | None = None, *, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self._ctx = ctx
        self._loading = Filling()
        self._note: Note | None = None
        self._known: set[str] = set()
        self._missing: set[str] = set()
        self._remote_images = False
        self._remote_images_app = False
        self._mode: ViewMode = "split"

        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Note title"))
        self.title.setMaxLength(MAX_TITLE_LENGTH)
        self.title.setFrame(False)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)

        self.owner = QComboBox()
        self.owner.setObjectName("noteOwner")
        self.owner.setAccessibleName(self.tr("Client of this note"))
        self.owner.setToolTip(self.tr("Which client this note belongs to; “All clients” shares it"))
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.notebook = QComboBox()
        self.notebook.setObjectName("noteNotebook")
        self.notebook.setEditable(True)
        self.notebook.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.notebook.lineEdit().setPlaceholderText(self.tr("Notebook"))
        self.notebook.lineEdit().setMaxLength(MAX_NOTEBOOK_LENGTH)
        self.notebook.setAccessibleName(self.tr("Notebook"))
        self.notebook.setToolTip(self.tr("A folder to group notes (optional)"))
        self.notebook.setMinimumContentsLength(10)
        self.tags = TagEditor()
        self.save_state = QLabel()
        self.save_state.setObjectName("noteSaveState")
        self.save_state.setEnabled(False)  # drawn muted

        meta = QHBoxLayout()
        meta.setContentsMargins(0, 0, 0, 0)
        meta.addWidget(self.owner)
        meta.addWidget(self.notebook)
        meta.addWidget(self.tags, 1)
        meta.addWidget(self.save_state)

        self.body = NoteBody()
        self.body.setObjectName("noteBody")
        self.body.setAccessibleName(self.tr("Note text (Markdown)"))
        self.body.setPlaceholderText(
            self.tr("Write in Markdown: # heading, **bold**, - list, [[Another note]] to link notes…")
        )
        self.body.setTabChangesFocus(False)
        self.highlighter = MarkdownHighlighter(
            self.body.document(), self.palette(), self.body.typing_position
        )
        self.spelling: SpellingService | None = None
        self.grammar: GrammarService | None = None
        self.checks: TextChecks | None = None
        self.context_menu: QMenu | None = None
        if ctx is not None:
            self.spelling = SpellingService(ctx, None, self)
            self.grammar = GrammarService(ctx, self)
            self.checks = TextChecks(
                ctx, self.body, self.highlighter, self.spelling, self.grammar, parent=self
            )
            self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.body.customContextMenuRequested.connect(self._on_context_menu)
            meta.addWidget(self.checks.typography_button())
        self.preview = NotePreview()
        self.preview.internal_link.connect(self.internal_link)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("noteSplit")
        self.split.addWidget(self.body)
        self.split.addWidget(self.preview)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([500, 500])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(meta)
        layout.addWidget(self.split, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(PREVIEW_DELAY_MS)
        self._render_timer.timeout.connect(self.render_preview)

        self.title.textEdited.connect(self._on_edited)
        # Not textChanged: it also fires when the spelling or grammar underlines are redrawn.
        self.body.document().contentsChange.connect(self._on_contents_change)
        self.tags.tags_edited.connect(self.tags_edited)
        self.notebook.lineEdit().editingFinished.connect(self._on_notebook_edited)
        self.notebook.activated.connect(lambda _i: self._on_notebook_edited())
        self.owner.activated.connect(self._on_owner_activated)
        self.title.returnPressed.connect(self.body.setFocus)
        QShortcut(QKeySequence("Ctrl+Return"), self.title, self.body.setFocus)

    # -- state ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched
            self.highlighter.recolour(self.palette())
            self.highlighter.rehighlight()

    @property
    def note(self) -> Note | None:
        return self._note

    def text(self) -> str:
        return plain_text(self.body.document())

    def current_text(self) -> tuple[str, str]:
        return self.title.text(), self.text()

    def load(self, note: Note | None, clients: Iterable[Client] = ()) -> None:
        """Show `note` (None: nothing open), without reporting any edit."""
        with self._loading:
            self._note = note
            self._known.clear()
            self._missing.clear()
            self.set_clients(clients, note.client_id if note else None)
            if note is None:
                self.title.clear()
                self.body.setPlainText("")
                self.tags.set_tags([])
                self.notebook.setEditText("")
            else:
                self.title.setText(note.title)
                self.body.setPlainText(note.body)
                self.tags.set_tags(note.tags)
                self.notebook.setEditText(note.notebook)
                self._remote_images = note.allow_remote_images or self._remote_images_app
            self.setEnabled(note is not None)
        self.set_check_client(note.client_id if note else None)
        self.render_preview()

    def update_meta(self, note: Note, clients: Iterable[Client] = ()) -> None:
        """The note changed outside the text (tags, owner, pin): refresh those fields only."""
        with self._loading:
            self._note = note
            self.set_clients(clients, note.client_id)
            if not self.tags.hasFocus():
                self.tags.set_tags(note.tags)
            if not self.notebook.hasFocus():
                self.notebook.setEditText(note.notebook)
            remote = note.allow_remote_images or self._remote_images_app
        self.set_check_client(note.client_id)
        if remote != self._remote_images:
            self._remote_images = remote
            self.render_preview()

    def replace_text(self, title: str, body: str) -> None:
        """The stored text changed underneath (a restored revision): show it, keeping the cursor
        near where it was."""
        with self._loading:
            position = self.body.textCursor().position()
            if self.title.text() != title:
                self.title.setText(title)
            if self.text() != body:
                self.body.setPlainText(body)
                cursor = self.body.textCursor()
                cursor.setPosition(min(position, self.body.document().characterCount() - 1))
                self.body.setTextCursor(cursor)
        self.render_preview()

    def set_remote_images_app(self, allowed: bool) -> None:
        self._remote_images_app = allowed
        remote = allowed or bool(self._note and self._note.allow_remote_images)
        if remote != self._remote_images:
            self._remote_images = remote
            self.render_preview()

    def set_clients(self, clients: Iterable[Client], selected: int | None) -> None:
        listed = list(clients)
        self.owner.blockSignals(True)
        try:
            self.owner.clear()
            for client in listed:
                self.owner.addItem(client.name, client.id)
            if selected is not None and self.owner.findData(selected) < 0:
                self.owner.addItem(fill(self.tr("Client #%1"), selected), selected)
            self.owner.addItem(self.tr("All clients"), None)
            index = self.owner.findData(selected) if selected is not None else self.owner.count() - 1
            self.owner.setCurrentIndex(max(index, 0))
        finally:
            self.owner.blockSignals(False)

    def set_notebooks(self, names: Iterable[str]) -> None:
        text = self.notebook.currentText()
        self.notebook.blockSignals(True)
        try:
            self.notebook.clear()
            self.notebook.addItems(list(names))
            self.notebook.setEditText(text)
        finally:
            self.notebook.blockSignals(False)

    def set_view_mode(self, mode: ViewMode) -> None:
        self._mode = mode
        self.body.setVisible(mode in ("split", "edit"))
        self.preview.setVisible(mode in ("split", "preview"))
        if mode != "edit":
            self.render_preview()

    @property
    def view_mode(self) -> ViewMode:
        return self._mode

    # -- spelling and grammar --------------------------------------------------------------------
    def set_check_client(self, client_id: int | None) -> None:
        """Whose dictionary and grammar settings the checks use (None: a note shared by every client)."""
        if self.spelling is not None and self.grammar is not None:
            self.spelling.set_client(client_id)
            self.grammar.set_client(client_id)

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = self.build_context_menu(self.body.cursorForPosition(pos).position(), pos)
        menu.popup(self.body.viewport().mapToGlobal(pos))

    def build_context_menu(self, position: int, pos: QPoint | None = None) -> QMenu:
        """The edit menu with the grammar and spelling actions at `position` (see TextChecks)."""
        if self.checks is None:
            menu = self.body.createStandardContextMenu()
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        else:
            menu = self.checks.build_context_menu(position, pos)
        self.context_menu = menu
        return menu

    def flush_pending(self) -> None:
        """Start the waiting grammar check now (its result comes through `ctx.tasks`)."""
        if self.checks is not None:
            self.checks.flush_pending()

    # -- editing -------------------------------------------------------------------------------
    def insert_markdown(self, snippet: str) -> None:
        """Insert a block (a KPI result...) at the cursor, on its own paragraph."""
        insert_block(self.body, snippet)
        self.body.setFocus()

    def insert_media_links(self, links: list[str]) -> None:
        """Insert library pictures (`![alt](media:<sha256>)`) at the cursor."""
        insert_links(self.body, links)
        self.body.setFocus()

    def _on_edited(self) -> None:
        if not self._loading and self._note is not None:
            self.edited.emit()

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._on_body_changed()

    def _on_body_changed(self) -> None:
        if self._loading:
            return
        self._render_timer.start()
        if self._note is not None:
            self.edited.emit()

    def _on_notebook_edited(self) -> None:
        if self._loading or self._note is None:
            return
        text = " ".join(self.notebook.currentText().split())
        if text != self._note.notebook:
            self.notebook_edited.emit(text)

    def _on_owner_activated(self, index: int) -> None:
        if self._loading or self._note is None:
            return
        owner = self.owner.itemData(index)
        if owner != self._note.client_id:
            self.owner_changed.emit(owner)

    # -- preview -------------------------------------------------------------------------------
    def forget_links(self) -> None:
        """Notes were created, renamed or deleted: ask again which links resolve."""
        self._known.clear()
        self._missing.clear()
        self._render_timer.start()

    def refresh_links(self) -> None:
        """Notes changed (created, renamed, trashed): ask again about every link of the text,
        keeping the current colours until the answer comes, so nothing flickers."""
        if self._note is None:
            return
        keys = {link.key[1] for link in extract_wikilinks(self.text()) if link.kind == "note"}
        if keys:
            self.lookup_requested.emit(keys)

    def set_link_status(self, found: set[str], missing: set[str]) -> None:
        before = (set(self._known), set(self._missing))
        self._known = (self._known | found) - missing
        self._missing = (self._missing | missing) - found
        if (self._known, self._missing) != before:
            self.render_preview()

    def _resolve(self, link: WikiLink) -> bool:
        if link.kind != "note":
            return True  # drafts and sources resolve once those features land
        return link.key[1] not in self._missing

    def render_preview(self) -> None:
        self._render_timer.stop()
        if self._mode == "edit" and self.isVisible():
            return
        text = self.text()
        if self._note is not None:
            keys = {link.key[1] for link in extract_wikilinks(text) if link.kind == "note"}
            unknown = keys - self._known - self._missing
            if unknown:
                self.lookup_requested.emit(unknown)
        html = render_markdown(text, allow_remote_images=self._remote_images, resolve=self._resolve)
        self.preview.show_html(html, remote_images=self._remote_images)

    def set_save_state(self, text: str) -> None:
        self.save_state.setText(text)
