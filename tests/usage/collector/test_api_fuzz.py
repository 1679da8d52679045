"""Fuzz the collector over its own OpenAPI schema: no input may cause a 5xx.

Bounded (about a hundred cases per operation) so the folder stays fast; the
station token goes with POST and the analyst token with GETs, so the fuzzing
reaches past authentication into validation and the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from kiosk.usage.collector.api import create_app
from kiosk.usage.collector.db import CollectorDB

OPERATIONS = ["POST /v1/days", "GET /v1/counts", "GET /v1/stations", "GET /v1/metrics"]


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_input_causes_a_server_error(tmp_path: Path, label: str) -> None:
    db = CollectorDB.open(f"sqlite:///{tmp_path / 'collector.sqlite'}")
    station = db.create_token("station", station_id="fuzz-1")[1]
    analyst = db.create_token("analyst", label="fuzz")[1]
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    operations = {op.label: op for op in (r.ok() for r in schema.get_all_operations())}
    assert set(OPERATIONS) <= set(operations)  # the schema really lists them
    token = station if label.startswith("POST") else analyst
    seen: list[int] = []

    @given(case=operations[label].as_strategy())
    @settings(
        max_examples=100,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def check(case: Any) -> None:
        response = case.call(headers={"Authorization": f"Bearer {token}"})
        seen.append(response.status_code)
        assert response.status_code < 500, response.text

    check()
    assert seen  # the fuzzer really sent requests
    db.engine.dispose()
