"""Real input under Xvfb (xdotool → X server → Qt's xcb plugin) opens the pad;
in-process synthetic presses at the same corner do not."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.daemons.xvfb import Xvfb

PROBE = Path(__file__).resolve().parent.parent / "staff" / "unlock_probe.py"
ROOT = PROBE.parent.parent.parent

pytestmark = [pytest.mark.xvfb]


def _line(proc: subprocess.Popen[str], timeout: float) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    return proc.stdout.readline().strip() if ready else "<timeout>"


def test_real_taps_and_chord_unlock_synthetic_do_not(xvfb: Xvfb) -> None:
    env = {
        **os.environ,
        "DISPLAY": xvfb.display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(ROOT),
    }
    proc = subprocess.Popen(
        [sys.executable, str(PROBE)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    xdo = {**os.environ, "DISPLAY": xvfb.display}

    def xdotool(*args: str) -> None:
        subprocess.run(["xdotool", *args], env=xdo, check=True, timeout=30)

    try:
        # The twenty synthetic presses fired before READY left no UNLOCK.
        assert _line(proc, 60) == "READY"
        # Four real taps are not enough …
        xdotool("mousemove", str(xvfb.width - 4), "4")
        for _ in range(4):
            xdotool("click", "1")
        assert _line(proc, 1.0) == "<timeout>"
        # … the fifth opens the pad.
        xdotool("click", "1")
        assert _line(proc, 30) == "UNLOCK"
        # Five real taps in the middle do nothing.
        xdotool("mousemove", str(xvfb.width // 2), str(xvfb.height // 2))
        for _ in range(5):
            xdotool("click", "1")
        assert _line(proc, 1.0) == "<timeout>"
        xdotool("key", "ctrl+alt+shift+s")
        assert _line(proc, 30) == "UNLOCK"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()
