"""What happens on a station, as small immutable events.

The lifecycle publishes them; subsystems (printing, eID, card reader) publish
theirs through the same bus, and sinks such as the usage counters subscribe
once. Events carry no personal data: no URLs, no names, no typed text, and
times no finer than the counters need.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


class EndReason(enum.Enum):
    RESIDENT = "resident"  # the resident pressed End session
    IDLE = "idle"  # the idle countdown ran out
    MAX_TIME = "max_time"  # the maximum session length was reached
    STAFF = "staff"  # staff ended it from the panel
    CRASH = "crash"  # found at boot: the previous run died mid-session


class OutOfServiceReason(enum.StrEnum):
    """Why the station is out of service (stored in the usage counts as is)."""

    NONE = ""  # in service
    WIPE_FAILED = "wipe-failed"  # a wipe step could not prove its work
    STAFF = "staff"  # staff set it from the panel
    CARD_LEFT = "card-left"  # a card stayed in the reader past the deadline
    OTHER = "other"  # a reason an older or newer version wrote


@dataclass(frozen=True)
class SessionStarted:
    at: datetime
    language: str


@dataclass(frozen=True)
class LanguageChosen:
    at: datetime
    language: str


@dataclass(frozen=True)
class ServiceOpened:
    at: datetime
    service_id: str


@dataclass(frozen=True)
class SessionEnded:
    at: datetime
    started_at: datetime
    reason: EndReason


@dataclass(frozen=True)
class WipeFinished:
    at: datetime
    ok: bool
    failed_steps: tuple[str, ...]


@dataclass(frozen=True)
class OutOfServiceChanged:
    at: datetime
    out_of_service: bool
    reason: OutOfServiceReason  # never resident data


@dataclass(frozen=True)
class PrintJobFinished:
    at: datetime
    pages: int
    sheets: int
    completed: bool  # False: refused or failed, nothing charged


@dataclass(frozen=True)
class EidWorkflow:
    at: datetime
    succeeded: bool | None  # None: started


@dataclass(frozen=True)
class CardLeft:
    at: datetime


@dataclass(frozen=True)
class ApplicationDocumentMade:
    """The writer saved a CV or cover letter; nothing of its content."""

    at: datetime


@dataclass(frozen=True)
class DocumentScanned:
    """A document saved from the scanner: how many pages, nothing else."""

    at: datetime
    pages: int


Event = (
    SessionStarted
    | LanguageChosen
    | ServiceOpened
    | SessionEnded
    | WipeFinished
    | OutOfServiceChanged
    | PrintJobFinished
    | EidWorkflow
    | CardLeft
    | ApplicationDocumentMade
    | DocumentScanned
)

Sink = Callable[[Event], None]
