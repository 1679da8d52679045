"""The product owner's targets, table-driven."""

from __future__ import annotations

import pytest

from bench.report import Entry
from bench.targets import verdicts


def e(name, median, unit="ms", ref=None):
    return Entry(name, median, unit, 5, "ref" if ref else None, ref)


@pytest.mark.parametrize(
    ("entries", "name", "expected"),
    [
        (
            [e("session_reset", 20), e("peer_chromium_restart", 900)],
            "session_reset",
            "✓ ≤ 150 ms; ✓ 45.0× faster than peer_chromium_restart (≥ 10×)",
        ),
        (
            [e("session_reset", 151), e("peer_chromium_restart", 1000)],
            "session_reset",
            "✗ ≤ 150 ms; ✗ 6.6× faster than peer_chromium_restart (≥ 10×)",
        ),
        (
            [e("session_reset", 20)],
            "session_reset",
            "✓ ≤ 150 ms; ? needs session_reset and peer_chromium_restart",
        ),
        ([e("session_start", 60, ref=40)], "session_start", "✓ 1.50× ref. (≤ 1.5×)"),
        ([e("session_start", 61, ref=40)], "session_start", "✗ 1.52× ref. (≤ 1.5×)"),
        ([e("session_start", 61)], "session_start", "? no value or reference"),
        ([e("cold_start", 1000)], "cold_start", "✓ ≤ 1000 ms"),
        ([e("cold_start", 1.2, unit="s")], "cold_start", "? cold_start is in 's'"),
        ([e("soak_rss_growth_pct", 5.01, "%")], "soak_rss_growth_pct", "✗ ≤ 5 %"),
        ([e("soak_fd_growth", 0, "fds")], "soak_fd_growth", "✓ ≤ 0 fds"),
        ([e("soak_fd_growth", 1, "fds")], "soak_fd_growth", "✗ ≤ 0 fds"),
        ([e("cold_start", None)], "cold_start", "? no value for cold_start"),
        ([e("card_insert_latency", 346)], "card_insert_latency", "✗ ≤ 300 ms"),
        (
            [e("collector_ingest", 1000, "batches/s")],
            "collector_ingest",
            "✓ ≥ 1000 batches/s",
        ),
        (
            [e("collector_ingest", 129, "batches/s")],
            "collector_ingest",
            "✗ ≥ 1000 batches/s",
        ),
        ([e("collector_export_year", 0.8, "s")], "collector_export_year", "✓ ≤ 1 s"),
    ],
)
def test_verdicts(entries, name, expected):
    assert verdicts(entries)[name].startswith(expected)


def test_only_entries_in_the_run_get_a_verdict():
    assert verdicts([e("staff.scrypt_check", 50)]) == {}
    assert set(verdicts([e("cold_start", 900)])) == {"cold_start"}
