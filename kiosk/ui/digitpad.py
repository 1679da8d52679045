"""A native digit pad for secrets: big buttons, dots only, cleared at once.

Used for the ID card's PIN, CAN and PUK (a fixed number of digits) and for
the staff PIN (between a least and a most). The digits live only in this
widget until OK; `submitted` carries them out and the pad forgets them in the
same moment. Nothing here logs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.qtsignals import emit
from kiosk.ui.widgets import Retranslated, set_text

BUTTON_PX = 72


class DigitPad(Retranslated, QWidget):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self._least = self._most = 6
        self.dots = QLabel("")
        self.dots.setObjectName("digitDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(BUTTON_PX)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._button(digit), i // 3, i % 3)
        grid.addWidget(self._button("delete"), 3, 0)
        grid.addWidget(self._button("0"), 3, 1)
        grid.addWidget(self._button("ok"), 3, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dots)
        layout.addLayout(grid)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # typed digits land here
        # Keypads read 1-2-3 from the left in Arabic, too (phones, card readers).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.retranslate()
        self._update()

    def expect(self, least: int, most: int | None = None) -> None:
        """How many digits the next secret has (6 for PIN and CAN, 10 for PUK).

        With `most`, any number from `least` to `most` is taken.
        """
        self._least, self._most = least, most or least
        self.clear()

    def _button(self, key: str) -> QPushButton:
        button = QPushButton(key if key.isdigit() else "")
        button.setMinimumSize(BUTTON_PX, BUTTON_PX)
        if key == "ok":
            button.setObjectName("primary")
        # The pad takes the keyboard itself: focus on a digit button would let
        # Space repeat that digit unseen.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.press(key))
        self.buttons[key] = button
        return button

    def press(self, key: str) -> None:
        if key.isdigit() and len(self._digits) < self._most:
            self._digits += key
        elif key == "delete":
            self._digits = self._digits[:-1]
        elif key == "ok" and len(self._digits) >= self._least:
            secret, self._digits = self._digits, ""
            self._update()
            emit(self.submitted, secret)
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
        else:
            super().keyPressEvent(event)

    def clear(self) -> None:
        self._digits = ""
        self._update()

    def entered(self) -> int:
        """How many digits are typed (never which)."""
        return len(self._digits)

    def retranslate(self) -> None:
        for key, button in self.buttons.items():
            if key.isdigit():
                button.setAccessibleName(self.tr("Digit {digit}").format(digit=key))
                button.setAccessibleDescription(self.tr("Shown as a dot only"))
        set_text(
            self.buttons["delete"], self.tr("Delete"), self.tr("Delete the last digit")
        )
        set_text(self.buttons["ok"], self.tr("OK"), self.tr("Send the number"))
        self._update()

    def _update(self) -> None:
        typed = len(self._digits)
        if self._least == self._most:  # a fixed length: show the places left
            self.dots.setText("●" * typed + "○" * (self._most - typed))
            name = self.tr("{typed} of {length} digits entered").format(
                typed=typed, length=self._most
            )
        else:
            self.dots.setText("●" * typed)
            name = self.tr("{typed} digits entered").format(typed=typed)
        self.dots.setAccessibleName(name)
        self.buttons["ok"].setEnabled(typed >= self._least)
