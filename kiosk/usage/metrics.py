"""The counter vocabulary: which metrics exist and which dimensions each takes.

Pure: shared by the station (what it may record) and the collector (what it
accepts). A dimension is a short word from a fixed set, or for service ids a
short slug; it can never carry a URL, a time finer than an hour or free text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Final

from kiosk.session.events import OutOfServiceReason
from kiosk.usage.errors import CounterError

DIMENSION_MAX: Final = 32
METRIC_MAX: Final = 32
# A slug: lower-case letters, digits, '-' and '_'. No ':', '/', '.', '?', ' ', '@'.
SLUG_RE: Final = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")

HOURS: Final = tuple(f"{h:02d}" for h in range(24))
# Session length buckets in minutes: [0, 5), [5, 15), [15, 30), [30, 60), [60, ∞).
DURATION_BUCKETS: Final = ("m00-05", "m05-15", "m15-30", "m30-60", "m60-up")
END_REASONS: Final = ("resident", "idle", "max_time", "staff", "crash")
LANGUAGES: Final = ("de", "en", "ar", "uk", "ru", "tr")
OUT_OF_SERVICE_REASONS: Final = tuple(r.value for r in OutOfServiceReason if r)


@dataclass(frozen=True)
class Metric:
    name: str
    description: str
    # None: no dimension (stored as ""); a tuple: exactly these; "slug": any slug.
    dimensions: tuple[str, ...] | str | None = None


_ALL: Final = (
    Metric("sessions", "sessions started"),
    Metric("sessions_by_hour", "sessions started, by local hour of day", HOURS),
    Metric("sessions_by_duration", "sessions ended, by length", DURATION_BUCKETS),
    Metric("session_minutes", "minutes in sessions (rounded down per session)"),
    Metric("sessions_ended", "sessions ended, by who ended them", END_REASONS),
    Metric("service_launches", "services opened, by service id", "slug"),
    Metric("languages", "languages chosen (at start or changed)", LANGUAGES),
    Metric("print_jobs", "print jobs completed"),
    Metric("print_pages", "pages printed"),
    Metric("print_sheets", "sheets of paper used"),
    Metric("prints_refused", "print jobs refused or failed"),
    Metric("eid_started", "eID workflows started"),
    Metric("eid_succeeded", "eID workflows that succeeded"),
    Metric("eid_failed", "eID workflows that failed or were cancelled"),
    Metric("cards_left", "cards left in the reader"),
    Metric("scans", "documents scanned into My documents"),
    Metric("scan_pages", "pages scanned"),
    Metric(
        "out_of_service_minutes",
        "minutes out of service, by reason",
        OUT_OF_SERVICE_REASONS,
    ),
    Metric("wipe_failures", "wipes with at least one failed step"),
    Metric("wipe_failed_steps", "failed wipe steps, by step name", "slug"),
    Metric("writer_documents", "CVs and cover letters made by the writer"),
)
METRICS: Final[dict[str, Metric]] = {m.name: m for m in _ALL}
# The KPI "Anzahl Nutzungen": sessions started.
KPI_METRIC: Final = "sessions"


def slug(value: str) -> str:
    """A service id or step name as a dimension; over-long ones get a stable hash tail.

    Station configs allow service ids up to 63 characters, the counter column
    holds 32: keep the readable start and make the rest a short digest so two
    long ids never collide.
    """
    value = value.lower()
    if len(value) > DIMENSION_MAX:
        digest = hashlib.sha256(value.encode()).hexdigest()[:8]
        value = f"{value[: DIMENSION_MAX - 9]}-{digest}"
    if not SLUG_RE.match(value):
        raise CounterError(
            f"{value!r} cannot be a counter dimension; use lower-case letters, "
            "digits, '-' and '_' only (at most 32 characters)"
        )
    return value


def check(metric: str, dimension: str) -> None:
    """Raise CounterError naming the problem when (metric, dimension) is not allowed."""
    spec = METRICS.get(metric)
    if spec is None:
        raise CounterError(
            f"unknown metric {metric!r}; known metrics: {', '.join(sorted(METRICS))}"
        )
    allowed = spec.dimensions
    if allowed is None:
        if dimension != "":
            raise CounterError(
                f"metric {metric!r} takes no dimension (found {dimension!r}); send ''"
            )
    elif allowed == "slug":
        if not SLUG_RE.match(dimension):
            raise CounterError(
                f"dimension {dimension!r} of {metric!r} must be a slug: lower-case "
                "letters, digits, '-' and '_' (1 to 32 characters)"
            )
    elif dimension not in allowed:
        raise CounterError(
            f"dimension {dimension!r} of {metric!r} must be one of {list(allowed)}"
        )
