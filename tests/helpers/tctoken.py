"""A local tcToken server: what an eID service hands AusweisApp first.

Its token names an eID server that does not exist (port 9), so AusweisApp
(in developer mode, which allows http) fails to open the trusted channel
and ends with AUTH carrying the token's CommunicationErrorAddress — the
whole hand-off runs offline.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TOKEN = """<?xml version="1.0" encoding="UTF-8"?>
<TCTokenType>
<ServerAddress>https://127.0.0.1:9/paos</ServerAddress>
<SessionIdentifier>1A2BB129</SessionIdentifier>
<RefreshAddress>{refresh}</RefreshAddress>
<CommunicationErrorAddress>{error}</CommunicationErrorAddress>
<Binding>urn:liberty:paos:2006-08</Binding>
<PathSecurity-Protocol>urn:ietf:rfc:4279</PathSecurity-Protocol>
<PathSecurity-Parameters><PSK>{psk}</PSK></PathSecurity-Parameters>
</TCTokenType>
"""


class TokenServer:
    def __init__(
        self, error_address: str, refresh_address: str = "", host: str = "127.0.0.1"
    ) -> None:
        self.hits: list[str] = []
        # Cleared: the token is held back, so a test can act mid-workflow.
        self.release = threading.Event()
        self.release.set()
        release = self.release
        body = TOKEN.format(
            refresh=refresh_address or error_address, error=error_address, psk="4B" * 32
        ).encode()
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
