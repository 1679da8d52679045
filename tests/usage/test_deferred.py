"""The counters opened after the first screen: nothing lost, nothing twice."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.session import events as ev
from kiosk.session.wipe import WipeStepFailed
from kiosk.usage.counters import UsageCounters
from kiosk.usage.deferred import DeferredCounters
from kiosk.usage.errors import StoreError
from kiosk.usage.store import CounterStore

AT = datetime(2026, 11, 26, 10, 0)


def opener(path: Path, calls: list[int]):  # type: ignore[no-untyped-def]
    def open_counters() -> tuple[CounterStore, UsageCounters]:
        calls.append(1)
        store = CounterStore(path)
        return store, UsageCounters(store, ZoneInfo("Europe/Berlin"))

    return open_counters


def test_held_events_are_counted_once_after_opening(tmp_path: Path) -> None:
    calls: list[int] = []
    counters = DeferredCounters(opener(tmp_path / "u.sqlite", calls))
    counters(ev.WipeFinished(at=AT, ok=False, failed_steps=("files",)))
    counters(ev.ServiceOpened(at=AT, service_id="bank"))
    assert not counters.opened and calls == []
    counters.open()
    counters.open()  # a second call (the fallback timer) changes nothing
    counters(ev.ServiceOpened(at=AT, service_id="bank"))
    values = counters.values(date(2026, 11, 26))  # the store's reading side
    assert values[("wipe_failures", "")] == 1
    assert values[("service_launches", "bank")] == 2
    assert calls == [1]


def test_the_boot_wipe_does_not_wait_for_the_file(tmp_path: Path) -> None:
    calls: list[int] = []
    counters = DeferredCounters(opener(tmp_path / "u.sqlite", calls))
    counters(ev.WipeFinished(at=AT, ok=True, failed_steps=()))
    counters.wipe_step()
    assert calls == []


def test_a_held_session_is_written_by_the_wipe(tmp_path: Path) -> None:
    calls: list[int] = []
    counters = DeferredCounters(opener(tmp_path / "u.sqlite", calls))
    counters(ev.SessionStarted(at=AT, language="de"))
    counters.wipe_step()
    assert calls == [1]
    assert counters.values(date(2026, 11, 26))[("sessions", "")] == 1


def test_a_file_that_cannot_open_fails_the_wipe_after_a_session(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    counters = DeferredCounters(opener(blocker / "u.sqlite", []))
    counters.open_quietly()  # the timer after the first paint: logged only
    assert "cannot be opened" in caplog.text
    counters(ev.SessionStarted(at=AT, language="de"))
    with pytest.raises(WipeStepFailed, match="cannot be opened"):
        counters.wipe_step()
    with pytest.raises(StoreError):
        counters.open()


def test_a_session_start_is_on_disk_at_once(tmp_path: Path) -> None:
    """Chaos seed 20261202, session 265: the shell was killed right after a
    restart, before the first paint opened the file; the session was lost."""
    calls: list[int] = []
    counters = DeferredCounters(opener(tmp_path / "u.sqlite", calls))
    counters(ev.WipeFinished(at=AT, ok=True, failed_steps=()))  # the boot's
    counters(ev.SessionStarted(at=AT, language="de"))
    assert counters.opened and calls == [1]
    on_disk = CounterStore(tmp_path / "u.sqlite")  # what a restarted shell reads
    assert on_disk.values(date(2026, 11, 26))[("sessions", "")] == 1
    on_disk.close()
