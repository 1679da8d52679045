"""The staff PIN pad: the shell's digit pad, a Cancel, and what the check said.

The texts of a refused PIN live here, with the pad that shows them, so they
are translated in its context.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.qtsignals import emit
from kiosk.staff.pin import MAX_DIGITS
from kiosk.staff.protocol import Kind
from kiosk.ui.digitpad import BUTTON_PX, DigitPad

__all__ = ["BUTTON_PX", "PinPad"]


class PinPad(QWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Staff PIN pad"))
        self.title = QLabel(self.tr("Staff only: enter the PIN"))
        self.pad = DigitPad(self)
        # Any length goes to the verifier, which alone says what is wrong.
        self.pad.expect(1, MAX_DIGITS)
        self.pad.submitted.connect(lambda pin: emit(self.submitted, pin))
        self.dots = self.pad.dots
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setMinimumSize(BUTTON_PX, BUTTON_PX)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(lambda: self.press("cancel"))
        self.buttons: dict[str, QPushButton] = {**self.pad.buttons, "cancel": cancel}
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.pad, self.message, cancel):
            layout.addWidget(widget)

    def press(self, key: str) -> None:
        if key == "cancel":
            self.clear()
            emit(self.cancelled)
        else:
            self.pad.press(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.press("cancel")
        else:
            self.pad.keyPressEvent(event)

    def clear(self) -> None:
        self.pad.clear()
        self.message.setText("")

    def entered(self) -> int:
        """How many digits are typed (never which)."""
        return self.pad.entered()

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking …"))
        else:
            self.pad.clear()  # OK's state follows the digits again

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def show_refusal(self, kind: Kind | None, seconds: float = 0) -> None:
        """What the verifier said, in words (None: it could not be asked)."""
        wait = str(round(seconds + 0.49))
        texts = {
            Kind.WRONG: self.tr("Wrong PIN.")
            + (
                " " + self.tr("Try again in %1 seconds.").replace("%1", wait)
                if seconds
                else ""
            ),
            Kind.WAIT: self.tr("Please wait %1 seconds.").replace("%1", wait),
            Kind.LOCKED: self.tr("Too many wrong PINs. Locked for %1 seconds.").replace(
                "%1", wait
            ),
            Kind.NOPIN: self.tr(
                "No staff PIN is set. Ask IT to run 'kiosk staff set-pin'."
            ),
        }
        fallback = self.tr("The PIN check does not work. Please tell IT.")
        self.message.setText(texts.get(kind, fallback) if kind else fallback)
