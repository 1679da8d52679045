"""POST /v1/heartbeat on SQLite and a real PostgreSQL: stored, or a clear 4xx
and nothing stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from kiosk.usage import heartbeat
from kiosk.usage.collector.api import create_app
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.collector.fleetdb import FleetDB, station_history, station_state


@pytest.fixture
def api(collector_db: CollectorDB, clock: Any) -> Iterator[dict[str, Any]]:
    revoked_id, revoked = collector_db.create_token("station", station_id="gone-1")
    collector_db.revoke_token(revoked_id)
    tokens = {
        "lobeda-1": collector_db.create_token("station", station_id="lobeda-1")[1],
        "winzerla-2": collector_db.create_token("station", station_id="winzerla-2")[1],
        "analyst": collector_db.create_token("analyst", label="amt")[1],
        "revoked": revoked,
    }
    client = TestClient(create_app(collector_db, clock=clock, alert_loop=False))
    with client:
        yield {"client": client, "db": collector_db, "clock": clock, "tokens": tokens}


def beat(
    api: dict[str, Any], station: str = "lobeda-1", **state: Any
) -> dict[str, Any]:
    now = api["clock"]()
    base = {"written_at": now.isoformat(), "in_service": True, "sessions_today": 3}
    return heartbeat.build(
        station,
        {**base, **state},
        now=now,
        version="0.1.0",
        disk_free_percent=50,
        clock_synchronised=True,
        last_sync_success=None,
    )


def post(api: dict[str, Any], body: Any, who: str = "lobeda-1", **kw: Any) -> Any:
    headers = {"Authorization": f"Bearer {api['tokens'][who]}"} if who else {}
    if isinstance(body, bytes):
        headers["Content-Type"] = "application/json"
        return api["client"].post("/v1/heartbeat", content=body, headers=headers)
    return api["client"].post("/v1/heartbeat", json=body, headers=headers)


def stored(api: dict[str, Any]) -> int:
    with api["db"].engine.connect() as conn:
        return int(
            conn.execute(sa.select(sa.func.count()).select_from(station_state)).scalar()
            or 0
        ) + int(
            conn.execute(
                sa.select(sa.func.count()).select_from(station_history)
            ).scalar()
            or 0
        )


def test_latest_state_and_history_kept(api: dict[str, Any]) -> None:
    r = post(api, beat(api))
    assert r.status_code == 200, r.text
    assert r.json() == {"station": "lobeda-1", "stored": True}
    fleet = FleetDB(api["db"].engine)
    row, state = fleet.station("lobeda-1") or (None, {})
    assert row is not None and row.in_service is True and row.sessions_today == 3
    assert state["version"] == "0.1.0"
    # the same picture 5 minutes later: latest state moves, no new history row
    api["clock"].now += timedelta(minutes=5)
    assert post(api, beat(api)).status_code == 200
    assert len(fleet.history("lobeda-1")) == 1
    # out of service: a new history row, the time it went out kept
    api["clock"].now += timedelta(minutes=5)
    went_out = api["clock"].now
    body = beat(api, in_service=False, out_of_service_reason="staff")
    assert post(api, body).status_code == 200
    api["clock"].now += timedelta(minutes=5)
    assert (
        post(
            api, beat(api, in_service=False, out_of_service_reason="staff")
        ).status_code
        == 200
    )
    row, _ = fleet.station("lobeda-1") or (None, {})
    assert row is not None and row.in_service is False and row.oos_since == went_out
    assert len(fleet.history("lobeda-1")) == 2


@pytest.mark.parametrize(
    ("who", "status", "words"),
    [
        ("", 401, "Bearer"),
        ("revoked", 401, "revoked"),
        ("analyst", 403, "station token"),
        ("winzerla-2", 403, "another station"),
    ],
)
def test_tokens_refused_and_nothing_stored(
    api: dict[str, Any], who: str, status: int, words: str
) -> None:
    r = post(api, beat(api), who=who)
    assert r.status_code == status
    assert words in r.text
    assert stored(api) == 0


@pytest.mark.parametrize(
    ("mutate", "status", "words"),
    [
        (lambda b: {**b, "visited": "https://example.org"}, 422, "visited"),
        (
            lambda b: {**b, "out_of_service_reason": "I broke it"},
            422,
            "out_of_service_reason",
        ),
        (lambda b: {**b, "wipe": {"steps": [{"name": "x y", "ok": 1}]}}, 422, "wipe"),
        (
            lambda b: {**b, "printer": {"state": "ready", "serial": "123"}},
            422,
            "serial",
        ),
        (lambda b: {**b, "sessions_today": -1}, 422, "sessions_today"),
        (
            lambda b: {k: v for k, v in b.items() if k != "in_service"},
            422,
            "in_service",
        ),
        (lambda b: b"{not json", 422, "json"),
        (lambda b: b"[]", 422, "should be an object"),
        (lambda b: b'{"x": "' + b"a" * 20000 + b'"}', 413, "heartbeat"),
    ],
)
def test_bad_bodies_refused_and_nothing_stored(
    api: dict[str, Any], mutate: Any, status: int, words: str
) -> None:
    body = mutate(beat(api))
    r = post(api, body)
    assert r.status_code == status, r.text
    assert words.lower() in r.text.lower()
    assert "example.org" not in r.text  # the input is never echoed
    assert stored(api) == 0


def test_unknown_token_with_bad_body_is_401_first(api: dict[str, Any]) -> None:
    r = api["client"].post(
        "/v1/heartbeat",
        content=b"{",
        headers={"Authorization": "Bearer nope", "Content-Type": "application/json"},
    )
    assert r.status_code == 401
