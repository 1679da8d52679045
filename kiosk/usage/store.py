"""The station's counter file: SQLite through SQLAlchemy, one transaction per event.

Durability: WAL journal with synchronous=FULL, so a SIGKILL or a power cut
loses at most the event being written and never corrupts the file. Each day
carries a revision, bumped in the same transaction as its counters; the sync
confirms the revision it delivered, so a day changed during a sync is sent
again next time.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.usage import metrics, migrate
from kiosk.usage.aggregate import Increment, Outage
from kiosk.usage.columns import counter_checks
from kiosk.usage.errors import StoreError


class Base(DeclarativeBase):
    pass


class Counter(Base):
    __tablename__ = "counters"
    day: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    metric: Mapped[str] = mapped_column(sa.String(metrics.METRIC_MAX), primary_key=True)
    dimension: Mapped[str] = mapped_column(
        sa.String(metrics.DIMENSION_MAX), primary_key=True
    )
    value: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    __table_args__ = tuple(counter_checks("counters"))


class DayRevision(Base):
    __tablename__ = "day_revisions"
    day: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    revision: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    confirmed: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)


class OpenOutage(Base):
    """At most one row: the station is out of service since this UTC minute."""

    __tablename__ = "open_outage"
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    since_minute: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    reason: Mapped[str] = mapped_column(sa.String(metrics.DIMENSION_MAX))
    __table_args__ = (sa.CheckConstraint("id = 1", name="open_outage_single_row"),)


@dataclass(frozen=True)
class DaySnapshot:
    day: date
    revision: int
    counts: tuple[tuple[str, str, int], ...]  # (metric, dimension, value)


KEEP: Any = object()  # apply(): leave the open outage as it is


def sqlite_engine(path: Path | str, busy_timeout_s: float = 10.0) -> sa.Engine:
    """An engine whose connections use WAL, full sync and a busy wait.

    The shell writes and the sync job reads the same file from two processes;
    the busy wait lets one wait for the other instead of failing.
    """
    engine = sa.create_engine(
        f"sqlite:///{path}", connect_args={"timeout": busy_timeout_s}
    )

    def pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    sa_event.listen(engine, "connect", pragmas)
    return engine


def _share_with_group(path: Path) -> None:
    """The shell writes the counters, the sync (same group) marks days sent.

    The file is 0660 before SQLite opens it, because SQLite gives the WAL and
    shared-memory files it creates the database's mode; files left from an
    older mode are fixed by their owner (only the owner may chmod).
    """
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o660))
    for file in (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
    ):
        try:
            if file.stat().st_uid == os.getuid():
                file.chmod(0o660)
        except FileNotFoundError:
            continue


class CounterStore:
    def __init__(self, path: Path | str, *, busy_timeout_s: float = 10.0) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                _share_with_group(self.path)
            self._engine = sqlite_engine(self.path, busy_timeout_s)
            migrate.upgrade(self._engine, "station")
        except (OSError, SQLAlchemyError) as exc:
            raise StoreError(
                f"{self.path}: cannot open the usage counter file ({exc}); check "
                "that the folder exists and is writable by the kiosk user"
            ) from exc

    def close(self) -> None:
        self._engine.dispose()

    # -- writing -------------------------------------------------------------

    def apply(self, increments: Sequence[Increment], outage: Any = KEEP) -> None:
        """Add increments (and set the open outage) in one transaction."""
        try:
            with self._engine.begin() as conn:
                self._apply(conn, increments, outage)
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.path}: counters not written: {exc}") from exc

    def _apply(
        self, conn: sa.Connection, increments: Sequence[Increment], outage: Any
    ) -> None:
        for inc in increments:
            metrics.check(inc.metric, inc.dimension)
            stmt = sqlite_insert(Counter).values(
                day=inc.day, metric=inc.metric, dimension=inc.dimension, value=inc.delta
            )
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["day", "metric", "dimension"],
                    set_={"value": Counter.value + stmt.excluded.value},
                )
            )
        for day in {inc.day for inc in increments}:
            rev = sqlite_insert(DayRevision).values(day=day, revision=1, confirmed=0)
            conn.execute(
                rev.on_conflict_do_update(
                    index_elements=["day"],
                    set_={"revision": DayRevision.revision + 1},
                )
            )
        if outage is not KEEP:
            conn.execute(sa.delete(OpenOutage))
            if outage is not None:
                minute = int(outage.since.timestamp() // 60)
                conn.execute(
                    sa.insert(OpenOutage).values(
                        id=1, since_minute=minute, reason=outage.reason
                    )
                )

    # -- reading -------------------------------------------------------------

    def outage(self) -> Outage | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(OpenOutage)).first()
        if row is None:
            return None
        since = datetime.fromtimestamp(row.since_minute * 60, UTC)
        return Outage(since=since, reason=row.reason)

    def values(self, day: date) -> dict[tuple[str, str], int]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                sa.select(Counter.metric, Counter.dimension, Counter.value).where(
                    Counter.day == day
                )
            )
            return {(m, d): v for m, d, v in rows}

    def totals(self) -> dict[tuple[str, str], int]:
        """All days summed, per (metric, dimension): for checks and `kiosk usage`."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    Counter.metric, Counter.dimension, sa.func.sum(Counter.value)
                ).group_by(Counter.metric, Counter.dimension)
            )
            return {(m, d): int(v) for m, d, v in rows}

    def pending_days(self, today: date) -> list[date]:
        """Days changed since their last confirmed sync, and today, oldest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                sa.select(DayRevision.day).where(
                    DayRevision.revision > DayRevision.confirmed
                )
            )
            days = {r[0] for r in rows} | {today}
        return sorted(days)

    def snapshot(self, days: Iterable[date]) -> list[DaySnapshot]:
        """The absolute values of these days with their revisions, read at once."""
        wanted = sorted(set(days))
        out = []
        with self._engine.begin() as conn:
            revs = dict(
                conn.execute(
                    sa.select(DayRevision.day, DayRevision.revision).where(
                        DayRevision.day.in_(wanted)
                    )
                ).all()
            )
            rows = conn.execute(
                sa.select(Counter.day, Counter.metric, Counter.dimension, Counter.value)
                .where(Counter.day.in_(wanted))
                .order_by(Counter.day, Counter.metric, Counter.dimension)
            ).all()
        by_day: dict[date, list[tuple[str, str, int]]] = {d: [] for d in wanted}
        for day, metric, dimension, value in rows:
            by_day[day].append((metric, dimension, value))
        for day in wanted:
            out.append(DaySnapshot(day, revs.get(day, 0), tuple(by_day[day])))
        return out

    def confirm(self, snapshots: Iterable[DaySnapshot]) -> None:
        """Mark the delivered revisions as confirmed (never moving backwards)."""
        with self._engine.begin() as conn:
            for snap in snapshots:
                conn.execute(
                    sa.update(DayRevision)
                    .where(DayRevision.day == snap.day)
                    .where(DayRevision.confirmed < snap.revision)
                    .values(confirmed=snap.revision)
                )

    def integrity_ok(self) -> bool:
        with self._engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
