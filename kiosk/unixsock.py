"""The station's small local services on Unix sockets (the staff PIN verifier,
the stick helper): the listening socket systemd hands over, and one request
line read with a cap; and the shell's messages to systemd (sd_notify)."""

from __future__ import annotations

import os
import socket

SD_LISTEN_FDS_START = 3  # sd_listen_fds(3): the first passed descriptor


def socket_from_systemd() -> socket.socket | None:
    """The socket handed over by systemd socket activation, if any."""
    if os.environ.get("LISTEN_PID") != str(os.getpid()):
        return None
    if os.environ.get("LISTEN_FDS") != "1":
        return None
    for name in ("LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"):
        os.environ.pop(name, None)
    return socket.socket(fileno=SD_LISTEN_FDS_START)


def read_line(conn: socket.socket, max_line: int) -> bytes:
    """What arrives up to a newline or a hang-up, at most `max_line` + 1
    bytes: more than `max_line` is the caller's "too long"."""
    buf = bytearray()
    while b"\n" not in buf and len(buf) <= max_line:
        chunk = conn.recv(max_line + 1 - len(buf))
        if not chunk:
            break
        buf += chunk
    return bytes(buf)


def notify_systemd(state: str) -> bool:
    """Send `state` ("WATCHDOG=1", say) to the service manager, as sd_notify(3)
    does: one datagram to $NOTIFY_SOCKET (a path, or "@" for an abstract
    name). False when not run by systemd or the socket is gone."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as s:
        try:
            s.sendto(state.encode(), address)
        except OSError:
            return False
    return True
