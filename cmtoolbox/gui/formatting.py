"""Dates, times and numbers as the user reads them: one formatter for every view.

Stored times are UTC; they are shown in the machine's time zone, in the short format of the UI's
locale, with four-digit years (a CM reads "30/11/2026", never "11/30/26").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def _four_digit_years(pattern: str) -> str:
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


def short_date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year, also for date edits."""
    return _four_digit_years((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: date | datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    if isinstance(value, datetime):
        qdate = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).date()
    else:
        qdate = QDate(value.year, value.month, value.day)
    return locale.toString(qdate, short_date_pattern(locale))


def format_datetime(value: datetime | None, *, with_time: bool = True, locale: QLocale | None = None) -> str:
    """A stored UTC time in the user's time zone."""
    if value is None:
        return ""
    if not with_time:
        return format_date(value, locale)
    locale = locale or QLocale()
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    time_pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(stamp, f"{short_date_pattern(locale)} {time_pattern}")


def format_number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(float(value), "f", decimals)
