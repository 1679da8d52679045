"""Probes for scanning and sticks: the SANE device, usbguard's policy."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from kiosk.doctor import ProbeFailed
from kiosk.doctor.documents_checks import UsbguardState, rules_from_files


class SaneProbe:
    def __init__(self, timeout: float = 30.0) -> None:
        self.timeout = timeout

    def describe(self, device: str) -> str:
        from kiosk.documents.errors import DocumentsError
        from kiosk.documents.scanner import SaneScanner

        scanner = SaneScanner(device)
        try:
            info = scanner.info().result(self.timeout)
        except DocumentsError as exc:
            raise ProbeFailed(str(exc)) from None
        except ImportError as exc:
            raise ProbeFailed(f"python-sane is missing ({exc})") from None
        finally:
            scanner.close()
        return f"{info.vendor} {info.model}".strip() or "answers"


class UsbguardRules:
    """Daemon state from systemctl; the rules from the files it loads."""

    def __init__(self, rules_dir: Path = Path("/etc/usbguard/rules.d")) -> None:
        self.rules_dir = rules_dir

    def state(self) -> UsbguardState:
        if shutil.which("systemctl") is None:
            raise ProbeFailed("no systemctl")
        active = (
            subprocess.run(
                ["systemctl", "is-active", "--quiet", "usbguard"], check=False
            ).returncode
            == 0
        )
        try:
            files = sorted(self.rules_dir.glob("*.conf"))
            texts = [f.read_text() for f in files]
        except OSError as exc:
            raise ProbeFailed(f"{self.rules_dir}: {exc.strerror}") from None
        return UsbguardState(active, rules_from_files(texts))


def exfat_helper(socket: str) -> bool:
    """exFAT can be mounted: exfat-fuse is installed and, for a shell that
    is not root, the stick helper's socket (systemd's) is there."""
    # /usr/sbin, where Debian puts it, is not on every user's PATH
    path = os.pathsep.join([os.environ.get("PATH", os.defpath), "/usr/sbin", "/sbin"])
    if shutil.which("mount.exfat-fuse", path=path) is None:
        return False
    return os.geteuid() == 0 or Path(socket).is_socket()
