"""The screen reader for one session: started by staff, stopped by the wipe.

Orca itself is not started here (it needs a desktop session); a real
long-running process stands in for its command, which is what the shell
manages: a PID started, and stopped by that PID.
"""

from __future__ import annotations

import os
import sys

import pytest

from kiosk.session.wipe import Wiper
from kiosk.speech import ScreenReaderError
from kiosk.speech.screen_reader import ScreenReader

STAND_IN = (sys.executable, "-c", "import time; time.sleep(60)")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split()[2] != "Z"


def test_toggle_starts_and_stops_and_the_wipe_ends_it() -> None:
    reader = ScreenReader(STAND_IN)
    assert reader.toggle() is True
    pid = reader._proc.pid  # type: ignore[union-attr]
    assert alive(pid)
    assert reader.toggle() is False and not alive(pid)
    reader.toggle()
    pid = reader._proc.pid  # type: ignore[union-attr]
    wiper = Wiper()
    wiper.register("screen-reader", reader.wipe)
    report = wiper.run()
    assert report.ok, report.summary()
    assert not reader.running and not alive(pid)


def test_a_missing_screen_reader_says_what_to_install() -> None:
    reader = ScreenReader(["kiosk-no-such-screen-reader"])
    with pytest.raises(ScreenReaderError, match="orca"):
        reader.start()
    assert not reader.running


def test_the_staff_action_switches_it_for_the_session(qtbot, build_shell) -> None:
    from kiosk.shell.panel_sources import StaffActionsAdapter

    reader = ScreenReader(STAND_IN)
    shell = build_shell()
    actions = StaffActionsAdapter(shell.station.controller, screen_reader=reader.toggle)
    assert actions.toggle_screen_reader() is True
    assert reader.running
    assert actions.toggle_screen_reader() is False
    failing = StaffActionsAdapter(
        shell.station.controller,
        screen_reader=ScreenReader(["kiosk-no-such-screen-reader"]).toggle,
    )
    assert failing.toggle_screen_reader() is False  # the panel says "off"
    assert StaffActionsAdapter(shell.station.controller).toggle_screen_reader() is False


def test_after_stop_runs_once_it_has_stopped_what_it_started() -> None:
    calls: list[bool] = []
    reader = ScreenReader(STAND_IN, after_stop=lambda: calls.append(reader.running))
    reader.stop()  # nothing started: nothing to switch off
    assert calls == []
    reader.toggle()
    wiper = Wiper()
    wiper.register("screen-reader", reader.wipe)
    assert wiper.run().ok
    assert calls == [False]  # after the reader had gone
