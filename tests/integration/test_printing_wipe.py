"""End of session on the real stack: nothing of the session stays in CUPS, and
nothing of anybody else is touched."""

from __future__ import annotations

import time
from pathlib import Path

import cups
import pytest
from helpers.printing import job_ids, make_flow, pdf_bytes

from kiosk.daemons.printer import PrintStack
from kiosk.printing.cups_gateway import CupsGateway
from kiosk.printing.jobwatch import COMPLETED, HELD, PENDING, PROCESSING
from kiosk.printing.owner import is_local_user, local_user
from kiosk.session import events as ev

pytestmark = pytest.mark.cups


def _wait_state(gw: CupsGateway, job_id: int, state: int) -> None:
    deadline = time.monotonic() + 30
    while gw.job_status(job_id).state != state:
        assert time.monotonic() < deadline, f"job {job_id} never reached {state}"
        time.sleep(0.05)


def _as_root(stack: PrintStack) -> cups.Connection:
    """The tests run as root, who may read every job's private values."""
    cups.setUser(local_user())
    return cups.Connection(host=stack.host)


def test_jobs_go_to_cups_as_the_local_user_under_debians_policy(
    qtbot, printer: PrintStack, tmp_path: Path
) -> None:
    flow = make_flow(printer, tmp_path, [])
    try:
        with qtbot.waitSignal(flow.confirmationNeeded, timeout=60_000):
            flow.request_print(pdf_bytes(1))
        with qtbot.waitSignal(flow.done, timeout=60_000) as done:
            flow.confirm()
        assert done.args[0].printed
        (job,) = job_ids(tmp_path).ids()
        owner = printer.job_owner(job)
        assert is_local_user(owner), f"job {job} went to CUPS as {owner!r}"
        assert owner == local_user()
        assert printer.lpstat("-W", "all", "-o").split()[1] == owner
        state = _as_root(printer).getJobAttributes(job, ["job-state"])["job-state"]
        assert state == COMPLETED
        assert printer.cupsd_crash() is None
    finally:
        flow.wipe()
        flow.shutdown()


def test_held_pending_printing_and_crashed_jobs_are_all_gone(
    qtbot, printer: PrintStack, tmp_path: Path
) -> None:
    events: list[ev.Event] = []
    store = job_ids(tmp_path)
    doc = tmp_path / "doc.pdf"
    doc.write_bytes(pdf_bytes(10))
    gw = CupsGateway(printer.queue, printer.host)
    # A shell that crashed earlier left a held job whose id it had recorded.
    crashed = gw.submit_held(doc, 1, False)
    store.add(crashed)
    # And one whose submit was cut short before its id was written down.
    store.begin_submit(time.time())
    cut_short = gw.submit_held(doc, 1, False)
    # Another user's job on the same queue: never the station's to touch.
    conn = _as_root(printer)
    cups.setUser("nobody")
    other = conn.printFile(
        printer.queue, str(doc), "x", {"job-hold-until": "indefinite"}
    )
    cups.setUser(local_user())
    flow = make_flow(printer, tmp_path, events)
    try:
        # One finished job through the flow: its history must go too.
        with qtbot.waitSignal(flow.confirmationNeeded, timeout=60_000):
            flow.request_print(pdf_bytes(1))
        with qtbot.waitSignal(flow.done, timeout=60_000):
            flow.confirm()
        printer.set_page_delay(0.3)
        printing = gw.submit_held(doc, 1, False)
        store.add(printing)
        gw.release(printing)
        _wait_state(gw, printing, PROCESSING)
        pending = gw.submit_held(doc, 1, False)
        store.add(pending)
        gw.release(pending)
        held = gw.submit_held(doc, 1, False)
        store.add(held)
        assert gw.job_status(pending).state == PENDING
        assert gw.job_status(held).state == HELD
        assert gw.job_status(crashed).state == HELD
        assert gw.job_status(cut_short).state == HELD
        # The flow's first submit took the cut-short job into the ids.
        assert store.pending_since() is None
        assert len(store.ids()) == 6

        flow.wipe()

        assert store.ids() == ()
        for job in (crashed, cut_short, printing, pending, held):
            with pytest.raises(cups.IPPError):
                conn.getJobAttributes(job)
        assert conn.getJobAttributes(other)["job-state"] == HELD
        assert printer.lpstat("-W", "all", "-o").split() != []  # only the other's
        assert str(other) in printer.lpstat("-W", "all", "-o")
        conn.cancelJob(other, purge_job=True)
        assert printer.lpstat("-W", "all", "-o").strip() == ""
        assert printer.spool_files() == []
        assert not any((tmp_path / "session" / "print").glob("*"))
    finally:
        flow.shutdown()


