"""Fuzz the new endpoints (heartbeat, fleet pages, sign-in) over the OpenAPI
schema: no input may cause a 5xx. Bounded, like test_api_fuzz.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from kiosk.usage.collector.api import create_app
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.collector.fleetdb import FleetDB
from kiosk.usage.collector.settings import CollectorSettings, WebSettings
from kiosk.usage.collector.web import hash_password

OPERATIONS = [
    "POST /v1/heartbeat",
    "GET /fleet",
    "GET /fleet/station/{station_id}",
    "GET /fleet/office/{office}",
    "GET /fleet/incidents",
    "GET /fleet/stations",
    "GET /fleet/login",
    "POST /fleet/login",
    "POST /fleet/logout",
]
EXAMPLES = {"POST /v1/heartbeat": 100}


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_input_causes_a_server_error(tmp_path: Path, label: str) -> None:
    db = CollectorDB.open(f"sqlite:///{tmp_path / 'collector.sqlite'}")
    station = db.create_token("station", station_id="fuzz-1")[1]
    FleetDB(db.engine).create_account(
        "it-admin", hash_password("correct horse battery"), "it", None
    )
    app = create_app(
        db,
        settings=CollectorSettings(web=WebSettings(cookie_secure=False)),
        alert_loop=False,
    )
    # a signed-in session, so the pages are reached past the sign-in
    with TestClient(app, base_url="http://127.0.0.1") as client:
        client.get("/fleet/login")
        csrf = client.cookies.get("fleet_csrf")
        client.post(
            "/fleet/login",
            content=f"csrf={csrf}&name=it-admin&password=correct+horse+battery",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        cookies = dict(client.cookies.items())
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = {op.label: op for op in (r.ok() for r in schema.get_all_operations())}
    assert set(OPERATIONS) <= set(operations)
    headers = {"Authorization": f"Bearer {station}"}
    if label.startswith(("GET /fleet", "POST /fleet")):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
    seen: list[int] = []

    @given(case=operations[label].as_strategy())
    @settings(
        max_examples=EXAMPLES.get(label, 25),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def check(case: Any) -> None:
        response = case.call(headers=headers)
        seen.append(response.status_code)
        assert response.status_code < 500, response.text

    check()
    assert seen
    if label == "POST /v1/heartbeat":
        assert {401, 403} & set(seen) or 422 in set(seen)
    db.engine.dispose()
