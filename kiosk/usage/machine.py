"""What the sync process sees of the machine itself: the clock and the disk."""

from __future__ import annotations

import ctypes
import ctypes.util
import shutil
from pathlib import Path

TIME_ERROR = 5  # adjtimex(2): the clock is not synchronised


def clock_synchronised() -> bool | None:
    """The kernel's view (what `timedatectl` shows as "System clock synchronized").

    adjtimex(2) with modes 0 only reads; it answers TIME_ERROR while no time
    service (systemd-timesyncd, chrony) has set the clock. None: unknowable.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        buf = ctypes.create_string_buffer(512)  # struct timex is 208 bytes; modes=0
        state = int(libc.adjtimex(buf))
    except (OSError, AttributeError):
        return None
    if state < 0:
        return None
    return state != TIME_ERROR


def disk_free_percent(path: Path) -> int:
    """Free space of the file system holding `path` (its nearest existing parent)."""
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        disk = shutil.disk_usage(path)
    except OSError:
        return -1
    return int(disk.free * 100 / disk.total) if disk.total else -1
