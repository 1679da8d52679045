"""The verifier's request handling, on a real state directory, clock injected."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest

from kiosk.staff import pin as pinlib
from kiosk.staff.lockout import Attempts, LockoutPolicy
from kiosk.staff.protocol import Kind, Reply, Request
from kiosk.staff.store import ATTEMPTS_FILE, PinStore
from kiosk.staff.verifier import PinService, VerifierServer

PIN = "482913"
POLICY = LockoutPolicy(
    free_attempts=2, first_delay=1, max_delay=4, lockout_after=6, lockout_seconds=60
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> PinStore:
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    s = PinStore(state)
    s.save_record(pinlib.hash_pin(PIN, n=2**14))
    return s


def test_no_pin_set(tmp_path: Path) -> None:
    service = PinService(PinStore(tmp_path), POLICY)
    assert service.handle(Request("VERIFY", PIN)) == Reply(Kind.NOPIN)


def test_right_pin(store: PinStore) -> None:
    service = PinService(store, POLICY, Clock())
    assert service.handle(Request("STATUS")) == Reply(Kind.READY)
    assert service.handle(Request("VERIFY", PIN)) == Reply(Kind.OK)


def test_wrong_pins_delay_then_lock_and_persist(
    store: PinStore, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    service = PinService(store, POLICY, clock)
    caplog.set_level(logging.INFO, "kiosk.staff")
    replies = []
    for _ in range(6):
        reply = service.handle(Request("VERIFY", "111112"))
        replies.append(reply)
        if reply.seconds:
            # Even the right PIN is not checked while the delay runs.
            assert service.handle(Request("VERIFY", PIN)).kind in (
                Kind.WAIT,
                Kind.LOCKED,
            )
        clock.now += reply.seconds
    assert replies == [
        Reply(Kind.WRONG, 0),
        Reply(Kind.WRONG, 0),
        Reply(Kind.WRONG, 1),
        Reply(Kind.WRONG, 2),
        Reply(Kind.WRONG, 4),
        Reply(Kind.LOCKED, 60),
    ]
    clock.now -= 60  # back inside the lockout
    # A fresh service on the same directory (a restart) is still locked.
    restarted = PinService(PinStore(store.dir), POLICY, clock)
    assert restarted.handle(Request("VERIFY", PIN)) == Reply(Kind.LOCKED, 60)
    assert restarted.handle(Request("STATUS")) == Reply(Kind.LOCKED, 60)
    clock.now += 60
    assert restarted.handle(Request("VERIFY", PIN)) == Reply(Kind.OK)
    assert store.load_attempts() == Attempts()
    assert PIN not in caplog.text and "111112" not in caplog.text
    assert "wrong PIN (6 in a row)" in caplog.text


def test_attempt_is_counted_before_the_comparison(
    store: PinStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Attempts | None] = []

    def spy(pin: str, record: pinlib.PinRecord) -> bool:
        seen.append(store.load_attempts())
        raise SystemExit("killed mid-check")

    monkeypatch.setattr(pinlib, "matches", spy)
    with pytest.raises(SystemExit):
        PinService(store, POLICY, Clock()).handle(Request("VERIFY", PIN))
    assert seen == [Attempts(1, 1_000_000.0)]
    assert store.load_attempts() == Attempts(1, 1_000_000.0)


def test_damaged_counter_fails_closed(store: PinStore) -> None:
    (store.dir / ATTEMPTS_FILE).write_text("{")
    reply = PinService(store, POLICY, Clock()).handle(Request("VERIFY", PIN))
    assert reply == Reply(Kind.LOCKED, 60)


def test_damaged_hash_is_an_error_not_a_crash(store: PinStore) -> None:
    (store.dir / "pin.hash").write_text("nonsense\n")
    reply = PinService(store, POLICY, Clock()).handle(Request("VERIFY", PIN))
    assert reply == Reply(Kind.ERROR, detail="state")


@pytest.mark.parametrize(
    ("sent", "answer"),
    [
        (b"VERIFY 482913\n", b"OK\n"),
        (b"STATUS\n", b"READY\n"),
        (b"VERIFY abc\n", b"ERROR request\n"),
        (b"X" * 200, b"ERROR request\n"),
        (b"", b"ERROR request\n"),  # client hung up without a line
    ],
)
def test_connection_handling(store: PinStore, sent: bytes, answer: bytes) -> None:
    server = VerifierServer(PinService(store, POLICY, Clock()), None)  # type: ignore[arg-type]
    ours, theirs = socket.socketpair()
    with ours, theirs:
        ours.sendall(sent)
        ours.shutdown(socket.SHUT_WR)
        server.handle_connection(theirs)
        assert ours.recv(100) == answer
