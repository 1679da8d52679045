"""The whole station as `kiosk run` builds it (build_station), with the real
PIN verifier, cupsd + virtual printer and pcscd + virtual card: staff unlock
with the gesture and the PIN, use the panel, and the next resident sees the
effect."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.printing import pdf_bytes
from helpers.station import station_toml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk import config as kconfig
from kiosk.daemons.pcsc import VirtualCard
from kiosk.daemons.printer import PrintStack
from kiosk.daemons.verifier import VerifierProcess
from kiosk.printing.cups_gateway import CupsGateway
from kiosk.printing.flow import Outcome, PrintFlow
from kiosk.printing.jobwatch import COMPLETED
from kiosk.session.events import EndReason
from kiosk.session.lifecycle import State
from kiosk.staff.access import Access

pytestmark = [pytest.mark.cups, pytest.mark.pcscd, pytest.mark.webengine]

PIN = "482913"
WAIT = 60_000  # ms; a ceiling, never a timing assertion


class Shell:
    def __init__(self, station: object, stack: PrintStack) -> None:
        self.station = station
        self.controller = station.controller  # type: ignore[attr-defined]
        self.window = station.window  # type: ignore[attr-defined]
        self.mode = station.staff  # type: ignore[attr-defined]
        self.panel = self.mode.panel
        self.flow: PrintFlow = station.printing  # type: ignore[attr-defined]
        self.stack = stack

    def unlock(self, qtbot: QtBot) -> None:
        """Five real taps in the top-right corner, then the PIN on the pad."""
        handle = self.window.windowHandle()
        screen = handle.screen().geometry()  # the corner is the screen's
        corner = QPoint(screen.right() - 2, screen.top() + 2) - handle.position()
        for _ in range(5):
            QTest.mouseClick(
                handle,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                corner,
            )
        assert self.window.stack.currentWidget() is self.mode.pin_pad
        for digit in PIN:
            self.mode.pin_pad.buttons[digit].click()
        with (
            qtbot.waitSignal(self.panel.stateShown, timeout=WAIT),
            qtbot.waitSignal(self.panel.printerShown, timeout=WAIT),
        ):
            self.mode.pin_pad.buttons["ok"].click()
        assert self.mode.state is Access.UNLOCKED
        assert self.window.stack.currentWidget() is self.panel

    def fresh(self, qtbot: QtBot) -> None:
        """Wait out reads under way, then read the station and printer again."""
        qtbot.waitUntil(
            lambda: not self.panel._reading_state and not self.panel._reading_printer,
            timeout=WAIT,
        )
        with (
            qtbot.waitSignal(self.panel.stateShown, timeout=WAIT),
            qtbot.waitSignal(self.panel.printerShown, timeout=WAIT),
        ):
            self.panel.refresh()

    def print_(self, qtbot: QtBot, pages: int) -> None:
        """A resident prints: the confirmation, then one tap."""
        with qtbot.waitSignal(self.flow.confirmationNeeded, timeout=WAIT):
            assert self.flow.request_print(pdf_bytes(pages))
        assert self.flow.confirm()

    def resident_text(self) -> str:
        from kiosk.shell.print_overlay import PrintOverlay

        overlay = next(
            o for o in self.window.extra_overlays if isinstance(o, PrintOverlay)
        )
        return str(overlay.text.text())


@pytest.fixture
def shell(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    qapp,
    local_server,
    tmp_path: Path,
    printer: PrintStack,
    pcscd,
    staff_verifier: VerifierProcess,
) -> Iterator[Shell]:
    from kiosk.shell.app import build_station

    assert staff_verifier.set_pin(PIN).returncode == 0
    staff_verifier.start()
    text = station_toml(local_server, tmp_path) + (
        f'\n[printing]\nqueue = "{printer.queue}"\ncups_server = "{printer.host}"\n'
        "free_pages = 1\nprice_per_page_cents = 10\n"
        + "".join(f"{k} = {v}\n" for k, v in getattr(request, "param", {}).items())
        + f'\n[usage]\ndatabase = "{tmp_path}/usage.sqlite"\n'
        f'\n[staff]\nverifier_socket = "{staff_verifier.socket}"\n'
        f'pin_state_dir = "{staff_verifier.state_dir}"\n'
    )
    config = kconfig.parse(text, "<whole station>")
    station = build_station(config, qapp)
    window = station.window
    qtbot.addWidget(window)
    window.setGeometry(qapp.primaryScreen().geometry())
    window.show()
    qtbot.waitExposed(window)
    station.controller.boot()
    shell = Shell(station, printer)
    try:
        yield shell
    finally:
        controller = shell.controller
        shell.mode.lock()
        if controller.web is not None:
            controller.web.close()
        shell.flow.wipe()
        station.shutdown()  # watcher, AusweisApp, print workers, as at quit
        controller.languages.reset()
        qapp.setStyleSheet("")
        window.allow_close = True


def until(qtbot: QtBot, check: Callable[[], bool]) -> None:
    qtbot.waitUntil(check, timeout=WAIT)


def test_unlock_see_the_station_and_lock(qtbot: QtBot, shell: Shell) -> None:
    shell.unlock(qtbot)
    panel = shell.panel
    assert "Nobody is using the station." in panel.station.text()
    assert "Virtual PCD 00 00: no card." in panel.station.text()
    assert "Printer: ready." in panel.printer.text()
    assert "To collect for printing: 0,00 €" in panel.today.text()
    assert "Usage upload: not set up" in panel.network.text()
    panel.buttons["lock"].click()
    assert shell.mode.state is Access.LOCKED
    assert shell.window.stack.currentWidget() is shell.window.welcome
    # A resident session starting locks the panel at once.
    shell.unlock(qtbot)
    shell.controller.start()
    assert shell.mode.state is Access.LOCKED
    assert shell.window.stack.currentWidget() is shell.window.session


def test_end_session_now_then_a_clean_start(qtbot: QtBot, shell: Shell) -> None:
    c = shell.controller
    c.start()
    c.open_service("svc")
    (c.session_dir / "documents" / "antrag.pdf").write_bytes(b"%PDF-1.4")
    shell.unlock(qtbot)  # staff come over while the resident is there
    assert "A resident is using the station." in shell.panel.station.text()
    shell.panel.buttons["end_session"].click()
    until(qtbot, lambda: c.lifecycle.state is State.WELCOME)
    assert c.last_report.ok and not (c.session_dir / "documents").exists()
    # The panel stays until staff lock it.
    assert shell.window.stack.currentWidget() is shell.panel
    shell.panel.buttons["lock"].click()
    assert shell.window.stack.currentWidget() is shell.window.welcome
    c.start()
    assert c.web is None and c.current_view() is None


def test_out_of_service_with_a_message_and_back(qtbot: QtBot, shell: Shell) -> None:
    c, w = shell.controller, shell.window
    shell.unlock(qtbot)
    shell.panel.message.setText("Bitte Platz 2 benutzen")
    shell.panel.buttons["out_of_service"].click()
    assert c.lifecycle.state is State.OUT_OF_SERVICE
    assert w.stack.currentWidget() is shell.panel
    shell.fresh(qtbot)
    assert "Residents see: Bitte Platz 2 benutzen" in shell.panel.station.text()
    shell.panel.buttons["lock"].click()
    # What the next resident sees, and that Start does nothing.
    assert w.stack.currentWidget() is w.out_of_service
    assert w.out_of_service.staff_message.text() == "Bitte Platz 2 benutzen"
    c.start()
    assert c.lifecycle.state is State.OUT_OF_SERVICE
    shell.unlock(qtbot)
    shell.panel.buttons["back_in_service"].click()
    shell.panel.buttons["lock"].click()
    assert c.lifecycle.state is State.WELCOME
    assert w.stack.currentWidget() is w.welcome


def jam_then_cancel_from_the_panel(qtbot: QtBot, shell: Shell) -> list[str]:
    """A resident prints 3 pages, then 4 that jam; staff cancel the stuck job.

    Returns what the print flow told the resident about the cancelled job.
    """
    c, panel, stack = shell.controller, shell.panel, shell.stack
    c.start()
    with qtbot.waitSignal(shell.flow.done, timeout=WAIT) as done:
        shell.print_(qtbot, 3)  # 1 free page, 2 × 10 ct
    assert isinstance(done.args[0], Outcome) and done.args[0].printed
    stack.set_page_delay(0.2)
    stack.jam()  # the next job sticks after its first page
    with qtbot.waitSignal(shell.flow.troubleNeedsStaff, timeout=WAIT):
        shell.print_(qtbot, 4)
    assert "stuck" in shell.resident_text()

    shell.unlock(qtbot)
    assert "Paper jam." in panel.printer.text()
    assert "To collect for printing: 0,20 €" in panel.today.text()
    [job_id] = panel.job_buttons
    told: list[str] = []
    shell.flow.failed.connect(told.append)
    with (
        qtbot.waitSignal(shell.flow.done, timeout=WAIT),
        qtbot.waitSignal(panel.actionFinished, timeout=WAIT),
    ):
        panel.job_buttons[job_id].click()
    assert panel.notice.text() == f"Print job {job_id} was cancelled."
    stack.clear_jam()
    stack.set_page_delay(0.02)
    return told


@pytest.mark.parametrize("shell", [{"staff_alert_after_seconds": 10}], indirect=True)
def test_a_jam_that_lasts_alerts_staff(qtbot: QtBot, shell: Shell) -> None:
    c, panel, stack = shell.controller, shell.panel, shell.stack
    c.start()
    stack.set_page_delay(0.2)
    stack.jam()
    try:
        with qtbot.waitSignal(shell.flow.troubleNeedsStaff, timeout=WAIT):
            shell.print_(qtbot, 3)
        with qtbot.waitSignal(shell.flow.staffAlert, timeout=WAIT) as alert:
            pass  # after the configured 10 s of jam
        assert alert.args == ["jam"]
        shell.unlock(qtbot)
        assert "Needs attention since " in panel.printer.text()
        assert ": Paper jam." in panel.printer.text()
        with qtbot.waitSignal(shell.flow.done, timeout=WAIT) as done:
            stack.clear_jam()
        assert done.args[0].printed
        shell.fresh(qtbot)  # printed again: the alert is over
        assert "Needs attention" not in panel.printer.text()
    finally:
        stack.clear_jam()
        stack.set_page_delay(0.02)


def test_jammed_job_cancelled_test_page_printed_money_counted(
    qtbot: QtBot, shell: Shell
) -> None:
    c, panel, stack = shell.controller, shell.panel, shell.stack
    told = jam_then_cancel_from_the_panel(qtbot, shell)
    # The resident is told; CUPS has no job left to print later.
    assert told == ["Printing stopped. Please ask the staff."]
    shell.fresh(qtbot)
    assert panel.job_buttons == {}
    assert "No print jobs are waiting." in panel.printer.text()

    # A test page: printed by the device, not counted, not charged.
    with qtbot.waitSignal(panel.actionFinished, timeout=WAIT):
        panel.buttons["test_page"].click()
    test_job = int(panel.notice.text().rsplit("job ", 1)[1].rstrip(")."))
    gateway = CupsGateway(stack.queue, stack.host)
    until(qtbot, lambda: gateway.job_status(test_job).state == COMPLETED)
    assert stack.device_printed()[-1] == 1
    shell.fresh(qtbot)
    today = panel.today.text()
    # 3 pages, plus the jammed job (it may have printed: charged, 4 × 10 ct).
    assert "To collect for printing: 0,60 €" in today
    assert "Pages printed: 7" in today

    # The next resident: a clean queue, and the free page is theirs again.
    panel.buttons["end_session"].click()
    until(qtbot, lambda: c.lifecycle.state is State.WELCOME)
    panel.buttons["lock"].click()
    c.start()
    with qtbot.waitSignal(shell.flow.confirmationNeeded, timeout=WAIT) as ask:
        assert shell.flow.request_print(pdf_bytes(1))
    assert ask.args[0].quote.price_cents == 0
    shell.flow.cancel()
    assert shell.flow.session_totals().amount_cents == 0


def test_forgotten_card_taken_while_the_alarm_shows(
    qtbot: QtBot, shell: Shell, card: VirtualCard
) -> None:
    c, w, panel = shell.controller, shell.window, shell.panel
    card.insert()
    until(qtbot, lambda: shell.station.presence.cards_present())
    c.start()
    c.end(EndReason.RESIDENT)  # the card is still in the reader: the wipe waits
    assert c.lifecycle.state is State.ENDING
    shell.unlock(qtbot)
    assert "A card was left behind." in panel.station.text()
    assert "Virtual PCD 00 00: a card is inserted." in panel.station.text()
    assert panel.buttons["card_ack"].isEnabled()
    panel.buttons["card_ack"].click()  # staff have the card
    until(qtbot, lambda: c.lifecycle.state is State.WELCOME)
    assert c.last_report.ok
    panel.buttons["lock"].click()
    assert w.stack.currentWidget() is w.welcome
    c.start()  # the next resident
    assert c.lifecycle.state is State.ACTIVE


def test_forgotten_card_taken_after_the_timeout(
    qtbot: QtBot, shell: Shell, card: VirtualCard
) -> None:
    c, panel = shell.controller, shell.panel
    card.insert()
    until(qtbot, lambda: shell.station.presence.cards_present())
    c.start()
    shell.station.cards.gate._timer.setInterval(50)  # the config's minimum is 10 s
    c.end(EndReason.RESIDENT)
    until(qtbot, lambda: c.lifecycle.state is State.OUT_OF_SERVICE)
    assert c.lifecycle.out_of_service_reason == "card-left"
    shell.unlock(qtbot)
    assert not card.gone(), "\n".join(card.last_lines)
    assert "A card was left in the card reader." in panel.station.text()
    assert "Cards left behind: 1" in panel.today.text()
    panel.buttons["card_ack"].click()
    until(qtbot, lambda: c.lifecycle.state is State.WELCOME)


def test_the_resident_sees_that_the_cancelled_job_stopped(
    qtbot: QtBot, shell: Shell
) -> None:
    jam_then_cancel_from_the_panel(qtbot, shell)
    shell.panel.buttons["lock"].click()
    assert shell.resident_text() == "Printing stopped. Please ask the staff."
