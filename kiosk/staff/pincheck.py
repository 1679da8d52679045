"""Asks the verifier in a worker thread; the answer comes back as a Qt signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from kiosk import log as klog
from kiosk.qtsignals import emit
from kiosk.staff.client import PinVerifier
from kiosk.staff.errors import StaffError


class PinCheck(QObject):
    answered = Signal(object)  # kiosk.staff.protocol.Reply
    unavailable = Signal()  # no answer: staff cannot unlock (fail closed)

    def __init__(self, verifier: PinVerifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._verifier = verifier

    def check(self, pin: str) -> None:
        threading.Thread(target=self._run, args=(pin,), daemon=True).start()

    def _run(self, pin: str) -> None:
        try:
            reply = self._verifier.verify(pin)
        except StaffError as exc:
            klog.staff.error("PIN check failed: %s", exc)
            emit(self.unavailable)  # queued to the GUI thread
            return
        finally:
            del pin
        emit(self.answered, reply)
