"""The heartbeat: the station's health in one small JSON body. Pure: no I/O.

    {"station": "jena-lobeda-1", "sent_at": "…", "version": "0.1.0",
     "uptime_seconds": 5400, "shell_running": true, "in_service": false,
     "out_of_service_reason": "wipe-failed", "out_of_service_since": "…",
     "wipe": {"at": "…", "steps": [{"name": "files", "ok": false}, …]},
     "card_readers": ["REINER SCT cyberJack RFID komfort"],
     "printer": {"state": "stopped", "problems": ["toner-empty"],
                 "toner": [{"name": "Black Toner", "percent": 3}]},
     "scanner": "none", "disk_free_percent": 61, "clock_synchronised": true,
     "last_sync_success": "…", "sessions_today": 14}

Every field is a number, a flag, a time or a word from a fixed vocabulary;
the only texts are wipe step names (slugs) and hardware model names (reader,
toner). Nothing about a resident or what was visited: the collector refuses
any other key (`collector/heartbeat.py`, extra="forbid").

`build` turns the state the shell wrote (`stationstate`) and what the sync
process sees itself (clock, disk, last sync) into that body; anything that
does not fit the vocabulary becomes "other" or is left out.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Final, Literal, get_args

# The fixed words, as types for the collector's models and as tuples here.
OosReason = Literal["", "wipe-failed", "staff", "card-left", "other"]
PrinterStateWord = Literal["ready", "printing", "stopped", "unreachable", "no-queue"]
PrinterProblem = Literal[
    "jam",
    "paper-empty",
    "paper-low",
    "toner-empty",
    "toner-low",
    "door",
    "offline",
    "paused",
    "other",
]
OOS_REASONS: Final[tuple[str, ...]] = get_args(OosReason)
PRINTER_STATES: Final[tuple[str, ...]] = get_args(PrinterStateWord)
PRINTER_PROBLEMS: Final[tuple[str, ...]] = get_args(PrinterProblem)
SCANNER_STATES: Final = ("ok", "missing", "none")
MAX_STEPS: Final = 32
MAX_READERS: Final = 8
MAX_TONERS: Final = 8
MAX_BODY_BYTES: Final = 16 * 1024
# The shell writes its state every minute; older than this, it is not running.
SHELL_STALE_AFTER: Final = timedelta(minutes=5)
STEP_RE: Final = r"^[a-z0-9][a-z0-9_-]{0,31}$"
# Hardware model names: letters, digits, spaces and a little punctuation.
HARDWARE_RE: Final = r"^[A-Za-z0-9][A-Za-z0-9 ._()/+:-]{0,63}$"
VERSION_RE: Final = r"^[0-9A-Za-z.+-]{1,32}$"


def _when(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def _int(value: object, low: int, high: int, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return max(low, min(high, value))


def _word(value: object, vocabulary: tuple[str, ...], default: str) -> str:
    return value if isinstance(value, str) and value in vocabulary else default


def _hardware(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    name = value.strip()[:64].rstrip()
    return name if re.match(HARDWARE_RE, name) else None


def _wipe(value: object) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    steps = []
    for step in value.get("steps") or []:
        if not isinstance(step, dict):
            continue
        name, ok = step.get("name"), step.get("ok")
        if isinstance(name, str) and re.match(STEP_RE, name) and isinstance(ok, bool):
            steps.append({"name": name, "ok": ok})
    return {"at": _iso(_when(value.get("at"))), "steps": steps[:MAX_STEPS]}


def _printer(value: object) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    problems: list[str] = []
    for p in value.get("problems") or []:
        word = _word(p, PRINTER_PROBLEMS, "other")
        if word not in problems:
            problems.append(word)
    toner = []
    for supply in value.get("toner") or []:
        if isinstance(supply, dict) and (name := _hardware(supply.get("name"))):
            toner.append(
                {"name": name, "percent": _int(supply.get("percent"), -1, 100, -1)}
            )
    return {
        "state": _word(value.get("state"), PRINTER_STATES, "unreachable"),
        "problems": problems,
        "toner": toner[:MAX_TONERS],
    }


def build(
    station: str,
    state: dict[str, Any],
    *,
    now: datetime,
    version: str,
    disk_free_percent: int,
    clock_synchronised: bool | None,
    last_sync_success: datetime | None,
) -> dict[str, Any]:
    """The heartbeat body from the shell's state file and the sync's own view."""
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    written = _when(state.get("written_at"))
    running = written is not None and now - written <= SHELL_STALE_AFTER
    in_service = state.get("in_service") is True
    reason = (
        ""
        if in_service
        else _word(state.get("out_of_service_reason"), OOS_REASONS, "other")
    )
    if not in_service and not reason:
        reason = "other"
    readers = [n for n in map(_hardware, state.get("card_readers") or []) if n]
    since = None if in_service else _when(state.get("out_of_service_since"))
    return {
        "station": station,
        "sent_at": now.isoformat(),
        "version": version if re.match(VERSION_RE, version) else "unknown",
        "uptime_seconds": _int(state.get("uptime_seconds"), 0, 10**9, 0),
        "shell_running": running,
        "in_service": in_service,
        "out_of_service_reason": reason,
        "out_of_service_since": _iso(since),
        "wipe": _wipe(state.get("wipe")),
        "card_readers": readers[:MAX_READERS],
        "printer": _printer(state.get("printer")),
        "scanner": _word(state.get("scanner"), SCANNER_STATES, "none"),
        "disk_free_percent": _int(disk_free_percent, -1, 100, -1),
        "clock_synchronised": clock_synchronised,
        "last_sync_success": _iso(last_sync_success),
        "sessions_today": _int(state.get("sessions_today"), 0, 10**6, 0),
    }
