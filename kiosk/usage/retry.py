"""When to retry a collector call and how long to wait. Pure."""

from __future__ import annotations

import enum
import random
from collections.abc import Iterator


class Verdict(enum.Enum):
    DONE = "done"  # 2xx
    RETRY = "retry"  # network error, 408, 429 or 5xx: the data is fine, try again
    REJECTED = "rejected"  # other 4xx: the same data will be refused again


def classify(status: int | None) -> Verdict:
    """`None` stands for a network error (no answer at all)."""
    if status is None or status >= 500 or status in (408, 429):
        return Verdict.RETRY
    if 200 <= status < 300:
        return Verdict.DONE
    return Verdict.REJECTED


def delays(
    attempts: int,
    base: float = 1.0,
    cap: float = 60.0,
    rng: random.Random | None = None,
) -> Iterator[float]:
    """'Full jitter' backoff: attempts-1 waits, the n-th in [0, min(cap, base·2ⁿ)].

    Jitter keeps hundreds of stations that came back together from retrying in step.
    """
    rng = rng or random.Random()
    for n in range(max(0, attempts - 1)):
        yield rng.uniform(0, min(cap, base * 2**n))
