"""The staff panel's view of the station and its actions, on the real
controller and window: each action has the effect the next resident sees."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.cardreader.atr import CardKind
from kiosk.cardreader.presence import Snapshot
from kiosk.printing.status import Problem, QueueJob, QueueStatus
from kiosk.printing.status import Supply as QueueSupply
from kiosk.session.events import EndReason, SessionEnded
from kiosk.session.lifecycle import State
from kiosk.shell.panel_sources import (
    StaffActionsAdapter,
    StationStatusSource,
    network_up,
    printer_state,
    readers_of,
    sync_state,
    today_counts,
)
from kiosk.staff.status import Outcome, PrinterState, PrintJob, Supply, SyncState
from kiosk.usage import syncstate
from kiosk.usage.aggregate import Increment
from kiosk.usage.store import CounterStore


class _Presence:
    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot


def test_readers_and_cards_for_the_panel() -> None:
    presence = _Presence(
        Snapshot(
            service_up=True,
            readers={"Reader B": None, "Reader A": CardKind.CONTACTLESS},
        )
    )
    readers = readers_of(presence)()
    assert [(r.name, r.card_present, r.card_kind) for r in readers] == [
        ("Reader A", True, "contactless"),
        ("Reader B", False, ""),
    ]


def test_no_service_no_readers() -> None:
    assert readers_of(_Presence(Snapshot()))() == ()


def test_the_queue_as_the_panel_shows_it() -> None:
    status = QueueStatus(
        state=4,
        reasons=("media-low-warning",),
        accepting=True,
        supplies=(QueueSupply("Black", 8, True),),
        jobs=(QueueJob(3, 4, 2), QueueJob(5, 5, 0), QueueJob(6, 6, 1)),
    )
    assert printer_state(status) == PrinterState(
        "printing",
        ("media-low-warning",),
        (Supply("Black", 8, True),),
        (PrintJob(3, 2, "held"), PrintJob(5, 0, "printing"), PrintJob(6, 1, "stopped")),
        True,
    )
    assert printer_state(QueueStatus(state=3)).state == "ready"
    assert printer_state(QueueStatus(state=5)).state == "stopped"
    unreachable = QueueStatus(problem=Problem.UNREACHABLE)
    assert printer_state(unreachable) == PrinterState("unreachable")
    assert printer_state(QueueStatus(problem=Problem.NO_QUEUE)).state == "no-queue"


ROUTE_HEAD = "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n"


@pytest.mark.parametrize(
    ("route", "ipv6", "oper", "up"),
    [
        ("eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\n", "", "up", True),
        ("eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\n", "", "down", False),
        ("eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\n", "", "up", False),
        (
            "",
            "00000000000000000000000000000000 00 0 00 0 0 0 0 00000003 eth0\n"
            "00000000000000000000000000000000 00 0 00 0 ffffffff 1 0 00200200 lo\n",
            "up",
            True,
        ),
        (
            "",
            "00000000000000000000000000000000 00 0 00 0 ffffffff 1 0 00200200 lo\n",
            "up",
            False,
        ),
    ],
)
def test_network_is_a_default_route_on_a_live_interface(
    tmp_path: Path, route: str, ipv6: str, oper: str, up: bool
) -> None:
    proc, sys_net = tmp_path / "proc", tmp_path / "sys"
    proc.mkdir()
    (proc / "route").write_text(ROUTE_HEAD + route)
    (proc / "ipv6_route").write_text(ipv6)
    (sys_net / "eth0").mkdir(parents=True)
    (sys_net / "eth0" / "operstate").write_text(oper + "\n")
    assert network_up(proc, sys_net) is up


def test_network_unknown_without_proc(tmp_path: Path) -> None:
    assert network_up(tmp_path / "none", tmp_path) is None


def test_last_sync_from_the_note_of_kiosk_usage_sync(tmp_path: Path) -> None:
    path = syncstate.path_for(tmp_path / "usage.sqlite")
    assert sync_state(False, path)() == SyncState()
    assert sync_state(True, path)() == SyncState(True)
    at = datetime(2025, 3, 14, 8, 0, tzinfo=UTC)
    syncstate.record(path, ok=True, days_sent=2, at=at)
    assert sync_state(True, path)() == SyncState(True, at, at, True)


# -- on the real controller -------------------------------------------------------


def _source(controller, **kw) -> StationStatusSource:  # type: ignore[no-untyped-def]
    return StationStatusSource(controller, **kw)


def test_end_session_now_leaves_nothing_for_the_next_resident(
    qtbot, make_station
) -> None:
    controller = make_station()
    events: list[object] = []
    controller.lifecycle.subscribe(events.append)
    controller.start()
    controller.open_service("svc")
    (controller.session_dir / "documents" / "brief.pdf").write_bytes(b"%PDF-1.4")
    status, actions = _source(controller), StaffActionsAdapter(controller)
    assert status.snapshot().in_session
    actions.end_session_now()
    assert controller.lifecycle.state is State.WELCOME
    assert [e.reason for e in events if isinstance(e, SessionEnded)] == [
        EndReason.STAFF
    ]
    assert controller.last_report.ok
    assert not (controller.session_dir / "documents").exists()
    assert controller.web is None
    # The next resident starts on a clean launcher.
    controller.start()
    assert controller.current_view() is None
    assert not status.snapshot().out_of_service


def test_out_of_service_shows_the_message_and_refuses_until_back(
    qtbot, make_station
) -> None:
    controller = make_station()
    controller.start()
    status, actions = _source(controller), StaffActionsAdapter(controller)
    actions.set_out_of_service("Bitte Platz 2 benutzen")
    window = controller.window
    assert controller.lifecycle.state is State.OUT_OF_SERVICE
    assert window.stack.currentWidget() is window.out_of_service
    assert window.out_of_service.staff_message.text() == "Bitte Platz 2 benutzen"
    snap = status.snapshot()
    assert (snap.out_of_service, snap.out_of_service_reason, snap.staff_message) == (
        True,
        "staff",
        "Bitte Platz 2 benutzen",
    )
    controller.start()  # the next resident cannot start
    assert controller.lifecycle.state is State.OUT_OF_SERVICE
    actions.return_to_service()
    assert controller.lifecycle.state is State.WELCOME
    assert window.stack.currentWidget() is window.welcome
    assert status.snapshot().staff_message == ""
    controller.start()
    assert controller.lifecycle.state is State.ACTIVE


def test_no_printer_on_this_station(qtbot, make_station) -> None:
    controller = make_station()
    status, actions = _source(controller), StaffActionsAdapter(controller)
    assert status.printer() is None and not status.snapshot().printing
    assert actions.cancel_print_job(4).outcome is Outcome.NO_PRINTER
    assert actions.print_test_page().outcome is Outcome.NO_PRINTER


def test_a_card_left_out_of_service_is_acknowledged_without_a_gate(
    qtbot, make_station
) -> None:
    controller = make_station()
    controller.lifecycle.set_out_of_service("card-left")
    actions = StaffActionsAdapter(controller)
    actions.acknowledge_forgotten_card()
    assert controller.lifecycle.state is State.WELCOME


def test_todays_counters_and_money_survive_a_restart(
    qtbot, make_station, tmp_path: Path
) -> None:
    from kiosk.printing.daybook import PrintDayBook

    today = date.today()
    store = CounterStore(tmp_path / "usage.sqlite")
    store.apply(
        [
            Increment(today, "sessions", "", 7),
            Increment(today, "print_pages", "", 12),
            Increment(today, "eid_started", "", 2),
            Increment(today, "cards_left", "", 1),
            Increment(date(2000, 1, 1), "sessions", "", 99),  # not today
        ]
    )
    PrintDayBook(tmp_path / "print-day.json", lambda: today).add(80, 12)
    store.close()
    controller = make_station()
    # A shell restart: new objects on the same files.
    book = PrintDayBook(tmp_path / "print-day.json", lambda: today)
    status = _source(
        controller,
        counters_today=today_counts(CounterStore(tmp_path / "usage.sqlite")),
        amount_today_cents=lambda: book.today().amount_cents,
        printer=lambda: PrinterState("ready"),
    )
    snap = status.snapshot()
    assert (snap.sessions_today, snap.pages_today, snap.eid_today) == (7, 12, 2)
    assert snap.cards_left_today == 1
    assert snap.amount_to_collect_cents == 80 and snap.printing
    assert snap.disk_free_percent > 0 and snap.version
