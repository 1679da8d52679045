"""The real verifier process: growing delays, lockout, SIGKILL and restart."""

from __future__ import annotations

import time

from kiosk.daemons.verifier import VerifierProcess
from kiosk.staff.client import SocketPinVerifier
from kiosk.staff.protocol import Kind

PIN = "482913"
WRONG = "111112"


def test_ten_wrong_pins_then_kill_restart_still_locked_then_right_pin(
    staff_verifier: VerifierProcess,
) -> None:
    done = staff_verifier.set_pin(PIN)
    assert done.returncode == 0, done.stderr
    staff_verifier.start()
    client = SocketPinVerifier(staff_verifier.socket)

    waits = []
    for _ in range(10):
        reply = client.verify(WRONG)
        assert reply.kind in (Kind.WRONG, Kind.LOCKED)
        waits.append(reply.seconds)
        if reply.kind is Kind.LOCKED:
            break
        if reply.seconds:
            # While the delay runs even the right PIN is not checked.
            refused = client.verify(PIN)
            assert refused.kind is Kind.WAIT and refused.seconds > 0
            time.sleep(refused.seconds + 0.02)
    assert reply.kind is Kind.LOCKED
    assert waits == [0, 0, 0, 0.25, 0.5, 0.5, 0.5, 0.5, 0.5, 2]

    staff_verifier.kill()
    staff_verifier.start()
    client = SocketPinVerifier(staff_verifier.socket)
    still = client.verify(PIN)
    assert still.kind is Kind.LOCKED and still.seconds > 0

    time.sleep(still.seconds + 0.05)
    assert client.verify(PIN).kind is Kind.OK
    # The counter starts again from zero: a wrong PIN now costs no wait.
    assert client.verify(WRONG).seconds == 0
    log = staff_verifier.log.read_text()
    assert PIN not in log and WRONG not in log
    assert "wrong PIN (10 in a row)" in log


def test_set_pin_refuses_a_weak_pin_and_keeps_the_old(
    staff_verifier: VerifierProcess,
) -> None:
    assert staff_verifier.set_pin(PIN).returncode == 0
    weak = staff_verifier.set_pin("123456")
    assert weak.returncode == 1
    assert "count up or down" in weak.stderr and "123456" not in weak.stderr
    staff_verifier.start()
    assert SocketPinVerifier(staff_verifier.socket).verify(PIN).kind is Kind.OK


def test_no_pin_set_says_so(staff_verifier: VerifierProcess) -> None:
    staff_verifier.start()
    assert SocketPinVerifier(staff_verifier.socket).verify(PIN).kind is Kind.NOPIN
