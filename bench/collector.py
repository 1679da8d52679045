"""Collector benchmarks on a private PostgreSQL: ingest rate and a year's export.

collector_ingest: station batches POSTed over HTTP to `kiosk usage serve`.
A batch is what `kiosk usage sync` sends for one day of one station: the
body `{"days": [{"day": …, "counts": [25 counts]}]}` encoded as httpx encodes
`json=`, with the sync client's headers and the station's bearer token.
CONNECTIONS keep-alive connections send at once (many stations sync in
parallel; each connection sends its next batch when the answer came), from a
lean asyncio client in this process, so the load generator takes as little of
the 2 cores as it can: client, uvicorn and PostgreSQL share them. Batches per
second and the p99 latency of a batch (send → answer read). The reference is
GET /healthz through the same server with the same client in the same run.

collector_export_year: GET /v1/counts?format=csv for a year of 1,000 stations
over HTTP (analyst token), the body read to the end. Reference: PostgreSQL's
own `COPY (SELECT … FROM counts ORDER BY …) TO STDOUT WITH CSV` of the same
rows, the plain way to dump them.

collector_ingest sends BENCH_BATCHES one-day batches (the daily sync)
spread over the 50,000 stations' tokens and 30 days in 3 runs: 1.5 M
one-day batches would take 12 minutes per run.

collector_ingest_full_volume stores the whole 50,000 stations × 30 days:
every station sends its 30-day backlog as `kiosk usage sync` does after a
month offline (one batch of up to 31 days), and every station-day is
counted in the database afterwards. Reference: PostgreSQL's own COPY of the
same 1.5 M station-days into an empty table, the floor for storing them.

Run: `python -m bench.collector`.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

import httpx
import sqlalchemy as sa

from bench.common import Result
from kiosk.daemons.collector import CollectorProcess
from kiosk.daemons.postgres import PrivatePostgres
from kiosk.usage.collector.db import CollectorDB, hash_token

TIMEOUT_SECONDS = 1800  # the whole module: about 6 minutes, 11 before issue #20
STATIONS = int(os.environ.get("BENCH_STATIONS", "50000"))
INGEST_DAYS = int(os.environ.get("BENCH_DAYS", "30"))
INGEST_BATCHES = int(os.environ.get("BENCH_BATCHES", "30000"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
WORKERS = int(os.environ.get("BENCH_COLLECTOR_WORKERS", "1"))
EXPORT_STATIONS = int(os.environ.get("BENCH_EXPORT_STATIONS", "1000"))
EXPORT_RUNS = 5
RUNS = 3
# non-zero counters per station-day in the export data set
EXPORT_COUNTERS = [
    ("eid_started", ""),
    ("print_jobs", ""),
    ("print_pages", ""),
    ("service_launches", "buergerservice"),
    ("service_launches", "jobs"),
    ("session_minutes", ""),
    ("sessions", ""),
    ("sessions_ended", "idle"),
]  # sorted by (metric, dimension), as a day's row keeps them


def _day_body(day: date, seed: int) -> dict[str, object]:
    return {"days": [_day(day, seed)]}


def _day(day: date, seed: int) -> dict[str, object]:
    counts = [
        {"metric": "sessions", "dimension": "", "value": 10 + seed % 7},
        {"metric": "session_minutes", "dimension": "", "value": 120 + seed % 50},
    ]
    counts += [
        {"metric": "sessions_by_hour", "dimension": f"{h:02d}", "value": 1 + seed % 3}
        for h in range(8, 18)
    ]
    counts += [
        {"metric": "service_launches", "dimension": f"svc-{i}", "value": i + 1}
        for i in range(8)
    ]
    counts += [
        {"metric": "print_pages", "dimension": "", "value": seed % 40},
        {"metric": "print_jobs", "dimension": "", "value": seed % 9},
        {"metric": "sessions_ended", "dimension": "idle", "value": 2},
        {"metric": "sessions_ended", "dimension": "resident", "value": 8},
        {"metric": "eid_started", "dimension": "", "value": seed % 3},
    ]
    return {"day": day.isoformat(), "counts": counts}


def _bulk_tokens(db: CollectorDB, n: int) -> list[str]:
    """n station tokens written with COPY (token creation is not what is measured)."""
    tokens = [f"bts_bench_{i:06d}" for i in range(n)]
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        with cur.copy("COPY stations (id, created_at) FROM STDIN") as cp:
            for i in range(n):
                cp.write_row((f"bench-{i:06d}", "2026-01-01T00:00:00Z"))
        with cur.copy(
            "COPY tokens (token_hash, role, station_id, label, created_at) FROM STDIN"
        ) as cp:
            for i, t in enumerate(tokens):
                cp.write_row(
                    (hash_token(t), "station", f"bench-{i:06d}", "b", "2026-01-01")
                )
        raw.commit()
    finally:
        raw.close()
    return tokens


# -- a lean HTTP/1.1 keep-alive client -----------------------------------------


def _request(method: str, path: str, port: int, token: str, body: bytes) -> bytes:
    """The request as httpx sends it (same headers, body as `json=` encodes)."""
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: */*\r\n"
        "Accept-Encoding: gzip, deflate\r\nConnection: keep-alive\r\n"
        f"User-Agent: python-httpx/{httpx.__version__}\r\n"
    )
    if token:
        head += f"Authorization: Bearer {token}\r\n"
    if body:
        head += f"Content-Length: {len(body)}\r\nContent-Type: application/json\r\n"
    return (head + "\r\n").encode() + body


def _json(body: object) -> bytes:
    # httpx: json_dumps(json, ensure_ascii=False, separators=(",", ":"),
    # allow_nan=False).encode("utf-8")
    return json.dumps(
        body, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode()


async def exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> None:
    """One request on a keep-alive connection, its answer read to the end;
    anything but 200 stops the bench."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length)
    if head[9:12] != b"200":
        raise RuntimeError(f"HTTP {head[9:12].decode()}: {body[:300]!r}")


