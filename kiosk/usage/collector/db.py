"""The collector's database: stations, hashed tokens and day counts.

PostgreSQL (psycopg 3) in production, SQLite as the embedded default. A POST
of day values is an upsert of absolute values, so the same batch twice leaves
the same state. Tokens are random and long, so a SHA-256 digest is enough to
keep them unusable at rest; the clear token is shown once, at creation.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from kiosk.usage import metrics, migrate
from kiosk.usage.collector import dayrows, export
from kiosk.usage.columns import counter_checks
from kiosk.usage.errors import CollectorConfigError

Role = Literal["station", "analyst"]
STATION_ID_RE = r"^[a-z0-9][a-z0-9-]{1,62}$"
DEFAULT_URL = "sqlite:////var/lib/buergerterminal/collector.sqlite"

meta = sa.MetaData()

stations = sa.Table(
    "stations",
    meta,
    sa.Column("id", sa.String(63), primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("office", sa.String(63), nullable=True),  # c0003: the fleet page
)

tokens = sa.Table(
    "tokens",
    meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("station_id", sa.String(63), sa.ForeignKey("stations.id")),
    sa.Column("label", sa.String(100), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("role IN ('station', 'analyst')", name="tokens_role"),
)

counts = sa.Table(
    "counts",
    meta,
    sa.Column("station_id", sa.String(63), primary_key=True),
    sa.Column("day", sa.Date, primary_key=True),
    sa.Column("metric", sa.String(metrics.METRIC_MAX), primary_key=True),
    sa.Column("dimension", sa.String(metrics.DIMENSION_MAX), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
    *counter_checks("counts"),
)
sa.Index("counts_day", counts.c.day, counts.c.station_id)


# PostgreSQL (migration c0002): one row per station and day, its counts as
# three arrays sorted by (metric, dimension). The group's rows travel as one
# JSON document (dayrows.upsert_param): [counter sets, rows], a counter set
# [metrics, dimensions] as two array literals, a row [day, station, index of
# its counter set, values literal]. Every station sends the same few counter
# sets, so their arrays are parsed once per group (MATERIALIZED), not once per
# row, and the document is a fifth of one that repeats them. (As five text[]
# parameters psycopg escaped every element in Python, which cost more than
# the rest of a batch.) An existing row is merged (usage_merge: new values
# win, the day's other counts stay) unless nothing changed. Rows in key
# order: concurrent groups lock in one order.
STATION_DAYS_UPSERT = """
WITH doc AS MATERIALIZED (SELECT %s::json AS j),
keys AS MATERIALIZED (
    SELECT k.n::int AS n, (k.e->>0)::varchar(32)[] AS m,
           (k.e->>1)::varchar(32)[] AS d
    FROM doc, json_array_elements(doc.j->0) WITH ORDINALITY AS k(e, n))
INSERT INTO station_days AS s (day, station_id, metrics, dimensions, vals)
SELECT (r.e->>0)::date, r.e->>1, keys.m, keys.d, (r.e->>3)::int8[]
FROM doc, json_array_elements(doc.j->1) WITH ORDINALITY AS r(e, n)
JOIN keys ON keys.n = (r.e->>2)::int
ORDER BY r.n
ON CONFLICT (day, station_id) DO UPDATE
SET (metrics, dimensions, vals) = (
    SELECT * FROM usage_merge(s.metrics, s.dimensions, s.vals,
                              EXCLUDED.metrics, EXCLUDED.dimensions, EXCLUDED.vals))
WHERE (s.metrics, s.dimensions, s.vals)
      IS DISTINCT FROM (EXCLUDED.metrics, EXCLUDED.dimensions, EXCLUDED.vals)
