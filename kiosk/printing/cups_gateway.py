"""The one seam to CUPS: `PrintGateway` (Protocol) and its pycups implementation.

pycups calls block and have no timeout, and `cups.setUser` is thread-local:
a `CupsGateway` is created *in* the thread that uses it and is used only there
(the print worker's thread, or the wipe). Each gateway acts for one
per-session label, the `requesting-user-name` that lets `getJobs(my_jobs=True)`
find the session's jobs; it is bookkeeping, not an identity.

Every job gets a neutral title (titles and user names reach the printer and
CUPS logs) and `job-hold-until=indefinite`; the caller releases it explicitly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Protocol

from kiosk import log as klog
from kiosk.printing.errors import JobNotFound, PrinterUnavailable
from kiosk.printing.jobwatch import JobStatus, PrinterStatus

JOB_TITLE = "Kiosk print"
A4 = "iso_a4_210x297mm"
Which = Literal["not-completed", "all"]


class PrintGateway(Protocol):
    label: str

    def submit_held(self, path: Path, copies: int, duplex: bool) -> int: ...
    def release(self, job_id: int) -> None: ...
    def job_status(self, job_id: int) -> JobStatus: ...
    def printer_status(self) -> PrinterStatus: ...
    def cancel(self, job_id: int, *, purge: bool) -> None: ...
    def my_jobs(self, which: Which) -> dict[int, int]: ...


class CupsGateway:
    """pycups, for one queue and one label; use it only in the creating thread."""

    def __init__(self, queue: str, label: str, server: str = "") -> None:
        import cups  # the C extension stays out of pure imports and unit tests

        self._cups = cups
        self.queue = queue
        self.label = label
        cups.setUser(label)  # thread-local: this thread now acts for the label
        try:
            self._conn = cups.Connection(host=server) if server else cups.Connection()
        except RuntimeError as exc:
            raise PrinterUnavailable(
                f"cannot connect to CUPS ({exc}); is cupsd running?"
            ) from None

    def submit_held(self, path: Path, copies: int, duplex: bool) -> int:
        options = {
            "job-hold-until": "indefinite",
            "copies": str(copies),
            "sides": "two-sided-long-edge" if duplex else "one-sided",
            "media": A4,
            "document-format": "application/pdf",
        }
        job_id = self._call(
            self._conn.printFile, self.queue, str(path), JOB_TITLE, options
        )
        return int(job_id)

    def release(self, job_id: int) -> None:
        self._call(self._conn.setJobHoldUntil, job_id, "no-hold")

    def job_status(self, job_id: int) -> JobStatus:
        attrs = self._call(
            self._conn.getJobAttributes,
            job_id,
            ["job-state", "job-impressions-completed"],
        )
        return JobStatus(
            state=int(attrs.get("job-state", 0)),
            impressions_completed=int(attrs.get("job-impressions-completed") or 0),
        )

    def printer_status(self) -> PrinterStatus:
        attrs = self._call(
            self._conn.getPrinterAttributes,
            self.queue,
            requested_attributes=[
                "printer-state",
                "printer-state-reasons",
                "printer-is-accepting-jobs",
            ],
        )
        reasons = attrs.get("printer-state-reasons") or ()
        if isinstance(reasons, str):
            reasons = (reasons,)
        return PrinterStatus(
            state=int(attrs.get("printer-state", 0)),
            reasons=tuple(r for r in reasons if r != "none"),
            accepting=bool(attrs.get("printer-is-accepting-jobs", False)),
        )

    def cancel(self, job_id: int, *, purge: bool) -> None:
        self._call(self._conn.cancelJob, job_id, purge_job=purge)

    def my_jobs(self, which: Which) -> dict[int, int]:
        """Job id → state for this label's jobs."""
        jobs = self._call(
            self._conn.getJobs,
            which_jobs=which,
            my_jobs=True,
            requested_attributes=["job-id", "job-state"],
        )
        return {int(jid): int(a.get("job-state", 0)) for jid, a in jobs.items()}

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        cups = self._cups
        cups.setUser(self.label)  # cheap; guards against a caller that changed it
        try:
            return fn(*args, **kwargs)
        except cups.IPPError as exc:
            status, message = (*exc.args, 0, "")[:2]
            if status == cups.IPP_NOT_FOUND:
                raise JobNotFound(f"CUPS does not know the job ({message})") from None
            if status in (cups.IPP_NOT_POSSIBLE, cups.IPP_FORBIDDEN):
                raise JobNotFound(
                    f"the job has ended or is not ours ({message})"
                ) from None
            klog.printing.warning("CUPS error %s: %s", status, message)
            raise PrinterUnavailable(
                f"CUPS refused the request ({status}: {message}); check queue "
                f"{self.queue!r} with `lpstat -p {self.queue}`"
            ) from None
        except (cups.HTTPError, RuntimeError) as exc:
            raise PrinterUnavailable(f"CUPS is not reachable ({exc})") from None
