"""sysusers and tmpfiles, applied by systemd's own tools to a private root."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SYSUSERS = DEPLOY / "sysusers.d" / "buergerterminal.conf"
TMPFILES = DEPLOY / "tmpfiles.d" / "buergerterminal.conf"

pytestmark = [
    pytest.mark.needs_tool("systemd-sysusers"),
    pytest.mark.skipif(
        os.geteuid() != 0, reason="needs root (chown in a private root)"
    ),
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "etc").mkdir()
    for name in ("passwd", "group", "shadow", "gshadow"):
        (tmp_path / "etc" / name).write_text("")
    for group in ("video", "input", "render", "lpadmin"):
        with (tmp_path / "etc" / "group").open("a") as f:
            f.write(f"{group}:x:{100 + len(group)}:\n")
    subprocess.run(
        ["systemd-sysusers", f"--root={tmp_path}", str(SYSUSERS)],
        check=True,
        capture_output=True,
    )
    return tmp_path


def passwd(root: Path) -> dict[str, list[str]]:
    rows = (root / "etc" / "passwd").read_text().splitlines()
    return {r.split(":")[0]: r.split(":") for r in rows}


def test_users_exist_without_login(root: Path) -> None:
    users = passwd(root)
    assert users["kiosk"][6] == "/usr/sbin/nologin"
    assert users["kiosk-sync"][6] == "/usr/sbin/nologin"
    assert users["kiosk"][2] != users["kiosk-sync"][2]
    assert int(users["kiosk"][2]) != 0
    groups = (root / "etc" / "group").read_text()
    assert "video:x:105:kiosk" in groups


def test_tmpfiles_create_then_remove_empties_the_session(root: Path) -> None:
    def tmpfiles(*args: str) -> None:
        subprocess.run(
            ["systemd-tmpfiles", f"--root={root}", *args, str(TMPFILES)],
            check=True,
            capture_output=True,
        )

    tmpfiles("--create")
    session = root / "var/lib/buergerterminal/session"
    state = root / "var/lib/buergerterminal/state"
    assert oct(session.stat().st_mode & 0o777) == "0o700"
    assert session.stat().st_uid == int(passwd(root)["kiosk"][2])
    (session / "download.pdf").write_text("resident's file")
    (state / "usage.sqlite").write_text("counters")
    # What buergerterminal.service runs before every start.
    tmpfiles("--remove", "--create")
    assert session.is_dir() and list(session.iterdir()) == []
    assert (state / "usage.sqlite").exists()
