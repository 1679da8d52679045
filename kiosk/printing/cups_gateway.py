"""The one seam to CUPS: `PrintGateway` (Protocol) and its pycups implementation.

pycups calls block and have no timeout, and `cups.setUser` is thread-local:
a `CupsGateway` is created *in* the thread that uses it and is used only there
(the print worker's thread, or the wipe). It acts as the OS user the shell
runs as (`owner.local_user`); a job counts as the station's only when CUPS
lists it among that user's jobs on the station's queue, so a stale id (a CUPS whose
job numbers started again) never touches anybody else's job.

Every job gets a neutral title (titles and user names reach the printer and
CUPS logs) and `job-hold-until=indefinite`; the caller releases it explicitly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from kiosk import log as klog
from kiosk.printing.errors import JobNotFound, PrinterUnavailable
from kiosk.printing.jobwatch import HELD, JobStatus, PrinterStatus
from kiosk.printing.owner import local_user
from kiosk.printing.status import on_queue

JOB_TITLE = "Kiosk print"
A4 = "iso_a4_210x297mm"
_JOB_ATTRIBUTES = [
    "job-id",
    "job-state",
    "job-impressions-completed",
    "job-printer-uri",
]


class PrintGateway(Protocol):
    user: str

    def submit_held(self, path: Path, copies: int, duplex: bool) -> int: ...
    def held_since(self, unix_time: int) -> tuple[int, ...]: ...
    def release(self, job_id: int) -> None: ...
    def job_status(self, job_id: int) -> JobStatus: ...
    def printer_status(self) -> PrinterStatus: ...
    def cancel(self, job_id: int, *, purge: bool) -> None: ...


class CupsGateway:
    """pycups, for one queue; use it only in the creating thread."""

    def __init__(self, queue: str, server: str = "") -> None:
        import cups  # the C extension stays out of pure imports and unit tests

        self._cups = cups
        self.queue = queue
        self.user = local_user()
        cups.setUser(self.user)  # thread-local: this thread now acts as the user
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

    def held_since(self, unix_time: int) -> tuple[int, ...]:
        """This station's held jobs on the queue created at or after `unix_time`:
        what a submit that was cut short may have left."""
        jobs = self._call(
            self._conn.getJobs,
            which_jobs="not-completed",
            my_jobs=True,
            requested_attributes=[*_JOB_ATTRIBUTES, "time-at-creation"],
        )
        return tuple(
            int(job_id)
            for job_id, attrs in sorted(jobs.items())
            if attrs.get("job-state") == HELD
            and on_queue(attrs.get("job-printer-uri"), self.queue)
            and int(attrs.get("time-at-creation") or 0) >= unix_time
        )

    def release(self, job_id: int) -> None:
        self._call(self._conn.setJobHoldUntil, job_id, "no-hold")

    def job_status(self, job_id: int) -> JobStatus:
        """The job's state; JobNotFound when CUPS has no such job of ours.

        Asked with Get-Jobs "my jobs": CUPS hides a job's owner from a client
        that has not authenticated, but filters on the requesting user.
        """
        jobs = self._call(
            self._conn.getJobs,
            which_jobs="all",
            my_jobs=True,
            first_job_id=job_id,
            limit=1,
            requested_attributes=_JOB_ATTRIBUTES,
        )
        attrs = jobs.get(job_id)
        if attrs is None or not on_queue(attrs.get("job-printer-uri"), self.queue):
            raise JobNotFound(f"job {job_id} is not one of this station's jobs")
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

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        cups = self._cups
        cups.setUser(self.user)  # cheap; guards against a caller that changed it
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
