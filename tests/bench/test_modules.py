"""The real benchmark modules, run tiny through the real harness.

No timing is asserted: these prove each module still drives the shell (real
QtWebEngine offscreen, a private cupsd, Chromium) and returns well-formed
entries with the documented names.
"""

from __future__ import annotations

import os

import pytest

from bench import run as harness

TINY = {
    "BENCH_RUNS": "2",
    "BENCH_PEER_RUNS": "1",
    "BENCH_COLD_RUNS": "1",
    "BENCH_SOAK_SESSIONS": "12",
    "BENCH_A11Y_RUNS": "1",
}
needs_chromium = pytest.mark.needs_tool("chromium")  # Debian's, the peer


def run_tiny(name: str):
    (module,) = harness.discover(only=[name])
    outcome = harness.run_module(module, env={**os.environ, **TINY})
    failed = [e.note for e in outcome.entries if e.failed]
    assert not failed, f"{failed}\n{outcome.log[-2000:]}"
    return {e.name: e for e in outcome.entries}


@pytest.mark.webengine
@pytest.mark.cups
@pytest.mark.slow
@needs_chromium
def test_session_cycle():
    entries = run_tiny("session_cycle")
    assert set(entries) == {"session_start", "session_reset"}
    for entry in entries.values():
        assert entry.unit == "ms" and entry.median > 0 and entry.reference_median > 0
    assert entries["session_start"].runs == 2


@pytest.mark.webengine
@pytest.mark.cups
@pytest.mark.slow
def test_soak_samples_growth_from_session_10():
    entries = run_tiny("soak")
    assert {
        "soak_rss_growth_pct",
        "soak_fd_growth",
        "soak_thread_growth",
        "soak_webengine_process_growth",
        "soak_session_dirs_left",
    } <= set(entries)
    rss = entries["soak_rss_growth_pct"]
    assert rss.runs == 12 and rss.reference_median > 0
    assert "session 10 → 12" in entries["soak_fd_growth"].note
    assert entries["soak_session_dirs_left"].median == 0


@pytest.mark.webengine
def test_cold_start():
    entry = run_tiny("cold_start")["cold_start"]
    assert entry.runs == 1 and entry.median > 0 and entry.reference_median > 0


@pytest.mark.slow
@needs_chromium
def test_peer_chromium():
    entry = run_tiny("peer_chromium")["peer_chromium_restart"]
    assert entry.runs == 1 and entry.median > 0 and entry.reference_median > 0


@pytest.mark.webengine
def test_web_accessibility_on_and_off():
    entries = run_tiny("web_accessibility")
    assert set(entries) == {
        "web_a11y_load_demo",
        "web_a11y_renderer_demo",
        "web_a11y_load_long",
        "web_a11y_renderer_long",
    }
    for entry in entries.values():
        assert entry.runs == 1 and entry.median > 0 and entry.reference_median > 0
