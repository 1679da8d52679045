"""Card insert and removal → the shell's Qt signal, on the real PC/SC stack.

A private pcscd with the vsmartcard reader (vpcd) and Debian's vicc as the
card, as in the tests. Insert: from vicc's "Connected to virtual PCD" line to
CardPresence.cardInserted on the GUI thread; removal: from killing vicc to
cardRemoved. vpcd has no card-event support, so pcscd polls it every 400 ms
(PCSCLITE_STATUS_POLL_RATE, a compile-time constant of pcsc-lite); that
interval is the reference. Real CCID readers report through their interrupt
endpoint and should be faster: not measured here.

    BENCH_RUNS=20 (default) cycles; python -m bench.card_latency prints the entries.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Result

TIMEOUT_SECONDS = 300
POLL_INTERVAL_MS = 400.0  # pcsc-lite src/pcscd.h, PCSCLITE_STATUS_POLL_RATE
REFERENCE = "pcscd's polling interval for readers without card events (constant)"


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    repo = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(repo / "tests"))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from kiosk.cardreader.bridge import CardPresence
    from kiosk.cardreader.pcsc_api import ScardApi
    from kiosk.cardreader.watcher import PcscWatcher
    from kiosk.demo.cardreader import PcscDaemon, VirtualCard, missing_tools

    why = missing_tools()
    if why:
        raise RuntimeError(f"cannot run: {why}")
    runs = int(os.environ.get("BENCH_RUNS", "20"))
    app = QCoreApplication.instance() or QCoreApplication(["card_latency"])
    root = Path(tempfile.mkdtemp(prefix="bench-pcsc-"))
    daemon = PcscDaemon(root)
    os.environ.update(daemon.env)
    daemon.start()
    presence = CardPresence(PcscWatcher(ScardApi()))
    seen: dict[str, float] = {}
    presence.cardInserted.connect(lambda *_: seen.setdefault("in", time.monotonic()))
    presence.cardRemoved.connect(lambda *_: seen.setdefault("out", time.monotonic()))

    def wait_for(key: str) -> float:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: key in seen and loop.quit())
        timer.start(1)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        timer.stop()
        if key not in seen:
            raise RuntimeError(f"no {key} signal within 10 s")
        return seen[key]

    inserts: list[float] = []
    removals: list[float] = []
    try:
        presence.start()
        card = VirtualCard(daemon.port, root)
        for _ in range(runs):
            seen.clear()
            connected = card.insert()
            inserts.append(wait_for("in") - connected)
            time.sleep(random.uniform(0.05, 0.45))  # no phase lock with the poll
            killed = time.monotonic()
            card.remove()
            removals.append(wait_for("out") - killed)
            time.sleep(random.uniform(0.05, 0.45))
    finally:
        presence.stop()
        daemon.close()
    del app
    return [
        _entry("card_insert_latency", inserts),
        _entry("card_remove_latency", removals),
    ]


def _entry(name: str, samples: list[float]) -> Result:
    ms = [s * 1000 for s in samples]
    return Result(
        name=name,
        median=round(statistics.median(ms), 1),
        unit="ms",
        runs=len(ms),
        reference=REFERENCE,
        reference_median=POLL_INTERVAL_MS,
        note=f"max {max(ms):.1f} ms, min {min(ms):.1f} ms; vpcd + vicc, private pcscd",
    )


if __name__ == "__main__":
    for result in run():
        print(result.as_json())
