"""Prices, dates and numbers the way each resident's language writes them.

Printing and the eID screens call these instead of formatting by hand, so a
price reads "1,30 €" in German, "€1.30" in English and "١٫٣٠ €" in Arabic.
English uses the British locale: day before month, 24-hour clock, as in Germany.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# Language code of the shell → the locale whose conventions we show.
LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "ar": "ar_SY",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "tr": "tr_TR",
}
CURRENCY_SYMBOLS = {"EUR": "€"}


class FormattingError(ValueError):
    """A value that cannot be shown (unknown language, negative price …)."""


def locale_for(language: str) -> QLocale:
    try:
        return QLocale(LOCALES[language])
    except KeyError:
        raise FormattingError(
            f"unknown language {language!r}; use one of {', '.join(LOCALES)}"
        ) from None


def format_price(cents: int, language: str, currency: str = "EUR") -> str:
    """An amount of money, e.g. format_price(130, "de") == "1,30 €"."""
    if cents < 0:
        raise FormattingError(f"a price cannot be negative (got {cents} cents)")
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return locale_for(language).toCurrencyString(cents / 100, symbol, 2)


def format_number(value: int, language: str) -> str:
    return locale_for(language).toString(value)


def format_date(day: dt.date, language: str, *, long: bool = False) -> str:
    """A calendar date; `long` spells out weekday and month for reading aloud."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale_for(language).toString(QDate(day.year, day.month, day.day), form)


def format_time(moment: dt.time, language: str) -> str:
    return locale_for(language).toString(
        QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
    )


def format_datetime(moment: dt.datetime, language: str) -> str:
    qt = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
    )
    return locale_for(language).toString(qt, QLocale.FormatType.ShortFormat)
