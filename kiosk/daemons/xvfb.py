"""A private Xvfb for tests with a real window, started and stopped by PID.

`-displayfd` lets Xvfb pick a free display number itself, so parallel runs
and a developer's own X server are never touched.
"""

from __future__ import annotations

import os
import select
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from kiosk.procs import stop_process

from .tools import require_tool


@dataclass(frozen=True)
class Xvfb:
    display: str
    width: int
    height: int


@pytest.fixture
def xvfb() -> Iterator[Xvfb]:
    require_tool("Xvfb", "xdotool")
    width, height = 1024, 768
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], 30)
        number = os.read(read_fd, 32).decode().strip() if ready else ""
        if not number:
            raise RuntimeError("Xvfb did not report its display within 30 s")
        yield Xvfb(f":{number}", width, height)
    finally:
        os.close(read_fd)
        stop_process(proc)
