"""The shell's stick code, run by tests/documents/test_stick_helper.py as an
unprivileged user: exFAT goes through the stick helper, as on a station.

argv[1]: JSON {device, mounts, helper, documents?, save?, big?, pull?, hold?};
prints one JSON line of what happened (and, with hold, one before pausing).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from kiosk.documents import exfat, transfer, volume
from kiosk.documents.errors import StickError


def main() -> None:
    task = json.loads(sys.argv[1])
    device = Path(task["device"])
    out: dict[str, Any] = {"uid": os.getuid()}
    try:
        vol = volume.open_volume(device, Path(task["mounts"]), Path(task["helper"]))
    except StickError as exc:
        out["error"] = type(exc).__name__
        print(json.dumps(out), flush=True)
        return
    try:
        _use(vol, task, out)
    except StickError as exc:
        out["error"] = type(exc).__name__
    finally:
        try:
            vol.close()
            out["closed"] = True
        except StickError as exc:
            out["closed"] = type(exc).__name__
    print(json.dumps(out), flush=True)


def _use(vol: volume.Volume, task: dict[str, Any], out: dict[str, Any]) -> None:
    assert isinstance(vol, volume.ExfatVolume)
    out["kind"] = vol.kind
    out["pid"] = vol.pid
    out["options"] = sorted(exfat.mount_options(vol.mount))
    st = vol.mount.stat()
    out["mount_owner"] = [st.st_uid, st.st_mode & 0o777]
    script = vol.mount / "run.sh"
    if script.exists():
        try:
            subprocess.run([str(script)], check=False)
            out["ran"] = True
        except PermissionError:  # noexec: the kernel refuses to run it
            out["ran"] = False
    offered = transfer.offered_files(vol, 10**7)
    out["offered"] = sorted(o.name for o in offered)
    if task.get("hold"):
        print(json.dumps(out), flush=True)
        signal.pause()
    if task.get("documents"):
        first = next(o for o in offered if o.name.endswith(".pdf"))
        copy = transfer.fetch_from_stick(vol, first, Path(task["documents"]), 10**7)
        out["fetched"] = copy.name
    if task.get("save"):
        out["saved"] = transfer.save_to_stick(vol, Path(task["save"]))
        info = (vol.mount / out["saved"]).stat()
        out["saved_mode"] = [info.st_uid, info.st_mode & 0o777]
    if task.get("pull"):
        device, pulled = Path(task["device"]), Path(task["pull"])

        def pull(copied: int) -> None:
            if copied >= transfer.CHUNK and device.exists():
                device.rename(pulled)

        try:
            transfer.save_to_stick(vol, Path(task["big"]), progress=pull)
            out["pulled"] = "saved"
        except StickError as exc:
            out["pulled"] = type(exc).__name__


if __name__ == "__main__":
    main()
