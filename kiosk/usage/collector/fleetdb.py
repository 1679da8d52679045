"""The fleet's tables: latest state and history of each station, incidents,
web accounts, sessions and the login throttle (migration c0003).

SQLAlchemy Core, so the same code serves PostgreSQL and SQLite. Heartbeats
arrive in groups (`store_heartbeats`): one transaction checks the tokens and
stores the latest state of every station of the group, plus a history row
when the station's picture changed or an hour passed (`HISTORY_EVERY`), so
history stays small at one heartbeat per 5 minutes.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.usage.collector.db import _utc, meta, stations, tokens
from kiosk.usage.collector.heartbeat import HeartbeatIn, fingerprint, problems
from kiosk.usage.collector.settings import AlertSettings

HISTORY_EVERY = timedelta(hours=1)
TZ = sa.DateTime(timezone=True)

station_state = sa.Table(
    "station_state",
    meta,
    sa.Column("station_id", sa.String(63), primary_key=True),
    sa.Column("received_at", TZ, nullable=False),
    sa.Column("in_service", sa.Boolean, nullable=False),
    sa.Column("oos_reason", sa.String(16), nullable=False),
    sa.Column("oos_since", TZ),
    sa.Column("problem_kinds", sa.String(200), nullable=False),
    sa.Column("problems", sa.String(2000), nullable=False),
    sa.Column("sessions_today", sa.Integer, nullable=False),
    sa.Column("version", sa.String(32), nullable=False),
    sa.Column("state", sa.JSON, nullable=False),
    sa.Column("history_at", TZ),
    sa.Column("fingerprint", sa.String(64), nullable=False),
)
station_history = sa.Table(
    "station_history",
    meta,
    sa.Column("station_id", sa.String(63), primary_key=True),
    sa.Column("at", TZ, primary_key=True),
    sa.Column("in_service", sa.Boolean, nullable=False),
    sa.Column("oos_reason", sa.String(16), nullable=False),
    sa.Column("problems", sa.String(2000), nullable=False),
    sa.Column("state", sa.JSON, nullable=False),
)
incidents = sa.Table(
    "incidents",
    meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("station_id", sa.String(63), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("detail", sa.String(500), nullable=False),
    sa.Column("opened_at", TZ, nullable=False),
    sa.Column("resolved_at", TZ),
    sa.Column("mailed_open_at", TZ),
    sa.Column("mailed_resolved_at", TZ),
)
accounts = sa.Table(
    "accounts",
    meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(200)),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("office", sa.String(63)),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("disabled_at", TZ),
)
web_sessions = sa.Table(
    "web_sessions",
    meta,
    sa.Column("id_hash", sa.String(64), primary_key=True),
    sa.Column("account_id", sa.Integer, nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("expires_at", TZ, nullable=False),
)
login_throttle = sa.Table(
    "login_throttle",
    meta,
    sa.Column("key", sa.String(120), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("locked_until", TZ),
)

# What a heartbeat job comes back with: (HTTP status, detail or station id).
BeatOutcome = tuple[int, str]
Role = Literal["it", "office"]


@dataclass(frozen=True)
class BeatJob:
    token_hash: str
    beat: HeartbeatIn
    now: datetime


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    role: Role
    office: str | None


@dataclass(frozen=True)
class StationRow:
    id: str
    office: str | None
    received_at: datetime | None
    in_service: bool | None
    oos_reason: str
    oos_since: datetime | None
    problems: str
    sessions_today: int
    version: str


@dataclass(frozen=True)
class OfficeSummary:
    office: str | None
    stations: int
    out_of_service: int
    silent: int
    with_problems: int
    sessions_today: int


@dataclass(frozen=True)
class Incident:
    id: int
    station_id: str
    office: str | None
    kind: str
    detail: str
    opened_at: datetime
    resolved_at: datetime | None


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


STATE_COLUMNS = (
    ("station_id", "text"),
    ("received_at", "timestamptz"),
    ("in_service", "bool"),
    ("oos_reason", "text"),
    ("oos_since", "timestamptz"),
    ("problem_kinds", "text"),
    ("problems", "text"),
    ("sessions_today", "int4"),
    ("version", "text"),
    ("state", "json"),
    ("history_at", "timestamptz"),
    ("fingerprint", "text"),
)
HISTORY_COLUMNS = (
    ("station_id", "text"),
    ("at", "timestamptz"),
    ("in_service", "bool"),
    ("oos_reason", "text"),
    ("problems", "text"),
    ("state", "json"),
)


def _recordset_insert(
    table: str, columns: tuple[tuple[str, str], ...], tail: str
) -> str:
    names = ", ".join(n for n, _ in columns)
    types = ", ".join(f"{n} {t}" for n, t in columns)
    return (
        f"INSERT INTO {table} ({names}) SELECT {names} "
        f"FROM json_to_recordset(%s::json) AS r({types}) {tail}"
    )


# PostgreSQL: a group's states and history rows in one statement each, the
# rows as one JSON document (psycopg would otherwise send a statement per row,
# and as arrays it escapes every JSON state element by element).
STATE_UPSERT = _recordset_insert(
    "station_state",
    STATE_COLUMNS,
    "ON CONFLICT (station_id) DO UPDATE SET "
    + ", ".join(f"{n} = EXCLUDED.{n}" for n, _ in STATE_COLUMNS[1:]),
)
HISTORY_INSERT = _recordset_insert(
    "station_history", HISTORY_COLUMNS, "ON CONFLICT (station_id, at) DO NOTHING"
)


def _json_rows(rows: list[dict[str, Any]]) -> str:
    """[{…}, …] with each row's "state" (JSON text already) spliced in as is."""
    out = []
    for row in rows:
        plain = {
            k: v.isoformat() if isinstance(v, datetime) else v
            for k, v in row.items()
            if k != "state"
        }
        out.append(json.dumps(plain)[:-1] + ',"state":' + row["state"] + "}")
    return "[" + ",".join(out) + "]"


