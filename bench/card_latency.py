"""Card insert and removal → the shell's Qt signal, on the real PC/SC stack.

A private pcscd with the vsmartcard reader (vpcd) and Debian's vicc as the
card, as in the tests. Insert: from vicc's "Connected to virtual PCD" line to
CardPresence.cardInserted on the GUI thread; removal: from killing vicc to
cardRemoved. vpcd has no card-event support, so pcscd polls it every 400 ms
(PCSCLITE_STATUS_POLL_RATE, a compile-time constant of pcsc-lite). The
reference is the floor measured on the same insertions: a bare thread in
SCardGetStatusChange; the difference is what the shell adds. Real CCID
readers report through their interrupt endpoint and should be faster: not
measured here.

    BENCH_RUNS=20 (default) cycles; python -m bench.card_latency prints the entries.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import Result

TIMEOUT_SECONDS = 300
POLL_INTERVAL_MS = 400.0  # pcsc-lite src/pcscd.h, PCSCLITE_STATUS_POLL_RATE
REFERENCE = "bare SCardGetStatusChange thread, same insertions"


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from kiosk.cardreader.bridge import CardPresence
    from kiosk.cardreader.pcsc_api import ScardApi
    from kiosk.cardreader.watcher import PcscWatcher
    from kiosk.daemons.pcsc import PcscDaemon, VirtualCard, missing_tools

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
    bare = _BareWatcher(ScardApi())
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
    bare_inserts: list[float] = []
    bare_removals: list[float] = []
    try:
        presence.start()
        bare.start()
        card = VirtualCard(daemon.port, root)
        for _ in range(runs):
            seen.clear()
            bare.seen.clear()
            connected = card.insert()
            inserts.append(wait_for("in") - connected)
            bare_inserts.append(bare.wait("in") - connected)
            time.sleep(random.uniform(0.05, 0.45))  # no phase lock with the poll
            killed = time.monotonic()
            card.remove()
            removals.append(wait_for("out") - killed)
            bare_removals.append(bare.wait("out") - killed)
            time.sleep(random.uniform(0.05, 0.45))
    finally:
        bare.stop()
        presence.stop()
        daemon.close()
    del app
    return [
        _entry("card_insert_latency", inserts, bare_inserts),
        _entry("card_remove_latency", removals, bare_removals),
    ]


class _BareWatcher:
    """The floor: a bare thread in SCardGetStatusChange on the same reader,
    seeing the same insertions (no Qt, no snapshots, no reader listing)."""

    def __init__(self, api: object) -> None:
        import threading

        self._api = api
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.seen: dict[str, float] = {}

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def wait(self, key: str) -> float:
        deadline = time.monotonic() + 10
        while key not in self.seen:
            if time.monotonic() > deadline:
                raise RuntimeError(f"the bare watcher saw no {key} within 10 s")
            time.sleep(0.001)
        return self.seen[key]

    def _run(self) -> None:
        from kiosk.cardreader.errors import PcscError
        from kiosk.cardreader.pcsc_api import E_TIMEOUT
        from kiosk.cardreader.presence import STATE_CHANGED, STATE_PRESENT

        api = self._api
        context = api.establish()  # type: ignore[attr-defined]
        reader = api.list_readers(context)[0]  # type: ignore[attr-defined]
        state = 0
        try:
            while not self._stop.is_set():
                try:
                    events = api.get_status_change(context, 200, [(reader, state)])  # type: ignore[attr-defined]
                except PcscError as exc:
                    if exc.code != E_TIMEOUT:  # the 200 ms only let it see _stop
                        raise
                    continue
                for _name, event, _atr in events:
                    was, now = state & STATE_PRESENT, event & STATE_PRESENT
                    if now and not was:
                        self.seen.setdefault("in", time.monotonic())
                    elif was and not now:
                        self.seen.setdefault("out", time.monotonic())
                    state = event & ~STATE_CHANGED
        finally:
            api.release(context)  # type: ignore[attr-defined]


def _entry(name: str, samples: list[float], bare: list[float]) -> Result:
    ms = [s * 1000 for s in samples]
    floor = [s * 1000 for s in bare]
    over = [a - b for a, b in zip(ms, floor, strict=True)]
    return Result(
        name=name,
        median=round(statistics.median(ms), 1),
        unit="ms",
        runs=len(ms),
        reference=REFERENCE,
        reference_median=round(statistics.median(floor), 1),
        note=(
            f"max {max(ms):.1f} ms, min {min(ms):.1f} ms; the shell's own share "
            f"(signal − bare) median {statistics.median(over):.1f} ms; "
            f"pcscd polls vpcd every {POLL_INTERVAL_MS:.0f} ms; vpcd + vicc"
        ),
    )


if __name__ == "__main__":
    for result in run():
        print(result.as_json())
