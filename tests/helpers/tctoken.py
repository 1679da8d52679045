"""A local tcToken server: what an eID service hands AusweisApp first.

The token (`kiosk.demo.sites.tc_token`) names an eID server that does not
exist, so the hand-off ends offline with the token's error address.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk.demo.sites import tc_token


class TokenServer:
    def __init__(
        self, error_address: str, refresh_address: str = "", host: str = "127.0.0.1"
    ) -> None:
        self.hits: list[str] = []
        # Cleared: the token is held back, so a test can act mid-workflow.
        self.release = threading.Event()
        self.release.set()
        release = self.release
        body = tc_token(error_address, refresh_address)
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                release.wait(30)
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.url = f"http://{host}:{self._server.server_address[1]}/tctoken"

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@pytest.fixture
def token_server() -> Iterator[TokenServer]:
    server = TokenServer("http://service.test/eid-error")
    try:
        yield server
    finally:
        server.close()
