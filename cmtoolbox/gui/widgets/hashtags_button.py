"""The "Hashtags" button beside a post editor's counters: the client's default hashtags, one click away.

Default hashtags are set per account (Accounts section); this button lists those of the current
client's accounts and inserts them at the cursor. It loads them itself and follows account changes
(`runner.changed` touching "accounts"), so a host only calls `set_client()`: the quick composer
today, the drafts editor later.

Inserting never duplicates a hashtag already in the text (compared without case or accents, so
"#Lyon" is there when "#lyon" is) and picks a separator a CM would type: a new paragraph after
prose at the end of the text, a space after a line of hashtags, spaces in the middle of a sentence.
It goes through the text cursor, so it is one undo step and the counters follow as for typing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from cmtoolbox.core import networks
from cmtoolbox.core.textfold import fold_for_index
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.widgets.spell_highlighter import from_utf16
from cmtoolbox.ops import accounts as account_ops
from cmtoolbox.storage.changes import Changes, Entity

if TYPE_CHECKING:
    from cmtoolbox.gui.widgets.post_editor import PostEditor
    from cmtoolbox.storage.accounts import Account

__all__ = [
    "HASHTAGS_SHORTCUT",
    "HashtagGroup",
    "HashtagsButton",
    "hashtag_groups",
    "hashtag_key",
    "hashtags_in",
    "plan_insertion",
]

HASHTAGS_SHORTCUT = "Ctrl+Shift+G"  # Ctrl+Shift+H is the notebook's history; G is free everywhere
SUBMENU_THRESHOLD = 24  # more entries than this: one submenu per network instead of sections

# The hashtag shape of core.counters (what the Instagram hashtag count counts), so that "already in
# the text" and the counter agree.
_HASHTAG = regex.compile(r"(?<![\w&#＃])[#＃](?=[\w\p{M}]*\p{L})[\w\p{M}]+")
_LINE_TOKEN = regex.compile(r"^[#＃@＠][\w\p{M}.@-]+$")


def hashtag_key(tag: str) -> str:
    """"#Pâtisserie", "＃patisserie", "#PATISSERIE" -> "#patisserie": one hashtag for the CM."""
    decomposed = unicodedata.normalize("NFKD", fold_for_index(tag))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def hashtags_in(text: str) -> set[str]:
    """Keys (`hashtag_key`) of the hashtags written in `text`."""
    if "#" not in text and "＃" not in text:
        return set()
    return {hashtag_key(m.group()) for m in _HASHTAG.finditer(text)}


def _unique(tags: Iterable[str], skip: set[str] | None = None) -> list[str]:
    seen = set(skip or ())
    out: list[str] = []
    for tag in tags:
        key = hashtag_key(tag)
        if key not in seen:
            seen.add(key)
            out.append(tag)
    return out


def _is_hashtag_line(line: str) -> bool:
    """A line made only of hashtags (and mentions): more hashtags go on it, after a space."""
    words = line.split()
    return bool(words) and all(_LINE_TOKEN.match(w) for w in words) and any(w[0] in "#＃" for w in words)


def plan_insertion(text: str, index: int, tags: Sequence[str]) -> str:
    """What to insert at `index` (a Python index in `text`) to add `tags`: the hashtags missing from
    the text with their separators, or "" when every one is already there."""
    todo = _unique(tags, hashtags_in(text))
    if not todo:
        return ""
    body = " ".join(todo)
    before, after = text[:index], text[index:]
    if not before.strip():
        prefix = ""
    elif not after.strip():  # at the end (trailing spaces aside): the usual place for hashtags
        last_line = before.rsplit("\n", 1)[-1]
        if _is_hashtag_line(last_line):
            prefix = "" if before[-1].isspace() else " "
        elif before.endswith("\n\n"):
            prefix = ""
        elif before.endswith("\n"):
            prefix = "\n"
        else:
            prefix = "\n\n"
        return prefix + body
    else:
        prefix = "" if before[-1].isspace() else " "
    suffix = "" if not after or after[0].isspace() else " "
    return prefix + body + suffix


@dataclass(frozen=True)
class HashtagGroup:
    """The default hashtags of one network's accounts, and who they belong to (for the menu)."""

    network: str
    accounts: tuple[str, ...]  # account titles ("@boulangeriemartin")
    hashtags: tuple[str, ...]


def hashtag_groups(accounts: Iterable[Account], preferred: Sequence[str] = ()) -> list[HashtagGroup]:
    """One group per network with default hashtags, merged over its accounts (no duplicates, even
    in another case or without accents); the networks in `preferred` (the editor's) come first."""
    tags: dict[str, list[str]] = {}
    owners: dict[str, list[str]] = {}
    for account in accounts:
        if account.deleted or not account.default_hashtags:
            continue
        tags[account.network] = _unique([*tags.get(account.network, []), *account.default_hashtags])
        if account.title:
            owners.setdefault(account.network, []).append(account.title)
    order = [n for n in preferred if n in tags] + [n for n in tags if n not in preferred]
    return [HashtagGroup(n, tuple(owners.get(n, ())), tuple(tags[n])) for n in order]


