"""A real `kiosk staff verifier` process on a private socket and state dir.

Started and stopped by PID; short lockout delays so tests stay quick.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.procs import stop_process

# Short delays: 3 free tries, then 0.25 s doubling up to 0.5 s; the 10th
# wrong PIN locks for 2 s. (Long enough that a right PIN sent at once after a
# wrong one still meets the delay on a busy machine.)
FAST_POLICY = (
    "--free-attempts=3",
    "--first-delay=0.25",
    "--max-delay=0.5",
    "--lockout-after=10",
    "--lockout-seconds=2",
)


@dataclass
class VerifierProcess:
    socket: Path
    state_dir: Path
    log: Path
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

    def start(self) -> None:
        assert self.proc is None, "already running"
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
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
                    *FAST_POLICY,
                ],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        self._wait_listening()

    def _wait_listening(self) -> None:
        from kiosk.staff.client import SocketPinVerifier
        from kiosk.staff.errors import VerifierUnavailable

        client = SocketPinVerifier(self.socket, timeout=2)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"verifier exited: {self.log.read_text()}")
            try:
                client.status()
                return
            except VerifierUnavailable:
                time.sleep(0.05)
        raise RuntimeError("verifier did not listen within 30 s")

    def kill(self) -> None:
        """SIGKILL: no chance to clean up or save anything."""
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.proc = None

    def stop(self) -> None:
        if self.proc is None:
            return
        stop_process(self.proc)
        self.proc = None


@pytest.fixture
def staff_verifier(tmp_path: Path) -> Iterator[VerifierProcess]:
    """A stopped verifier with its own state dir; the test sets the PIN, starts it."""
    state = tmp_path / "staffpin-state"
    state.mkdir(mode=0o700)
    v = VerifierProcess(
        socket=tmp_path / "run" / "staff-pin.sock",
        state_dir=state,
        log=tmp_path / "verifier.log",
    )
    try:
        yield v
    finally:
        v.stop()
