"""The demo's USB stick: a FAT32 image that the tour "plugs in" by moving it
where `[documents] stick_devices` looks, and "pulls out" by moving it back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kiosk.documents.sane_test import write_config

CV = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


class DemoStick:
    def __init__(self, state: Path) -> None:
        self.port = state / "usb"
        self.shelf = state / "usb-shelf"
        self.image = self.shelf / "stick.img"
        self.sane = write_config(state / "sane")

    @property
    def available(self) -> bool:
        return self.image.exists()

    def make(self) -> None:
        """A 34 MB FAT32 stick with a CV and a program (never offered) on it."""
        self.port.mkdir(parents=True, exist_ok=True)
        self.shelf.mkdir(parents=True, exist_ok=True)
        if not (shutil.which("mkfs.vfat") and shutil.which("mcopy")):
            return
        with self.image.open("wb") as f:
            f.truncate(34 * 1024 * 1024)
        subprocess.run(
            ["mkfs.vfat", "-F", "32", "-n", "STICK", str(self.image)],
            check=True,
            capture_output=True,
        )
        files = {"Lebenslauf.pdf": CV, "setup.exe": b"MZ" + bytes(200)}
        for name, data in files.items():
            source = self.shelf / name
            source.write_bytes(data)
            subprocess.run(
                ["mcopy", "-i", str(self.image), str(source), f"::/{name}"],
                check=True,
                capture_output=True,
                env={"MTOOLS_SKIP_CHECK": "1", "PATH": "/usr/bin:/bin"},
            )
            source.unlink()

    @property
    def plugged(self) -> bool:
        return (self.port / self.image.name).exists()

    def plug(self) -> None:
        if self.image.exists():
            self.image.rename(self.port / self.image.name)

    def pull(self) -> None:
        plugged = self.port / self.image.name
        if plugged.exists():
            plugged.rename(self.image)
