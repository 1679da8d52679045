"""Soak growth arithmetic, table-driven."""

from __future__ import annotations

import pytest

from bench.errors import MeasurementFailed
from bench.soak_stats import (
    Sample,
    baseline_and_last,
    growth,
    growth_pct,
    rss_growth_pct,
    sample_points,
)


def s(session, rss=100_000, fds=40, threads=20):
    return Sample(session, rss, fds, threads, 8, 2, 0, 4)


@pytest.mark.parametrize(
    ("sessions", "points"),
    [
        (500, [10, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500]),
        (120, [10, 50, 100, 120]),
        (20, [10, 20]),
        (5, [5]),
        (1, [1]),
    ],
)
def test_sample_points(sessions, points):
    assert sample_points(sessions) == points


@pytest.mark.parametrize(
    ("start", "end", "pct"), [(100, 105, 5.0), (200, 190, -5.0), (3, 4, 33.33)]
)
def test_growth_pct(start, end, pct):
    assert growth_pct(start, end) == pct


def test_growth_pct_refuses_a_zero_start():
    with pytest.raises(MeasurementFailed, match="start of 0"):
        growth_pct(0, 10)


def test_growth_counts_from_session_10_not_from_the_first_sample():
    samples = [s(1, rss=50_000, fds=30), s(10, fds=40), s(50), s(500, 104_000, 41)]
    assert baseline_and_last(samples) == (samples[1], samples[3])
    assert rss_growth_pct(samples) == 4.0
    assert growth(samples, "fds") == 1
    assert growth(samples, "threads") == 0


def test_samples_out_of_order_are_sorted():
    samples = [s(500, 110_000), s(10), s(50, 90_000)]
    assert rss_growth_pct(samples) == 10.0


@pytest.mark.parametrize("sessions", [[], [5], [10], [1, 5]])
def test_too_few_samples_say_how_to_fix(sessions):
    with pytest.raises(MeasurementFailed, match="BENCH_SOAK_SESSIONS"):
        baseline_and_last([s(n) for n in sessions])


@pytest.mark.parametrize("field", ["session", "nonsense"])
def test_growth_of_unknown_field_is_refused(field):
    with pytest.raises(ValueError, match="unknown sample field"):
        growth([s(10), s(20)], field)


def test_pool_threads_are_counted_apart_from_the_shells_own() -> None:
    import ctypes
    import threading

    from bench.soak import thread_counts

    named, release = threading.Event(), threading.Event()

    def pool_like_worker() -> None:
        libc = ctypes.CDLL(None)
        libc.prctl(15, b"ThreadPoolForeg", 0, 0, 0)  # PR_SET_NAME, as Chromium's
        named.set()
        release.wait(5)

    own_before, pool_before = thread_counts()
    worker = threading.Thread(target=pool_like_worker)
    worker.start()
    named.wait(5)
    try:
        assert thread_counts() == (own_before, pool_before + 1)
    finally:
        release.set()
        worker.join()
    samples = [
        Sample(10, 100_000, 40, 20, 5, 2, 0, 4),
        Sample(500, 100_000, 40, 20, 10, 2, 0, 4),
    ]
    assert growth(samples, "threads") == 0
    assert growth(samples, "pool_threads") == 5
