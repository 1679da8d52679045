"""The presence watcher and its Qt bridge against a real pcscd + vpcd + vicc."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread

from kiosk.cardreader.bridge import CardPresence
from kiosk.cardreader.pcsc_api import ScardApi
from kiosk.cardreader.presence import ReaderStatus
from kiosk.cardreader.watcher import PcscWatcher
from kiosk.daemons.pcsc import READERS, PcscDaemon, VirtualCard

pytestmark = pytest.mark.pcscd
SLOT0 = READERS[0]


@pytest.fixture
def presence(pcscd: PcscDaemon, qtbot) -> Iterator[CardPresence]:  # type: ignore[no-untyped-def]
    bridge = CardPresence(PcscWatcher(ScardApi(), retry_seconds=0.2))
    with qtbot.waitSignal(bridge.statusChanged, timeout=5000) as ready:
        bridge.start()
    assert ready.args == [ReaderStatus.READY.value]
    yield bridge
    bridge.stop()


def test_readers_are_listed(presence: CardPresence) -> None:
    assert sorted(presence.snapshot.readers) == sorted(READERS)
    assert not presence.cards_present()


def test_insert_and_remove_reach_the_gui_thread(
    presence: CardPresence, card: VirtualCard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    threads: list[QThread] = []
    presence.cardInserted.connect(lambda *_: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(presence.cardInserted, timeout=5000) as inserted:
        card.insert()
    assert inserted.args == [SLOT0, "contact"]
    assert threads == [presence.thread()]
    assert presence.status is ReaderStatus.CARD_PRESENT
    assert presence.readers_with_card() == (SLOT0,)
    with qtbot.waitSignal(presence.cardRemoved, timeout=5000) as removed:
        card.remove()
    assert removed.args == [SLOT0]
    assert presence.status is ReaderStatus.READY


def test_events_resume_after_pcscd_is_killed_and_restarted(
    presence: CardPresence, pcscd: PcscDaemon, card: VirtualCard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(presence.serviceChanged, timeout=5000) as down:
        pcscd.stop(signal.SIGKILL)
    assert down.args == [False]
    assert presence.status is ReaderStatus.SERVICE_DOWN
    assert presence.snapshot.readers == {}
    with qtbot.waitSignal(presence.readersChanged, timeout=10000) as back:
        pcscd.start()
    assert sorted(back.args[0]) == sorted(READERS)
    with qtbot.waitSignal(presence.cardInserted, timeout=5000):
        card.insert()
    assert presence.status is ReaderStatus.CARD_PRESENT


def test_a_card_present_at_start_is_reported(
    pcscd: PcscDaemon, card: VirtualCard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    card.insert()
    bridge = CardPresence(PcscWatcher(ScardApi(), retry_seconds=0.2))
    with qtbot.waitSignal(bridge.cardInserted, timeout=5000):
        bridge.start()
    try:
        assert bridge.cards_present()
    finally:
        bridge.stop()


def test_watcher_started_before_pcscd_sees_it_come_up(pcscd: PcscDaemon, qtbot) -> None:  # type: ignore[no-untyped-def]
    pcscd.stop()
    bridge = CardPresence(PcscWatcher(ScardApi(), retry_seconds=0.2))
    bridge.start()
    try:
        assert bridge.status is ReaderStatus.SERVICE_DOWN
        with qtbot.waitSignal(bridge.statusChanged, timeout=10000) as up:
            pcscd.start()
        assert up.args == [ReaderStatus.READY.value]
    finally:
        bridge.stop()


def test_no_thread_leaks_over_100_start_stop_cycles(pcscd: PcscDaemon) -> None:
    before = {t.ident for t in threading.enumerate()}
    watcher = PcscWatcher(ScardApi(), retry_seconds=0.2)
    seen = threading.Event()
    for _ in range(100):
        seen.clear()
        watcher.start(lambda snapshot, events: seen.set())
        assert seen.wait(5), "the watcher reported nothing"
        watcher.stop()
        assert not watcher.running
    after = {t.ident for t in threading.enumerate()}
    assert after <= before


def test_start_twice_is_an_error(pcscd: PcscDaemon) -> None:
    watcher = PcscWatcher(ScardApi())
    watcher.start(lambda snapshot, events: None)
    try:
        with pytest.raises(RuntimeError, match="already running"):
            watcher.start(lambda snapshot, events: None)
    finally:
        watcher.stop()


def test_a_reader_without_part10_has_no_pin_pad(pcscd: PcscDaemon) -> None:
    features = ScardApi().read_features(SLOT0)
    assert not features.pin_pad and not features.execute_pace
