"""The sync client against a real HTTPS server on loopback that misbehaves.

The server (http.server + ssl, test CA) answers 503 the first N times, or a
4xx, and records every request it got; the client is the real HttpCollector
(httpx, certificate checks on) driven by `sync.run` on a real counter file.
Only the wait is the client's own seam: it sleeps for real, and the test
records how long it was asked to.
"""

from __future__ import annotations

import itertools
import json
import random
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from helpers.tls import CertFiles

from kiosk.usage import sync
from kiosk.usage.aggregate import Increment
from kiosk.usage.errors import CollectorUnavailable
from kiosk.usage.store import CounterStore

TODAY = date(2026, 3, 10)
TOKEN = "bts_retry-test-token"


@dataclass
class Script:
    """What the server answers: `fail_first` times `fail_status`, then 200."""

    fail_first: int
    fail_status: int = 503
    seen: list[tuple[float, str, dict[str, Any]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class FlakyCollector(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, certs: CertFiles, script: Script) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(certs.cert_file, certs.key_file)
        self.socket = ctx.wrap_socket(self.socket, server_side=True)
        self.script = script
        self.url = f"https://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the real collector
    server: FlakyCollector

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        script = self.server.script
        with script.lock:
            script.seen.append(
                (time.monotonic(), self.headers.get("Authorization", ""), body)
            )
            failing = len(script.seen) <= script.fail_first
        if self.path != "/v1/days":
            status, answer = 404, {"detail": "Not Found"}
        elif failing:
            status = script.fail_status
            answer = {"detail": f"scripted {status}"}
        else:
            status = 200
            answer = {"station": "lobeda-1", "days": len(body["days"]), "counts": 0}
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_args: Any) -> None:
        return None


@pytest.fixture
def serve(tls_certs: CertFiles) -> Iterator[Any]:
    servers: list[FlakyCollector] = []

    def start(script: Script) -> FlakyCollector:
        server = FlakyCollector(tls_certs, script)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CounterStore]:
    s = CounterStore(tmp_path / "usage.sqlite")
    for back in range(3):
        d = TODAY - timedelta(days=back)
        s.apply(
            [Increment(d, "sessions", "", 5 + back), Increment(d, "cards_left", "", 1)]
        )
    yield s
    s.close()


class RecordedSleep:
    """Really sleeps; remembers each wait the client asked for."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        time.sleep(seconds)


def client(url: str, certs: CertFiles, sleep: RecordedSleep, **kw: Any) -> Any:
    return sync.HttpCollector(
        url,
        TOKEN,
        ca_file=str(certs.ca_file),
        base_delay=0.05,
        max_delay=0.4,
        sleep=sleep,
        rng=random.Random(3),
        **kw,
    )


@pytest.mark.parametrize("status", [503, 500, 502])
def test_5xx_is_retried_with_backoff_until_it_succeeds(
    serve: Any, store: CounterStore, tls_certs: CertFiles, status: int
) -> None:
    failures = 3
    server = serve(Script(fail_first=failures, fail_status=status))
    sleep = RecordedSleep()
    collector = client(server.url, tls_certs, sleep, attempts=6)
    pending = store.pending_days(TODAY)
    try:
        result = sync.run(store, collector, TODAY)
    finally:
        collector.close()

    assert result.ok, result.error
    assert (result.days_sent, result.batches) == (len(pending), 1)
    seen = server.script.seen
    assert len(seen) == failures + 1  # three refusals, then the one that counted
    assert collector.retries == failures
    # the same batch each time, with the station's token: a retry is harmless
    assert all(body == seen[0][2] for _, _, body in seen)
    assert {auth for _, auth, _ in seen} == {f"Bearer {TOKEN}"}
    assert [d["day"] for d in seen[0][2]["days"]] == [d.isoformat() for d in pending]
    # full-jitter backoff: the n-th wait in [0, min(cap, base·2ⁿ)] ...
    assert len(sleep.waits) == failures
    bounds = [min(0.4, 0.05 * 2**n) for n in range(failures)]
    assert all(0 <= w <= b for w, b in zip(sleep.waits, bounds, strict=True))
    # ... and really waited between the server's answers
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(seen)]
    assert all(g >= w * 0.9 for g, w in zip(gaps, sleep.waits, strict=True))
    # confirmed only after the collector stored it: only today is due again
    assert store.pending_days(TODAY) == [TODAY]


def test_5xx_outlasting_every_attempt_keeps_the_data(
    serve: Any, store: CounterStore, tls_certs: CertFiles
) -> None:
    server = serve(Script(fail_first=100))
    sleep = RecordedSleep()
    collector = client(server.url, tls_certs, sleep, attempts=4)
    pending = store.pending_days(TODAY)
    try:
        with pytest.raises(CollectorUnavailable, match="HTTP 503 after 4 attempts"):
            collector.send({"days": []})
        result = sync.run(store, collector, TODAY)
    finally:
        collector.close()
    assert not result.ok and "HTTP 503 after 4 attempts" in result.error
    assert len(server.script.seen) == 8  # 4 attempts per batch, no more
    assert store.pending_days(TODAY) == pending  # nothing confirmed


@pytest.mark.parametrize("status", [400, 413, 422])
def test_a_4xx_is_not_retried_and_the_data_is_kept(
    serve: Any, store: CounterStore, tls_certs: CertFiles, status: int
) -> None:
    server = serve(Script(fail_first=100, fail_status=status))
    sleep = RecordedSleep()
    collector = client(server.url, tls_certs, sleep, attempts=6)
    pending = store.pending_days(TODAY)
    try:
        result = sync.run(store, collector, TODAY)
    finally:
        collector.close()
    assert not result.ok
    assert f"HTTP {status}: scripted {status}" in result.error
    assert len(server.script.seen) == 1  # asked once, never again
    assert sleep.waits == [] and collector.retries == 0
    assert store.pending_days(TODAY) == pending
    assert result.days_left == len(pending)
