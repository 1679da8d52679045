"""What the panel shows and what it can do: plain data and two Protocols.

The composition root wires these to the real subsystems (kiosk.shell.panel_sources). No
Qt here. Nothing personal: no document names, no card data, no resident.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kiosk.session.events import OutOfServiceReason


@dataclass(frozen=True)
class ReaderState:
    name: str
    card_present: bool
    card_kind: str = ""  # e.g. "eID", "unknown"; never card data


@dataclass(frozen=True)
class PrintJob:
    job_id: int
    pages: int  # 0: CUPS does not know yet
    state: JobCondition


@dataclass(frozen=True)
class Supply:
    name: str
    percent: int  # 0..100, -1 unknown
    low: bool = False


class PrinterCondition(enum.StrEnum):
    READY = "ready"
    PRINTING = "printing"
    STOPPED = "stopped"
    UNREACHABLE = "unreachable"  # CUPS does not answer
    NO_QUEUE = "no-queue"  # CUPS has no such queue


class JobCondition(enum.StrEnum):
    WAITING = "waiting"
    HELD = "held"
    PRINTING = "printing"
    STOPPED = "stopped"


@dataclass(frozen=True)
class PrintAlert:
    """Printer trouble that outlasted `staff_alert_after_seconds` in a job."""

    kind: str  # "jam", "paper", "toner", "door", "offline", "stopped", "stalled"
    since: datetime


@dataclass(frozen=True)
class PrinterState:
    state: PrinterCondition
    reasons: tuple[str, ...] = ()  # IPP printer-state-reasons, e.g. "media-empty"
    supplies: tuple[Supply, ...] = ()
    jobs: tuple[PrintJob, ...] = ()
    accepting: bool = True
    # Today, CUPS stopped answering during a job and came back with it.
    service_back_at: datetime | None = None
    alert: PrintAlert | None = None  # until a later job prints


@dataclass(frozen=True)
class SyncState:
    configured: bool = False  # a collector is set in the station config
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    last_ok: bool | None = None  # None: never ran


@dataclass(frozen=True)
class StationSnapshot:
    version: str
    uptime_seconds: int
    readers: tuple[ReaderState, ...] = ()
    network_ok: bool | None = None  # None: unknown
    sync: SyncState = SyncState()
    disk_free_percent: int = -1
    sessions_today: int = 0
    pages_today: int = 0
    eid_today: int = 0
    cards_left_today: int = 0
    printing: bool = False  # this station offers printing
    amount_to_collect_cents: int = 0
    out_of_service: bool = False
    out_of_service_reason: OutOfServiceReason = OutOfServiceReason.NONE
    staff_message: str = ""  # what residents see while out of service
    in_session: bool = False
    card_forgotten: bool = False
    scanner: str = ""  # the SANE device of [documents] scanner; "" for none
    scan_pages_today: int = 0


class Outcome(enum.Enum):
    """How a printer action went, in words the panel turns into sentences."""

    DONE = "done"
    GONE = "gone"  # the job has ended already
    NOT_OURS = "not-ours"  # the job was not sent by this station
    UNAVAILABLE = "unavailable"  # the printer (CUPS) cannot be reached
    NO_PRINTER = "no-printer"  # printing is off at this station


@dataclass(frozen=True)
class ActionResult:
    outcome: Outcome
    job_id: int = 0


class StationStatus(Protocol):
    def snapshot(self) -> StationSnapshot:
        """May block (disk, the counter file); the panel calls it in a worker."""
        ...

    def printer(self) -> PrinterState | None:
        """May block for long (CUPS); called in its own worker. None: no printing."""
        ...


class StaffActions(Protocol):
    """The first five run in the GUI thread and return quickly; the two printer
    actions may block and are called in a worker thread."""

    def end_session_now(self) -> None: ...
    def set_out_of_service(self, message: str) -> None: ...
    def return_to_service(self) -> None: ...
    def acknowledge_forgotten_card(self) -> None: ...
    def cancel_print_job(self, job_id: int) -> ActionResult: ...
    def print_test_page(self) -> ActionResult: ...
    def toggle_screen_reader(self) -> bool: ...  # on now?


def format_cents(cents: int) -> str:
    """1234 -> '12,34 €' (German notation, the currency of the config)."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100},{cents % 100:02d} €"


def format_uptime(seconds: int) -> str:
    days, rest = divmod(max(0, seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    return f"{days} d {hours} h {minutes} min" if days else f"{hours} h {minutes} min"


class Reason(enum.Enum):
    """What a printer-state-reason means for staff."""

    JAM = "jam"
    PAPER_EMPTY = "paper-empty"
    PAPER_LOW = "paper-low"
    TONER_EMPTY = "toner-empty"
    TONER_LOW = "toner-low"
    DOOR = "door"
    OFFLINE = "offline"
    PAUSED = "paused"
    OTHER = "other"


_REASONS: tuple[tuple[str, Reason], ...] = (
    ("media-jam", Reason.JAM),
    ("jam", Reason.JAM),
    ("media-empty", Reason.PAPER_EMPTY),
    ("media-needed", Reason.PAPER_EMPTY),
    ("input-tray-missing", Reason.PAPER_EMPTY),
    ("media-low", Reason.PAPER_LOW),
    ("toner-empty", Reason.TONER_EMPTY),
    ("marker-supply-empty", Reason.TONER_EMPTY),
    ("toner-low", Reason.TONER_LOW),
    ("marker-supply-low", Reason.TONER_LOW),
    ("door-open", Reason.DOOR),
    ("cover-open", Reason.DOOR),
    ("offline", Reason.OFFLINE),
    ("connecting-to-device", Reason.OFFLINE),
    ("paused", Reason.PAUSED),
)
# Reasons that say nothing staff can act on.
_QUIET = ("none", "cups-waiting-for-job-completed", "cups-ipp-conformance-failure")


def staff_reasons(reasons: tuple[str, ...]) -> tuple[tuple[Reason, str], ...]:
    """The reasons worth showing, each with its meaning; "-report" ones left out."""
    out: list[tuple[Reason, str]] = []
    for reason in reasons:
        if reason.endswith("-report") or reason.startswith(_QUIET):
            continue
        kind = next((k for p, k in _REASONS if reason.startswith(p)), Reason.OTHER)
        if all(kind is not k or kind is Reason.OTHER for k, _ in out):
            out.append((kind, reason))
    return tuple(out)
