"""How much text an editor takes, so a huge paste never freezes the app.

A 10 MB paste used to freeze the window for about a minute (layout, highlighting, counters and
previews all ran on it). No note or post needs that much: the longest network post is 63,206
characters (Facebook), and a note of 500,000 characters is a 250-page document. Past the limit
nothing is pasted, the user is told why, and the text stays in the clipboard: nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from cmtoolbox.gui.i18n import fill

NOTE_MAX_CHARS = 500_000
POST_MAX_CHARS = 100_000


def paste_fits(edit: QPlainTextEdit, source: QMimeData, limit: int, what: str) -> bool:
    """True when pasting `source` keeps `edit` within `limit` characters; otherwise say so in a
    message (not modal for the app: the user reads it and goes on) and return False.

    `what` is the translated kind of text ("note", "post") for the message."""
    if not source.hasText():
        return True
    incoming = len(source.text())
    cursor = edit.textCursor()
    current = edit.document().characterCount() - 1 - (cursor.selectionEnd() - cursor.selectionStart())
    if current + incoming <= limit:
        return True
    locale = QLocale()
    text = QCoreApplication.translate(
        "TextLimits",
        "This text has %1 characters; a %2 holds at most %3. Nothing was pasted, and the text is still "
        "in your clipboard: paste it in parts, or save it as a file and import it into the library.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("TextLimits", "Text too long to paste"),
        fill(text, locale.toString(incoming), what, locale.toString(limit)),
        QMessageBox.StandardButton.Ok,
        edit,
    )
    box.setObjectName("pasteTooLong")
    box.open()
    return False
