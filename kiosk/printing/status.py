"""What staff see of the print queue, and the two things they may do to it.

Questions: the printer's state and problems (`printer-state-reasons`), its
supply levels (`marker-*`) and the queue's unfinished jobs. Actions: cancel
one job, print a test page. Nothing else: no queue administration.

Every call here blocks (pycups has no timeout): call it off the GUI thread.
Each call opens its own connection in the calling thread, and `cups.setUser`
is thread-local, so this never disturbs the print worker's connection.

Never a document name: jobs are asked for id, state and page counts only
(`job-name` is never requested), and the test page has a neutral title.

Cancelling: every kiosk job, resident's or test page, is owned by the OS user
the shell runs as (`owner.local_user`), and CUPS lists it among that user's
"my jobs"; a job of anyone else is not this station's to cancel and is left
alone.
"""

from __future__ import annotations

import enum
import io
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk import log as klog
from kiosk.printing.jobwatch import PROCESSING, TERMINAL
from kiosk.printing.owner import local_user

TEST_PAGE_TITLE = "Kiosk test page"
A4 = "iso_a4_210x297mm"

_PRINTER_ATTRIBUTES = [
    "printer-state",
    "printer-state-reasons",
    "printer-is-accepting-jobs",
    "marker-names",
    "marker-levels",
    "marker-low-levels",
    "marker-types",
]
# Never "job-name": titles can name a resident's document.
_JOB_ATTRIBUTES = [
    "job-id",
    "job-state",
    "job-printer-uri",
    "job-impressions",
    "job-impressions-completed",
]


class Problem(enum.Enum):
    """Why the queue could not be read (NONE: it could)."""

    NONE = "none"
    UNREACHABLE = "unreachable"  # cupsd does not answer
    NO_QUEUE = "no-queue"  # cupsd answers but has no such queue


@dataclass(frozen=True)
class Supply:
    name: str  # as the printer names it, e.g. "Black Toner"
    percent: int  # 0..100; -1 when the printer does not say
    low: bool = False


@dataclass(frozen=True)
class QueueJob:
    job_id: int
    state: int  # IPP job-state (3 pending … 6 stopped)
    pages: int = 0  # impressions when CUPS knows them; 0 unknown
    done: int = 0  # impressions printed so far


@dataclass(frozen=True)
class QueueStatus:
    problem: Problem = Problem.NONE
    state: int = 0  # IPP printer-state: 3 idle, 4 processing, 5 stopped; 0 unknown
    reasons: tuple[str, ...] = ()
    accepting: bool = False
    supplies: tuple[Supply, ...] = ()
    jobs: tuple[QueueJob, ...] = ()


class CancelOutcome(enum.Enum):
    CANCELLED = "cancelled"
    GONE = "gone"  # the job has ended already, or CUPS does not know it
    NOT_OURS = "not-ours"  # not sent by this station's kiosk
    UNAVAILABLE = "unavailable"  # CUPS cannot be reached


# -- pure: CUPS answers → plain data ----------------------------------------


def _as_tuple(value: object) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(value)
    return (value,)


def parse_supplies(attrs: Mapping[str, object]) -> tuple[Supply, ...]:
    """`marker-names` and `marker-levels` (with `marker-low-levels`) → supplies.

    Negative levels mean "unknown" (-1, -2) or "some left" (-3): shown as -1.
    """
    names = _as_tuple(attrs.get("marker-names"))
    levels = _as_tuple(attrs.get("marker-levels"))
    lows = _as_tuple(attrs.get("marker-low-levels"))
    out = []
    for i, name in enumerate(names):
        level = _number(levels[i], -1) if i < len(levels) else -1
        low_at = _number(lows[i], 10) if i < len(lows) else 10
        percent = min(level, 100) if level >= 0 else -1
        out.append(Supply(str(name), percent, 0 <= percent <= max(low_at, 0)))
    return tuple(out)


def parse_printer(attrs: Mapping[str, object]) -> QueueStatus:
    reasons = tuple(
        str(r) for r in _as_tuple(attrs.get("printer-state-reasons")) if r != "none"
    )
    return QueueStatus(
        state=_number(attrs.get("printer-state"), 0),
        reasons=reasons,
        accepting=bool(attrs.get("printer-is-accepting-jobs", False)),
        supplies=parse_supplies(attrs),
    )


def on_queue(printer_uri: object, queue: str) -> bool:
    """Whether a job's `job-printer-uri` names this queue."""
    path = urlsplit(str(printer_uri or "")).path.rstrip("/")
    return path in (f"/printers/{queue}", f"/classes/{queue}")


def parse_jobs(
    jobs: Mapping[int, Mapping[str, object]], queue: str
) -> tuple[QueueJob, ...]:
    """The queue's unfinished jobs, oldest first; other queues' jobs left out."""
    out = []
    for job_id, attrs in sorted(jobs.items()):
        if not on_queue(attrs.get("job-printer-uri"), queue):
            continue
        out.append(
            QueueJob(
                job_id=int(job_id),
                state=_int(attrs.get("job-state")),
                pages=_int(attrs.get("job-impressions")),
                done=_int(attrs.get("job-impressions-completed")),
            )
        )
    return tuple(out)


def _number(value: object, default: int) -> int:
    if isinstance(value, int | float | str):
        try:
            return int(value)
        except ValueError:
            pass
    return default


def _int(value: object) -> int:
    return max(0, _number(value, 0))


