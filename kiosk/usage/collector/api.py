"""The collector as a FastAPI app: stations POST day counts, analysts GET them.

Every refusal is a 4xx whose `detail` names the reason, and a refused batch
stores nothing (one transaction per batch).
"""

# No `from __future__ import annotations`: FastAPI must see the local Depends().

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator
from sqlalchemy.exc import SQLAlchemyError

from kiosk.usage import metrics, wire
from kiosk.usage.collector import export
from kiosk.usage.collector.db import Caller, CollectorDB
from kiosk.usage.collector.limits import BodyLimit
from kiosk.usage.errors import CounterError

log = logging.getLogger("kiosk.usage")

Clock = Callable[[], datetime]
STALE_AFTER = timedelta(hours=26)
DayStr = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2026-03-02"])]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CountIn(_Strict):
    metric: Annotated[str, Field(max_length=metrics.METRIC_MAX)]
    dimension: Annotated[str, Field(max_length=metrics.DIMENSION_MAX)] = ""
    value: Annotated[StrictInt, Field(ge=0, le=wire.MAX_VALUE)]


class DayIn(_Strict):
    day: DayStr
    counts: Annotated[list[CountIn], Field(max_length=wire.MAX_COUNTS_PER_DAY)]

    @field_validator("day")
    @classmethod
    def _real_date(cls, value: str) -> str:
        date.fromisoformat(value)  # ValueError → 422 naming the field
        return value


class BatchIn(_Strict):
    days: Annotated[
        list[DayIn], Field(min_length=1, max_length=wire.MAX_DAYS_PER_BATCH)
    ]


class BatchOut(BaseModel):
    station: str
    days: int
    counts: int


class StationOut(BaseModel):
    station: str
    last_sync_at: datetime | None
    stale: bool


class MetricOut(BaseModel):
    name: str
    description: str
    dimensions: list[str] | str | None


def _utc_now() -> datetime:
    return datetime.now(UTC)


def create_app(
    db: CollectorDB,
    *,
    clock: Clock = _utc_now,
    max_body_bytes: int = wire.MAX_BODY_BYTES,
    max_age_days: int = wire.MAX_AGE_DAYS,
) -> Any:
    """The ASGI app (FastAPI wrapped in the body limit)."""
    app = FastAPI(
        title="Bürgerterminal usage collector",
        version="1",
        description="Anonymised day counters of the Bürgerterminal stations.",
        docs_url=None,  # the Swagger page loads scripts from a CDN; openapi.json stays
        redoc_url=None,
    )
    bearer = HTTPBearer(auto_error=False)

    def caller(
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Caller:
        if creds is None or creds.scheme.lower() != "bearer":
            raise HTTPException(
                401,
                "send 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": "Bearer"},
            )
        found = db.authenticate(creds.credentials)
        if found is None:
            raise HTTPException(
                401,
                "unknown or revoked token",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return found

    def station(who: Annotated[Caller, Depends(caller)]) -> Caller:
        if who.role != "station" or who.station_id is None:
            raise HTTPException(403, "this needs a station token")
        return who

    def analyst(who: Annotated[Caller, Depends(caller)]) -> Caller:
        if who.role != "analyst":
            raise HTTPException(403, "this needs an analyst token")
        return who

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/v1/metrics", response_model=list[MetricOut])
    def list_metrics() -> list[MetricOut]:
        """The counter vocabulary the collector accepts."""
        return [
            MetricOut(
                name=m.name,
                description=m.description,
                dimensions=list(m.dimensions)
                if isinstance(m.dimensions, tuple)
                else m.dimensions,
            )
            for m in metrics.METRICS.values()
        ]

    @app.post(
        "/v1/days",
        response_model=BatchOut,
        responses={
            401: {"description": "no or an unknown token"},
            403: {"description": "not a station token"},
            413: {"description": "body too large"},
            422: {"description": "a day or count is not acceptable; nothing stored"},
        },
    )
    def post_days(batch: BatchIn, who: Annotated[Caller, Depends(station)]) -> BatchOut:
        """Upsert absolute day values of the calling station (idempotent)."""
        now = clock()
        today = now.astimezone(UTC).date()
        values: list[tuple[date, str, str, int]] = []
        seen: set[tuple[date, str, str]] = set()
        for i, day_in in enumerate(batch.days):
            day = date.fromisoformat(day_in.day)
            problem = wire.day_problem(day, today, max_age_days)
            if problem:
                raise HTTPException(422, f"days[{i}]: {problem}; nothing stored")
            for j, c in enumerate(day_in.counts):
                try:
                    metrics.check(c.metric, c.dimension)
                except CounterError as exc:
                    raise HTTPException(
                        422, f"days[{i}].counts[{j}]: {exc}; nothing stored"
                    ) from None
                key = (day, c.metric, c.dimension)
                if key in seen:
                    raise HTTPException(
                        422,
                        f"days[{i}].counts[{j}]: {c.metric}/{c.dimension or '-'} on "
                        f"{day} is sent twice; nothing stored",
                    )
                seen.add(key)
                values.append((day, c.metric, c.dimension, c.value))
        assert who.station_id is not None
        try:
            db.upsert(who.station_id, values, now)
        except SQLAlchemyError:
            log.exception("usage: storing a batch of %s failed", who.station_id)
            raise HTTPException(503, "the collector database is unavailable") from None
        return BatchOut(
            station=who.station_id, days=len(batch.days), counts=len(values)
        )

    @app.get(
        "/v1/counts",
        responses={
            200: {
                "content": {"text/csv": {}, "application/json": {}},
                "description": "rows: station, day, metric, dimension, value",
            },
            422: {"description": "a filter is not valid"},
        },
    )
    def get_counts(
        _who: Annotated[Caller, Depends(analyst)],
        start: Annotated[date, Query(description="first day (inclusive)")],
        end: Annotated[date, Query(description="last day (inclusive)")],
        station: Annotated[
            str | None, Query(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")
        ] = None,
        metric: Annotated[str | None, Query(max_length=metrics.METRIC_MAX)] = None,
        format: Literal["csv", "json"] = "json",
    ) -> Any:
        """Counts filtered by period, station and metric, as CSV or JSON."""
        if end < start:
            raise HTTPException(422, "end is before start; swap them")
        if (end - start).days > 800:
            raise HTTPException(422, "at most 800 days per request; split the period")
        if metric is not None and metric not in metrics.METRICS:
            raise HTTPException(422, f"unknown metric {metric!r}; see /v1/metrics")
        rows: Iterator[Any] = db.query(start, end, station, metric)
        if format == "csv":
            return StreamingResponse(
                export.csv_chunks(rows), media_type="text/csv; charset=utf-8"
            )
        return StreamingResponse(
            export.json_chunks(rows), media_type="application/json"
        )

    @app.get("/v1/stations", response_model=list[StationOut])
    def list_stations(_who: Annotated[Caller, Depends(analyst)]) -> list[StationOut]:
        """Every station with its last sync; `stale` after 26 hours without one."""
        now = clock()
        return [
            StationOut(
                station=s.id,
                last_sync_at=s.last_sync_at,
                stale=s.last_sync_at is None or now - s.last_sync_at > STALE_AFTER,
            )
            for s in db.stations()
        ]

    @app.exception_handler(SQLAlchemyError)
    def _db_down(_request: Any, _exc: SQLAlchemyError) -> JSONResponse:
        return JSONResponse({"detail": "the collector database is unavailable"}, 503)

    return BodyLimit(app, max_body_bytes) if max_body_bytes else app