def test_a_job_cut_short_by_the_end_of_the_session_is_booked_and_stops(
    qtbot, printer: PrintStack, tmp_path: Path
) -> None:
    """Chaos seed 20261202, sessions 7 and 8 (paper jam, then End session): the
    jammed job was neither charged nor counted, and once the jam was cleared
    the device printed it out during the next resident's session."""
    events: list[ev.Event] = []
    flow = make_flow(printer, tmp_path, events)
    printer.set_page_delay(0.2)
    printer.jam()  # the device stops after the first page and waits
    stopped = len(printer.device_stopped())
    try:
        with qtbot.waitSignal(flow.confirmationNeeded, timeout=60_000):
            flow.request_print(pdf_bytes(3))
        flow.confirm()
        qtbot.waitUntil(printer.is_jammed, timeout=60_000)
        flow.wipe()  # End session: the job is cancelled at the device
        finished = [e for e in events if isinstance(e, ev.PrintJobFinished)]
        # booked in full, as any job cancelled after release (pages are out)
        assert [(e.pages, e.completed) for e in finished] == [(3, True)]
        printed = printer.device_printed()
        printer.clear_jam()
        # nothing after the cancel: one page out of three
        deadline = time.monotonic() + 10
        while len(printer.device_stopped()) == stopped:
            assert time.monotonic() < deadline, f"device: {printer.device_printed()}"
            time.sleep(0.05)
        assert printer.device_stopped()[stopped:] == [(1, 3)]
        assert printer.device_printed() == printed
        assert not job_ids(tmp_path).ids()
    finally:
        printer.clear_jam()
        flow.shutdown()


def test_a_job_printed_by_a_shell_that_died_is_booked_once_by_the_next_wipe(
    qtbot, printer: PrintStack, tmp_path: Path
) -> None:
    """Chaos seed 20261202, session 212 (the shell SIGKILLed while its job
    printed): the device printed the page, the dead shell never booked it,
    and the restarted shell's boot wipe purged the job unbooked."""
    events: list[ev.Event] = []
    store = job_ids(tmp_path)
    doc = tmp_path / "doc.pdf"
    doc.write_bytes(pdf_bytes(2))
    gw = CupsGateway(printer.queue, printer.host)
    # What the dead shell's worker had written: the id with its pages ...
    printed = gw.submit_held(doc, 1, False)
    store.add(printed, 2)
    gw.release(printed)
    _wait_state(gw, printed, COMPLETED)
    # ... and a job it had not released yet: no page of it is out.
    held = gw.submit_held(doc, 1, False)
    store.add(held, 2)
    flow = make_flow(printer, tmp_path, events)  # the restarted shell
    try:
        flow.wipe()  # its boot wipe
        flow.wipe()  # and the next: nothing is booked twice
        finished = [e for e in events if isinstance(e, ev.PrintJobFinished)]
        assert [(e.pages, e.completed) for e in finished] == [(2, True)]
        assert store.ids() == ()
    finally:
        flow.shutdown()


def test_a_job_the_shell_settled_itself_is_not_booked_again_by_the_wipe(
    qtbot, printer: PrintStack, tmp_path: Path
) -> None:
    events: list[ev.Event] = []
    flow = make_flow(printer, tmp_path, events)
    try:
        with qtbot.waitSignal(flow.confirmationNeeded, timeout=60_000):
            flow.request_print(pdf_bytes(2))
        with qtbot.waitSignal(flow.done, timeout=60_000):
            flow.confirm()
        assert job_ids(tmp_path).unsettled() == {}
        flow.wipe()
        finished = [e for e in events if isinstance(e, ev.PrintJobFinished)]
        assert [(e.pages, e.completed) for e in finished] == [(2, True)]
    finally:
        flow.shutdown()


def test_a_job_that_finished_just_before_the_end_of_the_session_is_booked(
    qtbot, printer: PrintStack, tmp_path: Path
) -> None:
    """Chaos seed 20261202 (60 sessions, rate 0.7), session 31, a window.print()
    storm: the device printed 2 pages, 1 was booked. The worker had reported
    the second job finished, but that report was still queued for the main
    thread when End session ran the wipe, which then forgot the job."""
    events: list[ev.Event] = []
    flow = make_flow(printer, tmp_path, events)
    try:
        with qtbot.waitSignal(flow.confirmationNeeded, timeout=60_000):
            flow.request_print(pdf_bytes(1))
        flow.confirm()
        # The main thread is busy (no events processed) while the job prints
        # and the worker sees it end: its report waits in the queue.
        gw = CupsGateway(printer.queue, printer.host)
        deadline = time.monotonic() + 60
        while not job_ids(tmp_path).ids():
            assert time.monotonic() < deadline, "the job never went to CUPS"
            time.sleep(0.02)
        (job,) = job_ids(tmp_path).ids()
        _wait_state(gw, job, COMPLETED)
        while job_ids(tmp_path).unsettled():  # the worker settled it on disk
            assert time.monotonic() < deadline, "the worker never saw it end"
            time.sleep(0.02)
        flow.wipe()
        finished = [e for e in events if isinstance(e, ev.PrintJobFinished)]
        assert [(e.pages, e.completed) for e in finished] == [(1, True)]
        assert flow.session_totals().pages == 0  # a fresh ledger for the next
        qtbot.wait(200)  # the late report changes nothing
        finished = [e for e in events if isinstance(e, ev.PrintJobFinished)]
        assert [(e.pages, e.completed) for e in finished] == [(1, True)]
    finally:
        flow.shutdown()
