from __future__ import annotations

import datetime as dt

import pytest

from kiosk.ui.formatting import (
    FormattingError,
    format_date,
    format_datetime,
    format_number,
    format_price,
)


@pytest.mark.parametrize(
    ("language", "cents", "expected"),
    [
        ("de", 130, "1,30\xa0€"),
        ("en", 130, "€1.30"),
        ("tr", 130, "€1,30"),
        ("ru", 5, "0,05\xa0€"),
        ("uk", 1000, "10,00\xa0€"),
        ("ar", 130, "\u200f١٫٣٠\xa0€"),
    ],
)
def test_price_per_locale(language, cents, expected) -> None:
    assert format_price(cents, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "07.03.25"),
        ("en", "07/03/2025"),
        ("tr", "7.03.2025"),
        ("ru", "07.03.2025"),
    ],
)
def test_short_date_per_locale(language, expected) -> None:
    assert format_date(dt.date(2025, 3, 7), language) == expected


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("de", "März"),
        ("en", "March"),
        ("uk", "березня"),
        ("tr", "Mart"),
        ("ar", "آذار"),
    ],
)
def test_long_date_names_the_month(language, word) -> None:
    assert word in format_date(dt.date(2025, 3, 7), language, long=True)


def test_time_is_24_hour_in_german_and_english() -> None:
    for language in ("de", "en"):
        assert "14:05" in format_datetime(dt.datetime(2025, 3, 7, 14, 5), language)


def test_numbers_group_per_locale() -> None:
    assert format_number(1234, "de") == "1.234"
    assert format_number(1234, "en") == "1,234"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: format_price(-1, "de"), "cannot be negative"),
        (lambda: format_price(1, "fr"), "unknown language 'fr'; use one of de, en"),
        (lambda: format_date(dt.date(2025, 1, 1), ""), "unknown language"),
    ],
)
def test_bad_input_names_the_problem(call, message) -> None:
    with pytest.raises(FormattingError, match=message):
        call()
