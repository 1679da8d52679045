"""The money to collect today survives a restart and starts at zero each day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.printing.daybook import DayMoney, PrintDayBook


class Day:
    def __init__(self) -> None:
        self.value = date(2025, 3, 14)

    def __call__(self) -> date:
        return self.value


def test_adds_up_and_survives_a_new_book_on_the_same_file(tmp_path: Path) -> None:
    day = Day()
    book = PrintDayBook(tmp_path / "state" / "print-day.json", day)
    assert book.today() == DayMoney("2025-03-14")
    book.add(30, 3)
    book.add(0, 2)  # free pages: a job, no money
    again = PrintDayBook(tmp_path / "state" / "print-day.json", day)  # a restart
    assert again.today() == DayMoney("2025-03-14", 30, 2, 5)


def test_a_new_day_starts_at_zero(tmp_path: Path) -> None:
    day = Day()
    book = PrintDayBook(tmp_path / "print-day.json", day)
    book.add(120, 12)
    day.value = date(2025, 3, 15)
    assert book.today() == DayMoney("2025-03-15")
    assert book.add(10, 1) == DayMoney("2025-03-15", 10, 1, 1)


@pytest.mark.parametrize("text", ["", "{", '{"day": "2025-03-14"}', "[1]"])
def test_a_damaged_file_counts_from_zero(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "print-day.json"
    path.write_text(text)
    book = PrintDayBook(path, Day())
    assert book.today().amount_cents == 0
    assert book.add(20, 2).amount_cents == 20
    assert "print-day.json" in caplog.text


def test_nothing_negative(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="negative"):
        PrintDayBook(tmp_path / "x.json", Day()).add(-1, 1)
