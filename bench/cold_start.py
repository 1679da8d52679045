"""Cold start: a new process → the Welcome screen shown (first paint of it).

The child (`python -m bench.cold_start --child CONFIG`) does what `kiosk run`
does — load the station config, early_init, make_application,
build_station, show full screen, boot (the wipe at boot) — and prints one
line when the Welcome screen receives its first paint event. The parent
times spawn → that line. Reference, interleaved: the floor — a process that
imports QtWebEngineWidgets, makes a QApplication and paints one QLabel.
Offscreen platform; the config's services are never loaded here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result, median_ms
from bench.errors import MeasurementFailed

RUNS = int(os.environ.get("BENCH_COLD_RUNS", "11"))
TIMEOUT_SECONDS = 300
SHOWN = "welcome-shown"
REPO = Path(__file__).resolve().parent.parent


def _spawn_until_shown(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.cold_start", *args],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == SHOWN:
                return time.perf_counter() - started
        raise MeasurementFailed(f"{args[0]} child ended without '{SHOWN}'")
    finally:
        proc.kill()
        proc.wait()


def run() -> list[Result]:
    from bench import qtstation

    root = Path(tempfile.mkdtemp(prefix="kiosk-bench-cold-"))
    try:
        qtstation.prepare_environment(root)
        config = root / "station.toml"
        config.write_text(
            qtstation.station_text(
                "http://buergerservice.localhost:9/", "http://jobs.localhost:9/", root
            ),
            encoding="utf-8",
        )
        env = dict(os.environ)
        _spawn_until_shown(["--child", str(config)], env)  # warm the page cache
        _spawn_until_shown(["--floor"], env)
        station, floor = [], []
        for _ in range(RUNS):
            station.append(_spawn_until_shown(["--child", str(config)], env))
            floor.append(_spawn_until_shown(["--floor"], env))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return [
        Result(
            "cold_start",
            median_ms(station),
            "ms",
            len(station),
            "floor: python + QtWebEngineWidgets import + QApplication + one label",
            median_ms(floor),
            "spawn → Welcome's first paint (offscreen, printing off); target ≤ 1.0 s",
        )
    ]


# -- the children ---------------------------------------------------------------


def _say_on_first_paint(widget: object) -> object:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(SHOWN, flush=True)
                os._exit(0)  # measured; no teardown needed
            return False

    spy = FirstPaint()
    widget.installEventFilter(spy)  # type: ignore[attr-defined]
    return spy


def station_child(config_path: str) -> int:
    from kiosk import config as kconfig
    from kiosk.shell import app as kapp

    config = kconfig.load(config_path)
    kapp.early_init()
    app = kapp.make_application([])
    station = kapp.build_station(config, app)
    spy = _say_on_first_paint(station.window.welcome)
    station.start()
    code = int(app.exec())
    del spy
    return code


def floor_child() -> int:
    import PySide6.QtWebEngineWidgets  # noqa: F401  (as the shell does)
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([sys.argv[0] or "bench-floor"])
    label = QLabel("Welcome")
    spy = _say_on_first_paint(label)
    label.resize(1280, 800)
    label.show()
    code = app.exec()
    del spy
    return code


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(station_child(sys.argv[2]))
    if sys.argv[1:2] == ["--floor"]:
        sys.exit(floor_child())
    for r in run():
        print(r.as_json())
