"""Stopping a child by PID: politely, then for good."""

from __future__ import annotations

import subprocess
import sys

from kiosk.procs import stop_process


def test_a_polite_child_ends_on_sigterm() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    stop_process(child, timeout=5)
    assert child.returncode == -15  # SIGTERM, no SIGKILL needed


def test_a_child_ignoring_sigterm_is_killed() -> None:
    code = (
        "import signal, sys, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    with child.stdout:  # type: ignore[union-attr]
        child.stdout.readline()  # type: ignore[union-attr]
    stop_process(child, timeout=0.5)
    assert child.returncode == -9


def test_an_ended_child_is_left_alone() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    stop_process(child)
    assert child.returncode == 0
