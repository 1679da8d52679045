"""The shell leaves its state for the heartbeat: on the real controller, the
file follows out of service and back at once, and holds nothing of a resident
(nor the staff message residents see)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk.shell.panel_sources import StaffActionsAdapter, StationStatusSource
from kiosk.shell.station_state import StationStateWriter
from kiosk.usage import heartbeat, stationstate


def test_state_file_follows_the_station(qtbot, make_station, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = make_station()
    path = tmp_path / "usage" / "usage.sqlite-station.json"
    writer = StationStateWriter(StationStatusSource(controller), controller, path)
    controller.stateChanged.connect(writer.poke)
    writer.start()
    try:
        qtbot.waitUntil(path.exists, timeout=5000)
        state = stationstate.load(path)
        assert state["in_service"] is True
        assert [s["name"] for s in state["wipe"]["steps"]] == list(
            controller.wiper.step_names
        )
        assert all(s["ok"] for s in state["wipe"]["steps"])

        StaffActionsAdapter(controller).set_out_of_service("Bitte Platz 2 benutzen")
        qtbot.waitUntil(
            lambda: stationstate.load(path).get("in_service") is False, timeout=5000
        )
        state = stationstate.load(path)
        assert state["out_of_service_reason"] == "staff"
        assert state["out_of_service_since"]
        assert "Platz 2" not in path.read_text()  # the staff message stays home

        StaffActionsAdapter(controller).return_to_service()
        qtbot.waitUntil(
            lambda: stationstate.load(path).get("in_service") is True, timeout=5000
        )
        assert stationstate.load(path)["out_of_service_since"] is None
        body = heartbeat.build(
            "lobeda-1",
            stationstate.load(path),
            now=datetime.now(UTC),
            version="0.1.0",
            disk_free_percent=50,
            clock_synchronised=None,
            last_sync_success=None,
        )
        assert body["in_service"] is True and body["shell_running"] is True
    finally:
        writer.stop()
