"""A private pcscd with the vsmartcard virtual reader, and virtual cards.

pcscd has its socket and pid file compiled in (/run/pcscd; Debian 12's 1.9.9
ignores PCSCLITE_CSOCK_NAME for listening), so it runs in its own mount
namespace with a private folder bound over /run/pcscd; clients find it
through PCSCLITE_CSOCK_NAME. Its reader.conf.d is private too, with the vpcd
reader on a free port pair, so no system pcscd or vicc is touched. Started
and stopped by PID (needs root for the mount namespace).
libpcsclite reads PCSCLITE_CSOCK_NAME once per process: one daemon per test
process (tests/helpers/daemons.py), restarted in place.

A card is Debian's vicc (ISO 7816 test card) run with the venv's Python
(it needs pycryptodome's `Crypto`) and the module path it lacks:
insert = start vicc, remove = stop it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from kiosk.daemons.ports import free_port_pair
from kiosk.procs import stop_process

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
VICC = Path("/usr/bin/vicc")
VICC_RUN = Path(__file__).with_name("vicc_run.py")
VICC_MODULES = "/usr/lib/python3/site-packages/virtualsmartcard"
READERS = ("Virtual PCD 00 00", "Virtual PCD 00 01")


def missing_tools() -> str:
    """Why the stack cannot run here, or '' when it can."""
    for tool in ("pcscd", "unshare"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not VPCD_DRIVER.exists():
        return "vsmartcard-vpcd is not installed"
    if not VICC.exists():
        return "vsmartcard-vpicc is not installed"
    if os.geteuid() != 0:
        return "a private pcscd needs root for its mount namespace"
    return ""


def _wait(predicate: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


class PcscDaemon:
    """One private pcscd; `root=None` makes a world-readable temp folder (so an
    unprivileged `kiosk doctor` reaches the socket) that close() removes."""

    def __init__(self, root: Path | None = None) -> None:
        self._owns_root = root is None
        if root is None:
            root = Path(tempfile.mkdtemp(prefix="kiosk-pcscd-"))
            os.chmod(root, 0o755)
        self.root = root
        self.run_dir = root / "run"
        self.conf_dir = root / "reader.conf.d"
        self.run_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.run_dir, 0o755)
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port_pair()
        (self.conf_dir / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME /dev/null:0x{self.port:X}\n"
            f"LIBPATH {VPCD_DRIVER}\n"
            f"CHANNELID 0x{self.port:X}\n"
        )
        self.socket = self.run_dir / "pcscd.comm"
        self.process: subprocess.Popen[bytes] | None = None
        self._log = (root / "pcscd.log").open("ab")

    @property
    def env(self) -> dict[str, str]:
        return {"PCSCLITE_CSOCK_NAME": str(self.socket)}

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        if self.running:
            return
        Path("/run/pcscd").mkdir(exist_ok=True)  # the mount point
        script = 'mount --bind "$1" /run/pcscd && exec pcscd --foreground --config "$2"'
        self.process = subprocess.Popen(
            [
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "sh",
                "-c",
                script,
                "sh",
                str(self.run_dir),
                str(self.conf_dir),
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        _wait(lambda: self.socket.exists() and self._vpcd_listening(), 10, "pcscd")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop by PID (SIGKILL to simulate a crash)."""
        if self.process is None:
            return
        stop_process(self.process, sig=sig)
        self.process = None
        # A killed pcscd leaves its socket and pid file behind.
        for leftover in ("pcscd.comm", "pcscd.pid"):
            (self.run_dir / leftover).unlink(missing_ok=True)

    def close(self) -> None:
        self.stop()
        self._log.close()
        if self._owns_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def _vpcd_listening(self) -> bool:
        # Read the kernel's socket table: connecting would look like a card.
        wanted = f":{self.port:04X} "
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            try:
                lines = Path(table).read_text().splitlines()[1:]
            except OSError:
                continue
            for line in lines:
                fields = line.split()
                if (fields[1] + " ").endswith(wanted) and fields[3] == "0A":
                    return True
        return False


class VirtualCard:
    """One vicc process on a slot port; `inserted_at` is when vpcd accepted it."""

    def __init__(self, port: int, root: Path, card_type: str = "iso7816") -> None:
        self.port = port
        self.card_type = card_type
        self.root = root
        self.process: subprocess.Popen[str] | None = None
        self.inserted_at: float | None = None
        self._connected = threading.Event()
        self.last_lines: deque[str] = deque(maxlen=40)  # vicc's own log, to debug

    def gone(self) -> bool:
        """The card left by itself: its vicc process ended without remove()."""
        return self.process is not None and self.process.poll() is not None

    def insert(self, timeout: float = 10) -> float:
        if self.process is not None:
            raise RuntimeError("the card is already inserted")
        env = {**os.environ, "PYTHONPATH": VICC_MODULES, "PYTHONUNBUFFERED": "1"}
        self._connected.clear()
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(VICC_RUN),  # vicc with its pseudo-APDU crash fixed
                str(VICC),
                "-t",
                self.card_type,
                "-P",
                str(self.port),
                "-vvv",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._read, args=(self.process,), daemon=True).start()
        if not self._connected.wait(timeout):
            self.remove()
            raise TimeoutError("vicc did not connect to vpcd")
        assert self.inserted_at is not None
        return self.inserted_at

    def remove(self) -> float:
        """Stop vicc; return the time the process was gone."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(5)
        return time.monotonic()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            self.last_lines.append(line.rstrip())
            if "Connected to virtual PCD" in line and not self._connected.is_set():
                self.inserted_at = time.monotonic()
                self._connected.set()
        process.stderr.close()


# -- fixtures (pulled in by tests/cardreader/conftest.py) ---------------------
