"""Sticks made with mkfs.vfat / mkfs.exfat, read and written through `volume`.

The same code path as a station without kernel FAT: nothing here uses the
kernel's vfat or exfat (this machine has neither).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from kiosk.documents import exfat, transfer, volume
from kiosk.documents.errors import StickFull, StickRemoved, StickUnreadable
from tests.helpers.sticks import (
    exfat_mounted,
    fsck_clean,
    make_stick,
    put_fat,
    read_fat,
)

PDF = b"%PDF-1.4\n" + b"x" * 3000 + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
NAME = "Prüfung Ärger – Lebenslauf.pdf"

# name on the stick, content, offered?
STICK_FILES = [
    (NAME, PDF, True),
    ("foto.png", PNG, True),
    ("brief.txt", b"Sehr geehrte Damen und Herren,\n", True),
    ("start.desktop", b"[Desktop Entry]\nExec=sh -c id\n", False),
    ("setup.exe", b"MZ\x90\x00" + b"\0" * 100, False),
    ("run.sh", b"#!/bin/sh\nid\n", False),
    ("notes.txt", b"#!/bin/sh\nid\n", False),  # a script named .txt
    ("fake.pdf", b"\x7fELF\x02\x01" + b"\0" * 100, False),  # a program named .pdf
    ("program", b"\x7fELF\x02\x01" + b"\0" * 100, False),
]


def _fill(image: Path, kind: str, tmp: Path, partitioned: bool = False) -> None:
    if kind == "exfat":
        with exfat_mounted(image, tmp / "setup") as where:
            for name, data, _ in STICK_FILES:
                (where / name).write_bytes(data)
                if name in ("run.sh", "program"):
                    os.chmod(where / name, 0o755)
    else:
        for name, data, _ in STICK_FILES:
            put_fat(image, name, data, partitioned=partitioned)


@pytest.fixture(params=["fat32", "fat16", "fat32-partitioned", "exfat"])
def stick(request: pytest.FixtureRequest, tmp_path: Path):
    kind, _, part = request.param.partition("-")
    partitioned = part == "partitioned"
    image = make_stick(tmp_path / "stick.img", kind, partitioned=partitioned)
    _fill(image, kind, tmp_path, partitioned)
    vol = volume.open_volume(image, tmp_path / "mounts")
    yield kind, image, vol, partitioned
    vol.close()


def test_offers_only_allowed_files_and_copies_them(stick, tmp_path: Path) -> None:
    kind, _image, vol, _ = stick
    assert vol.kind == ("exFAT" if kind == "exfat" else "FAT")
    offered = transfer.offered_files(vol, max_bytes=10_000_000)
    expected = sorted(name for name, _, ok in STICK_FILES if ok)
    assert sorted(o.name for o in offered) == expected
    documents = tmp_path / "documents"
    pdf = next(o for o in offered if o.name == NAME)
    copy = transfer.fetch_from_stick(vol, pdf, documents, max_bytes=10_000_000)
    assert copy.read_bytes() == PDF
    assert copy.name == NAME
    assert [p.name for p in documents.iterdir()] == [NAME]  # no partial left


def test_size_cap(stick) -> None:
    _kind, _image, vol, _ = stick
    assert {o.name for o in transfer.offered_files(vol, max_bytes=2000)} == {
        "foto.png",
        "brief.txt",
    }


def test_saves_to_stick_readable_by_the_standard_tools(stick, tmp_path: Path) -> None:
    kind, image, vol, partitioned = stick
    source = tmp_path / "Bescheid: Jobcenter?.pdf"
    source.write_bytes(PDF * 50)
    first = transfer.save_to_stick(vol, source)
    second = transfer.save_to_stick(vol, source)
    assert first == "Bescheid_ Jobcenter_.pdf"
    assert second == "Bescheid_ Jobcenter_ (2).pdf"
    assert not [n for n in vol.names_in_root() if n.startswith(".")]  # no partial
    vol.close()
    if kind == "exfat":
        fsck_clean(image, kind)
        with exfat_mounted(image, tmp_path / "check") as where:
            assert (where / first).read_bytes() == PDF * 50
            assert (where / second).read_bytes() == PDF * 50
    else:
        assert read_fat(image, first, partitioned=partitioned) == PDF * 50
        if not partitioned:
            fsck_clean(image, kind)


def test_exfat_mount_is_private_and_released(tmp_path: Path) -> None:
    image = make_stick(tmp_path / "stick.img", "exfat")
    _fill(image, "exfat", tmp_path)
    vol = volume.open_volume(image, tmp_path / "mounts")
    assert isinstance(vol, volume.ExfatVolume)
    options = exfat.mount_options(vol.mount)
    assert {"nosuid", "nodev", "noexec"} <= options
    script = vol.mount / "run.sh"
    assert script.exists()
    with pytest.raises(PermissionError):  # noexec: the kernel refuses to run it
        subprocess.run([str(script)], check=False)
    pid = vol.pid
    vol.close()
    assert not exfat.mount_options(tmp_path / "mounts" / "exfat")
    assert not Path(f"/proc/{pid}").exists() or _zombie(pid)
    assert not (tmp_path / "mounts" / "exfat").exists()


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def test_not_a_stick(tmp_path: Path) -> None:
    image = tmp_path / "blank.img"
    image.write_bytes(bytes(1024 * 1024))
    with pytest.raises(StickUnreadable):
        volume.open_volume(image, tmp_path / "mounts")


@pytest.mark.parametrize("kind", ["fat32", "exfat"])
def test_stick_pulled_mid_copy(kind: str, tmp_path: Path) -> None:
    """The stick goes away after the first chunk: not saved, nothing claimed."""
    image = make_stick(
        tmp_path / "stick.img", kind, megabytes=0 if kind != "exfat" else 16
    )
    vol = volume.open_volume(image, tmp_path / "mounts")
    source = tmp_path / "big.pdf"
    source.write_bytes(PDF * 1000)  # ~3 MB, many chunks

    def pull(copied: int) -> None:
        if copied >= transfer.CHUNK:
            if isinstance(vol, volume.ExfatVolume):
                held = vol.holder  # the device is gone: FUSE answers ENOTCONN
                assert isinstance(held, exfat.ExfatMount) and held.process
                held.process.kill()
                held.process.wait()
            image.rename(tmp_path / "pulled.img")

    with pytest.raises(StickRemoved):
        transfer.save_to_stick(vol, source, progress=pull)
    vol.close()
    # plugged in again: nothing under the name, at most a hidden partial
    again = volume.open_volume(tmp_path / "pulled.img", tmp_path / "mounts")
    try:
        names = again.names_in_root()
        assert "big.pdf" not in names
        assert all(n.startswith(".kiosk-partial-") for n in names), names
        assert transfer.offered_files(again, 10**7) == []
    finally:
        again.close()


@pytest.mark.parametrize("kind", ["fat16", "exfat"])
def test_a_full_stick_says_full_and_keeps_no_part(kind: str, tmp_path: Path) -> None:
    image = make_stick(tmp_path / "stick.img", kind)  # 16 MB / 8 MB
    vol = volume.open_volume(image, tmp_path / "mounts")
    source = tmp_path / "huge.pdf"
    source.write_bytes(PDF * 7000)  # ~21 MB
    try:
        with pytest.raises(StickFull):
            transfer.save_to_stick(vol, source)
        assert vol.names_in_root() == set()  # no partial either
    finally:
        vol.close()


def test_a_write_protected_fat_stick_is_still_read(tmp_path: Path) -> None:
    image = make_stick(tmp_path / "stick.img", "fat32")
    put_fat(image, NAME, PDF)
    image.chmod(0o444)
    vol = volume.open_volume(image, tmp_path / "mounts")
    try:
        if os.geteuid() == 0:  # root may write anyway: pyfatfs opens it rw
            assert not vol.read_only
        else:
            assert vol.read_only
        assert [o.name for o in transfer.offered_files(vol, 10**7)] == [NAME]
    finally:
        vol.close()
