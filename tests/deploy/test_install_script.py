"""deploy/install.sh: valid shell; bad options stop it before it changes anything."""

from __future__ import annotations

import subprocess
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
INSTALL = DEPLOY / "install.sh"


def test_is_valid_shell() -> None:
    assert subprocess.run(["sh", "-n", str(INSTALL)], check=False).returncode == 0


def test_unknown_option_names_itself() -> None:
    done = subprocess.run(
        ["sh", str(INSTALL), "--frobnicate"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "unknown option --frobnicate" in done.stderr


def test_installs_every_unit_and_drop_in_it_ships() -> None:
    text = INSTALL.read_text()
    # Every file of these folders (the staff PIN verifier's user and folder, too).
    for folder in ("sysusers.d", "tmpfiles.d", "systemd"):
        assert f"deploy/{folder}/*" in text
    for path in [
        "deploy/hardening/logind.conf.d/buergerterminal.conf",
        "deploy/hardening/system.conf.d/buergerterminal.conf",
        "deploy/hardening/coredump.conf.d/buergerterminal.conf",
        "deploy/hardening/sysctl.d/90-buergerterminal.conf",
        "deploy/usbguard/rules.conf",
        "deploy/mkosi/station-packages.txt",
    ]:
        assert path in text
        assert (DEPLOY.parent / path).is_file()
    assert "systemctl mask ctrl-alt-del.target swap.target" in text
