"""Copies between the session's documents and a stick, chunk by chunk.

A copy is claimed done only after the file was closed (flushed) on its target,
its size read back equals the source's, and the stick was still there. Both
ways the file is written under a hidden temporary name and renamed when
complete: a stick pulled out mid-copy (`StickRemoved`) keeps at most a
hidden partial, never a file under the name the resident would look for;
the partial is removed where that is still possible.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.documents import allowed
from kiosk.documents.errors import StickError, StickRemoved, StickUnreadable
from kiosk.documents.volume import StickFile, Volume

CHUNK = 256 * 1024
# Called after each chunk with the bytes copied so far (progress; tests pull
# the stick from here).
Progress = Callable[[int], None]


@dataclass(frozen=True)
class Offered:
    """A file on the stick the resident may take; `path` is the stick's."""

    path: str
    size: int
    name: str  # as the resident knows it


def offered_files(volume: Volume, max_bytes: int) -> list[Offered]:
    """The stick's files that pass `allowed.offer` (name, size and first bytes)."""
    out = []
    for entry in volume.files():
        if not _plausible(entry, max_bytes):
            continue
        with volume.open_read(entry.path) as f:
            head = f.read(allowed.HEAD_BYTES)
        if allowed.offer(entry.shown, entry.size, head, max_bytes).offered:
            out.append(Offered(entry.path, entry.size, entry.shown))
    return out


def _plausible(entry: StickFile, max_bytes: int) -> bool:
    return allowed.suffix(entry.shown) in allowed.MAGIC and 0 < entry.size <= max_bytes


def save_to_stick(
    volume: Volume, source: Path, progress: Progress | None = None
) -> str:
    """Copies a session document onto the stick's top folder; returns its name.

    Written under a hidden temporary name (never offered, never shown) and
    renamed when complete, so a stick pulled mid-copy holds no file under the
    name the resident would look for; the partial is removed when the stick
    is still there."""
    size = source.stat().st_size
    names = volume.names_in_root()
    name = allowed.unique_name(allowed.safe_name(source.name), names)
    partial = f"{allowed.PARTIAL_PREFIX}{secrets.token_hex(4)}"
    written = 0
    try:
        with source.open("rb") as src, volume.open_write(partial) as out:
            while chunk := src.read(CHUNK):
                out.write(chunk)
                written += len(chunk)
                if progress is not None:
                    progress(written)
        if not volume.alive():
            raise StickRemoved("the stick was taken out")
        if volume.size(partial) != size:
            raise StickUnreadable("the copy on the stick has the wrong size")
        volume.rename(partial, name)
        if not volume.alive():
            raise StickRemoved("the stick was taken out")
    except StickError:
        if volume.alive():
            with contextlib.suppress(StickError):
                volume.remove(partial)
        raise
    return name


def fetch_from_stick(
    volume: Volume,
    offered: Offered,
    folder: Path,
    max_bytes: int,
    progress: Progress | None = None,
) -> Path:
    """Copies an offered file into the session's documents; returns the copy."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f"{allowed.PARTIAL_PREFIX}{secrets.token_hex(6)}"
    existing = {p.name for p in folder.iterdir()}
    target = folder / allowed.unique_name(allowed.safe_name(offered.name), existing)
    copied = 0
    try:
        with volume.open_read(offered.path) as src, partial.open("xb") as out:
            head = src.read(allowed.HEAD_BYTES)
            if not allowed.offer(offered.name, offered.size, head, max_bytes).offered:
                raise StickUnreadable("the file changed on the stick")
            chunk = head
            while chunk:
                copied += len(chunk)
                if copied > max_bytes:
                    raise StickUnreadable("the file grew past the size limit")
                out.write(chunk)
                if progress is not None:
                    progress(copied)
                chunk = src.read(CHUNK)
        if not volume.alive():
            raise StickRemoved("the stick was taken out")
        if copied != offered.size:
            raise StickRemoved("the file was cut short")
        partial.rename(target)
    finally:
        partial.unlink(missing_ok=True)
    return target
