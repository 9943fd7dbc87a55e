"""The base of the Sources section's controllers: the flows one tab runs (dialogs, network, named
operations), kept out of the tab's view class; and what their file imports and exports (bookmarks,
OPML) share: reading and refusing a file, writing one."""

from __future__ import annotations

from collections.abc import Callable, Sized
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.errors import show_error
from cmtoolbox.gui.files import write_file
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.sources.import_files import Unimportable, read_document

if TYPE_CHECKING:
    from cmtoolbox.gui.context import AppContext

T = TypeVar("T")


class TabController(QObject):
    """Owned by its tab (deleted with it); reaches the shared services through `tab.ctx`.

    `dialog` is the dialog the flow is showing, so a test can answer it as a person would.
    Subclasses narrow `tab` to their own tab class with an annotation.
    """

    tab: Any
    ctx: AppContext

    def __init__(self, tab: QWidget) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx = tab.ctx  # type: ignore[attr-defined]
        self.dialog: object | None = None

    def _say(self, text: str) -> None:
        self.ctx.status.show(text)

    async def _ask_yes_no(self, title: str, text: str, informative: str = "") -> bool:
        """A yes-or-no question over the tab (held in `dialog` while open); True for Yes."""
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons.Yes | buttons.No, self.tab)
        if informative:
            box.setInformativeText(informative)
        self.dialog = box
        return await ask(box) == buttons.Yes.value

    # -- files imported and exported ---------------------------------------------------------------
    async def read_import(
        self,
        path: Path,
        parse: Callable[[bytes], T],
        refused: type[Exception],
        title: str,
        *,
        entries: Callable[[T], Sized],
        nothing: str,
    ) -> T | None:
        """The file at `path`, parsed (see `read_document`); None once the user was told why it
        cannot be imported, in a message titled `title` ("Import OPML"): it is unreadable, or its
        `entries` are none (`nothing` says so: "This list holds no feeds.")."""
        try:
            document = await read_document(self.ctx.pools, path, parse, refused)
        except Unimportable as error:
            self.refuse_import(path, title, str(error))
            return None
        if not entries(document):
            self.refuse_import(path, title, nothing)
            return None
        return document

    def refuse_import(self, path: Path, title: str, reason: str) -> None:
        """Say why `path` was not imported: in the status bar, and in a message titled `title`."""
        text = fill(self.tr("“%1” could not be imported. %2"), path.name, reason)
        self._say(text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.tab)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.dialog = box
        self.ctx.tasks.spawn(ask(box))

    async def write_export(self, path: Path, data: bytes) -> bool:
        """Write an exported file; False once the user was shown why it could not be written."""
        try:
            await write_file(self.ctx.pools, path, data)
        except OSError as error:
            show_error(self.tab, error)
            return False
        return True
