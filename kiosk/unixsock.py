"""The station's small local services on Unix sockets (the staff PIN verifier,
the stick helper): the listening socket systemd hands over, and one request
line read with a cap."""

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
