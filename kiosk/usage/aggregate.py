"""Session events → counter increments. Pure: no database, no Qt, no clock.

Days and hours are local to the station (the city reads "Monday 9 to 10 in
Lobeda"), so the aggregator is given the station's time zone. A session counts
on the day it started; its length, minutes and end reason on the day it ended.
Out-of-service minutes are split at local midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from kiosk.session import events as ev
from kiosk.usage import metrics


@dataclass(frozen=True, order=True)
class Increment:
    day: date
    metric: str
    dimension: str
    delta: int


@dataclass(frozen=True)
class Outage:
    """An out-of-service period still open: when it began and why."""

    since: datetime
    reason: str


def duration_bucket(minutes: float) -> str:
    for limit, bucket in zip((5, 15, 30, 60), metrics.DURATION_BUCKETS, strict=False):
        if minutes < limit:
            return bucket
    return metrics.DURATION_BUCKETS[-1]


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


class Aggregator:
    """Feed events in order; each call returns that event's increments."""

    def __init__(self, tz: tzinfo, outage: Outage | None = None) -> None:
        self._tz = tz
        self._outage = outage

    @property
    def outage(self) -> Outage | None:
        return self._outage

    def _local(self, at: datetime) -> datetime:
        return _aware(at).astimezone(self._tz)

    def _one(self, at: datetime, metric: str, dimension: str = "") -> Increment:
        metrics.check(metric, dimension)
        return Increment(self._local(at).date(), metric, dimension, 1)

    def feed(self, event: ev.Event) -> list[Increment]:
        match event:
            case ev.SessionStarted(at=at, language=language):
                out = [
                    self._one(at, "sessions"),
                    self._one(at, "sessions_by_hour", f"{self._local(at).hour:02d}"),
                ]
                if language in metrics.LANGUAGES:
                    out.append(self._one(at, "languages", language))
                return out
            case ev.LanguageChosen(at=at, language=language):
                if language in metrics.LANGUAGES:
                    return [self._one(at, "languages", language)]
                return []
            case ev.ServiceOpened(at=at, service_id=service_id):
                return [self._one(at, "service_launches", metrics.slug(service_id))]
            case ev.SessionEnded(at=at, started_at=started_at, reason=reason):
                seconds = max(0.0, (_aware(at) - _aware(started_at)).total_seconds())
                minutes = seconds / 60
                day = self._local(at).date()
                out = [
                    self._one(at, "sessions_by_duration", duration_bucket(minutes)),
                    self._one(at, "sessions_ended", reason.value),
                ]
                if int(minutes):
                    out.append(Increment(day, "session_minutes", "", int(minutes)))
                return out
            case ev.WipeFinished(at=at, ok=ok, failed_steps=failed):
                if ok:
                    return []
                steps = [
                    self._one(at, "wipe_failed_steps", metrics.slug(s)) for s in failed
                ]
                return [self._one(at, "wipe_failures"), *steps]
            case ev.OutOfServiceChanged(at=at, out_of_service=out_now, reason=reason):
                closed = self._close_outage(at)
                if out_now:
                    known = reason in metrics.OUT_OF_SERVICE_REASONS
                    self._outage = Outage(_aware(at), reason if known else "other")
                return closed
            case ev.PrintJobFinished(at=at, pages=pages, sheets=sheets, completed=done):
                if not done:
                    return [self._one(at, "prints_refused")]
                day = self._local(at).date()
                out = [self._one(at, "print_jobs")]
                if pages > 0:
                    out.append(Increment(day, "print_pages", "", pages))
                if sheets > 0:
                    out.append(Increment(day, "print_sheets", "", sheets))
                return out
            case ev.EidWorkflow(at=at, succeeded=succeeded):
                name = {None: "eid_started", True: "eid_succeeded", False: "eid_failed"}
                return [self._one(at, name[succeeded])]
            case ev.CardLeft(at=at):
                return [self._one(at, "cards_left")]
            case ev.ApplicationDocumentMade(at=at):
                return [self._one(at, "writer_documents")]
            case ev.DocumentScanned(at=at, pages=pages):
                out = [self._one(at, "scans")]
                if pages > 0:
                    out.append(
                        Increment(self._local(at).date(), "scan_pages", "", pages)
                    )
                return out
        return []

    def _close_outage(self, at: datetime) -> list[Increment]:
        """Minutes of the open outage up to `at`, one increment per local day."""
        if self._outage is None:
            return []
        start, end = self._local(self._outage.since), self._local(at)
        reason = self._outage.reason
        self._outage = None
        out = []
        while start < end:
            midnight = datetime.combine(
                start.date() + timedelta(days=1), datetime.min.time(), self._tz
            )
            part_end = min(end, midnight)
            minutes = int((part_end - start).total_seconds() // 60)
            if minutes:
                out.append(
                    Increment(start.date(), "out_of_service_minutes", reason, minutes)
                )
            start = part_end
        return out
