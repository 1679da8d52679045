"""No counter table can hold a URL, a session id or a time finer than an hour.

Checked on the real schemas made by the Alembic migrations: by column type,
and by trying to store such values (the database itself must refuse them).
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.store import CounterStore

COUNTER_TABLES = {"station": "counters", "collector": "counts"}
FORBIDDEN = [
    pytest.param("dimension", "https://www.jena.de/antrag?name=x", id="url"),
    pytest.param("dimension", "www.jena.de", id="host"),
    pytest.param("dimension", str(uuid.uuid4()), id="uuid-session-id"),
    pytest.param("dimension", "09:15", id="clock-time"),
    pytest.param("dimension", "Max Mustermann", id="free-text"),
    pytest.param("day", "2026-03-02 09:15:00", id="timestamp-in-day"),
    pytest.param("value", -1, id="negative"),
]


def _engines(tmp_path: Path, which: str) -> sa.Engine:
    if which == "station":
        return CounterStore(tmp_path / "usage.sqlite")._engine
    return CollectorDB.open(f"sqlite:///{tmp_path / 'collector.sqlite'}").engine


@pytest.mark.parametrize("which", ["station", "collector"])
def test_counter_columns_are_coarse_by_type(tmp_path: Path, which: str) -> None:
    engine = _engines(tmp_path, which)
    columns = sa.inspect(engine).get_columns(COUNTER_TABLES[which])
    for col in columns:
        kind = col["type"]
        assert not isinstance(kind, sa.DateTime | sa.Time | sa.Interval), col["name"]
        if isinstance(kind, sa.String):
            assert kind.length is not None and kind.length <= 63, col["name"]
    names = {c["name"] for c in columns}
    assert names <= {"station_id", "day", "metric", "dimension", "value"}
    engine.dispose()


@pytest.mark.parametrize("which", ["station", "collector"])
@pytest.mark.parametrize(("column", "value"), FORBIDDEN)
def test_the_database_refuses_personal_looking_values(
    tmp_path: Path, which: str, column: str, value: object
) -> None:
    engine = _engines(tmp_path, which)
    row: dict[str, object] = {
        "day": "2026-03-02",
        "metric": "service_launches",
        "dimension": "jobs",
        "value": 1,
    }
    if which == "collector":
        row["station_id"] = "lobeda-1"
    table = COUNTER_TABLES[which]
    cols = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    insert = sa.text(f"INSERT INTO {table} ({cols}) VALUES ({marks})")
    with engine.begin() as conn:  # the plain row is fine: the test can fail
        conn.execute(insert, row)
    with pytest.raises(DBAPIError), engine.begin() as conn:
        conn.execute(insert, {**row, "day": "2026-03-03", column: value})
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize(("column", "value"), FORBIDDEN)
def test_postgres_refuses_them_too(
    postgres_url: str, column: str, value: object
) -> None:
    db = CollectorDB.open(postgres_url)
    row = {
        "station_id": "lobeda-1",
        "day": "2026-03-02",
        "metric": "sessions",
        "dimension": "",
        "value": 1,
        column: value,
    }
    insert = sa.text(
        "INSERT INTO counts (station_id, day, metric, dimension, value) "
        "VALUES (:station_id, CAST(:day AS date), :metric, :dimension, :value)"
    )
    if column == "day":
        # PostgreSQL's date type drops a time of day by design: the column
        # cannot hold it. Show that what comes back is the bare date.
        with db.engine.begin() as conn:
            conn.execute(insert, row)
            back = conn.execute(sa.text("SELECT day::text FROM counts")).scalar()
        assert back == "2026-03-02"
    else:
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(insert, row)
    db.engine.dispose()
