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
        done = subprocess.run(
            [*prefix, *cmd], capture_output=True, text=True, cwd=self.root, timeout=120
        )
        if done.returncode != 0:
            # What the tool and the server said: the server's own log (pg_ctl
            # start only says "examine the log output").
            log = _lines(self.root / "log")[-8:]
            said = "\n".join([done.stderr.strip(), *log]).strip()
            raise RuntimeError(
                f"{Path(cmd[0]).name} {' '.join(cmd[1:3])} failed "
                f"(exit {done.returncode}): {said}"
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
        lock = _lines(self.data / "postmaster.pid")
        try:
            pid = int(lock[0])
        except (IndexError, ValueError):
            return None
        seen = _process(pid)
        if seen is None or seen[0] == "Z" or not _serves(seen[1], self.data):
            return None
        return pid

    def kill(self, timeout: float = 10.0) -> None:
        """SIGKILL the postmaster, as a crash would, and wait until it and its
        backends are gone."""
        pid = self.postmaster_pid()
        if pid is None:
            return
        os.kill(pid, signal.SIGKILL)
        self._wait_gone(timeout)

    def restart(self, timeout: float = 10.0) -> None:
        """Start the server again on its data dir once a killed one is gone
        (killed by `kill()` or by anybody, as bench/chaos.py does)."""
        if self.postmaster_pid() is not None:
            return
        self._wait_gone(timeout)
        # What a killed postmaster leaves: its lock files, whose PID may be
        # another process by now (PIDs wrap at 32768 here), which postgres
        # takes for a server still running. It is gone: they are stale.
        (self.data / "postmaster.pid").unlink(missing_ok=True)
        (self.sockets / f".s.PGSQL.{self.port}.lock").unlink(missing_ok=True)
        self._start_server()

    def _wait_gone(self, timeout: float) -> None:
        """Until the postmaster in postmaster.pid is reaped (postgres refuses
        to start while that PID exists, even as a zombie) and its backends,
        which exit once they notice, have let go of its shared memory."""
        lock = _lines(self.data / "postmaster.pid")
        if not lock:
            return
        pid = int(lock[0])
        shmid = lock[6].split()[-1] if len(lock) > 6 else None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and (
            _dying(pid, self.data) or _attached(shmid)
        ):
            time.sleep(0.05)

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


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text().splitlines()
    except OSError:
        return []


def _process(pid: int) -> tuple[str, list[bytes]] | None:
    """(state, argv) of a process, None once it is reaped."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0], argv
    except (OSError, IndexError):
        return None


def _serves(argv: list[bytes], data: Path) -> bool:
    return str(data).encode() in argv


def _dying(pid: int, data: Path) -> bool:
    """`pid` is still that postmaster, or its zombie not yet reaped (whose
    command line is empty), rather than another process that took its number."""
    seen = _process(pid)
    return seen is not None and (seen[0] == "Z" or _serves(seen[1], data))


def _attached(shmid: str | None) -> bool:
    """Processes still attached to the SysV segment (proc(5): nattch)."""
    if shmid is None:
        return False
    try:
        table = Path("/proc/sysvipc/shm").read_text().splitlines()[1:]
    except OSError:
        return False
    for row in table:
        cols = row.split()
        if cols[1] == shmid:
            return int(cols[6]) > 0
    return False
