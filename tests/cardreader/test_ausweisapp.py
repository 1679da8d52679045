"""The AusweisApp process manager and the 'eid' wipe step, with the real binary."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cardreader.ausweisapp import (
    DEFAULT_SETTINGS,
    SETTINGS_PATH,
    AusweisApp,
    find_binary,
)
from kiosk.cardreader.errors import AusweisAppNotFound, AusweisAppStartError
from kiosk.cardreader.sdk_client import EidClient
from kiosk.cardreader.wipe_step import EID_WIPE_STEP, eid_wipe_step
from kiosk.session.wipe import Wiper

DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "ausweisapp"


def test_deployed_settings_match_the_built_in_ones() -> None:
    assert (DEPLOY / "AusweisApp2.conf").read_text() == DEFAULT_SETTINGS
    assert "[history]\nenable=false" in DEFAULT_SETTINGS


def test_a_missing_command_names_the_fix() -> None:
    with pytest.raises(AusweisAppNotFound, match="ausweisapp2"):
        find_binary("no-such-ausweisapp-binary")


def test_runs_inside_the_session_dir(ausweisapp: AusweisApp) -> None:
    assert ausweisapp.running and ausweisapp.port
    environ = Path(f"/proc/{ausweisapp.pid}/environ").read_bytes().split(b"\0")
    env = dict(item.decode().split("=", 1) for item in environ if b"=" in item)
    for key in ("HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"):
        assert env[key].startswith(str(ausweisapp.root)), key
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    cmdline = Path(f"/proc/{ausweisapp.pid}/cmdline").read_bytes().split(b"\0")
    assert b"websocket" in cmdline and b"--no-logfile" in cmdline
    settings = Path(env["XDG_CONFIG_HOME"]) / SETTINGS_PATH
    assert "enable=false" in settings.read_text()


def test_stop_then_remove_leaves_nothing(ausweisapp: AusweisApp) -> None:
    pid = ausweisapp.pid
    ausweisapp.stop()
    assert not ausweisapp.running
    assert pid is not None and not Path(f"/proc/{pid}").exists()
    ausweisapp.remove_files()
    assert ausweisapp.leftovers() == []
    assert not ausweisapp.root.exists()


def test_a_port_in_use_is_a_start_error(ausweisapp: AusweisApp, tmp_path: Path) -> None:
    assert ausweisapp.port is not None
    second = AusweisApp(tmp_path / "other", port=ausweisapp.port, start_timeout=5)
    # The port answers, but from the first process: the second must not
    # pass for started; it exits or is stopped.
    try:
        second.start()
    except AusweisAppStartError:
        assert not second.running
    else:  # pragma: no cover - would mean two AusweisApps share a port
        second.stop()
        pytest.fail("a second AusweisApp claimed a port already in use")


def test_wipe_step_restarts_and_forgets(ausweisapp: AusweisApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    client = EidClient()
    assert ausweisapp.port is not None
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.open(ausweisapp.port)
    planted = ausweisapp.root / "home" / "resident-trace.txt"
    planted.write_text("from the last session")
    old_pid = ausweisapp.pid
    wiper = Wiper()
    wiper.register(EID_WIPE_STEP, eid_wipe_step(ausweisapp, client))
    report = wiper.run()
    assert report.ok, report.summary()
    qtbot.waitUntil(
        lambda: client.connected and client.state.api_level == 2, timeout=10000
    )
    assert not planted.exists()
    assert ausweisapp.pid != old_pid and ausweisapp.running
    assert old_pid is not None and not Path(f"/proc/{old_pid}").exists()


def test_wipe_step_fails_closed_when_files_stay(ausweisapp: AusweisApp) -> None:
    # Stands in for a file system that refuses the deletion.
    ausweisapp.remove_files = lambda: None  # type: ignore[method-assign]
    (ausweisapp.root / "left.txt").write_text("x")
    report_step = eid_wipe_step(ausweisapp)
    wiper = Wiper()
    wiper.register(EID_WIPE_STEP, report_step)
    report = wiper.run()
    assert not report.ok
    assert "left" in report.summary()
    assert not ausweisapp.running  # not restarted on a dirty folder
