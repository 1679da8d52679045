"""A private PostgreSQL cluster: initdb in a temp dir, own port, own socket dir.

Started and stopped by this code only: pg_ctl with the cluster's own data
dir, which stops the postmaster by the PID in its postmaster.pid; never a
system instance. initdb refuses to run as root, so as root the cluster
belongs to the 'postgres' system user. The tests share one cluster per test
process (tests/helpers/daemons.py) and make one database per test; bench's
collector_ingest makes its own.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from kiosk.daemons.ports import free_port


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PrivatePostgres:
    def __init__(self) -> None:
        bindir = _bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL server binaries not found (apt postgresql)")
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sock"
        self.port = free_port()
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.getuid())[0]

    def _run(self, *cmd: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(
            [*prefix, *cmd], check=True, capture_output=True, cwd=self.root, timeout=120
        )

    def start(self) -> None:
        self.sockets.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sockets, "postgres")
            os.chmod(self.root, 0o700)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
        )
        self._start_server()

    def _start_server(self) -> None:
        options = (
            f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=100"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )

    def postmaster_pid(self) -> int | None:
        """The running server's PID (first line of postmaster.pid), or None.

        A killed postmaster leaves its postmaster.pid behind, and PIDs wrap
        at 32768 here: the number counts only while it is a postgres
        serving this data folder (else a kill would hit another process).
        """
        try:
            pid = int((self.data / "postmaster.pid").read_text().split()[0])
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except (OSError, ValueError, IndexError):
            return None
        if str(self.data).encode() not in argv:
            return None
        return pid

    def kill(self, timeout: float = 10.0) -> None:
        """SIGKILL the postmaster, as a crash would; its backends notice and
        exit (waited for, so `restart()` finds the shared memory free)."""
        pid = self.postmaster_pid()
        if pid is None:
            return
        backends = _children_of(pid)  # reparented once the postmaster is gone
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and any(_alive(p) for p in [pid, *backends]):
            time.sleep(0.05)
        # Until init has reaped it: pg_ctl start refuses while the PID in the
        # stale postmaster.pid still exists, even as a zombie.
        while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
            time.sleep(0.05)

    def restart(self) -> None:
        """Start the server again on its data dir (after `kill`, say)."""
        if self.postmaster_pid() is None:
            self._start_server()

    def stop(self) -> None:
        try:
            self._run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.data),
                "-m",
                "fast",
                "-w",
                "stop",
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, name: str) -> str:
        """A fresh database; returns its SQLAlchemy URL (TCP on loopback)."""
        self._run(
            str(self.bindir / "createdb"),
            "-h",
            str(self.sockets),
            "-p",
            str(self.port),
            "-U",
            self.user,
            name,
        )
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{name}"


def _children_of(pid: int) -> list[int]:
    """Live processes whose parent is `pid` (a killed postmaster's backends)."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
