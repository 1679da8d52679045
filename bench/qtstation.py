"""A real station for benchmarks: offscreen Qt, QtWebEngine, the demo sites.

`prepare_environment()` must run before any QApplication exists (and before
QtWebEngine starts): it picks the offscreen platform, turns the Chromium
sandbox off because benchmarks run as root (never in `kiosk run`), and
points HOME and the XDG folders into a private temp folder, because
QtWebEngine writes below HOME even off the record.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bench.errors import MeasurementFailed

STATION_TOML = """
[station]
id = "bench"
name = "Bench station"

[session]
idle_timeout_seconds = 600
idle_warning_seconds = 60
max_minutes = 0

[[services]]
id = "buergerservice"
title = {{ de = "Bürgerservice", en = "Citizen services" }}
start_url = "{citizen}"
allowed_origins = ["{citizen_origin}"]
loopback_demo = true

[[services]]
id = "jobs"
title = {{ de = "Jobportal", en = "Job portal" }}
start_url = "{jobs}"
allowed_origins = ["{jobs_origin}"]
loopback_demo = true

[printing]
enabled = {printing}
queue = "{queue}"
cups_server = "{cups}"

[usage]
database = "{root}/state/usage.sqlite"

[paths]
session_dir = "{root}/session"
state_dir = "{root}/state"
"""

CHROMIUM_FLAGS = "--disable-gpu --disable-features=PaintHoldingCrossOrigin"


def prepare_environment(root: Path) -> None:
    """Environment for offscreen QtWebEngine as root; call before Qt starts."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # bench only: we run as root
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", CHROMIUM_FLAGS)
    home = root / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[name] = str(folder)


def make_app() -> Any:
    """The QApplication, after the QtWebEngine import and the URL schemes."""
    from kiosk.shell import app as kapp

    kapp.early_init()
    return kapp.make_application([])


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def station_text(
    citizen_url: str, jobs_url: str, root: Path, print_stack: Any | None = None
) -> str:
    """The bench station; with `print_stack` its printing uses that private CUPS."""
    return STATION_TOML.format(
        citizen=citizen_url,
        jobs=jobs_url,
        citizen_origin=_origin(citizen_url),
        jobs_origin=_origin(jobs_url),
        root=root,
        printing="true" if print_stack is not None else "false",
        queue=print_stack.queue if print_stack is not None else "kiosk",
        cups=print_stack.host if print_stack is not None else "",
    )


def start_print_stack() -> Any:
    """A private cupsd + ippeveprinter (kiosk/daemons/printer.py), started by PID."""
    from kiosk.daemons.printer import PrintStack

    stack = PrintStack()
    stack.start()
    return stack


def start_server() -> Any:
    from kiosk.daemons.loopback import LocalServer
    from kiosk.demo.sites import install_demo_sites

    server = LocalServer().start()
    install_demo_sites(server)
    return server


def build(server: Any, root: Path, app: Any, print_stack: Any | None = None) -> Any:
    """A whole station (window, controller) booted to Welcome, offscreen.

    Built by `kiosk.shell.app.build_station`, so usage counters, printing (when a
    private CUPS stack is given) and staff are wired as in `kiosk run`.
    """
    from kiosk import config as kconfig
    from kiosk.shell import app as kapp

    text = station_text(
        server.url("buergerservice", "/"),
        server.url("jobs", "/"),
        root / "station",
        print_stack,
    )
    station = kapp.build_station(kconfig.parse(text, "<bench station>"), app)
    window: Any = station.window
    window.resize(1280, 800)
    window.show()
    controller: Any = station.controller
    controller.boot()
    return station


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the event loop until `condition` holds (checked every millisecond)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise MeasurementFailed(f"{what} did not happen within {timeout:g} s")


def wait_signal(signal: Any, timeout: float, what: str) -> tuple[Any, ...]:
    """Run the event loop until `signal` fires; returns its arguments."""
    got: list[tuple[Any, ...]] = []

    def record(*args: Any) -> None:
        got.append(args)

    signal.connect(record)
    try:
        wait_until(lambda: bool(got), timeout, what)
    finally:
        signal.disconnect(record)
    return got[0]


def program_name() -> str:
    return sys.argv[0] or "bench"
