"""A private session D-Bus for AT-SPI (the accessibility bus), by PID.

Nothing is started by hand but the session bus: the first AT-SPI client
activates `org.a11y.Bus` (at-spi-bus-launcher, which starts the a11y bus)
and `org.a11y.atspi.Registry` from the standard service files. They are
children of this dbus-daemon and leave when it is stopped; `stop` also
ends them by the PIDs the bus knows for their names.

A Qt application joins when `DBUS_SESSION_BUS_ADDRESS` points here and
accessibility is on (`QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`, or a screen
reader switching the bus's `IsEnabled` on). HOME and XDG_* go to the
folder, so GSettings written through this bus (dconf) stay in it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

from kiosk.procs import stop_process
from kiosk.speech.atspi import set_enabled

_CONF = """<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <standard_session_servicedirs/>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

_ACTIVATED = ("org.a11y.Bus",)


class A11yBus:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.socket = folder / "session_bus_socket"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"unix:path={self.socket}"

    @property
    def env(self) -> dict[str, str]:
        """What a client and the shell need to meet on this bus."""
        return {
            "DBUS_SESSION_BUS_ADDRESS": self.address,
            "HOME": str(self.folder),
            "XDG_CONFIG_HOME": str(self.folder / "config"),
            "XDG_DATA_HOME": str(self.folder / "data"),
            "XDG_CACHE_HOME": str(self.folder / "cache"),
            "XDG_RUNTIME_DIR": str(self.folder / "run"),
        }

    def start(self, timeout: float = 10.0) -> None:
        (self.folder / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
        conf = self.folder / "session-bus.conf"
        conf.write_text(_CONF.format(socket=self.socket), encoding="utf-8")
        self.proc = subprocess.Popen(
            ["dbus-daemon", "--config-file", str(conf), "--nofork"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **self.env},
        )
        deadline = time.monotonic() + timeout
        while not self.socket.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the private session dbus-daemon did not come up")
            time.sleep(0.02)

    def _pid_of(self, name: str) -> int | None:
        done = subprocess.run(
            [
                "dbus-send",
                f"--bus={self.address}",
                "--print-reply=literal",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.GetConnectionUnixProcessID",
                f"string:{name}",
            ],
            capture_output=True,
            text=True,
            timeout=5,
        )
        words = done.stdout.split()
        return int(words[-1]) if done.returncode == 0 and words else None

    def enable(self) -> None:
        """Switch accessibility on at the bus (`org.a11y.Status.IsEnabled`),
        as Orca does or a `toolkit-accessibility` left on in dconf: a Qt
        application that starts afterwards finds it on from its start."""
        subprocess.run(
            set_enabled(True, f"--bus={self.address}"),
            capture_output=True,
            check=True,
            timeout=10,
            env={**os.environ, **self.env},
        )

    def is_enabled(self) -> bool:
        """The bus's `org.a11y.Status.IsEnabled` (what Qt's bridge follows)."""
        done = subprocess.run(
            [
                "dbus-send",
                f"--bus={self.address}",
                "--print-reply=literal",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.freedesktop.DBus.Properties.Get",
                "string:org.a11y.Status",
                "string:IsEnabled",
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
            env={**os.environ, **self.env},
        )
        return done.stdout.split()[-1] == "true"

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        pids = [p for p in map(self._pid_of, _ACTIVATED) if p]
        stop_process(proc)
        for pid in pids:  # at-spi-bus-launcher ends its a11y bus and registry
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