# -- pycups: the blocking calls ------------------------------------------------


def _connect(server: str) -> Any:
    import cups  # the C extension stays out of pure imports

    return cups.Connection(host=server) if server else cups.Connection()


def _cups_errors() -> tuple[type[BaseException], ...]:
    import cups

    return (cups.IPPError, cups.HTTPError, RuntimeError)


def _ipp_status(exc: BaseException) -> int:
    status = exc.args[0] if exc.args else 0
    return status if isinstance(status, int) else 0


def read_queue(queue: str, server: str = "") -> QueueStatus:
    """The printer's state, supplies and the queue's unfinished jobs."""
    import cups

    try:
        conn = _connect(server)
        attrs = conn.getPrinterAttributes(
            queue, requested_attributes=_PRINTER_ATTRIBUTES
        )
        jobs = conn.getJobs(
            which_jobs="not-completed",
            my_jobs=False,
            requested_attributes=_JOB_ATTRIBUTES,
        )
    except cups.IPPError as exc:
        if _ipp_status(exc) == cups.IPP_NOT_FOUND:
            return QueueStatus(problem=Problem.NO_QUEUE)
        klog.printing.warning("printer state not readable: IPP %s", _ipp_status(exc))
        return QueueStatus(problem=Problem.UNREACHABLE)
    except (cups.HTTPError, RuntimeError) as exc:
        klog.printing.info("printer state not readable: %s", exc)
        return QueueStatus(problem=Problem.UNREACHABLE)
    status = parse_printer(attrs)
    return QueueStatus(
        state=status.state,
        reasons=status.reasons,
        accepting=status.accepting,
        supplies=status.supplies,
        jobs=parse_jobs(jobs, queue),
    )


def cancel_job(queue: str, server: str, job_id: int) -> CancelOutcome:
    """Cancel one of this station's jobs on this queue.

    A job being printed is cancelled without purging it, so its backend tells
    the printer to stop (the wipe purges it later); any other job is purged.
    """
    import cups

    try:
        cups.setUser(local_user())  # thread-local; the owner of every kiosk job
        conn = _connect(server)
        try:
            attrs = conn.getJobAttributes(job_id, ["job-state", "job-printer-uri"])
        except cups.IPPError as exc:
            if _ipp_status(exc) == cups.IPP_NOT_FOUND:
                return CancelOutcome.GONE
            raise
        # CUPS hides the owner from a client that has not authenticated, but
        # lists "my jobs" by the requesting user.
        mine = conn.getJobs(
            which_jobs="all", my_jobs=True, first_job_id=job_id, limit=1
        )
        if job_id not in mine or not on_queue(attrs.get("job-printer-uri"), queue):
            return CancelOutcome.NOT_OURS
        state = _int(attrs.get("job-state"))
        if state in TERMINAL:
            return CancelOutcome.GONE
        conn.cancelJob(job_id, purge_job=state != PROCESSING)
        return CancelOutcome.CANCELLED
    except cups.IPPError as exc:
        if _ipp_status(exc) in (cups.IPP_NOT_FOUND, cups.IPP_NOT_POSSIBLE):
            return CancelOutcome.GONE  # it ended between the questions
        klog.printing.warning("cancel of job %d refused: IPP %s", job_id, exc.args)
        return CancelOutcome.UNAVAILABLE
    except (cups.HTTPError, RuntimeError) as exc:
        klog.printing.warning("cancel of job %d: CUPS not reachable: %s", job_id, exc)
        return CancelOutcome.UNAVAILABLE


def print_test_page(queue: str, server: str, lines: Sequence[str]) -> int:
    """Send a one-page test print (not held, not counted); return its job id.

    Raises PrinterUnavailable when CUPS cannot take it.
    """
    import cups

    from kiosk.printing.errors import PrinterUnavailable

    data = pdf_of_test_page(lines)
    try:
        cups.setUser(local_user())
        conn = _connect(server)
        with tempfile.TemporaryDirectory(prefix="kiosk-test-page-") as folder:
            path = Path(folder) / "test-page.pdf"
            path.write_bytes(data)
            job_id = conn.printFile(
                queue,
                str(path),
                TEST_PAGE_TITLE,
                {
                    "media": A4,
                    "sides": "one-sided",
                    "document-format": "application/pdf",
                },
            )
    except _cups_errors() as exc:
        raise PrinterUnavailable(
            f"the test page could not be sent to queue {queue!r} ({exc}); "
            f"check it with `lpstat -p {queue}`"
        ) from None
    return int(job_id)


def pdf_of_test_page(lines: Sequence[str]) -> bytes:
    """One A4 page: the lines in large type, grey steps and a frame at the margins."""
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[0]
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    ops = io.BytesIO()
    ops.write(b"1 w 0 G 28 28 539 786 re S\n")  # the frame: every edge prints
    y = 760
    for n, line in enumerate(lines):
        size = 22 if n == 0 else 14
        ops.write(b"BT /F1 %d Tf 56 %d Td (%s) Tj ET\n" % (size, y, _pdf_text(line)))
        y -= 40 if n == 0 else 24
    for i in range(6):  # six grey steps, white to black
        grey = 1 - i / 5
        ops.write(b"%.2f g %d 300 70 70 re f\n" % (grey, 56 + i * 80))
    ops.write(b"0 G 56 300 470 70 re S\n")
    page.Contents = pdf.make_stream(ops.getvalue())
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
