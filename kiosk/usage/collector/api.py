"""The collector as an ASGI app: stations POST day counts, analysts GET them.

POST /v1/days, the hot path, is `ingest.Ingest`: a lean handler in front of
FastAPI. Everything else is FastAPI, which also publishes the OpenAPI schema
of the whole API, POST /v1/days included.

Every refusal is a 4xx whose `detail` names the reason, and a refused batch
stores nothing (one transaction per batch, or per group of batches).
"""

# No `from __future__ import annotations`: FastAPI must see the local Depends().

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError

from kiosk import log as klog
from kiosk.usage import heartbeat, metrics, wire
from kiosk.usage.collector import alerts, export
from kiosk.usage.collector.beat_ingest import BeatWriter, HeartbeatIngest
from kiosk.usage.collector.db import Caller, CollectorDB, make_engine
from kiosk.usage.collector.fleetdb import FleetDB
from kiosk.usage.collector.heartbeat import HeartbeatIn, HeartbeatOut
from kiosk.usage.collector.ingest import (  # noqa: F401 (models are part of the API)
    BatchIn,
    BatchOut,
    CountIn,
    DayIn,
    Ingest,
    JsonEndpoint,
    Refused,
)
from kiosk.usage.collector.limits import BodyLimit
from kiosk.usage.collector.settings import CollectorSettings
from kiosk.usage.collector.web import router as fleet_router
from kiosk.usage.collector.writer import GroupWriter, ThreadWriter, Writer, conninfo

Clock = Callable[[], datetime]
STALE_AFTER = timedelta(hours=26)
DB_ENV = "KIOSK_COLLECTOR_DATABASE"
SETTINGS_ENV = "KIOSK_COLLECTOR_CONFIG"


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


def make_writer(db: CollectorDB) -> Writer:
    """Group commit on PostgreSQL; one batch per transaction on SQLite."""
    if db.is_postgres:
        return GroupWriter(conninfo(db.engine))
    return ThreadWriter(db)


class HotPath:
    """Send POST /v1/days and /v1/heartbeat straight to their lean handlers,
    the rest to FastAPI."""

    def __init__(self, app: Any, ingest: Ingest, beats: Any = None) -> None:
        self.app = app
        self.ingest = ingest
        self.beats = beats

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            if scope["path"] == "/v1/days":
                await self.ingest(scope, receive, send)
                return
            if scope["path"] == "/v1/heartbeat" and self.beats is not None:
                await self.beats(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _bearer_json_body(schema: str) -> dict[str, Any]:
    """OpenAPI for a hot-path route: a required JSON body, a bearer token."""
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": ref}},
        },
        "security": [{"HTTPBearer": []}],
    }


async def _answer(endpoint: JsonEndpoint, request: Request) -> Any:
    """What the hot path's handler answers, when the FastAPI app is used alone."""
    try:
        return await endpoint.handle(request.scope, await request.body())
    except Refused as exc:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        raise HTTPException(exc.status, exc.detail, headers=headers) from None


def create_app(
    db: CollectorDB,
    *,
    clock: Clock = _utc_now,
    max_body_bytes: int = wire.MAX_BODY_BYTES,
    max_age_days: int = wire.MAX_AGE_DAYS,
    writer: Writer | None = None,
    settings: CollectorSettings | None = None,
    alert_loop: bool = True,
) -> Any:
    """The ASGI app: body limit → POST /v1/days or /v1/heartbeat handler, or
    FastAPI (the rest, the fleet page included)."""
    writer = writer or make_writer(db)
    settings = settings or CollectorSettings()
    ingest = Ingest(writer, clock, max_age_days)
    fleet = FleetDB(db.engine)
    beat_writer = BeatWriter(fleet, settings.alerts)
    beat_ingest = HeartbeatIngest(beat_writer, db, clock)
    beats = BodyLimit(
        beat_ingest,
        heartbeat.MAX_BODY_BYTES,
        "a heartbeat is a few hundred bytes",
    )
    started = clock()

    async def check_alerts() -> None:
        while True:
            await asyncio.sleep(settings.alerts.check_seconds)
            try:
                await anyio.to_thread.run_sync(
                    alerts.check, fleet, settings, clock(), started
                )
            except Exception:  # the loop must outlive a bad run; details logged
                klog.usage.exception("usage: the alert check failed")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(check_alerts()) if alert_loop else None
        yield
        if task is not None:
            task.cancel()
        await writer.close()

    app = FastAPI(
        title="Bürgerterminal usage collector",
        version="1",
        description="Anonymised day counters of the Bürgerterminal stations.",
        docs_url=None,  # the Swagger page loads scripts from a CDN; openapi.json stays
        redoc_url=None,
        lifespan=lifespan,
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
    async def healthz() -> dict[str, str]:
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
            503: {"description": "the database is unavailable; nothing stored"},
        },
        openapi_extra=_bearer_json_body("BatchIn"),
    )
    async def post_days(request: Request) -> Any:
        """Upsert absolute day values of the calling station (idempotent).

        Served by `HotPath` → `Ingest`; this route gives it its place in the
        OpenAPI schema and answers the same when the FastAPI app is used alone.
        """
        return await _answer(ingest, request)

    @app.post(
        "/v1/heartbeat",
        response_model=HeartbeatOut,
        responses={
            401: {"description": "no, an unknown or a revoked token"},
            403: {"description": "not a station token, or another station's"},
            413: {"description": "body too large"},
            422: {"description": "the heartbeat is not acceptable; nothing stored"},
            503: {"description": "the database is unavailable; nothing stored"},
        },
        openapi_extra=_bearer_json_body("HeartbeatIn"),
    )
    async def post_heartbeat(request: Request) -> Any:
        """The calling station's state now (served by `HotPath` → `HeartbeatIngest`)."""
        return await _answer(beat_ingest, request)

    app.include_router(fleet_router(fleet, settings, clock))

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
        if format == "csv":
            return StreamingResponse(
                db.csv_chunks(start, end, station, metric),
                media_type="text/csv; charset=utf-8",
            )
        rows: Iterator[Any] = db.query(start, end, station, metric)
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

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            batch = BatchIn.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(batch.pop("$defs", {}))
            components["BatchIn"] = batch
            beat = HeartbeatIn.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
            components.update(beat.pop("$defs", {}))
            components["HeartbeatIn"] = beat
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    hot = HotPath(app, ingest, beats)
    return BodyLimit(hot, max_body_bytes) if max_body_bytes else hot


def app_from_env() -> Any:
    """The app of one `kiosk usage serve --workers N` worker process.

    The parent process has migrated the database named in $KIOSK_COLLECTOR_DATABASE.
    """
    from kiosk.usage.collector import settings as collector_settings

    return create_app(
        CollectorDB(make_engine(os.environ[DB_ENV])),
        settings=collector_settings.load(os.environ.get(SETTINGS_ENV) or None),
    )
