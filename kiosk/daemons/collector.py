"""The city's usage collector as a real process: `kiosk usage serve`.

On loopback, on a free port, with the database URL it is given (SQLite or
PostgreSQL, see kiosk.daemons.postgres) and, with `tls`, HTTPS with those
certificate files. start() returns once GET /healthz answers; stop() ends it
by PID (SIGTERM), kill() SIGKILLs it as a crash would. Tests, the deploy
test and bench's collector benchmark start it so.

By hand: `python -m kiosk.cli usage serve --database sqlite:///c.sqlite
--port 8080` (add --ssl-certfile/--ssl-keyfile for HTTPS).
"""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path
from typing import Protocol

from kiosk.daemons.ports import free_port
from kiosk.procs import stop_process

_REPO = Path(__file__).resolve().parents[2]


class TlsFiles(Protocol):
    """Where the server's certificate, its key and the CA that signed it are."""

    @property
    def cert_file(self) -> Path: ...
    @property
    def key_file(self) -> Path: ...
    @property
    def ca_file(self) -> Path: ...


class CollectorProcess:
    """`kiosk usage serve` on 127.0.0.1; started and stopped by its PID."""

    def __init__(
        self,
        database: str,
        *,
        tls: TlsFiles | None = None,
        port: int | None = None,
        workers: int | None = None,
        config: Path | None = None,
    ) -> None:
        self.database, self.tls, self.workers = database, tls, workers
        self.config = config  # the collector's TOML settings (fleet, alerts)
        self.port = port or free_port()
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> None:
        import httpx  # the collector's dependency, not every station's

        command = [
            sys.executable,
            *("-m", "kiosk.cli", "usage", "serve", "--database", self.database),
            *("--host", "127.0.0.1", "--port", str(self.port)),
        ]
        if self.tls is not None:
            command += ["--ssl-certfile", str(self.tls.cert_file)]
            command += ["--ssl-keyfile", str(self.tls.key_file)]
        if self.workers is not None:
            command += ["--workers", str(self.workers)]
        if self.config is not None:
            command += ["--config", str(self.config)]
        self.proc = subprocess.Popen(
            command,
            env={**os.environ, "PYTHONPATH": str(_REPO)},  # this checkout's kiosk
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        verify: ssl.SSLContext | bool = True
        if self.tls is not None:
            verify = ssl.create_default_context(cafile=str(self.tls.ca_file))
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.proc = None
                raise RuntimeError(f"the collector exited at start ({code})")
            try:
                if httpx.get(f"{self.url}/healthz", verify=verify).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the collector did not come up in {timeout:.0f} s")
            time.sleep(0.1)

    def stop(self, timeout: float = 10.0) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            stop_process(proc, timeout=timeout)

    def kill(self) -> None:
        """SIGKILL, as a crash would: no shutdown, no goodbye."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()

    def __enter__(self) -> CollectorProcess:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
