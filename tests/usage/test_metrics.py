"""The vocabulary check shared by station and collector."""

from __future__ import annotations

import pytest

from kiosk.usage import metrics
from kiosk.usage.errors import CounterError


@pytest.mark.parametrize(
    ("metric", "dimension"),
    [
        ("sessions", ""),
        ("sessions_by_hour", "00"),
        ("sessions_by_hour", "23"),
        ("sessions_by_duration", "m60-up"),
        ("service_launches", "buergerservice"),
        ("languages", "ar"),
        ("out_of_service_minutes", "staff"),
        ("wipe_failed_steps", "print_jobs"),
    ],
)
def test_allowed(metric: str, dimension: str) -> None:
    metrics.check(metric, dimension)


@pytest.mark.parametrize(
    ("metric", "dimension", "message"),
    [
        ("visits", "", "unknown metric 'visits'; known metrics: cards_left"),
        ("sessions", "x", "takes no dimension"),
        ("sessions_by_hour", "24", "must be one of"),
        ("sessions_by_hour", "9", "must be one of"),
        ("languages", "fr", "must be one of"),
        ("service_launches", "https://www.jena.de/", "must be a slug"),
        ("service_launches", "", "must be a slug"),
        ("service_launches", "a" * 33, "must be a slug"),
        ("service_launches", "2026-03-02t09:15", "must be a slug"),
    ],
)
def test_refused_with_the_reason(metric: str, dimension: str, message: str) -> None:
    with pytest.raises(CounterError, match=message.replace("?", r"\?")):
        metrics.check(metric, dimension)


def test_kpi_is_a_metric() -> None:
    assert metrics.KPI_METRIC in metrics.METRICS
