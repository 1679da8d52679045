"""The peer: how a restart-style kiosk resets — a whole new Chromium process.

peer_chromium_restart: Debian's `chromium --headless --incognito` with a new
empty profile folder, from spawn to exit after `--screenshot` of the demo
citizen-services page (so the page was loaded and painted once), plus
removing the profile folder. Reference: the same restart with about:blank,
the cost of the process alone. Runs as root, hence --no-sandbox; the
background-networking flags keep Chromium from calling out on a closed
network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import Result, median_ms
from bench.errors import MeasurementFailed

RUNS = int(os.environ.get("BENCH_PEER_RUNS", "9"))
TIMEOUT_SECONDS = 300
FLAGS = (
    "--headless",
    "--incognito",
    "--no-sandbox",  # as root only; a real restart-style kiosk would keep it
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,800",
)


def chromium() -> str:
    """Debian's chromium, or a clear error saying how to get it."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise MeasurementFailed(
        "chromium is not installed; `apt-get install chromium` (it is listed in "
        "deploy/packages.txt)"
    )


def restart_once(binary: str, url: str) -> float:
    """Seconds from spawn to exit for one fresh-profile Chromium to `url`."""
    started = time.perf_counter()
    profile = Path(tempfile.mkdtemp(prefix="kiosk-bench-chromium-"))
    try:
        done = subprocess.run(
            [
                binary,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={profile / 'shot.png'}",
                url,
            ],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0 or not (profile / "shot.png").exists():
            tail = done.stderr.decode(errors="replace").strip()[-300:]
            raise MeasurementFailed(
                f"chromium exited {done.returncode} without a screenshot: {tail}"
            )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return time.perf_counter() - started


def measure(url: str, runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Interleaved samples: (restart to `url`, restart to about:blank)."""
    binary = chromium()
    restart_once(binary, url)  # warm the page cache for the binary
    page, blank = [], []
    for _ in range(runs):
        page.append(restart_once(binary, url))
        blank.append(restart_once(binary, "about:blank"))
    return page, blank


def run() -> list[Result]:
    from bench.qtstation import start_server

    server = start_server()
    try:
        page, blank = measure(server.url("buergerservice", "/"))
    finally:
        server.stop()
    return [
        Result(
            "peer_chromium_restart",
            median_ms(page),
            "ms",
            len(page),
            "same restart to about:blank",
            median_ms(blank),
            "chromium --headless --incognito, new profile dir, spawn → exit "
            "after --screenshot of the citizen page",
        )
    ]


if __name__ == "__main__":
    for r in run():
        print(r.as_json())
