"""Where a stick's filesystem starts, and which one it is. Pure: bytes in.

A stick is either a bare filesystem (a "superfloppy") or a disk with an MBR
or GPT partition table; the first partition with a filesystem is used. Only
FAT12/16/32 and exFAT are recognised; anything else is not read at all.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

SECTOR = 512
Kind = Literal["fat", "exfat"]
Reader = Callable[[int, int], bytes]  # (offset, length) -> bytes


@dataclass(frozen=True)
class Filesystem:
    kind: Kind
    offset: int  # bytes from the start of the device


def boot_sector_kind(sector: bytes) -> Kind | None:
    """FAT or exFAT by its boot sector, else None."""
    if len(sector) < SECTOR or sector[510:512] != b"\x55\xaa":
        return None
    if sector[3:11] == b"EXFAT   ":
        return "exfat"
    bytes_per_sector = struct.unpack_from("<H", sector, 11)[0]
    fat_marker = sector[54:59] == b"FAT12" or sector[54:59] == b"FAT16"
    if bytes_per_sector in (512, 1024, 2048, 4096) and (
        fat_marker or sector[82:87] == b"FAT32"
    ):
        return "fat"
    return None


def _mbr_starts(sector: bytes) -> list[tuple[int, int]]:
    """(type, first LBA) of the MBR's used partition entries."""
    out = []
    for i in range(4):
        entry = sector[446 + 16 * i : 446 + 16 * (i + 1)]
        kind, lba = entry[4], struct.unpack_from("<I", entry, 8)[0]
        if kind and lba:
            out.append((kind, lba))
    return out


def _gpt_starts(read: Reader) -> list[int]:
    header = read(SECTOR, SECTOR)
    if header[:8] != b"EFI PART":
        return []
    entries_lba, count, size = struct.unpack_from("<QII", header, 72)
    if not (0 < count <= 128 and 128 <= size <= 512):
        return []
    table = read(entries_lba * SECTOR, count * size)
    starts = []
    for i in range(count):
        entry = table[i * size : (i + 1) * size]
        if len(entry) == size and entry[:16] != bytes(16):
            starts.append(struct.unpack_from("<Q", entry, 32)[0])
    return starts


def find_filesystem(read: Reader) -> Filesystem | None:
    first = read(0, SECTOR)
    kind = boot_sector_kind(first)
    if kind is not None:
        return Filesystem(kind, 0)
    if first[510:512] != b"\x55\xaa":
        return None
    mbr = _mbr_starts(first)
    starts = _gpt_starts(read) if any(k == 0xEE for k, _ in mbr) else []
    starts = starts or [lba for k, lba in mbr if k != 0xEE]
    for lba in starts:
        kind = boot_sector_kind(read(lba * SECTOR, SECTOR))
        if kind is not None:
            return Filesystem(kind, lba * SECTOR)
    return None
