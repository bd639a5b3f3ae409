"""Numbers, percentages, money, dates and times for people, in the interface locale.

app.views.language.install_translators sets QLocale's default to the interface language, so QLocale() here follows the
language setting (简体中文: 2026/11/22 14:05, ¥1,234.50; English: 22 Nov 2026 14:05 ...). Use these
instead of f"{n:,}" or strftime in the views. Times stored as UTC are shown in the zone given, or this
computer's.
"""
from __future__ import annotations

from datetime import date, datetime, timezone, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

NONE = "—"


def number(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return NONE
    locale = QLocale()
    if decimals == 0 and float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)


def percent(fraction: float | None, decimals: int = 1) -> str:
    """0.256 -> '25.6%' (the locale's digits and separator)."""
    if fraction is None:
        return NONE
    return QLocale().toString(float(fraction) * 100, "f", decimals) + QLocale().percent()


def money(fen: int | None) -> str:
    """Integer fen as yuan with the ¥ sign: 123450 -> '¥1,234.50'."""
    if fen is None:
        return NONE
    if fen < 0:                       # "-¥0.05", not the accounting "(¥0.05)" of en_US
        return "-" + money(-fen)
    return QLocale().toCurrencyString(fen / 100, "¥", 2)


def date_text(day: date | None, long: bool = False) -> str:
    if day is None:
        return NONE
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), _four_digit_year(QLocale().dateFormat(kind)))


def time_text(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_time(moment: datetime | str | None, zone: tzinfo | None = None) -> str:
    """A datetime (or stored UTC text 'YYYY-MM-DDTHH:MM:SSZ') in *zone* (default: this computer's)."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone(zone) if zone is not None else moment.astimezone()
    return f"{date_text(local.date())} {time_text(local)}"


def _four_digit_year(pattern: str) -> str:
    """Qt's short formats use 'yy' in some locales (en_US: M/d/yy); a year in a record wants four digits."""
    return pattern.replace("yyyy", "y").replace("yy", "y").replace("y", "yyyy") if "yy" in pattern else pattern
