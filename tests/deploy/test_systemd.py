"""The station unit: systemd's own verifier, then the keys the issue asks for."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNIT = DEPLOY / "systemd" / "buergerterminal.service"
OUR_UNITS = [UNIT]


def unit_keys(path: Path) -> dict[str, list[str]]:
    """'Section.Key' -> every value, in order (systemd keys may repeat)."""
    keys: dict[str, list[str]] = {}
    section = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        keys.setdefault(f"{section}.{key.strip()}", []).append(value.strip())
    return keys


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs systemd-analyze")
@pytest.mark.parametrize("unit", OUR_UNITS, ids=lambda p: p.name)
def test_systemd_analyze_verify(unit: Path, tmp_path: Path) -> None:
    # A copy in an empty folder: verify must not pick up units of the host.
    copy = tmp_path / unit.name
    shutil.copy(unit, copy)
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(copy)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    # Unknown keys and bad values are only warnings: any output is a failure.
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "" and done.stdout.strip() == ""


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("Service.User", "kiosk"),
        ("Service.Restart", "always"),
        ("Service.NoNewPrivileges", "yes"),
        ("Service.PrivateTmp", "yes"),
        ("Service.ProtectHome", "yes"),
        ("Service.ProtectSystem", "strict"),
        ("Service.LimitCORE", "0"),
        ("Unit.Conflicts", "getty@tty1.service"),
        ("Unit.StartLimitIntervalSec", "0"),
    ],
)
def test_required_setting(key: str, value: str) -> None:
    assert unit_keys(UNIT)[key][-1] == value


@pytest.mark.parametrize("key", ["Service.MemoryMax", "Service.TasksMax"])
def test_limits_are_set(key: str) -> None:
    assert unit_keys(UNIT)[key][-1] not in ("", "infinity")


def test_runs_the_shell_under_cage_without_vt_switching() -> None:
    (exec_start,) = unit_keys(UNIT)["Service.ExecStart"]
    argv = exec_start.split()
    assert argv[0] == "/usr/bin/cage"
    cage_opts = argv[1 : argv.index("--")]
    assert "-s" not in cage_opts  # -s would allow VT switching
    assert argv[argv.index("--") + 1 :] == [
        "/opt/buergerterminal/venv/bin/kiosk",
        "run",
        "--config",
        "/etc/buergerterminal/station.toml",
    ]


def test_wipe_runs_before_start() -> None:
    pre = unit_keys(UNIT)["Service.ExecStartPre"]
    assert any("systemd-tmpfiles --remove" in p for p in pre)


def test_no_sandbox_switch_reaches_the_shell() -> None:
    keys = unit_keys(UNIT)
    unset = " ".join(keys["Service.UnsetEnvironment"]).split()
    for var in (
        "QTWEBENGINE_DISABLE_SANDBOX",
        "QTWEBENGINE_CHROMIUM_FLAGS",
        "QTWEBENGINE_REMOTE_DEBUGGING",
    ):
        assert var in unset
    text = " ".join(keys.get("Service.Environment", []) + keys["Service.ExecStart"])
    assert "QTWEBENGINE" not in text
    assert "no-sandbox" not in text and "remote-debugging" not in text


def test_chromium_sandbox_is_not_broken_by_hardening() -> None:
    keys = unit_keys(UNIT)
    # User namespaces are Chromium's sandbox; the JIT needs W^X toggles.
    assert "Service.RestrictNamespaces" not in keys
    assert "Service.MemoryDenyWriteExecute" not in keys
