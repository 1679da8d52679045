"""What staff see of the queue and do to it: the pure reading of CUPS answers,
then the real thing on the private cupsd + ippeveprinter (no mocks)."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from helpers.printing import pdf_bytes

from kiosk.daemons.printer import PrintStack
from kiosk.printing.cups_gateway import CupsGateway
from kiosk.printing.errors import JobNotFound
from kiosk.printing.jobwatch import COMPLETED, HELD, PENDING, PROCESSING
from kiosk.printing.owner import local_user
from kiosk.printing.status import (
    CancelOutcome,
    Problem,
    QueueJob,
    Supply,
    cancel_job,
    on_queue,
    parse_jobs,
    parse_printer,
    parse_supplies,
    pdf_of_test_page,
    print_test_page,
    read_queue,
)

OTHER = "nobody"  # another local user: its jobs are never the station's


# -- pure ------------------------------------------------------------------------


def test_supplies_with_unknown_and_low_levels() -> None:
    attrs = {
        "marker-names": ["Black", "Cyan", "Waste"],
        "marker-levels": [42, 7, -3],
        "marker-low-levels": [10, 10, 10],
    }
    assert parse_supplies(attrs) == (
        Supply("Black", 42, False),
        Supply("Cyan", 7, True),
        Supply("Waste", -1, False),
    )


def test_one_supply_as_a_bare_value_and_missing_levels() -> None:
    assert parse_supplies({"marker-names": "Black", "marker-levels": 80}) == (
        Supply("Black", 80, False),
    )
    assert parse_supplies({"marker-names": ["Black"]}) == (Supply("Black", -1),)
    assert parse_supplies({}) == ()


def test_printer_attributes() -> None:
    status = parse_printer(
        {
            "printer-state": 5,
            "printer-state-reasons": ["media-empty-error", "none"],
            "printer-is-accepting-jobs": False,
        }
    )
    assert (status.state, status.reasons, status.accepting) == (
        5,
        ("media-empty-error",),
        False,
    )
    assert parse_printer({"printer-state-reasons": "none"}).reasons == ()


def test_jobs_of_this_queue_only_and_no_titles() -> None:
    jobs = {
        9: {"job-printer-uri": "ipp://localhost/printers/kiosk", "job-state": 5,
            "job-impressions": 3, "job-impressions-completed": 1},
        4: {"job-printer-uri": "ipp://localhost/printers/kiosk", "job-state": 4},
        5: {"job-printer-uri": "ipp://localhost/printers/other", "job-state": 3},
    }  # fmt: skip
    assert parse_jobs(jobs, "kiosk") == (
        QueueJob(4, HELD, 0, 0),
        QueueJob(9, PROCESSING, 3, 1),
    )
    assert on_queue("ipp://localhost/classes/kiosk", "kiosk")
    assert not on_queue("ipp://localhost/printers/kiosk2", "kiosk")
    assert not on_queue(None, "kiosk")


def test_the_test_page_is_one_a4_page_with_its_text() -> None:
    data = pdf_of_test_page(["Bürgerterminal – Testseite", "Station (x) \\ y"])
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 1
        assert [float(v) for v in pdf.pages[0].MediaBox] == [0, 0, 595, 842]
        content = pdf.pages[0].Contents.read_bytes()
    assert "Bürgerterminal".encode("cp1252") in content
    assert b"Station \\(x\\) \\\\ y" in content


# -- against the real cupsd -----------------------------------------------------

WAIT = 60.0


def until(check: Callable[[], bool], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def submit_held(
    stack: PrintStack, tmp: Path, pages: int = 2, user: str | None = None
) -> int:
    """A held job as the station's own user, or as another local `user`."""
    path = tmp / f"held-{time.monotonic_ns()}.pdf"
    path.write_bytes(pdf_bytes(pages))
    if user is None:
        gateway = CupsGateway(stack.queue, stack.host)
        return gateway.submit_held(path, 1, False)
    import cups

    cups.setUser(user)  # thread-local; put back below
    try:
        options = {"job-hold-until": "indefinite"}
        conn = cups.Connection(host=stack.host)
        return int(conn.printFile(stack.queue, str(path), "other", options))
    finally:
        cups.setUser(local_user())


