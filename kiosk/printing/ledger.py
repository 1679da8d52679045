"""The session ledger: reservations before paper moves, bookings after.

A job's quote is *reserved* before it is submitted (fail closed: a crash
between submit and release never prints more than the ledger allows), then
either *booked* (it printed, or may have: CUPS counters are no proof of paper,
so anything that reached the printer stays booked) or *refunded* (nothing can
have printed: refused by a filter, or cancelled while still held).

Pure: no Qt, no CUPS. What staff collect today is kept by `daybook`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from kiosk.printing.quota import Quote


class Entry(enum.Enum):
    RESERVED = "reserved"
    BOOKED = "booked"
    REFUNDED = "refunded"


class LedgerError(Exception):
    """A ledger operation on a job in the wrong state (a bug in the caller)."""


@dataclass(frozen=True)
class Line:
    key: int  # the ledger's own job number (CUPS ids come and go)
    quote: Quote
    state: Entry


@dataclass(frozen=True)
class Totals:
    jobs: int = 0  # booked jobs
    pages: int = 0  # booked impressions
    sheets: int = 0
    amount_cents: int = 0  # to collect
    refused: int = 0  # refused before printing (quota, document, printer)
    refunded: int = 0  # reserved, then nothing printed


@dataclass
class SessionLedger:
    """One resident's printing: what is reserved, booked and refunded."""

    _lines: dict[int, Line] = field(default_factory=dict)
    _next: int = 1
    _refused: int = 0

    def used_pages(self) -> int:
        """Impressions booked or reserved: what the next quote must count."""
        return sum(
            line.quote.impressions
            for line in self._lines.values()
            if line.state is not Entry.REFUNDED
        )

    def reserve(self, quote: Quote) -> int:
        key = self._next
        self._next += 1
        self._lines[key] = Line(key, quote, Entry.RESERVED)
        return key

    def book(self, key: int) -> Quote:
        return self._settle(key, Entry.BOOKED)

    def refund(self, key: int) -> Quote:
        return self._settle(key, Entry.REFUNDED)

    def note_refused(self) -> None:
        self._refused += 1

    def state(self, key: int) -> Entry:
        return self._line(key).state

    def reserved_keys(self) -> tuple[int, ...]:
        return tuple(k for k, v in self._lines.items() if v.state is Entry.RESERVED)

    def totals(self) -> Totals:
        booked = [v.quote for v in self._lines.values() if v.state is Entry.BOOKED]
        return Totals(
            jobs=len(booked),
            pages=sum(q.impressions for q in booked),
            sheets=sum(q.sheets for q in booked),
            amount_cents=sum(q.price_cents for q in booked),
            refused=self._refused,
            refunded=sum(1 for v in self._lines.values() if v.state is Entry.REFUNDED),
        )

    def _line(self, key: int) -> Line:
        try:
            return self._lines[key]
        except KeyError:
            raise LedgerError(f"no ledger line {key}") from None

    def _settle(self, key: int, state: Entry) -> Quote:
        line = self._line(key)
        if line.state is not Entry.RESERVED:
            raise LedgerError(
                f"ledger line {key} is already {line.state.value}; "
                f"it can be {state.value} only once"
            )
        self._lines[key] = replace(line, state=state)
        return line.quote
