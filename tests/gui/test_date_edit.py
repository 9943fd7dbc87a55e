"""DateEdit: dates typed whole into the real widget, in the UI language's format (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from cmtoolbox.gui.widgets.date_edit import DateEdit, field_order, parse_typed_date


@pytest.mark.parametrize(
    ("text", "pattern", "complete", "expected"),
    [
        ("31/01/2027", "dd/MM/yyyy", True, date(2027, 1, 31)),
        ("31012027", "dd/MM/yyyy", True, date(2027, 1, 31)),
        ("1/2/2027", "dd/MM/yyyy", True, date(2027, 2, 1)),
        ("31.01.2027", "dd.MM.yyyy", True, date(2027, 1, 31)),
        ("1/31/2027", "M/d/yyyy", True, date(2027, 1, 31)),
        ("01312027", "M/d/yyyy", True, date(2027, 1, 31)),
        ("2027-01-31", "yyyy-MM-dd", True, date(2027, 1, 31)),
        ("2027-01-3", "yyyy-MM-dd", True, None),  # maybe "31" on its way
        ("2027-01-3", "yyyy-MM-dd", False, date(2027, 1, 3)),  # Enter or leaving: the 3rd
        ("31/01/202", "dd/MM/yyyy", True, None),  # the year is still being typed
        ("31/01/27", "dd/MM/yyyy", True, None),
        ("31/01/27", "dd/MM/yyyy", False, date(2027, 1, 31)),
        ("310127", "dd/MM/yyyy", False, date(2027, 1, 31)),
        ("31/02/2027", "dd/MM/yyyy", True, None),  # no such day
        ("31/01", "dd/MM/yyyy", False, None),
        ("", "dd/MM/yyyy", False, None),
    ],
)
def test_reading_a_typed_date(text: str, pattern: str, complete: bool, expected: date | None) -> None:
    assert parse_typed_date(text, pattern, complete=complete) == expected


def test_field_order_follows_the_pattern() -> None:
    assert [field_order(p) for p in ("dd/MM/yyyy", "M/d/yyyy", "yyyy-MM-dd", "nonsense")] == [
        "dMy",
        "Mdy",
        "yMd",
        "dMy",
    ]


@pytest.fixture
def field(qtbot) -> Iterator[tuple[DateEdit, QLineEdit]]:  # noqa: ANN001
    """A French date field beside another field (to leave it), in a shown window."""
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    window = QWidget()
    layout = QVBoxLayout(window)
    edit, other = DateEdit(), QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    edit.setDate(QDate(2027, 11, 21))
    edit.setFocus()
    yield edit, other
    QLocale.setDefault(before)


def _date(edit: DateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def test_a_complete_date_is_taken_at_once_and_the_field_shows_it(qtbot, field) -> None:  # noqa: ANN001
    edit, _other = field
    changes: list[QDate] = []
    edit.dateChanged.connect(changes.append)
    assert edit.displayFormat() == "dd/MM/yyyy"
    qtbot.keyClicks(edit, "31/01/2027")
    assert _date(edit) == date(2027, 1, 31) and len(changes) == 1 and not edit.typing
    assert edit.lineEdit().text() == "31/01/2027"
    qtbot.keyClicks(edit, "1/2/2028")  # the next digits start a new date
    assert _date(edit) == date(2028, 2, 1) and edit.lineEdit().text() == "01/02/2028"


def test_leaving_the_field_takes_a_short_form_or_puts_the_date_back(qtbot, field) -> None:  # noqa: ANN001
    edit, other = field
    qtbot.keyClicks(edit, "5/3/27")
    assert edit.typing and edit.lineEdit().text() == "5/3/27" and _date(edit) == date(2027, 11, 21)
    other.setFocus()
    assert _date(edit) == date(2027, 3, 5) and edit.lineEdit().text() == "05/03/2027"
    edit.setFocus()
    qtbot.keyClicks(edit, "31/02/20")  # no such day: the date stays as it was
    other.setFocus()
    assert _date(edit) == date(2027, 3, 5) and edit.lineEdit().text() == "05/03/2027"


def test_backspace_escape_and_enter_while_typing(qtbot, field) -> None:  # noqa: ANN001
    edit, _other = field
    qtbot.keyClicks(edit, "31/01/29")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.lineEdit().text() == "31/01/2"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not edit.typing and edit.lineEdit().text() == "21/11/2027"
    qtbot.keyClicks(edit, "3/1/27")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _date(edit) == date(2027, 1, 3)


def test_the_arrow_keys_still_step_the_date(qtbot, field) -> None:  # noqa: ANN001
    edit, _other = field
    qtbot.keyClicks(edit, "15/04/2027")
    edit.setCurrentSection(DateEdit.Section.DaySection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert _date(edit) == date(2027, 4, 16) and edit.lineEdit().text() == "16/04/2027"
    qtbot.keyClicks(edit, "20/04/2")  # typing, then an arrow: the arrow acts on the date as it was
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert not edit.typing and edit.lineEdit().text() == edit.textFromDateTime(edit.dateTime())


def test_a_read_only_field_takes_nothing(qtbot, field) -> None:  # noqa: ANN001
    edit, _other = field
    edit.setReadOnly(True)
    qtbot.keyClicks(edit, "31/01/2027")
    assert _date(edit) == date(2027, 11, 21) and not edit.typing


def test_the_format_follows_the_ui_language(qtbot) -> None:  # noqa: ANN001
    before = QLocale()
    patterns = []
    try:
        for name in ("fr_FR", "en_US", "de_DE"):
            QLocale.setDefault(QLocale(name))
            edit = DateEdit()
            qtbot.addWidget(edit)
            patterns.append(edit.displayFormat())
    finally:
        QLocale.setDefault(before)
    assert patterns == ["dd/MM/yyyy", "M/d/yyyy", "dd.MM.yyyy"]
