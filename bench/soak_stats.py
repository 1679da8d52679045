"""Growth over a soak: what the process holds after session 10 versus later.

Pure: the soak samples /proc; this module only does the arithmetic, so the
rules ("from session 10 to the last", "growth in %") are tested on tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from bench.errors import MeasurementFailed

BASELINE_SESSION = 10  # the first sessions warm caches; growth counts from here


@dataclass(frozen=True)
class Sample:
    """What the shell process held at the Welcome screen after `session`."""

    session: int
    rss_kib: int
    fds: int
    threads: int  # outside the self-sizing worker pools below
    pool_threads: int  # Chromium's ThreadPool workers and QThreadPool threads
    webengine_processes: int
    session_dirs: int
    home_files: int


def baseline_and_last(
    samples: Sequence[Sample], baseline: int = BASELINE_SESSION
) -> tuple[Sample, Sample]:
    """The sample at `baseline` (or the first after it) and the last one."""
    ordered = sorted(samples, key=lambda s: s.session)
    start = next((s for s in ordered if s.session >= baseline), None)
    if start is None or ordered[-1].session <= start.session:
        have = [s.session for s in ordered]
        raise MeasurementFailed(
            f"need a sample at session >= {baseline} and a later one, have {have}; "
            "run more sessions (BENCH_SOAK_SESSIONS)"
        )
    return start, ordered[-1]


def growth_pct(start: float, end: float) -> float:
    if start <= 0:
        raise MeasurementFailed(f"cannot take growth in % from a start of {start}")
    return round((end - start) / start * 100, 2)


def growth(samples: Sequence[Sample], field: str) -> int:
    """Absolute change of one counter from the baseline to the last sample."""
    if field not in {f.name for f in fields(Sample)} or field == "session":
        raise ValueError(f"unknown sample field {field!r}")
    start, end = baseline_and_last(samples)
    return int(getattr(end, field)) - int(getattr(start, field))


def rss_growth_pct(samples: Sequence[Sample]) -> float:
    start, end = baseline_and_last(samples)
    return growth_pct(start.rss_kib, end.rss_kib)


def sample_points(sessions: int, every: int = 50) -> list[int]:
    """Sessions after which to sample: the baseline, every `every`, the last."""
    points = {min(BASELINE_SESSION, sessions), sessions}
    points.update(range(every, sessions + 1, every))
    return sorted(p for p in points if p >= 1)
