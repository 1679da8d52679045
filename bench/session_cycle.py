"""One resident session through the real shell, next to the floor and the peer.

session_start: on Welcome, `controller.start()` → `open_service()` of the
    citizen service → its page's loadFinished(ok). Includes the fresh
    off-the-record profile the session makes. Reference, interleaved in the
    same process: the floor — a bare off-the-record QWebEngineProfile +
    QWebEnginePage + QWebEngineView loading the same page (torn down pages →
    view → profile after each sample, outside the timing).
session_reset: `controller.end(EndReason.RESIDENT)` → lifecycle back at
    WELCOME with a clean wipe report (the full wipe: web, files, clipboard,
    shell, usage counters, printing on a private cupsd; renderers proven
    gone). Reference: the peer, a Chromium restart to
    the same page (bench.peer_chromium), measured in the same run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import Result, median_ms
from bench.errors import MeasurementFailed

RUNS = int(os.environ.get("BENCH_RUNS", "25"))
PEER_RUNS = int(os.environ.get("BENCH_PEER_RUNS", str(max(3, RUNS // 5))))
WARMUP = 3
TIMEOUT_SECONDS = 600
LOAD_TIMEOUT = 20.0


class Floor:
    """A bare off-the-record profile + page + view: the least any reset costs."""

    def __init__(self, url: str) -> None:
        self.url = url

    def once(self) -> float:
        import shiboken6
        from PySide6.QtCore import QCoreApplication, QEvent, QUrl
        from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from bench.qtstation import wait_signal

        started = time.perf_counter()
        profile = QWebEngineProfile()  # no storage name: off the record
        page = QWebEnginePage(profile)
        view = QWebEngineView()
        view.setPage(page)
        view.resize(1280, 720)
        view.show()
        page.load(QUrl(self.url))
        (ok,) = wait_signal(page.loadFinished, LOAD_TIMEOUT, "floor page load")
        took = time.perf_counter() - started
        view.setPage(None)
        shiboken6.delete(page)
        shiboken6.delete(view)
        shiboken6.delete(profile)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if not ok:
            raise MeasurementFailed(f"the floor could not load {self.url}")
        return took


def start_session(controller: Any, service: str = "buergerservice") -> float:
    """Welcome → Start → the service's page loaded; seconds."""
    from bench.qtstation import wait_signal
    from kiosk.session.lifecycle import State

    if controller.lifecycle.state is not State.WELCOME:
        raise MeasurementFailed(f"not at Welcome but {controller.lifecycle.state}")
    started = time.perf_counter()
    controller.start()
    view = controller.open_service(service)
    (ok,) = wait_signal(view.page.loadFinished, LOAD_TIMEOUT, f"{service} load")
    took = time.perf_counter() - started
    if not ok:
        raise MeasurementFailed(f"{service} did not load")
    return took


def end_session(controller: Any) -> float:
    """End session → Welcome with a clean wipe report; seconds."""
    from bench.qtstation import wait_until
    from kiosk.session.events import EndReason
    from kiosk.session.lifecycle import State

    def ready() -> bool:
        report = controller.last_report
        welcome = controller.lifecycle.state is State.WELCOME
        return welcome and report is not None and report.ok

    controller.last_report = None
    started = time.perf_counter()
    controller.end(EndReason.RESIDENT)
    wait_until(ready, 30.0, "Welcome with a clean wipe report")
    took = time.perf_counter() - started
    return took


def run() -> list[Result]:
    from bench import peer_chromium, qtstation

    root = Path(tempfile.mkdtemp(prefix="kiosk-bench-session-"))
    qtstation.prepare_environment(root)
    app = qtstation.make_app()
    server = qtstation.start_server()
    stack = qtstation.start_print_stack()
    try:
        station = qtstation.build(server, root, app, stack)
        controller = station.controller
        floor = Floor(server.url("buergerservice", "/"))
        for _ in range(WARMUP):
            floor.once()
            start_session(controller)
            end_session(controller)
        starts, resets, floors = [], [], []
        for _ in range(RUNS):
            floors.append(floor.once())
            starts.append(start_session(controller))
            resets.append(end_session(controller))
            server.clear_log()
        peer, _blank = peer_chromium.measure(
            server.url("buergerservice", "/"), runs=PEER_RUNS
        )
    finally:
        server.stop()
        stack.stop()
        shutil.rmtree(root, ignore_errors=True)
    return [
        Result(
            "session_start",
            median_ms(starts),
            "ms",
            len(starts),
            "floor: bare off-the-record profile+page+view+load",
            median_ms(floors),
            "Start → open_service → loadFinished; target ≤ 1.5 × floor",
        ),
        Result(
            "session_reset",
            median_ms(resets),
            "ms",
            len(resets),
            "peer: chromium --headless restart to the same page",
            median_ms(peer),
            f"end(RESIDENT) → WELCOME + clean wipe report; peer runs: {len(peer)}; "
            "target ≤ 150 ms and ≥ 10× faster than the peer",
        ),
    ]


if __name__ == "__main__":
    for r in run():
        print(r.as_json())
