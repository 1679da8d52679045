"""What Chromium's accessibility tree costs a page: load time and renderer memory.

A screen reader reads a page through the tree Chromium builds in the renderer
and mirrors into the shell's process (kiosk/launcher/web/accessibility.py).
Here the same page is loaded with that tree on and off, interleaved in one
process: each sample is a fresh off-the-record profile + page + view (so a
fresh renderer), `load()` → `loadFinished`, then a fixed settle so the tree
is built, then the renderer's own memory (private clean + dirty from
/proc/PID/smaps_rollup; each sample waits for the last renderer's exit). The
tree is switched the way Qt does it when a screen reader appears:
`QAccessible.setActive(True)` notifies QtWebEngine's activation observer
(offscreen Qt has no AT-SPI bridge of its own, so nothing else turns it on);
"on" samples prove the tree reached the view's accessible, "off" ones that
it did not.

Two pages from loopback: the demo citizen service's start page (what a
station shows), and a long page (40 sections of headings, text, links and a
labelled form: about 900 elements), where the tree's cost shows.
Entries: web_a11y_load_* (ms) and web_a11y_renderer_* (MB), "on" as the
median and "off" as the reference, same run.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import Result, median_ms
from bench.errors import MeasurementFailed

RUNS = int(os.environ.get("BENCH_A11Y_RUNS", "15"))
WARMUP = 2 if RUNS > 2 else 0  # tests/bench run it tiny
SETTLE_S = 1.0  # after loadFinished: the tree is built and sent by then
LOAD_TIMEOUT = 20.0
TIMEOUT_SECONDS = 600


def long_page() -> str:
    sections = []
    for n in range(1, 41):
        links = "".join(
            f'<li><a href="/info/{n}/{k}">Merkblatt {n}.{k} herunterladen</a></li>'
            for k in range(1, 6)
        )
        sections.append(
            f"<section><h2>Abschnitt {n}: Anträge und Bescheinigungen</h2>"
            + "".join(
                f"<p>Absatz {p}: Hier steht, welche Unterlagen Sie für den Antrag "
                "brauchen, wie lange die Bearbeitung dauert und was sie kostet.</p>"
                for p in range(1, 4)
            )
            + f"<ul>{links}</ul><form>"
            + "".join(
                f'<label for="f{n}-{k}">Feld {k} von Abschnitt {n}</label>'
                f'<input id="f{n}-{k}" type="text">'
                for k in range(1, 4)
            )
            + "<button type=button>Weiter</button></form></section>"
        )
    return (
        "<!doctype html><html lang=de><head><meta charset=utf-8>"
        "<title>Alle Anträge</title></head><body><main><h1>Alle Anträge</h1>"
        + "".join(sections)
        + "</main></body></html>"
    )


def renderer_private_mb(pid: int) -> float:
    """The renderer's own memory (USS: private clean + dirty, shared left out)."""
    text = Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii")
    kib = sum(
        int(line.split()[1])
        for line in text.splitlines()
        if line.startswith(("Private_Clean:", "Private_Dirty:"))
    )
    if not kib:
        raise MeasurementFailed(f"no private memory in /proc/{pid}/smaps_rollup")
    return kib / 1024


def gone(pid: int) -> bool:
    return not Path(f"/proc/{pid}").exists()


def has_tree(view: Any) -> bool:
    """Whether the page's tree hangs below the view's accessible.

    Only the count: PySide6 crashes wrapping Chromium's own accessibles
    (`child(0)`), so the walk is left to AT-SPI clients (tests/e2e).
    """
    from PySide6.QtGui import QAccessible

    return QAccessible.queryAccessibleInterface(view).childCount() == 1


def once(url: str, on: bool) -> tuple[float, float]:
    """(load seconds, renderer private MB) of one fresh page."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QUrl
    from PySide6.QtGui import QAccessible
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from bench.qtstation import wait_signal, wait_until

    profile = QWebEngineProfile()  # off the record: a fresh renderer
    QAccessible.setActive(on)  # after the engine started: it listens from then
    page = QWebEnginePage(profile)
    view = QWebEngineView()
    view.setPage(page)
    view.resize(1280, 800)
    view.show()
    started = time.perf_counter()
    page.load(QUrl(url))
    (ok,) = wait_signal(page.loadFinished, LOAD_TIMEOUT, "page load")
    took = time.perf_counter() - started
    if not ok:
        raise MeasurementFailed(f"could not load {url}")
    settle = time.monotonic() + SETTLE_S
    wait_until(lambda: time.monotonic() > settle, SETTLE_S + 1, "settle")
    renderer = page.renderProcessPid()
    private = renderer_private_mb(renderer)
    tree = has_tree(view)
    view.setPage(None)
    shiboken6.delete(page)
    shiboken6.delete(view)
    shiboken6.delete(profile)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # One renderer at a time: the next sample shares no pages with this one.
    wait_until(lambda: gone(renderer), 10, "the renderer's exit")
    if tree is not on:
        raise MeasurementFailed(f"accessibility {'on' if on else 'off'}, tree {tree}")
    return took, private


def measure(url: str) -> dict[bool, tuple[list[float], list[float]]]:
    samples: dict[bool, tuple[list[float], list[float]]] = {
        True: ([], []),
        False: ([], []),
    }
    for n in range(WARMUP + RUNS):
        for on in (n % 2 == 0, n % 2 != 0):  # alternate which goes first
            took, private = once(url, on)
            if n >= WARMUP:
                samples[on][0].append(took)
                samples[on][1].append(private)
    return samples


def results(key: str, what: str, samples: Any) -> list[Result]:
    on_load, on_mem = samples[True]
    off_load, off_mem = samples[False]
    return [
        Result(
            f"web_a11y_load_{key}",
            median_ms(on_load),
            "ms",
            RUNS,
            "the same page, accessibility off",
            median_ms(off_load),
            note=f"{what}: load() → loadFinished, fresh profile and renderer",
        ),
        Result(
            f"web_a11y_renderer_{key}",
            round(statistics.median(on_mem), 1),
            "MB",
            RUNS,
            "the same page, accessibility off",
            round(statistics.median(off_mem), 1),
            note=f"{what}: renderer's private memory {SETTLE_S:g} s after loadFinished",
        ),
    ]


def run() -> list[Result]:
    from bench.qtstation import make_app, prepare_environment, start_server

    prepare_environment(Path(tempfile.mkdtemp(prefix="bench-web-a11y-")))
    make_app()
    server = start_server()
    server.route("buergerservice", "/alle-antraege")(
        lambda _req: _response(long_page())
    )
    try:
        demo = measure(server.url("buergerservice", "/"))
        long = measure(server.url("buergerservice", "/alle-antraege"))
    finally:
        server.stop()
    return [
        *results("demo", "demo citizen service start page", demo),
        *results("long", "long page (~900 elements)", long),
    ]


def _response(text: str) -> Any:
    from kiosk.daemons.loopback import Response

    return Response(text)


if __name__ == "__main__":
    for result in run():
        print(result.as_json())
