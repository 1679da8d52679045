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


# WORKAROUND for PySide6 6.12.0 on Python 3.11 (found here, not yet reported
# upstream): every call of a Python slot from a C++ signal (QTimer.timeout,
# QPushButton.clicked, QTimer.singleShot …) releases a reference to None that
# it never took. A kiosk ticks a timer every second, so after hours None's
# count reaches zero and Python aborts ("none_dealloc"). Python 3.12 made None,
# True and False immortal; on 3.11 we give them a count no process can spend.
_IMMORTAL = 1 << 40


def protect_singletons() -> None:
    """Make None, True and False immortal in effect; call before the Qt app runs."""
    if sys.version_info >= (3, 12):
        return  # immortal already
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _IMMORTAL:
            count.value += _IMMORTAL
