"""When the usage sync last ran, and last succeeded: one small JSON file.

`kiosk usage sync` (its own process, started by a systemd timer) writes it
next to the counter file after every run; the staff panel reads it. It holds
two times, whether the last run worked and how many days it sent: nothing
about anyone. Writes are atomic (temp file, fsync, rename).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class SyncRecord:
    last_attempt: datetime | None = None
    last_ok: bool | None = None  # None: never ran
    last_success: datetime | None = None
    days_sent: int = 0  # by the last successful run


def path_for(database: Path | str) -> Path:
    """The record's file, beside the counter file (`usage.sqlite-sync.json`)."""
    return Path(f"{database}-sync.json")


def load(path: Path) -> SyncRecord:
    """The record, or an empty one when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return SyncRecord(
            last_attempt=_when(data.get("last_attempt")),
            last_ok=data.get("last_ok")
            if isinstance(data.get("last_ok"), bool)
            else None,
            last_success=_when(data.get("last_success")),
            days_sent=int(data.get("days_sent", 0)),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return SyncRecord()


def record(path: Path, *, ok: bool, days_sent: int, at: datetime) -> SyncRecord:
    """Note one run; a failed run keeps the time of the last success."""
    if at.tzinfo is None:
        raise ValueError("the sync time must carry its time zone")
    old = load(path)
    new = SyncRecord(
        last_attempt=at,
        last_ok=ok,
        last_success=at if ok else old.last_success,
        days_sent=days_sent if ok else old.days_sent,
    )
    data = {
        "last_attempt": at.isoformat(),
        "last_ok": ok,
        "last_success": new.last_success.isoformat() if new.last_success else None,
        "days_sent": new.days_sent,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return new


def _when(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    when = datetime.fromisoformat(value)
    return when if when.tzinfo is not None else None
