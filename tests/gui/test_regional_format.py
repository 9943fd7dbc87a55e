"""Dates and numbers follow the regional format (the system's, or the one chosen in the Settings),
not only the UI language; years have four digits; every date field takes a typed date (issue 15)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit

from cmtoolbox.gui.formatting import (
    apply_regional_format,
    format_date,
    format_datetime,
    format_number,
    format_recent,
    regional_locale,
    short_date_pattern,
)
from cmtoolbox.gui.i18n import install_translators
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.widgets.date_edit import DateEdit
from tests.conftest import REPO_ROOT

MOMENT = datetime(2026, 11, 30, 14, 5).astimezone()  # a stored time, in this machine's zone
NNBSP = "\u202f"  # CLDR's narrow no-break space: French thousands, US "2:05 PM"


def test_regional_choices_and_the_system_fallback() -> None:
    assert regional_locale("fr_FR", "en").name() == "fr_FR"
    assert regional_locale("en_GB", "fr").name() == "en_GB"
    # The issue: a French machine, the app in English: French formats, not the US ones.
    assert regional_locale("system", "en", QLocale("fr_FR")).name() == "fr_FR"
    # A machine with no locale at all (containers, LANG=C): the UI language's formats.
    assert regional_locale("system", "fr", QLocale.c()).name() == "fr_FR"
    assert regional_locale("system", "en", QLocale.c()).name() == "en_US"
    assert regional_locale("klingon", "en", QLocale("en_GB")).name() == "en_GB"  # unknown: system


@pytest.mark.parametrize(
    ("name", "when", "number"),
    [
        ("fr_FR", "30/11/2026 14:05", f"1{NNBSP}234,5"),
        ("en_GB", "30/11/2026 14:05", "1,234.5"),
        ("en_US", f"11/30/2026 2:05{NNBSP}PM", "1,234.5"),  # never "11/30/26"
    ],
)
def test_dates_have_four_digit_years_in_every_format(qapp, name: str, when: str, number: str) -> None:  # noqa: ANN001
    locale = QLocale(name)
    assert format_datetime(MOMENT, locale=locale) == when
    assert format_date(MOMENT.date(), locale) == when.split(" ")[0]
    assert format_number(1234.5, 1, locale) == number
    assert "yyyy" in short_date_pattern(locale)


def test_lists_say_recent_times_briefly(qapp) -> None:  # noqa: ANN001
    fr, us = QLocale("fr_FR"), QLocale("en_US")
    assert format_recent(MOMENT, MOMENT + timedelta(hours=1), fr) == "14:05"
    assert format_recent(MOMENT, MOMENT + timedelta(days=3), fr) == "30 nov."
    assert format_recent(MOMENT, MOMENT + timedelta(days=3), us) == "Nov 30"  # the US order
    assert format_recent(MOMENT, MOMENT + timedelta(days=400), fr) == "30/11/2026"
    # A planned post (the drafts list): the time too, in the regional format, never "30 Nov" in the US.
    assert format_recent(MOMENT, MOMENT + timedelta(days=3), fr, with_time=True) == "30 nov. 14:05"
    assert format_recent(MOMENT, MOMENT + timedelta(days=3), us, with_time=True) == f"Nov 30 2:05{NNBSP}PM"
    assert format_recent(MOMENT, MOMENT + timedelta(hours=1), us, with_time=True) == f"2:05{NNBSP}PM"


@pytest.mark.usefixtures("english_formats_after")
def test_english_ui_with_the_french_regional_format(qtbot, ctx, run, data_root: Path) -> None:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    open_field = DateEdit()  # a date field already on screen when the format changes
    qtbot.addWidget(open_field)
    open_field.show()
    open_field.setDate(QDate(2027, 1, 31))
    apply_regional_format("en_US", "en")
    open_field.setLocale(QLocale())  # as a widget opened before would have it
    assert open_field.displayFormat() == "M/d/yyyy"

    dialog = window.open_settings()
    region = dialog.ui.regionCombo
    assert [region.itemData(i) for i in range(region.count())] == ["system", "fr_FR", "en_GB", "en_US"]
    region.setCurrentIndex(region.findData("fr_FR"))
    assert dialog.ui.regionSample.text() == f"For example: 30/11/2026 14:05 · 1{NNBSP}234,5"
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    run(ctx.tasks.idle())

    assert ctx.language == "en" and window.menuBar().actions()[0].text() == "&File"  # still English
    assert QLocale().name() == "fr_FR"
    assert format_datetime(MOMENT) == "30/11/2026 14:05"
    assert open_field.displayFormat() == "dd/MM/yyyy"  # switched at once (LocaleChange)
    assert open_field.lineEdit().text() == "31/01/2027"
    new_field = DateEdit()
    qtbot.addWidget(new_field)
    assert new_field.displayFormat() == "dd/MM/yyyy"
    assert Preferences(data_root).regional_format == "fr_FR"  # kept for the next start


@pytest.mark.usefixtures("english_formats_after")
def test_install_translators_applies_the_regional_format(qapp) -> None:  # noqa: ANN001
    install_translators(qapp, "fr", "en_GB")
    assert QLocale().name() == "en_GB"
    install_translators(qapp, "en", "fr_FR")
    assert QLocale().name() == "fr_FR"


@pytest.mark.usefixtures("english_formats_after")
def test_every_date_field_of_the_app_takes_typed_dates(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    """The widgets of every section: each date field is a DateEdit with a four-digit year."""
    apply_regional_format("fr_FR", "en")
    client = store.clients.create("Boulangerie Martin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.clients.select(client.id)
    for key in window._section_keys:
        window.show_section(key)
        run(ctx.tasks.idle())
    fields = [f for f in window.findChildren(QDateTimeEdit) if not isinstance(f, QTimeEdit)]
    assert len(fields) >= 3, "the review's period and the library's rights date at least"
    for field in fields:
        assert isinstance(field, DateEdit), field.objectName()
        assert "yyyy" in field.displayFormat(), field.displayFormat()
    review = window.page("sources").review_tab
    review.start_edit.setFocus()
    review.start_edit.lineEdit().selectAll()
    qtbot.keyClicks(review.start_edit, "31012027")  # digits alone, in the regional order (d, M, y)
    assert review.start_edit.date() == QDate(2027, 1, 31)


def test_no_bare_date_edit_is_built_anywhere_in_the_gui() -> None:
    """Source check for the dialogs the test above does not open: only DateEdit builds a QDateEdit."""
    built = re.compile(r"\bQ(?:Date|DateTime)Edit\(")
    offenders = [
        str(path.relative_to(REPO_ROOT))
        for path in (REPO_ROOT / "cmtoolbox" / "gui").rglob("*.py")
        if path.name != "date_edit.py" and built.search(path.read_text("utf-8"))
    ]
    assert offenders == []


@pytest.mark.usefixtures("english_formats_after")
def test_review_period_is_a_date_edit_with_keyboard_entry(qtbot, ctx) -> None:  # noqa: ANN001
    from cmtoolbox.gui.sources.review_tab import ReviewTab

    apply_regional_format("en_GB", "en")
    tab = ReviewTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    for field in (tab.start_edit, tab.end_edit):
        assert isinstance(field, DateEdit) and field.displayFormat() == "dd/MM/yyyy"
    tab.end_edit.setFocus()
    tab.end_edit.lineEdit().selectAll()
    qtbot.keyClicks(tab.end_edit, "31/01/2027")
    qtbot.keyClick(tab.end_edit, Qt.Key.Key_Return)
    assert tab.end_edit.date() == QDate(2027, 1, 31)


@pytest.mark.usefixtures("english_formats_after")
def test_the_drafts_list_says_when_briefly(qapp) -> None:  # noqa: ANN001
    """Coming posts with their time; a post already out by its day only (the title keeps its room,
    the tooltip has the time); in the regional format, not a fixed "d MMM"."""
    from types import SimpleNamespace

    from cmtoolbox.gui.drafts.list_model import planned_text

    QLocale.setDefault(QLocale("en_US"))
    soon = SimpleNamespace(calendar_at=MOMENT)
    assert planned_text(soon, MOMENT - timedelta(days=3)) == f"Nov 30 2:05{NNBSP}PM"  # type: ignore[arg-type]
    assert planned_text(soon, MOMENT + timedelta(days=3)) == "Nov 30"  # type: ignore[arg-type]
    assert planned_text(SimpleNamespace(calendar_at=None)) == ""  # type: ignore[arg-type]