def job_state(stack: PrintStack, job_id: int) -> int:
    """Any job's state, asked as root (the tests' user may see every job)."""
    import cups

    attrs = cups.Connection(host=stack.host).getJobAttributes(job_id, ["job-state"])
    return int(attrs["job-state"])


@pytest.mark.cups
def test_queue_state_jobs_and_supplies(printer: PrintStack, tmp_path: Path) -> None:
    printer.set_supplies({"Black": 42, "Cyan": 5})
    try:
        job = print_test_page(printer.queue, printer.host, ["supplies"])
        until(lambda: job_state(printer, job) == COMPLETED)
        held = submit_held(printer, tmp_path)
        status = read_queue(printer.queue, printer.host)
    finally:
        printer.set_supplies({})
        cancel_job(printer.queue, printer.host, held)
    assert status.problem is Problem.NONE
    assert status.state == 3 and status.accepting
    assert status.supplies == (Supply("Black", 42, False), Supply("Cyan", 5, True))
    assert [(j.job_id, j.state) for j in status.jobs] == [(held, HELD)]


@pytest.mark.cups
def test_cancel_a_held_job_purges_it_as_its_owner(
    printer: PrintStack, tmp_path: Path
) -> None:
    mine = submit_held(printer, tmp_path)
    other = submit_held(printer, tmp_path, user=OTHER)
    try:
        # Another user's job on the same queue: not ours to cancel.
        assert cancel_job(printer.queue, printer.host, other) is CancelOutcome.NOT_OURS
        outcome = cancel_job(printer.queue, printer.host, mine)
        assert outcome is CancelOutcome.CANCELLED
        # Purged: CUPS no longer knows it; the other job is untouched.
        with pytest.raises(JobNotFound):
            CupsGateway(printer.queue, printer.host).job_status(mine)
        assert job_state(printer, other) == HELD
        assert [j.job_id for j in read_queue(printer.queue, printer.host).jobs] == [
            other
        ]
        assert cancel_job(printer.queue, printer.host, mine) is CancelOutcome.GONE
    finally:
        import cups

        cups.Connection(host=printer.host).cancelJob(other, purge_job=True)


@pytest.mark.cups
def test_cancel_a_printing_job_stops_the_printer(
    printer: PrintStack, tmp_path: Path
) -> None:
    printer.set_page_delay(0.2)
    printer.jam()  # the device stops after the first page and waits
    job = submit_held(printer, tmp_path, pages=5)
    CupsGateway(printer.queue, printer.host).release(job)
    until(printer.is_jammed)
    queue = read_queue(printer.queue, printer.host)
    assert [(j.job_id, j.state) for j in queue.jobs] == [(job, PROCESSING)]
    assert cancel_job(printer.queue, printer.host, job) is (CancelOutcome.CANCELLED)
    # Cancelled, not purged: the backend told the device, the job ended.
    until(lambda: job_state(printer, job) not in (PENDING, PROCESSING))
    assert job_state(printer, job) != COMPLETED
    assert read_queue(printer.queue, printer.host).jobs == ()
    stopped = len(printer.device_stopped())
    printer.clear_jam()
    # The device heard the Cancel-Job: it stops after the page it had out.
    until(lambda: len(printer.device_stopped()) > stopped, 10)
    assert printer.device_stopped()[-1] == (1, 5)


@pytest.mark.cups
def test_the_test_page_prints_one_page(
    printer: PrintStack,
) -> None:
    job = print_test_page(printer.queue, printer.host, ["Testseite"])
    until(lambda: job_state(printer, job) == COMPLETED)
    assert printer.device_printed()[-1] == 1  # the device printed one page
    # The station can cancel its own test pages (not this one: it is done).
    assert cancel_job(printer.queue, printer.host, job) is CancelOutcome.GONE


@pytest.mark.cups
def test_no_cupsd_and_no_queue(printer: PrintStack, tmp_path: Path) -> None:
    gone = str(tmp_path / "no-cups.sock")
    assert read_queue("kiosk", gone).problem is Problem.UNREACHABLE
    assert cancel_job("kiosk", gone, 1) is CancelOutcome.UNAVAILABLE
    assert read_queue("nosuchqueue", printer.host).problem is Problem.NO_QUEUE
    from kiosk.printing.errors import PrinterUnavailable

    with pytest.raises(PrinterUnavailable, match="lpstat -p kiosk"):
        print_test_page("kiosk", gone, ["x"])
