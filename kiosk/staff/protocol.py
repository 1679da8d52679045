"""The verifier's line protocol: one request line, one reply line, then close.

Requests (ASCII, at most 64 bytes with the newline)::

    VERIFY <digits>      check a PIN
    STATUS               may a PIN be tried now?

Replies::

    OK                   the PIN is right; the failure counter is reset
    WRONG <seconds>      the PIN is wrong; the next try is possible in <seconds>
    WAIT <seconds>       not checked: a delay runs
    LOCKED <seconds>     not checked (or wrong): the lockout runs
    READY                (STATUS only) a PIN may be tried now
    NOPIN                no PIN has been set: run `kiosk staff set-pin`
    ERROR <word>         bad request or the verifier's own trouble

Pure: formatting and parsing only. The PIN is never part of an error message.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from kiosk.staff.errors import ProtocolError

MAX_LINE = 64


class Kind(enum.Enum):
    OK = "OK"
    WRONG = "WRONG"
    WAIT = "WAIT"
    LOCKED = "LOCKED"
    READY = "READY"
    NOPIN = "NOPIN"
    ERROR = "ERROR"


_TIMED = frozenset({Kind.WRONG, Kind.WAIT, Kind.LOCKED})


@dataclass(frozen=True)
class Reply:
    kind: Kind
    seconds: float = 0.0  # WRONG/WAIT/LOCKED: until the next try is checked
    detail: str = ""  # ERROR: one word

    def to_line(self) -> bytes:
        if self.kind in _TIMED:
            return f"{self.kind.value} {self.seconds:.3f}\n".encode("ascii")
        if self.kind is Kind.ERROR:
            return f"ERROR {self.detail or 'unknown'}\n".encode("ascii")
        return f"{self.kind.value}\n".encode("ascii")


@dataclass(frozen=True)
class Request:
    command: str  # "VERIFY" or "STATUS"
    pin: str = ""

    def __repr__(self) -> str:  # never show the PIN, even in a traceback
        return f"Request(command={self.command!r}, pin=<{len(self.pin)} digits>)"

    def to_line(self) -> bytes:
        line = f"VERIFY {self.pin}\n" if self.command == "VERIFY" else "STATUS\n"
        if len(line) > MAX_LINE:
            raise ProtocolError("the PIN is too long for the protocol")
        return line.encode("ascii")


def parse_request(raw: bytes) -> Request:
    if len(raw) > MAX_LINE or not raw.endswith(b"\n"):
        raise ProtocolError("request too long or not ended by a newline")
    try:
        text = raw[:-1].decode("ascii")
    except UnicodeDecodeError:
        raise ProtocolError("request is not ASCII") from None
    if text == "STATUS":
        return Request("STATUS")
    command, _, pin = text.partition(" ")
    if command == "VERIFY" and pin.isdigit() and pin.isascii():
        return Request("VERIFY", pin)
    raise ProtocolError("expected 'VERIFY <digits>' or 'STATUS'")


def parse_reply(raw: bytes) -> Reply:
    try:
        text = raw.decode("ascii").rstrip("\n")
    except UnicodeDecodeError:
        raise ProtocolError("reply is not ASCII") from None
    word, _, rest = text.partition(" ")
    try:
        kind = Kind(word)
    except ValueError:
        raise ProtocolError(f"unknown reply {word[:16]!r}") from None
    if kind in _TIMED:
        try:
            seconds = float(rest)
        except ValueError:
            raise ProtocolError(f"{kind.value} needs a number of seconds") from None
        if not math.isfinite(seconds) or seconds < 0:
            raise ProtocolError(f"{kind.value} needs seconds >= 0")
        return Reply(kind, seconds)
    if kind is Kind.ERROR:
        return Reply(kind, detail=rest or "unknown")
    if rest:
        raise ProtocolError(f"{kind.value} takes no argument")
    return Reply(kind)
