"""Turning a feed item into a note or a post draft, keeping where it came from.

The note (when the notebook feature is present: `store.notes`) holds the link, the feed name,
the date and an excerpt; the post text holds the title and the link, optionally tagged with UTM
parameters (`core.urls.add_utm`) so the client's analytics see the traffic. A post goes to the
clipboard and becomes a new draft of the client (`ops.drafts.create_draft_from_text`), which the
Drafts section opens so the CM adapts it per network.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.feeds import fallback_title
from cmtoolbox.core.press_review import UtmTag, format_date, tag_link
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.widgets.dialog_layout import dialog_buttons
from cmtoolbox.storage.feeds import FeedItem

UTM_PREFS = "sources/utm"
EXCERPT_CHARS = 400


@dataclass(frozen=True)
class SendChoice:
    target: str  # "note" or "post"
    utm: UtmTag | None


def item_note_markdown(item: FeedItem, language: str = "fr", utm: UtmTag | None = None) -> str:
    """The body of a note made from an item: link, source line, excerpt."""
    link = tag_link(item.link, utm) if item.link else ""
    title = item.title.replace("[", "\\[").replace("]", "\\]")
    lines = [f"[{title}]({link})" if link else title, ""]
    when = format_date((item.published_at or item.sort_at).date(), language)
    label = "Source\u00a0:" if language == "fr" else "Source:"
    lines += [f"*{label} {item.feed_title}, {when}*", ""]
    excerpt = fallback_title(item.summary, item.content, max_chars=EXCERPT_CHARS)
    if excerpt:
        lines += [f"> {excerpt}", ""]
    return "\n".join(lines)


def item_post_text(item: FeedItem, utm: UtmTag | None = None) -> str:
    """A post draft: the title, the (tagged) link and the source."""
    parts = [item.title]
    if item.link:
        parts.append(tag_link(item.link, utm).replace(" ", "%20"))
    parts.append(f"via {item.feed_title}")
    return "\n\n".join(parts) + "\n"


class SendToDialog(QDialog):
    def __init__(self, prefs: Preferences, notes_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.setWindowTitle(self.tr("Note or post"))
        self.setMinimumWidth(460)
        self.note_radio = QRadioButton(self.tr("Create a &note (with the link and the source)"))
        self.post_radio = QRadioButton(self.tr("Prepare a &post (new draft and clipboard)"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.note_radio)
        self.group.addButton(self.post_radio)
        self.note_radio.setEnabled(notes_available)
        (self.note_radio if notes_available else self.post_radio).setChecked(True)
        if not notes_available:
            self.note_radio.setToolTip(self.tr("The notebook is not available in this version."))

        saved = prefs.value(UTM_PREFS) or {}
        saved = saved if isinstance(saved, dict) else {}
        self.utm_box = QGroupBox(self.tr("Add UTM tracking to the link"))
        self.utm_box.setCheckable(True)
        self.utm_box.setChecked(bool(saved.get("on", False)))
        self.source_edit = QLineEdit(str(saved.get("source", "facebook")))
        self.medium_edit = QLineEdit(str(saved.get("medium", "social")))
        self.campaign_edit = QLineEdit(str(saved.get("campaign", "veille")))
        form = QFormLayout(self.utm_box)
        form.addRow(self.tr("Source (utm_source):"), self.source_edit)
        form.addRow(self.tr("Medium (utm_medium):"), self.medium_edit)
        form.addRow(self.tr("Campaign (utm_campaign):"), self.campaign_edit)
        hint = QLabel(self.tr("UTM parameters let the client’s analytics count the visits this link brings."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.remember = QCheckBox(self.tr("Remember these values"))
        self.remember.setChecked(True)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_radio)
        layout.addWidget(self.post_radio)
        layout.addWidget(self.utm_box)
        layout.addWidget(hint)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)

    def choice(self) -> SendChoice:
        utm = None
        if self.utm_box.isChecked():
            utm = UtmTag(
                self.source_edit.text().strip(),
                self.medium_edit.text().strip(),
                self.campaign_edit.text().strip(),
            )
        if self.remember.isChecked():
            self._prefs.set_value(
                UTM_PREFS,
                {
                    "on": self.utm_box.isChecked(),
                    "source": self.source_edit.text().strip(),
                    "medium": self.medium_edit.text().strip(),
                    "campaign": self.campaign_edit.text().strip(),
                },
            )
        return SendChoice("note" if self.note_radio.isChecked() else "post", utm)
