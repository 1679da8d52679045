from __future__ import annotations

import pytest

from kiosk.staff.status import Reason, format_cents, format_uptime, staff_reasons


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


def test_staff_reasons_plain_kinds_without_noise() -> None:
    reasons = (
        "media-jam-error",
        "media-jam-warning",  # the same trouble twice: shown once
        "toner-low-report",  # "-report": nothing to act on
        "cups-waiting-for-job-completed",
        "marker-supply-low-warning",
        "paused",
        "spool-area-full",
    )
    assert staff_reasons(reasons) == (
        (Reason.JAM, "media-jam-error"),
        (Reason.TONER_LOW, "marker-supply-low-warning"),
        (Reason.PAUSED, "paused"),
        (Reason.OTHER, "spool-area-full"),
    )
    assert staff_reasons(("none",)) == ()
