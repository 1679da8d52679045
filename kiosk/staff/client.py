"""The shell's side of the verifier: a blocking client behind a small Protocol.

Blocking on purpose; the Qt side (kiosk.staff.pincheck) runs it in a worker
thread and reports back through signals.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Protocol

from kiosk.staff.errors import ProtocolError, VerifierUnavailable
from kiosk.staff.protocol import MAX_LINE, Reply, Request, parse_reply
from kiosk.unixsock import read_line


class PinVerifier(Protocol):
    def verify(self, pin: str) -> Reply:
        """Raise VerifierUnavailable when no answer can be had."""
        ...

    def status(self) -> Reply: ...


class SocketPinVerifier:
    """Talks to `kiosk staff verifier` over its Unix socket."""

    def __init__(self, path: Path | str, timeout: float = 10.0) -> None:
        self.path = str(path)
        self._timeout = timeout

    def verify(self, pin: str) -> Reply:
        if not pin.isascii() or not pin.isdigit():
            raise ProtocolError("a PIN has digits 0-9 only")
        return self._ask(Request("VERIFY", pin))

    def status(self) -> Reply:
        return self._ask(Request("STATUS"))

    def _ask(self, request: Request) -> Reply:
        line = request.to_line()
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(self._timeout)
                conn.connect(self.path)
                conn.sendall(line)
                raw = read_line(conn, MAX_LINE)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise VerifierUnavailable(
                f"PIN verifier at {self.path} not reachable ({reason}); is "
                "buergerterminal-staffpin.socket running? (systemctl status "
                "buergerterminal-staffpin.socket)"
            ) from None
        try:
            return parse_reply(raw)
        except ProtocolError as exc:
            raise VerifierUnavailable(
                f"PIN verifier answered nonsense: {exc}"
            ) from None
