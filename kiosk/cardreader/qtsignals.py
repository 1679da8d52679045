"""Emit Qt signals without PySide6 6.12's reference leak on `True`.

`SignalInstance.emit()` in PySide6 6.12 returns `True` without a new
reference; every emit whose result is dropped steals one, and after a few
thousand the interpreter aborts in bool_dealloc (reproduced here). `emit`
gives the reference back, but only where a probe shows the bug. The
printing package found the same; this belongs in a shared module later.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


@functools.cache
def emit_steals_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    stolen = sys.getrefcount(True) < before
    if stolen:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return stolen


def emit(signal: SignalInstance, *args: Any) -> None:
    signal.emit(*args)
    if emit_steals_true():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
