"""Which answers are retried, and the backoff delays (pure)."""

from __future__ import annotations

import random

import pytest

from kiosk.usage.retry import Verdict, classify, delays


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (None, Verdict.RETRY),
        (200, Verdict.DONE),
        (204, Verdict.DONE),
        (400, Verdict.REJECTED),
        (401, Verdict.REJECTED),
        (403, Verdict.REJECTED),
        (413, Verdict.REJECTED),
        (422, Verdict.REJECTED),
        (408, Verdict.RETRY),
        (429, Verdict.RETRY),
        (500, Verdict.RETRY),
        (503, Verdict.RETRY),
    ],
)
def test_classify(status: int | None, verdict: Verdict) -> None:
    assert classify(status) is verdict


@pytest.mark.parametrize(("attempts", "waits"), [(0, 0), (1, 0), (2, 1), (6, 5)])
def test_one_wait_fewer_than_attempts(attempts: int, waits: int) -> None:
    assert len(list(delays(attempts))) == waits


def test_delays_grow_exponentially_under_the_cap_with_jitter() -> None:
    got = list(delays(10, base=1.0, cap=8.0, rng=random.Random(7)))
    bounds = [1, 2, 4, 8, 8, 8, 8, 8, 8]
    assert all(0 <= d <= b for d, b in zip(got, bounds, strict=True))
    assert len(set(got)) == len(got)  # jittered, not in lock-step
    assert max(got[3:]) > 2  # later waits may be long
