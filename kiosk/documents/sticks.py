"""Which stick is plugged in: the first device a path glob finds.

On a station the glob is `/dev/disk/by-id/usb-*` (udev's names for USB
disks); the demo and the tests point it at image files. Partition links
(`…-part1`) are skipped: `layout.find_filesystem` reads the partition table
itself, so a partitioned and a bare stick take the same path.
"""

from __future__ import annotations

import contextlib
import glob
import re
from pathlib import Path

_PARTITION = re.compile(r"-part\d+$")


def present(pattern: str) -> Path | None:
    """The stick's device (resolved), or None when none is plugged in."""
    if not pattern or pattern == "none":
        return None
    for match in sorted(glob.glob(pattern)):
        if _PARTITION.search(match):
            continue
        path = Path(match)
        try:
            if path.exists() and path.resolve().stat().st_size >= 0:
                return path.resolve()
        except OSError:
            continue
    return None


def allowed(pattern: str, device: Path) -> bool:
    """Whether `device` is one the glob finds (both resolved): the stick
    helper mounts nothing else."""
    if not pattern or pattern == "none":
        return False
    try:
        target = device.resolve(strict=True)
    except OSError:
        return False
    for match in glob.glob(pattern):
        if _PARTITION.search(match):
            continue
        with contextlib.suppress(OSError):
            if Path(match).resolve(strict=True) == target:
                return True
    return False
