"""The texts of a draft as tabs: the master first, then one tab per network's variant, and a
"+ Network" button to target one more.

A tab's title says whether the variant says something else than the master ("Instagram ●"), so
the CM sees at a glance which networks have their own version. The master's counters show every
variant's network, so one look tells whether the common text fits everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton, QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.list_panel import POSTABLE
from cmtoolbox.gui.drafts.variants import VariantPanel, counter_ids, network_name
from cmtoolbox.gui.grammar_service import GrammarService
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.spelling_service import SpellingService
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.gui.widgets.post_editor import PostEditor

DIFFERS_MARK = " ●"


class VariantTabs(QTabWidget):
    edited = Signal()  # the user typed in the master or a variant
    add_requested = Signal(str)  # network
    panel_added = Signal(object)  # VariantPanel, for the host to wire its tools
    panel_removed = Signal(object)  # VariantPanel, about to be deleted
    mark_all_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        spelling: SpellingService,
        parent: QWidget | None = None,
        grammar: GrammarService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftTexts")
        self.setDocumentMode(True)
        self._ctx = ctx
        self._spelling = spelling
        self._grammar = grammar or GrammarService(ctx, self)
        self._loading = Filling()
        self.panels: dict[str, VariantPanel] = {}

        self.master = PostEditor(ctx, spelling=spelling, grammar=self._grammar)
        self.master.setObjectName("masterEditor")
        self.master.counters.networks_button.hide()  # networks are the variants: "+ Network"
        self.master.counters.stats.setWordWrap(True)  # a narrow column: wrap rather than cut
        self.master.edit.setAccessibleName(self.tr("Master text"))
        self.master.edit.setPlaceholderText(
            self.tr(
                "Write the post once here: every network's version follows it until you edit that "
                "network's tab. Counters show each network's limit; Ctrl+Shift+S inserts a snippet."
            )
        )
        self.master.text_changed.connect(self._on_master_changed)
        self.mark_all_button = QToolButton()
        self.mark_all_button.setObjectName("publishMarkAll")
        self.mark_all_button.setText(self.tr("Mark the whole draft as published…"))
        self.mark_all_button.clicked.connect(self.mark_all_requested)
        master_page = QWidget()
        vbox((self.master, 1), hbox(None, self.mark_all_button), parent=master_page, margins=4)
        self.addTab(master_page, self.tr("Master"))
        self.setTabToolTip(0, self.tr("The common text: every network's version starts from it"))

        self.add_button = QToolButton()
        self.add_button.setObjectName("addVariant")
        self.add_button.setText(self.tr("+ Network"))
        self.add_button.setToolTip(self.tr("Post this draft on one more network, with its own version"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self.setCornerWidget(self.add_button)
        self._fill_add_menu()

    # -- variants ------------------------------------------------------------------------------
    def networks(self) -> list[str]:
        return list(self.panels)

    def set_networks(self, wanted: Iterable[str]) -> None:
        """Have exactly one tab per network in `wanted`, in that order (panels kept when they stay,
        with what is typed in them)."""
        order = list(dict.fromkeys(wanted))
        for network in [n for n in self.panels if n not in order]:
            panel = self.panels.pop(network)
            self.removeTab(self.indexOf(panel))
            self.panel_removed.emit(panel)
            panel.deleteLater()
        for position, network in enumerate(order, start=1):
            panel = self.panels.get(network)
            if panel is None:
                panel = VariantPanel(self._ctx, network, self._spelling, grammar=self._grammar)
                panel.edited.connect(self._on_variant_edited)
                panel.follows_changed.connect(lambda _f: self.update_labels())
                self.panels[network] = panel
                self.insertTab(position, panel, network_name(network))
                self.panel_added.emit(panel)
            elif self.indexOf(panel) != position:
                self.tabBar().moveTab(self.indexOf(panel), position)
        self.master.set_networks([c for n in order for c in counter_ids(n)])
        self.update_labels()

    def panel(self, network: str) -> VariantPanel | None:
        return self.panels.get(network)

    def show_panel(self, network: str | None) -> None:
        self.setCurrentIndex(self.indexOf(self.panels[network]) if network in self.panels else 0)

    def current_network(self) -> str:
        widget = self.currentWidget()
        return widget.network if isinstance(widget, VariantPanel) else ""

    def current_post_editor(self) -> PostEditor:
        widget = self.currentWidget()
        return widget.editor if isinstance(widget, VariantPanel) else self.master

    def post_editors(self) -> list[tuple[str, PostEditor]]:
        return [("", self.master)] + [(n, p.editor) for n, p in self.panels.items()]

    def variant_texts(self) -> dict[str, str | None]:
        """What the autosave sends: each variant's own text, None for those following the master."""
        return {network: panel.own_text() for network, panel in self.panels.items()}

    def differing(self) -> list[str]:
        return [n for n, p in self.panels.items() if p.differs()]

    def update_labels(self) -> None:
        for network, panel in self.panels.items():
            index = self.indexOf(panel)
            name = network_name(network)
            if panel.differs():
                self.setTabText(index, name + DIFFERS_MARK)
                self.setTabToolTip(
                    index, fill(self.tr("%1 has its own text, different from the master"), name)
                )
            elif panel.follows:
                self.setTabText(index, name)
                self.setTabToolTip(index, fill(self.tr("%1 follows the master"), name))
            else:
                self.setTabText(index, name)
                self.setTabToolTip(index, fill(self.tr("%1 has its own text, the same as the master"), name))

    # -- texts ---------------------------------------------------------------------------------
    def set_master(self, text: str) -> None:
        """Show a stored master text (not an edit)."""
        with self._loading:
            if self.master.text() != text:
                self.master.set_text(text)
        for panel in self.panels.values():
            panel.master_changed(text)
        self.update_labels()

    def _on_master_changed(self) -> None:
        text = self.master.text()
        for panel in self.panels.values():
            panel.master_changed(text)
        self.update_labels()
        if not self._loading:
            self.edited.emit()

    def _on_variant_edited(self) -> None:
        self.update_labels()
        self.edited.emit()

    def set_limits(self, limits: dict[str, int]) -> None:
        """The accounts' own limits (a Mastodon server's); counting again only when they change."""
        if limits != self.master.limits():
            self.master.set_limits(limits)
        for panel in self.panels.values():
            if limits != panel.editor.limits():
                panel.set_limits(limits)

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for network in POSTABLE:
            action = self.add_menu.addAction(networks.network(network).name)
            action.setObjectName(f"addVariant_{network}")
            action.setEnabled(network not in self.panels)
            action.triggered.connect(lambda _=False, n=network: self.add_requested.emit(n))
