"""POST /v1/heartbeat as a lean ASGI handler, with group commit.

Like POST /v1/days (`ingest`): the body is validated once by pydantic-core
from the bytes, then handed to `BeatWriter`, which collects the heartbeats
that arrive while a transaction runs and stores them together in the next
(`FleetDB.store_heartbeats`: tokens checked in the same transaction). 50,000
stations every 5 minutes are about 170 heartbeats a second; grouped, that is
a few transactions a second.

Refusals: 401 (no, unknown or revoked token) before 403 (not a station
token, or another station's) before 422 (the body); 413 comes earlier
(`limits.BodyLimit`, 16 KiB for this path). Nothing of a refused heartbeat
is stored.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import anyio.to_thread
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError

from kiosk import log as klog
from kiosk.usage.collector.db import CollectorDB, hash_token
from kiosk.usage.collector.fleetdb import BeatJob, BeatOutcome, FleetDB
from kiosk.usage.collector.heartbeat import ADAPTER
from kiosk.usage.collector.ingest import (
    Clock,
    JsonEndpoint,
    Refused,
    Scope,
    bearer,
)
from kiosk.usage.collector.settings import AlertSettings


@dataclass
class _Pending:
    job: BeatJob
    done: asyncio.Future[BeatOutcome] = field(repr=False)


class BeatWriter:
    """Group commit of heartbeats: one transaction per group, in a thread."""

    def __init__(self, fleet: FleetDB, rules: AlertSettings, max_group: int = 500):
        self.fleet = fleet
        self.rules = rules
        self.max_group = max_group
        self._pending: list[_Pending] = []
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.groups = 0

    async def store(self, job: BeatJob) -> BeatOutcome:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._pending, self._task, self._loop = [], None, loop
        pending = _Pending(job, loop.create_future())
        self._pending.append(pending)
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain())
        return await pending.done

    async def _drain(self) -> None:
        while self._pending:
            group = self._pending[: self.max_group]
            del self._pending[: self.max_group]
            jobs = [p.job for p in group]
            try:
                outcomes = await anyio.to_thread.run_sync(
                    self.fleet.store_heartbeats, jobs, self.rules
                )
                self.groups += 1
            except SQLAlchemyError:
                klog.usage.exception("usage: storing %d heartbeat(s) failed", len(jobs))
                outcomes = [(503, "the collector database is unavailable")] * len(jobs)
            for p, outcome in zip(group, outcomes, strict=True):
                if not p.done.done():
                    p.done.set_result(outcome)


class HeartbeatIngest(JsonEndpoint):
    """POST /v1/heartbeat."""

    def __init__(self, writer: BeatWriter, db: CollectorDB, clock: Clock) -> None:
        self.writer = writer
        self.db = db
        self.clock = clock

    async def handle(self, scope: Scope, body: bytes) -> dict[str, Any]:
        token = bearer(scope)
        if token is None:
            raise Refused(401, "send 'Authorization: Bearer <token>'")
        token_hash = hash_token(token)
        try:
            beat = ADAPTER.validate_json(body)
        except ValidationError as exc:
            await self._who(token_hash)  # 401/403 before 422
            detail = json.loads(exc.json(include_url=False))
            for error in detail:
                error["loc"] = ["body", *error["loc"]]
                error.pop("input", None)  # never echo what was sent
                error.pop("ctx", None)
            raise Refused(422, detail) from None
        now: datetime = self.clock()
        status, said = await self.writer.store(BeatJob(token_hash, beat, now))
        if status != 200:
            raise Refused(status, said)
        return {"station": said, "stored": True}

    async def _who(self, token_hash: str) -> None:
        try:
            caller = await anyio.to_thread.run_sync(
                self.db.authenticate_hash, token_hash
            )
        except SQLAlchemyError:
            raise Refused(503, "the collector database is unavailable") from None
        if caller is None:
            raise Refused(401, "unknown or revoked token")
        if caller.role != "station":
            raise Refused(403, "this needs a station token")
