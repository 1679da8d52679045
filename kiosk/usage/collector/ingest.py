"""POST /v1/days as a lean ASGI handler: the collector's hot path.

A station's batch is decoded once, straight from the body bytes, checked
against the vocabulary and the date window, kept as one row of sorted counts
per day (`dayrows`) and handed to a `Writer`, which checks the token and
stores the batch in one transaction. The usual batch takes a lean msgspec
decoder; anything it does not take goes through the pydantic models, the
same as FastAPI would use, so every 422 reason is theirs. No
FastAPI routing, dependency solving or thread hop on the way: that machinery
cost more than the database work (see docs/usage.md, "Performance").

Order of refusals, as with FastAPI's dependencies: 401 (no or unknown token)
before 403 (not a station token) before 422 (the batch); 413 comes earlier,
from `limits.BodyLimit`. A refused batch stores nothing.
"""

# No `from __future__ import annotations`: FastAPI reads these models' fields.

import itertools
import json
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, date, datetime
from typing import Annotated, Any

import msgspec
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
    field_validator,
)

from kiosk.usage import metrics, wire
from kiosk.usage.collector import dayrows
from kiosk.usage.collector.dayrows import DayRow
from kiosk.usage.collector.db import hash_token
from kiosk.usage.collector.writer import (
    Days,
    Forbidden,
    Outcome,
    Stored,
    Unauthorized,
    Unavailable,
    Writer,
)
from kiosk.usage.errors import CounterError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Clock = Callable[[], datetime]
Flat = list[tuple[date, str, str, int]]

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


class Refused(Exception):
    """A 4xx answer: status and FastAPI-shaped `detail`."""

    def __init__(self, status: int, detail: Any) -> None:
        super().__init__(status, detail)
        self.status = status
        self.detail = detail


def parse(body: bytes, today: date, max_age_days: int) -> tuple[int, Days]:
    """(days sent, the batch as day rows with sorted counts), or Refused(422).

    The lean decoder below takes the usual batch; whatever it does not take
    (a refusal, a day sent twice) goes the way of `parse_checked`, whose
    answer, and so every 422 reason, is the one that counts.
    """
    try:
        return _parse_fast(body, today, max_age_days)
    except _NotFast:
        days, values = parse_checked(body, today, max_age_days)
        return days, dayrows.from_flat(values)


def parse_checked(body: bytes, today: date, max_age_days: int) -> tuple[int, Flat]:
    """(days, [(day, metric, dimension, value), …]) of a batch, or Refused(422)."""
    try:
        batch = BatchIn.model_validate_json(body)
    except ValidationError as exc:
        detail = json.loads(exc.json(include_url=False))
        for error in detail:  # FastAPI's shape: the location starts at "body"
            error["loc"] = ["body", *error["loc"]]
        raise Refused(422, detail) from None
    values: list[tuple[date, str, str, int]] = []
    seen: set[tuple[date, str, str]] = set()
    check = metrics.check
    for i, day_in in enumerate(batch.days):
        day = date.fromisoformat(day_in.day)
        problem = wire.day_problem(day, today, max_age_days)
        if problem:
            raise Refused(422, f"days[{i}]: {problem}; nothing stored")
        for j, c in enumerate(day_in.counts):
            try:
                check(c.metric, c.dimension)
            except CounterError as exc:
                raise Refused(
                    422, f"days[{i}].counts[{j}]: {exc}; nothing stored"
                ) from None
            key = (day, c.metric, c.dimension)
            if key in seen:
                raise Refused(
                    422,
                    f"days[{i}].counts[{j}]: {c.metric}/{c.dimension or '-'} on "
                    f"{day} is sent twice; nothing stored",
                )
            seen.add(key)
            values.append((day, c.metric, c.dimension, c.value))
    return len(batch.days), values


# -- the lean decoder ------------------------------------------------------------
# msgspec decodes the body into structs without garbage-collector tracking
# (pydantic's models and a tuple per count cost more than the database's work
# and kept the collector's garbage collector busy). It takes a subset of what
# BatchIn takes, to the same values: the same field names, unknown fields
# refused, a later duplicate key winning, an int strictly an int (no bool,
# float or string), a day strictly YYYY-MM-DD. The vocabulary is checked once
# per distinct set of counters in the order sent; every station sends the same
# few, so a day costs a dictionary look-up.


class _NotFast(Exception):
    """Not the lean decoder's case: parse_checked decides."""


