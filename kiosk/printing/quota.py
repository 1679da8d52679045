"""Quota and price: pure arithmetic, no Qt, no CUPS.

Units (research note 1.2): an *impression* is one printed side ("page" for the
resident, and the unit of quota and price); a *sheet* is one piece of paper.

    impressions = pages × copies
    sheets      = copies × (ceil(pages / 2) if duplex else pages)

CUPS's own sheet counter halves impressions for any duplex job and is wrong for
odd page counts, so sheets are always computed here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


def impressions(pages: int, copies: int) -> int:
    return pages * copies


def sheets(pages: int, copies: int, duplex: bool) -> int:
    per_copy = (pages + 1) // 2 if duplex else pages
    return per_copy * copies


@dataclass(frozen=True)
class Rules:
    """The station's printing rules (from PrintingConfig)."""

    free_pages: int
    price_per_page_cents: int
    max_pages_per_job: int
    max_copies: int
    # Impressions a session may print in all, free and paid; 0: no limit.
    max_pages_per_session: int = 0


@dataclass(frozen=True)
class Request:
    pages: int  # pages in the normalised document (one copy)
    copies: int = 1
    duplex: bool = False


class Refusal(enum.Enum):
    NO_PAGES = "no-pages"
    BAD_COPIES = "bad-copies"
    TOO_MANY_COPIES = "too-many-copies"
    TOO_MANY_PAGES = "too-many-pages"  # one job is longer than allowed
    QUOTA_EXHAUSTED = "quota-exhausted"  # free pages used up and no paid printing
    SESSION_LIMIT = "session-limit"  # the session's page limit would be passed


@dataclass(frozen=True)
class Quote:
    """What the confirmation shows, and what the ledger reserves."""

    pages: int
    copies: int
    duplex: bool
    impressions: int
    sheets: int
    free_left_before: int  # free pages this session still had
    free_used: int  # free pages this job uses
    charged_pages: int  # pages beyond the free ones
    price_cents: int

    @property
    def free_left_after(self) -> int:
        return self.free_left_before - self.free_used


@dataclass(frozen=True)
class Refused:
    reason: Refusal
    # The job as it would have been: the UI shows its price and size with the reason.
    quote: Quote | None
    limit: int  # the limit that was hit (pages or copies); 0 when none applies


def quote(rules: Rules, request: Request, used_pages: int) -> Quote | Refused:
    """Price one job given the pages the session already used or reserved."""
    if request.pages < 1:
        return Refused(Refusal.NO_PAGES, None, 0)
    if request.copies < 1:
        return Refused(Refusal.BAD_COPIES, None, rules.max_copies)
    used = max(0, used_pages)
    imps = impressions(request.pages, request.copies)
    free_left = max(0, rules.free_pages - used)
    free_used = min(free_left, imps)
    charged = imps - free_used
    q = Quote(
        pages=request.pages,
        copies=request.copies,
        duplex=request.duplex,
        impressions=imps,
        sheets=sheets(request.pages, request.copies, request.duplex),
        free_left_before=free_left,
        free_used=free_used,
        charged_pages=charged,
        price_cents=charged * rules.price_per_page_cents,
    )
    if request.copies > rules.max_copies:
        return Refused(Refusal.TOO_MANY_COPIES, q, rules.max_copies)
    if imps > rules.max_pages_per_job:
        return Refused(Refusal.TOO_MANY_PAGES, q, rules.max_pages_per_job)
    if rules.max_pages_per_session and used + imps > rules.max_pages_per_session:
        return Refused(Refusal.SESSION_LIMIT, q, rules.max_pages_per_session)
    if charged and rules.price_per_page_cents == 0:
        # Price 0 means "no paid printing": the free pages are a hard quota.
        return Refused(Refusal.QUOTA_EXHAUSTED, q, rules.free_pages)
    return q


def format_cents(cents: int, currency: str = "EUR") -> str:
    """1234 → '12.34 EUR' (the widget localises separators itself)."""
    return f"{cents // 100}.{cents % 100:02d} {currency}"
