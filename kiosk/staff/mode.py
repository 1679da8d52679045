"""Staff mode: gesture → PIN pad → verifier → panel, and locking again.

The shell builds one StaffMode, puts `pin_pad` and `panel` into its own
stack (they are plain widgets) and shows whichever `changed` asks for. It
feeds lifecycle events to `on_event` so a starting resident session locks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QWindow

from kiosk import log as klog
from kiosk.config import StaffConfig
from kiosk.qtsignals import emit
from kiosk.session import events as ev
from kiosk.staff.access import Access, Input, step
from kiosk.staff.client import PinVerifier
from kiosk.staff.panel import StaffPanel
from kiosk.staff.pincheck import PinCheck
from kiosk.staff.pinpad import PinPad
from kiosk.staff.protocol import Kind, Reply
from kiosk.staff.status import StaffActions, StationStatus
from kiosk.staff.unlock import UnlockGestureFilter


class StaffMode(QObject):
    changed = Signal(object)  # kiosk.staff.access.Access

    def __init__(
        self,
        config: StaffConfig,
        verifier: PinVerifier,
        status: StationStatus,
        actions: StaffActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = Access.LOCKED
        self.gesture = UnlockGestureFilter(config, parent=self)
        self.pin_pad = PinPad()
        self.panel = StaffPanel(config, status, actions)
        self._check = PinCheck(verifier, self)
        self.gesture.unlockRequested.connect(lambda: self._go(Input.GESTURE))
        self.pin_pad.submitted.connect(self._submit)
        self.pin_pad.cancelled.connect(lambda: self._go(Input.CANCEL))
        self.panel.lockRequested.connect(self.lock)
        self._check.answered.connect(self._answered)
        self._check.unavailable.connect(self._unavailable)

    def watch(self, window: QWindow) -> None:
        """Catch the unlock gesture on the shell's top-level window."""
        self.gesture.watch(window)

    def on_event(self, event: ev.Event) -> None:
        """A lifecycle sink: a resident session starting locks staff mode."""
        if isinstance(event, ev.SessionStarted) and self.state is not Access.LOCKED:
            klog.staff.info("staff mode locked: a resident session started")
            self.lock()

    def lock(self) -> None:
        self._go(Input.LOCK)

    def _submit(self, pin: str) -> None:
        if self._go(Input.SUBMIT) is Access.CHECKING:
            self.pin_pad.set_busy(True)
            self._check.check(pin)

    def _answered(self, reply: Reply) -> None:
        if self.state is not Access.CHECKING:
            return  # locked meanwhile (a session started): ignore a late answer
        self.pin_pad.set_busy(False)
        if reply.kind is Kind.OK:
            klog.staff.info("staff mode unlocked")
            self._go(Input.ACCEPTED)
            return
        self.pin_pad.show_refusal(reply.kind, reply.seconds)
        self._go(Input.REFUSED)

    def _unavailable(self) -> None:
        if self.state is not Access.CHECKING:
            return
        self.pin_pad.set_busy(False)
        self.pin_pad.show_refusal(None)
        self._go(Input.REFUSED)

    def _go(self, what: Input) -> Access:
        old, new = self.state, step(self.state, what)
        if new is old:
            return new
        self.state = new
        if new is Access.PIN_PAD and old is Access.LOCKED:
            self.pin_pad.clear()
        if new is Access.UNLOCKED:
            self.panel.open()
        if new is Access.LOCKED:
            self.pin_pad.clear()
            self.pin_pad.set_busy(False)
            self.panel.close_panel()
            self.gesture.reset()
        emit(self.changed, new)
        return new
