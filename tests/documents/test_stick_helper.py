"""exFAT for a shell that is not root: the stick helper mounts, the shell's
stick code runs as the unprivileged user `nobody` (setpriv), as on a station.

The helper is the real `kiosk documents stick-helper` (root), the stick an
exFAT image made with mkfs.exfat, "plugged in" where the helper's glob looks.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.daemons.stickhelper import StickHelperProcess
from kiosk.documents import exfat
from kiosk.documents.errors import StickUnreadable
from kiosk.documents.helper import HelperLease
from tests.helpers.daemons import NOBODY_GID, NOBODY_UID
from tests.helpers.sticks import exfat_mounted, make_stick

PDF = b"%PDF-1.4\n" + b"x" * 3000 + b"\n%%EOF\n"
ROOT = Path(__file__).resolve().parents[2]
USER_CODE = ROOT / "tests" / "helpers" / "stick_user.py"


def _plug(helper: StickHelperProcess, tmp_path: Path, kind: str = "exfat") -> Path:
    image = make_stick(tmp_path / "made.img", kind)
    if kind == "exfat":
        with exfat_mounted(image, tmp_path / "setup") as where:
            (where / "Lebenslauf.pdf").write_bytes(PDF)
            (where / "start.desktop").write_bytes(b"[Desktop Entry]\nExec=id\n")
            (where / "run.sh").write_bytes(b"#!/bin/sh\nid\n")
    port = Path(helper.devices).parent
    plugged = port / "stick.img"
    image.rename(plugged)
    # as udev does for a USB disk: the shell's user may read and write it
    os.chown(plugged, 0, NOBODY_GID)  # root:kiosk 0660 on a station
    plugged.chmod(0o660)
    return plugged


def _as_nobody(task: dict[str, object], **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            "setpriv",
            f"--reuid={NOBODY_UID}",
            f"--regid={NOBODY_GID}",
            "--clear-groups",
            sys.executable,
            str(USER_CODE),
            json.dumps(task),
        ],
        env={"PYTHONPATH": str(ROOT), "HOME": "/nonexistent", "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        text=True,
        **popen,  # type: ignore[arg-type]
    )


def _task(helper: StickHelperProcess, device: Path, **more: object) -> dict:
    return {
        "device": str(device),
        "mounts": str(helper.mount_dir),
        "helper": str(helper.socket),
        **more,
    }


def _run(task: dict[str, object]) -> dict:
    proc = _as_nobody(task)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out
    return json.loads(out.strip().splitlines()[-1])


def test_unprivileged_shell_reads_and_writes_exfat(
    stick_helper: StickHelperProcess, tmp_path: Path
) -> None:
    device = _plug(stick_helper, tmp_path)
    base = device.parent.parent
    source = base / "documents" / "Bewerbung Müller.pdf"
    source.write_bytes(PDF * 10)
    os.chown(source, NOBODY_UID, NOBODY_GID)
    done = _run(
        _task(stick_helper, device, documents=str(base / "documents"), save=str(source))
    )
    assert "error" not in done, done
    assert done["uid"] == NOBODY_UID and done["kind"] == "exFAT"
    assert {"nosuid", "nodev", "noexec"} <= set(done["options"])
    assert done["mount_owner"] == [NOBODY_UID, 0o700]  # nobody else gets in
    assert done["offered"] == ["Lebenslauf.pdf"]  # not the .desktop, not the script
    assert done["fetched"] == "Lebenslauf.pdf"
    assert (base / "documents" / "Lebenslauf.pdf").read_bytes() == PDF
    assert done["saved"] == "Bewerbung Müller.pdf"
    assert done["saved_mode"] == [NOBODY_UID, 0o700]
    assert done["ran"] is False  # x bit set, yet noexec refuses the script
    assert done["closed"] is True
    # let go: no mount, no loop device, no FUSE daemon
    assert not exfat.mount_options(stick_helper.mount_dir / "exfat")
    assert not Path(f"/proc/{done['pid']}").exists()
    assert (
        str(device)
        not in subprocess.run(
            ["losetup", "-a"], capture_output=True, text=True, check=True
        ).stdout
    )
    with exfat_mounted(device, tmp_path / "check") as where:
        assert (where / "Bewerbung Müller.pdf").read_bytes() == PDF * 10


def test_a_stick_pulled_mid_copy_is_not_saved(
    stick_helper: StickHelperProcess, tmp_path: Path
) -> None:
    device = _plug(stick_helper, tmp_path)
    big = device.parent.parent / "documents" / "gross.pdf"
    big.write_bytes(PDF * 1000)  # ~3 MB, many chunks
    os.chown(big, NOBODY_UID, NOBODY_GID)
    pulled = device.parent / "pulled.bin"  # outside the glob: gone
    done = _run(_task(stick_helper, device, big=str(big), pull=str(pulled)))
    assert done["pulled"] == "StickRemoved"
    assert done["closed"] is True  # the helper let the pulled stick go
    assert not exfat.mount_options(stick_helper.mount_dir / "exfat")
    # plugged in again: no file named as if it were saved
    with exfat_mounted(pulled, tmp_path / "check") as where:
        assert "gross.pdf" not in os.listdir(where)


def test_a_shell_that_dies_holding_the_stick_lets_it_go(
    stick_helper: StickHelperProcess, tmp_path: Path
) -> None:
    device = _plug(stick_helper, tmp_path)
    proc = _as_nobody(_task(stick_helper, device, hold=True))
    try:
        assert proc.stdout is not None
        held = json.loads(proc.stdout.readline())
        assert held["offered"] == ["Lebenslauf.pdf"]
        assert exfat.mount_options(stick_helper.mount_dir / "exfat")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    deadline = time.monotonic() + 20
    while exfat.mount_options(stick_helper.mount_dir / "exfat"):
        assert time.monotonic() < deadline, "the helper kept the dead shell's mount"
        time.sleep(0.05)
    assert stick_helper.proc is not None and stick_helper.proc.poll() is None


def test_the_helper_mounts_only_what_the_config_names(
    stick_helper: StickHelperProcess, tmp_path: Path
) -> None:
    device = _plug(stick_helper, tmp_path)
    elsewhere = tmp_path / "other.img"
    make_stick(elsewhere, "exfat")
    with pytest.raises(StickUnreadable, match="device"):
        HelperLease(stick_helper.socket, elsewhere)
    device.unlink()
    (tmp_path / "fat").mkdir()
    fat = _plug(stick_helper, tmp_path / "fat", "fat32")
    with pytest.raises(StickUnreadable, match="notexfat"):
        HelperLease(stick_helper.socket, fat)
    assert not exfat.mount_options(stick_helper.mount_dir / "exfat")


def test_without_the_helper_the_stick_is_refused_clearly(tmp_path: Path) -> None:
    image = make_stick(tmp_path / "stick.img", "exfat")
    with pytest.raises(StickUnreadable, match="stick helper"):
        HelperLease(tmp_path / "no-helper.sock", image)


def test_stopping_the_helper_lets_the_stick_go(
    stick_helper: StickHelperProcess, tmp_path: Path
) -> None:
    device = _plug(stick_helper, tmp_path)
    proc = _as_nobody(_task(stick_helper, device, hold=True))
    try:
        assert proc.stdout is not None
        held = json.loads(proc.stdout.readline())
        assert exfat.mount_options(stick_helper.mount_dir / "exfat")
        stick_helper.stop()  # SIGTERM while the stick is held
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    assert not exfat.mount_options(stick_helper.mount_dir / "exfat")
    assert not Path(f"/proc/{held['pid']}").exists()
    assert (
        str(device)
        not in subprocess.run(
            ["losetup", "-a"], capture_output=True, text=True, check=True
        ).stdout
    )
