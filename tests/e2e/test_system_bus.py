"""The system D-Bus goes away under a running shell: the session goes on.

Chromium ends its whole process when a D-Bus connection it holds is lost
("D-Bus connection was disconnected. Aborting."). The shell gives the web
engine no system bus (kiosk/launcher/web/environment.py). Here a private
dbus-daemon plays the machine's system bus, `kiosk run` is pointed at it,
a resident opens a service whose page keeps fetching, and the bus is killed
by its PID: the shell must hold no connection to it and keep running.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.tools import require_tool

from kiosk.daemons.dbus import PrivateBus
from kiosk.daemons.loopback import Request, Response
from kiosk.daemons.xvfb import Xvfb
from kiosk.procs import stop_process

pytestmark = [pytest.mark.xvfb, pytest.mark.webengine]


class SystemBus(PrivateBus):
    def names(self) -> list[str]:
        """The bus's connections (unique names), without the asking one."""
        done = subprocess.run(
            [
                "dbus-send",
                "--system",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.ListNames",
            ],
            env={**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": self.address},
            capture_output=True,
            text=True,
            timeout=10,
        )
        assert done.returncode == 0, done.stderr
        unique = re.findall(r'string "(:[0-9.]+)"', done.stdout)
        return sorted(unique, key=lambda n: [int(p) for p in n[1:].split(".")])[:-1]


@pytest.fixture
def system_bus(tmp_path: Path) -> Iterator[SystemBus]:
    require_tool("dbus-daemon", "dbus-send")
    bus = SystemBus(tmp_path)
    bus.start()
    try:
        yield bus
    finally:
        bus.stop()


def test_the_session_survives_the_system_bus_going_away(
    xvfb: Xvfb,
    system_bus: SystemBus,
    local_server,
    tmp_path: Path,
) -> None:
    from e2e.test_kiosk_run import Shell, start_shell
    from helpers.station import station_config, station_toml

    @local_server.route("allowed", "/ticker")
    def ticker(req: Request) -> Response:
        return Response(
            "<!doctype html><title>ticker</title><body>ticking<script>"
            "let n = 0; setInterval(() => fetch('/tick?n=' + (n++)), 200);"
            "</script></body>"
        )

    station_config(local_server, tmp_path, idle=600, path="/ticker")
    config = tmp_path / "station.toml"
    config.write_text(
        station_toml(local_server, tmp_path, idle=600, path="/ticker"),
        encoding="utf-8",
    )
    proc, log_path = start_shell(
        xvfb,
        config,
        tmp_path,
        DBUS_SYSTEM_BUS_ADDRESS=system_bus.address,  # the station's system bus
    )
    shell = Shell(proc, log_path, xvfb.display)
    try:
        shell.wait_for("WIPE → WELCOME")
        time.sleep(1.0)
        shell.xdotool("key", "Return")  # Start
        shell.wait_for("WELCOME → ACTIVE")
        time.sleep(0.5)
        shell.xdotool("key", "Return")  # the first tile: the ticking service
        shell.wait_for("showing allowed.localhost", category="web")
        _wait_ticks(local_server, 5, shell)
        connected = system_bus.names()
        killed_at = time.monotonic()
        os.kill(system_bus.proc.pid, signal.SIGKILL)  # the bus dies
        system_bus.proc.wait(10)
        before = _ticks(local_server)
        time.sleep(3.0)
        text = log_path.read_text(encoding="utf-8", errors="replace")
        assert proc.poll() is None, f"the shell died with the bus: {text[-3000:]}"
        assert "D-Bus connection was disconnected" not in text
        _wait_ticks(local_server, before + 10, shell)  # the page still works
        print(
            f"bus killed; {_ticks(local_server) - before} page requests in the "
            f"{time.monotonic() - killed_at:.1f} s after; shell pid {proc.pid} alive"
        )
        assert connected == [], f"the shell held system bus connections {connected}"
    finally:
        stop_process(proc, timeout=15)


def _ticks(server) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for r in server.log if r.path == "/tick")


def _wait_ticks(server, count: int, shell, timeout: float = 15) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while _ticks(server) < count:
        assert shell.proc.poll() is None, "the shell died"
        assert time.monotonic() < deadline, f"only {_ticks(server)} ticks"
        time.sleep(0.1)
