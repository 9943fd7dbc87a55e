"""One network's version of a draft: a tab with its own text, counter, fold preview, spell check,
thread (on networks that chain posts) and publishing row.

A variant starts by following the master: its text is the master's, kept in step, and a badge
says so. The first edit gives it its own text ("detaches" it); "Reset to master" makes it follow
again. Keeping a following variant's editor in step costs a whole re-layout and spell check of the
text, so it is done when the tab is shown (or asked for), not on every keystroke in the master.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.publish_row import PublishRow
from cmtoolbox.gui.grammar_service import GrammarService
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.spelling_service import SpellingService
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.fold_preview import FOLDING_NETWORKS
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.gui.widgets.post_editor import PostEditor
from cmtoolbox.storage.drafts import Variant

BADGE_FOLLOWS = "border: 1px dashed palette(mid); border-radius: 8px; padding: 1px 8px; font-style: italic;"
BADGE_OWN = "background: rgba(25,118,210,0.16); border-radius: 8px; padding: 1px 8px; font-weight: bold;"


def network_name(network: str) -> str:
    return networks.network(network).name


def counter_ids(network: str) -> tuple[str, ...]:
    """The counters a post on `network` follows (YouTube and Pinterest count a title and a text)."""
    return networks.network(network).counter_ids


class VariantPanel(QWidget):
    """`edited`: the user typed in this variant (it now has its own text)."""

    edited = Signal()
    reset_requested = Signal(str)  # network
    remove_requested = Signal(str)  # network
    follows_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        network: str,
        spelling: SpellingService,
        parent: QWidget | None = None,
        *,
        grammar: GrammarService | None = None,
    ) -> None:
        super().__init__(parent)
        self.network = network
        self.setObjectName(f"variant_{network}")
        self._follows = True
        self._master = ""
        self._stale = False
        self._loading = Filling()

        self.badge = QLabel()
        self.badge.setObjectName("variantBadge")
        self.reset_button = QToolButton()
        self.reset_button.setObjectName("variantReset")
        self.reset_button.setText(self.tr("Reset to master"))
        self.reset_button.setToolTip(
            fill(
                self.tr("Drop %1's own text and follow the master again (Edit ▸ Undo brings it back)"),
                network_name(network),
            )
        )
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.network))
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("variantRemove")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(fill(self.tr("Stop posting this draft on %1"), network_name(network)))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.network))

        # Grammar and typography follow the client's settings for this network (some write without
        # French typography on one network).
        self.editor = PostEditor(
            ctx, networks=counter_ids(network), spelling=spelling, grammar=grammar, network=network
        )
        self.editor.setObjectName(f"variantEditor_{network}")
        self.editor.counters.networks_button.hide()  # the variant's network is fixed
        self.editor.counters.stats.setWordWrap(True)
        self.editor.edit.setAccessibleName(fill(self.tr("Text for %1"), network_name(network)))
        self.editor.edit.setPlaceholderText(
            fill(
                self.tr("The text for %1. It follows the master until you edit it here."),
                network_name(network),
            )
        )
        # The side panel shows what this network does to the text: its "see more" cut, its thread.
        folds = any(c in FOLDING_NETWORKS for c in counter_ids(network))
        threads = networks.network(network).threads
        self.editor.side_panel.setTabVisible(0, folds)
        self.editor.side_panel.setTabVisible(1, threads)
        self.editor.side_panel.setVisible(folds or threads)
        if threads and not folds:
            self.editor.side_panel.setCurrentIndex(1)
        self.editor.text_changed.connect(self._on_text_changed)
        self.publish = PublishRow(network)
        vbox(
            hbox(self.badge, None, self.reset_button, self.remove_button),
            (self.editor, 1),
            self.publish,
            parent=self,
            margins=4,
        )
        self._show_badge()

    # -- state ---------------------------------------------------------------------------------
    @property
    def follows(self) -> bool:
        return self._follows

    def own_text(self) -> str | None:
        """What the autosave sends: the variant's own text, or None while it follows the master."""
        return None if self._follows else self.editor.text()

    def text(self) -> str:
        """What goes out on this network (the master's text while it follows)."""
        return self._master if self._follows else self.editor.text()

    def differs(self) -> bool:
        return not self._follows and self.editor.text() != self._master

    def show_variant(self, variant: Variant, master: str) -> None:
        """Show the stored variant (opening a draft, a change from elsewhere)."""
        self._master = master
        self._follows = variant.follows_master
        self._set_text(master if variant.follows_master else variant.text)
        self._show_badge()
        self.publish.show_publication(variant.published_url, variant.published_at)

    def set_following(self, master: str) -> None:
        """Follow the master again (Reset to master)."""
        self._follows = True
        self._master = master
        self._set_text(master)
        self._show_badge()
        self.follows_changed.emit(True)

    def master_changed(self, master: str) -> None:
        self._master = master
        if self._follows:
            self._stale = True
            if self.isVisible():
                self.sync()
        else:
            self._show_badge()  # it may now differ, or match again

    def sync(self) -> None:
        """Bring a following variant's editor in step with the master now."""
        if self._follows and (self._stale or self.editor.text() != self._master):
            self._set_text(self._master)
        self._stale = False

    def set_limits(self, limits: dict[str, int]) -> None:
        self.editor.set_limits(limits)

    # -- internals -----------------------------------------------------------------------------
    def _set_text(self, text: str) -> None:
        with self._loading:
            if self.editor.text() != text:
                self.editor.set_text(text)
        self._stale = False

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        if self._follows:
            self._follows = False  # the first edit gives the variant its own text
            self.follows_changed.emit(False)
        self._show_badge()
        self.edited.emit()

    def _show_badge(self) -> None:
        name = network_name(self.network)
        if self._follows:
            self.badge.setText(self.tr("Follows the master"))
            self.badge.setToolTip(fill(self.tr("Edit this text to give %1 its own version."), name))
            self.badge.setStyleSheet(BADGE_FOLLOWS)
        else:
            same = self.editor.text() == self._master
            self.badge.setText(
                self.tr("Own text (same as the master)") if same else fill(self.tr("Own text for %1"), name)
            )
            self.badge.setToolTip(self.tr("This text no longer changes with the master."))
            self.badge.setStyleSheet(BADGE_OWN)
        self.reset_button.setEnabled(not self._follows)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.sync()
        super().showEvent(event)
