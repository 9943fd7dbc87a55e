"""Words and figures of the results screens in the window's language (the report has its own, in
the language chosen for the client: `core.report`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from cmtoolbox.core.report import network_name
from cmtoolbox.core.results import Slot
from cmtoolbox.gui.formatting import format_number
from cmtoolbox.gui.i18n import fill


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Results", text, disambiguation, n)


def format_rate(value: float | None) -> str:
    """ "5.2%" / "5,2 %"; a dash when there was nothing to divide by."""
    if value is None:
        return "—"
    return fill(_tr("%1%"), format_number(value, 1))


def weekday_name(weekday: int) -> str:
    """Monday is 0, as in Python."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def hour_name(hour: int) -> str:
    return QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)


def group_label(key: str) -> str:
    """A format or a length group of `core.results` in words (the keys of the two are distinct)."""
    labels = {
        "text": _tr("Text only"),
        "image": _tr("Image"),
        "video": _tr("Video"),
        "thread": _tr("Thread"),
        "0-99": _tr("Under 100 characters"),
        "100-279": _tr("100 to 279 characters"),
        "280-999": _tr("280 to 999 characters"),
        "1000+": _tr("1,000 characters or more"),
    }
    return labels.get(key, key)


def slot_label(slot: Slot, network: str | None = None) -> str:
    """ "Tuesday 18:00 · 5.2% (3 posts)", with the network first when given."""
    when = f"{weekday_name(slot.weekday)} {hour_name(slot.hour)}"
    text = fill(_tr("%1 · %2 (%3)"), when, format_rate(slot.rate), _tr("%n post(s)", "", slot.posts))
    return f"{network_name(network)}: {text}" if network else text
