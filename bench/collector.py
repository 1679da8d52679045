"""Collector benchmarks on a private PostgreSQL: ingest rate and a year's export.

collector_ingest: station batches (one day, ~25 counts each) POSTed over HTTP
to `kiosk usage serve` by 8 client threads; batches/s and p99 latency. The
reference is GET /healthz through the same server in the same run.

collector_export_year: CSV of a year for 1,000 stations through the same code
path as GET /v1/counts?format=csv (SQLAlchemy streaming + csv). Reference:
PostgreSQL's own COPY … TO STDOUT of the same rows.

The issue asks for 50,000 stations × 30 days (1.5 M batches); on a 2-core
machine that alone takes longer than a bench run may, so the ingest uses
BENCH_STATIONS stations × BENCH_DAYS days (defaults below) and says so in
the note. Run: `python -m bench.collector`.
"""

from __future__ import annotations

import concurrent.futures
import io
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from bench.common import Result
from kiosk.usage.collector import export
from kiosk.usage.collector.db import CollectorDB, hash_token

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from helpers.postgres import PrivatePostgres  # noqa: E402

STATIONS = int(os.environ.get("BENCH_STATIONS", "50000"))
INGEST_DAYS = int(os.environ.get("BENCH_DAYS", "30"))
INGEST_BATCHES = int(os.environ.get("BENCH_BATCHES", "6000"))
EXPORT_STATIONS = 1000
EXPORT_COUNTERS = 8  # non-zero counters per station-day in the export data set
THREADS = 8


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _day_body(day: date, seed: int) -> dict[str, object]:
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
    return {"days": [{"day": day.isoformat(), "counts": counts}]}


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


def _ingest(pg: PrivatePostgres) -> list[Result]:
    url = pg.create_database("bench_ingest")
    db = CollectorDB.open(url)
    tokens = _bulk_tokens(db, STATIONS)
    port = _port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "usage",
            "serve",
            "--database",
            url,
            "--port",
            str(port),
        ],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        today = date.today()
        jobs = [
            (tokens[(i * 7919) % STATIONS], today - timedelta(days=i % INGEST_DAYS), i)
            for i in range(INGEST_BATCHES)
        ]
        latencies: list[float] = []
        clients = [httpx.Client(base_url=base, timeout=30) for _ in range(THREADS)]

        def post(job: tuple[str, date, int]) -> float:
            token, day, seed = job
            client = clients[seed % THREADS]
            started = time.perf_counter()
            r = client.post(
                "/v1/days",
                json=_day_body(day, seed),
                headers={"Authorization": f"Bearer {token}"},
            )
            r.raise_for_status()
            return time.perf_counter() - started

        def health(seed: int) -> float:
            started = time.perf_counter()
            clients[seed % THREADS].get("/healthz").raise_for_status()
            return time.perf_counter() - started

        with concurrent.futures.ThreadPoolExecutor(THREADS) as pool:
            rates, ref_rates = [], []
            for part in range(3):
                chunk = jobs[part::3]
                started = time.perf_counter()
                latencies += list(pool.map(post, chunk))
                rates.append(len(chunk) / (time.perf_counter() - started))
                started = time.perf_counter()
                list(pool.map(health, range(len(chunk))))
                ref_rates.append(len(chunk) / (time.perf_counter() - started))
        for c in clients:
            c.close()
        p99 = statistics.quantiles(latencies, n=100)[98] * 1000
    finally:
        server.terminate()
        server.wait()
        db.engine.dispose()
    note = (
        f"{STATIONS} station tokens, {INGEST_BATCHES} one-day batches "
        f"(~25 counts) over {INGEST_DAYS} days per run of 3 (not all 50,000×30 "
        f"batches: that is 1.5 M requests); {THREADS} client threads over HTTP on "
        f"loopback, 2 cores shared by client, uvicorn and PostgreSQL; "
        f"p99 latency {p99:.1f} ms"
    )
    return [
        Result(
            "collector_ingest",
            round(statistics.median(rates), 1),
            "batches/s",
            3,
            reference="GET /healthz through the same server",
            reference_median=round(statistics.median(ref_rates), 1),
            note=note,
        ),
        Result("collector_ingest_p99", round(p99, 1), "ms", len(latencies)),
    ]


def _export(pg: PrivatePostgres) -> list[Result]:
    url = pg.create_database("bench_export")
    db = CollectorDB.open(url)
    start = date(2025, 1, 1)
    days = [start + timedelta(days=i) for i in range(365)]
    metrics_dims = [
        ("sessions", ""),
        ("session_minutes", ""),
        ("print_pages", ""),
        ("print_jobs", ""),
        ("eid_started", ""),
        ("service_launches", "jobs"),
        ("service_launches", "buergerservice"),
        ("sessions_ended", "idle"),
    ][:EXPORT_COUNTERS]
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        with cur.copy(
            "COPY counts (station_id, day, metric, dimension, value) FROM STDIN"
        ) as cp:
            for s in range(EXPORT_STATIONS):
                for d in days:
                    for m, dim in metrics_dims:
                        cp.write_row((f"st-{s:04d}", d, m, dim, s % 97))
        raw.commit()
        cur.execute("ANALYZE counts")
        raw.commit()
    finally:
        raw.close()
    end = days[-1]

    def ours() -> int:
        size = 0
        for chunk in export.csv_chunks(db.query(start, end)):
            size += len(chunk)
        return size

    def copy_ref() -> int:
        raw = db.engine.raw_connection()
        try:
            buf = io.BytesIO()
            with raw.cursor().copy(
                "COPY (SELECT station_id, day, metric, dimension, value FROM counts "
                "ORDER BY day, station_id, metric, dimension) TO STDOUT WITH CSV"
            ) as cp:
                for data in cp:
                    buf.write(data)
            return buf.tell()
        finally:
            raw.close()

    samples, refs = [], []
    for _ in range(3):
        t = time.perf_counter()
        ours()
        samples.append(time.perf_counter() - t)
        t = time.perf_counter()
        copy_ref()
        refs.append(time.perf_counter() - t)
    db.engine.dispose()
    rows = EXPORT_STATIONS * 365 * len(metrics_dims)
    return [
        Result(
            "collector_export_year",
            round(statistics.median(samples), 3),
            "s",
            3,
            reference="PostgreSQL COPY TO STDOUT CSV of the same rows",
            reference_median=round(statistics.median(refs), 3),
            note=f"{EXPORT_STATIONS} stations × 365 days × {len(metrics_dims)} "
            f"non-zero counters = {rows:,} rows, streamed CSV",
        )
    ]


def run() -> list[Result]:
    pg = PrivatePostgres()
    pg.start()
    try:
        return _ingest(pg) + _export(pg)
    finally:
        pg.stop()


if __name__ == "__main__":
    print(json.dumps([r.as_json() for r in run()], indent=2))
