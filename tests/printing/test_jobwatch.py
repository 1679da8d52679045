"""What job and printer states mean, table-driven."""

from __future__ import annotations

import pytest

from kiosk.printing.jobwatch import (
    ABORTED,
    CANCELED,
    COMPLETED,
    HELD,
    PENDING,
    PRINTER_IDLE,
    PRINTER_PROCESSING,
    PRINTER_STOPPED,
    PROCESSING,
    STOPPED,
    JobStatus,
    JobWatch,
    PrinterStatus,
    Settlement,
    Trouble,
    Verdict,
    WatchRules,
    release_blocker,
    settle,
    trouble_of,
)

BUSY = PrinterStatus(PRINTER_PROCESSING)
RULES = WatchRules(staff_alert_after=100, stall_base=60, stall_per_page=10)


@pytest.mark.parametrize(
    ("reasons", "errors_only", "trouble"),
    [
        ((), False, None),
        (("none",), False, None),
        (("media-jam-error",), False, Trouble.JAM),
        (("media-jam-warning",), False, Trouble.JAM),
        (("media-jam-warning",), True, None),  # stale on the queue after a jam
        (("cups-waiting-for-job-completed", "media-jam-warning"), False, Trouble.JAM),
        (("media-empty-error",), True, Trouble.PAPER),
        (("media-needed-report",), False, Trouble.PAPER),
        (("toner-empty-warning",), False, Trouble.TONER),
        (("door-open-error",), True, Trouble.DOOR),
        (("offline-report",), False, Trouble.OFFLINE),
        (("toner-low-warning",), False, None),
        (("cups-waiting-for-job-completed",), False, None),
    ],
)
def test_trouble_of(
    reasons: tuple[str, ...], errors_only: bool, trouble: Trouble | None
) -> None:
    assert trouble_of(reasons, errors_only=errors_only) is trouble


@pytest.mark.parametrize(
    ("printer", "blocker"),
    [
        (PrinterStatus(PRINTER_IDLE), None),
        (PrinterStatus(PRINTER_IDLE, ("media-jam-warning",)), None),
        (PrinterStatus(PRINTER_IDLE, ("media-jam-error",)), Trouble.JAM),
        (PrinterStatus(PRINTER_STOPPED), Trouble.STOPPED),
        (PrinterStatus(PRINTER_IDLE, accepting=False), Trouble.STOPPED),
    ],
)
def test_release_blocker(printer: PrinterStatus, blocker: Trouble | None) -> None:
    assert release_blocker(printer) is blocker


@pytest.mark.parametrize(
    ("job", "printer", "verdict", "trouble"),
    [
        (JobStatus(PROCESSING, 5), BUSY, Verdict.PRINTING, None),
        (JobStatus(PENDING), PrinterStatus(PRINTER_IDLE), Verdict.PRINTING, None),
        (JobStatus(COMPLETED, 5), BUSY, Verdict.COMPLETED, None),
        (JobStatus(CANCELED, 5), BUSY, Verdict.CANCELED, None),
        (JobStatus(ABORTED, 0), BUSY, Verdict.CANCELED, None),
        (JobStatus(STOPPED, 0), BUSY, Verdict.FILTER_FAILED, None),
        (
            JobStatus(PROCESSING, 5),
            PrinterStatus(PRINTER_PROCESSING, ("media-jam-warning",)),
            Verdict.TROUBLE,
            Trouble.JAM,
        ),
        (
            JobStatus(PENDING),
            PrinterStatus(PRINTER_STOPPED),
            Verdict.TROUBLE,
            Trouble.STOPPED,
        ),
    ],
)
def test_single_observation(
    job: JobStatus, printer: PrinterStatus, verdict: Verdict, trouble: Trouble | None
) -> None:
    seen = JobWatch(RULES, impressions=5, released_at=0).observe(job, printer, 1.0)
    assert (seen.verdict, seen.trouble) == (verdict, trouble)
    assert seen.verdict.final is (
        verdict in (Verdict.COMPLETED, Verdict.CANCELED, Verdict.FILTER_FAILED)
    )


JAM = PrinterStatus(PRINTER_PROCESSING, ("media-jam-warning",))
RUN = JobStatus(PROCESSING, 5)


@pytest.mark.parametrize(
    ("timeline", "expected"),
    [
        # Staff are alerted once, after the trouble has lasted 100 s.
        (
            [(10, JAM), (60, JAM), (110, JAM), (150, JAM), (200, BUSY)],
            ["trouble", "trouble", "alert-staff", "trouble", "printing"],
        ),
        # 5 pages: 60 + 50 s of no progress without trouble → stalled.
        ([(50, BUSY), (100, BUSY), (111, BUSY)], ["printing", "printing", "stalled"]),
        # Time in trouble does not count towards the stall budget.
        (
            [(50, BUSY), (80, JAM), (170, JAM), (171, BUSY), (220, BUSY)],
            ["printing", "trouble", "trouble", "printing", "printing"],
        ),
    ],
)
def test_timeline(
    timeline: list[tuple[float, PrinterStatus]], expected: list[str]
) -> None:
    watch = JobWatch(RULES, impressions=5, released_at=0)
    seen = [watch.observe(RUN, printer, t).verdict.value for t, printer in timeline]
    assert seen == expected


@pytest.mark.parametrize(
    ("verdict", "job", "settlement"),
    [
        (Verdict.COMPLETED, JobStatus(COMPLETED, 5), Settlement.BOOK),
        (Verdict.FILTER_FAILED, JobStatus(STOPPED, 0), Settlement.REFUND),
        (Verdict.FILTER_FAILED, JobStatus(STOPPED, 2), Settlement.BOOK),
        (Verdict.CANCELED, JobStatus(CANCELED, 5), Settlement.BOOK),
        (Verdict.CANCELED, JobStatus(HELD, 0), Settlement.REFUND),
        (Verdict.STALLED, JobStatus(PROCESSING, 5), Settlement.BOOK),
    ],
)
def test_settle(verdict: Verdict, job: JobStatus, settlement: Settlement) -> None:
    assert settle(verdict, job) is settlement
