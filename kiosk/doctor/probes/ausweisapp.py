"""AusweisApp: start it headless on a free port, say hello over its SDK socket, stop it.

It runs in a private temporary HOME and TMPDIR, so the check leaves no
settings or history behind and never collides with the shell's own instance
on port 24727.
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from kiosk.doctor import ProbeFailed
from kiosk.procs import stop_process

NAMES = ("AusweisApp", "AusweisApp2")  # 2.x and Debian 12's 1.26


def find_command(configured: str) -> str | None:
    if configured:
        return configured if Path(configured).is_file() else shutil.which(configured)
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class AusweisAppProbe:
    def __init__(self, configured_command: str = "", timeout: float = 15.0) -> None:
        self._configured = configured_command
        self._timeout = timeout

    def answer(self) -> str:
        command = find_command(self._configured)
        if command is None:
            wanted = self._configured or " or ".join(NAMES)
            raise ProbeFailed(f"{wanted} not found")
        with tempfile.TemporaryDirectory(prefix="kiosk-doctor-eid-") as tmp:
            env = {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": tmp,
                "TMPDIR": tmp,
                "XDG_RUNTIME_DIR": tmp,
                "QT_QPA_PLATFORM": "offscreen",
            }
            args = [command, "--ui", "websocket", "--port", "0", "--no-logfile"]
            try:
                proc = subprocess.Popen(
                    args,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            except OSError as exc:
                raise ProbeFailed(f"{command}: {exc.strerror}") from None
            try:
                port = self._wait_for_port(proc, Path(tmp))
                return _websocket_hello(port, self._timeout)
            finally:
                stop_process(proc, timeout=5)

    def _wait_for_port(self, proc: subprocess.Popen[bytes], tmp: Path) -> int:
        # --port 0: it picks a port and writes it to $TMPDIR/<name>.<pid>.port.
        deadline = time.monotonic() + self._timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise ProbeFailed(f"exited with status {proc.returncode} at start")
            for path in tmp.glob(f"*.{proc.pid}.port"):
                text = path.read_text().strip()
                if text.isdigit():
                    return int(text)
            time.sleep(0.05)
        raise ProbeFailed(f"no SDK port after {self._timeout:.0f} s")


def _websocket_hello(port: int, timeout: float) -> str:
    """Open the SDK WebSocket; return the server's name from the 101 answer."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        "GET /eID-Kernel HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{port}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        "User-Agent: kiosk-doctor\r\n\r\n"
    )
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(request.encode())
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                data += chunk
    except OSError as exc:
        raise ProbeFailed(f"SDK port {port}: {exc}") from None
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    if not head or " 101 " not in head[0] + " ":
        first = head[0] if head else "nothing"
        raise ProbeFailed(f"SDK port {port} answered {first!r}")
    for line in head[1:]:
        field, _, value = line.partition(":")
        if field.strip().lower() == "server":
            return value.strip()
    return "WebSocket open"
