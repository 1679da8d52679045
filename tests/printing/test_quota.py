"""Quota and price arithmetic, table-driven."""

from __future__ import annotations

import pytest

from kiosk.printing.quota import (
    Quote,
    Refusal,
    Refused,
    Request,
    Rules,
    format_cents,
    impressions,
    quote,
    sheets,
)

RULES = Rules(
    free_pages=10, price_per_page_cents=10, max_pages_per_job=100, max_copies=5
)


@pytest.mark.parametrize(
    ("pages", "copies", "duplex", "imps", "paper"),
    [
        (1, 1, False, 1, 1),
        (1, 1, True, 1, 1),
        (5, 1, False, 5, 5),
        (5, 1, True, 5, 3),  # CUPS would say 2
        (5, 2, True, 10, 6),  # CUPS would say 5
        (4, 2, True, 8, 4),
        (4, 3, False, 12, 12),
        (300, 1, True, 300, 150),
        (7, 5, True, 35, 20),
    ],
)
def test_units(pages: int, copies: int, duplex: bool, imps: int, paper: int) -> None:
    assert impressions(pages, copies) == imps
    assert sheets(pages, copies, duplex) == paper


@pytest.mark.parametrize(
    ("pages", "copies", "duplex", "used", "free_used", "charged", "cents", "left"),
    [
        (5, 1, False, 0, 5, 0, 0, 5),
        (10, 1, False, 0, 10, 0, 0, 0),
        (11, 1, False, 0, 10, 1, 10, 0),
        (5, 2, True, 3, 7, 3, 30, 0),
        (3, 1, False, 10, 0, 3, 30, 0),
        (3, 1, False, 25, 0, 3, 30, 0),
        (1, 1, False, -4, 1, 0, 0, 9),  # a negative "used" is treated as none
    ],
)
def test_price(
    pages: int,
    copies: int,
    duplex: bool,
    used: int,
    free_used: int,
    charged: int,
    cents: int,
    left: int,
) -> None:
    q = quote(RULES, Request(pages, copies, duplex), used)
    assert isinstance(q, Quote)
    assert (q.free_used, q.charged_pages, q.price_cents) == (free_used, charged, cents)
    assert q.free_left_after == left


@pytest.mark.parametrize(
    ("rules", "request_", "used", "reason", "limit", "shown_cents"),
    [
        (RULES, Request(0), 0, Refusal.NO_PAGES, 0, None),
        (RULES, Request(3, copies=0), 0, Refusal.BAD_COPIES, 5, None),
        (RULES, Request(3, copies=6), 0, Refusal.TOO_MANY_COPIES, 5, 80),
        (RULES, Request(101), 0, Refusal.TOO_MANY_PAGES, 100, 910),
        (RULES, Request(30, copies=4), 0, Refusal.TOO_MANY_PAGES, 100, 1100),
        (
            Rules(10, 10, 100, 5, max_pages_per_session=20),
            Request(6),
            15,
            Refusal.SESSION_LIMIT,
            20,
            60,
        ),
        (Rules(10, 0, 100, 5), Request(4), 8, Refusal.QUOTA_EXHAUSTED, 10, 0),
    ],
)
def test_refusals(
    rules: Rules,
    request_: Request,
    used: int,
    reason: Refusal,
    limit: int,
    shown_cents: int | None,
) -> None:
    result = quote(rules, request_, used)
    assert isinstance(result, Refused)
    assert (result.reason, result.limit) == (reason, limit)
    if shown_cents is None:
        assert result.quote is None
    else:
        assert result.quote is not None
        assert result.quote.price_cents == shown_cents


def test_free_printing_within_the_quota_is_allowed_even_without_a_price() -> None:
    assert isinstance(quote(Rules(10, 0, 100, 5), Request(10), 0), Quote)


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "0.00 EUR"), (5, "0.05 EUR"), (130, "1.30 EUR"), (12345, "123.45 EUR")],
)
def test_format_cents(cents: int, text: str) -> None:
    assert format_cents(cents) == text
