"""`kiosk demo`: the real shell with a demo station config and loopback services.

With a display it opens full screen. Without one it says so; with
`--headless` it starts its own Xvfb, walks through the screens and writes a
screenshot of each into the folder it names.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import config as kconfig
from kiosk import log
from kiosk.daemons.loopback import LocalServer
from kiosk.daemons.xvfb import Xvfb
from kiosk.demo.sites import install_demo_sites
from kiosk.demo.staffpin import DEMO_PIN, demo_verifier

if TYPE_CHECKING:
    from kiosk.daemons.pcsc import PcscDaemon
    from kiosk.daemons.printer import PrintStack

DEMO_TOML = """
[station]
id = "demo"
name = "Demo-Station Bürgerterminal"

[session]
idle_timeout_seconds = 120
idle_warning_seconds = 30
max_minutes = 30

[session.terms]
de = "Dies ist ein öffentlicher Computer. Wenn Sie fertig sind, drücken Sie „Sitzung beenden“. Dann wird alles gelöscht."
en = "This is a public computer. When you are done, press “End session”. Then everything is deleted."

[[services]]
id = "buergerservice"
title = {{ de = "Bürgerservice", en = "Citizen services" }}
description = {{ de = "Anträge und Termine (Demo)", en = "Applications and appointments (demo)" }}
icon = "citizen"
start_url = "{base_citizen}/"
# "localhost" is the demo's eID token server (see kiosk/demo/sites.py).
allowed_origins = ["{base_citizen}", "{base_token}"]
loopback_demo = true

[[services]]
id = "bank"
title = {{ de = "Online-Banking", en = "Online banking" }}
description = {{ de = "Demo-Bank", en = "Demo bank" }}
icon = "bank"
start_url = "{base_bank}/"
allowed_origins = ["{base_bank}"]
loopback_demo = true

[[services]]
id = "jobs"
title = {{ de = "Jobportal", en = "Job portal" }}
description = {{ de = "Stellen suchen, Bewerbung hochladen (Demo)", en = "Find jobs, upload an application (demo)" }}
icon = "jobs"
start_url = "{base_jobs}/"
allowed_origins = ["{base_jobs}"]
loopback_demo = true

[printing]
enabled = {printing}
cups_server = "{cups_server}"
free_pages = 5
price_per_page_cents = 10

[eid]
# Demo only: http tokens and AusweisApp's built-in test card.
developer_mode = true

[paths]
session_dir = "{state}/session"
state_dir = "{state}/state"

[usage]
database = "{state}/usage.sqlite"

[documents]
# SANE's test scanner (SANE_CONFIG_DIR lists only it) and a stick image that
# the tour plugs in by moving it into {state}/usb.
scanner = "test:0"
scan_dpi = 75
stick_devices = "{state}/usb/*.img"
stick_mount_dir = "{state}/stick-mount"

