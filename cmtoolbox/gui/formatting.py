"""Dates, times and numbers as the user reads them: one formatter for every view.

Stored times are UTC; they are shown in the machine's time zone, in the short format of the user's
*regional format*, with four-digit years (a CM reads "30/11/2026", never "11/30/26").

The regional format is a setting of its own (Settings ▸ Regional format), apart from the UI language,
as on Windows and macOS: a French CM may run the app in English and still read 30/11/2026 and
1 234,5. "System" follows the machine's locale (LC_TIME, LC_NUMERIC, LANG); a machine with no locale
set (the C locale of a container) gets the UI language's formats. `apply_regional_format` makes the
chosen locale Qt's default, so every `QLocale()` (spin boxes, calendars, the formatters below) and
every widget created afterwards use it; `QWidget.locale()` of the widgets already shown is updated
too, which sends them a `LocaleChange` event.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication

from cmtoolbox.gui.preferences import REGIONAL_FORMATS  # "system", or a locale name


def _four_digit_years(pattern: str) -> str:
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


def regional_locale(choice: str, language: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers are written in, for a regional-format choice and a UI language.

    "system" is the machine's locale, unless the machine has none (C/POSIX): then the UI language's
    own (French of France, or English of the United States)."""
    if choice in REGIONAL_FORMATS and choice != "system":
        return QLocale(choice)
    system = system or QLocale.system()
    if system.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return system  # keeps each category's own setting (LC_TIME, LC_NUMERIC)
    return QLocale("fr_FR" if language == "fr" else "en_US")


def apply_regional_format(choice: str, language: str) -> QLocale:
    """Make the chosen regional format Qt's default locale, for new and open widgets alike."""
    locale = regional_locale(choice, language)
    QLocale.setDefault(locale)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():  # their children inherit it (and get LocaleChange)
            if widget.locale() != locale:
                widget.setLocale(locale)
                widget.update()
    return locale


def short_date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year, also for date edits."""
    return _four_digit_years((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def short_time_pattern(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)


def _qdate(value: date | datetime) -> QDate:
    if isinstance(value, datetime):
        return QDateTime.fromSecsSinceEpoch(int(value.timestamp())).date()
    return QDate(value.year, value.month, value.day)


def format_date(value: date | datetime | None, locale: QLocale | None = None) -> str:
    """A day ("30/11/2026", "11/30/2026"); a datetime is taken in the local time zone."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(_qdate(value), short_date_pattern(locale))


def format_datetime(value: datetime | None, *, with_time: bool = True, locale: QLocale | None = None) -> str:
    """A stored UTC time in the user's time zone."""
    if value is None:
        return ""
    if not with_time:
        return format_date(value, locale)
    locale = locale or QLocale()
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return locale.toString(stamp, f"{short_date_pattern(locale)} {short_time_pattern(locale)}")


def format_time(value: datetime, locale: QLocale | None = None) -> str:
    """The local time of day of a stored UTC time ("14:05", "2:05 PM")."""
    locale = locale or QLocale()
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).time()
    return locale.toString(QTime(local.hour(), local.minute()), short_time_pattern(locale))


def format_recent(
    moment: datetime, now: datetime | None = None, locale: QLocale | None = None, *, with_time: bool = False
) -> str:
    """Compact, for lists: today the time, this year the day and month ("30 nov.", "Nov 30"; with
    its time when `with_time`: a planned post), otherwise the full date with its four-digit year."""
    locale = locale or QLocale()
    day = _qdate(moment)
    today = _qdate(now or datetime.now().astimezone())
    if day == today:
        return format_time(moment, locale)
    if day.year() == today.year():
        day_month = locale.toString(day, _day_month_pattern(locale))
        return f"{day_month} {format_time(moment, locale)}" if with_time else day_month
    return format_date(moment, locale)


def _day_month_pattern(locale: QLocale) -> str:
    """The short date pattern without its year, with the month's abbreviated name: "d MMM" where the
    day comes first (France, United Kingdom), "MMM d" where the month does (United States)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return "MMM d" if pattern.find("M") < pattern.find("d") else "d MMM"


def format_number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A number with the regional format's separators ("1 234,5", "1,234.5")."""
    return (locale or QLocale()).toString(float(value), "f", decimals)


def format_integer(value: int, locale: QLocale | None = None) -> str:
    """A count with the regional format's group separator ("12 000", "12,000")."""
    return (locale or QLocale()).toString(int(value))


def format_long_date(value: date | datetime, locale: QLocale | None = None) -> str:
    """A day in full, with its weekday and four-digit year ("mercredi 2 décembre 2026",
    "Wednesday, December 2, 2026"): a heading's date."""
    locale = locale or QLocale()
    return locale.toString(_qdate(value), _four_digit_years(locale.dateFormat(QLocale.FormatType.LongFormat)))


def sample(locale: QLocale | None = None) -> str:
    """What a regional format looks like, for the Settings dialog: a date, a time and a number."""
    locale = locale or QLocale()
    moment = datetime(2026, 11, 30, 14, 5).astimezone()
    return f"{format_datetime(moment, locale=locale)} · {format_number(1234.5, 1, locale)}"
