"""A station SIGKILLed while it counts keeps an intact, consistent counter file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from kiosk.usage.store import CounterStore

# Each "session" writes several increments in separate transactions, as the
# sink does, and prints the count of sessions fully written so far.
WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo
    from kiosk.session import events as ev
    from kiosk.usage.counters import UsageCounters
    from kiosk.usage.store import CounterStore

    sink = UsageCounters(CounterStore(sys.argv[1]), ZoneInfo("Europe/Berlin"))
    at = datetime(2026, 3, 2, 9, tzinfo=UTC)
    n = 0
    while True:
        sink(ev.SessionStarted(at=at, language="de"))
        sink(ev.ServiceOpened(at=at, service_id="jobs"))
        sink(ev.SessionEnded(at=at + timedelta(minutes=3), started_at=at,
                             reason=ev.EndReason.RESIDENT))
        n += 1
        print(n, flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_mid_increments_leaves_the_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    CounterStore(path).close()  # migrate first, so the child only counts
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert proc.stdout is not None
    done = 0
    try:
        while done < 150:
            line = proc.stdout.readline()
            assert line, "the writer died before it was killed"
            done = int(line)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    store = CounterStore(path)
    try:
        assert store.integrity_ok()
        values = store.values(date(2026, 3, 2))
        started = values[("sessions", "")]
        # every fully written session is there; at most one more was under way
        assert done <= started <= done + 2
        assert values[("sessions_by_hour", "10")] == started
        assert values[("languages", "de")] == started
        # each event is one transaction: a metric set of one event is never split
        ended = values[("sessions_ended", "resident")]
        assert values[("sessions_by_duration", "m00-05")] == ended
        assert started - 1 <= values[("service_launches", "jobs")] <= started
        assert started - 1 <= ended <= started
    finally:
        store.close()
