"""A real SMTP server on loopback that keeps what it receives (aiosmtpd).

In-process, in its own thread (start()/stop()), like `loopback`. With TLS
files it offers STARTTLS and refuses mail before it (`require_starttls`), so
the collector's alert mail is checked over TLS as in production. The tests of
the fleet alerts and `kiosk demo` style checks read `messages`.
"""

from __future__ import annotations

import ssl
import threading
import time
from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path
from typing import Any

from kiosk.daemons.ports import free_port


class MailSink:
    def __init__(self, cert_file: Path | None = None, key_file: Path | None = None):
        self.port = free_port()
        self.host = "127.0.0.1"
        self._cert, self._key = cert_file, key_file
        self._lock = threading.Lock()
        self._messages: list[tuple[list[str], Message]] = []
        self._controller: Any = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        sink = self

        class Handler:
            async def handle_DATA(
                self, _server: Any, _session: Any, envelope: Any
            ) -> str:
                with sink._lock:
                    sink._messages.append(
                        (
                            list(envelope.rcpt_tos),
                            message_from_bytes(envelope.content, policy=policy.default),
                        )
                    )
                return "250 OK"

        kwargs: dict[str, Any] = {}
        if self._cert is not None and self._key is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self._cert, self._key)
            kwargs = {"tls_context": context, "require_starttls": True}
        self._controller = Controller(
            Handler(), hostname=self.host, port=self.port, **kwargs
        )
        self._controller.start()

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def messages(self) -> list[tuple[list[str], Message]]:
        with self._lock:
            return list(self._messages)

    def wait_for(
        self, count: int, timeout: float = 15.0
    ) -> list[tuple[list[str], Message]]:
        """At least `count` messages, or the ones there are after `timeout`."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages
