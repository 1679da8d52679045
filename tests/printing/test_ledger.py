"""The session ledger: reserve, book, refund, totals."""

from __future__ import annotations

import pytest

from kiosk.printing.ledger import Entry, LedgerError, SessionLedger, Totals
from kiosk.printing.quota import Quote, Request, Rules, quote

RULES = Rules(
    free_pages=10, price_per_page_cents=10, max_pages_per_job=100, max_copies=5
)


def _quote(pages: int, used: int, copies: int = 1, duplex: bool = False) -> Quote:
    q = quote(RULES, Request(pages, copies, duplex), used)
    assert isinstance(q, Quote)
    return q


def test_reserved_pages_count_against_the_next_quote() -> None:
    ledger = SessionLedger()
    ledger.reserve(_quote(8, 0))
    assert ledger.used_pages() == 8
    assert _quote(5, ledger.used_pages()).price_cents == 30


@pytest.mark.parametrize(
    ("settle", "used", "totals"),
    [
        ("book", 12, Totals(jobs=1, pages=12, sheets=6, amount_cents=20)),
        ("refund", 0, Totals(refunded=1)),
    ],
)
def test_settle(settle: str, used: int, totals: Totals) -> None:
    ledger = SessionLedger()
    key = ledger.reserve(_quote(6, 0, copies=2, duplex=True))
    getattr(ledger, settle)(key)
    assert ledger.used_pages() == used
    assert ledger.totals() == totals
    assert ledger.reserved_keys() == ()


def test_a_line_settles_only_once() -> None:
    ledger = SessionLedger()
    key = ledger.reserve(_quote(1, 0))
    ledger.book(key)
    assert ledger.state(key) is Entry.BOOKED
    with pytest.raises(LedgerError, match="already booked"):
        ledger.refund(key)
    with pytest.raises(LedgerError, match="no ledger line 99"):
        ledger.book(99)


def test_refusals_are_counted() -> None:
    ledger = SessionLedger()
    ledger.note_refused()
    ledger.note_refused()
    assert ledger.totals().refused == 2
