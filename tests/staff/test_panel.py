"""The panel on its own: what it shows, what each button does, and that slow
answers never hold the GUI thread. The real Lifecycle and Wiper stand behind
a small station (the whole station with CUPS: tests/staff/test_station_panel.py)."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

import kiosk
from kiosk.config import StaffConfig
from kiosk.session import events as ev
from kiosk.session.lifecycle import IN_SESSION, Lifecycle, LifecycleError, State
from kiosk.session.wipe import Wiper
from kiosk.staff.panel import StaffPanel
from kiosk.staff.status import (
    ActionResult,
    Outcome,
    PrintAlert,
    PrinterState,
    PrintJob,
    ReaderState,
    StationSnapshot,
    Supply,
    SyncState,
)

TRANSLATIONS = Path(kiosk.__file__).parent / "ui" / "translations"
PRINTER = PrinterState(
    "printing",
    ("media-low-warning", "toner-low-report"),
    (Supply("Black", 12, False), Supply("Cyan", 4, True), Supply("Waste", -1)),
    (PrintJob(17, 3, "held"), PrintJob(18, 0, "printing")),
)


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
        self.printer_state: PrinterState | None = PRINTER
        self.printer_gate: threading.Event | None = None
        self.printer_reads = 0
        self.cancelled: list[int] = []
        self.test_pages = 0
        self.card_acks = 0
        self.card_left = False
        self.action_gate: threading.Event | None = None
        self.action_threads: list[str] = []
        self.result = Outcome.DONE
        self._wipe()

    def _wipe(self) -> None:
        self.lifecycle.begin_wipe()
        report = self.wiper.run()
        self.lifecycle.wipe_finished(report.ok, report.failed)

    def snapshot(self) -> StationSnapshot:
        state = self.lifecycle.state
        out = state is State.OUT_OF_SERVICE
        return StationSnapshot(
            version="0.1.0",
            uptime_seconds=3700,
            readers=(ReaderState("Reader A", True, "eid"), ReaderState("B", False)),
            network_ok=True,
            sync=SyncState(True, datetime.now().astimezone() - timedelta(minutes=5)),
            disk_free_percent=61,
            sessions_today=12,
            pages_today=34,
            eid_today=2,
            printing=self.printer_state is not None,
            amount_to_collect_cents=230,
            out_of_service=out,
            out_of_service_reason=self.lifecycle.out_of_service_reason if out else "",
            staff_message=self.message if out else "",
            in_session=state in IN_SESSION,
            card_forgotten=self.card_left,
            scanner="airscan:e0:Office MFP",
            scan_pages_today=7,
        )

    def printer(self) -> PrinterState | None:
        self.printer_reads += 1
        if self.printer_gate is not None:
            self.printer_gate.wait(10)
        return self.printer_state

    def end_session_now(self) -> None:
        self.lifecycle.end(ev.EndReason.STAFF)
        self._wipe()

    def set_out_of_service(self, message: str) -> None:
        self.message = message
        self.lifecycle.set_out_of_service("staff")
        if self.lifecycle.state in IN_SESSION:
            # A resident still there: end and wipe; the wipe lands out of service.
            self.end_session_now()

    def return_to_service(self) -> None:
        self.message = ""
        self.lifecycle.return_to_service()
        report = self.wiper.run()
        self.lifecycle.wipe_finished(report.ok, report.failed)

    def acknowledge_forgotten_card(self) -> None:
        self.card_acks += 1
        self.card_left = False

    def _printer_action(self) -> None:
        self.action_threads.append(threading.current_thread().name)
        if self.action_gate is not None:
            self.action_gate.wait(10)

    def cancel_print_job(self, job_id: int) -> ActionResult:
        self._printer_action()
        self.cancelled.append(job_id)
        return ActionResult(self.result, job_id)

    def print_test_page(self) -> ActionResult:
        self._printer_action()
        self.test_pages += 1
        return ActionResult(self.result, 99)

    def toggle_screen_reader(self) -> bool:
        self.screen_reader = not getattr(self, "screen_reader", False)
        return self.screen_reader


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
    """Wait out reads under way (an action starts one), then read afresh."""
    qtbot.waitUntil(
        lambda: not panel._reading_state and not panel._reading_printer, timeout=5000
    )
    with (
        qtbot.waitSignal(panel.stateShown, timeout=5000),
        qtbot.waitSignal(panel.printerShown, timeout=5000),
    ):
        panel.refresh()


def _done(qtbot: QtBot, panel: StaffPanel, press: object) -> None:
    with qtbot.waitSignal(panel.actionFinished, timeout=5000):
        press()  # type: ignore[operator]
    qtbot.waitUntil(lambda: not panel._reading_printer, timeout=5000)


def test_shows_the_station_in_plain_words(qtbot: QtBot, panel: StaffPanel) -> None:
    _refreshed(qtbot, panel)
    station = panel.station.text()
    assert "In service." in station and "Nobody is using the station." in station
    assert "Reader A: a card is inserted." in station and "B: no card." in station
    today = panel.today.text()
    assert "Visits: 12\nPages printed: 34\nID card uses: 2\n" in today
    assert "To collect for printing: 2,30 €" in today
    assert "Scanner: airscan:e0:Office MFP\nPages scanned: 7" in today
    assert "Network: connected." in panel.network.text()
    assert "Last usage upload: today at" in panel.network.text()
    assert "1 h 1 min" in panel.system.text() and "61% free" in panel.system.text()
    printer = panel.printer.text()
    assert "Printer: printing." in printer
    assert "Paper is running low." in printer
    assert "toner-low" not in printer  # a "-report" reason is no news for staff
    assert "Black: 12%" in printer and "Cyan: 4% (low)" in printer
    assert "Waste: level unknown" in printer
    assert sorted(panel.job_buttons) == [17, 18]
    assert panel.job_buttons[17].text() == "Cancel print job 17 (on hold, pages: 3)"
    assert panel.job_buttons[18].text() == "Cancel print job 18 (printing)"


def test_end_session_now_wipes(
    qtbot: QtBot, panel: StaffPanel, station: Station, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk.staff")
    station.lifecycle.start("de")
    station.wiped.clear()
    _refreshed(qtbot, panel)
    assert panel.buttons["end_session"].isEnabled()
    panel.buttons["end_session"].click()
    ended = [e for e in station.events if isinstance(e, ev.SessionEnded)]
    assert ended[-1].reason is ev.EndReason.STAFF
    assert station.wiped == ["files"]
    assert station.lifecycle.state is State.WELCOME  # the next resident starts clean
    assert "end the session now" in caplog.text
    assert "session was ended" in panel.notice.text()
    _refreshed(qtbot, panel)
    assert not panel.buttons["end_session"].isEnabled()


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
    assert "Residents see: Drucker kaputt, bitte Platz 2" in panel.station.text()
    assert panel.buttons["back_in_service"].isEnabled()
    assert not panel.buttons["out_of_service"].isEnabled()
    panel.buttons["back_in_service"].click()
    assert station.lifecycle.state is State.WELCOME
    assert panel.message.text() == ""
    station.lifecycle.start("de")
    assert station.lifecycle.state is State.ACTIVE


def test_cancel_a_job_runs_off_the_gui_thread_and_says_how_it_went(
    qtbot: QtBot, panel: StaffPanel, station: Station, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk.staff")
    _refreshed(qtbot, panel)
    station.action_gate = threading.Event()
    panel.job_buttons[17].click()
    # The GUI thread is free while CUPS answers; no second action meanwhile.
    assert panel.notice.text() == "Cancelling print job 17 …"
    assert not panel.buttons["test_page"].isEnabled()
    assert not panel.job_buttons[18].isEnabled()
    panel.act("test_page")
    with qtbot.waitSignal(panel.actionFinished, timeout=5000):
        station.action_gate.set()
    assert station.cancelled == [17] and station.test_pages == 0
    assert station.action_threads == ["staff-panel"]
    assert panel.notice.text() == "Print job 17 was cancelled."
    assert "cancel print job 17" in caplog.text
    assert "staff action result: cancel job done (job 17)" in caplog.text
    qtbot.waitUntil(lambda: panel.buttons["test_page"].isEnabled(), timeout=5000)


@pytest.mark.parametrize(
    ("outcome", "text"),
    [
        (Outcome.GONE, "Print job 17 had already ended."),
        (Outcome.NOT_OURS, "Print job 17 was not sent from this station"),
        (Outcome.UNAVAILABLE, "The printer cannot be reached."),
    ],
)
def test_cancel_outcomes(
    qtbot: QtBot, panel: StaffPanel, station: Station, outcome: Outcome, text: str
) -> None:
    _refreshed(qtbot, panel)
    station.result = outcome
    _done(qtbot, panel, panel.job_buttons[17].click)
    assert text in panel.notice.text()


def test_test_page(
    qtbot: QtBot, panel: StaffPanel, station: Station, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk.staff")
    _refreshed(qtbot, panel)
    _done(qtbot, panel, panel.buttons["test_page"].click)
    assert station.test_pages == 1
    assert panel.notice.text() == "The test page was sent to the printer (job 99)."
    assert "staff action: print a test page" in caplog.text


def test_an_action_that_raises_says_so(
    qtbot: QtBot, panel: StaffPanel, station: Station
) -> None:
    def broken() -> ActionResult:
        raise RuntimeError("boom")

    station.print_test_page = broken  # type: ignore[method-assign]
    _refreshed(qtbot, panel)
    _done(qtbot, panel, panel.buttons["test_page"].click)
    assert panel.notice.text() == "That did not work. Please tell IT."
    assert panel.buttons["test_page"].isEnabled()


def test_a_hung_printer_holds_neither_the_panel_nor_more_threads(
    qtbot: QtBot, panel: StaffPanel, station: Station
) -> None:
    station.printer_gate = threading.Event()
    with qtbot.waitSignal(panel.stateShown, timeout=5000):
        panel.refresh()
    assert "In service." in panel.station.text()  # shown without the printer
    with qtbot.waitSignal(panel.stateShown, timeout=5000):
        panel.refresh()  # a second read of the station; not of the printer
    assert station.printer_reads == 1
    with qtbot.waitSignal(panel.printerShown, timeout=5000):
        station.printer_gate.set()
    assert "Printer: printing." in panel.printer.text()


@pytest.mark.parametrize(
    ("printer", "text"),
    [
        (None, "Printing is off at this station."),
        (PrinterState("unreachable"), "Printer: cannot be reached."),
        (PrinterState("no-queue"), "Printer: not set up on this computer."),
        (
            PrinterState(
                "printing", alert=PrintAlert("jam", datetime(2026, 12, 2, 14, 3))
            ),
            "Printer: printing.\nNeeds attention since 14:03: Paper jam.\n",
        ),
        (
            PrinterState("ready", alert=PrintAlert("stalled", datetime(2026, 1, 2, 9))),
            "Printer: ready.\nNeeds attention since 09:00: a print job made no "
            "progress and was cancelled.\n",
        ),
        (
            PrinterState("ready", service_back_at=datetime(2026, 12, 2, 14, 3)),
            "Printer: ready.\nAt 14:03 the print service stopped during a print "
            "job and started again. The job was kept.\nNo print jobs are waiting.",
        ),
        (
            PrinterState("stopped", ("media-jam-error", "door-open"), accepting=False),
            "Printer: stopped.\nThe printer takes no new print jobs.\nPaper jam.\n"
            "A door or cover is open.\nNo print jobs are waiting.",
        ),
    ],
)
def test_printer_troubles(
    qtbot: QtBot,
    panel: StaffPanel,
    station: Station,
    printer: PrinterState | None,
    text: str,
) -> None:
    station.printer_state = printer
    _refreshed(qtbot, panel)
    assert panel.printer.text().startswith(text)
    assert panel.job_buttons == {}
    assert panel.buttons["test_page"].isEnabled() is (printer is not None)
    assert ("To collect" in panel.today.text()) is (printer is not None)


def test_forgotten_card(
    qtbot: QtBot, panel: StaffPanel, station: Station, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk.staff")
    _refreshed(qtbot, panel)
    assert not panel.buttons["card_ack"].isEnabled()
    station.card_left = True
    _refreshed(qtbot, panel)
    assert "A card was left behind." in panel.station.text()
    panel.buttons["card_ack"].click()
    assert station.card_acks == 1
    assert "forgotten card acknowledged" in caplog.text
    _refreshed(qtbot, panel)
    assert not panel.buttons["card_ack"].isEnabled()


def test_screen_reader_for_the_session(
    qtbot: QtBot, panel: StaffPanel, station: Station, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk.staff")
    button = panel.buttons["screen_reader"]
    assert button.accessibleName() == "Screen reader on or off"
    button.click()
    assert station.screen_reader
    assert panel.notice.text() == "The screen reader is on until the session ends."
    assert "staff action: screen reader on" in caplog.text
    button.click()
    assert not station.screen_reader
    assert panel.notice.text() == "The screen reader is off."


def test_idle_locks(qtbot: QtBot, panel: StaffPanel) -> None:
    panel.idle.setInterval(50)  # the config minimum is 15 s; the timer is the same
    panel.open()
    assert panel.poll.isActive()
    with qtbot.waitSignal(panel.lockRequested, timeout=5000):
        pass
    panel.close_panel()
    assert not panel.poll.isActive() and not panel.idle.isActive()


def test_lock_button(qtbot: QtBot, panel: StaffPanel) -> None:
    with qtbot.waitSignal(panel.lockRequested, timeout=1000):
        panel.buttons["lock"].click()


def test_widgets_named_and_big(qtbot: QtBot, panel: StaffPanel) -> None:
    _refreshed(qtbot, panel)
    controls = [*panel.findChildren(QPushButton), *panel.findChildren(QLineEdit)]
    assert len(controls) >= 9  # six actions, two jobs, the message
    for w in controls:
        assert w.accessibleName()
        assert w.minimumHeight() >= 48
    for label in (panel.station, panel.printer, panel.today, panel.network):
        assert label.accessibleName()
    # Staff text never turns into markup.
    assert all(
        w.textFormat().name == "PlainText"
        for w in panel.findChildren(QLabel)
        if w in (panel.station, panel.notice)
    )


def test_speaks_the_station_language(qtbot: QtBot, panel: StaffPanel) -> None:
    translator = QTranslator()  # the file the shell loads for German
    assert translator.load(str(TRANSLATIONS / "kiosk_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
        _refreshed(qtbot, panel)
        assert panel.buttons["end_session"].text() == "Sitzung jetzt beenden"
        assert "Besuche: 12" in panel.today.text()
        assert panel.headings["today"].text() == "Heute"
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
