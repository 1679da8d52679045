"""PySide6 6.12 steals a reference to True on every emit: all emits go through
kiosk.qtsignals.emit, which gives it back."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

KIOSK = Path(__file__).resolve().parent.parent / "kiosk"


def test_no_direct_emit_anywhere_in_the_shell() -> None:
    offenders = [
        f"{path.relative_to(KIOSK.parent)}:{number}"
        for path in KIOSK.rglob("*.py")
        if path.name != "qtsignals.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if re.search(r"\.emit\b", line)
    ]
    assert offenders == [], "use kiosk.qtsignals.emit(signal, ...) instead"


def test_many_emits_do_not_kill_the_interpreter() -> None:
    code = """
from PySide6.QtCore import QObject, Signal
from kiosk.qtsignals import emit
class Source(QObject):
    ping = Signal(int)
source = Source()
for i in range(20000):
    emit(source.ping, i)
print("alive")
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"


def test_slot_calls_from_cpp_signals_do_not_kill_the_interpreter() -> None:
    # Each slot call spends a reference to None in PySide6 6.12.0 on 3.11.
    code = """
import os
from PySide6.QtCore import QCoreApplication, QTimer
from kiosk.qtsignals import protect_singletons
protect_singletons()
app = QCoreApplication(["t"])
calls = []
timer = QTimer()
timer.setInterval(0)
timer.timeout.connect(lambda: calls.append(1))
timer.start()
while len(calls) < 20000:
    app.processEvents()
timer.stop()
print("alive", len(calls))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.startswith("alive")