[staff]
verifier_socket = "{state}/staff-pin.sock"
pin_state_dir = "{state}/staffpin"
"""


def demo_config(
    server: LocalServer, state: Path, cups_server: str = ""
) -> kconfig.Config:
    text = DEMO_TOML.format(
        printing=str(bool(cups_server)).lower(),
        cups_server=cups_server,
        base_citizen=server.url("buergerservice", "").rstrip("/"),
        base_token=f"http://localhost:{server.port}",
        base_bank=server.url("bank", "").rstrip("/"),
        base_jobs=server.url("jobs", "").rstrip("/"),
        state=state,
    )
    return kconfig.parse(text, "<demo station>")


class VirtualDevices:
    """The virtual card reader and printer, when their daemons are installed.

    Both run privately (their own sockets and ports) and stop with the demo;
    without them the demo still runs, printing off and no reader shown.
    """

    def __init__(self, state: Path) -> None:
        self._state = state
        self.cups_server = ""
        self._printer: PrintStack | None = None
        self._pcscd: PcscDaemon | None = None

    def start(self) -> None:
        from kiosk.daemons import pcsc, printer

        if os.geteuid() != 0:
            log.init.info("demo: virtual reader and printer need root; skipped")
            return
        why = pcsc.missing_tools()
        if why:
            log.init.info("demo: no virtual card reader (%s)", why)
        else:
            pcscd = pcsc.PcscDaemon(self._state / "pcscd")
            os.environ.update(pcscd.env)  # before libpcsclite's first call
            pcscd.start()
            self._pcscd = pcscd
            print("kiosk demo: virtual card reader ready")
        if shutil.which("cupsd") and shutil.which("ippeveprinter"):
            stack = printer.PrintStack()  # its own 0755 folder: filters run as lp
            stack.start()
            stack.set_supplies({"Black": 64})  # shown in the staff panel
            self._printer = stack
            self.cups_server = stack.host
            print("kiosk demo: virtual printer ready (queue 'kiosk')")
        else:
            log.init.info("demo: no virtual printer (cups-ipp-utils missing)")

    def stop(self) -> None:
        for device in (self._printer, self._pcscd):
            if device is not None:
                device.stop()


def _start_xvfb() -> Xvfb:
    if shutil.which("Xvfb") is None:
        raise SystemExit("kiosk demo --headless needs Xvfb: apt-get install xvfb")
    xvfb = Xvfb(1280, 800)
    try:
        xvfb.start()
    except RuntimeError as error:
        raise SystemExit(f"Xvfb did not start: {error}") from None
    return xvfb


def main(*, headless: bool, screenshots: str, language: str = "en") -> int:
    if not headless and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        print(
            "kiosk demo: there is no display here (DISPLAY and WAYLAND_DISPLAY are empty).\n"
            "Run it on a desktop, or use `kiosk demo --headless` (or "
            "`make demo DEMO_ARGS=--headless`) to run it under Xvfb and save "
            "screenshots instead.",
            file=sys.stderr,
        )
        return 1
    xvfb = None
    if headless:
        xvfb = _start_xvfb()
        os.environ["DISPLAY"] = xvfb.display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    if os.geteuid() == 0:
        # Chromium cannot sandbox itself as root. Only the demo (and the tests)
        # may run so, and it says so; `kiosk run` refuses.
        print(
            "kiosk demo: WARNING: running as root, so the browser sandbox is OFF. "
            "This is a demo, never a station.",
            file=sys.stderr,
        )
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    state = Path(tempfile.mkdtemp(prefix="kiosk-demo-"))
    os.environ.setdefault("HOME", str(state / "home"))
    server = LocalServer().start()
    install_demo_sites(server)
    devices = VirtualDevices(state)
    verifier = demo_verifier(state)
    try:
        from kiosk.shell import app as kapp

        devices.start()
        verifier.start()
        print(
            "kiosk demo: staff panel: tap the top-right corner five times "
            f"(or press Ctrl+Alt+Shift+S), then type the demo PIN {DEMO_PIN}"
        )
        from kiosk.demo.stick import DemoStick

        stick = DemoStick(state)
        stick.make()
        os.environ["SANE_CONFIG_DIR"] = str(stick.sane)  # before libsane loads
        config = demo_config(server, state, devices.cups_server)
        kapp.check_lockdown(dict(os.environ), sys.argv, allow_no_sandbox=True)
        kapp.early_init()
        qapp = kapp.make_application([])
        station = kapp.build_station(config, qapp)
        station.start()
        if headless:
            from kiosk.demo.tour import Tour

            folder = Path(screenshots).resolve()
            tour = Tour(station, folder, language, stick=stick)
            tour.run()
            print(f"kiosk demo: {len(tour.saved)} screenshots written to {folder}")
            for path in tour.saved:
                print(f"  {path.name}")
            for error in tour.errors:
                print(f"kiosk demo: problem: {error}", file=sys.stderr)
            station.window.allow_close = True
            station.window.close()
            qapp.processEvents()
            code = 0 if tour.saved and not tour.errors else 1
        else:
            code = int(qapp.exec())
    finally:
        server.stop()
        verifier.stop()
        devices.stop()
        shutil.rmtree(state, ignore_errors=True)
        if xvfb is not None:
            xvfb.stop(timeout=5)
        log.init.info("demo ended")
    sys.stdout.flush()
    sys.stderr.flush()
    # Leave at once: a Qt that outlives its (now stopped) X server would
    # report the broken connection and exit with its own code.
    os._exit(code)
