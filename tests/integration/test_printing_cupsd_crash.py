"""cupsd may crash or be restarted at any moment (systemd restarts it on a
station). Here the real private cupsd is SIGKILLed while a job is held, while
it prints and during the wipe; each time the print flow finds its job again by
id, nothing is charged twice, the wipe leaves nothing of the session in CUPS
or its spool, and the next resident can print."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.printing import job_ids, make_flow, pdf_bytes

from kiosk.daemons.printer import PrintStack
from kiosk.printing.cups_gateway import CupsGateway
from kiosk.printing.flow import Outcome, PrintFlow
from kiosk.printing.jobwatch import HELD, PROCESSING
from kiosk.session import events as ev

pytestmark = pytest.mark.cups


WAIT = 60_000  # ms; a ceiling, never a timing assertion
DOWN = 1.0  # s that cupsd stays dead before "systemd" starts it again


@pytest.fixture
def events() -> list[ev.Event]:
    return []


@pytest.fixture
def flow(
    printer: PrintStack, tmp_path: Path, events: list[ev.Event]
) -> Iterator[PrintFlow]:
    f = make_flow(printer, tmp_path, events)
    yield f
    f.shutdown()


def _state(stack: PrintStack, job_id: int) -> int:
    return CupsGateway(stack.queue, stack.host).job_status(job_id).state


def _until(check, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _ask(qtbot, flow: PrintFlow, pages: int) -> None:
    with qtbot.waitSignal(flow.confirmationNeeded, timeout=WAIT):
        assert flow.request_print(pdf_bytes(pages))


def _finished(events: list[ev.Event]) -> list[tuple[int, bool]]:
    return [
        (e.pages, e.completed) for e in events if isinstance(e, ev.PrintJobFinished)
    ]


def _restart_later(stack: PrintStack, after: float) -> threading.Thread:
    """Start cupsd again after a while, as systemd would, from another thread."""
    thread = threading.Thread(target=lambda: (time.sleep(after), stack.start_cupsd()))
    thread.start()
    return thread


def _nothing_left(stack: PrintStack, tmp: Path) -> None:
    assert stack.lpstat("-W", "all", "-o").strip() == ""
    assert stack.spool_files() == []
    assert job_ids(tmp).ids() == ()
    assert job_ids(tmp).pending_since() is None


def _next_resident_prints(qtbot, flow: PrintFlow, stack: PrintStack) -> None:
    flow.start_session()
    printed = len(stack.device_printed())
    _ask(qtbot, flow, 1)
    with qtbot.waitSignal(flow.done, timeout=WAIT) as done:
        flow.confirm()
    assert done.args[0].printed
    _until(lambda: len(stack.device_printed()) > printed)


def test_killed_while_the_job_is_held(
    qtbot, flow: PrintFlow, printer: PrintStack, tmp_path: Path, events
) -> None:
    printer.pause_queue()  # the job waits, held, for the printer
    _ask(qtbot, flow, 2)
    with qtbot.waitSignal(flow.troubleNeedsStaff, timeout=WAIT):
        flow.confirm()
    (job,) = job_ids(tmp_path).ids()
    assert _state(printer, job) == HELD
    printed = printer.device_printed()

    printer.kill_cupsd()
    qtbot.wait(int(DOWN * 1000))  # the worker polls a dead cupsd meanwhile
    with qtbot.waitSignal(flow.printServiceBack, timeout=WAIT):  # staff are told
        printer.start_cupsd()
    assert _state(printer, job) == HELD  # found again by its id
    with qtbot.waitSignal(flow.done, timeout=WAIT) as done:
        printer.resume_queue()

    outcome = done.args[0]
    assert isinstance(outcome, Outcome)
    assert outcome.printed and outcome.charged
    assert printer.device_printed() == [*printed, 2]
    assert _finished(events) == [(2, True)]
    assert flow.session_totals().jobs == 1
    flow.wipe()
    _nothing_left(printer, tmp_path)
    _next_resident_prints(qtbot, flow, printer)
    flow.wipe()


def test_killed_while_the_job_prints(
    qtbot, flow: PrintFlow, printer: PrintStack, tmp_path: Path, events
) -> None:
    printer.set_page_delay(0.2)
    _ask(qtbot, flow, 5)
    with qtbot.waitSignal(flow.progress, timeout=WAIT):
        flow.confirm()
    (job,) = job_ids(tmp_path).ids()
    _until(lambda: _state(printer, job) == PROCESSING)

    printer.kill_cupsd()
    qtbot.wait(int(DOWN * 1000))
    with (
        qtbot.waitSignal(flow.printServiceBack, timeout=WAIT),
        qtbot.waitSignal(flow.done, timeout=WAIT) as done,
    ):
        printer.start_cupsd()

    # CUPS restarts a job its crash interrupted, so the device may print it
    # again; the resident is charged once.
    assert done.args[0].charged
    assert _finished(events) == [(5, True)]
    assert flow.session_totals().pages == 5
    flow.wipe()
    _nothing_left(printer, tmp_path)
    _next_resident_prints(qtbot, flow, printer)
    flow.wipe()


@pytest.mark.parametrize("job", ["held", "printing"])
def test_killed_during_the_wipe(
    qtbot, flow: PrintFlow, printer: PrintStack, tmp_path: Path, job: str
) -> None:
    if job == "held":
        printer.pause_queue()
    else:
        printer.set_page_delay(0.2)
        printer.jam()  # stops after the first page: the job stays printing
    _ask(qtbot, flow, 4)
    signal = flow.troubleNeedsStaff
    with qtbot.waitSignal(signal, timeout=WAIT):
        flow.confirm()
    (job_id,) = job_ids(tmp_path).ids()
    _until(lambda: _state(printer, job_id) == (HELD if job == "held" else PROCESSING))

    printer.kill_cupsd()
    restart = _restart_later(printer, 3 * DOWN)
    flow.wipe()  # waits for cupsd, then cancels and purges the job
    restart.join()

    printer.resume_queue()
    printer.clear_jam()
    _nothing_left(printer, tmp_path)
    _next_resident_prints(qtbot, flow, printer)
    flow.wipe()
