"""The full-screen "please take your card" screen, with a chime.

Two faces: while the wipe waits (`show_waiting`), and after the timeout,
when the station is out of service until the card is taken
(`show_out_of_service`). `where` is the station's own words for where the
reader sits (config: station.reader_location), in the resident's language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

CHIME = Path(__file__).with_name("card_left.wav")
Chime = Callable[[], None]


def sound_chime(parent: QWidget | None = None) -> Chime:
    """A chime that plays the packaged sound; silent where there is no audio."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(CHIME)))
    effect.setLoopCount(2)
    effect.setVolume(0.8)
    return effect.play


def card_picture(size: int = 220) -> QPixmap:
    """A hand-drawn card half inside a reader: no image file, no font needed."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 10
    painter.setPen(QPen(QColor("#1d3557"), unit / 4))
    painter.setBrush(QColor("#a8dadc"))
    card = QRectF(2 * unit, unit, 6 * unit, 4 * unit)
    painter.drawRoundedRect(card, unit / 2, unit / 2)
    painter.setBrush(QColor("#f1c40f"))
    painter.drawRect(QRectF(2.8 * unit, 2 * unit, 1.2 * unit, unit))  # chip
    painter.setBrush(QColor("#457b9d"))
    reader = QRectF(unit, 4.5 * unit, 8 * unit, 3 * unit)
    painter.drawRoundedRect(reader, unit / 3, unit / 3)
    painter.setPen(QPen(QColor("#e63946"), unit / 2.5))
    painter.drawLine(QPointF(5 * unit, 9.6 * unit), QPointF(5 * unit, 8 * unit))
    painter.end()
    return pixmap


class CardLeftScreen(QWidget):
    def __init__(self, chime: Chime | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._chime = chime
        self.setObjectName("cardLeftScreen")
        self.setAccessibleName(self.tr("Your card is still in the reader"))
        self.setStyleSheet(
            "#cardLeftScreen { background: #fff3cd; }QLabel { color: #1d3557; }"
        )
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 44px; font-weight: bold;")
        self.detail = QLabel()
        self.detail.setStyleSheet("font-size: 30px;")
        self.picture = QLabel()
        self.picture.setPixmap(card_picture())
        self.picture.setAccessibleName(self.tr("Picture: a card in the card reader"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.picture, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_waiting(self, where: str = "") -> None:
        self.title.setText(self.tr("Please take your card"))
        text = self.tr("Your card is still in the card reader.")
        if where:
            text += "\n" + self.tr("The card reader is {where}.").format(where=where)
        self.detail.setText(text)
        self._sync_accessible()
        if self._chime is not None:
            self._chime()

    def show_out_of_service(self, where: str = "") -> None:
        self.title.setText(self.tr("A card was left in the reader"))
        text = self.tr("Please ask the staff for help.")
        if where:
            text = self.tr("The card reader is {where}.").format(where=where)
            text += "\n" + self.tr("Please ask the staff for help.")
        self.detail.setText(text)
        self._sync_accessible()

    def _sync_accessible(self) -> None:
        self.title.setAccessibleName(self.title.text())
        self.detail.setAccessibleName(self.detail.text())
