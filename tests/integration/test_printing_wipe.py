"""End of session on the real stack: nothing of the session stays in CUPS."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import cups as cups_fixtures
from helpers.cups import PrintStack
from helpers.printing import make_flow, pdf_bytes

from kiosk.printing.cups_gateway import CupsGateway
from kiosk.printing.jobwatch import HELD, PENDING, PROCESSING
from kiosk.printing.labels import LabelStore
from kiosk.session import events as ev

pytestmark = pytest.mark.cups

print_stack = cups_fixtures.print_stack
printer = cups_fixtures.printer


def _wait_state(gw: CupsGateway, job_id: int, state: int) -> None:
    deadline = time.monotonic() + 30
    while gw.job_status(job_id).state != state:
        assert time.monotonic() < deadline, f"job {job_id} never reached {state}"
        time.sleep(0.05)


def test_held_pending_printing_and_crashed_jobs_are_all_gone(
    qtbot, printer: PrintStack, tmp_path: Path
) -> None:
    events: list[ev.Event] = []
    flow = make_flow(printer, tmp_path, events)
    try:
        # One finished job through the flow: its history must go too.
        with qtbot.waitSignal(flow.confirmationNeeded, timeout=60_000):
            flow.request_print(pdf_bytes(1))
        with qtbot.waitSignal(flow.done, timeout=60_000):
            flow.confirm()
        label = flow.label
        printer.set_page_delay(0.3)
        doc = tmp_path / "doc.pdf"
        doc.write_bytes(pdf_bytes(10))
        gw = CupsGateway(printer.queue, label, printer.host)
        printing = gw.submit_held(doc, 1, False)
        gw.release(printing)
        _wait_state(gw, printing, PROCESSING)
        pending = gw.submit_held(doc, 1, False)
        gw.release(pending)
        held = gw.submit_held(doc, 1, False)
        assert gw.job_status(pending).state == PENDING
        assert gw.job_status(held).state == HELD
        # A session that crashed earlier left a held job under its own label.
        crashed = "k-00c0ffee00"
        store = LabelStore(tmp_path / "state" / "print-labels")
        store.add(crashed)
        old = CupsGateway(printer.queue, crashed, printer.host)
        old_job = old.submit_held(doc, 1, False)
        assert old.my_jobs("all") == {old_job: HELD}

        flow.wipe()

        assert gw.my_jobs("all") == {}
        assert old.my_jobs("all") == {}
        for user in (label, crashed):
            assert printer.lpstat("-W", "all", "-o", user=user).strip() == ""
        assert printer.spool_files() == []
        assert store.labels() == ()
        assert not any((tmp_path / "session" / "print").glob("*"))
    finally:
        flow.shutdown()
