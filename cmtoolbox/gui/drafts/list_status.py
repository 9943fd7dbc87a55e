"""How the drafts' statuses read and look: their translated names, colours and the reasons a move is
refused, shared by the list, the editor, the calendar and the proof.

Colours come in pairs (text, tinted background) for the light and the dark palette; the text
colour keeps WCAG AA contrast (4.5:1) on the window background, and the status is always written
next to its colour, never shown by colour alone.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from cmtoolbox.gui.i18n import tr
from cmtoolbox.gui.theme import is_dark
from cmtoolbox.storage.draft_model import STATUSES  # not storage.drafts: the dashboard needs only these
from cmtoolbox.storage.errors import InvalidValue

__all__ = [
    "STATUSES",
    "refusal_text",
    "status_colour",
    "status_label",
    "status_labels",
    "status_style",
]

# status -> (light text, dark text): hue families a CM can tell apart, each dark enough on white
# and light enough on the dark window (checked in tests/gui/test_drafts_page.py).
_COLOURS: dict[str, tuple[str, str]] = {
    "idea": ("#6a3d9a", "#d1b3ff"),  # purple: not written yet
    "draft": ("#37474f", "#cfd8dc"),  # slate: being written
    "to_approve": ("#8a4b00", "#ffcc80"),  # amber: waiting for the client
    "approved": ("#1b5e20", "#a5d6a7"),  # green: the client said yes
    "scheduled": ("#0d47a1", "#90caf9"),  # blue: has its date
    "published": ("#00695c", "#80cbc4"),  # teal: out
    "archived": ("#5f6368", "#b0b3ba"),  # grey: put away
}


def status_labels() -> dict[str, str]:
    """Every status's name in the UI language, in workflow order."""
    return {
        "idea": tr("Idea"),
        "draft": tr("Draft"),
        "to_approve": tr("To approve"),
        "approved": tr("Approved"),
        "scheduled": tr("Scheduled"),
        "published": tr("Published"),
        "archived": tr("Archived"),
    }


def status_label(status: str) -> str:
    return status_labels().get(status, status)


def _dark() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and is_dark(app)


def status_colour(status: str, *, dark: bool | None = None) -> QColor:
    """The status's text colour for the current palette (or the one asked for)."""
    light_colour, dark_colour = _COLOURS.get(status, _COLOURS["draft"])
    return QColor(dark_colour if (_dark() if dark is None else dark) else light_colour)


def status_style(status: str, *, checked: bool = True) -> str:
    """A style sheet for a status chip (filter button, badge): its colour as text and a light tint
    of it behind; unchecked chips keep the text colour on no tint."""
    colour = status_colour(status)
    tint = QColor(colour)
    tint.setAlpha(46 if checked else 0)
    border = QColor(colour)
    border.setAlpha(150 if checked else 70)
    rgba = f"rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha() / 255:.2f})"
    edge = f"rgba({border.red()},{border.green()},{border.blue()},{border.alpha() / 255:.2f})"
    weight = "bold" if checked else "normal"
    return (
        f"color: {colour.name()}; background: {rgba}; border: 1px solid {edge}; "
        f"border-radius: 9px; padding: 1px 8px; font-weight: {weight};"
    )


def refusal_text(error: InvalidValue) -> str:
    """Why a status move was refused, in a sentence (the op's `InvalidValue.reason`)."""
    if error.reason == "needs_date":
        return tr("Plan a date and time before marking a draft as scheduled.")
    if error.reason == "empty":
        return tr("This draft has no text yet: write something before sending it on.")
    if error.field == "published_url":
        return tr("This is not a web address (it should start with https://).")
    if error.reason == "other_client":
        return tr("This picture belongs to another client's library.")
    return tr("This value is not valid.")
