"""What staff see and can do, answered by the running subsystems.

Adapters between the staff panel's small interfaces (`StationStatus`,
`StaffActions`) and the controller, the usage counters, printing and the
card readers; `panel_sources` builds both for the composition root. Each
subsystem is optional: a station without a printer shows none, and the
panel's printer actions answer "no printer".
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk import log as klog
from kiosk.session.events import EndReason, OutOfServiceReason
from kiosk.session.lifecycle import IN_SESSION, State
from kiosk.staff.status import (
    ActionResult,
    JobCondition,
    Outcome,
    PrintAlert,
    PrinterCondition,
    PrinterState,
    PrintJob,
    ReaderState,
    StationSnapshot,
    Supply,
    SyncState,
)

if TYPE_CHECKING:
    from kiosk.cardreader.bridge import CardPresence
    from kiosk.cardreader.card_left import CardLeftGate
    from kiosk.config import Config
    from kiosk.printing.flow import Outcome as PrintOutcome
    from kiosk.printing.flow import PrintFlow
    from kiosk.printing.status import CancelOutcome, QueueStatus
    from kiosk.shell.controller import SessionController
    from kiosk.usage.deferred import DeferredCounters

ReadersFn = Callable[[], tuple[ReaderState, ...]]
CountsFn = Callable[[], dict[tuple[str, str], int]]


class StationStatusSource:
    """`StationStatus` for the panel; both methods run in the panel's workers."""

    def __init__(
        self,
        controller: SessionController,
        *,
        counters_today: CountsFn | None = None,
        readers: ReadersFn | None = None,
        printer: Callable[[], PrinterState] | None = None,
        amount_today_cents: Callable[[], int] | None = None,
        card_forgotten: Callable[[], bool] | None = None,
        network: Callable[[], bool | None] | None = None,
        sync: Callable[[], SyncState] | None = None,
        started: float | None = None,
    ) -> None:
        self._controller = controller
        self._counters_today = counters_today
        self._readers = readers
        self._printer = printer
        self._amount = amount_today_cents
        self._card_forgotten = card_forgotten
        self._network = network
        self._sync = sync
        self._started = started if started is not None else time.monotonic()

    def snapshot(self) -> StationSnapshot:
        lifecycle = self._controller.lifecycle
        state = lifecycle.state
        counts = self._counters_today() if self._counters_today else {}

        def today(metric: str) -> int:
            return sum(v for (m, _), v in counts.items() if m == metric)

        out = state is State.OUT_OF_SERVICE
        return StationSnapshot(
            version=__version__,
            uptime_seconds=int(time.monotonic() - self._started),
            readers=self._readers() if self._readers else (),
            network_ok=self._network() if self._network else None,
            sync=self._sync() if self._sync else SyncState(),
            disk_free_percent=self._disk_free_percent(),
            sessions_today=today("sessions"),
            pages_today=today("print_pages"),
            eid_today=today("eid_started"),
            cards_left_today=today("cards_left"),
            printing=self._printer is not None,
            amount_to_collect_cents=self._amount() if self._amount else 0,
            out_of_service=out,
            out_of_service_reason=(
                lifecycle.out_of_service_reason if out else OutOfServiceReason.NONE
            ),
            staff_message=self._controller.staff_message if out else "",
            in_session=state in IN_SESSION,
            card_forgotten=self._card_forgotten() if self._card_forgotten else False,
            scanner=self._scanner(),
            scan_pages_today=today("scan_pages"),
        )

    def _scanner(self) -> str:
        device = self._controller.config.documents.scanner
        return "" if device == "none" else device

    def printer(self) -> PrinterState | None:
        return self._printer() if self._printer else None

    def _disk_free_percent(self) -> int:
        path = self._controller.session_dir
        while not path.exists() and path != path.parent:
            path = path.parent
        try:
            disk = shutil.disk_usage(path)
        except OSError:
            return -1
        return int(disk.free * 100 / disk.total) if disk.total else -1


