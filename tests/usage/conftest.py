"""Fixtures of the usage tests: test TLS, collector DBs (on the private
PostgreSQL of tests/helpers/daemons.py too)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.tls import tls_certs  # noqa: F401

from kiosk.usage.collector.db import CollectorDB


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def collector_db(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[CollectorDB]:
    """The collector database on SQLite and on a real PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'collector.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    db = CollectorDB.open(url)
    yield db
    db.engine.dispose()


class FixedClock:
    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()
