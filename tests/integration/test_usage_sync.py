"""The sync against a real collector process over HTTPS on loopback (test CA).

The collector runs as `kiosk usage serve` in a subprocess, on a private
PostgreSQL or on SQLite; faults are made by stopping and SIGKILLing it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from helpers.tls import CertFiles, make_certs

from kiosk import cli
from kiosk.daemons.collector import CollectorProcess
from kiosk.usage import syncstate
from kiosk.usage.aggregate import Increment
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.errors import CollectorRejected
from kiosk.usage.store import CounterStore
from kiosk.usage.sync import HttpCollector, run

STATION_TZ = "Europe/Berlin"
# The station's day, as `kiosk usage sync` reckons it: from 22:00 or 23:00
# UTC on, Berlin already has the next day while a UTC machine has not.
TODAY = datetime.now(ZoneInfo(STATION_TZ)).date()


@pytest.fixture(scope="module")
def tls_certs(tmp_path_factory: pytest.TempPathFactory) -> CertFiles:
    return make_certs(tmp_path_factory.mktemp("tls"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def collector(
    request: pytest.FixtureRequest, tmp_path: Path, tls_certs: CertFiles
) -> Iterator[tuple[CollectorProcess, CollectorDB]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'collector.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    db = CollectorDB.open(url)
    proc = CollectorProcess(url, tls=tls_certs)
    try:
        yield proc, db
    finally:
        proc.kill()
        db.engine.dispose()


def fill(store: CounterStore, days: int) -> None:
    """`days` days of counts ending today, different on each day."""
    for back in range(days):
        d = TODAY - timedelta(days=back)
        store.apply(
            [
                Increment(d, "sessions", "", 10 + back),
                Increment(d, "service_launches", "jobs", back + 1),
                Increment(d, "print_pages", "", 3 * back),
            ]
        )


def collector_totals(db: CollectorDB, station: str) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    start = TODAY - timedelta(days=400)
    for _st, _day, metric, dim, value in db.query(start, TODAY, station):
        out[(metric, dim)] = out.get((metric, dim), 0) + value
    return out


def no_wait(_seconds: float) -> None:
    return None


def test_a_week_offline_then_the_backlog_syncs_exactly(
    collector: tuple[CollectorProcess, CollectorDB],
    tmp_path: Path,
    tls_certs: CertFiles,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    proc, db = collector
    _, token = db.create_token("station", station_id="lobeda-1")
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "buergerterminal-usage").write_text(token + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    monkeypatch.setenv(
        "PYTHON_KEYRING_BACKEND", "kiosk.usage.credentials.SystemdCredentialKeyring"
    )
    counters = tmp_path / "usage.sqlite"
    config = tmp_path / "station.toml"
    config.write_text(
        '[station]\nid = "lobeda-1"\nname = "Lobeda"\n'
        '[[services]]\nid = "jobs"\ntitle = { de = "Jobs" }\n'
        'start_url = "https://www.example.org/"\nallowed_origins = ["https://www.example.org"]\n'
        f'[usage]\ndatabase = "{counters}"\ncollector_url = "{proc.url}"\n'
        f'timezone = "{STATION_TZ}"\n'
    )
    store = CounterStore(counters)
    fill(store, 8)  # a week of backlog plus today
    argv = [
        "usage",
        "sync",
        "--config",
        str(config),
        "--ca-file",
        str(tls_certs.ca_file),
        "--batch-days",
        "3",
        "--attempts",
        "1",
    ]
    # the collector is down: the sync fails, says so in one line, keeps the data
    assert cli.main(argv) == 1
    line = capsys.readouterr().out.strip()
    assert line.startswith("usage sync FAILED: 0 day(s) sent, 8 kept")
    assert "\n" not in line
    assert len(store.pending_days(TODAY)) == 8
    # … and notes it for the staff panel: tried, failed, never succeeded
    noted = syncstate.load(syncstate.path_for(counters))
    assert noted.last_ok is False and noted.last_success is None

    proc.start()
    assert cli.main(argv) == 0
    assert capsys.readouterr().out.strip() == (
        f"usage sync ok: 8 day(s) in 3 batch(es) to https://127.0.0.1:{proc.port}"
    )
    noted = syncstate.load(syncstate.path_for(counters))
    assert noted.last_ok is True and noted.days_sent == 8
    assert noted.last_success == noted.last_attempt
    assert collector_totals(db, "lobeda-1") == store.totals()
    assert store.pending_days(TODAY) == [TODAY]  # only today is sent again
    store.close()


def test_collector_killed_and_restarted_mid_sync(
    collector: tuple[CollectorProcess, CollectorDB], tmp_path: Path
) -> None:
    proc, db = collector
    _, token = db.create_token("station", station_id="winzerla-1")
    store = CounterStore(tmp_path / "usage.sqlite")
    fill(store, 60)
    proc.start()
    client = HttpCollector(
        proc.url,
        token,
        ca_file=str(proc.tls.ca_file),
        attempts=60,
        base_delay=0.05,
        max_delay=0.3,
    )
    result: dict[str, Any] = {}
    worker = threading.Thread(
        target=lambda: result.update(r=run(store, client, TODAY, batch_days=1))
    )
    worker.start()
    while len(store.pending_days(TODAY)) > 45:  # some batches went through
        time.sleep(0.01)
    proc.kill()
    time.sleep(0.3)
    proc.start()
    worker.join(timeout=120)
    client.close()
    assert result["r"].ok, result["r"].error
    assert result["r"].days_sent == 60
    assert client.retries >= 1  # it really had to retry
    assert collector_totals(db, "winzerla-1") == store.totals()
    store.close()


def test_the_same_batch_twice_and_a_refusal_is_not_retried(
    collector: tuple[CollectorProcess, CollectorDB], tmp_path: Path
) -> None:
    proc, db = collector
    token_id, token = db.create_token("station", station_id="lobeda-2")
    store = CounterStore(tmp_path / "usage.sqlite")
    fill(store, 3)
    proc.start()
    ca = str(proc.tls.ca_file)
    client = HttpCollector(proc.url, token, ca_file=ca, sleep=no_wait)
    snaps = store.snapshot(store.pending_days(TODAY))
    body = {
        "days": [
            {
                "day": s.day.isoformat(),
                "counts": [
                    {"metric": m, "dimension": d, "value": v} for m, d, v in s.counts
                ],
            }
            for s in snaps
        ]
    }
    client.send(body)
    client.send(body)  # a retry after a lost answer: counted once
    assert collector_totals(db, "lobeda-2") == store.totals()

    db.revoke_token(token_id)
    store.apply([Increment(TODAY, "cards_left", "", 1)])
    pending = store.pending_days(TODAY)
    with pytest.raises(CollectorRejected) as refused:
        client.send(body)
    assert refused.value.status == 401
    assert client.retries == 0  # a 4xx is never retried
    result = run(store, client, TODAY)
    assert not result.ok and "HTTP 401" in result.error
    assert store.pending_days(TODAY) == pending  # the data is kept
    client.close()
    store.close()
