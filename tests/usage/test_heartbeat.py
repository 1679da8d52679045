"""The heartbeat body from the shell's state file: only machine facts, in words
from fixed vocabularies; anything else is dropped or becomes "other"."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.usage import heartbeat, stationstate
from kiosk.usage.collector.heartbeat import ADAPTER

NOW = datetime(2026, 3, 10, 9, 10, tzinfo=UTC)


def build(state: dict[str, Any], **kw: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "now": NOW,
        "version": "0.1.0",
        "disk_free_percent": 61,
        "clock_synchronised": True,
        "last_sync_success": NOW - timedelta(hours=1),
    }
    args.update(kw)
    return heartbeat.build("winzerla-2", state, **args)


FULL = {
    "written_at": (NOW - timedelta(seconds=30)).isoformat(),
    "uptime_seconds": 5400,
    "in_service": False,
    "out_of_service_reason": "wipe-failed",
    "out_of_service_since": (NOW - timedelta(minutes=40)).isoformat(),
    "wipe": {
        "at": NOW.isoformat(),
        "steps": [{"name": "files", "ok": False}, {"name": "usage", "ok": True}],
    },
    "card_readers": ["REINER SCT cyberJack RFID komfort"],
    "printer": {
        "state": "stopped",
        "problems": ["toner-empty", "jam"],
        "toner": [{"name": "Black Toner", "percent": 3}],
    },
    "scanner": "none",
    "sessions_today": 14,
}


def test_a_full_state_becomes_a_valid_heartbeat() -> None:
    body = build(FULL)
    assert body["shell_running"] is True
    assert body["out_of_service_reason"] == "wipe-failed"
    assert body["wipe"]["steps"][0] == {"name": "files", "ok": False}
    assert body["printer"]["toner"] == [{"name": "Black Toner", "percent": 3}]
    ADAPTER.validate_python(body)  # the collector's model accepts it as is


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        ({"out_of_service_reason": "my own words"}, "out_of_service_reason", "other"),
        ({"out_of_service_reason": ""}, "out_of_service_reason", "other"),
        ({"in_service": True}, "out_of_service_reason", ""),
        ({"in_service": True}, "out_of_service_since", None),
        ({"in_service": "yes"}, "in_service", False),
        (
            {"written_at": (NOW - timedelta(minutes=6)).isoformat()},
            "shell_running",
            False,
        ),
        ({"written_at": "yesterday"}, "shell_running", False),
        ({"card_readers": ["<script>", "Reader 1"]}, "card_readers", ["Reader 1"]),
        ({"uptime_seconds": -5}, "uptime_seconds", 0),
        ({"sessions_today": "12"}, "sessions_today", 0),
        ({"scanner": "broken!"}, "scanner", "none"),
        (
            {"wipe": {"steps": [{"name": "Files/../x", "ok": False}]}},
            "wipe",
            {"at": None, "steps": []},
        ),
    ],
)
def test_what_does_not_fit_is_dropped_or_other(
    change: dict[str, Any], field: str, expected: object
) -> None:
    body = build({**FULL, **change})
    assert body[field] == expected
    ADAPTER.validate_python(body)


def test_printer_words_outside_the_vocabulary_become_other() -> None:
    body = build({**FULL, "printer": {"state": "on fire", "problems": ["x", "y"]}})
    assert body["printer"] == {
        "state": "unreachable",
        "problems": ["other"],
        "toner": [],
    }


def test_no_state_file_means_out_of_service_and_no_shell() -> None:
    body = build({})
    assert body["in_service"] is False and body["shell_running"] is False
    ADAPTER.validate_python(body)


def test_only_known_keys_whatever_the_state_file_holds() -> None:
    body = build({**FULL, "url": "https://example.org/?q=secret", "typed": "abc"})
    assert set(body) == set(ADAPTER.core_schema["schema"]["fields"])  # type: ignore[index]
    assert "secret" not in str(body) and "abc" not in str(body)


def test_state_file_written_atomically_and_read_back(tmp_path: Path) -> None:
    path = stationstate.path_for(tmp_path / "usage.sqlite")
    assert path.name == "usage.sqlite-station.json"
    assert stationstate.load(path) == {}
    stationstate.write(path, FULL)
    assert stationstate.load(path) == FULL
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    path.write_text("[1, 2]")
    assert stationstate.load(path) == {}


def test_state_file_group_readable_under_the_shells_umask(tmp_path: Path) -> None:
    """buergerterminal.service has UMask=0077; the sync reads as another user
    of group kiosk (the booted install test found the file 0600)."""
    path = stationstate.path_for(tmp_path / "usage.sqlite")
    old = os.umask(0o077)
    try:
        stationstate.write(path, FULL)
    finally:
        os.umask(old)
    assert oct(path.stat().st_mode & 0o777) == "0o640"


def test_naive_time_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        build(FULL, now=datetime(2026, 3, 10))
