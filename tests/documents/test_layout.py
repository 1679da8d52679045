"""Where a stick's filesystem starts (pure; boot sectors built in the test)."""

from __future__ import annotations

import struct

import pytest

from kiosk.documents import layout


def _fat32() -> bytes:
    s = bytearray(512)
    s[11:13] = struct.pack("<H", 512)
    s[82:87] = b"FAT32"
    s[510:512] = b"\x55\xaa"
    return bytes(s)


def _fat16() -> bytes:
    s = bytearray(512)
    s[11:13] = struct.pack("<H", 512)
    s[54:59] = b"FAT16"
    s[510:512] = b"\x55\xaa"
    return bytes(s)


def _exfat() -> bytes:
    s = bytearray(512)
    s[3:11] = b"EXFAT   "
    s[510:512] = b"\x55\xaa"
    return bytes(s)


def _mbr(kind: int, lba: int) -> bytes:
    s = bytearray(512)
    s[446 + 4] = kind
    s[446 + 8 : 446 + 12] = struct.pack("<I", lba)
    s[510:512] = b"\x55\xaa"
    return bytes(s)


def _disk(*sectors: tuple[int, bytes]) -> layout.Reader:
    image = bytearray(4096 * 512)
    for lba, data in sectors:
        image[lba * 512 : lba * 512 + len(data)] = data
    return lambda offset, length: bytes(image[offset : offset + length])


def _gpt(start: int) -> list[tuple[int, bytes]]:
    header = bytearray(512)
    header[:8] = b"EFI PART"
    header[72:88] = struct.pack("<QII", 2, 4, 128)
    entries = bytearray(512)
    entries[:16] = b"\x01" * 16
    entries[32:40] = struct.pack("<Q", start)
    return [(0, _mbr(0xEE, 1)), (1, bytes(header)), (2, bytes(entries))]


@pytest.mark.parametrize(
    ("disk", "expected"),
    [
        (_disk((0, _fat32())), layout.Filesystem("fat", 0)),
        (_disk((0, _fat16())), layout.Filesystem("fat", 0)),
        (_disk((0, _exfat())), layout.Filesystem("exfat", 0)),
        (
            _disk((0, _mbr(0x0C, 2048)), (2048, _fat32())),
            layout.Filesystem("fat", 2048 * 512),
        ),
        (
            _disk((0, _mbr(0x07, 2048)), (2048, _exfat())),
            layout.Filesystem("exfat", 2048 * 512),
        ),
        (_disk(*_gpt(40), (40, _exfat())), layout.Filesystem("exfat", 40 * 512)),
        (_disk((0, _mbr(0x83, 2048))), None),  # a Linux partition: not read
        (_disk(), None),
    ],
)
def test_find_filesystem(
    disk: layout.Reader, expected: layout.Filesystem | None
) -> None:
    assert layout.find_filesystem(disk) == expected
