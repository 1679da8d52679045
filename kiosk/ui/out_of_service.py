"""Out of service: residents see a calm message in their language and no Start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.session.events import OutOfServiceReason
from kiosk.ui.widgets import Retranslated, label


class OutOfServiceScreen(Retranslated, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = label(name="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.staff_message = label(name="subtitle")
        self.staff_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.staff_message)
        self.reason = OutOfServiceReason.NONE
        self.retranslate()

    def show_reason(self, reason: OutOfServiceReason, staff_message: str = "") -> None:
        self.reason = reason
        self.staff_message.setText(staff_message)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("This computer is not available right now"))
        texts = {
            OutOfServiceReason.CARD_LEFT: self.tr(
                "A card was left in the card reader. Please ask the staff."
            ),
            OutOfServiceReason.WIPE_FAILED: self.tr(
                "It is being checked. Please ask the staff."
            ),
        }
        self.text.setText(texts.get(self.reason, self.tr("Please ask the staff.")))


class WipingScreen(Retranslated, QWidget):
    """Shown for the moment the wipe takes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = label(name="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Deleting your data … one moment"))