async def _connection(
    port: int, requests: Iterable[bytes], latencies: list[float]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for request in requests:
            started = time.perf_counter()
            await exchange(reader, writer, request)
            latencies.append(time.perf_counter() - started)
    finally:
        writer.close()


def _send_all(port: int, requests: list[bytes]) -> tuple[float, list[float]]:
    """(requests per second, latencies) over CONNECTIONS connections."""
    parts = [requests[i::CONNECTIONS] for i in range(CONNECTIONS)]
    seconds, latencies = _send_parts(port, parts)
    return len(requests) / seconds, latencies


def _send_parts(port: int, parts: list[Iterable[bytes]]) -> tuple[float, list[float]]:
    """(seconds, latencies): one keep-alive connection per part, all at once."""
    latencies: list[float] = []

    async def main() -> float:
        started = time.perf_counter()
        await asyncio.gather(*(_connection(port, p, latencies) for p in parts))
        return time.perf_counter() - started

    return asyncio.run(main()), latencies


# -- the benchmarks -------------------------------------------------------------


def _ingest(pg: PrivatePostgres) -> list[Result]:
    url = pg.create_database("bench_ingest")
    db = CollectorDB.open(url)
    tokens = _bulk_tokens(db, STATIONS)
    today = date.today()
    with CollectorProcess(url, workers=WORKERS) as server:
        port = server.port
        batches = [
            _request(
                "POST",
                "/v1/days",
                port,
                tokens[(i * 7919) % STATIONS],
                _json(_day_body(today - timedelta(days=i % INGEST_DAYS), i)),
            )
            for i in range(INGEST_BATCHES)
        ]
        health = _request("GET", "/healthz", port, "", b"")
        _send_all(port, batches[: CONNECTIONS * 4])  # warm-up (sent again later: no-op)
        rates, ref_rates, latencies = [], [], []
        for part in range(RUNS):
            chunk = batches[part::RUNS]
            rate, lat = _send_all(port, chunk)
            rates.append(rate)
            latencies += lat
            ref_rate, _ = _send_all(port, [health] * len(chunk))
            ref_rates.append(ref_rate)
    rows = _count_station_days(db)
    db.engine.dispose()
    p99 = statistics.quantiles(latencies, n=100)[98] * 1000
    p50 = statistics.median(latencies) * 1000
    note = (
        f"{STATIONS:,} station tokens; {len(latencies):,} one-day batches (25 "
        f"counts, as `kiosk usage sync` sends them) over {INGEST_DAYS} days in "
        f"{RUNS} runs, {rows:,} station-days stored (the whole 50,000×30 is "
        f"collector_ingest_full_volume); {CONNECTIONS} keep-alive "
        f"connections over HTTP on loopback, {WORKERS} uvicorn worker(s); "
        f"2 cores shared by client, uvicorn and PostgreSQL; latency p50 "
        f"{p50:.1f} ms, p99 {p99:.1f} ms"
    )
    return [
        Result(
            "collector_ingest",
            round(statistics.median(rates), 1),
            "batches/s",
            RUNS,
            reference="GET /healthz through the same server and client",
            reference_median=round(statistics.median(ref_rates), 1),
            note=note,
        ),
        Result("collector_ingest_p99", round(p99, 1), "ms", len(latencies)),
    ]


BACKLOG_VARIANTS = 64  # distinct bodies; the server parses each batch anew


def _backlog_parts(port: int, tokens: list[str], today: date) -> list[Iterator[bytes]]:
    """Per connection, its stations' 30-day backlogs, made as they are sent
    (50,000 bodies of 40 kB held at once would be 2 GB)."""
    days = [today - timedelta(days=n) for n in range(INGEST_DAYS - 1, -1, -1)]
    bodies = [
        _json({"days": [_day(day, seed + n) for n, day in enumerate(days)]})
        for seed in range(BACKLOG_VARIANTS)
    ]

    def part(first: int) -> Iterator[bytes]:
        for i in range(first, len(tokens), CONNECTIONS):
            body = bodies[i % BACKLOG_VARIANTS]
            yield _request("POST", "/v1/days", port, tokens[i], body)

    return [part(c) for c in range(CONNECTIONS)]


def _copy_station_days(db: CollectorDB, stations: int, days: int) -> float:
    """Seconds for PostgreSQL's own COPY of stations × days rows of 25 counts.

    The rows go as ready COPY text (a station's block differs only in its
    id): the database's work is timed, not psycopg adapting arrays in Python.
    """
    day_counts = _day(date(2026, 1, 1), 0)["counts"]
    assert isinstance(day_counts, list)
    # the order the collector stores: strict (metric, dimension), byte-wise
    counts = sorted(day_counts, key=lambda c: (c["metric"], c["dimension"]))

    def array(items: Iterable[object]) -> str:
        return "{" + ",".join(f'"{item}"' for item in items) + "}"

    columns = "\t".join(
        [
            array(c["metric"] for c in counts),
            array(c["dimension"] for c in counts),
            "{" + ",".join(str(c["value"]) for c in counts) + "}",
        ]
    )
    start = date(2026, 1, 1)
    block = "".join(
        f"{start + timedelta(days=n)}\t@station@\t{columns}\n" for n in range(days)
    )
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        started = time.perf_counter()
        with cur.copy(
            "COPY station_days (day, station_id, metrics, dimensions, vals) FROM STDIN"
        ) as cp:
            for s in range(stations):
                cp.write(block.replace("@station@", f"bench-{s:06d}").encode())
        raw.commit()
        return time.perf_counter() - started
    finally:
        raw.close()


def _count_station_days(db: CollectorDB) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM station_days")).scalar())


def _ingest_full_volume(pg: PrivatePostgres) -> list[Result]:
    """All STATIONS × INGEST_DAYS station-days, each station's backlog one batch."""
    url = pg.create_database("bench_full_volume")
    db = CollectorDB.open(url)
    tokens = _bulk_tokens(db, STATIONS)
    with CollectorProcess(url, workers=WORKERS) as server:
        seconds, latencies = _send_parts(
            server.port, list(_backlog_parts(server.port, tokens, date.today()))
        )
    stored = _count_station_days(db)
    expected = STATIONS * INGEST_DAYS
    if stored != expected:
        raise RuntimeError(f"{stored:,} station-days stored, {expected:,} sent")
    ref_url = pg.create_database("bench_full_volume_copy")
    ref_db = CollectorDB.open(ref_url)
    ref_seconds = _copy_station_days(ref_db, STATIONS, INGEST_DAYS)
    if _count_station_days(ref_db) != expected:
        raise RuntimeError("the reference COPY did not store every station-day")
    db.engine.dispose()
    ref_db.engine.dispose()
    p99 = statistics.quantiles(latencies, n=100)[98] * 1000
    note = (
        f"{STATIONS:,} stations × {INGEST_DAYS} days = {expected:,} station-days "
        f"of 25 counts, all stored (counted afterwards): each station sends its "
        f"{INGEST_DAYS}-day backlog in one batch as `kiosk usage sync` does, "
        f"{len(latencies) / seconds:,.0f} batches/s = "
        f"{expected / seconds:,.0f} station-days/s, batch p99 {p99:.1f} ms; "
        f"{CONNECTIONS} keep-alive connections, {WORKERS} uvicorn worker(s), "
        f"one run (the volume is the measure)"
    )
    return [
        Result(
            "collector_ingest_full_volume",
            round(seconds, 1),
            "s",
            1,
            reference="PostgreSQL COPY of the same station-days into an empty "
            "station_days",
            reference_median=round(ref_seconds, 1),
            note=note,
        )
    ]


def _load_year(db: CollectorDB, start: date) -> int:
    """A year of EXPORT_STATIONS stations into station_days (COPY); rows of counts."""
    metrics = [m for m, _ in EXPORT_COUNTERS]
    dimensions = [d for _, d in EXPORT_COUNTERS]
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        with cur.copy(
            "COPY station_days (day, station_id, metrics, dimensions, vals) FROM STDIN"
        ) as cp:
            for n in range(365):
                day = start + timedelta(days=n)
                for s in range(EXPORT_STATIONS):
                    values = [(s + n + i) % 97 for i in range(len(EXPORT_COUNTERS))]
                    cp.write_row((day, f"st-{s:04d}", metrics, dimensions, values))
        raw.commit()
        cur.execute("ANALYZE station_days")
        raw.commit()
    finally:
        raw.close()
    return 365 * EXPORT_STATIONS * len(EXPORT_COUNTERS)


def _export(pg: PrivatePostgres) -> list[Result]:
    url = pg.create_database("bench_export")
    db = CollectorDB.open(url)
    start = date(2025, 1, 1)
    end = start + timedelta(days=364)
    rows = _load_year(db, start)
    _, analyst = db.create_token("analyst", label="bench")

    def copy_ref() -> int:
        raw = db.engine.raw_connection()
        lines = 0
        try:
            with raw.cursor().copy(
                "COPY (SELECT station_id, day, metric, dimension, value FROM counts "
                "WHERE day BETWEEN %s AND %s "
                "ORDER BY day, station_id, metric, dimension) TO STDOUT WITH CSV",
                (start, end),
            ) as cp:
                for data in cp:
                    lines += bytes(data).count(b"\n")
        finally:
            raw.close()
        return lines

    with (
        CollectorProcess(url, workers=WORKERS) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):

        def ours() -> int:
            lines = 0
            with client.stream(
                "GET",
                "/v1/counts",
                params={"start": start, "end": end, "format": "csv"},
                headers={"Authorization": f"Bearer {analyst}"},
            ) as response:
                response.raise_for_status()
                for data in response.iter_raw(1 << 20):
                    lines += data.count(b"\n")
            return lines - 1  # the header

        samples, refs = [], []
        for _ in range(EXPORT_RUNS):
            t = time.perf_counter()
            got = ours()
            samples.append(time.perf_counter() - t)
            t = time.perf_counter()
            expected = copy_ref()
            refs.append(time.perf_counter() - t)
            if got != rows or expected != rows:
                raise RuntimeError(f"export has {got} rows, COPY {expected}, {rows=}")
    db.engine.dispose()
    return [
        Result(
            "collector_export_year",
            round(statistics.median(samples), 3),
            "s",
            EXPORT_RUNS,
            reference="PostgreSQL COPY (SELECT … ORDER BY …) TO STDOUT CSV of the "
            "same rows",
            reference_median=round(statistics.median(refs), 3),
            note=f"GET /v1/counts?format=csv over HTTP, body read to the end: "
            f"{EXPORT_STATIONS} stations × 365 days × {len(EXPORT_COUNTERS)} "
            f"non-zero counters = {rows:,} rows",
        )
    ]


def run() -> list[Result]:
    pg = PrivatePostgres()
    pg.start()
    try:
        return _ingest(pg) + _ingest_full_volume(pg) + _export(pg)
    finally:
        pg.stop()


if __name__ == "__main__":
    print(json.dumps([r.as_json() for r in run()], indent=2))
