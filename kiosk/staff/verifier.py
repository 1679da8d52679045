"""The PIN verifier: a small process of its own, behind a Unix socket.

It runs as its own user (`buergerterminal-staffpin`), so the hash and the
failure counter in its state directory are out of reach of the shell's user,
which also runs the residents' web pages. The shell can only ask "is this PIN
right?" over the socket; every answer passes the lockout policy first.

One connection at a time: attempts are serialised, so parallel guessing gains
nothing. The PIN is never logged, echoed or kept after the comparison.
"""

from __future__ import annotations

import os
import socket
import stat
import time
from collections.abc import Callable
from pathlib import Path

from kiosk import log as klog
from kiosk.staff import pin as pinlib
from kiosk.staff.errors import PinStoreError, ProtocolError
from kiosk.staff.lockout import Attempts, Gate, LockoutPolicy
from kiosk.staff.protocol import MAX_LINE, Kind, Reply, Request, parse_request
from kiosk.staff.store import PinStore
from kiosk.unixsock import read_line


class PinService:
    """Answers one request: policy gate, count first, then compare."""

    def __init__(
        self,
        store: PinStore,
        policy: LockoutPolicy,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._policy = policy
        self._clock = clock

    def handle(self, request: Request) -> Reply:
        try:
            return self._handle(request)
        except PinStoreError as exc:
            klog.staff.error("verifier state unusable: %s", exc)
            return Reply(Kind.ERROR, detail="state")

    def _handle(self, request: Request) -> Reply:
        record = self._store.load_record()
        if record is None:
            return Reply(Kind.NOPIN)
        now = self._clock()
        attempts = self._store.load_attempts()
        if attempts is None:
            # A damaged counter must never mean "no failures": lock.
            klog.staff.error("failure counter unreadable; locking for the lockout time")
            attempts = Attempts(
                self._policy.lockout_after, now + self._policy.lockout_seconds
            )
            self._store.save_attempts(attempts)
        verdict = self._policy.gate(attempts, now)
        if verdict.gate is not Gate.OPEN:
            kind = Kind.LOCKED if verdict.gate is Gate.LOCKED else Kind.WAIT
            if request.command == "VERIFY":
                klog.staff.warning("PIN attempt refused: %s runs", verdict.gate.value)
            return Reply(kind, verdict.wait_seconds)
        if request.command == "STATUS":
            return Reply(Kind.READY)
        # Count the attempt as failed before comparing: a kill in between
        # must never give a free guess.
        charged = self._policy.charge(attempts, now)
        self._store.save_attempts(charged)
        if pinlib.matches(request.pin, record):
            self._store.save_attempts(self._policy.succeeded())
            klog.staff.info("PIN accepted")
            return Reply(Kind.OK)
        wait = self._policy.delay_after(charged.failures)
        locked = self._policy.is_lockout(charged.failures)
        if wait:  # the wait starts with the answer, not before the slow hash
            self._store.save_attempts(
                Attempts(
                    charged.failures, max(charged.not_before, self._clock() + wait)
                )
            )
        klog.staff.warning(
            "wrong PIN (%d in a row)%s",
            charged.failures,
            f"; locked for {wait:.0f} s" if locked else "",
        )
        return Reply(Kind.LOCKED if locked else Kind.WRONG, wait)


def bind_socket(path: Path) -> socket.socket:
    """Listen on `path`, replacing a stale socket file (never any other file)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        pass
    else:
        if not stat.S_ISSOCK(mode):
            raise PinStoreError(f"{path}: exists and is not a socket; remove it")
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_umask = os.umask(0o117)  # socket file 0660: owner and the shell's group
    try:
        listener.bind(str(path))
    finally:
        os.umask(old_umask)
    listener.listen(8)
    return listener


class VerifierServer:
    def __init__(
        self, service: PinService, listener: socket.socket, timeout: float = 5.0
    ) -> None:
        self._service = service
        self._listener = listener
        self._timeout = timeout

    def serve_forever(self) -> None:
        while True:
            conn, _ = self._listener.accept()
            with conn:
                self.handle_connection(conn)

    def handle_connection(self, conn: socket.socket) -> None:
        conn.settimeout(self._timeout)
        try:
            raw = read_line(conn, MAX_LINE)
            try:
                reply = self._service.handle(parse_request(raw))
            except ProtocolError as exc:
                klog.staff.warning("bad request: %s", exc)
                reply = Reply(Kind.ERROR, detail="request")
            conn.sendall(reply.to_line())
        except OSError as exc:  # a client that hangs up or stalls
            klog.staff.warning(
                "connection dropped: %s", exc.strerror or type(exc).__name__
            )
