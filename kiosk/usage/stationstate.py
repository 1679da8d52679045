"""The station's state for the heartbeat: one small JSON file the shell writes.

The shell (its own process) writes it every minute and at each change of
service; `kiosk usage heartbeat` and `kiosk usage sync` (another process,
another user) read it and send it to the collector. It sits beside the
counter file, in the folder both share by group. Writes are atomic (temp
file, fsync, rename): a reader sees the old file or the new one.

What it holds is about the machine only: words from fixed vocabularies
(`heartbeat.OOS_REASONS`, printer states and problems), wipe step names with
ok/failed, reader model names, numbers. Nothing a resident typed, saw or holds.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def path_for(database: Path | str) -> Path:
    """The state file, beside the counter file (`usage.sqlite-station.json`)."""
    return Path(f"{database}-station.json")


def write(path: Path, state: dict[str, Any]) -> None:
    """Replace the file atomically; group-readable (the sync runs as another user)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    # The mode, whatever the umask: the shell's unit has UMask=0077, which made
    # the file 0600 and the heartbeat read {} ("shell not running").
    os.fchmod(fd, 0o640)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(state, fh, separators=(",", ":"))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def load(path: Path) -> dict[str, Any]:
    """The last state the shell wrote; {} when there is none or it is unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
