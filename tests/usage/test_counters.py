"""The lifecycle sink on a real lifecycle and a real counter file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.session import events as ev
from kiosk.session.lifecycle import Lifecycle
from kiosk.session.wipe import WipeStepFailed
from kiosk.usage.counters import UsageCounters
from kiosk.usage.store import CounterStore

BERLIN = ZoneInfo("Europe/Berlin")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> CounterStore:
    s = CounterStore(tmp_path / "usage.sqlite")
    yield s
    s.close()


def test_a_whole_session_through_the_lifecycle(store: CounterStore) -> None:
    clock = Clock()
    life = Lifecycle(terms_required=False, clock=clock)
    counters = UsageCounters(store, BERLIN)
    life.subscribe(counters)
    life.begin_wipe()
    life.wipe_finished(ok=True)
    life.start("ar")
    life.open_service("jobs")
    life.publish(ev.PrintJobFinished(at=clock(), pages=3, sheets=2, completed=True))
    clock.now += timedelta(minutes=7)
    life.end(ev.EndReason.IDLE)
    counters.wipe_step()
    assert store.values(date(2026, 3, 2)) == {
        ("sessions", ""): 1,
        ("sessions_by_hour", "09"): 1,
        ("languages", "ar"): 1,
        ("service_launches", "jobs"): 1,
        ("print_jobs", ""): 1,
        ("print_pages", ""): 3,
        ("print_sheets", ""): 2,
        ("sessions_by_duration", "m05-15"): 1,
        ("sessions_ended", "idle"): 1,
        ("session_minutes", ""): 7,
    }
    assert counters.pending == 0


def test_outage_minutes_across_a_shell_restart(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    t0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    first = UsageCounters(CounterStore(path), BERLIN)
    first(ev.OutOfServiceChanged(at=t0, out_of_service=True, reason="wipe-failed"))
    # the shell restarts; the new sink finds the open outage in the file
    store = CounterStore(path)
    second = UsageCounters(store, BERLIN)
    end = t0 + timedelta(minutes=25)
    second(ev.OutOfServiceChanged(at=end, out_of_service=False, reason=""))
    assert store.values(date(2026, 3, 2)) == {
        ("out_of_service_minutes", "wipe-failed"): 25
    }
    assert store.outage() is None


def test_an_uncountable_event_is_skipped_not_raised(store: CounterStore) -> None:
    counters = UsageCounters(store, BERLIN)
    at = datetime(2026, 3, 2, 8, tzinfo=UTC)
    counters(ev.ServiceOpened(at=at, service_id="not a slug"))
    counters(ev.CardLeft(at=at))
    assert store.values(date(2026, 3, 2)) == {("cards_left", ""): 1}


def test_wipe_step_fails_closed_when_counts_cannot_be_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "usage.sqlite"
    CounterStore(path).close()
    store = CounterStore(path, busy_timeout_s=0.05)
    counters = UsageCounters(store, BERLIN)
    at = datetime(2026, 3, 2, 8, tzinfo=UTC)
    # another writer holds the file's write lock longer than the store waits
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    counters(ev.CardLeft(at=at))
    assert counters.pending == 1
    with pytest.raises(WipeStepFailed, match="1 usage increment"):
        counters.wipe_step()
    blocker.rollback()
    blocker.close()
    counters.wipe_step()  # the lock is gone: the held increment is written now
    assert counters.pending == 0
    assert store.values(date(2026, 3, 2)) == {("cards_left", ""): 1}
    store.close()
