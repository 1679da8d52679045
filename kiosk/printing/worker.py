"""The print worker: one QThread that owns the CUPS connection and does the slow work.

Everything that blocks (pikepdf on a big file, every pycups call) happens
here; results go back to the GUI thread only through signals. The worker
handles one job at a time: the flow never sends a second one while the first
is in flight.

Per job: submit held → check held → release once the printer is healthy
(or keep it held and report the trouble) → poll to the end → report the
verdict and whether it is booked or refunded (`jobwatch.settle`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk import log as klog
from kiosk.printing import cleanup, pdf
from kiosk.printing.cups_gateway import PrintGateway
from kiosk.printing.errors import (
    DocumentRefused,
    JobNotFound,
    PrinterUnavailable,
)
from kiosk.printing.jobids import JobIdStore
from kiosk.printing.jobwatch import (
    HELD,
    JobStatus,
    JobWatch,
    Observation,
    PrinterStatus,
    Settlement,
    Trouble,
    Verdict,
    WatchRules,
    release_blocker,
    settle,
)
from kiosk.qtsignals import emit

GatewayFactory = Callable[[], PrintGateway]


@dataclass
class _Active:
    token: int
    job_id: int
    impressions: int
    submitted_at: float
    watch: JobWatch | None = None  # set at release
    trouble_since: float | None = None
    alerted: bool = False
    lost_at: float | None = None  # CUPS stopped answering (a crash, a restart)


@dataclass(frozen=True)
class Finished:
    verdict: Verdict
    settlement: Settlement


class PrintWorker(QObject):
    # token, pages counted on the file that will be sent, its path
    prepared = Signal(int, int, str)
    # token, kind ("document" | "unavailable"), detail for the log (no names)
    prepareFailed = Signal(int, str, str)
    submitFailed = Signal(int, str)  # token, detail
    released = Signal(int)
    observed = Signal(int, object)  # token, Observation
    finished = Signal(int, object)  # token, Finished
    reconnected = Signal(int)  # token: CUPS answers again and still has the job

    def __init__(
        self,
        factory: GatewayFactory,
        jobs: JobIdStore,
        temp_dir: Path,
        rules: WatchRules,
        poll_ms: int = 500,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._factory = factory
        self._jobs = jobs
        self._temp_dir = temp_dir
        self._rules = rules
        self._clock = clock
        self._gateway: PrintGateway | None = None
        self._active: _Active | None = None
        # Every job this session ended, with how: the flow's wipe settles those
        # whose report it has not handled yet (still queued for its thread).
        self._ended: list[tuple[int, Finished]] = []
        # A child: it moves to the worker's thread together with the worker.
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._tick)

    # -- slots (run in the worker thread) -------------------------------------

    @Slot()
    def start_session(self) -> None:
        self._gateway = None
        self._active = None
        self._ended = []

    @Slot(int, object, object)
    def prepare(self, token: int, source: object, page_ranges: object) -> None:
        assert isinstance(source, bytes | Path)
        assert page_ranges is None or isinstance(page_ranges, str)
        try:
            self._connected().printer_status()
        except PrinterUnavailable as exc:
            self._gateway = None
            emit(self.prepareFailed, token, "unavailable", str(exc))
            return
        try:
            done = pdf.normalise(source, self._temp_dir, page_ranges)
        except DocumentRefused as exc:
            emit(self.prepareFailed, token, type(exc).__name__, str(exc))
            return
        emit(self.prepared, token, done.pages, str(done.path))

    @Slot(int, str, int, int, int)
    def submit(
        self, token: int, path: str, copies: int, duplex: int, impressions: int
    ) -> None:
        try:
            # On disk before the document goes to CUPS: the wipe finds the job
            # whatever crashes next (see jobids).
            gateway = self._connected()
            cleanup.adopt_pending(gateway, self._jobs)  # a crashed submit's jobs
            self._jobs.begin_submit(time.time())
            job_id = gateway.submit_held(Path(path), copies, bool(duplex))
            self._jobs.add(job_id, impressions)
        except (PrinterUnavailable, OSError) as exc:
            self._gateway = None
            self._ended.append((token, Finished(Verdict.CANCELED, Settlement.REFUND)))
            emit(self.submitFailed, token, str(exc))
            return
        finally:
            Path(path).unlink(missing_ok=True)  # CUPS has its own copy now
        self._active = _Active(token, job_id, impressions, self._clock())
        klog.printing.info("job %d submitted held (%d pages)", job_id, impressions)
        self._tick()
        if self._active is not None:
            self._timer.start()

    @Slot(int)
    def cancel(self, token: int) -> None:
        active = self._active
        if active is None or active.token != token or self._gateway is None:
            return
        released = active.watch is not None
        with contextlib.suppress(JobNotFound, PrinterUnavailable):
            # Held: nothing runs, purge at once. Released: let the backend tell
            # the printer; the poll sees it end and the wipe purges it.
            self._gateway.cancel(active.job_id, purge=not released)
        if not released:
            self._finish(Verdict.CANCELED, Settlement.REFUND)

    @Slot(object)
    def end_session(self, result: object) -> None:
        """Cancel and purge every recorded job (this and crashed sessions) and
        clear temp files.

        `result` is a Future: set to (the job ids CUPS still has (empty:
        clean), every job of the session that ended (token, Finished), the
        pages of jobs a dead shell left unsettled), or to the exception that
        stopped the clean-up.
        """
        assert isinstance(result, Future)
        self._timer.stop()
        active, self._active = self._active, None
        ended, self._ended = self._ended, []
        self._gateway = None
        try:
            if active is not None:  # cut short now: the flow settles it
                # Released to the device: pages may be out, booked. Still
                # held: purged below, nothing printed.
                how = Settlement.BOOK if active.watch else Settlement.REFUND
                ended.append((active.token, Finished(Verdict.CANCELED, how)))
                self._jobs.settle(active.job_id)
            # Jobs of a shell that died before it settled them, pages out.
            orphans: list[int] = []
            left = cleanup.purge_jobs(
                self._jobs, self._factory, out=lambda _id, pages: orphans.append(pages)
            )
            with contextlib.suppress(FileNotFoundError):
                for leftover in self._temp_dir.iterdir():
                    leftover.unlink()
            result.set_result((left, tuple(ended), tuple(orphans)))
        except Exception as exc:  # the wipe must hear of anything
            result.set_exception(exc)

    # -- internals ------------------------------------------------------------

    def _connected(self) -> PrintGateway:
        if self._gateway is None:
            self._gateway = self._factory()
        return self._gateway

    def _tick(self) -> None:
        active = self._active
        if active is None:
            self._timer.stop()
            return
        now = self._clock()
        try:
            gateway = self._connected()  # again after cupsd restarted
            job = gateway.job_status(active.job_id)
            printer = gateway.printer_status()
        except JobNotFound:
            # Gone from CUPS (staff purged it, MaxHoldTime, or a cupsd that lost
            # it in a crash): once released, it may have printed.
            gone = JobStatus(0) if active.watch else JobStatus(HELD)
            self._finish(Verdict.CANCELED, settle(Verdict.CANCELED, gone))
            return
        except PrinterUnavailable as exc:
            klog.printing.warning("poll failed: %s", exc)
            self._gateway = None
            if active.lost_at is None:
                active.lost_at = now
            self._trouble(active, Trouble.OFFLINE, now)
            return
        if active.lost_at is not None:
            klog.printing.warning(
                "CUPS answers again after %.0f s; job %d found again by its id",
                now - active.lost_at,
                active.job_id,
            )
            active.lost_at = None
            emit(self.reconnected, active.token)
        if active.watch is None:
            self._before_release(active, job, gateway, printer, now)
            return
        seen = active.watch.observe(job, printer, now)
        emit(self.observed, active.token, seen)
        if seen.verdict.final:
            if seen.verdict in (Verdict.FILTER_FAILED, Verdict.STALLED):
                with contextlib.suppress(JobNotFound, PrinterUnavailable):
                    gateway.cancel(active.job_id, purge=False)
            self._finish(seen.verdict, settle(seen.verdict, job))

    def _before_release(
        self,
        active: _Active,
        job: JobStatus,
        gateway: PrintGateway,
        printer: PrinterStatus,
        now: float,
    ) -> None:
        if job.state != HELD:
            # Not held as asked: never let an unchecked job run.
            with contextlib.suppress(JobNotFound, PrinterUnavailable):
                gateway.cancel(active.job_id, purge=True)
            klog.printing.error(
                "job %d was not held (state %d)", active.job_id, job.state
            )
            self._finish(Verdict.CANCELED, Settlement.REFUND)
            return
        blocker = release_blocker(printer)
        if blocker is not None:
            self._trouble(active, blocker, now)
            return
        try:
            gateway.release(active.job_id)
        except (JobNotFound, PrinterUnavailable) as exc:
            klog.printing.warning("release failed: %s", exc)
            self._trouble(active, Trouble.OFFLINE, now)
            return
        active.watch = JobWatch(self._rules, active.impressions, now)
        active.trouble_since = None
        emit(self.released, active.token)

    def _trouble(self, active: _Active, trouble: Trouble, now: float) -> None:
        if active.watch is not None:
            # Let the watch count trouble time; report it as it says.
            seen = Observation(Verdict.TROUBLE, trouble)
        else:
            if active.trouble_since is None:
                active.trouble_since = now
            overdue = now - active.trouble_since >= self._rules.staff_alert_after
            verdict = Verdict.TROUBLE
            if overdue and not active.alerted:
                active.alerted = True
                verdict = Verdict.ALERT_STAFF
            seen = Observation(verdict, trouble)
        emit(self.observed, active.token, seen)

    def _finish(self, verdict: Verdict, settlement: Settlement) -> None:
        active, self._active = self._active, None
        self._timer.stop()
        if active is not None:
            with contextlib.suppress(OSError):  # a full disk: the wipe books it
                self._jobs.settle(active.job_id)
            klog.printing.info(
                "job %d ended: %s, %s", active.job_id, verdict.value, settlement.value
            )
            finished = Finished(verdict, settlement)
            self._ended.append((active.token, finished))
            emit(self.finished, active.token, finished)
