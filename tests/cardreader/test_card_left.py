"""The card-left gate with the real watcher: the wipe waits for the card."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.cardreader.bridge import CardPresence
from kiosk.cardreader.card_left import CardLeftGate
from kiosk.cardreader.card_left_rules import Phase
from kiosk.cardreader.pcsc_api import ScardApi
from kiosk.cardreader.watcher import PcscWatcher
from kiosk.daemons.pcsc import READERS, PcscDaemon, VirtualCard
from kiosk.session import events as ev
from kiosk.session.lifecycle import Lifecycle, State
from kiosk.session.wipe import Wiper

pytestmark = pytest.mark.pcscd


@pytest.fixture
def presence(pcscd: PcscDaemon, qtbot) -> Iterator[CardPresence]:  # type: ignore[no-untyped-def]
    bridge = CardPresence(PcscWatcher(ScardApi(), retry_seconds=0.2))
    with qtbot.waitSignal(bridge.statusChanged, timeout=5000):
        bridge.start()
    yield bridge
    bridge.stop()


class Station:
    """The wiring the shell does: End session → gate → wipe or out of service."""

    def __init__(self, presence: CardPresence, timeout: float) -> None:
        self.events: list[ev.Event] = []
        self.lifecycle = Lifecycle(terms_required=False)
        self.lifecycle.subscribe(self.events.append)
        self.wiper = Wiper()
        self.wiped = 0
        self.wiper.register("count", self._count)
        self.gate = CardLeftGate(presence, timeout, publish=self.lifecycle.publish)
        self.gate.cardTaken.connect(self._taken)
        self.gate.timedOut.connect(self._timed_out)
        self.lifecycle.begin_wipe()
        self.lifecycle.wipe_finished(True)
        self.lifecycle.start("de")

    def _count(self) -> None:
        self.wiped += 1

    def end_session(self) -> None:
        self.lifecycle.end(ev.EndReason.RESIDENT)
        self.gate.wait()

    def _wipe(self) -> None:
        self.lifecycle.begin_wipe()
        report = self.wiper.run()
        self.lifecycle.wipe_finished(report.ok, report.failed)

    def _taken(self) -> None:
        if self.lifecycle.state is State.ENDING:
            self._wipe()
        elif self.lifecycle.state is State.OUT_OF_SERVICE:
            self.lifecycle.return_to_service()
            self.lifecycle.wipe_finished(self.wiper.run().ok)

    def _timed_out(self) -> None:
        self.lifecycle.set_out_of_service("card-left")
        self._wipe()


def test_no_card_the_wipe_goes_on(presence: CardPresence, qtbot) -> None:  # type: ignore[no-untyped-def]
    station = Station(presence, timeout=30)
    with qtbot.waitSignal(station.gate.cardTaken, timeout=2000):
        station.end_session()
    assert station.wiped == 1
    assert station.lifecycle.state is State.WELCOME


def test_card_present_alarm_then_removed(
    presence: CardPresence, card: VirtualCard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(presence.cardInserted, timeout=5000):
        card.insert()
    station = Station(presence, timeout=30)
    assert station.gate.any_card_present()
    with qtbot.waitSignal(station.gate.alarmRaised, timeout=2000) as alarm:
        station.end_session()
    assert alarm.args == [[READERS[0]]]
    assert station.wiped == 0  # the wipe waits
    assert station.lifecycle.state is State.ENDING
    with qtbot.waitSignal(station.gate.cardTaken, timeout=5000):
        card.remove()
    assert station.wiped == 1
    assert station.lifecycle.state is State.WELCOME
    assert not any(isinstance(e, ev.CardLeft) for e in station.events)


def test_card_never_removed_out_of_service_until_taken(
    presence: CardPresence, card: VirtualCard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(presence.cardInserted, timeout=5000):
        card.insert()
    station = Station(presence, timeout=0.3)
    with qtbot.waitSignal(station.gate.timedOut, timeout=5000):
        station.end_session()
    assert station.lifecycle.state is State.OUT_OF_SERVICE
    assert station.lifecycle.out_of_service_reason == "card-left"
    assert station.wiped == 1  # the session was ended and wiped anyway
    assert sum(isinstance(e, ev.CardLeft) for e in station.events) == 1
    assert station.gate.phase is Phase.TIMED_OUT
    with qtbot.waitSignal(station.gate.cardTaken, timeout=5000):
        card.remove()
    assert station.lifecycle.state is State.WELCOME


def test_pcscd_dying_is_not_taken_for_the_card_removed(
    presence: CardPresence, pcscd: PcscDaemon, card: VirtualCard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(presence.cardInserted, timeout=5000):
        card.insert()
    gate = CardLeftGate(presence, 30)
    taken: list[bool] = []
    gate.cardTaken.connect(lambda: taken.append(True))
    gate.wait()
    with qtbot.waitSignal(presence.serviceChanged, timeout=5000):
        pcscd.stop()
    qtbot.wait(100)
    assert taken == []
    assert gate.phase is Phase.WAITING
