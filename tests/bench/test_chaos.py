"""30 chaos sessions with a fixed seed, through the real harness: no violation.

The whole station (QtWebEngine offscreen, AusweisApp, private pcscd + virtual
card, cupsd + virtual printer, PostgreSQL + collector, `kiosk usage sync`) with
faults injected as bench/chaos.py does for `make bench`. A failure names the
session, its fault and what was wrong; replay it with
`BENCH_CHAOS_SEED=<seed> BENCH_CHAOS_SESSIONS=30 python -m bench.chaos`.
"""

from __future__ import annotations

import os

import pytest

from bench import run as harness

SEED = "1174"  # a walk with 12 kinds of fault, cupsd down and the shell killed
SESSIONS = "30"
VIOLATIONS = (
    "chaos_dirty_handovers",
    "chaos_counts_lost",
    "chaos_counts_doubled",
    "chaos_print_mismatches",
    "chaos_stuck_out_of_service",
    "chaos_cleared_without_staff",
    "chaos_orphan_processes",
)


@pytest.mark.webengine
@pytest.mark.cups
@pytest.mark.postgres
@pytest.mark.pcscd
@pytest.mark.slow
@pytest.mark.needs_tool(
    "pcscd",
    "unshare",
    "/usr/bin/vicc",
    "/usr/lib/pcsc/drivers/serial/libifdvpcd.so",
    "AusweisApp2",
)
def test_thirty_sessions_under_faults_break_no_invariant() -> None:
    (module,) = harness.discover(only=["chaos"])
    env = {
        **os.environ,
        "BENCH_CHAOS_SESSIONS": SESSIONS,
        "BENCH_CHAOS_SEED": SEED,
        "BENCH_CHAOS_FAULT_RATE": "0.6",
    }
    outcome = harness.run_module(module, env=env)
    entries = {e.name: e for e in outcome.entries}
    failed = [e.note for e in outcome.entries if e.failed]
    assert not failed, f"{failed}\n{outcome.log[-3000:]}"
    assert entries["chaos_sessions"].median == int(SESSIONS)
    assert f"seed {SEED}" in entries["chaos_sessions"].note
    assert entries["chaos_faults_injected"].median > 10
    broken = {name: entries[name].median for name in VIOLATIONS if entries[name].median}
    assert not broken, f"{broken}: {entries['chaos_sessions'].note}"
