"""A resident's first session in the booted station image, through AT-SPI.

Runs inside the container as the kiosk user, in the shell unit's mount
namespace (its private /tmp holds the session bus of dbus-run-session), on
Debian's /usr/bin/python3 with pyatspi (Orca's dependency, so in the image).
cage 0.1.4 takes no virtual keyboard or pointer and the headless backend has
no input devices; AT-SPI is the input path the shell offers besides them, the
one a screen reader or switch access uses: it presses the real widgets of the
real `kiosk run`. Accessibility is switched on at the bus the way Orca does it
(org.a11y.Status.IsEnabled); Qt then joins.

Usage: first_session.py SHELL_PID < steps.json
steps.json: [{"wait": NAME | "contains": TEXT, "press": NAME | null, "hold": S}]
("hold": seconds to stay on the screen before pressing, as a resident reads a
page. Web content is not on the bus: the unit clears
QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY, so the test asks the site's own log
whether the page was loaded.)
Prints one JSON line per step: the step, ok, seconds and the names showing
then. Exit status 1 at the first step that fails.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import atspi_client
from gi.repository import Gio, GLib


def switch_accessibility_on():
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync(
        "org.a11y.Bus",
        "/org/a11y/bus",
        "org.freedesktop.DBus.Properties",
        "Set",
        GLib.Variant(
            "(ssv)", ("org.a11y.Status", "IsEnabled", GLib.Variant("b", True))
        ),
        None,
        Gio.DBusCallFlags.NONE,
        10000,
        None,
    )


def showing(app, step):
    nodes = atspi_client.walk(app)
    names = [("web: " if n["web"] else "") + n["name"] for n in nodes if n["name"]]
    shell = [n["name"] for n in nodes if not n["web"]]
    if "wait" in step:
        return step["wait"] in shell, names
    return any(step["contains"] in name for name in shell), names


def main():
    steps = json.load(sys.stdin)
    switch_accessibility_on()
    app = atspi_client.find_app(int(sys.argv[1]), timeout=60.0)
    for step in steps:
        started = time.monotonic()
        deadline = started + step.get("timeout", 60.0)
        while True:
            found, names = showing(app, step)
            if found or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        pressed = None
        if found:
            time.sleep(step.get("hold", 0))
        if found and step.get("press"):
            pressed = atspi_client.press(app, step["press"])
        ok = found and pressed is not False
        answer = {
            "step": step,
            "ok": ok,
            "seconds": round(time.monotonic() - started, 2),
            "showing": names,
        }
        print(json.dumps(answer, ensure_ascii=False), flush=True)
        if not ok:
            sys.exit(1)


main()
