"""The card-left wait as a pure state machine.

At End session and at the idle timeout the wipe must not start while a card
is in a reader. `begin` says whether to show the alarm; the card being taken
or the deadline passing moves it on. After the deadline the station is out
of service until the card is taken, so taking it still counts then.
"""

from __future__ import annotations

import enum


class Phase(enum.Enum):
    IDLE = "idle"
    WAITING = "waiting"  # alarm shown, the wipe waits
    TIMED_OUT = "timed-out"  # session ended anyway; out of service until taken


class Outcome(enum.Enum):
    NOTHING = "nothing"
    SHOW_ALARM = "show-alarm"
    CARD_TAKEN = "card-taken"
    TIMED_OUT = "timed-out"


class CardLeftWait:
    def __init__(self) -> None:
        self.phase = Phase.IDLE

    def begin(self, card_present: bool) -> Outcome:
        if self.phase is not Phase.IDLE:
            raise RuntimeError(f"already waiting for a card ({self.phase.value})")
        if not card_present:
            return Outcome.CARD_TAKEN
        self.phase = Phase.WAITING
        return Outcome.SHOW_ALARM

    def card_changed(self, card_present: bool) -> Outcome:
        if card_present or self.phase is Phase.IDLE:
            return Outcome.NOTHING
        self.phase = Phase.IDLE
        return Outcome.CARD_TAKEN

    def deadline(self) -> Outcome:
        if self.phase is not Phase.WAITING:
            return Outcome.NOTHING  # the card was taken just before
        self.phase = Phase.TIMED_OUT
        return Outcome.TIMED_OUT

    def cancel(self) -> None:
        self.phase = Phase.IDLE
