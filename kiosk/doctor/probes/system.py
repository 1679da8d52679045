"""The kernel's view: clock sync (adjtimex), free disk, running shell processes."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import time
from pathlib import Path

from kiosk.doctor import ProbeFailed
from kiosk.doctor.checks import ClockState, ShellProcess

_STA_UNSYNC = 0x0040
_TIME_ERROR = 5


class _Timex(ctypes.Structure):
    # struct timex from <sys/timex.h> (x86_64 and aarch64 share this layout).
    _fields_ = [
        ("modes", ctypes.c_uint),
        ("offset", ctypes.c_long),
        ("freq", ctypes.c_long),
        ("maxerror", ctypes.c_long),
        ("esterror", ctypes.c_long),
        ("status", ctypes.c_int),
        ("constant", ctypes.c_long),
        ("precision", ctypes.c_long),
        ("tolerance", ctypes.c_long),
        ("time_sec", ctypes.c_long),
        ("time_usec", ctypes.c_long),
        ("tick", ctypes.c_long),
        ("ppsfreq", ctypes.c_long),
        ("jitter", ctypes.c_long),
        ("shift", ctypes.c_int),
        ("stabil", ctypes.c_long),
        ("jitcnt", ctypes.c_long),
        ("calcnt", ctypes.c_long),
        ("errcnt", ctypes.c_long),
        ("stbcnt", ctypes.c_long),
        ("tai", ctypes.c_int),
        ("reserved", ctypes.c_int * 11),
    ]


class KernelClock:
    """Synchronised the way timedatectl decides it: adjtimex without STA_UNSYNC."""

    def clock(self) -> ClockState:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        timex = _Timex()  # modes 0: read only
        state = libc.adjtimex(ctypes.byref(timex))
        if state < 0:
            raise ProbeFailed(f"adjtimex: {os.strerror(ctypes.get_errno())}")
        synced = state != _TIME_ERROR and not (timex.status & _STA_UNSYNC)
        return ClockState(synchronised=synced, now=time.time())


class StatvfsDisk:
    def free_bytes(self, path: str) -> int:
        # The folder may not exist yet on a fresh install: ask its nearest parent.
        target = Path(path)
        while not target.exists() and target != target.parent:
            target = target.parent
        try:
            return shutil.disk_usage(target).free
        except OSError as exc:
            raise ProbeFailed(f"{path}: {exc.strerror}") from None


class ProcShell:
    """Finds `kiosk run` and QtWebEngineProcess in /proc (what this user may read)."""

    def __init__(self, proc: Path = Path("/proc")) -> None:
        self._proc = proc

    def processes(self) -> list[ShellProcess]:
        found: list[ShellProcess] = []
        for entry in self._proc.iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                argv = tuple(
                    a.decode(errors="replace")
                    for a in (entry / "cmdline").read_bytes().split(b"\0")
                    if a
                )
                if not _is_shell(argv):
                    continue
                env = _environ((entry / "environ").read_bytes())
                uid = entry.stat().st_uid
            except OSError:
                continue  # gone, or not ours to read
            found.append(ShellProcess(int(entry.name), uid, argv, env))
        return found


def _is_shell(argv: tuple[str, ...]) -> bool:
    if not argv:
        return False
    if Path(argv[0]).name == "QtWebEngineProcess":
        return True
    names = [Path(a).name for a in argv[:3]]
    return "kiosk" in names and "run" in argv[1:4]


def _environ(raw: bytes) -> dict[str, str]:
    # Only the names and values the sandbox rule looks at are kept.
    wanted = ("QTWEBENGINE_",)
    env: dict[str, str] = {}
    for item in raw.split(b"\0"):
        key, sep, value = item.decode(errors="replace").partition("=")
        if sep and key.startswith(wanted):
            env[key] = value
    return env
