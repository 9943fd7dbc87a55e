"""The draft editor (the view): title, status, planned time, tags and languages on top; the texts
(master and one tab per network) in the middle; media, internal notes and history below.

It shows what it is given and says what the user did; `editor_controller.DraftController` loads,
saves and merges, `editor_actions.DraftActions` runs the operations. Every text editor shares one
spelling service (one dictionary load for the master and all variants) and gets a Snippets menu
and the accounts' Hashtags button beside its counters; they share one grammar service too (the
client's typography settings and "always ignore" list, read once).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QSplitter, QTabWidget, QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.drafts.editor_fields import DraftNotesEdit, PlanningField, StatusCombo
from cmtoolbox.gui.drafts.editor_history import EventsPanel
from cmtoolbox.gui.drafts.editor_media import MediaPanel
from cmtoolbox.gui.drafts.snippets import SnippetsButton, SnippetSource
from cmtoolbox.gui.drafts.variants import VariantPanel
from cmtoolbox.gui.drafts.variants_tabs import VariantTabs
from cmtoolbox.gui.grammar_service import GrammarService
from cmtoolbox.gui.spelling_service import SpellingService
from cmtoolbox.gui.widgets.filling import Filling
from cmtoolbox.gui.widgets.hashtags_button import HashtagsButton
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.gui.widgets.post_editor import PostEditor
from cmtoolbox.gui.widgets.spell_languages_button import SpellLanguagesButton
from cmtoolbox.gui.widgets.tag_editor import TagEditor

if TYPE_CHECKING:
    from cmtoolbox.ops.drafts import OpenedDraft


class DraftEditor(QWidget):
    edited = Signal()  # the user typed (title, master, a variant, the notes)
    manage_snippets = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self._ctx = ctx
        self._client_id: int | None = None
        self._loading = Filling()
        self.spelling = SpellingService(ctx, None, self)
        self.grammar = GrammarService(ctx, self)
        self.snippets = SnippetSource(ctx, self)
        self.snippet_buttons: dict[str, SnippetsButton] = {}
        self.hashtag_buttons: dict[str, HashtagsButton] = {}

        self.title = QLineEdit()
        self.title.setObjectName("draftTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Title (for you and the calendar; not posted)"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.textEdited.connect(lambda _t: self._on_edited())
        self.status = StatusCombo()
        self.save_state = QLabel()
        self.save_state.setObjectName("draftSaveState")
        self.save_state.setEnabled(False)
        self.planning = PlanningField(ctx=ctx)
        self.tags = TagEditor()
        self.tags.setObjectName("draftTags")
        self.languages_button = SpellLanguagesButton(default_label=self.tr("Client's languages"))
        self.languages_button.setToolTip(self.tr("Spell-check languages of this draft"))

        self.texts = VariantTabs(ctx, self.spelling, grammar=self.grammar)
        self.texts.edited.connect(self._on_edited)
        self.texts.panel_added.connect(self._wire_panel)
        self.texts.panel_removed.connect(self._unwire_panel)
        self._add_tools("", self.texts.master)

        self.media = MediaPanel(ctx)
        self.notes = DraftNotesEdit()
        self.notes.textChanged.connect(self._on_edited)
        self.events = EventsPanel()
        self.details = QTabWidget()
        self.details.setObjectName("draftDetails")
        self.details.setDocumentMode(True)
        self.details.addTab(self.media, self.tr("Media"))
        self.details.addTab(self.notes, self.tr("Notes"))
        self.details.addTab(self.events, self.tr("History"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("draftSplitter")
        self.splitter.addWidget(self.texts)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        vbox(
            # Tags beside the title, not the planning: at 1180 px the planning row (date, time,
            # zone, best slots) needs the whole width.
            hbox((self.title, 2), (self.tags, 1), self.status, self.save_state),
            hbox((self.planning, 1), self.languages_button),
            (self.splitter, 1),
            parent=self,
            margins=6,
        )

    # -- tools beside each text ----------------------------------------------------------------
    def _add_tools(self, network: str, editor: PostEditor) -> None:
        snippets = SnippetsButton(self.snippets, editor, network)
        snippets.manage_requested.connect(self.manage_snippets)
        editor.add_tool(snippets)
        hashtags = HashtagsButton(self._ctx, editor)
        hashtags.set_client(self._client_id)
        editor.add_tool(hashtags)
        self.snippet_buttons[network] = snippets
        self.hashtag_buttons[network] = hashtags

    def _wire_panel(self, panel: VariantPanel) -> None:
        self._add_tools(panel.network, panel.editor)

    def set_client(self, client_id: int | None) -> None:
        """Whose dictionary, grammar settings, snippets and hashtags the editors use."""
        self._client_id = client_id
        self.spelling.set_client(client_id)
        self.grammar.set_client(client_id)
        self.snippets.set_client(client_id)
        for button in self.hashtag_buttons.values():
            button.set_client(client_id)

    def _unwire_panel(self, panel: VariantPanel) -> None:
        """A variant tab goes: forget its tools (a hashtags load on its way is then dropped)."""
        self.snippet_buttons.pop(panel.network, None)
        hashtags = self.hashtag_buttons.pop(panel.network, None)
        if hashtags is not None:
            hashtags.set_client(None)

    # -- what the controller shows ---------------------------------------------------------------
    def load(self, opened: OpenedDraft, zone: str) -> None:
        """Show a draft whole (another draft is opened): texts, fields, media and history."""
        draft = opened.draft
        with self._loading:
            self.title.setText(draft.title)
            self.notes.setPlainText(draft.notes)
            self.texts.set_networks(draft.networks)
            self.texts.set_master(draft.body)
            for variant in draft.variants:
                panel = self.texts.panel(variant.network)
                if panel is not None:
                    panel.show_variant(variant, draft.body)
            self.texts.update_labels()
            self.texts.show_panel(None)
        self.show_meta(opened, zone)
        for _scope, editor in self.texts.post_editors():
            editor.edit.document().clearUndoRedoStacks()

    def show_meta(self, opened: OpenedDraft, zone: str) -> None:
        """Show what is around the texts: status, planning, tags, languages, media, history,
        publications and the accounts' limits."""
        draft = opened.draft
        self.status.set_status(draft.status)
        self.planning.show_planned(draft.planned, zone)
        self.planning.show_best_slots_for(draft.client_id, draft.networks)
        if not self.tags.hasFocus():
            self.tags.set_tags(draft.tags)
        self.spelling.set_languages(draft.spell_languages)
        self.languages_button.set_state(self._client_languages(opened), draft.spell_languages)
        self.texts.set_limits(dict(opened.limits))
        self.media.show_media(draft.media_ids, {v.network: v.media_ids for v in draft.variants}, opened.media)
        self.events.show_events(opened.events)
        for variant in draft.variants:
            panel = self.texts.panel(variant.network)
            if panel is not None:
                panel.publish.show_publication(variant.published_url, variant.published_at)
        self.texts.mark_all_button.setEnabled(
            not all(v.published for v in draft.variants) or not draft.variants
        )

    def _client_languages(self, opened: OpenedDraft) -> tuple[str, ...]:
        if opened.client_languages is not None:
            return tuple(opened.client_languages)
        return tuple(self.spelling.app_languages)

    def set_variant_networks(self, networks: list[str]) -> list[str]:
        """Add and remove tabs so they match `networks`; returns the networks added (their tabs
        follow the master until told otherwise)."""
        before = set(self.texts.networks())
        self.texts.set_networks(networks)
        added = [n for n in networks if n not in before]
        for network in added:
            panel = self.texts.panel(network)
            if panel is not None:
                panel.master_changed(self.texts.master.text())
        return added

    # -- what the controller reads ---------------------------------------------------------------
    def current_texts(self) -> tuple[str, str, dict[str, str | None], str]:
        """(title, master, each variant's own text or None, notes): what the autosave stores."""
        return (
            self.title.text(),
            self.texts.master.text(),
            self.texts.variant_texts(),
            self.notes.toPlainText(),
        )

    def replace_field(self, field: str, value: str) -> None:
        """Put a stored value in one field without it counting as typing (a restored version)."""
        with self._loading:
            if field == "title":
                self.title.setText(value)
            elif field == "notes":
                self.notes.setPlainText(value)
            elif field == "body":
                self.texts.set_master(value)

    def set_limits(self, limits: Mapping[str, int]) -> None:
        self.texts.set_limits(dict(limits))

    def set_save_state(self, text: str) -> None:
        self.save_state.setText(text)

    def current_post_editor(self) -> PostEditor:
        """The text the focus is in, else the tab shown."""
        focus = QApplication.focusWidget()
        for _scope, editor in self.texts.post_editors():
            if focus is editor.edit:
                return editor
        return self.texts.current_post_editor()

    def current_snippets_button(self) -> SnippetsButton:
        editor = self.current_post_editor()
        scope = next((s for s, e in self.texts.post_editors() if e is editor), "")
        return self.snippet_buttons.get(scope) or self.snippet_buttons[""]

    def _on_edited(self) -> None:
        if not self._loading:
            self.edited.emit()
