"""What a print job's and its printer's state mean: pure rules, no CUPS calls.

The worker polls CUPS and feeds snapshots in; `JobWatch` answers what to tell
the resident and what to do (research note 1.3 step 8 and 1.5):

- jam, paper, toner, door or offline → "please ask the staff"; never cancel
  (the job resumes when cleared); alert staff once after a while;
- processing-stopped (6) is final for us: a filter failed, nothing printed →
  cancel and refund;
- no progress for too long without a known trouble → cancel and flag;
- canceled/aborted/completed (7/8/9) are terminal.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

# IPP job states (RFC 8011 5.3.7)
PENDING, HELD, PROCESSING, STOPPED, CANCELED, ABORTED, COMPLETED = range(3, 10)
TERMINAL = frozenset({CANCELED, ABORTED, COMPLETED})
# IPP printer states
PRINTER_IDLE, PRINTER_PROCESSING, PRINTER_STOPPED = 3, 4, 5


class Trouble(enum.Enum):
    JAM = "jam"
    PAPER = "paper"
    TONER = "toner"
    DOOR = "door"
    OFFLINE = "offline"
    STOPPED = "stopped"  # the queue is stopped or not accepting jobs


# Reason keyword prefixes; the -error/-warning/-report suffix is ignored, since
# CUPS shows a device's "-error" as "-warning" on the queue.
_PREFIXES: tuple[tuple[str, Trouble], ...] = (
    ("media-jam", Trouble.JAM),
    ("jam", Trouble.JAM),
    ("media-empty", Trouble.PAPER),
    ("media-needed", Trouble.PAPER),
    ("input-tray-missing", Trouble.PAPER),
    ("toner-empty", Trouble.TONER),
    ("marker-supply-empty", Trouble.TONER),
    ("door-open", Trouble.DOOR),
    ("cover-open", Trouble.DOOR),
    ("offline", Trouble.OFFLINE),
    ("connecting-to-device", Trouble.OFFLINE),
)


@dataclass(frozen=True)
class JobStatus:
    state: int
    impressions_completed: int = 0


@dataclass(frozen=True)
class PrinterStatus:
    state: int
    reasons: tuple[str, ...] = ()
    accepting: bool = True


def trouble_of(
    reasons: tuple[str, ...], *, errors_only: bool = False
) -> Trouble | None:
    """The first trouble named by printer-state-reasons, if any.

    `errors_only`: consider only "-error" reasons. Used before release, because
    a queue keeps a stale "-warning" from an earlier jam until its next job.
    """
    for reason in reasons:
        if errors_only and not reason.endswith("-error"):
            continue
        for prefix, trouble in _PREFIXES:
            if reason.startswith(prefix):
                return trouble
    return None


def release_blocker(printer: PrinterStatus) -> Trouble | None:
    """Why a held job must stay held now; None when it may be released."""
    if printer.state == PRINTER_STOPPED or not printer.accepting:
        return Trouble.STOPPED
    return trouble_of(printer.reasons, errors_only=True)


class Verdict(enum.Enum):
    PRINTING = "printing"
    TROUBLE = "trouble"  # tell the resident to ask staff; keep the job
    ALERT_STAFF = "alert-staff"  # trouble lasted too long: alert staff (once)
    COMPLETED = "completed"
    FILTER_FAILED = "filter-failed"  # cancel, refund
    CANCELED = "canceled"  # ended by the printer or staff
    STALLED = "stalled"  # cancel, flag to staff

    @property
    def final(self) -> bool:
        return self in _FINAL


_FINAL = frozenset(
    {Verdict.COMPLETED, Verdict.FILTER_FAILED, Verdict.CANCELED, Verdict.STALLED}
)


@dataclass(frozen=True)
class WatchRules:
    staff_alert_after: float = 180.0
    stall_base: float = 60.0
    stall_per_page: float = 10.0


@dataclass(frozen=True)
class Observation:
    verdict: Verdict
    trouble: Trouble | None = None


class JobWatch:
    """Follows one released job from snapshots; time is passed in (seconds)."""

    def __init__(self, rules: WatchRules, impressions: int, released_at: float) -> None:
        self._rules = rules
        self._budget = rules.stall_base + rules.stall_per_page * impressions
        self._last = released_at
        self._busy = 0.0  # seconds spent without a known trouble
        self._trouble_since: float | None = None
        self._alerted = False

    def observe(
        self, job: JobStatus, printer: PrinterStatus, now: float
    ) -> Observation:
        elapsed, self._last = max(0.0, now - self._last), now
        if job.state == COMPLETED:
            return Observation(Verdict.COMPLETED)
        if job.state in (CANCELED, ABORTED):
            return Observation(Verdict.CANCELED)
        if job.state == STOPPED:
            return Observation(Verdict.FILTER_FAILED)
        trouble = trouble_of(printer.reasons) if job.state == PROCESSING else None
        if trouble is None and job.state == PENDING:
            trouble = release_blocker(printer)
        if trouble is not None:
            if self._trouble_since is None:
                self._trouble_since = now
            if not self._alerted and (
                now - self._trouble_since >= self._rules.staff_alert_after
            ):
                self._alerted = True
                return Observation(Verdict.ALERT_STAFF, trouble)
            return Observation(Verdict.TROUBLE, trouble)
        self._trouble_since = None
        self._busy += elapsed
        if self._busy > self._budget:
            return Observation(Verdict.STALLED)
        return Observation(Verdict.PRINTING)


class Settlement(enum.Enum):
    BOOK = "book"
    REFUND = "refund"


def settle(verdict: Verdict, job: JobStatus) -> Settlement:
    """Refund only when nothing can have printed (CUPS counts are no proof of paper)."""
    if verdict is Verdict.FILTER_FAILED and job.impressions_completed == 0:
        return Settlement.REFUND
    if job.state == HELD:  # cancelled before it was ever released
        return Settlement.REFUND
    return Settlement.BOOK
