"""The whole composition root on real parts: `build_station` wires the usage
counters, which open right after the first screen and count the session."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from helpers.station import station_config
from PySide6.QtCore import Qt

from kiosk.session.events import EndReason
from kiosk.session.lifecycle import State
from kiosk.shell import app as kapp
from kiosk.usage import stationstate
from kiosk.usage.store import CounterStore

pytestmark = pytest.mark.webengine


def test_a_built_station_counts_a_session(qapp, qtbot, local_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    usage = tmp_path / "usage.sqlite"
    config = station_config(
        local_server,
        tmp_path,
        extra=f'[usage]\ndatabase = "{usage}"\n'
        "[printing]\nenabled = false\n[eid]\nenabled = false",
    )
    station = kapp.build_station(config, qapp)
    window, controller = station.window, station.controller
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    controller.boot()
    assert not usage.exists()  # the file opens after the first paint
    qtbot.waitUntil(usage.exists, timeout=5000)
    # … and the state for the heartbeat follows (kiosk.shell.station_state)
    qtbot.waitUntil(stationstate.path_for(usage).exists, timeout=5000)
    assert stationstate.load(stationstate.path_for(usage))["in_service"] is True
    qtbot.mouseClick(window.welcome.start, Qt.MouseButton.LeftButton)
    controller.end(EndReason.RESIDENT)
    assert controller.lifecycle.state is State.WELCOME
    store = CounterStore(usage)
    try:
        today = datetime.now(ZoneInfo(config.usage.timezone)).date()
        assert store.values(today)[("sessions", "")] == 1
    finally:
        store.close()
        station.shutdown()
