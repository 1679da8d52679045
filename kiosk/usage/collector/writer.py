"""Where POST /v1/days stores a batch: token check and upsert in one step.

`GroupWriter` (PostgreSQL, the city's collector) keeps two asynchronous
psycopg connections per worker process. Batches that arrive while both are
in a transaction wait and then go together in the next one ("group
commit"): one token lookup for all of them, one `INSERT … SELECT FROM
json_array_elements(…) ON CONFLICT DO UPDATE` for all their days, one UPDATE of the
stations' last sync, one COMMIT. A lone batch is committed at once; under load
the groups grow by themselves, which is what keeps 1,000 batches a second
cheap. Each batch still gets its own answer: a revoked token in a group is
refused, the others are stored. The token is looked up inside the very
transaction that stores the batch, so a revocation counts from the next batch
on; nothing about tokens is cached.

`ThreadWriter` (SQLite, the embedded collector) does the same with
SQLAlchemy, one batch per transaction, in a worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

import anyio.to_thread
import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from kiosk import log as klog
from kiosk.usage.collector import dayrows
from kiosk.usage.collector.dayrows import DayRow
from kiosk.usage.collector.db import STATION_DAYS_UPSERT, Caller, CollectorDB

Days = Sequence[DayRow]  # a batch: its days, each one row of sorted counts
NO_TIME = datetime.min  # the `now` of a job that only authenticates


@dataclass(frozen=True)
class Stored:
    station_id: str


@dataclass(frozen=True)
class Unauthorized:
    """No active token with this hash."""


@dataclass(frozen=True)
class Forbidden:
    """An active token, but not a station's."""


@dataclass(frozen=True)
class Unavailable:
    """The database could not be reached or failed; nothing was stored."""


Outcome = Stored | Unauthorized | Forbidden | Unavailable


class Writer(Protocol):
    async def store(self, token_hash: str, values: Days, now: datetime) -> Outcome:
        """Check the token and store the batch of its station (all or nothing)."""
        ...

    async def authenticate(self, token_hash: str) -> Outcome:
        """Who the token is (Stored names the station), storing nothing."""
        ...

    async def close(self) -> None: ...


def _judge(caller: Caller | None) -> Outcome:
    if caller is None:
        return Unauthorized()
    if caller.role != "station" or caller.station_id is None:
        return Forbidden()
    return Stored(caller.station_id)


class ThreadWriter:
    """One batch per SQLAlchemy transaction, in a worker thread (SQLite)."""

    def __init__(self, db: CollectorDB) -> None:
        self.db = db

    def _store(self, token_hash: str, values: Days | None, now: datetime) -> Outcome:
        try:
            outcome = _judge(self.db.authenticate_hash(token_hash))
            if values is not None and isinstance(outcome, Stored):
                self.db.upsert(outcome.station_id, dayrows.flat(values), now)
        except SQLAlchemyError:
            klog.usage.exception("usage: storing a batch failed")
            return Unavailable()
        return outcome

    async def store(self, token_hash: str, values: Days, now: datetime) -> Outcome:
        return await anyio.to_thread.run_sync(self._store, token_hash, values, now)

    async def authenticate(self, token_hash: str) -> Outcome:
        return await anyio.to_thread.run_sync(self._store, token_hash, None, NO_TIME)

    async def close(self) -> None:
        return None


AUTH_SQL = (
    "SELECT token_hash, role, station_id FROM tokens "
    "WHERE token_hash = ANY(%s::text[]) AND revoked_at IS NULL"
)
SYNCED_SQL = (
    "UPDATE stations SET last_sync_at = v.at "
    "FROM unnest(%s::text[], %s::timestamptz[]) AS v(id, at) WHERE stations.id = v.id"
)


@dataclass
class _Job:
    token_hash: str
    values: Days | None  # None: only authenticate
    now: datetime
    done: asyncio.Future[Outcome] = field(repr=False)


