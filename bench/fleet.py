"""Fleet benchmarks on a private PostgreSQL: heartbeat ingest and the 50k page.

collector_heartbeat_ingest: POST /v1/heartbeat over HTTP to `kiosk usage
serve`, 50,000 station tokens, each heartbeat what `kiosk usage heartbeat`
sends (a full state: wipe steps, reader, printer with toner), as many as
CONNECTIONS keep-alive connections carry (the lean client of
bench/collector.py). Heartbeats per second. Reference, in the same run: a
bare INSERT of one row per heartbeat (station, time, the state as jsonb)
into a plain table over the same number of psycopg connections, autocommit,
no HTTP, no token check: the database floor for storing them one by one.

collector_heartbeat_170_with_counts: the load of 50,000 stations beating every
5 minutes (170 per second, paced) while count batches go in as fast as the
rest of the machine allows; the heartbeat rate reached, its p99 latency, and
the count batches per second beside it.

fleet_page_50k: GET /fleet (signed in) with 50,000 stations in 100 offices,
every 50th out of service with a failed wipe: the whole overview, HTML read
to the end, median of RUNS. Reference: PostgreSQL's own scan of the same
50,000-station join (SELECT … FROM stations LEFT JOIN station_state).

Run: `python -m bench.fleet` (or `python -m bench.run fleet`).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import httpx

from bench.collector import (
    CONNECTIONS,
    STATIONS,
    WORKERS,
    _bulk_tokens,
    _connection,
    _day_body,
    _json,
    _request,
    _send_all,
    exchange,
)
from bench.common import Result
from kiosk.daemons.collector import CollectorProcess
from kiosk.daemons.postgres import PrivatePostgres
from kiosk.usage import heartbeat
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.collector.fleetdb import FleetDB
from kiosk.usage.collector.web import hash_password

TIMEOUT_SECONDS = 1200
RUNS = 3
PAGE_RUNS = 5
OFFICES = 100
PACED_RATE = 170.0  # 50,000 stations / 300 s
PACED_SECONDS = float(os.environ.get("BENCH_PACED_SECONDS", "20"))
PASSWORD = "bench password 1"


def _state(i: int, now: datetime) -> dict[str, object]:
    out = i % 50 == 0
    return {
        "written_at": now.isoformat(),
        "uptime_seconds": 3600 + i,
        "in_service": not out,
        "out_of_service_reason": "wipe-failed" if out else "",
        "wipe": {
            "at": now.isoformat(),
            "steps": [
                {"name": n, "ok": not (out and n == "files")}
                for n in ("display", "eid", "files", "printing", "usage")
            ],
        },
        "card_readers": ["REINER SCT cyberJack RFID komfort"],
        "printer": {
            "state": "ready",
            "problems": [],
            "toner": [{"name": "Black Toner", "percent": 5 + i % 90}],
        },
        "scanner": "none",
        "sessions_today": i % 40,
    }


def _beat(i: int, now: datetime) -> bytes:
    return _json(
        heartbeat.build(
            f"bench-{i:06d}",
            _state(i, now),
            now=now,
            version="0.1.0",
            disk_free_percent=60,
            clock_synchronised=True,
            last_sync_success=now,
        )
    )


def _beats(port: int, tokens: list[str], count: int, first: int = 0) -> list[bytes]:
    now = datetime.now(UTC)
    return [
        _request(
            "POST",
            "/v1/heartbeat",
            port,
            tokens[(first + n) % len(tokens)],
            _beat((first + n) % len(tokens), now),
        )
        for n in range(count)
    ]


def _bare_insert(url: str, bodies: list[bytes]) -> float:
    """Rows per second: one autocommit INSERT per heartbeat body."""
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_bare")
        conn.execute(
            "CREATE TABLE bench_bare (station_id text, at timestamptz, state jsonb)"
        )

    async def worker(part: list[bytes]) -> None:
        conn = await psycopg.AsyncConnection.connect(dsn, autocommit=True)
        try:
            for n, body in enumerate(part):
                await conn.execute(
                    "INSERT INTO bench_bare VALUES (%s, now(), %s::jsonb)",
                    (f"bench-{n:06d}", body.decode()),
                )
        finally:
            await conn.close()

    async def main() -> float:
        parts = [bodies[i::CONNECTIONS] for i in range(CONNECTIONS)]
        started = time.perf_counter()
        await asyncio.gather(*(worker(p) for p in parts))
        return time.perf_counter() - started

    return len(bodies) / asyncio.run(main())


async def _paced(
    port: int, requests: list[bytes], rate: float, lanes: int, latencies: list[float]
) -> None:
    """Send `requests` at `rate` per second in total over `lanes` connections."""
    started = time.perf_counter()

    async def lane(k: int) -> None:
        mine = requests[k::lanes]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for n, request in enumerate(mine):
                due = started + (n * lanes + k) / rate
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                t = time.perf_counter()
                await exchange(reader, writer, request)
                latencies.append(time.perf_counter() - t)
        finally:
            writer.close()

    await asyncio.gather(*(lane(k) for k in range(lanes)))


def _mixed(port: int, tokens: list[str]) -> tuple[float, float, float]:
    """(heartbeats/s reached, heartbeat p99 ms, count batches/s) at 170 beats/s."""
    count = int(PACED_RATE * PACED_SECONDS)
    beats = _beats(port, tokens, count, first=7)
    today = date.today()
    batches = [
        _request(
            "POST",
            "/v1/days",
            port,
            tokens[(i * 7919) % len(tokens)],
            _json(_day_body(today, i)),
        )
        for i in range(60_000)
    ]
    beat_latencies: list[float] = []
    batch_latencies: list[float] = []
    done = asyncio.Event()

    async def counts(part: list[bytes]) -> None:
        def until_done() -> Iterator[bytes]:
            for request in part:
                if done.is_set():
                    return
                yield request

        await _connection(port, until_done(), batch_latencies)

    async def main() -> tuple[float, float]:
        lanes = 8
        started = time.perf_counter()
        count_tasks = [
            asyncio.create_task(counts(batches[i :: CONNECTIONS - lanes]))
            for i in range(CONNECTIONS - lanes)
        ]
        await _paced(port, beats, PACED_RATE, lanes, beat_latencies)
        beats_seconds = time.perf_counter() - started
        done.set()
        await asyncio.gather(*count_tasks)
        return beats_seconds, time.perf_counter() - started

    beat_seconds, all_seconds = asyncio.run(main())
    p99 = statistics.quantiles(beat_latencies, n=100)[98] * 1000
    return count / beat_seconds, p99, len(batch_latencies) / all_seconds


def _page(
    pg_url: str, server: CollectorProcess, db: CollectorDB
) -> tuple[list[float], list[float], int]:
    fleet = FleetDB(db.engine)
    fleet.create_account("bench-it", hash_password(PASSWORD), "it", None)
    with httpx.Client(base_url=server.url, timeout=60, follow_redirects=True) as client:
        client.get("/fleet/login")
        client.post(
            "/fleet/login",
            data={
                "csrf": client.cookies.get("fleet_csrf"),
                "name": "bench-it",
                "password": PASSWORD,
            },
        ).raise_for_status()
        samples: dict[str, list[float]] = {"/fleet": [], "/fleet/stations": []}
        size: dict[str, int] = {}
        for path, times in samples.items():
            for _ in range(PAGE_RUNS + 1):
                t = time.perf_counter()
                r = client.get(path)
                r.raise_for_status()
                size[path] = len(r.content)
                times.append(time.perf_counter() - t)
            del times[0]  # the first warms the caches
    import psycopg

    refs = []
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        for _ in range(PAGE_RUNS):
            t = time.perf_counter()
            conn.execute(
                "SELECT s.id, s.office, st.received_at, st.in_service, st.oos_reason,"
                " st.oos_since, st.problems, st.sessions_today FROM stations s "
                "LEFT JOIN station_state st ON st.station_id = s.id"
            ).fetchall()
            refs.append(time.perf_counter() - t)
    return samples, refs, size


def run() -> list[Result]:
    pg = PrivatePostgres()
    pg.start()
    try:
        url = pg.create_database("bench_fleet")
        db = CollectorDB.open(url)
        tokens = _bulk_tokens(db, STATIONS)
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE stations SET office = 'office-' || "
                f"lpad(mod(abs(hashtext(id)), {OFFICES})::text, 3, '0')"
            )
        config = pg.root / "collector.toml"  # plain HTTP on loopback: no Secure flag
        config.write_text("[web]\ncookie_secure = false\n")
        with CollectorProcess(url, workers=WORKERS, config=config) as server:
            port = server.port
            # every station once: the fleet's state (and the warm-up)
            started = time.perf_counter()
            _send_all(port, _beats(port, tokens, STATIONS))
            seconds = time.perf_counter() - started
            rates, lat = [], []
            for run_no in range(RUNS):
                part = _beats(port, tokens, STATIONS // 5, first=run_no * 1000)
                rate, latencies = _send_all(port, part)
                rates.append(rate)
                lat += latencies
            sample = [_beat(i, datetime.now(UTC)) for i in range(STATIONS // 5)]
            refs = [_bare_insert(url, sample) for _ in range(RUNS)]
            reached, beat_p99, counts_rate = _mixed(port, tokens)
            page, page_ref, size = _page(url, server, db)
        db.engine.dispose()
    finally:
        pg.stop()
    p99 = statistics.quantiles(lat, n=100)[98] * 1000
    return [
        Result(
            "collector_heartbeat_ingest",
            round(statistics.median(rates), 1),
            "heartbeats/s",
            RUNS,
            reference="bare INSERT of one row per heartbeat (jsonb), same "
            f"{CONNECTIONS} connections, autocommit, no HTTP",
            reference_median=round(statistics.median(refs), 1),
            note=f"{STATIONS:,} station tokens, {STATIONS // 5:,} heartbeats per "
            f"run over {CONNECTIONS} keep-alive connections, {WORKERS} uvicorn "
            f"worker(s), p99 {p99:.1f} ms; the fleet's first {STATIONS:,} "
            f"heartbeats (every station) took {seconds:.1f} s",
        ),
        Result(
            "collector_heartbeat_170_with_counts",
            round(reached, 1),
            "heartbeats/s",
            1,
            reference="count batches/s stored beside them",
            reference_median=round(counts_rate, 1),
            note=f"paced at {PACED_RATE:g}/s (50,000 stations every 5 min) for "
            f"{PACED_SECONDS:g} s over 8 connections, heartbeat p99 "
            f"{beat_p99:.1f} ms, while {CONNECTIONS - 8} connections send "
            "one-day count batches as fast as they are answered",
        ),
        Result(
            "fleet_page_50k",
            round(statistics.median(page["/fleet"]) * 1000, 1),
            "ms",
            PAGE_RUNS,
            reference="PostgreSQL scan of the 50,000-station join",
            reference_median=round(statistics.median(page_ref) * 1000, 1),
            note=f"GET /fleet signed in, {STATIONS:,} stations in {OFFICES} "
            f"offices, every 50th out of service (wipe failed): "
            f"{size['/fleet']:,} bytes of HTML (office table, open incidents, "
            "needs-attention list), read to the end over HTTP",
        ),
        Result(
            "fleet_page_50k_all",
            round(statistics.median(page["/fleet/stations"]) * 1000, 1),
            "ms",
            PAGE_RUNS,
            reference="PostgreSQL scan of the 50,000-station join",
            reference_median=round(statistics.median(page_ref) * 1000, 1),
            note=f"GET /fleet/stations: every one of the {STATIONS:,} stations, "
            f"a row each, by office: {size['/fleet/stations']:,} bytes of HTML "
            "read to the end over HTTP",
        ),
    ]


if __name__ == "__main__":
    print(json.dumps([r.as_json() for r in run()], indent=2))
