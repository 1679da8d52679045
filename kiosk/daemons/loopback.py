"""A small threaded HTTP server for loopback sites, routed by host and path.

The demo services (kiosk/demo/sites.py), the tests and bench share it; it
runs in the calling process, in a thread (start()/stop()). Hosts are names below
`.localhost` (Chromium resolves those to loopback without DNS), so one server
can play several sites: `bank.localhost:PORT`, `forbidden.localhost:PORT`.
Its request log is the oracle of the tests. It never leaves loopback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Request:
    site: str  # "bank" for bank.localhost
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Response:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)

    def data(self) -> bytes:
        return self.body.encode() if isinstance(self.body, str) else self.body


Handler = Callable[[Request], Response]


class LocalServer:
    """Serves `routes[(site, path)]`; `site` "*" matches any site."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[tuple[str, str], Handler] = {}
        self._log: list[Request] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, site: str, path: str = "/") -> str:
        return f"http://{site}.localhost:{self.port}{path}"

    def route(self, site: str, path: str) -> Callable[[Handler], Handler]:
        def add(handler: Handler) -> Handler:
            self.routes[(site, path)] = handler
            return handler

        return add

    @property
    def log(self) -> list[Request]:
        with self._lock:
            return list(self._log)

    def requests_for(self, site: str) -> list[Request]:
        return [r for r in self.log if r.site == site]

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def start(self) -> LocalServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="local-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def _dispatch(self, request: Request) -> Response:
        with self._lock:
            self._log.append(request)
        handler = self.routes.get((request.site, request.path)) or self.routes.get(
            ("*", request.path)
        )
        if handler is None:
            return Response("<h1>404</h1>", status=404)
        return handler(request)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass  # the request log is kept in memory, not printed

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                site = host.removesuffix(".localhost") if host != "localhost" else ""
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(
                    site=site,
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                response = server._dispatch(request)
                data = response.data()
                self.send_response(response.status)
                self.send_header("Content-Type", response.content_type)
                self.send_header("Content-Length", str(len(data)))
                for key, value in response.headers:
                    self.send_header(key, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_HEAD = do_PUT = _serve

        return _Handler
