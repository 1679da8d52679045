"""A private Xvfb (virtual X server), started and stopped by PID.

`-displayfd` lets Xvfb pick a free display number itself, so parallel runs
and a developer's own X server are never touched. `kiosk demo --headless`
and the tests with a real window (tests/helpers/daemons.py) start one.

By hand: `Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp` prints the
display number it took.
"""

from __future__ import annotations

import os
import select
import subprocess
import time
from dataclasses import dataclass, field

from kiosk.procs import stop_process


@dataclass
class Xvfb:
    width: int = 1024
    height: int = 768
    display: str = ""  # ":N" once started
    proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self, timeout: float = 30.0) -> str:
        """Start Xvfb; return its display once it reported one."""
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                f"{self.width}x{self.height}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        # Xvfb writes the number and then "\n" in a second write: read up to
        # the newline, or closing the pipe early kills it with SIGPIPE.
        said = b""
        deadline = time.monotonic() + timeout
        try:
            while not said.endswith(b"\n"):
                left = deadline - time.monotonic()
                ready, _, _ = select.select([read_fd], [], [], max(left, 0))
                chunk = os.read(read_fd, 32) if ready else b""
                if not chunk:
                    break
                said += chunk
        finally:
            os.close(read_fd)
        number = said.decode().strip() if said.endswith(b"\n") else ""
        if not number:
            self.stop()
            raise RuntimeError(f"Xvfb did not report its display within {timeout} s")
        self.display = f":{number}"
        return self.display

    def stop(self, timeout: float = 10.0) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            stop_process(proc, timeout=timeout)
