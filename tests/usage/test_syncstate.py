"""The note of the last usage sync that the staff panel reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.usage import syncstate
from kiosk.usage.syncstate import SyncRecord

T0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def test_path_beside_the_counter_file() -> None:
    assert syncstate.path_for("/var/lib/x/usage.sqlite") == Path(
        "/var/lib/x/usage.sqlite-sync.json"
    )


def test_success_then_failure_keeps_the_last_success(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite-sync.json"
    assert syncstate.load(path) == SyncRecord()
    syncstate.record(path, ok=True, days_sent=3, at=T0)
    later = T0 + timedelta(hours=1)
    syncstate.record(path, ok=False, days_sent=0, at=later)
    assert syncstate.load(path) == SyncRecord(
        last_attempt=later, last_ok=False, last_success=T0, days_sent=3
    )


def test_failure_first(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    syncstate.record(path, ok=False, days_sent=0, at=T0)
    assert syncstate.load(path) == SyncRecord(T0, False, None, 0)


@pytest.mark.parametrize(
    "text", ["", "[]", '{"last_attempt": 5}', '{"last_success": "yesterday"}']
)
def test_unreadable_is_empty_or_partial(tmp_path: Path, text: str) -> None:
    path = tmp_path / "s.json"
    path.write_text(text)
    record = syncstate.load(path)
    assert record.last_success is None and record.last_ok is None


def test_times_carry_their_zone(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="time zone"):
        syncstate.record(tmp_path / "s.json", ok=True, days_sent=1, at=datetime.now())
