"""The card-left gate: holds the wipe while a card is in a reader.

The shell calls `wait()` at End session and at the idle timeout. With no card
it answers `cardTaken` at once (queued, like every other answer). With a card
it emits `alarmRaised` (show CardLeftScreen), then `cardTaken` when the card
is removed, or `timedOut` after `timeout_seconds`: the shell then ends the
session anyway and goes OUT_OF_SERVICE ("card-left"); `cardTaken` still
follows when the card is finally taken, so the shell can return to service.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.cardreader.bridge import CardPresence
from kiosk.cardreader.card_left_rules import CardLeftWait, Outcome, Phase
from kiosk.cardreader.presence import ReaderStatus
from kiosk.qtsignals import emit
from kiosk.session import events as ev
from kiosk.session.lifecycle import Clock, utc_now


class CardLeftGate(QObject):
    alarmRaised = Signal(list)  # list[str]: readers holding a card
    cardTaken = Signal()
    timedOut = Signal()

    def __init__(
        self,
        presence: CardPresence,
        timeout_seconds: float,
        publish: Callable[[ev.Event], None] | None = None,
        clock: Clock = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._presence = presence
        self._publish = publish
        self._clock = clock
        self._wait = CardLeftWait()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(timeout_seconds * 1000))
        self._timer.timeout.connect(self._deadline)
        presence.statusChanged.connect(self._presence_changed)

    @property
    def phase(self) -> Phase:
        return self._wait.phase

    def any_card_present(self) -> bool:
        return self._presence.cards_present()

    def wait(self) -> None:
        outcome = self._wait.begin(self.any_card_present())
        if outcome is Outcome.SHOW_ALARM:
            self._timer.start()
            emit(self.alarmRaised, list(self._presence.readers_with_card()))
        else:
            QTimer.singleShot(0, self, lambda: emit(self.cardTaken))

    def cancel(self) -> None:
        """Staff took over; forget the wait without a signal."""
        self._timer.stop()
        self._wait.cancel()

    def _presence_changed(self, status: str) -> None:
        if status == ReaderStatus.SERVICE_DOWN.value:
            return  # pcscd gone: nobody knows where the card is; keep waiting
        if self._wait.card_changed(self.any_card_present()) is Outcome.CARD_TAKEN:
            self._timer.stop()
            emit(self.cardTaken)

    def _deadline(self) -> None:
        if self._wait.deadline() is Outcome.TIMED_OUT:
            if self._publish is not None:
                self._publish(ev.CardLeft(at=self._clock()))
            emit(self.timedOut)