class HashtagsButton(QToolButton):
    """A menu of the client's default hashtags, with "Insert all"; inserts into `editor`."""

    def __init__(self, ctx: AppContext, editor: PostEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._editor = editor
        self.client_id: int | None = None
        self._accounts: list[Account] = []
        self._loaded = True  # nothing to load without a client
        self.setObjectName("hashtagsButton")
        self.setText(self.tr("Hashtags"))
        self.setAccessibleName(self.tr("Insert default hashtags"))
        self.setToolTip(
            self.tr("Insert the client’s default hashtags, set on their accounts (%1)")
            .replace("%1", QKeySequence(HASHTAGS_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.hashtags_menu = QMenu(self)
        self.hashtags_menu.setObjectName("hashtagsMenu")
        self.hashtags_menu.setToolTipsVisible(True)
        self.hashtags_menu.aboutToShow.connect(self.rebuild_menu)  # marks what the text has by then
        self.setMenu(self.hashtags_menu)

        self.shortcut = QShortcut(QKeySequence(HASHTAGS_SHORTCUT), editor)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.popup_menu)

        ctx.runner.changed.connect(self._on_changed)
        self.rebuild_menu()

    # -- data --------------------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        """Show this client's hashtags (loaded in the background)."""
        if client_id == self.client_id:
            return  # loaded or loading; account changes reload it
        self.client_id = client_id
        self._accounts = []
        self._loaded = client_id is None
        self.rebuild_menu()
        if client_id is not None:
            self._ctx.tasks.spawn(self.reload())

    async def reload(self) -> None:
        accounts = await self._ctx.runner.read_for(self, account_ops.list_accounts)
        if accounts is None:
            return  # no client, or another one meanwhile: its own load is on its way
        self._accounts = accounts
        self._loaded = True
        self.rebuild_menu()

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is not None and changes.touches(Entity.ACCOUNTS):
            self._ctx.tasks.spawn(self.reload())

    def groups(self) -> list[HashtagGroup]:
        return hashtag_groups(self._accounts, self._editor.networks())

    # -- menu --------------------------------------------------------------------------------
    def rebuild_menu(self) -> None:
        menu = self.hashtags_menu
        menu.clear()
        groups = self.groups()
        if not groups:
            self._add_empty_state(menu)
            return
        present = hashtags_in(self._editor.text())
        keys = {tuple(sorted(hashtag_key(t) for t in g.hashtags)) for g in groups}
        if len(keys) == 1:  # every network has the same hashtags: one list, saying whose they are
            self._add_header(menu, "  ·  ".join(self._group_title(g) for g in groups))
            self._add_entries(menu, groups[0].hashtags, present)
            return
        total = sum(len(g.hashtags) + 2 for g in groups)
        for number, group in enumerate(groups):
            if total > SUBMENU_THRESHOLD:
                name = networks.network(group.network).name if group.network != "other" else self.tr("Other")
                sub = menu.addMenu(f"{name} ({len(group.hashtags)})")
                sub.setToolTipsVisible(True)
                self._add_header(sub, self._group_title(group))
                self._add_entries(sub, group.hashtags, present)
            else:
                if number:
                    menu.addSeparator()
                self._add_header(menu, self._group_title(group))
                self._add_entries(menu, group.hashtags, present)

    def _group_title(self, group: HashtagGroup) -> str:
        name = networks.network(group.network).name if group.network != "other" else self.tr("Other")
        return f"{name} ({', '.join(group.accounts)})" if group.accounts else name

    def _add_header(self, menu: QMenu, text: str) -> None:
        header = menu.addAction(text)
        header.setObjectName("hashtagsHeader")
        header.setEnabled(False)
        font = header.font()
        font.setBold(True)
        header.setFont(font)

    def _add_entries(self, menu: QMenu, tags: Sequence[str], present: set[str]) -> None:
        missing = [t for t in tags if hashtag_key(t) not in present]
        insert_all = menu.addAction(self.tr("Insert all"))
        insert_all.setObjectName("hashtagsInsertAll")
        insert_all.setEnabled(bool(missing))
        insert_all.setToolTip(
            " ".join(missing) if missing else self.tr("All these hashtags are already in the text")
        )
        insert_all.triggered.connect(lambda _=False, t=tuple(tags): self.insert(t))
        for tag in tags:
            action = menu.addAction(tag)
            action.setObjectName("hashtagsEntry")
            action.setData(tag)
            if hashtag_key(tag) in present:
                action.setCheckable(True)
                action.setChecked(True)
                action.setEnabled(False)
                action.setToolTip(self.tr("Already in the text"))
            action.triggered.connect(lambda _=False, t=tag: self.insert([t]))

    def _add_empty_state(self, menu: QMenu) -> None:
        text = self.tr("No default hashtags: add them in Accounts") if self._loaded else self.tr("Loading…")
        hint = menu.addAction(text)
        hint.setObjectName("hashtagsEmpty")
        hint.setEnabled(False)
        if self._loaded and self.client_id is not None and self._section_opener() is not None:
            go = menu.addAction(self.tr("Open Accounts"))
            go.setObjectName("hashtagsOpenAccounts")
            go.triggered.connect(self.open_accounts)

    def _section_opener(self) -> Callable[[str], object] | None:
        """The main window's `show_section`, when this button is in it (not in a lone dialog)."""
        opener = getattr(self.window(), "show_section", None)
        return opener if callable(opener) else None

    def open_accounts(self) -> None:
        opener = self._section_opener()
        if opener is not None:
            opener("accounts")

    def popup_menu(self) -> None:
        """The shortcut's way in: the same menu, without the button's nested event loop."""
        if self.isEnabled() and self.isVisible():
            self.hashtags_menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    # -- inserting ---------------------------------------------------------------------------
    def insert(self, tags: Sequence[str]) -> str:
        """Insert the hashtags of `tags` missing from the text at the cursor (after a selection,
        which stays); returns what was inserted."""
        edit = self._editor.edit
        cursor = edit.textCursor()
        if cursor.hasSelection():
            cursor.setPosition(cursor.selectionEnd())
        text = self._editor.text()
        added = plan_insertion(text, from_utf16(text, cursor.position()), tags)
        if added:
            cursor.insertText(added)  # one undo step; the counters follow the document
            edit.setTextCursor(cursor)
            edit.ensureCursorVisible()
        edit.setFocus()
        return added
