"""The shell's own screens for the Online-Ausweis, driven by AusweisApp's state.

One overlay over the session: who asks for which data (Agree/Cancel), put
the card on the reader (with a picture and where the reader is), the PIN,
CAN or PUK on the shell's digit pad — or "type it on the reader" when the
reader has keys —, hints for a switched-off or blocked card, progress, and
an error page when no provider page can take over. It talks to an
`EidService`-like object (`accept`, `cancel`, `enter_secret`, `use_simulator`,
`close_result`, `stateChanged`, `finished`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from kiosk.cardreader.card_left_widget import card_picture
from kiosk.cardreader.sdk import SECRET_SCREENS, EidState, Screen
from kiosk.ui.digitpad import DigitPad
from kiosk.ui.overlays import Overlay
from kiosk.ui.widgets import button, label, set_text


class EidGuide(Overlay):
    def __init__(
        self,
        parent: QWidget,
        service: Any,
        where: Callable[[], str] = lambda: "",
        *,
        offer_test_card: bool = False,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._where = where
        self._offer_test_card = offer_test_card
        self._state = EidState()
        self.picture = QLabel(self.panel)
        self.picture.setPixmap(card_picture(160))
        self.details = label(parent=self.panel)
        self.progress = QProgressBar(self.panel)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.pad = DigitPad(self.panel)
        self.agree = button(role="primary")
        self.test_card = button()
        self.cancel_button = button()
        self.ok = button(role="primary")
        box = self.panel.box
        box.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.details)
        box.addWidget(self.progress)
        box.addWidget(self.pad, alignment=Qt.AlignmentFlag.AlignCenter)
        self.panel.add_row(self.cancel_button, self.test_card, self.agree, self.ok)
        self.agree.clicked.connect(service.accept)
        self.test_card.clicked.connect(service.use_simulator)
        self.cancel_button.clicked.connect(service.cancel)
        self.ok.clicked.connect(self._close)
        self.pad.submitted.connect(self._secret)
        service.stateChanged.connect(self.show_state)
        service.finished.connect(self._finished)
        self.retranslate()

    @property
    def screen(self) -> Screen:
        return self._state.screen

    def show_state(self, state: EidState) -> None:
        if not state.running:
            return  # the outcome comes with `finished`, after the navigation
        self._show(state)

    def _finished(self, state: EidState) -> None:
        if state.result_url:
            self._close()  # the provider's page says what happened
            return
        self._show(state)

    def _show(self, state: EidState) -> None:
        first = not self.isVisible()
        asks_secret = (
            state.screen is not self._state.screen
            or state.invalid_input
            or state.keypad != self._state.keypad
        )
        self._state = state
        self._render(state, new_secret=asks_secret)
        if first:
            self.open()
        self._focus()

    def hideEvent(self, event: QHideEvent) -> None:
        if hasattr(self, "pad"):  # Overlay's constructor hides before it exists
            self.pad.clear()  # also when the wipe closes every overlay
        super().hideEvent(event)

    def _close(self) -> None:
        self.pad.clear()
        self.hide()
        self._service.close_result()

    def _test_card_keys(self) -> None:
        if self._state.screen in SECRET_SCREENS and self._state.keypad:
            self._service.enter_secret(None)

    def _secret(self, value: str) -> None:
        self._service.enter_secret(value)

    def _render(self, state: EidState, *, new_secret: bool) -> None:
        screen = state.screen
        shown = {self.picture: False, self.progress: False, self.pad: False}
        buttons = {self.cancel_button: True, self.agree: False, self.ok: False}
        buttons[self.test_card] = False
        title, text, details = self.tr("Online ID card"), "", ""
        if screen is Screen.ACCESS_RIGHTS:
            provider = state.provider or self.tr("A service")
            title = self.tr("{provider} asks for data from your ID card").format(
                provider=provider
            )
            text = state.purpose
            names = self.right_names()
            details = (
                self.tr("These data will be sent:")
                + "\n"
                + "\n".join("• " + names.get(r, r) for r in state.rights)
            )
            if state.provider_url:
                details += "\n\n" + self.tr("Provider: {url}").format(
                    url=state.provider_url
                )
            buttons[self.agree] = True
        elif screen is Screen.INSERT_CARD:
            title = self.tr("Place your ID card on the card reader")
            where = self._where()
            text = self.tr("Leave it there until the login is finished.")
            if where:
                text = (
                    self.tr("The card reader is {where}.").format(where=where)
                    + " "
                    + text
                )
            shown[self.picture] = True
            buttons[self.test_card] = self._offer_test_card and any(
                r.insertable for r in state.readers.values()
            )
        elif screen in SECRET_SCREENS:
            digits, title, text = self._secret_texts(screen)
            if state.keypad:
                text = self.tr(
                    "Type it on the keys of the card reader, then press its OK key."
                )
                shown[self.picture] = True
                if self._offer_test_card and new_secret:
                    # The demo's test card has no keys to press: go on for it.
                    QTimer.singleShot(1500, self._test_card_keys)
            else:
                shown[self.pad] = True
                if new_secret:
                    self.pad.expect(digits)
            if state.invalid_input:
                details = self.tr("That did not work. Please try again.")
            elif screen is Screen.ENTER_PIN and state.retry_counter == 2:
                details = self.tr("The PIN was wrong once. Please check it carefully.")
        elif screen is Screen.CARD_DEACTIVATED:
            title = self.tr("The online function is switched off")
            text = self.tr(
                "The online function of this ID card is not switched on. "
                "The Bürgeramt can switch it on for you."
            )
        elif screen is Screen.CARD_BLOCKED:
            title = self.tr("The PIN is blocked")
            text = self.tr(
                "The PIN of this ID card is blocked. The Bürgeramt can help you."
            )
        elif screen is Screen.FAILED or screen is Screen.FINISHED:
            title = self.tr("Login not possible")
            text = self._failure_text(state.error)
            buttons[self.cancel_button] = False
            buttons[self.ok] = True
        else:  # WORKING
            title = self.tr("Please wait")
            text = self.tr("Connecting to the service. This can take a moment.")
            if state.progress is not None:
                shown[self.progress] = True
                self.progress.setValue(state.progress)
        self.title.setText(title)
        self.text.setText(text)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        for widget, visible in (shown | buttons).items():
            widget.setVisible(visible)

    def _focus(self) -> None:
        for widget in (self.pad, self.agree, self.ok, self.cancel_button):
            if widget.isVisible():
                widget.setFocus()
                return

    def right_names(self) -> dict[str, str]:
        """The data a provider may ask for, as AusweisApp names it, in plain words."""
        return {
            "FamilyName": self.tr("Family name"),
            "BirthName": self.tr("Name at birth"),
            "GivenNames": self.tr("First names"),
            "DoctoralDegree": self.tr("Doctoral degree"),
            "ArtisticName": self.tr("Artistic name or religious name"),
            "Pseudonym": self.tr("Pseudonym"),
            "DateOfBirth": self.tr("Date of birth"),
            "PlaceOfBirth": self.tr("Place of birth"),
            "Address": self.tr("Address"),
            "Nationality": self.tr("Nationality"),
            "IssuingCountry": self.tr("Country that issued the card"),
            "DocumentType": self.tr("Type of document"),
            "ValidUntil": self.tr("Valid until"),
            "ResidencePermitI": self.tr("Notes in the residence permit (part 1)"),
            "ResidencePermitII": self.tr("Notes in the residence permit (part 2)"),
            "CommunityID": self.tr("Municipality code of the address"),
            "AddressVerification": self.tr("Check: do you live in a certain place"),
            "AgeVerification": self.tr("Check: are you old enough"),
            "Pseudonymous": self.tr("A code for this service instead of your name"),
            "CanAllowed": self.tr("Use of the card access number (CAN)"),
            "PinManagement": self.tr("Changing the PIN"),
        }

    def _secret_texts(self, screen: Screen) -> tuple[int, str, str]:
        """What the shell's pad asks for: (digits, title, text)."""
        return {
            Screen.ENTER_PIN: (
                6,
                self.tr("Enter your PIN"),
                self.tr(
                    "Type the 6-digit PIN of your ID card. It is not shown or stored."
                ),
            ),
            Screen.ENTER_NEW_PIN: (
                6,
                self.tr("Choose a new PIN"),
                self.tr("Type a new 6-digit PIN."),
            ),
            Screen.ENTER_CAN: (
                6,
                self.tr("Enter the card access number"),
                self.tr(
                    "The PIN was entered wrongly twice. Type the 6-digit card access "
                    "number (CAN). It is printed on the front of your ID card, "
                    "bottom right."
                ),
            ),
            Screen.ENTER_PUK: (
                10,
                self.tr("Enter your PUK"),
                self.tr(
                    "The PIN was entered wrongly three times. Type the 10-digit PUK "
                    "from the letter you got with your ID card."
                ),
            ),
        }[screen]

    def _failure_text(self, error: str) -> str:
        known = {
            "disconnected": self.tr("The connection to the ID card program was lost."),
            "cancel": self.tr("The login was cancelled."),
            "cancellationByUser": self.tr("The login was cancelled."),
            "trustedChannelEstablishmentFailed": self.tr(
                "The service could not be reached. Please try again later."
            ),
            "invalid-request": self.tr(
                "The service sent a request that cannot be used."
            ),
        }
        return known.get(error, self.tr("The login with the ID card did not work."))

    def retranslate(self) -> None:
        set_text(
            self.agree, self.tr("Agree"), self.tr("Send these data to the service")
        )
        set_text(self.cancel_button, self.tr("Cancel"), self.tr("Stop the login"))
        set_text(self.ok, self.tr("OK"), self.tr("Close this message"))
        set_text(self.test_card, self.tr("Use the test card"), self.tr("Demo only"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.picture.setAccessibleName(
            self.tr("Picture: an ID card on the card reader")
        )
        if self.isVisible():
            self._render(self._state, new_secret=False)
