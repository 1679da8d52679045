"""The demo's staff PIN: the real verifier process, with a PIN everyone may know.

`kiosk demo` starts `kiosk staff verifier` on a socket in its own temp folder
(no root, no system user) with the PIN `DEMO_PIN`, so the staff panel can be
tried: tap the top-right corner five times (or Ctrl+Alt+Shift+S), then type
the PIN. Started and stopped by PID, with the demo.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from kiosk.procs import stop_process

DEMO_PIN = "246810"


class DemoPinVerifier:
    def __init__(self, folder: Path) -> None:
        self.state_dir = folder / "staffpin"
        self.socket = folder / "staff-pin.sock"
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> None:
        from kiosk.staff.client import SocketPinVerifier
        from kiosk.staff.errors import VerifierUnavailable
        from kiosk.staff.pin import hash_pin
        from kiosk.staff.store import PinStore

        self.state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.state_dir, 0o700)  # the verifier refuses a readable folder
        PinStore(self.state_dir).save_record(hash_pin(DEMO_PIN))
        self._proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kiosk.cli",
                "staff",
                "verifier",
                "--socket",
                str(self.socket),
                "--state-dir",
                str(self.state_dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = SocketPinVerifier(self.socket, timeout=2)
        deadline = time.monotonic() + timeout
        while True:
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"the demo PIN verifier exited ({self._proc.returncode})"
                )
            try:
                client.status()
                return
            except VerifierUnavailable:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the demo PIN verifier did not start") from None
                time.sleep(0.05)

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            stop_process(proc)
