"""AT-SPI off again on the shell's session bus once its screen reader has gone.

Orca switches the accessibility bus's `org.a11y.Status.IsEnabled` on and
leaves it on when it quits (measured with Orca 43). Qt keeps its AT-SPI
bridge on for as long as that says on, and with it QtWebEngine keeps
building Chromium's accessibility tree of every page: for every later
resident, until the shell restarts. at-spi-bus-launcher also keeps the
value in dconf (`toolkit-accessibility`), so the next start would begin
with it on. Setting IsEnabled back to false after Orca stops turns Qt's
bridge and the page's tree off (measured: the web view's accessible loses
its child), so the next resident starts as without a screen reader.
"""

from __future__ import annotations

import os
import subprocess

from kiosk import log


def set_enabled(on: bool, bus: str = "--session") -> tuple[str, ...]:
    """dbus-send's call that sets the accessibility bus's IsEnabled."""
    return (
        "dbus-send",
        bus,
        "--print-reply",
        "--dest=org.a11y.Bus",
        "/org/a11y/bus",
        "org.freedesktop.DBus.Properties.Set",
        "string:org.a11y.Status",
        "string:IsEnabled",
        f"variant:boolean:{'true' if on else 'false'}",
    )


SET_ENABLED_OFF = set_enabled(False)


def switch_off(timeout: float = 5.0) -> bool:
    """Set IsEnabled to false on the session bus; False (logged) if it failed.

    Without a session bus there is nothing to switch off (and dbus-send
    would try to start one).
    """
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        done = subprocess.run(
            SET_ENABLED_OFF, capture_output=True, text=True, timeout=timeout
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.init.warning("could not switch AT-SPI off: %s", exc)
        return False
    if done.returncode != 0:
        log.init.warning("could not switch AT-SPI off: %s", done.stderr.strip())
        return False
    log.init.info("AT-SPI switched off (the screen reader has stopped)")
    return True
