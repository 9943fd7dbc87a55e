"""The main window: sidebar navigation, client switcher, status bar. Deliberately thin.

Each section is a page built by a factory from `sections()`; features replace their empty state by
registering a real page factory, without this file learning about their internals.

A language chosen in the Settings applies at once to what this window owns (menus, sidebar, status
bar: `retranslate_ui` on Qt's `LanguageChange`); the pages build their texts once, so the window
offers to restart the app for them (`offer_restart`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from cmtoolbox import APP_NAME, __version__
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import PREF_REGIONAL_FORMAT, AppContext
from cmtoolbox.gui.data_actions import DataActions
from cmtoolbox.gui.dialogs import ask
from cmtoolbox.gui.empty_page import EmptyState
from cmtoolbox.gui.formatting import apply_regional_format
from cmtoolbox.gui.i18n import fill, install_translators, resolve_language
from cmtoolbox.gui.icons import app_icon, icon
from cmtoolbox.gui.page import SectionPage
from cmtoolbox.gui.pages import HIT_SECTIONS, PageFactory, page_factories
from cmtoolbox.gui.sync.window import WindowSync
from cmtoolbox.gui.theme import apply_theme
from cmtoolbox.gui.undo_status import UndoStatus
from cmtoolbox.gui.widgets.controls import push_button
from cmtoolbox.gui.widgets.layouts import vbox
from cmtoolbox.gui.widgets.splitters import splitter
from cmtoolbox.paths import logs_dir
from cmtoolbox.storage.clients import Client

if TYPE_CHECKING:
    from cmtoolbox.gui.settings_dialog import SettingsDialog

WINDOW_NAME = "main"
PAGE_WARMUP_DELAY_MS = 1500
"""With lazy pages, how long after the window the sections not shown start being built."""
PAGE_WARMUP_GAP_MS = 50


DEFAULT_SIZE = QSize(1440, 900)


def default_size(available: QSize) -> QSize:
    """First start: roomy enough that no toolbar cuts its labels (1440×900), but never larger than
    90% of the screen's free area."""
    return QSize(
        min(DEFAULT_SIZE.width(), int(available.width() * 0.9)),
        min(DEFAULT_SIZE.height(), int(available.height() * 0.9)),
    )


@dataclass(frozen=True)
class Section:
    key: str
    icon: str
    title: str
    empty_title: str
    empty_text: str


