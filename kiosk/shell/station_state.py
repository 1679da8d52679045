"""The shell leaves its state where the usage sync can read it (the heartbeat).

A thread writes `stationstate` every minute and at once after each change of
the station's state (out of service, back, a wipe): the panel's snapshot and
printer state, the last wipe's step names with ok/failed. No resident data:
see kiosk/usage/heartbeat.py for what is kept of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import log as klog
from kiosk.staff.status import staff_reasons
from kiosk.usage import stationstate

if TYPE_CHECKING:
    from kiosk.session.wipe import WipeReport
    from kiosk.shell.panel_sources import StationStatusSource
    from kiosk.staff.status import PrinterState

INTERVAL_SECONDS = 60.0


def compose(
    status: StationStatusSource,
    report: WipeReport | None,
    wipe_at: datetime | None,
    oos_since: datetime | None,
    now: datetime,
) -> dict[str, Any]:
    snap = status.snapshot()
    printer = status.printer()
    return {
        "written_at": now.isoformat(),
        "version": snap.version,
        "uptime_seconds": snap.uptime_seconds,
        "in_service": not snap.out_of_service,
        "out_of_service_reason": snap.out_of_service_reason.value,
        "out_of_service_since": oos_since.isoformat() if oos_since else None,
        "wipe": None
        if report is None
        else {
            "at": wipe_at.isoformat() if wipe_at else None,
            "steps": [{"name": s.name, "ok": s.ok} for s in report.steps],
        },
        "card_readers": [r.name for r in snap.readers],
        "printer": _printer(printer),
        "scanner": "none",
        "disk_free_percent": snap.disk_free_percent,
        "sessions_today": snap.sessions_today,
    }


def _printer(printer: PrinterState | None) -> dict[str, Any] | None:
    if printer is None:
        return None
    return {
        "state": printer.state.value,
        "problems": [kind.value for kind, _ in staff_reasons(printer.reasons)],
        "toner": [{"name": s.name, "percent": s.percent} for s in printer.supplies],
    }


class StationStateWriter:
    """Writes the state file from a thread; `poke()` (any thread) writes it now."""

    def __init__(
        self,
        status: StationStatusSource,
        controller: Any,
        path: Path,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        self._status = status
        # The snapshot reads today's counts: not before the shell opened the
        # counter file after the first paint (kiosk.usage.deferred).
        self._ready = ready
        self._controller = controller
        self.path = path
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._report: WipeReport | None = None
        self._wipe_at: datetime | None = None
        self._oos_since: datetime | None = None

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._run, name="station-state", daemon=True
        )
        self._thread.start()

    def poke(self, *_args: object) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def write_once(self) -> None:
        now = datetime.now(UTC)
        report = self._controller.last_report
        if report is not self._report:
            self._report, self._wipe_at = report, now
        state = compose(self._status, report, self._wipe_at, None, now)
        if state["in_service"]:
            self._oos_since = None
        elif self._oos_since is None:
            self._oos_since = now
        since = self._oos_since
        state["out_of_service_since"] = since.isoformat() if since else None
        stationstate.write(self.path, state)

    def _run(self) -> None:
        while not self._stop.is_set():
            if not self._ready():
                self._stop.wait(0.5)
                continue
            try:
                self.write_once()
            except Exception:  # a heartbeat less; the shell goes on
                klog.usage.exception("writing the station state failed")
            self._wake.wait(INTERVAL_SECONDS)
            self._wake.clear()
