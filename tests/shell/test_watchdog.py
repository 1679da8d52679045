"""The shell pings systemd's watchdog from its main thread, and only while
that thread turns (the unit's side: tests/deploy/test_debootstrap_install.py,
where a stopped shell is restarted by the real systemd)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from kiosk.shell.watchdog import start_watchdog


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[socket.socket]:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(str(tmp_path / "notify"))
    s.setblocking(False)
    try:
        yield s
    finally:
        s.close()


def _received(manager: socket.socket) -> list[bytes]:
    out = []
    while True:
        try:
            out.append(manager.recv(64))
        except BlockingIOError:
            return out


def test_pings_at_a_third_of_the_timeout_while_the_main_thread_turns(
    qtbot, manager: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", manager.getsockname())
    monkeypatch.setenv("WATCHDOG_USEC", "300000")  # 0.3 s: a ping every 100 ms
    owner = QObject()
    timer = start_watchdog(owner)
    assert timer is not None and timer.interval() == 100
    try:
        assert _received(manager) == [b"WATCHDOG=1"]  # at once
        qtbot.wait(1000)
        pings = _received(manager)
        assert set(pings) == {b"WATCHDOG=1"}
        assert 5 <= len(pings) <= 11, pings
        # A main thread that hangs sends nothing: systemd's timeout runs out.
        time.sleep(0.6)
        assert _received(manager) == []
    finally:
        timer.stop()


@pytest.mark.parametrize(
    "env",
    [
        {},  # no WatchdogSec= in the unit
        {"WATCHDOG_USEC": "300000"},  # no NOTIFY_SOCKET: not run by systemd
        {"WATCHDOG_USEC": "zero", "NOTIFY_SOCKET": "x"},
    ],
)
def test_no_watchdog_no_timer(
    qtbot, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("WATCHDOG_USEC", "NOTIFY_SOCKET"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert start_watchdog(QObject()) is None
