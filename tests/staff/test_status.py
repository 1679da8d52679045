from __future__ import annotations

import pytest

from kiosk.staff.status import format_cents, format_uptime


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "0,00 €"), (5, "0,05 €"), (1234, "12,34 €"), (-250, "-2,50 €")],
)
def test_format_cents(cents: int, text: str) -> None:
    assert format_cents(cents) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 h 0 min"),
        (3720, "1 h 2 min"),
        (90061, "1 d 1 h 1 min"),
        (-5, "0 h 0 min"),
    ],
)
def test_format_uptime(seconds: int, text: str) -> None:
    assert format_uptime(seconds) == text
