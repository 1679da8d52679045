"""Free TCP ports on loopback, for daemons that listen on one.

The port is free when asked; a daemon started right after takes it.
"""

from __future__ import annotations

import socket


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def free_port_pair() -> int:
    """A port p with p and p+1 free (vpcd listens on one port per slot)."""
    for _ in range(200):
        port = free_port()
        try:
            with socket.socket() as s:
                s.bind(("0.0.0.0", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port pair for vpcd")
