"""The collector's storage for speed: one row per station and day on PostgreSQL,
the CSV lines kept by the database, group commit, and the migration to it.

Each fast path is checked against the plain one it replaces: the CSV read from
`station_days.lines` against csv.writer over the same counts, a group of
batches against one batch at a time.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient
from sqlalchemy.exc import DBAPIError

from kiosk.usage import migrate
from kiosk.usage.collector import export
from kiosk.usage.collector.api import create_app
from kiosk.usage.collector.dayrows import from_flat
from kiosk.usage.collector.db import CollectorDB, hash_token, make_engine
from kiosk.usage.collector.writer import (
    Forbidden,
    GroupWriter,
    Stored,
    Unauthorized,
    conninfo,
)
from kiosk.usage.errors import CollectorConfigError

REPO = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
D1, D2 = date(2026, 3, 1), date(2026, 3, 2)


def insert_counts(db: CollectorDB, rows: list[tuple[str, date, str, str, int]]) -> None:
    """Plain INSERTs into counts (on PostgreSQL a view that writes station_days)."""
    with db.engine.begin() as conn:
        for station, day, metric, dimension, value in rows:
            conn.execute(
                sa.text(
                    "INSERT INTO counts (station_id, day, metric, dimension, value) "
                    "VALUES (:s, :d, :m, :dim, :v)"
                ),
                {"s": station, "d": day, "m": metric, "dim": dimension, "v": value},
            )


ROWS = [
    ("lobeda-1", D1, "sessions", "", 12),
    ("lobeda-1", D1, "service_launches", "jobs", 3),
    ("lobeda-1", D1, "service_launches", "buergerservice", 1),
    ("lobeda-1", D1, "sessions_by_hour", "09", 4),
    ("winzerla-1", D1, "sessions", "", 5),
    ("winzerla-1", D2, "print_pages", "", 40),
    ('odd,"id"', D2, "sessions", "", 1),  # old data: an id csv.writer must quote
    ("lobeda-1", D2, "sessions_ended", "idle", 2),
    ("lobeda-1", D2, "sessions_ended", "resident", 7),
]


@pytest.mark.parametrize(
    "filters",
    [{}, {"station": "lobeda-1"}, {"metric": "sessions"}, {"station": 'odd,"id"'}],
)
def test_csv_export_is_what_csv_writer_makes_of_the_counts(
    collector_db: CollectorDB, filters: dict[str, str]
) -> None:
    insert_counts(collector_db, ROWS)
    got = b"".join(collector_db.csv_chunks(D1, D2, **filters, rows=2))
    station, metric = filters.get("station"), filters.get("metric")
    expected = [
        r
        for r in sorted(ROWS, key=lambda r: (r[1], r[0], r[2], r[3]))
        if station in (None, r[0]) and metric in (None, r[2])
    ]
    want = "".join(export.csv_chunks(expected)).encode()
    assert got == want
    # and the ordinary query agrees, in the same order
    assert list(collector_db.query(D1, D2, station, metric)) == expected


def test_slugs_that_look_like_sql_words_are_kept(collector_db: CollectorDB) -> None:
    # a service id "null" is a slug like any other (an unquoted array literal
    # element would turn it into NULL)
    values = [(D1, "service_launches", "null", 1), (D1, "wipe_failed_steps", "", 2)]
    collector_db.upsert("lobeda-1", values, NOW)
    got = [(m, d, v) for _s, _day, m, d, v in collector_db.query(D1, D1)]
    assert got == [("service_launches", "null", 1), ("wipe_failed_steps", "", 2)]


def test_a_day_is_merged_not_replaced(collector_db: CollectorDB) -> None:
    insert_counts(collector_db, [("lobeda-1", D1, "sessions", "", 1)])
    collector_db.upsert("lobeda-1", [(D1, "cards_left", "", 2)], NOW)
    collector_db.upsert("lobeda-1", [(D1, "sessions", "", 3)], NOW)
    got = {(m, d): v for _s, _day, m, d, v in collector_db.query(D1, D1)}
    assert got == {("cards_left", ""): 2, ("sessions", ""): 3}


@pytest.mark.postgres
def test_group_commit_answers_each_batch_and_later_wins(postgres_url: str) -> None:
    db = CollectorDB.open(postgres_url)
    _, one = db.create_token("station", station_id="lobeda-1")
    _, two = db.create_token("station", station_id="lobeda-1")  # a second token
    _, other = db.create_token("station", station_id="winzerla-1")
    revoked_id, revoked = db.create_token("station", station_id="paradies-1")
    _, analyst = db.create_token("analyst", label="amt")
    db.revoke_token(revoked_id)
    writer = GroupWriter(conninfo(db.engine))

    async def main() -> list[object]:
        first = await writer.store(
            hash_token(other), from_flat([(D1, "sessions", "", 9)]), NOW
        )
        # these five queue up before the writer looks: one transaction
        rest = await asyncio.gather(
            writer.store(hash_token(one), from_flat([(D1, "sessions", "", 1)]), NOW),
            writer.store(
                hash_token(revoked), from_flat([(D1, "sessions", "", 5)]), NOW
            ),
            writer.store(
                hash_token(analyst), from_flat([(D1, "sessions", "", 5)]), NOW
            ),
            writer.store(
                hash_token("bts_unknown"), from_flat([(D1, "sessions", "", 5)]), NOW
            ),
            # the same station and day again, by its other token: this one wins
            writer.store(
                hash_token(two),
                from_flat([(D1, "cards_left", "", 1), (D1, "sessions", "", 2)]),
                NOW,
            ),
        )
        await writer.close()
        return [first, *rest]

    outcomes = asyncio.run(main())
    assert outcomes == [
        Stored("winzerla-1"),
        Stored("lobeda-1"),
        Unauthorized(),
        Forbidden(),
        Unauthorized(),
        Stored("lobeda-1"),
    ]
    assert writer.groups == 2  # five batches in one transaction
    assert sorted(db.query(D1, D1)) == [
        ("lobeda-1", D1, "cards_left", "", 1),
        ("lobeda-1", D1, "sessions", "", 2),
        ("winzerla-1", D1, "sessions", "", 9),
    ]
    synced = {s.id: s.last_sync_at for s in db.stations()}
    assert synced == {"lobeda-1": NOW, "winzerla-1": NOW, "paradies-1": None}
    db.engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("connections", [1, 2])
def test_a_group_waiting_in_the_database_holds_up_the_next_only_on_one_connection(
    postgres_url: str, connections: int
) -> None:
    db = CollectorDB.open(postgres_url)
    _, one = db.create_token("station", station_id="lobeda-1")
    _, other = db.create_token("station", station_id="winzerla-1")
    db.upsert("lobeda-1", [(D1, "sessions", "", 1)], NOW)
    writer = GroupWriter(conninfo(db.engine), connections=connections)

    async def main() -> tuple[object, object, bool]:
        with db.engine.connect() as lock:  # another session holds lobeda-1's day
            lock.execute(
                sa.text("SELECT 1 FROM station_days WHERE station_id = 'lobeda-1' "
                        "FOR UPDATE")
            )  # fmt: skip
            first = asyncio.create_task(
                writer.store(hash_token(one), from_flat([(D1, "sessions", "", 2)]), NOW)
            )
            await asyncio.sleep(0.3)  # its group is in the database, waiting
            try:
                second: object = await asyncio.wait_for(
                    writer.store(
                        hash_token(other), from_flat([(D1, "sessions", "", 3)]), NOW
                    ),
                    timeout=3,
                )
            except TimeoutError:
                second = "waited"
            first_was_done = first.done()
            lock.rollback()
        stored = await first
        # the batch that waited (its answer given up) may be stored any time
        # now; sent again, it is stored once more, the same absolute value
        again = await writer.store(
            hash_token(other), from_flat([(D1, "sessions", "", 3)]), NOW
        )
        assert again == Stored("winzerla-1")
        await writer.close()
        return stored, second, first_was_done

    stored, second, first_was_done = asyncio.run(main())
    assert stored == Stored("lobeda-1")
    assert not first_was_done
    assert second == (Stored("winzerla-1") if connections == 2 else "waited")
    assert sorted(db.query(D1, D1)) == [
        ("lobeda-1", D1, "sessions", "", 2),
        ("winzerla-1", D1, "sessions", "", 3),
    ]
    db.engine.dispose()


@pytest.mark.postgres
def test_the_api_survives_a_new_event_loop_and_a_lost_connection(
    postgres_url: str,
) -> None:
    db = CollectorDB.open(postgres_url)
    _, token = db.create_token("station", station_id="lobeda-1")
    app = create_app(db, clock=lambda: NOW)
    body = {"days": [{"day": "2026-03-09", "counts": []}]}
    headers = {"Authorization": f"Bearer {token}"}
    kill = sa.text(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = 'kiosk-usage-collector'"
    )
    with TestClient(app) as client:  # one event loop
        assert client.post("/v1/days", json=body, headers=headers).status_code == 200
        with db.engine.connect() as conn:  # its connection ends (a DB restart)
            assert conn.execute(kill).scalar() is True
        assert client.post("/v1/days", json=body, headers=headers).status_code == 200
    with TestClient(app) as client:  # another event loop, a new connection
        assert client.post("/v1/days", json=body, headers=headers).status_code == 200
    db.engine.dispose()


def test_station_ids_are_checked_when_a_token_is_made(
    collector_db: CollectorDB,
) -> None:
    for bad in ("Lobeda 1", "a", "x/y", "-lead", "é-1"):
        with pytest.raises(CollectorConfigError, match="not valid"):
            collector_db.create_token("station", station_id=bad)


def test_cli_export_writes_the_csv(collector_db: CollectorDB, tmp_path: Path) -> None:
    insert_counts(collector_db, ROWS)
    out = tmp_path / "export.csv"
    url = collector_db.engine.url.render_as_string(hide_password=False)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "usage",
            "export",
            "--database",
            url,
            "--start",
            "2026-03-01",
            "--end",
            "2026-03-02",
            "-o",
            str(out),
        ],
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    lines = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert lines[0] == list(export.HEADER)
    assert len(lines) == len(ROWS) + 1
    assert ['odd,"id"', "2026-03-02", "sessions", "", "1"] in lines


# -- PostgreSQL: the database itself keeps station_days honest -----------------


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("metrics", "dimensions", "vals"),
    [
        pytest.param(["sessions"], ["https://x.de/?q=1"], [1], id="url"),
        pytest.param(
            ["sessions"], ["8c7d3a1e-6f7b-4a51-9c1e-2f0a6b9d4e21"], [1], id="uuid"
        ),
        pytest.param(["sessions"], ["09:15"], [1], id="clock-time"),
        pytest.param(["sessions"], ["max mustermann"], [1], id="free-text"),
        pytest.param(["Sessions"], [""], [1], id="upper-case"),
        pytest.param([""], [""], [1], id="empty-metric"),
        pytest.param(["sessions"], [""], [-1], id="negative"),
        pytest.param(["sessions", "cards_left"], ["", ""], [1, 1], id="unsorted"),
        pytest.param(["sessions", "sessions"], ["", ""], [1, 2], id="twice"),
        pytest.param(["sessions"], ["", "x"], [1], id="ragged"),
    ],
)
def test_station_days_refuses_what_counts_refuses(
    postgres_url: str, metrics: list[str], dimensions: list[str], vals: list[int]
) -> None:
    db = CollectorDB.open(postgres_url)
    insert = sa.text(
        "INSERT INTO station_days (day, station_id, metrics, dimensions, vals) "
        "VALUES (:day, 'lobeda-1', :m, :d, :v)"
    )
    with db.engine.begin() as conn:  # a good row goes in: the test can fail
        conn.execute(insert, {"day": D1, "m": ["sessions"], "d": [""], "v": [1]})
    with pytest.raises(DBAPIError), db.engine.begin() as conn:
        conn.execute(insert, {"day": D2, "m": metrics, "d": dimensions, "v": vals})
    with pytest.raises(DBAPIError), db.engine.begin() as conn:  # derived only
        conn.execute(sa.text("UPDATE station_days SET lines = 'https://x.de\n'"))
    db.engine.dispose()


@pytest.mark.postgres
def test_migration_moves_the_counts_over_and_back(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS / "collector"))

    def to(revision: str, down: bool = False) -> None:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(cfg, revision)

    to("c0001")
    old = [r for r in ROWS if "," not in r[0]]
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO counts (station_id, day, metric, dimension, value) "
                "VALUES (:s, :d, :m, :dim, :v)"
            ),
            [dict(zip(("s", "d", "m", "dim", "v"), r, strict=True)) for r in old],
        )
    to("head")
    db = CollectorDB(engine)
    assert sorted(db.query(D1, D2)) == sorted(old)
    csv_text = b"".join(db.csv_chunks(D1, D2)).decode()
    assert csv_text == "".join(
        export.csv_chunks(sorted(old, key=lambda r: (r[1], r[0], r[2], r[3])))
    )
    to("c0001", down=True)
    with engine.connect() as conn:
        back = conn.execute(
            sa.text("SELECT station_id, day, metric, dimension, value FROM counts")
        ).all()
    assert sorted(tuple(r) for r in back) == sorted(old)
    engine.dispose()
