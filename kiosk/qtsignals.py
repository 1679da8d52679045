"""Emitting Python-defined Qt signals safely on PySide6 6.12 + Python 3.11.

Found here: `SignalInstance.emit()` returns `True` without taking a new
reference, so every emit whose result is dropped steals one reference to
`True`. On Python 3.11 (where True is not immortal) a long-running shell then
dies with "Fatal Python error: bool_dealloc" after a few thousand emits
(the test run crashed at exit). `emit()` here gives the reference back, but
only when a probe shows the running PySide6 has the bug. Every emit in the
project goes through it; tests/test_qtsignals.py holds the line.
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
    if stolen:  # the probe's own emit stole one too: give it back
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return stolen


def emit(signal: SignalInstance, *args: Any) -> None:
    signal.emit(*args)
    if emit_steals_true():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
