"""The collector API on SQLite and on a real PostgreSQL (TestClient, in process)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from kiosk.usage.collector.api import create_app
from kiosk.usage.collector.db import CollectorDB


@pytest.fixture
def api(collector_db: CollectorDB, clock: Any) -> Iterator[dict[str, Any]]:
    _, station = collector_db.create_token("station", station_id="lobeda-1")
    _, other = collector_db.create_token("station", station_id="winzerla-1")
    analyst_id, analyst = collector_db.create_token("analyst", label="amt-12")
    client = TestClient(create_app(collector_db, clock=clock, max_body_bytes=64_000))
    with client:
        yield {
            "client": client,
            "db": collector_db,
            "clock": clock,
            "station": {"Authorization": f"Bearer {station}"},
            "other": {"Authorization": f"Bearer {other}"},
            "analyst": {"Authorization": f"Bearer {analyst}"},
            "analyst_id": analyst_id,
        }


def day(d: str, **counts: int) -> dict[str, Any]:
    return {
        "day": d,
        "counts": [
            {
                "metric": m.split("__")[0],
                "dimension": [*m.split("__"), ""][1],
                "value": v,
            }
            for m, v in counts.items()
        ],
    }


def rows(api: dict[str, Any], **params: str) -> list[dict[str, Any]]:
    query = {"start": "2026-01-01", "end": "2026-12-31", **params}
    r = api["client"].get("/v1/counts", params=query, headers=api["analyst"])
    assert r.status_code == 200, r.text
    return r.json()


def test_post_then_read_back(api: dict[str, Any]) -> None:
    body = {"days": [day("2026-03-09", sessions=4, service_launches__jobs=2)]}
    r = api["client"].post("/v1/days", json=body, headers=api["station"])
    assert r.status_code == 200, r.text
    assert r.json() == {"station": "lobeda-1", "days": 1, "counts": 2}
    assert rows(api) == [
        {
            "station": "lobeda-1",
            "day": "2026-03-09",
            "metric": "service_launches",
            "dimension": "jobs",
            "value": 2,
        },
        {
            "station": "lobeda-1",
            "day": "2026-03-09",
            "metric": "sessions",
            "dimension": "",
            "value": 4,
        },
    ]


def test_the_same_batch_twice_counts_once(api: dict[str, Any]) -> None:
    body = {"days": [day("2026-03-09", sessions=4), day("2026-03-10", sessions=1)]}
    for _ in range(2):
        r = api["client"].post("/v1/days", json=body, headers=api["station"])
        assert r.status_code == 200
    assert [r["value"] for r in rows(api, metric="sessions")] == [4, 1]


def test_absolute_values_replace_older_ones(api: dict[str, Any]) -> None:
    c, h = api["client"], api["station"]
    c.post("/v1/days", json={"days": [day("2026-03-10", sessions=1)]}, headers=h)
    c.post("/v1/days", json={"days": [day("2026-03-10", sessions=3)]}, headers=h)
    assert [r["value"] for r in rows(api)] == [3]


def test_stations_are_kept_apart_and_filtered(api: dict[str, Any]) -> None:
    c = api["client"]
    c.post(
        "/v1/days",
        json={"days": [day("2026-03-10", sessions=1)]},
        headers=api["station"],
    )
    c.post(
        "/v1/days", json={"days": [day("2026-03-10", sessions=7)]}, headers=api["other"]
    )
    got = rows(api, station="winzerla-1")
    assert [(r["station"], r["value"]) for r in got] == [("winzerla-1", 7)]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"days": [day("2026-03-10", visits=1)]}, "unknown metric 'visits'"),
        ({"days": [day("2026-03-10", sessions=-1)]}, "greater than or equal to 0"),
        ({"days": [day("2026-03-12", sessions=1)]}, "is in the future"),
        ({"days": [day("2024-12-01", sessions=1)]}, "more than 400 days back"),
        ({"days": [day("2026-02-30", sessions=1)]}, "day is out of range"),
        ({"days": [day("2026-03-10", sessions_by_hour__25=1)]}, "must be one of"),
        (
            {
                "days": [
                    {
                        "day": "2026-03-10",
                        "counts": [
                            {
                                "metric": "service_launches",
                                "dimension": "https://x.de/?q=1",
                                "value": 1,
                            }
                        ],
                    }
                ]
            },
            "must be a slug",
        ),
        ({"days": []}, "at least 1 item"),
        ({"days": [day("2026-03-10", sessions=1)], "station": "x"}, "Extra inputs"),
        (
            {
                "days": [
                    {
                        "day": "2026-03-10",
                        "counts": [
                            {"metric": "sessions", "dimension": "", "value": 1},
                            {"metric": "sessions", "dimension": "", "value": 2},
                        ],
                    }
                ]
            },
            "sent twice",
        ),
        (
            {
                "days": [
                    {
                        "day": "2026-03-10",
                        "counts": [
                            {"metric": "sessions", "dimension": "", "value": "1"}
                        ],
                    }
                ]
            },
            "valid integer",
        ),
        (
            {
                "days": [
                    {
                        "day": "2026-03-10",
                        "counts": [
                            {"metric": "sessions", "dimension": "", "value": 1.5}
                        ],
                    }
                ]
            },
            "valid integer",
        ),
    ],
)
def test_bad_batches_are_refused_and_store_nothing(
    api: dict[str, Any], body: dict[str, Any], reason: str
) -> None:
    # a good day in the same batch must not be stored either
    if body["days"] and reason != "Extra inputs":
        body = {**body, "days": [day("2026-03-09", sessions=5), *body["days"]]}
    r = api["client"].post("/v1/days", json=body, headers=api["station"])
    assert r.status_code == 422
    assert reason in r.text
    assert rows(api) == []


def test_oversized_body_is_413(api: dict[str, Any]) -> None:
    big = {"days": [day("2026-03-10", sessions=1)], "pad": "x" * 70_000}
    r = api["client"].post("/v1/days", json=big, headers=api["station"])
    assert r.status_code == 413
    assert "send fewer days per batch" in r.json()["detail"]


@pytest.mark.parametrize(
    ("method", "path", "who", "status"),
    [
        ("post", "/v1/days", None, 401),
        ("post", "/v1/days", "bogus", 401),
        ("post", "/v1/days", "analyst", 403),
        ("get", "/v1/counts?start=2026-01-01&end=2026-01-02", None, 401),
        ("get", "/v1/counts?start=2026-01-01&end=2026-01-02", "station", 403),
        ("get", "/v1/stations", "station", 403),
    ],
)
def test_tokens_and_roles(
    api: dict[str, Any], method: str, path: str, who: str | None, status: int
) -> None:
    headers = (
        {"Authorization": "Bearer bts_nope"}
        if who == "bogus"
        else api[who]
        if who
        else {}
    )
    body = {"days": [day("2026-03-10", sessions=1)]}
    kwargs = {"json": body} if method == "post" else {}
    r = getattr(api["client"], method)(path, headers=headers, **kwargs)
    assert r.status_code == status


def test_a_revoked_token_is_refused(api: dict[str, Any]) -> None:
    assert api["db"].revoke_token(api["analyst_id"])
    r = api["client"].get("/v1/stations", headers=api["analyst"])
    assert r.status_code == 401


def test_tokens_are_hashed_at_rest(api: dict[str, Any]) -> None:
    import sqlalchemy as sa

    clear = api["station"]["Authorization"].split()[1]
    with api["db"].engine.connect() as conn:
        stored = [r[0] for r in conn.execute(sa.text("SELECT token_hash FROM tokens"))]
    assert clear not in stored
    assert all(len(h) == 64 for h in stored)


def test_csv_export(api: dict[str, Any]) -> None:
    api["client"].post(
        "/v1/days",
        json={"days": [day("2026-03-10", sessions=2)]},
        headers=api["station"],
    )
    r = api["client"].get(
        "/v1/counts",
        params={"start": "2026-03-01", "end": "2026-03-31", "format": "csv"},
        headers=api["analyst"],
    )
    assert r.headers["content-type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(r.text))) == [
        ["station", "day", "metric", "dimension", "value"],
        ["lobeda-1", "2026-03-10", "sessions", "", "2"],
    ]


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"start": "2026-03-02", "end": "2026-03-01"}, "end is before start"),
        ({"start": "2026-03-01", "end": "2026-03-02", "metric": "x"}, "unknown metric"),
        ({"start": "2020-01-01", "end": "2026-03-02"}, "at most 800 days"),
        ({"start": "2026-03-01"}, "Field required"),
    ],
)
def test_bad_filters(api: dict[str, Any], params: dict[str, str], reason: str) -> None:
    r = api["client"].get("/v1/counts", params=params, headers=api["analyst"])
    assert r.status_code == 422
    assert reason in r.text


def test_last_sync_per_station_shows_who_went_quiet(api: dict[str, Any]) -> None:
    c, clock = api["client"], api["clock"]
    c.post(
        "/v1/days",
        json={"days": [day("2026-03-10", sessions=1)]},
        headers=api["station"],
    )
    clock.now = clock.now + timedelta(days=2)
    c.post(
        "/v1/days", json={"days": [day("2026-03-12", sessions=1)]}, headers=api["other"]
    )
    got = c.get("/v1/stations", headers=api["analyst"]).json()
    assert [(s["station"], s["stale"]) for s in got] == [
        ("lobeda-1", True),
        ("winzerla-1", False),
    ]
    synced = datetime.fromisoformat(got[1]["last_sync_at"])
    assert synced == datetime(2026, 3, 12, 12, 0, tzinfo=UTC)


def test_openapi_is_served(api: dict[str, Any]) -> None:
    spec = api["client"].get("/openapi.json").json()
    assert {"/v1/days", "/v1/counts", "/v1/stations", "/v1/metrics"} <= set(
        spec["paths"]
    )
    assert "BatchIn" in spec["components"]["schemas"]
