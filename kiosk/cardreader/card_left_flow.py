"""End of a session with a card still in a reader: the shell's before-wipe gate.

While a card is in a reader the wipe waits on "please take your card" (with a
chime). If the card stays past the deadline the session's end goes on, the
station goes OUT_OF_SERVICE ("card-left"), and it comes back by itself when
the card is finally taken. The shell passes in how to show a screen and how
to return to service; this flow knows nothing else of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.cardreader.card_left import CardLeftGate
from kiosk.cardreader.card_left_widget import CardLeftScreen
from kiosk.session.events import OutOfServiceReason
from kiosk.session.lifecycle import Lifecycle, State


class CardLeftFlow:
    def __init__(
        self,
        gate: CardLeftGate,
        screen: CardLeftScreen,
        lifecycle: Lifecycle,
        *,
        show: Callable[[QWidget], None],
        where: Callable[[], str],
        return_to_service: Callable[[], None],
    ) -> None:
        self.gate = gate
        self.screen = screen
        self._lifecycle = lifecycle
        self._show = show
        self._where = where
        self._return_to_service = return_to_service
        self._waiting: list[Callable[[], None]] = []
        gate.cardTaken.connect(self._taken)
        gate.timedOut.connect(self._timed_out)

    def before_wipe(self, proceed: Callable[[], None]) -> None:
        """The gate: `proceed` at once without a card, else once it is taken."""
        if not self.gate.any_card_present():
            proceed()
            return
        self._waiting[:] = [proceed]
        self.screen.show_waiting(self._where())
        self._show(self.screen)
        self.gate.wait()

    def _taken(self) -> None:
        if self._waiting:
            self._waiting.pop()()
        elif (
            self._lifecycle.state is State.OUT_OF_SERVICE
            and self._lifecycle.out_of_service_reason == OutOfServiceReason.CARD_LEFT
        ):
            self._return_to_service()  # the card is back with its owner

    def _timed_out(self) -> None:
        # The session ends anyway; the station waits out of service until the
        # card is taken (the gate keeps watching after its deadline).
        self._lifecycle.set_out_of_service(OutOfServiceReason.CARD_LEFT)
        if self._waiting:
            self._waiting.pop()()
        self.screen.show_out_of_service(self._where())
        self._show(self.screen)
