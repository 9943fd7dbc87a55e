"""A date field that takes a date typed whole, in the regional format, with a four-digit year.

Qt's QDateEdit edits a date section by section, and typing a whole date into it goes wrong in
every way a person starts: with all the text selected the day's digits are dropped
("31/01/2027" becomes 02/01/2027, issue 15), with the day selected a day the current month lacks is
cut (31 in November gives 30) and the separators spill into the year ("30/11/00001/2027"), and
with the cursor put in by a click nothing is replaced at all. Only the calendar popup worked.

`DateEdit` keeps QDateEdit (calendar popup, arrow keys and wheel on a section, accessibility) and
takes over what is typed: digits and separators go into a buffer shown in the field; as soon as
the buffer reads as a complete date in the display format ("31/01/2027" in French, "1/31/2027" in
US English, or the digits alone, "31012027"), the date is set, so a save shortcut pressed next
saves it. Enter or leaving the field also accepts a shorter form (a one-digit last day or month,
a two-digit year); anything else puts the previous date back. Escape drops the typing.

The format is the widget's locale's (the regional format of `gui.formatting`); when the user picks
another one in the Settings, the field gets a `LocaleChange` event and switches at once.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from cmtoolbox.gui.formatting import short_date_pattern

_TYPED = re.compile(r"[0-9./\-, ]")  # not \s: Enter's text is "\r"
_FIELD_WIDTH = {"d": 2, "M": 2, "y": 4}


def field_order(pattern: str) -> str:
    """The order of day, month and year in a Qt date pattern: "dMy" for "dd/MM/yyyy"."""
    order = ""
    for char in pattern:
        if char in "dMy" and char not in order:
            order += char
    return order if sorted(order) == sorted("dMy") else "dMy"


def parse_typed_date(text: str, pattern: str, *, complete: bool = False) -> date | None:
    """The date `text` reads as in `pattern`'s field order, or None.

    With `complete`, only a date nobody is still typing counts: a four-digit year, and a last day
    or month of two digits (the person typing "1/3" may be about to type "1/31"). Otherwise a
    one-digit day or month and a two-digit year (20yy) are accepted too.
    """
    order = field_order(pattern)
    groups = re.findall(r"\d+", text)
    if len(groups) == 1 and groups[0] == text.strip():
        digits = groups[0]  # typed without separators: fixed widths
        if len(digits) == 8 or (len(digits) == 6 and not complete):
            widths = [2 if field != "y" else len(digits) - 4 for field in order]
            groups, start = [], 0
            for width in widths:
                groups.append(digits[start : start + width])
                start += width
        else:
            return None
    if len(groups) != 3:
        return None
    values = dict(zip(order, groups, strict=True))
    if complete:
        if len(values["y"]) != 4:
            return None
        last = order[-1]
        if last != "y" and len(values[last]) < _FIELD_WIDTH[last]:
            return None
    year = values["y"]
    if len(year) == 2:
        year = "20" + year
    elif len(year) != 4:
        return None
    try:
        return date(int(year), int(values["M"]), int(values["d"]))
    except ValueError:
        return None


class DateEdit(QDateEdit):
    """QDateEdit in the regional short format (four-digit year) that accepts typed dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(short_date_pattern(self.locale()))
        self.setCalendarPopup(True)
        self._typed: str | None = None

    @property
    def typing(self) -> bool:
        """Digits are being typed and not yet read as a date."""
        return self._typed is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if not self.isReadOnly() and len(text) == 1 and _TYPED.fullmatch(text) and not modifiers:
            self._type(text)
            event.accept()
            return
        if self._typed is not None:
            key = event.key()
            if key == Qt.Key.Key_Backspace:
                self._typed = self._typed[:-1]
                self._show_typed()
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self._end_typing(accept=False)
                event.accept()
                return
            self._end_typing(accept=True)  # Enter, arrows, Tab...: they act on the date typed
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:  # another regional format was chosen
            self._typed = None
            self.setDisplayFormat(short_date_pattern(self.locale()))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        if self._typed is not None:
            self._end_typing(accept=True)
        super().focusOutEvent(event)

    def _type(self, char: str) -> None:
        self._typed = (self._typed or "") + char
        parsed = parse_typed_date(self._typed, self.displayFormat(), complete=True)
        if parsed is None:
            self._show_typed()
            return
        self._typed = None
        self._set(parsed)
        self.lineEdit().selectAll()  # the next digit starts a new date

    def _show_typed(self) -> None:
        self._show_text(self._typed or "")

    def _end_typing(self, *, accept: bool) -> None:
        typed, self._typed = self._typed, None
        parsed = parse_typed_date(typed, self.displayFormat()) if accept and typed else None
        if parsed is not None:
            self._set(parsed)
        else:
            self._show_text(self.textFromDateTime(self.dateTime()))  # the date as it was

    def _set(self, value: date) -> None:
        wanted = QDate(value.year, value.month, value.day)
        if wanted == self.date():  # no change: setDate would leave the typed text on screen
            self._show_text(self.textFromDateTime(self.dateTime()))
        else:
            self.setDate(wanted)

    def _show_text(self, text: str) -> None:
        """Put `text` in the line edit as it is: without its signals (QDateTimeEdit would parse it)
        and without its validator (which pads "5/3/" into "05/03/" even on setText)."""
        edit = self.lineEdit()
        validator = edit.validator()
        blocker = QSignalBlocker(edit)
        edit.setValidator(None)  # type: ignore[arg-type]
        edit.setText(text)
        edit.setValidator(validator)
        del blocker