class StaffActionsAdapter:
    """`StaffActions` for the panel: every action has the effect residents see."""

    def __init__(
        self,
        controller: SessionController,
        *,
        cancel_print_job: Callable[[int], CancelOutcome] | None = None,
        print_test_page: Callable[[], int] | None = None,
        card_gate: CardLeftGate | None = None,
        screen_reader: Callable[[], bool] | None = None,
    ) -> None:
        self._controller = controller
        self._screen_reader = screen_reader
        self._cancel = cancel_print_job
        self._test_page = print_test_page
        self._gate = card_gate

    def end_session_now(self) -> None:
        """The session ends as if it timed out, with the whole wipe."""
        self._controller.end(EndReason.STAFF)

    def set_out_of_service(self, message: str) -> None:
        """Residents see the message; a session still running ends and is wiped."""
        self._controller.set_out_of_service(message)

    def return_to_service(self) -> None:
        """One more wipe, then Welcome. A forgotten card counts as taken."""
        if card_waiting(self._gate):
            self.acknowledge_forgotten_card()
        if self._controller.lifecycle.state is State.OUT_OF_SERVICE:
            self._controller.return_to_service()

    def acknowledge_forgotten_card(self) -> None:
        """Staff have the card: stop waiting for it, as if it had been taken.

        A held wipe goes on; a station out of service for the card comes back.
        """
        from kiosk.qtsignals import emit

        gate = self._gate
        if gate is not None and card_waiting(gate):
            gate.cancel()
            emit(gate.cardTaken)
            return
        lifecycle = self._controller.lifecycle
        if (
            lifecycle.state is State.OUT_OF_SERVICE
            and lifecycle.out_of_service_reason == OutOfServiceReason.CARD_LEFT
        ):
            self._controller.return_to_service()

    def cancel_print_job(self, job_id: int) -> ActionResult:
        """Blocks (CUPS): the panel calls it in a worker thread."""
        if self._cancel is None:
            return ActionResult(Outcome.NO_PRINTER, job_id)
        from kiosk.printing.status import CancelOutcome

        outcome = {
            CancelOutcome.CANCELLED: Outcome.DONE,
            CancelOutcome.GONE: Outcome.GONE,
            CancelOutcome.NOT_OURS: Outcome.NOT_OURS,
            CancelOutcome.UNAVAILABLE: Outcome.UNAVAILABLE,
        }[self._cancel(job_id)]
        return ActionResult(outcome, job_id)

    def print_test_page(self) -> ActionResult:
        """Blocks (CUPS): the panel calls it in a worker thread."""
        if self._test_page is None:
            return ActionResult(Outcome.NO_PRINTER)
        from kiosk.printing.errors import PrinterUnavailable

        try:
            return ActionResult(Outcome.DONE, self._test_page())
        except PrinterUnavailable as exc:
            klog.staff.warning("test page not sent: %s", exc)
            return ActionResult(Outcome.UNAVAILABLE)

    def toggle_screen_reader(self) -> bool:
        """Orca for this session (the wipe stops it); False: none configured."""
        if self._screen_reader is None:
            return False
        try:
            return self._screen_reader()
        except Exception as exc:  # the panel says "off"; IT reads the log
            klog.staff.warning("screen reader: %s", exc)
            return False


def card_waiting(gate: CardLeftGate | None) -> bool:
    """Whether the card-left gate waits for a card (alarm shown, or timed out)."""
    if gate is None:
        return False
    from kiosk.cardreader.card_left_rules import Phase

    return bool(gate.phase is not Phase.IDLE)


def readers_of(presence: CardPresence) -> ReadersFn:
    """Readers and whether a card lies on each, from the card presence watcher."""

    def read() -> tuple[ReaderState, ...]:
        snapshot = presence.snapshot
        return tuple(
            ReaderState(
                name=name,
                card_present=kind is not None,
                card_kind=kind.value if kind is not None else "",
            )
            for name, kind in sorted(snapshot.readers.items())
        )

    return read


def today_counts(
    store: DeferredCounters, today: Callable[[], date] = date.today
) -> CountsFn:
    """Today's counters from the usage counter file: they survive a restart."""

    def read() -> dict[tuple[str, str], int]:
        return dict(store.values(today()))

    return read


def local_today(tz: tzinfo) -> Callable[[], date]:
    """The station's date (the counters' days are local to the station)."""
    return lambda: datetime.now(tz).date()


_JOB_STATES = {
    3: JobCondition.WAITING,
    4: JobCondition.HELD,
    5: JobCondition.PRINTING,
    6: JobCondition.STOPPED,
}


def printer_state(status: QueueStatus) -> PrinterState:
    """The print queue as the panel shows it."""
    from kiosk.printing.status import Problem

    if status.problem is Problem.UNREACHABLE:
        return PrinterState(PrinterCondition.UNREACHABLE)
    if status.problem is Problem.NO_QUEUE:
        return PrinterState(PrinterCondition.NO_QUEUE)
    state = {4: PrinterCondition.PRINTING, 5: PrinterCondition.STOPPED}.get(
        status.state, PrinterCondition.READY
    )
    return PrinterState(
        state=state,
        reasons=status.reasons,
        supplies=tuple(Supply(s.name, s.percent, s.low) for s in status.supplies),
        jobs=tuple(
            PrintJob(j.job_id, j.pages, _JOB_STATES.get(j.state, JobCondition.WAITING))
            for j in status.jobs
        ),
        accepting=status.accepting,
    )


