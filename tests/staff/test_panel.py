"""Panel actions and their effect on what the next resident sees: the real
Lifecycle and Wiper behind a small actions adapter (as the lead wires it)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.config import StaffConfig
from kiosk.session import events as ev
from kiosk.session.lifecycle import Lifecycle, LifecycleError, State
from kiosk.session.wipe import Wiper
from kiosk.staff.panel import StaffPanel
from kiosk.staff.status import PrinterState, PrintJob, StationSnapshot


class Station:
    """StationStatus + StaffActions over a real lifecycle and wipe."""

    def __init__(self) -> None:
        self.lifecycle = Lifecycle(terms_required=False)
        self.wiper = Wiper()
        self.wiped: list[str] = []
        self.wiper.register("session-files", lambda: self.wiped.append("files"))
        self.events: list[ev.Event] = []
        self.lifecycle.subscribe(self.events.append)
        self.message = ""
        self.cancelled: list[int] = []
        self.test_pages = 0
        self.card_acks = 0
        self._wipe()

    def _wipe(self) -> None:
        self.lifecycle.begin_wipe()
        report = self.wiper.run()
        self.lifecycle.wipe_finished(report.ok, report.failed)

    def snapshot(self) -> StationSnapshot:
        state = self.lifecycle.state
        return StationSnapshot(
            version="0.1.0",
            uptime_seconds=3700,
            printer=PrinterState(
                "idle", ("media-low",), (("black", 12),), (PrintJob(17, 3, "held"),)
            ),
            amount_to_collect_cents=230,
            out_of_service=state is State.OUT_OF_SERVICE,
            in_session=state in (State.ACTIVE, State.TERMS, State.IDLE_WARNING),
        )

    def end_session_now(self) -> None:
        self.lifecycle.end(ev.EndReason.STAFF)
        self._wipe()

    def set_out_of_service(self, message: str) -> None:
        self.message = message
        self.lifecycle.set_out_of_service("staff")
        if self.lifecycle.state in (State.ACTIVE, State.TERMS, State.IDLE_WARNING):
            # A resident still there: end and wipe; the wipe lands out of service.
            self.end_session_now()

    def return_to_service(self) -> None:
        self.message = ""
        self.lifecycle.return_to_service()
        report = self.wiper.run()
        self.lifecycle.wipe_finished(report.ok, report.failed)

    def cancel_print_job(self, job_id: int) -> None:
        self.cancelled.append(job_id)

    def print_test_page(self) -> None:
        self.test_pages += 1

    def acknowledge_forgotten_card(self) -> None:
        self.card_acks += 1


@pytest.fixture
def station() -> Station:
    return Station()


@pytest.fixture
def panel(qtbot: QtBot, station: Station) -> StaffPanel:
    p = StaffPanel(StaffConfig(idle_lock_seconds=15), station, station)
    qtbot.addWidget(p)
    p.show()
    return p


def _refreshed(qtbot: QtBot, panel: StaffPanel) -> None:
    with qtbot.waitSignal(panel._snapshotReady, timeout=5000):
        panel.refresh()


def test_shows_state(qtbot: QtBot, panel: StaffPanel) -> None:
    _refreshed(qtbot, panel)
    text = panel.state.text()
    assert "2,30 €" in text and "media-low" in text and "black 12%" in text
    assert "1 h 1 min" in text and "In service" in text


def test_end_session_now_wipes(
    qtbot: QtBot, panel: StaffPanel, station: Station, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk.staff")
    station.lifecycle.start("de")
    station.wiped.clear()
    panel.buttons["end_session"].click()
    ended = [e for e in station.events if isinstance(e, ev.SessionEnded)]
    assert ended[-1].reason is ev.EndReason.STAFF
    assert station.wiped == ["files"]
    assert station.lifecycle.state is State.WELCOME  # the next resident starts clean
    assert "end the session now" in caplog.text


def test_out_of_service_refuses_sessions_until_back(
    qtbot: QtBot, panel: StaffPanel, station: Station, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk.staff")
    station.lifecycle.start("de")  # a resident is still there
    panel.message.setText("Drucker kaputt, bitte Platz 2")
    panel.buttons["out_of_service"].click()
    assert station.lifecycle.state is State.OUT_OF_SERVICE
    assert station.message == "Drucker kaputt, bitte Platz 2"
    with pytest.raises(LifecycleError):
        station.lifecycle.start("de")  # the next resident is refused
    assert "Drucker" not in caplog.text and "29 chars" in caplog.text
    _refreshed(qtbot, panel)
    assert panel.buttons["back_in_service"].isEnabled()
    assert not panel.buttons["out_of_service"].isEnabled()
    panel.buttons["back_in_service"].click()
    assert station.lifecycle.state is State.WELCOME
    station.lifecycle.start("de")
    assert station.lifecycle.state is State.ACTIVE


def test_print_and_card_actions(
    qtbot: QtBot, panel: StaffPanel, station: Station
) -> None:
    _refreshed(qtbot, panel)
    jobs = [b for b in panel.findChildren(QPushButton) if "17" in b.text()]
    assert len(jobs) == 1
    jobs[0].click()
    panel.buttons["test_page"].click()
    panel.act("card_ack")
    assert station.cancelled == [17]
    assert station.test_pages == 1 and station.card_acks == 1


def test_idle_locks(qtbot: QtBot, panel: StaffPanel) -> None:
    panel.idle.setInterval(50)  # the config minimum is 15 s; the timer is the same
    panel.open()
    with qtbot.waitSignal(panel.lockRequested, timeout=5000):
        pass


def test_lock_button(qtbot: QtBot, panel: StaffPanel) -> None:
    with qtbot.waitSignal(panel.lockRequested, timeout=1000):
        panel.buttons["lock"].click()


def test_widgets_named_and_big(panel: StaffPanel) -> None:
    for w in [*panel.findChildren(QPushButton), *panel.findChildren(QLineEdit)]:
        assert w.accessibleName()
        assert w.minimumHeight() >= 48
