"""The native PIN pad: big digit buttons, the PIN shown as dots only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.qtsignals import emit
from kiosk.staff.pin import MAX_DIGITS

BUTTON_PX = 72


class PinPad(QWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self.setAccessibleName(self.tr("Staff PIN pad"))
        self.title = QLabel(self.tr("Staff only: enter the PIN"))
        self.dots = QLabel("")
        self.dots.setAccessibleName(self.tr("Digits entered"))
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(BUTTON_PX)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._button(digit, digit), i // 3, i % 3)
        grid.addWidget(self._button("delete", self.tr("Delete")), 3, 0)
        grid.addWidget(self._button("0", "0"), 3, 1)
        grid.addWidget(self._button("ok", self.tr("OK")), 3, 2)
        grid.addWidget(self._button("cancel", self.tr("Cancel")), 4, 0, 1, 3)
        layout = QVBoxLayout(self)
        for w in (self.title, self.dots, self.message):
            layout.addWidget(w)
        layout.addLayout(grid)
        self._update()

    def _button(self, key: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumSize(BUTTON_PX, BUTTON_PX)
        button.setAccessibleName(
            self.tr("Digit %1").replace("%1", key) if key.isdigit() else text
        )
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.press(key))
        self.buttons[key] = button
        return button

    def press(self, key: str) -> None:
        if key.isdigit() and len(self._digits) < MAX_DIGITS:
            self._digits += key
        elif key == "delete":
            self._digits = self._digits[:-1]
        elif key == "ok" and self._digits:
            pin, self._digits = self._digits, ""  # cleared before anyone sees it
            self._update()
            emit(self.submitted, pin)
            return
        elif key == "cancel":
            self.clear()
            emit(self.cancelled)
            return
        self._update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("delete")
        elif event.key() == Qt.Key.Key_Escape:
            self.press("cancel")
        else:
            super().keyPressEvent(event)

    def clear(self) -> None:
        self._digits = ""
        self.message.setText("")
        self._update()

    def entered(self) -> int:
        """How many digits are typed (never which)."""
        return len(self._digits)

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking …"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _update(self) -> None:
        self.dots.setText("●" * len(self._digits))
        self.buttons["ok"].setEnabled(bool(self._digits))
