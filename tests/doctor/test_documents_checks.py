"""Doctor rows for the scanner, the sticks and usbguard (table-driven; the
scanner row also against real libsane's test backend)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.doctor import ProbeFailed
from kiosk.doctor.documents_checks import (
    UsbguardState,
    check_scanner,
    check_sticks,
    check_usbguard,
    rules_from_files,
)
from kiosk.doctor.report import Verdict

USBGUARD = Path(__file__).resolve().parents[2] / "deploy" / "usbguard"


def shipped(*names: str) -> tuple[str, ...]:
    return rules_from_files([(USBGUARD / n).read_text() for n in names])


class Rules:
    def __init__(self, active: bool, rules: tuple[str, ...]) -> None:
        self._state = UsbguardState(active, rules)

    def state(self) -> UsbguardState:
        return self._state


@pytest.mark.parametrize(
    ("active", "rules", "sticks", "verdict", "says"),
    [
        (True, shipped("rules.conf"), False, Verdict.OK, "storage blocked"),
        (
            True,
            shipped("rules.conf", "rules-usb-storage.conf"),
            True,
            Verdict.OK,
            "storage + HID rejected",
        ),
        (True, shipped("rules.conf"), True, Verdict.FAIL, "does not allow pure"),
        (
            True,
            shipped("rules.conf", "rules-usb-storage.conf"),
            False,
            Verdict.FAIL,
            "offers no sticks",
        ),
        (
            True,
            ("allow with-interface match-all { 08:*:* }",),
            True,
            Verdict.FAIL,
            "keyboard",
        ),
        (
            True,
            (
                "allow with-interface match-all { 08:*:* }",
                "reject with-interface all-of { 08:*:* 03:*:* }",
            ),
            True,
            Verdict.FAIL,
            "keyboard",
        ),
        (False, shipped("rules.conf"), False, Verdict.WARN, "not running"),
    ],
)
def test_usbguard(
    active: bool, rules: tuple[str, ...], sticks: bool, verdict: Verdict, says: str
) -> None:
    row = check_usbguard(Rules(active, rules), sticks)
    assert row.verdict is verdict
    assert says in row.detail


@pytest.mark.parametrize(
    ("devices", "mount", "helper", "verdict"),
    [
        ("none", "/run/x", True, Verdict.SKIP),
        ("/dev/disk/by-id/usb-*", "/run/buergerterminal/stick", True, Verdict.OK),
        ("/dev/disk/by-id/usb-*", "/run/buergerterminal/stick", False, Verdict.WARN),
        (
            "/dev/disk/by-id/usb-*",
            "/var/lib/buergerterminal/session/m",
            True,
            Verdict.FAIL,
        ),
        (
            "/dev/disk/by-id/usb-*",
            "/var/lib/buergerterminal/session",
            True,
            Verdict.FAIL,
        ),
    ],
)
def test_sticks(devices: str, mount: str, helper: bool, verdict: Verdict) -> None:
    row = check_sticks(devices, mount, "/var/lib/buergerterminal/session", helper)
    assert row.verdict is verdict


class Broken:
    def describe(self, device: str) -> str:
        raise ProbeFailed("Invalid argument")


def test_scanner_none_and_broken() -> None:
    assert check_scanner(Broken(), "none").verdict is Verdict.SKIP
    row = check_scanner(Broken(), "test:0")
    assert row.verdict is Verdict.FAIL and "scanimage -L" in row.fix


def test_scanner_through_real_libsane(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("sane", reason="python-sane (pip) needs libsane-dev")
    from kiosk.doctor.probes.documents import SaneProbe
    from kiosk.documents.sane_test import write_config

    monkeypatch.setitem(os.environ, "SANE_CONFIG_DIR", str(write_config(tmp_path)))
    assert check_scanner(SaneProbe(), "test:0").verdict is Verdict.OK
    assert "frontend-tester" in check_scanner(SaneProbe(), "test:0").detail
    assert check_scanner(SaneProbe(), "test:9").verdict is Verdict.FAIL


def test_exfat_probe_asks_for_the_helper_socket_when_not_root(tmp_path: Path) -> None:
    """Run as `nobody` (as the shell's user would): no socket, no exFAT."""
    import socket
    import subprocess
    import sys
    import tempfile

    from tests.helpers.tools import require_tool

    require_tool("setpriv", "mount.exfat-fuse")
    if os.geteuid() != 0:
        pytest.skip("setpriv to another user needs root")
    base = Path(tempfile.mkdtemp(prefix="kiosk-probe-"))
    try:
        base.chmod(0o755)
        sock = base / "stick-helper.sock"

        AS_NOBODY = ("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups")

        def probe() -> str:
            code = (
                "from kiosk.doctor.probes.documents import exfat_helper;"
                f"print(exfat_helper({str(sock)!r}))"
            )
            return subprocess.run(
                [*AS_NOBODY, sys.executable, "-c", code],
                env={"PYTHONPATH": str(Path(__file__).resolve().parents[2])},
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()

        assert probe() == "False"
        with socket.socket(socket.AF_UNIX) as listener:
            listener.bind(str(sock))
            assert probe() == "True"
    finally:
        import shutil

        shutil.rmtree(base, ignore_errors=True)
