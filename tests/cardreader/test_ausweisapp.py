"""The AusweisApp process manager, with the real binary."""

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
