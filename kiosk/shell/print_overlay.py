"""The print confirmation and the printer's messages, as an overlay of the shell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.printing.confirm_widget import ConfirmWidget
from kiosk.printing.flow import Summary
from kiosk.ui.overlays import Overlay
from kiosk.ui.widgets import button, set_text


class PrintOverlay(Overlay):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.confirm = ConfirmWidget(self.panel)
        self.confirm.print_button.setObjectName("primary")  # the shell's big blue
        self.panel.box.addWidget(self.confirm)
        self.close_button = button(role="primary")
        self.close_button.clicked.connect(self.hide)
        self.panel.box.addWidget(
            self.close_button, alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.showing_ready = False  # "Your print is ready." is on screen
        self.retranslate()

    def ask(self, summary: Summary) -> None:
        self.showing_ready = False
        self.title.setText(self.tr("Print"))
        self.text.setText("")
        self.confirm.show()
        self.confirm.show_summary(summary)
        self.close_button.hide()
        self.open()
        self.confirm.print_button.setFocus()

    def tell(self, text: str) -> None:
        """A message from the printer (done, trouble, refusal), with a Close."""
        self.showing_ready = False
        self.title.setText(self.tr("Print"))
        self.text.setText(text)
        self.confirm.hide()
        self.close_button.show()
        self.open()
        self.close_button.setFocus()

    def tell_ready(self) -> None:
        self.tell(self.tr("Your print is ready."))
        self.showing_ready = True

    def retranslate(self) -> None:
        set_text(self.close_button, self.tr("Close"), self.tr("Close this message"))
