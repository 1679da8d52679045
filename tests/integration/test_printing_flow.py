"""The print flow end to end on a private cupsd + ippeveprinter (no mocks)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.printing import job_ids, make_flow, pdf_bytes

from kiosk.daemons.printer import PrintStack
from kiosk.printing.cups_gateway import CupsGateway
from kiosk.printing.flow import Outcome, PrintFlow, Summary
from kiosk.printing.jobwatch import COMPLETED
from kiosk.session import events as ev
from kiosk.session.wipe import WipeStepFailed

pytestmark = pytest.mark.cups

WAIT = 60_000  # ms; a generous ceiling, never a timing assertion


@pytest.fixture
def events() -> list[ev.Event]:
    return []


@pytest.fixture
def flow(
    printer: PrintStack, tmp_path: Path, events: list[ev.Event]
) -> Iterator[PrintFlow]:
    f = make_flow(
        printer,
        tmp_path,
        events,
        free_pages=10,
        price_per_page_cents=10,
        max_pages_per_job=500,
    )
    yield f
    try:
        f.wipe()
    finally:
        f.shutdown()


def _confirm_shown(qtbot, flow: PrintFlow, data: bytes, **kw: object) -> Summary:
    with qtbot.waitSignal(flow.confirmationNeeded, timeout=WAIT) as blocker:
        assert flow.request_print(data, **kw)
    summary = blocker.args[0]
    assert isinstance(summary, Summary)
    return summary


def _print(qtbot, flow: PrintFlow) -> Outcome:
    with qtbot.waitSignal(flow.done, timeout=WAIT) as blocker:
        assert flow.confirm()
    outcome = blocker.args[0]
    assert isinstance(outcome, Outcome)
    return outcome


def _completed_counts(stack: PrintStack, tmp: Path) -> list[int]:
    """Impressions CUPS counted for the flow's finished jobs, by recorded id."""
    gw = CupsGateway(stack.queue, stack.host)
    statuses = [gw.job_status(jid) for jid in job_ids(tmp).ids()]
    return [s.impressions_completed for s in statuses if s.state == COMPLETED]


@pytest.mark.parametrize("pages", [1, 5, pytest.param(300, marks=pytest.mark.slow)])
def test_counted_confirmed_printed_and_cups_agrees(
    qtbot,
    flow: PrintFlow,
    printer: PrintStack,
    events: list[ev.Event],
    pages: int,
    tmp_path: Path,
) -> None:
    printer.set_page_delay(0.002 if pages > 10 else 0.02)
    summary = _confirm_shown(qtbot, flow, pdf_bytes(pages))
    assert summary.quote.impressions == pages
    outcome = _print(qtbot, flow)
    assert outcome.printed and outcome.charged
    assert outcome.pages == pages
    assert outcome.price_cents == max(0, pages - 10) * 10
    assert _completed_counts(printer, tmp_path) == [pages]
    assert printer.device_printed()[-1] == pages
    assert flow.session_totals().pages == pages
    finished = [e for e in events if isinstance(e, ev.PrintJobFinished)]
    assert [(e.pages, e.completed) for e in finished] == [(pages, True)]


def test_copies_and_duplex_reach_the_printer_and_the_ledger(
    qtbot, flow: PrintFlow, printer: PrintStack
) -> None:
    summary = _confirm_shown(qtbot, flow, pdf_bytes(3), copies=2, duplex=True)
    assert (summary.quote.impressions, summary.quote.sheets) == (6, 4)
    _print(qtbot, flow)
    assert printer.device_printed()[-1] == 6
    assert flow.session_totals().sheets == 4


def test_page_ranges_are_cut_before_counting(
    qtbot, flow: PrintFlow, printer: PrintStack, tmp_path: Path
) -> None:
    summary = _confirm_shown(qtbot, flow, pdf_bytes(9), page_ranges="2-4, 9")
    assert summary.quote.pages == 4
    _print(qtbot, flow)
    assert _completed_counts(printer, tmp_path) == [4]


def test_over_the_session_limit_is_refused_with_the_price(
    qtbot, printer: PrintStack, tmp_path: Path, events: list[ev.Event]
) -> None:
    flow = make_flow(
        printer,
        tmp_path,
        events,
        free_pages=2,
        price_per_page_cents=20,
        max_pages_per_session=4,
    )
    try:
        with qtbot.waitSignal(flow.refused, timeout=WAIT) as blocker:
            flow.request_print(pdf_bytes(5))
        message = blocker.args[0]
        assert "5 pages" in message and "0.60 EUR" in message and "4" in message
        assert flow.session_totals().refused == 1
        assert flow.session_totals().pages == 0
        assert not flow.busy
    finally:
        flow.wipe()
        flow.shutdown()