"""


@dataclass(frozen=True)
class Caller:
    role: Role
    station_id: str | None
    token_id: int


@dataclass(frozen=True)
class TokenInfo:
    id: int
    role: Role
    station_id: str | None
    label: str
    created_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class StationInfo:
    id: str
    last_sync_at: datetime | None


Row = tuple[str, date, str, str, int]  # station, day, metric, dimension, value


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> sa.Engine:
    """An engine for a PostgreSQL (postgresql+psycopg://) or SQLite URL."""
    try:
        parsed = sa.make_url(url)
    except ArgumentError:
        raise CollectorConfigError(
            "the collector database URL is not valid; write it like "
            "'postgresql+psycopg://user@host/db' or 'sqlite:////path/collector.sqlite'"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        engine = sa.create_engine(parsed, connect_args={"timeout": 30})
        sa_event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername != "postgresql+psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return sa.create_engine(parsed, pool_size=10, max_overflow=20)
    raise CollectorConfigError(
        f"database {parsed.get_backend_name()!r} is not supported; use "
        "PostgreSQL (postgresql+psycopg://…) or SQLite (sqlite:///…)"
    )


class CollectorDB:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._insert = (
            postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        )

    @classmethod
    def open(cls, url: str) -> CollectorDB:
        engine = make_engine(url)
        try:
            migrate.upgrade(engine, "collector")
        except SQLAlchemyError as exc:
            raise CollectorConfigError(
                f"cannot prepare the collector database: {exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0]}"
            ) from exc
        return cls(engine)

    # -- tokens --------------------------------------------------------------

    def create_token(
        self, role: Role, *, station_id: str | None = None, label: str = ""
    ) -> tuple[int, str]:
        """A new token; returns (id, clear token). Only its hash is stored."""
        if (role == "station") != (station_id is not None):
            raise ValueError("a station token needs a station id; an analyst none")
        if station_id is not None and not re.match(STATION_ID_RE, station_id):
            raise CollectorConfigError(
                f"station id {station_id!r} is not valid: 2 to 63 lower-case "
                "letters, digits and '-', starting with a letter or digit"
            )
        clear = f"bt{role[0]}_{secrets.token_urlsafe(32)}"
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            if station_id is not None:
                self._ensure_station(conn, station_id, now)
            result = conn.execute(
                tokens.insert().values(
                    token_hash=hash_token(clear),
                    role=role,
                    station_id=station_id,
                    label=label or (station_id or "analyst"),
                    created_at=now,
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            token_id = int(key[0])
        return token_id, clear

    def revoke_token(self, token_id: int) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                tokens.update()
                .where(tokens.c.id == token_id, tokens.c.revoked_at.is_(None))
                .values(revoked_at=datetime.now(UTC))
            )
            return result.rowcount == 1

    def list_tokens(self) -> list[TokenInfo]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    tokens.c.id,
                    tokens.c.role,
                    tokens.c.station_id,
                    tokens.c.label,
                    tokens.c.created_at,
                    tokens.c.revoked_at,
                ).order_by(tokens.c.id)
            ).all()
        return [
            TokenInfo(
                id=r.id,
                role=r.role,
                station_id=r.station_id,
                label=r.label,
                created_at=_utc(r.created_at) or r.created_at,
                revoked_at=_utc(r.revoked_at),
            )
            for r in rows
        ]

    def authenticate(self, clear: str) -> Caller | None:
        return self.authenticate_hash(hash_token(clear))

    def authenticate_hash(self, token_hash: str) -> Caller | None:
        """The caller of an active token, by the token's SHA-256 hex digest."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(tokens.c.id, tokens.c.role, tokens.c.station_id).where(
                    tokens.c.token_hash == token_hash,
                    tokens.c.revoked_at.is_(None),
                )
            ).first()
        if row is None:
            return None
        return Caller(role=row.role, station_id=row.station_id, token_id=row.id)

    def _ensure_station(
        self, conn: sa.Connection, station_id: str, now: datetime
    ) -> None:
        stmt = self._insert(stations).values(id=station_id, created_at=now)
        conn.execute(stmt.on_conflict_do_nothing(index_elements=["id"]))

    # -- counts --------------------------------------------------------------

    def upsert(
        self,
        station_id: str,
        values: Sequence[tuple[date, str, str, int]],
        now: datetime,
        chunk: int = 1000,
    ) -> None:
        """Store absolute (day, metric, dimension, value)s of one station at once."""
        if self.is_postgres:
            rows = {(r[0], station_id): r for r in dayrows.from_flat(values)}
            with self.engine.begin() as conn:
                if rows:
                    param = dayrows.upsert_param(rows)
                    conn.exec_driver_sql(STATION_DAYS_UPSERT, (param,))
                conn.execute(
                    stations.update()
                    .where(stations.c.id == station_id)
                    .values(last_sync_at=now)
                )
            return
        with self.engine.begin() as conn:
            for start in range(0, len(values), chunk):
                part = values[start : start + chunk]
                stmt = self._insert(counts).values(
                    [
                        {
                            "station_id": station_id,
                            "day": d,
                            "metric": m,
                            "dimension": dim,
                            "value": v,
                        }
                        for d, m, dim, v in part
                    ]
                )
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=["station_id", "day", "metric", "dimension"],
                        set_={"value": stmt.excluded.value},
                    )
                )
            conn.execute(
                stations.update()
                .where(stations.c.id == station_id)
                .values(last_sync_at=now)
            )

    def stations(self) -> list[StationInfo]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(stations.c.id, stations.c.last_sync_at).order_by(
                    stations.c.id
                )
            ).all()
        return [StationInfo(r.id, _utc(r.last_sync_at)) for r in rows]

    def query(
        self,
        start: date,
        end: date,
        station: str | None = None,
        metric: str | None = None,
        batch: int = 20_000,
    ) -> Iterator[Row]:
        """Counts from start to end (inclusive), streamed in key order."""
        stmt = sa.select(
            counts.c.station_id,
            counts.c.day,
            counts.c.metric,
            counts.c.dimension,
            counts.c.value,
        ).where(counts.c.day >= start, counts.c.day <= end)
        if station:
            stmt = stmt.where(counts.c.station_id == station)
        if metric:
            stmt = stmt.where(counts.c.metric == metric)
        stmt = stmt.order_by(
            counts.c.day, counts.c.station_id, counts.c.metric, counts.c.dimension
        )
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(stmt)
            for row in result:
                yield (row[0], row[1], row[2], row[3], int(row[4]))

    @property
    def is_postgres(self) -> bool:
        return bool(self.engine.dialect.name == "postgresql")

    def csv_chunks(
        self,
        start: date,
        end: date,
        station: str | None = None,
        metric: str | None = None,
        rows: int = 2000,
    ) -> Iterator[bytes]:
        """The CSV export (header, then rows in key order) as UTF-8 chunks.

        On PostgreSQL, without a metric filter, it streams the CSV lines the
        database keeps with each station's day (`station_days.lines`,
        migration c0002): `rows` station-days per chunk, in primary-key
        order, as bytes straight from the wire (no decoding and encoding
        again). Otherwise the counts are formatted here (SQLite, or a metric
        filter).
        """
        if not self.is_postgres or metric:
            for text in export.csv_chunks(self.query(start, end, station, metric)):
                yield text.encode()
            return
        from psycopg.types.string import ByteaBinaryLoader

        sql = "SELECT lines FROM station_days WHERE day BETWEEN %s AND %s"
        params: tuple[Any, ...] = (start, end)
        if station:
            sql += " AND station_id = %s"
            params += (station,)
        sql += " ORDER BY day, station_id"
        yield export.HEADER_LINE.encode()
        raw = self.engine.raw_connection()
        try:
            dbapi = raw.driver_connection
            assert dbapi is not None
            with dbapi.cursor(name="export", binary=True) as cur:
                cur.adapters.register_loader("text", ByteaBinaryLoader)  # raw bytes
                cur.itersize = rows
                cur.execute(sql, params)
                while chunk := cur.fetchmany(rows):
                    yield b"".join([r[0] for r in chunk])
        finally:
            raw.close()


def _utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were written in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value