def conninfo(engine: sa.Engine) -> str:
    """The libpq URI of a SQLAlchemy PostgreSQL engine (password included)."""
    url = engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class GroupWriter:
    """PostgreSQL: concurrent batches share one transaction (group commit).

    Up to `connections` groups are in the database at once, each on its own
    connection: while one group's upsert runs, the next group's can start
    instead of waiting (a 30-day backlog is mostly the database's work).
    A station sends its next batch only after the answer to the last, so
    the groups in flight never hold two of one station's batches in order.
    """

    def __init__(
        self,
        dsn: str,
        *,
        max_group: int = 500,
        deadlock_retries: int = 3,
        connections: int = 2,
    ) -> None:
        if connections < 1:
            raise ValueError("a GroupWriter needs at least one connection")
        self.dsn = dsn
        self.max_group = max_group
        self.deadlock_retries = deadlock_retries
        self._pending: list[_Job] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        # per slot: a psycopg.AsyncConnection (made on first use), the task
        # draining the queue onto it, and whether that task is in a transaction
        self._conns: list[Any] = [None] * connections
        self._tasks: list[asyncio.Task[None] | None] = [None] * connections
        self._busy = [False] * connections
        self.groups = 0  # transactions committed (for tests and the benchmark)

    async def store(self, token_hash: str, values: Days, now: datetime) -> Outcome:
        return await self._submit(token_hash, values, now)

    async def authenticate(self, token_hash: str) -> Outcome:
        return await self._submit(token_hash, None, NO_TIME)

    async def _submit(
        self, token_hash: str, values: Days | None, now: datetime
    ) -> Outcome:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            # A new event loop (a test client's, a restarted server): the
            # connections belong to the old one and cannot be awaited here.
            self._forget_connections()
            self._pending, self._loop = [], loop
            self._tasks = [None] * len(self._tasks)
            self._busy = [False] * len(self._busy)
        job = _Job(token_hash, values, now, loop.create_future())
        self._pending.append(job)
        free = None
        for slot, task in enumerate(self._tasks):
            if task is None or task.done():
                free = slot if free is None else free
            elif not self._busy[slot]:
                break  # a running drain will take the job with its next group
        else:
            if free is not None:
                self._tasks[free] = loop.create_task(self._drain(free))
        return await job.done

    async def _drain(self, slot: int) -> None:
        while self._pending:
            group = self._pending[: self.max_group]
            del self._pending[: self.max_group]
            self._busy[slot] = True
            try:
                outcomes = await self._commit(group, slot)
            except Exception:  # every job must get an answer; details in the log
                klog.usage.exception("usage: storing %d batch(es) failed", len(group))
                await self._close_connection(slot)
                outcomes = [Unavailable()] * len(group)
            finally:
                self._busy[slot] = False
            for job, outcome in zip(group, outcomes, strict=True):
                if not job.done.done():
                    job.done.set_result(outcome)

    async def _commit(self, group: list[_Job], slot: int) -> list[Outcome]:
        """One transaction for the group; again after a deadlock, and once on
        a new connection when the old one was lost (a restarted server).
        Doing a group twice is harmless: its values are absolute."""
        from psycopg import OperationalError, errors

        retry = (errors.DeadlockDetected, errors.SerializationFailure)
        reconnected = False
        for _ in range(self.deadlock_retries):
            conn = await self._connection(slot)
            try:
                return await self._transaction(conn, group)
            except retry:
                klog.usage.info(
                    "usage: %d batch(es) retried after a deadlock", len(group)
                )
            except OperationalError:
                if reconnected or not conn.closed:  # lost, not refused
                    raise
                klog.usage.warning(
                    "usage: the database connection was lost; reconnecting"
                )
                reconnected = True
                await self._close_connection(slot)
        return await self._transaction(await self._connection(slot), group)

    async def _transaction(self, conn: Any, group: list[_Job]) -> list[Outcome]:
        # Pipeline mode: BEGIN goes with the token look-up, the upsert and the
        # UPDATE with the COMMIT; two round trips instead of five, so the
        # database waits less for this process's event loop between them.
        async with conn.pipeline(), conn.transaction():
            cur = await conn.execute(AUTH_SQL, ([j.token_hash for j in group],))
            callers = {
                h: Caller(role=role, station_id=station, token_id=0)
                for h, role, station in await cur.fetchall()
            }
            rows: dict[tuple[date, str], DayRow] = {}
            synced: dict[str, datetime] = {}
            outcomes: list[Outcome] = []
            for job in group:
                outcome = _judge(callers.get(job.token_hash))
                outcomes.append(outcome)
                if job.values is None or not isinstance(outcome, Stored):
                    continue
                station = outcome.station_id
                for row in job.values:
                    old = rows.get((row[0], station))
                    # the same station-day twice in a group: merged, later wins
                    rows[(row[0], station)] = (
                        row if old is None else dayrows.merge(old, row)
                    )
                synced[station] = max(synced.get(station, job.now), job.now)
            if rows:
                # In key order, so two workers' groups lock rows in one order.
                param = dayrows.upsert_param(rows)
                await conn.execute(STATION_DAYS_UPSERT, (param,))
            if synced:
                ids = sorted(synced)
                await conn.execute(SYNCED_SQL, (ids, [synced[i] for i in ids]))
        self.groups += 1
        return outcomes

    async def _connection(self, slot: int) -> Any:
        import psycopg

        conn = self._conns[slot]
        if conn is None or conn.closed:
            conn = self._conns[slot] = await psycopg.AsyncConnection.connect(
                self.dsn, autocommit=True, application_name="kiosk-usage-collector"
            )
        return conn

    async def _close_connection(self, slot: int) -> None:
        conn, self._conns[slot] = self._conns[slot], None
        if conn is not None:
            try:
                await conn.close()
            except Exception:  # already broken: nothing more to do
                klog.usage.debug(
                    "usage: closing a broken connection failed", exc_info=True
                )

    def _forget_connections(self) -> None:
        for slot, conn in enumerate(self._conns):
            self._conns[slot] = None
            if conn is not None and not conn.closed:
                conn.pgconn.finish()

    async def close(self) -> None:
        if asyncio.get_running_loop() is self._loop:
            for slot in range(len(self._conns)):
                await self._close_connection(slot)
        else:
            self._forget_connections()
