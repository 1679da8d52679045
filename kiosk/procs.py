"""Stopping a child process the one way the project does: by its PID, first
politely, then for good — never by name (another station's or test's daemon
may share it)."""

from __future__ import annotations

import signal
import subprocess
from typing import Any


def stop_process(
    process: subprocess.Popen[Any], timeout: float = 10.0, sig: int = signal.SIGTERM
) -> None:
    """Send `sig` (SIGTERM), wait `timeout` s, then SIGKILL and wait again."""
    if process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout)