def network_up(
    proc_net: Path = Path("/proc/net"), sys_net: Path = Path("/sys/class/net")
) -> bool | None:
    """A default route through an interface that is up; None when unknowable."""
    routes: list[tuple[str, int]] = []  # (interface, flags) of default routes
    try:
        for line in (proc_net / "route").read_text().splitlines()[1:]:
            f = line.split()
            if len(f) >= 8 and f[1] == "00000000" and f[7] == "00000000":
                routes.append((f[0], int(f[3], 16)))
    except (OSError, ValueError):
        return None
    try:
        for line in (proc_net / "ipv6_route").read_text().splitlines():
            f = line.split()
            if len(f) >= 10 and f[0] == "0" * 32 and f[1] == "00":
                routes.append((f[9], int(f[8], 16)))
    except (OSError, ValueError):
        pass
    rtf_up, rtf_reject = 0x0001, 0x0200
    for interface, flags in routes:
        if interface == "lo" or not flags & rtf_up or flags & rtf_reject:
            continue
        try:
            oper = (sys_net / interface / "operstate").read_text().strip()
        except OSError:
            oper = "unknown"
        if oper in ("up", "unknown"):
            return True
    return False


def sync_state(configured: bool, path: Path) -> Callable[[], SyncState]:
    """The last usage sync, as `kiosk usage sync` noted it."""
    from kiosk.usage import syncstate

    def read() -> SyncState:
        if not configured:
            return SyncState()
        rec = syncstate.load(path)
        return SyncState(True, rec.last_success, rec.last_attempt, rec.last_ok)

    return read


def lines_of_test_page(config: Config, now: datetime) -> list[str]:
    """What the test page says: which station, when, which version."""
    return [
        "Bürgerterminal – Testseite / test page",
        f"{config.station.name} ({config.station.id})",
        now.strftime("%d.%m.%Y %H:%M"),
        f"Version {__version__}, Warteschlange / queue {config.printing.queue}",
        "Wenn Sie dies lesen können, druckt der Drucker.",
        "If you can read this, the printer works.",
    ]


def panel_sources(
    config: Config,
    controller: SessionController,
    usage_store: DeferredCounters,
    flow: PrintFlow | None,
    presence: CardPresence,
    gate: CardLeftGate,
    screen_reader: Callable[[], bool] | None = None,
) -> tuple[StationStatusSource, StaffActionsAdapter]:
    """Both sides of the panel, wired to the station's running parts."""
    from zoneinfo import ZoneInfo

    from kiosk.usage import syncstate

    tz = ZoneInfo(config.usage.timezone)
    today = local_today(tz)
    printing = _Printing(config, flow, tz) if flow is not None else None
    status = StationStatusSource(
        controller,
        counters_today=today_counts(usage_store, today),
        readers=readers_of(presence),
        printer=printing.printer if printing else None,
        amount_today_cents=printing.amount if printing else None,
        card_forgotten=lambda: card_waiting(gate),
        network=network_up,
        sync=sync_state(
            bool(config.usage.collector_url),
            syncstate.path_for(config.usage.database),
        ),
    )
    actions = StaffActionsAdapter(
        controller,
        cancel_print_job=printing.cancel if printing else None,
        print_test_page=printing.test_page if printing else None,
        card_gate=gate,
        screen_reader=screen_reader,
    )
    return status, actions


class _Printing:
    """The panel's view of printing: the queue in CUPS and today's money."""

    def __init__(self, config: Config, flow: PrintFlow, tz: tzinfo) -> None:
        from kiosk.printing.daybook import PrintDayBook

        state_dir = Path(config.paths.state_dir)
        self._config = config
        self._tz = tz
        self._queue = config.printing.queue
        self._server = config.printing.cups_server
        self.book = PrintDayBook(state_dir / "print-day.json", local_today(tz))
        self._service_back_at: datetime | None = None
        self._alert: PrintAlert | None = None
        flow.done.connect(self._booked)
        flow.printServiceBack.connect(self._service_back)
        flow.staffAlert.connect(self._alerted)

    def _alerted(self, kind: str) -> None:
        klog.staff.warning("printing needs staff: %s", kind)
        self._alert = PrintAlert(kind, datetime.now(self._tz))

    def _service_back(self) -> None:
        self._service_back_at = datetime.now(self._tz)

    def _booked(self, outcome: PrintOutcome) -> None:
        if outcome.printed:
            self._alert = None  # the printer works again
        if outcome.charged:
            self.book.add(outcome.price_cents, outcome.pages)

    def printer(self) -> PrinterState:
        from kiosk.printing.status import read_queue

        state = printer_state(read_queue(self._queue, self._server))
        back = self._service_back_at
        if back is not None and back.date() != datetime.now(self._tz).date():
            back = None
        return replace(state, service_back_at=back, alert=self._alert)

    def amount(self) -> int:
        return self.book.today().amount_cents

    def cancel(self, job_id: int) -> CancelOutcome:
        from kiosk.printing.status import cancel_job

        return cancel_job(self._queue, self._server, job_id)

    def test_page(self) -> int:
        from kiosk.printing.status import print_test_page

        lines = lines_of_test_page(self._config, datetime.now(self._tz))
        return print_test_page(self._queue, self._server, lines)
