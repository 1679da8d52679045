"""What the panel shows and what it can do: plain data and two Protocols.

The lead wires these to the real subsystems (cardreader, printing, usage,
session). No Qt here. Nothing personal: no document names, no card data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class ReaderState:
    name: str
    card_present: bool
    card_kind: str = ""  # e.g. "eID", "unknown"; never card data


@dataclass(frozen=True)
class PrintJob:
    job_id: int
    pages: int
    state: str  # "pending", "printing", "held", …


@dataclass(frozen=True)
class PrinterState:
    state: str  # "idle", "printing", "stopped", "unreachable"
    reasons: tuple[str, ...] = ()  # IPP printer-state-reasons, e.g. "media-empty"
    supplies: tuple[tuple[str, int], ...] = ()  # (name, percent 0..100, -1 unknown)
    jobs: tuple[PrintJob, ...] = ()


@dataclass(frozen=True)
class StationSnapshot:
    version: str
    uptime_seconds: int
    readers: tuple[ReaderState, ...] = ()
    printer: PrinterState | None = None
    network_ok: bool = False
    last_sync: str = ""  # local time of the last successful sync, "" = never
    disk_free_percent: int = -1
    sessions_today: int = 0
    pages_today: int = 0
    amount_to_collect_cents: int = 0
    out_of_service: bool = False
    in_session: bool = False
    card_forgotten: bool = False
    counters: tuple[tuple[str, int], ...] = field(default_factory=tuple)


class StationStatus(Protocol):
    def snapshot(self) -> StationSnapshot:
        """May block (CUPS, disk); the panel calls it in a worker thread."""
        ...


class StaffActions(Protocol):
    """Each call runs in the GUI thread and must return quickly."""

    def end_session_now(self) -> None: ...
    def set_out_of_service(self, message: str) -> None: ...
    def return_to_service(self) -> None: ...
    def cancel_print_job(self, job_id: int) -> None: ...
    def print_test_page(self) -> None: ...
    def acknowledge_forgotten_card(self) -> None: ...


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
