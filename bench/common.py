"""What every benchmark returns: one entry of bench/results.json.

Each figure is a median over repeated runs, next to a reference measured in
the same run (machines here are noisy, so absolute numbers mean little alone).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Result:
    name: str
    median: float
    unit: str
    runs: int
    reference: str | None = None
    reference_median: float | None = None
    note: str = ""

    def as_json(self) -> dict[str, object]:
        out = asdict(self)
        if not out["note"]:
            del out["note"]
        return out


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def time_runs(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples
