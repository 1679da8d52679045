"""A private pcscd for the doctor's tests, started and stopped by PID.

Debian 12's pcscd (1.9.9) ignores PCSCLITE_CSOCK_NAME and always listens on
/run/pcscd/pcscd.comm, so it runs in its own mount namespace with a private
folder bound over /run/pcscd; clients reach it with PCSCLITE_CSOCK_NAME.
Its reader list has one vpcd virtual reader on a free port, so it never
collides with another pcscd or vicc on this machine.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from kiosk.procs import stop_process

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivatePcscd:
    def __init__(self) -> None:
        # Not below pytest's 0700 tmp: the doctor runs as an unprivileged user.
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-pcscd-"))
        os.chmod(self.root, 0o755)
        self.run_dir = self.root / "run"
        self.socket = self.run_dir / "pcscd.comm"
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        return {"PCSCLITE_CSOCK_NAME": str(self.socket)}

    def start(self) -> None:
        conf = self.root / "reader.conf.d"
        conf.mkdir(exist_ok=True)
        self.run_dir.mkdir(exist_ok=True)
        os.chmod(self.run_dir, 0o755)
        port = _free_port()
        (conf / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME /dev/null:0x{port:X}\n"
            f"LIBPATH {VPCD_DRIVER}\n"
            f"CHANNELID 0x{port:X}\n"
        )
        script = f"mount --bind {self.run_dir} /run/pcscd && exec pcscd -f -c {conf}"
        with (self.root / "pcscd.log").open("wb") as log:
            self._proc = subprocess.Popen(
                ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + 15
        while not self.socket.exists():
            if self._proc.poll() is not None or time.monotonic() > deadline:
                log = (self.root / "pcscd.log").read_text(errors="replace")
                self.stop()
                raise RuntimeError(f"private pcscd did not start:\n{log}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self._proc is not None:
            stop_process(self._proc)
        self._proc = None
        if self.socket.exists():
            self.socket.unlink()

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
