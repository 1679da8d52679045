"""The print confirmation: pages, sheets, price and free pages left; one tap.

The Print button disables itself on the first tap (before anything else
happens) and stays disabled while the job is in flight, so a double tap can
never print twice. Cancel stays available until the job is sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.printing.flow import Summary
from kiosk.qtsignals import emit
from kiosk.ui.widgets import Retranslated

MIN_TOUCH = 48


def money(cents: int, currency: str) -> str:
    """German-style amount: 1,30 € (residents read it as on a price tag)."""
    symbol = "€" if currency == "EUR" else currency
    return f"{cents // 100},{cents % 100:02d} {symbol}"


class ConfirmWidget(Retranslated, QWidget):
    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        self._title.setObjectName("printConfirmTitle")
        self._pages = QLabel()
        self._sheets = QLabel()
        self._price = QLabel()
        self._free = QLabel()
        for label in (self._pages, self._sheets, self._price, self._free):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.print_button = QPushButton()
        self.cancel_button = QPushButton()
        self._summary: Summary | None = None
        self.retranslate()
        for button in (self.print_button, self.cancel_button):
            button.setMinimumSize(160, MIN_TOUCH + 16)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self._on_print)
        self.cancel_button.clicked.connect(self.cancelled)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        for label in (self._pages, self._sheets, self._price, self._free):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Print confirmation"))
        self._title.setText(self.tr("Print this document?"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setAccessibleName(self.tr("Print now"))
        self.print_button.setAccessibleDescription(self.tr("Send it to the printer"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Do not print"))
        self.cancel_button.setAccessibleDescription(self.tr("Back to the page"))
        if self._summary is not None:
            self._show_lines(self._summary)

    def show_summary(self, summary: Summary) -> None:
        self._summary = summary
        self._show_lines(summary)
        self.set_in_flight(False)

    def _show_lines(self, summary: Summary) -> None:
        q = summary.quote
        self._pages.setText(self.tr("Pages: %1").replace("%1", str(q.impressions)))
        self._sheets.setText(
            self.tr("Sheets of paper: %1").replace("%1", str(q.sheets))
        )
        if q.price_cents:
            price = self.tr("Price: %1 (please pay the staff)").replace(
                "%1", money(q.price_cents, summary.currency)
            )
        else:
            price = self.tr("Price: free")
        self._price.setText(price)
        self._free.setText(
            self.tr("Free pages left after this: %1").replace(
                "%1", str(q.free_left_after)
            )
        )

    def set_in_flight(self, in_flight: bool) -> None:
        self.print_button.setEnabled(not in_flight)
        self.cancel_button.setEnabled(not in_flight)

    def text(self) -> str:
        """All shown lines, for tests and screen readers."""
        labels = (self._title, self._pages, self._sheets, self._price, self._free)
        return "\n".join(label.text() for label in labels)

    def _on_print(self) -> None:
        if not self.print_button.isEnabled():
            return
        self.set_in_flight(True)  # first, so a second tap finds it disabled
        emit(
            self.confirmed,
        )
