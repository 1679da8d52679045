"""A private "system" D-Bus: a dbus-daemon in a folder of its own, by PID.

ippeveprinter's Avahi glue wants a system bus even with `-r off`, and the
system-bus test stops one under a running shell. Point a process at it with
`DBUS_SYSTEM_BUS_ADDRESS=<bus.address>`; nothing system-wide is touched.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from kiosk.procs import stop_process

_CONF = """<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
"""


class PrivateBus:
    def __init__(self, folder: Path) -> None:
        self.socket = folder / "system_bus_socket"
        self._conf = folder / "system-bus.conf"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"unix:path={self.socket}"

    def start(self, timeout: float = 10.0) -> None:
        self._conf.write_text(_CONF.format(socket=self.socket), encoding="utf-8")
        self.proc = subprocess.Popen(
            ["dbus-daemon", "--config-file", str(self._conf), "--nofork"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while not self.socket.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the private dbus-daemon did not come up")
            time.sleep(0.02)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            stop_process(proc)
