"""A real `kiosk documents stick-helper` (root) on a private socket and folder.

As on a station, where systemd starts it on the first connection: the shell
(here: a test's process as an unprivileged user) asks it to mount an exFAT
stick. Started and stopped by PID; it needs root (mount, losetup).

By hand: `python -m kiosk.cli documents stick-helper --socket S --devices G
--mount-dir D [--socket-group G]`.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.procs import stop_process


@dataclass
class StickHelperProcess:
    socket: Path
    devices: str  # the stick glob
    mount_dir: Path
    group: str | None = None  # the group that may connect
    log: Path | None = None
    proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> None:
        assert self.proc is None, "already running"
        command = [
            sys.executable,
            "-m",
            "kiosk.cli",
            "documents",
            "stick-helper",
            "--socket",
            str(self.socket),
            "--devices",
            self.devices,
            "--mount-dir",
            str(self.mount_dir),
        ]
        if self.group:
            command += ["--socket-group", self.group]
        with open(self.log or "/dev/null", "ab") as log:
            self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                said = self.log.read_text() if self.log else ""
                self.proc = None
                raise RuntimeError(f"the stick helper exited: {said}")
            if self.socket.is_socket():
                with socket.socket(socket.AF_UNIX) as probe:
                    try:
                        probe.connect(str(self.socket))
                        return  # connected; it drops the empty request
                    except OSError:
                        pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the stick helper did not listen within {timeout:.0f} s")

    def stop(self) -> None:
        """SIGTERM: a stick it still holds is let go first."""
        proc, self.proc = self.proc, None
        if proc is not None:
            stop_process(proc, timeout=20)
