"""The Display panel's reading row: speed slower/faster, messages on/off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.speech import script
from kiosk.speech.read_aloud import ReadAloud
from kiosk.ui.widgets import Retranslated, button, label, set_text


class SpeechRow(Retranslated, QWidget):
    def __init__(self, reader: ReadAloud, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        self.speed = label(name="subtitle")
        self.speed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.speed)
        self.slower = button()
        self.faster = button()
        self.slower.clicked.connect(lambda: self.step(-1))
        self.faster.clicked.connect(lambda: self.step(+1))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(20)
        line.addWidget(self.slower)
        line.addWidget(self.faster)
        box.addWidget(row)
        self.messages = button()
        self.messages.setCheckable(True)
        self.messages.toggled.connect(reader.set_announcing)
        box.addWidget(self.messages)
        reader.announcingChanged.connect(lambda _on: self.retranslate())
        self.retranslate()

    def step(self, by: int) -> None:
        self.reader.speaker.set_rate_step(self.reader.speaker.rate_step + by)
        self.retranslate()

    def retranslate(self) -> None:
        step = self.reader.speaker.rate_step
        self.speed.setText(
            self.tr("Reading speed: {step} of {count}").format(
                step=step + 1, count=len(script.RATES)
            )
        )
        self.speed.setAccessibleName(self.speed.text())
        set_text(self.slower, self.tr("Read slower"), self.tr("Speak more slowly"))
        set_text(self.faster, self.tr("Read faster"), self.tr("Speak more quickly"))
        self.slower.setEnabled(step > 0)
        self.faster.setEnabled(step < len(script.RATES) - 1)
        on = self.reader.announcing
        set_text(
            self.messages,
            self.tr("Read messages aloud: on")
            if on
            else self.tr("Read messages aloud: off"),
            self.tr("Say warnings and messages aloud when they appear"),
        )
        self.messages.blockSignals(True)
        self.messages.setChecked(on)
        self.messages.blockSignals(False)
