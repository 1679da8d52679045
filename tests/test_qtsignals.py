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