def _pg_store(
    conn: sa.Connection, states: list[dict[str, Any]], history: list[dict[str, Any]]
) -> None:
    conn.exec_driver_sql(STATE_UPSERT, (_json_rows(states),))
    if history:
        conn.exec_driver_sql(HISTORY_INSERT, (_json_rows(history),))


ALL_STATIONS_SQL = """
SELECT s.id, s.office, st.received_at, st.in_service,
       coalesce(st.oos_reason, ''), st.oos_since, coalesce(st.problems, ''),
       coalesce(st.sessions_today, 0), coalesce(st.version, '')
FROM stations s LEFT JOIN station_state st ON st.station_id = s.id
{where} ORDER BY s.office, s.id
"""


class FleetDB:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._insert = (
            postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        )

    @property
    def is_postgres(self) -> bool:
        return bool(self.engine.dialect.name == "postgresql")

    # -- stations and offices ------------------------------------------------

    def set_office(self, station_id: str, office: str | None) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                stations.update()
                .where(stations.c.id == station_id)
                .values(office=office or None)
            )
            return result.rowcount == 1

    # -- heartbeats ----------------------------------------------------------

    def store_heartbeats(
        self, jobs: Sequence[BeatJob], rules: AlertSettings
    ) -> list[BeatOutcome]:
        """Check every job's token and store the states, all in one transaction."""
        with self.engine.begin() as conn:
            found = conn.execute(
                sa.select(
                    tokens.c.token_hash, tokens.c.role, tokens.c.station_id
                ).where(
                    tokens.c.token_hash.in_({j.token_hash for j in jobs}),
                    tokens.c.revoked_at.is_(None),
                )
            ).all()
            who = {r.token_hash: (r.role, r.station_id) for r in found}
            outcomes: list[BeatOutcome] = []
            latest: dict[str, BeatJob] = {}
            for job in jobs:
                role, station = who.get(job.token_hash, (None, None))
                if role is None:
                    outcomes.append((401, "unknown or revoked token"))
                elif role != "station" or station is None:
                    outcomes.append((403, "this needs a station token"))
                elif station != job.beat.station:
                    outcomes.append(
                        (
                            403,
                            "this token belongs to another station; "
                            "send the heartbeat with the station's own token",
                        )
                    )
                else:
                    outcomes.append((200, station))
                    latest[station] = job  # later wins
            if latest:
                self._store_states(conn, latest, rules)
        return outcomes

    def _store_states(
        self, conn: sa.Connection, latest: dict[str, BeatJob], rules: AlertSettings
    ) -> None:
        ids = sorted(latest)  # one lock order for concurrent groups
        prev = {
            r.station_id: r
            for r in conn.execute(
                sa.select(
                    station_state.c.station_id,
                    station_state.c.in_service,
                    station_state.c.oos_since,
                    station_state.c.history_at,
                    station_state.c.fingerprint,
                ).where(station_state.c.station_id.in_(ids))
            )
        }
        states: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        for sid in ids:
            job = latest[sid]
            beat, now = job.beat, job.now
            found = problems(beat, rules)
            kinds = ",".join(k for k, _ in found)
            words = "\n".join(w for _, w in found)
            old = prev.get(sid)
            since = None
            if not beat.in_service:
                old_since = _utc(old.oos_since) if old is not None else None
                if old is not None and not old.in_service and old_since is not None:
                    since = old_since
                else:
                    told = beat.out_of_service_since
                    since = min(told, now) if told is not None else now
            fp = fingerprint(beat.in_service, beat.out_of_service_reason, kinds, words)
            # PostgreSQL takes the JSON as text (one statement for the group);
            # SQLAlchemy's JSON type on SQLite wants the object.
            state: Any = (
                beat.model_dump_json()
                if self.is_postgres
                else beat.model_dump(mode="json")
            )
            history_at = _utc(old.history_at) if old is not None else None
            if (
                old is None
                or old.fingerprint != fp
                or history_at is None
                or (now - history_at >= HISTORY_EVERY)
            ):
                history_at = now
                history.append(
                    {
                        "station_id": sid,
                        "at": now,
                        "in_service": beat.in_service,
                        "oos_reason": beat.out_of_service_reason,
                        "problems": words,
                        "state": state,
                    }
                )
            states.append(
                {
                    "station_id": sid,
                    "received_at": now,
                    "in_service": beat.in_service,
                    "oos_reason": beat.out_of_service_reason,
                    "oos_since": since,
                    "problem_kinds": kinds,
                    "problems": words,
                    "sessions_today": beat.sessions_today,
                    "version": beat.version,
                    "state": state,
                    "history_at": history_at,
                    "fingerprint": fp,
                }
            )
        if self.is_postgres:
            _pg_store(conn, states, history)
            return
        stmt = self._insert(station_state)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["station_id"],
                set_={
                    c.name: stmt.excluded[c.name]
                    for c in station_state.c
                    if c.name != "station_id"
                },
            ),
            states,
        )
        if history:
            conn.execute(
                self._insert(station_history).on_conflict_do_nothing(
                    index_elements=["station_id", "at"]
                ),
                history,
            )

    # -- the fleet page ------------------------------------------------------

    def _stations_query(self) -> sa.Select[Any]:
        s, st = stations, station_state
        return sa.select(
            s.c.id,
            s.c.office,
            st.c.received_at,
            st.c.in_service,
            st.c.oos_reason,
            st.c.oos_since,
            st.c.problems,
            st.c.sessions_today,
            st.c.version,
        ).select_from(s.outerjoin(st, st.c.station_id == s.c.id))

    @staticmethod
    def _row(r: Any) -> StationRow:
        return StationRow(
            id=r[0],
            office=r[1],
            received_at=_utc(r[2]),
            in_service=r[3],
            oos_reason=r[4] or "",
            oos_since=_utc(r[5]),
            problems=r[6] or "",
            sessions_today=r[7] or 0,
            version=r[8] or "",
        )

    def office_summaries(
        self, now: datetime, silent_after: timedelta, office: str | None = None
    ) -> list[OfficeSummary]:
        s, st = stations, station_state
        silent = sa.or_(
            st.c.received_at.is_(None), st.c.received_at < now - silent_after
        )
        stmt = (
            sa.select(
                s.c.office,
                sa.func.count(),
                sa.func.count().filter(st.c.in_service.is_(False)),
                sa.func.count().filter(silent),
                sa.func.count().filter(st.c.problems != ""),
                sa.func.coalesce(sa.func.sum(st.c.sessions_today), 0),
            )
            .select_from(s.outerjoin(st, st.c.station_id == s.c.id))
            .group_by(s.c.office)
            .order_by(s.c.office)
        )
        if office is not None:
            stmt = stmt.where(s.c.office == office)
        with self.engine.connect() as conn:
            # Indexed, not unpacked: a Row unpacks as object for mypy.
            return [
                OfficeSummary(r[0], r[1], r[2], r[3], r[4], r[5])
                for r in conn.execute(stmt)
            ]

    def attention(
        self,
        now: datetime,
        silent_after: timedelta,
        office: str | None = None,
        limit: int = 500,
    ) -> tuple[list[StationRow], int]:
        """Stations out of service, silent or with a problem (longest first)."""
        st = station_state
        need = sa.or_(
            st.c.received_at.is_(None),
            st.c.received_at < now - silent_after,
            st.c.in_service.is_(False),
            st.c.problems != "",
        )
        stmt = self._stations_query().where(need)
        count = (
            sa.select(sa.func.count())
            .select_from(stations.outerjoin(st, st.c.station_id == stations.c.id))
            .where(need)
        )
        if office is not None:
            stmt = stmt.where(stations.c.office == office)
            count = count.where(stations.c.office == office)
        stmt = stmt.order_by(
            sa.func.coalesce(st.c.oos_since, st.c.received_at).asc().nulls_first(),
            stations.c.id,
        ).limit(limit)
        with self.engine.connect() as conn:
            rows = [self._row(r) for r in conn.execute(stmt)]
            total = int(conn.execute(count).scalar() or 0)
        return rows, total

    def all_stations(self, office: str | None = None) -> list[StationRow]:
        """Every station (of one office), by office and id."""
        if self.is_postgres:  # 50,000 rows: plain tuples, no per-row conversion
            sql = ALL_STATIONS_SQL.format(
                where="WHERE s.office = %s" if office is not None else ""
            )
            raw = self.engine.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute(sql, (office,) if office is not None else ())
                return [StationRow(*r) for r in cur.fetchall()]
            finally:
                raw.close()
        stmt = self._stations_query()
        if office is not None:
            stmt = stmt.where(stations.c.office == office)
        stmt = stmt.order_by(stations.c.office, stations.c.id)
        with self.engine.connect() as conn:
            return [self._row(r) for r in conn.execute(stmt)]

    def office_stations(self, office: str | None) -> list[StationRow]:
        stmt = self._stations_query()
        stmt = stmt.where(
            stations.c.office.is_(None)
            if office is None
            else stations.c.office == office
        ).order_by(stations.c.id)
        with self.engine.connect() as conn:
            return [self._row(r) for r in conn.execute(stmt)]

    def station(self, station_id: str) -> tuple[StationRow, dict[str, Any]] | None:
        stmt = self._stations_query().add_columns(station_state.c.state)
        with self.engine.connect() as conn:
            r = conn.execute(stmt.where(stations.c.id == station_id)).first()
        if r is None:
            return None
        return self._row(r), dict(r[9] or {})

    def history(self, station_id: str, limit: int = 100) -> list[Any]:
        h = station_history
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    sa.select(h.c.at, h.c.in_service, h.c.oos_reason, h.c.problems)
                    .where(h.c.station_id == station_id)
                    .order_by(h.c.at.desc())
                    .limit(limit)
                )
            )

    def incidents(
        self,
        *,
        open_only: bool = True,
        office: str | None = None,
        station_id: str | None = None,
        limit: int = 500,
    ) -> list[Incident]:
        i = incidents
        stmt = sa.select(
            i.c.id,
            i.c.station_id,
            stations.c.office,
            i.c.kind,
            i.c.detail,
            i.c.opened_at,
            i.c.resolved_at,
        ).select_from(i.outerjoin(stations, stations.c.id == i.c.station_id))
        if open_only:
            stmt = stmt.where(i.c.resolved_at.is_(None))
        if office is not None:
            stmt = stmt.where(stations.c.office == office)
        if station_id is not None:
            stmt = stmt.where(i.c.station_id == station_id)
        stmt = stmt.order_by(i.c.opened_at.desc(), i.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [
                Incident(r[0], r[1], r[2], r[3], r[4], _utc(r[5]) or r[5], _utc(r[6]))
                for r in conn.execute(stmt)
            ]

    # -- accounts, sessions, throttle -----------------------------------------

    def create_account(
        self, name: str, password_hash: str | None, role: Role, office: str | None
    ) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                accounts.insert().values(
                    name=name,
                    password_hash=password_hash,
                    role=role,
                    office=office if role == "office" else None,
                    created_at=sa.func.now(),
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def set_password(self, name: str, password_hash: str) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                accounts.update()
                .where(accounts.c.name == name)
                .values(password_hash=password_hash)
            )
            return result.rowcount == 1

    def disable_account(self, name: str) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                accounts.update()
                .where(accounts.c.name == name, accounts.c.disabled_at.is_(None))
                .values(disabled_at=sa.func.now())
            )
            if result.rowcount != 1:
                return False
            ids = sa.select(accounts.c.id).where(accounts.c.name == name)
            conn.execute(
                web_sessions.delete().where(web_sessions.c.account_id.in_(ids))
            )
            return True

    def list_accounts(self) -> list[Any]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    sa.select(
                        accounts.c.name,
                        accounts.c.role,
                        accounts.c.office,
                        accounts.c.disabled_at,
                    ).order_by(accounts.c.name)
                )
            )

    def account_with_hash(self, name: str) -> tuple[Account, str | None] | None:
        """An active account and its password hash."""
        with self.engine.connect() as conn:
            r = conn.execute(
                sa.select(
                    accounts.c.id,
                    accounts.c.name,
                    accounts.c.role,
                    accounts.c.office,
                    accounts.c.password_hash,
                ).where(accounts.c.name == name, accounts.c.disabled_at.is_(None))
            ).first()
        if r is None:
            return None
        return Account(r[0], r[1], r[2], r[3]), r[4]

    def locked_until(self, keys: Sequence[str], now: datetime) -> datetime | None:
        with self.engine.connect() as conn:
            until = conn.execute(
                sa.select(sa.func.max(login_throttle.c.locked_until)).where(
                    login_throttle.c.key.in_(list(keys))
                )
            ).scalar()
        until = _utc(until)
        return until if until is not None and until > now else None

    def note_failure(
        self, keys: Sequence[str], now: datetime, free: int, lock: timedelta
    ) -> None:
        """One more failure per key; past `free` ones, each locks for longer."""
        with self.engine.begin() as conn:
            for key in keys:
                stmt = self._insert(login_throttle).values(
                    key=key, failures=1, locked_until=None
                )
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=["key"],
                        set_={"failures": login_throttle.c.failures + 1},
                    )
                )
                failures: int = conn.execute(
                    sa.select(login_throttle.c.failures).where(
                        login_throttle.c.key == key
                    )
                ).scalar_one()
                if failures >= free:
                    factor = 2 ** min(failures - free, 6)
                    conn.execute(
                        login_throttle.update()
                        .where(login_throttle.c.key == key)
                        .values(locked_until=now + lock * factor)
                    )

    def clear_failures(self, keys: Sequence[str]) -> None:
        with self.engine.begin() as conn:
            conn.execute(login_throttle.delete().where(login_throttle.c.key.in_(keys)))

    def create_session(
        self, account_id: int, now: datetime, hours: int
    ) -> tuple[str, str]:
        """(session id for the cookie, CSRF token); only the id's hash is kept."""
        sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(
                web_sessions.insert().values(
                    id_hash=_hash(sid),
                    account_id=account_id,
                    csrf=csrf,
                    created_at=now,
                    expires_at=now + timedelta(hours=hours),
                )
            )
        return sid, csrf

    def session(self, sid: str, now: datetime) -> tuple[Account, str] | None:
        """The account and CSRF token of a live session."""
        ws = web_sessions
        with self.engine.connect() as conn:
            r = conn.execute(
                sa.select(
                    accounts.c.id,
                    accounts.c.name,
                    accounts.c.role,
                    accounts.c.office,
                    ws.c.csrf,
                    ws.c.expires_at,
                )
                .select_from(ws.join(accounts, accounts.c.id == ws.c.account_id))
                .where(ws.c.id_hash == _hash(sid), accounts.c.disabled_at.is_(None))
            ).first()
        if r is None or (_utc(r[5]) or now) <= now:
            return None
        return Account(r[0], r[1], r[2], r[3]), r[4]

    def end_session(self, sid: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                web_sessions.delete().where(web_sessions.c.id_hash == _hash(sid))
            )
