"""A real `kiosk staff verifier` process on a private socket and state dir.

It answers the staff panel's PIN checks over its socket, as on a station
(where systemd starts it as its own user). Here it is started and stopped by
PID, without root or a system user; `policy` passes lockout options such as
`--free-attempts=3` (the tests use short delays). The PIN is set by the real
`kiosk staff set-pin` (set_pin) or written by the caller before start().

By hand: `python -m kiosk.cli staff verifier --socket S --state-dir D`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.procs import stop_process


@dataclass
class VerifierProcess:
    socket: Path
    state_dir: Path
    log: Path | None = None  # its stderr; None: discarded
    policy: Sequence[str] = ()
    proc: subprocess.Popen[bytes] | None = None

    def set_pin(self, pin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk.cli",
                "staff",
                "set-pin",
                "--stdin",
                "--state-dir",
                str(self.state_dir),
            ],
            input=pin + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def start(self, timeout: float = 30.0) -> None:
        assert self.proc is None, "already running"
        command = [
            sys.executable,
            "-m",
            "kiosk.cli",
            "staff",
            "verifier",
            "--socket",
            str(self.socket),
            "--state-dir",
            str(self.state_dir),
            *self.policy,
        ]
        if self.log is None:
            self.proc = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        else:
            with self.log.open("ab") as log:
                self.proc = subprocess.Popen(
                    command, stdout=subprocess.DEVNULL, stderr=log
                )
        try:
            self._wait_listening(timeout)
        except BaseException:
            self.stop()
            raise

    def _wait_listening(self, timeout: float) -> None:
        from kiosk.staff.client import SocketPinVerifier
        from kiosk.staff.errors import VerifierUnavailable

        client = SocketPinVerifier(self.socket, timeout=2)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                said = self.log.read_text() if self.log else ""
                raise RuntimeError(
                    f"the verifier exited ({self.proc.returncode}): {said}"
                )
            try:
                client.status()
                return
            except VerifierUnavailable:
                time.sleep(0.05)
        raise RuntimeError(f"the verifier did not listen within {timeout:.0f} s")

    def kill(self) -> None:
        """SIGKILL: no chance to clean up or save anything."""
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.proc = None

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            stop_process(proc)
