"""Staff mode end to end with the real verifier process behind the socket."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import StaffConfig
from kiosk.daemons.verifier import VerifierProcess
from kiosk.session import events as ev
from kiosk.staff.access import Access
from kiosk.staff.client import SocketPinVerifier
from kiosk.staff.mode import StaffMode
from kiosk.staff.status import (
    ActionResult,
    Outcome,
    PrinterState,
    StationSnapshot,
)


class Nothing:
    def snapshot(self) -> StationSnapshot:
        return StationSnapshot(version="test", uptime_seconds=1)

    def printer(self) -> PrinterState | None:
        return None

    def end_session_now(self) -> None: ...
    def set_out_of_service(self, message: str) -> None: ...
    def return_to_service(self) -> None: ...
    def acknowledge_forgotten_card(self) -> None: ...
    def cancel_print_job(self, job_id: int) -> ActionResult:
        return ActionResult(Outcome.NO_PRINTER, job_id)

    def print_test_page(self) -> ActionResult:
        return ActionResult(Outcome.NO_PRINTER)


def _type(mode: StaffMode, pin: str) -> None:
    for digit in pin:
        mode.pin_pad.buttons[digit].click()
    mode.pin_pad.buttons["ok"].click()


def test_gesture_pin_panel_and_lock_on_session(
    qtbot: QtBot, staff_verifier: VerifierProcess
) -> None:
    assert staff_verifier.set_pin("482913").returncode == 0
    staff_verifier.start()
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(QApplication.primaryScreen().geometry())
    window.show()
    qtbot.waitExposed(window)
    mode = StaffMode(
        StaffConfig(), SocketPinVerifier(staff_verifier.socket), Nothing(), Nothing()
    )
    mode.watch(window.windowHandle())
    for _ in range(5):
        QTest.mouseClick(
            window.windowHandle(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(window.width() - 3, 3),
        )
    assert mode.state is Access.PIN_PAD

    _type(mode, "111112")
    qtbot.waitUntil(lambda: mode.state is Access.PIN_PAD, timeout=10_000)
    assert "Wrong PIN" in mode.pin_pad.message.text()
    assert mode.pin_pad.entered() == 0

    with qtbot.waitSignal(
        mode.changed, timeout=10_000, check_params_cb=lambda s: s is Access.UNLOCKED
    ):
        _type(mode, "482913")
    assert mode.state is Access.UNLOCKED and mode.panel.idle.isActive()

    now = datetime.now(UTC)
    mode.on_event(ev.SessionStarted(at=now, language="de"))
    assert mode.state is Access.LOCKED
    assert not mode.panel.idle.isActive()