class MainWindow(QMainWindow):
    section_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, lazy_pages: bool = False) -> None:
        """`lazy_pages` (the app's start): only the section shown is built before the window
        appears; the others are built when first shown or asked for (`page`), or a moment after
        the start (`PAGE_WARMUP_DELAY_MS`), one per turn of the event loop. Building all five took
        0.6 s of the 1.1 s start before the window (issue 16)."""
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(760, 520))

        self.clients = ClientSwitcher(ctx)
        self.clients.current_changed.connect(self._on_client_changed)

        self.nav = QListWidget()
        self.nav.setObjectName("sidebar")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self._section_keys: list[str] = []
        factories = page_factories()
        self._pending_pages: dict[int, PageFactory] = {}
        for row, section in enumerate(self.sections()):
            item = QListWidgetItem(icon(section.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
            factory = factories.get(section.key)
            page: QWidget
            if factory is None:
                page = EmptyState(icon(section.icon), section.empty_title, section.empty_text)
            elif lazy_pages:
                page = QWidget()  # stands in until the page is built (`_ensure_page`)
                self._pending_pages[row] = factory
            else:
                page = factory(ctx, self.clients)
            page.setObjectName(f"page_{section.key}")
            self.pages.addWidget(page)
            self._section_keys.append(section.key)
        self.nav.currentRowChanged.connect(self._on_row_changed)

        sidebar = QWidget()
        sidebar.setObjectName("sidebarPanel")
        self.client_label = QLabel()
        self.client_label.setBuddy(self.clients.combo)
        self.search_button = push_button("", self.open_search, name="searchButton")  # the global search
        self.search_button.setIcon(icon("search"))
        self.search_button.setFlat(True)
        self.search_button.setStyleSheet("text-align: left; padding: 4px 6px;")
        side = vbox(self.client_label, self.clients, 4, self.search_button, 4, (self.nav, 1), parent=sidebar)
        side.setContentsMargins(8, 8, 4, 8)

        self._splitter = split = splitter("mainSplitter", sidebar, self.pages)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 800])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)

        self.client_status = QLabel()
        self.client_status.setObjectName("clientStatus")
        self.statusBar().addPermanentWidget(self.client_status)
        self.undo_status = UndoStatus(ctx, self)
        self.undo_action = self.undo_status.undo_action
        self.redo_action = self.undo_status.redo_action
        self.undo_button = self.undo_status.button
        self._build_menus()
        self.sync = WindowSync(self, ctx, self.sync_action, self.open_search_hit)
        self.retranslate_ui()
        self._restore_geometry()
        self.nav.setCurrentRow(self._initial_row())
        self._warm_up = QTimer(self)  # a child: it stops with the window
        self._warm_up.setSingleShot(True)
        self._warm_up.timeout.connect(self._warm_up_pages)
        if self._pending_pages:
            self._warm_up.start(PAGE_WARMUP_DELAY_MS)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # a catalogue was installed
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text this window owns, in the current language: at start and on a language change."""
        self.nav.setAccessibleName(self.tr("Sections"))
        self.client_label.setText(self.tr("C&lient"))
        self.search_button.setText(self.tr("Search…  Ctrl+K"))
        for row, section in enumerate(self.sections()):
            self.nav.item(row).setText(section.title)
            self._go_actions[row].setText(section.title)
            page = self.pages.widget(row)
            if isinstance(page, EmptyState):
                page.set_texts(section.empty_title, section.empty_text)
        for menu, title in (
            (self.file_menu, self.tr("&File")),
            (self.edit_menu, self.tr("&Edit")),
            (self.go_menu, self.tr("&Go")),
            (self.help_menu, self.tr("&Help")),
        ):
            menu.setTitle(title)
        for action, text in (
            (self.backup_action, self.tr("&Back up all data…")),
            (self.restore_action, self.tr("&Restore a backup…")),
            (self.export_action, self.tr("&Export…")),
            (self.settings_action, self.tr("&Settings…")),
            (self.sync_action, self.tr("S&ync…")),
            (self.open_data_action, self.tr("Open &data folder")),
            (self.quit_action, self.tr("&Quit")),
            (self.end_contract_action, self.tr("End of &contract…")),
            (self.switch_client_action, self.tr("Switch &client")),
            (self.search_action, self.tr("&Search…")),
            (self.guide_action, self.tr("User &guide")),
            (self.shortcuts_action, self.tr("&Keyboard shortcuts")),
            (self.logs_action, self.tr("Open &log folder")),
            (self.about_action, self.tr("&About CM Toolbox")),
        ):
            action.setText(text)
        self._update_new_action()
        self._on_client_changed(self.clients.current)
        self.undo_status.retranslate()
        self.sync.retranslate()

    def offer_restart(self) -> None:
        """After a language change: the pages show it after a restart; offer one (Restart now / Later)."""
        self.ctx.tasks.spawn(self.offer_restart_flow())

    async def offer_restart_flow(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Language changed"),
            self.tr(
                "The menus and the sidebar are already in the new language. The sections show it after "
                "a restart of CM Toolbox. Your work is saved before it closes."
            ),
            parent=self,
        )
        box.setObjectName("restartOffer")
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        await ask(box)
        if box.clickedButton() is not restart:
            self.ctx.status.show(self.tr("The sections will be in the new language at the next start."))
            return False
        return self.restart()

    def restart(self) -> bool:
        """Close (saving what pages edit, as any close does) and start the app again, as a restore
        does; False when the window stayed open (an editor's "save changes?" was cancelled)."""
        self.ctx.relaunch = True
        if self.close():
            return True
        self.ctx.relaunch = False
        return False

    # -- sections ----------------------------------------------------------------------------
    def sections(self) -> list[Section]:
        return [
            Section(
                "dashboard",
                "dashboard",
                self.tr("Dashboard"),
                self.tr("Your week at a glance"),
                self.tr(
                    "Planned posts, unread monitoring and recent notes for the current client will "
                    "appear here."
                ),
            ),
            Section(
                "notes",
                "notes",
                self.tr("Notebook"),
                self.tr("No notes yet"),
                self.tr(
                    "Formulas, briefs, moderation charters and monthly reports: your notebook will live here."
                ),
            ),
            Section(
                "sources",
                "sources",
                self.tr("Sources"),
                self.tr("No sources yet"),
                self.tr("Bookmarked sources and feeds, read offline, and your weekly press review."),
            ),
            Section(
                "drafts",
                "drafts",
                self.tr("Drafts"),
                self.tr("No drafts yet"),
                self.tr("Posts per network with exact character counters and spell check."),
            ),
            Section(
                "results",
                "results",
                self.tr("Results"),
                self.tr("No results yet"),
                self.tr("The figures of your published posts and the followers of each network."),
            ),
            Section(
                "library",
                "library",
                self.tr("Library"),
                self.tr("The library is empty"),
                self.tr("Images, videos and documents of your clients, tagged and searchable."),
            ),
            Section(
                "accounts",
                "accounts",
                self.tr("Accounts"),
                self.tr("No accounts yet"),
                self.tr("Each client's social accounts, with passwords kept in the system keyring."),
            ),
        ]

    def show_section(self, key: str) -> None:
        if key in self._section_keys:
            self.nav.setCurrentRow(self._section_keys.index(key))

    @property
    def current_section(self) -> str:
        row = self.nav.currentRow()
        return self._section_keys[row] if 0 <= row < len(self._section_keys) else ""

    def page(self, key: str) -> QWidget:
        row = self._section_keys.index(key)
        self._ensure_page(row)
        return self.pages.widget(row)

    def _ensure_page(self, row: int) -> None:
        """Build the page of `row` if it is still a stand-in (see `lazy_pages`)."""
        factory = self._pending_pages.pop(row, None)
        if factory is None:
            return
        stand_in = self.pages.widget(row)
        was_current = self.pages.currentIndex() == row
        page = factory(self.ctx, self.clients)
        page.setObjectName(stand_in.objectName())
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if was_current:
            self.pages.setCurrentIndex(row)

    def _warm_up_pages(self) -> None:
        """Build one waiting page, then yield to the event loop before the next one."""
        if self._pending_pages:
            self._ensure_page(min(self._pending_pages))
        if self._pending_pages:
            self._warm_up.start(PAGE_WARMUP_GAP_MS)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._ensure_page(row)
        self.pages.setCurrentIndex(row)
        key = self._section_keys[row]
        self.ctx.prefs.set_value("ui/section", key)
        self._update_new_action()
        self.section_changed.emit(key)

    # -- the page contract: what the window asks of the current section -------------------------
    def current_page(self) -> QWidget:
        self._ensure_page(self.pages.currentIndex())
        return self.pages.currentWidget()

    def _update_new_action(self) -> None:
        page = self.current_page()
        text = page.new_item_text() if isinstance(page, SectionPage) else ""
        self.new_action.setText(text or self.tr("&New"))
        self.new_action.setEnabled(bool(text))

    def new_item(self) -> None:
        """Ctrl+N: the current section creates its kind of item, wherever the focus is."""
        page = self.current_page()
        if isinstance(page, SectionPage) and page.new_item_text():
            page.new_item()

    def _initial_row(self) -> int:
        key = str(self.ctx.prefs.value("ui/section", "dashboard"))
        return self._section_keys.index(key) if key in self._section_keys else 0

    # -- menus -------------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        slot: Callable[[], object],
        *,
        name: str = "",
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str = "",
        role: QAction.MenuRole | None = None,
        wide: bool = False,
    ) -> QAction:
        """An action of `menu` calling `slot()`; its text comes from retranslate_ui. `wide`:
        its shortcut also works while the menu bar is hidden (added to the window too)."""
        action = QAction(icon(icon_name), "", self) if icon_name else QAction(self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        if wide:
            self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar, add, keys = self.menuBar(), self._action, QKeySequence.StandardKey
        # Texts are set by retranslate_ui, which runs again when the language changes.
        self.file_menu = file_menu = bar.addMenu("")
        file_menu.aboutToShow.connect(self._update_new_action)  # a page's tab may have changed
        self.new_action = add(file_menu, self.new_item, name="newItemAction", shortcut=keys.New, wide=True)
        file_menu.addSeparator()
        self.data_actions = data = DataActions(self.ctx, self)
        self.backup_action = add(file_menu, data.back_up, name="backupAction", wide=True)
        self.restore_action = add(file_menu, data.restore, name="restoreAction", wide=True)
        self.export_action = add(
            file_menu, data.export, name="exportAction", shortcut="Ctrl+Shift+E", wide=True
        )
        file_menu.addSeparator()
        self.settings_action = add(file_menu, self.open_settings, shortcut="Ctrl+,", icon_name="settings")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.sync_action = add(file_menu, self.open_sync, name="syncAction", shortcut="Ctrl+Alt+S", wide=True)
        self.open_data_action = add(file_menu, lambda: self._open_folder(self.ctx.root))
        file_menu.addSeparator()
        self.quit_action = add(file_menu, self.close, shortcut=keys.Quit, role=QAction.MenuRole.QuitRole)

        self.edit_menu = edit_menu = bar.addMenu("")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        self.clients.menu.addSeparator()
        self.end_contract_action = add(self.clients.menu, data.end_contract, name="endContractAction")
        bar.addMenu(self.clients.menu)

        self.go_menu = go_menu = bar.addMenu("")
        self._go_actions: list[QAction] = []
        for index, section in enumerate(self.sections()):
            show = lambda key=section.key: self.show_section(key)  # noqa: E731
            go = add(go_menu, show, shortcut=f"Ctrl+{index + 1}", icon_name=section.icon, wide=True)
            self._go_actions.append(go)
        go_menu.addSeparator()
        self.switch_client_action = add(go_menu, self._focus_client_switcher, shortcut="Ctrl+Shift+C")
        self.search_action = add(go_menu, self.open_search, shortcut="Ctrl+K", icon_name="search", wide=True)
        self.search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        self.help_menu = help_menu = bar.addMenu("")
        self.guide_action = add(help_menu, self.show_guide, shortcut=keys.HelpContents, wide=True)
        self.shortcuts_action = add(help_menu, self.show_shortcuts, shortcut="Ctrl+/", wide=True)
        help_menu.addSeparator()
        self.logs_action = add(help_menu, lambda: self._open_folder(logs_dir(self.ctx.root)))
        self.about_action = add(help_menu, self.show_about, role=QAction.MenuRole.AboutRole)

    def open_search(self):  # noqa: ANN201 - GlobalSearchPalette, imported when first used
        """The global search palette (Ctrl+K, the sidebar's search button); a hit opens on the page
        of its kind."""
        from cmtoolbox.gui.search.palette import GlobalSearchPalette

        if getattr(self, "search_palette", None) is None:
            self.search_palette = GlobalSearchPalette(self.ctx, self.clients, self)
            self.search_palette.open_requested.connect(self.open_search_hit)
        self.search_palette.popup()
        return self.search_palette

    def open_search_hit(self, hit) -> None:  # noqa: ANN001 - storage.search.SearchHit
        """Show a record (a search hit, a dashboard entry) in its section, switching client when it is
        another's; only that section's page is built."""
        current = self.clients.current
        if hit.client_id is not None and (current is None or current.id != hit.client_id):
            self.clients.select(hit.client_id)
        section = HIT_SECTIONS.get(hit.kind)
        if section not in self._section_keys:
            return
        page = self.page(section)
        self.show_section(section)
        if isinstance(page, SectionPage):
            page.open_hit(hit)

    def _focus_client_switcher(self) -> None:
        self.clients.combo.setFocus()
        self.clients.combo.showPopup()

    def _open_folder(self, path: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_guide(self) -> QDialog:
        from cmtoolbox.gui.help import GuideDialog

        dialog = GuideDialog(self.ctx.language, self)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        from cmtoolbox.gui.help import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CM Toolbox"),
            fill(self.tr(
                "<b>CM Toolbox %1</b><p>The offline toolbox of freelance community managers: "
                "notebook, monitoring, drafts, library and accounts, on your own machine.</p>"
                "<p>Data folder: %2</p>"
            ), __version__, str(self.ctx.root)),
        )

    # -- sync (gui/sync/window.py) ---------------------------------------------------------------
    async def start_sync(self) -> None:
        await self.sync.start()

    def open_sync(self, *, conflicts: bool = False) -> QDialog:
        """Settings ▸ Sync and the conflicts (issue 17)."""
        return self.sync.open(conflicts=conflicts)

    def open_settings(self) -> SettingsDialog:
        from cmtoolbox.gui.settings_dialog import SettingsDialog  # its form: built when asked for

        dialog = SettingsDialog(self.ctx.prefs, self.ctx.root, self)
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()
        return dialog

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        changed = dialog.apply()
        app = QApplication.instance()
        apply_theme(app, self.ctx.prefs.theme)  # type: ignore[arg-type]
        language = resolve_language(self.ctx.prefs.language)
        if language != self.ctx.language:
            self.ctx.language = language
            install_translators(app, language, self.ctx.prefs.regional_format)  # retranslate_ui runs
            self.offer_restart()
        elif PREF_REGIONAL_FORMAT in changed:
            apply_regional_format(self.ctx.prefs.regional_format, language)
        if changed:
            self.ctx.events.preferences_changed.emit(changed)  # open editors re-check their text, etc.

    # -- client ------------------------------------------------------------------------------
    def _on_client_changed(self, client: Client | None) -> None:
        if hasattr(self, "end_contract_action"):
            self.end_contract_action.setEnabled(client is not None)
        if client is None:
            self.client_status.setText(self.tr("No client selected"))
            self.setWindowTitle(APP_NAME)
        else:
            self.client_status.setText(fill(self.tr("Client: %1"), client.name))
            self.setWindowTitle(f"{client.name} — {APP_NAME}")

    # -- geometry ----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry, state = self.ctx.prefs.window_state(WINDOW_NAME)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_size(self.screen().availableGeometry().size()))
        if state is not None:
            self.restoreState(state)
        state = self.ctx.prefs.value("windows/main/splitter")
        if state is not None:
            self._splitter.restoreState(state)  # type: ignore[arg-type]

    def save_geometry(self) -> None:
        self.ctx.prefs.save_window_state(WINDOW_NAME, self.saveGeometry(), self.saveState())
        self.ctx.prefs.set_value("windows/main/splitter", self._splitter.saveState())
        self.ctx.prefs.sync()

    def flush_pages(self) -> bool:
        """Every close path saves what pages are editing: pages with a `flush()` (autosaving
        editors) write now. A `flush()` returning False (the user answered Cancel to "save
        changes?") keeps the window open; None or True let it close. False when the window stays."""
        for index in range(self.pages.count()):
            flush = getattr(self.pages.widget(index), "flush", None)
            if not callable(flush):
                continue
            try:
                if flush() is False:
                    return False
            except Exception as exc:  # the text is still on screen: let the user decide
                logging.getLogger(__name__).exception("saving before closing failed")
                answer = QMessageBox.warning(
                    self,
                    self.tr("Not saved"),
                    fill(self.tr(
                        "Your latest changes could not be saved (%1). Close anyway and lose them?"
                    ), str(exc)),
                    QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Close:
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.flush_pages():
            event.ignore()
            return
        self.sync.cancel()
        self.save_geometry()
        super().closeEvent(event)
