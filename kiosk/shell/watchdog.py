"""The shell tells systemd's watchdog that its main thread still turns.

A main thread that hangs (a library call that never returns while holding
the GIL, a deadlock) leaves a frozen screen that no idle timeout can end,
since the timeout runs on that thread too. With `WatchdogSec=` in the unit,
systemd sets WATCHDOG_USEC; the shell then pings from a timer on the main
thread at a third of it, and when the pings stop systemd kills the unit and
starts it again (`Restart=always`), whose boot wipe cleans up.

The pings come from `kiosk run`, below cage and dbus-run-session, not from
the unit's main process: the unit needs `NotifyAccess=all` (and systemd's
WATCHDOG_PID, which names that main process, is not ours to check).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer

from kiosk import log
from kiosk.unixsock import notify_systemd


def start_watchdog(parent: QObject) -> QTimer | None:
    """A running timer that pings systemd's watchdog, or None without one."""
    try:
        usec = int(os.environ.get("WATCHDOG_USEC", "0"))
    except ValueError:
        usec = 0
    if usec <= 0 or not os.environ.get("NOTIFY_SOCKET"):
        return None
    timer = QTimer(parent)
    timer.setInterval(max(1, usec // 3000))
    timer.timeout.connect(lambda: notify_systemd("WATCHDOG=1"))
    timer.start()
    notify_systemd("WATCHDOG=1")
    log.init.info("watchdog: a ping every %d ms", timer.interval())
    return timer