class _Count(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    metric: str
    value: Annotated[int, msgspec.Meta(ge=0, le=wire.MAX_VALUE)]
    dimension: str = ""


class _Day(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    day: date
    counts: list[_Count]


class _Batch(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    days: list[_Day]


_decode = msgspec.json.Decoder(_Batch).decode
Counters = tuple[tuple[str, ...], tuple[str, ...]]  # (metrics, dimensions)
# counters as sent -> (order that sorts them, the sorted counters)
_orders: dict[Counters, tuple[tuple[int, ...], Counters]] = {}
ORDER_CACHE = 4096


def _parse_fast(body: bytes, today: date, max_age_days: int) -> tuple[int, Days]:
    try:
        batch = _decode(body)
    except msgspec.DecodeError:  # ValidationError included
        raise _NotFast from None
    if not 1 <= len(batch.days) <= wire.MAX_DAYS_PER_BATCH:
        raise _NotFast
    rows: list[DayRow] = []
    seen: set[date] = set()
    for day_in in batch.days:
        day, counts = day_in.day, day_in.counts
        if day in seen or len(counts) > wire.MAX_COUNTS_PER_DAY:
            raise _NotFast
        if wire.day_problem(day, today, max_age_days):
            raise _NotFast
        seen.add(day)
        if not counts:
            continue  # a day without counts stores no row
        sent = (tuple([c.metric for c in counts]), tuple([c.dimension for c in counts]))
        found = _orders.get(sent)
        if found is None:
            found = _order(*sent)
        order, (ms, ds) = found
        vs = [c.value for c in counts]
        rows.append((day, ms, ds, tuple([vs[i] for i in order])))
    rows.sort()
    return len(batch.days), rows


def _order(
    ms: tuple[str, ...], ds: tuple[str, ...]
) -> tuple[tuple[int, ...], Counters]:
    """Check counters as sent; remember the order that sorts them."""
    for m, d in zip(ms, ds, strict=True):
        if len(m) > metrics.METRIC_MAX or len(d) > metrics.DIMENSION_MAX:
            raise _NotFast
        try:
            metrics.check(m, d)
        except CounterError:
            raise _NotFast from None
    order = tuple(sorted(range(len(ms)), key=lambda i: (ms[i], ds[i])))
    keys = [(ms[i], ds[i]) for i in order]
    if any(a >= b for a, b in itertools.pairwise(keys)):
        raise _NotFast  # a count sent twice
    found = (order, (tuple(m for m, _ in keys), tuple(d for _, d in keys)))
    if len(_orders) >= ORDER_CACHE:
        _orders.clear()
    _orders[(ms, ds)] = found
    return found


def bearer(scope: Scope) -> str | None:
    """The token of 'Authorization: Bearer <token>', else None (as HTTPBearer)."""
    for name, value in scope.get("headers") or ():
        if name == b"authorization":
            scheme, _, param = value.decode("latin-1").partition(" ")
            token: str = param.strip()
            return token if scheme.lower() == "bearer" and token else None
    return None


def _check(outcome: Outcome) -> str:
    """The station id of a stored (or storable) batch, else the refusal."""
    if isinstance(outcome, Stored):
        return outcome.station_id
    if isinstance(outcome, Unauthorized):
        raise Refused(401, "unknown or revoked token")
    if isinstance(outcome, Forbidden):
        raise Refused(403, "this needs a station token")
    assert isinstance(outcome, Unavailable)
    raise Refused(503, "the collector database is unavailable")


class JsonEndpoint:
    """An ASGI handler that reads the whole body (already within the limit) and
    answers `handle`'s dict as JSON, or a `Refused` as its status and detail."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        try:
            payload = await self.handle(scope, b"".join(chunks))
        except Refused as exc:
            await _send_json(send, exc.status, {"detail": exc.detail})
            return
        await _send_json(send, 200, payload)

    async def handle(self, scope: Scope, body: bytes) -> dict[str, Any]:
        raise NotImplementedError


class Ingest(JsonEndpoint):
    """POST /v1/days."""

    def __init__(self, writer: Writer, clock: Clock, max_age_days: int) -> None:
        self.writer = writer
        self.clock = clock
        self.max_age_days = max_age_days

    async def handle(self, scope: Scope, body: bytes) -> dict[str, Any]:
        token = bearer(scope)
        if token is None:
            raise Refused(401, "send 'Authorization: Bearer <token>'")
        token_hash = hash_token(token)
        now = self.clock()
        try:
            days, rows = parse(body, now.astimezone(UTC).date(), self.max_age_days)
        except Refused as refused:
            # 401/403 come first, as with FastAPI; only this slow path asks alone.
            _check(await self.writer.authenticate(token_hash))
            raise refused from None
        station_id = _check(await self.writer.store(token_hash, rows, now))
        return {"station": station_id, "days": days, "counts": _counts(rows)}


def _counts(rows: Days) -> int:
    return sum(len(row[3]) for row in rows)


async def _send_json(send: Send, status: int, payload: Any) -> None:
    body = json.dumps(payload, separators=(",", ":")).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