def test_free_quota_used_up_without_paid_printing_is_refused(
    qtbot, printer: PrintStack, tmp_path: Path, events: list[ev.Event]
) -> None:
    flow = make_flow(printer, tmp_path, events, free_pages=3, price_per_page_cents=0)
    try:
        _confirm_shown(qtbot, flow, pdf_bytes(2))
        _print(qtbot, flow)
        with qtbot.waitSignal(flow.refused, timeout=WAIT) as blocker:
            flow.request_print(pdf_bytes(2))
        assert "only 1 free pages are left" in blocker.args[0]
    finally:
        flow.wipe()
        flow.shutdown()


def test_a_double_confirm_prints_once(
    qtbot, flow: PrintFlow, printer: PrintStack, tmp_path: Path
) -> None:
    before = len(printer.device_printed())
    _confirm_shown(qtbot, flow, pdf_bytes(2))
    with qtbot.waitSignal(flow.done, timeout=WAIT):
        assert flow.confirm()
        assert not flow.confirm()
    assert not flow.confirm()
    assert len(printer.device_printed()) == before + 1
    assert len(_completed_counts(printer, tmp_path)) == 1


def test_a_second_request_while_busy_is_ignored(
    qtbot, flow: PrintFlow, printer: PrintStack
) -> None:
    _confirm_shown(qtbot, flow, pdf_bytes(1))
    assert not flow.request_print(pdf_bytes(1))
    _print(qtbot, flow)
    assert flow.request_print(pdf_bytes(1))


def test_a_jam_mid_job_is_told_and_the_job_completes_after_clearing(
    qtbot, flow: PrintFlow, printer: PrintStack
) -> None:
    printer.set_page_delay(0.05)
    printer.jam()
    _confirm_shown(qtbot, flow, pdf_bytes(4))
    with qtbot.waitSignal(flow.troubleNeedsStaff, timeout=WAIT) as blocker:
        flow.confirm()
    assert "stuck" in blocker.args[0]
    assert printer.is_jammed()
    with qtbot.waitSignal(flow.done, timeout=WAIT) as done:
        printer.clear_jam()
    assert done.args[0].printed
    assert printer.device_printed()[-1] == 4


class _BrokenFileGateway(CupsGateway):
    """Real CUPS, but the file sent is not a PDF: CUPS's filter fails on it."""

    def submit_held(self, path: Path, copies: int, duplex: bool) -> int:
        path.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
        return super().submit_held(path, copies, duplex)


def test_a_failing_filter_is_not_charged(
    qtbot, printer: PrintStack, tmp_path: Path, events: list[ev.Event]
) -> None:
    flow = make_flow(printer, tmp_path, events, gateway=_BrokenFileGateway)
    try:
        _confirm_shown(qtbot, flow, pdf_bytes(3))
        with qtbot.waitSignal(flow.failed, timeout=WAIT) as failed:
            outcome = _print(qtbot, flow)
        assert "Nothing was charged" in failed.args[0]
        assert not outcome.printed and not outcome.charged
        assert flow.session_totals().pages == 0
        assert flow.session_totals().refunded == 1
        finished = [e for e in events if isinstance(e, ev.PrintJobFinished)]
        assert [e.completed for e in finished] == [False]
    finally:
        flow.wipe()
        flow.shutdown()


def test_cups_down_gives_a_clear_message_and_books_nothing(
    qtbot, printer: PrintStack, tmp_path: Path, events: list[ev.Event]
) -> None:
    """cupsd stops on the shared stack; the printer fixture starts it again."""
    stack = printer
    flow = make_flow(stack, tmp_path, events)
    try:
        stack.stop_cupsd()
        with qtbot.waitSignal(flow.failed, timeout=WAIT) as blocker:
            flow.request_print(pdf_bytes(2))
        assert blocker.args[0] == "Printing is not possible right now."
        assert flow.session_totals() == flow.session_totals().__class__()
        assert not flow.busy
        # Nothing was submitted, so the wipe has nothing to prove and passes.
        flow.wipe()
    finally:
        flow.shutdown()


def test_wipe_fails_closed_when_cups_is_gone_with_jobs(
    qtbot, printer: PrintStack, tmp_path: Path, events: list[ev.Event]
) -> None:
    """cupsd stops on the shared stack; the printer fixture starts it again."""
    stack = printer
    flow = make_flow(stack, tmp_path, events)
    try:
        stack.jam()  # keeps the job in CUPS
        _confirm_shown(qtbot, flow, pdf_bytes(3))
        with qtbot.waitSignal(flow.troubleNeedsStaff, timeout=WAIT):
            flow.confirm()
        stack.stop_cupsd()
        # The wipe waits for a restarting cupsd, then fails closed.
        with pytest.raises(WipeStepFailed, match="CUPS did not come back within 15 s"):
            flow.wipe()
    finally:
        flow.shutdown()
