"""Run AusweisApp headless for one resident session, and throw it away after.

It runs with `--ui websocket --no-logfile` on the offscreen platform, with
HOME, XDG dirs and TMPDIR inside `<session_dir>/eid`, and a preseeded config
(history and update checks off). Its output is discarded: AusweisApp logs
provider URLs. `wipe()` stops it and proves its files are gone.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from kiosk import log as klog
from kiosk.cardreader.errors import AusweisAppNotFound, AusweisAppStartError
from kiosk.origins import EID_CLIENT_PORT as EID_PORT
from kiosk.procs import stop_process

BINARIES = ("AusweisApp", "AusweisApp2")  # 2.x, then Debian 12's 1.26
# Same text as deploy/ausweisapp/AusweisApp2.conf (a test keeps them equal).
DEFAULT_SETTINGS = """\
[General]
autoUpdateCheck=false
autoStartApp=false
transportPinReminder=false

[history]
enable=false
"""
# Where AusweisApp 1.26 reads its settings (QSettings without organisation).
SETTINGS_PATH = Path("Unknown Organization") / "AusweisApp2.conf"


def find_binary(command: str = "") -> str:
    """The configured command, else AusweisApp, else AusweisApp2 on PATH."""
    names = (command,) if command else BINARIES
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    wanted = repr(command) if command else "AusweisApp or AusweisApp2"
    raise AusweisAppNotFound(
        f"{wanted} was not found on PATH; install the Debian package "
        "'ausweisapp2' or set [eid] command in the station config"
    )


class AusweisApp:
    """One headless AusweisApp process; `port=0`: a free port is picked."""

    def __init__(
        self,
        session_dir: Path,
        *,
        command: str = "",
        port: int = EID_PORT,
        settings: str = DEFAULT_SETTINGS,
        start_timeout: float = 20.0,
        log_path: Path | None = None,
    ) -> None:
        self.root = Path(session_dir) / "eid"
        self._command = command
        self._port_wanted = port
        self._settings = settings
        self._timeout = start_timeout
        self._log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None
        self.port: int | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> int:
        """Start it and wait until its SDK port listens; return the port."""
        self.spawn()
        try:
            self.port = self._wait_for_port()
        except AusweisAppStartError:
            self.stop()
            raise
        return self.port

    def spawn(self) -> int:
        """Start it without waiting; return the port it will listen on.

        The wipe uses this: the SDK client connects with retries while the
        next resident is greeted, so the wipe does not wait for AusweisApp.
        """
        if self.running:
            raise AusweisAppStartError("AusweisApp is already running")
        binary = find_binary(self._command)
        env = self._prepare()
        port = self._port_wanted or _free_port()
        out = self._log_path.open("ab") if self._log_path else subprocess.DEVNULL
        try:
            self._process = subprocess.Popen(
                [binary, "--ui", "websocket", "--no-logfile", "--port", str(port)],
                env=env,
                cwd=self.root,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        except OSError as exc:
            raise AusweisAppStartError(f"AusweisApp could not be run: {exc}") from None
        finally:
            if not isinstance(out, int):  # a log file, not DEVNULL
                out.close()
        self.port = port
        klog.cardreader.info(
            "AusweisApp started (pid %d, port %d)", self._process.pid, port
        )
        return port

    def stop(self, timeout: float = 5.0) -> None:
        """Stop it by PID: SIGTERM, then SIGKILL; never by name."""
        process, self._process = self._process, None
        self.port = None
        if process is not None:
            stop_process(process, timeout)

    def leftovers(self) -> list[Path]:
        if not self.root.exists():
            return []
        return [self.root, *sorted(self.root.rglob("*"))]

    def remove_files(self) -> None:
        """Delete everything it wrote; raises OSError when that is impossible."""
        if self.root.exists():
            shutil.rmtree(self.root)

    # -- internals -----------------------------------------------------------

    def _prepare(self) -> dict[str, str]:
        home = self.root / "home"
        dirs = {
            "HOME": home,
            "XDG_CONFIG_HOME": home / ".config",
            "XDG_CACHE_HOME": home / ".cache",
            "XDG_DATA_HOME": home / ".local" / "share",
            "XDG_RUNTIME_DIR": self.root / "run",
            "TMPDIR": self.root / "tmp",
        }
        for path in dirs.values():
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        settings = dirs["XDG_CONFIG_HOME"] / SETTINGS_PATH
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(self._settings, encoding="utf-8")
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("XDG_", "QT_", "DISPLAY", "WAYLAND"))
        }
        env.update({k: str(v) for k, v in dirs.items()})
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def _wait_for_port(self) -> int:
        assert self._process is not None and self.port is not None
        deadline = time.monotonic() + self._timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise AusweisAppStartError(
                    f"AusweisApp exited with {self._process.returncode} at start; "
                    "is another AusweisApp using the port?"
                )
            # The port must be this process's: another AusweisApp may hold it.
            if _listening(self.port) and _listens_on(self._process.pid, self.port):
                return self.port
            time.sleep(0.05)
        raise AusweisAppStartError(
            f"AusweisApp did not open its SDK port within {self._timeout:.0f} s"
        )


def _die_with_parent() -> None:
    """In the child: SIGTERM when the shell dies, however it dies (Linux).

    The shell stops AusweisApp itself; this covers a crash or a SIGKILL, after
    which an orphan would hold the last resident's workflow.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the shell's own stop() remains


_PR_SET_PDEATHSIG = 1


def _free_port() -> int:
    """A port nobody listens on now (AusweisApp binds it a moment later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), 0.2):
            return True
    except OSError:
        return False


def _listens_on(pid: int, port: int) -> bool:
    """Whether process `pid` owns a listening TCP socket on `port` (Linux /proc)."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inodes:
            return True
    return False
