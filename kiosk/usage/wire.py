"""The wire format of a sync batch and its rules. Pure: no I/O, no clock.

    {"days": [{"day": "2026-03-02",
               "counts": [{"metric": "sessions", "dimension": "", "value": 12}, …]},
              …]}

Values are absolute day totals, so the collector can upsert them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Final

MAX_DAYS_PER_BATCH: Final = 31
MAX_COUNTS_PER_DAY: Final = 2000
MAX_VALUE: Final = 10**9
MAX_BODY_BYTES: Final = 512 * 1024
# How far back a station may still send a day (a station offline for a year).
MAX_AGE_DAYS: Final = 400
# Stations east of UTC are ahead of the collector's UTC date.
FUTURE_SLACK_DAYS: Final = 1


def day_problem(day: date, today: date, max_age_days: int = MAX_AGE_DAYS) -> str:
    """'' when the collector may accept this day, else the reason it may not."""
    if day > today + timedelta(days=FUTURE_SLACK_DAYS):
        return f"day {day.isoformat()} is in the future (collector date {today})"
    if day < today - timedelta(days=max_age_days):
        return (
            f"day {day.isoformat()} is more than {max_age_days} days back; "
            "such old counts are not accepted"
        )
    return ""


def batches(items: Sequence[Any], size: int = MAX_DAYS_PER_BATCH) -> list[list[Any]]:
    """Split into batches of at most `size`, in order."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def encode_day(day: date, counts: Sequence[tuple[str, str, int]]) -> dict[str, Any]:
    return {
        "day": day.isoformat(),
        "counts": [{"metric": m, "dimension": d, "value": v} for m, d, v in counts],
    }
