"""What the web engine may reach of the machine, set before it starts.

The system D-Bus: Chromium inside the shell connects to it for things a
station does not use — battery status (UPower), Web Bluetooth (BlueZ) and
the like. When that daemon goes away (restart, update, crash), Chromium's
`dbus::Bus` ends the whole process: ``FATAL … dbus/bus.cc … D-Bus connection
was disconnected. Aborting.`` — the shell with the resident's session. So
the shell and its QtWebEngineProcess get no system bus at all: the address
points at nothing, the connection attempt fails once at start (Chromium logs
"Failed to connect to the bus" and goes on), and a bus restart cannot touch
a session. `navigator.getBattery()` then reports a mains-powered machine.

cage, the compositor that starts the shell, keeps the real system bus
(logind gives it the seat): the variable is set inside the shell process,
not in the systemd unit. Children of the shell (QtWebEngineProcess,
AusweisApp) inherit it.
"""

from __future__ import annotations

from collections.abc import MutableMapping

# A path that cannot exist (a file's child): libdbus fails to connect, fast.
NO_SYSTEM_BUS = "unix:path=/dev/null/buergerterminal-has-no-system-bus"


def isolate_system_bus(environ: MutableMapping[str, str]) -> None:
    """Point the system bus of this process and its children at nothing.

    Call before QtWebEngine starts (before the QApplication exists).
    """
    environ["DBUS_SYSTEM_BUS_ADDRESS"] = NO_SYSTEM_BUS
