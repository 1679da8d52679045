"""sd_notify(3) as the shell speaks it: one datagram to $NOTIFY_SOCKET."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.unixsock import notify_systemd


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[socket.socket]:
    """A datagram socket where systemd would listen, at a path."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(str(tmp_path / "notify"))
    s.settimeout(2)
    try:
        yield s
    finally:
        s.close()


def test_a_message_reaches_the_socket_at_a_path(
    manager: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", manager.getsockname())
    assert notify_systemd("WATCHDOG=1")
    assert manager.recv(64) == b"WATCHDOG=1"


def test_an_abstract_socket_is_named_with_an_at(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"bt-notify-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.bind("\0" + name)
        s.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert notify_systemd("READY=1")
        assert s.recv(64) == b"READY=1"


@pytest.mark.parametrize("address", [None, "", "/nonexistent/notify"])
def test_without_a_manager_nothing_is_sent(
    address: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if address is None:
        monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    else:
        monkeypatch.setenv("NOTIFY_SOCKET", address)
    assert notify_systemd("WATCHDOG=1") is False
