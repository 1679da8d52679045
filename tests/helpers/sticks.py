"""USB sticks for the tests: FAT32 and exFAT images made with the standard tools.

Files are put on (and read back from) the images with tools independent of
the code under test: mtools for FAT, a hand-made exfat-fuse mount for exFAT.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.tools import require_tool

SECTOR = 512


def make_stick(
    path: Path, kind: str, *, megabytes: int = 0, partitioned: bool = False
) -> Path:
    """An empty (sparse) stick image: kind "fat32", "fat16" or "exfat".

    FAT32 needs 34 MB at least (mtools finds no directory slots below).
    """
    megabytes = megabytes or {"fat32": 34, "fat16": 16}.get(kind, 8)
    if kind == "exfat":
        require_tool("mkfs.exfat", "fsck.exfat", "mount.exfat-fuse", "losetup")
        if os.geteuid() != 0:
            pytest.skip("exFAT sticks go through a loop device and FUSE: needs root")
    else:
        require_tool("mkfs.vfat", "fsck.vfat", "mcopy", "mtype", "sfdisk")
    with path.open("wb") as f:
        f.truncate(megabytes * 1024 * 1024)
    offset: list[str] = []
    if partitioned:
        table = "start=2048, type=" + ("7" if kind == "exfat" else "c") + "\n"
        subprocess.run(["sfdisk", "-q", str(path)], input=table, text=True, check=True)
        offset = ["--offset", "2048"]
    # with an offset mkfs.vfat must be told the size (1 KiB blocks)
    blocks = [str((megabytes - 1) * 1024)] if partitioned else []
    if kind == "exfat":
        if partitioned:
            raise NotImplementedError("a partitioned exFAT image is not needed")
        subprocess.run(
            ["mkfs.exfat", "-L", "STICK", str(path)], check=True, capture_output=True
        )
    else:
        fat = "32" if kind == "fat32" else "16"
        subprocess.run(
            ["mkfs.vfat", "-F", fat, "-n", "STICK", *offset, str(path), *blocks],
            check=True,
            capture_output=True,
        )
    return path


def _mtools_image(path: Path, partitioned: bool) -> str:
    return f"{path}@@{2048 * SECTOR}" if partitioned else str(path)


def put_fat(path: Path, name: str, data: bytes, *, partitioned: bool = False) -> None:
    source = path.parent / "put.tmp"
    source.write_bytes(data)
    try:
        subprocess.run(
            [
                "mcopy",
                "-o",
                "-i",
                _mtools_image(path, partitioned),
                str(source),
                f"::/{name}",
            ],
            check=True,
            capture_output=True,
            env={"LANG": "C.UTF-8", "MTOOLS_SKIP_CHECK": "1", "PATH": "/usr/bin:/bin"},
        )
    finally:
        source.unlink()


def read_fat(path: Path, name: str, *, partitioned: bool = False) -> bytes:
    done = subprocess.run(
        ["mtype", "-i", _mtools_image(path, partitioned), f"::/{name}"],
        check=True,
        capture_output=True,
        env={"LANG": "C.UTF-8", "MTOOLS_SKIP_CHECK": "1", "PATH": "/usr/bin:/bin"},
    )
    return done.stdout


def fsck_clean(path: Path, kind: str) -> None:
    tool = "fsck.exfat" if kind == "exfat" else "fsck.vfat"
    done = subprocess.run([tool, "-n", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@contextlib.contextmanager
def exfat_mounted(path: Path, where: Path) -> Iterator[Path]:
    """The image mounted by hand (not by the code under test), for set-up and checks."""
    require_tool("mount.exfat-fuse", "losetup")
    where.mkdir(parents=True, exist_ok=True)
    loop = subprocess.run(
        ["losetup", "--find", "--show", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    process = subprocess.Popen(
        ["mount.exfat-fuse", "-d", loop, str(where)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not where.is_mount():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False, capture_output=True)
        process.wait(10)
        subprocess.run(["losetup", "-d", loop], check=False)
