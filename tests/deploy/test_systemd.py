"""The units: systemd's own verifier on each, then the keys the issue asks for.

Here the programs under /opt/buergerterminal do not exist, so the verifier
sees copies whose kiosk path points at a stub; test_debootstrap_install.py
verifies the units unchanged inside a root where they are installed.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from kiosk.doctor.checks import TOKEN_FILE
from kiosk.usage.credentials import SERVICE as CREDENTIAL_NAME

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
UNIT = DEPLOY / "systemd" / "buergerterminal.service"
SYNC = DEPLOY / "systemd" / "buergerterminal-sync.service"
STAFFPIN = DEPLOY / "systemd" / "buergerterminal-staffpin.service"
OUR_UNITS = sorted((DEPLOY / "systemd").iterdir())
KIOSK = "/opt/buergerterminal/venv/bin/kiosk"  # the venv deploy/install.sh makes


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


@pytest.mark.needs_tool("systemd-analyze")
@pytest.mark.parametrize("unit", OUR_UNITS, ids=lambda p: p.name)
def test_systemd_analyze_verify(unit: Path, tmp_path: Path) -> None:
    # Copies in an empty folder: verify must not pick up units of the host.
    stub = tmp_path / "kiosk"
    stub.write_text("#!/bin/sh\n")
    stub.chmod(0o755)
    for sibling in OUR_UNITS:  # a socket needs its service, a timer its service
        text = sibling.read_text().replace(KIOSK, str(stub))
        (tmp_path / sibling.name).write_text(text)
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(tmp_path / unit.name)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    # Unknown keys and bad values are only warnings: any output is a failure.
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "" and done.stdout.strip() == ""


def test_every_program_path_is_the_installed_venv() -> None:
    install = (DEPLOY / "install.sh").read_text()
    assert "PREFIX=/opt/buergerterminal" in install
    assert '"$PREFIX/venv/bin/pip" install' in install
    for unit in OUR_UNITS:
        for path in re.findall(r"/opt/buergerterminal/\S*", unit.read_text()):
            assert path == KIOSK or path.startswith("/opt/buergerterminal/src/"), (
                unit.name,
                path,
            )


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
    keys = unit_keys(UNIT)
    (exec_start,) = keys["Service.ExecStart"]
    argv = exec_start.split()
    # env only sets the runtime folder (see the next test), then a session
    # bus of the shell's own (AT-SPI, Orca) runs cage.
    assert argv[:2] == ["/usr/bin/env", "XDG_RUNTIME_DIR=/run/buergerterminal-shell"]
    assert argv[2:5] == ["/usr/bin/dbus-run-session", "--", "/usr/bin/cage"]
    cage_opts = argv[5 : argv.index("--", 5)]
    assert "-s" not in cage_opts  # -s would allow VT switching
    assert argv[argv.index("--", 5) + 1 :] == [
        KIOSK,
        "run",
        "--config",
        "/etc/buergerterminal/station.toml",
    ]


def test_wayland_runtime_folder_is_reachable_under_protect_home() -> None:
    # ProtectHome=yes hides /run/user, where pam_systemd points XDG_RUNTIME_DIR;
    # cage's Wayland socket must go to a folder of the unit's own instead.
    keys = unit_keys(UNIT)
    assert keys["Service.ProtectHome"] == ["yes"]
    assert keys["Service.RuntimeDirectory"] == ["buergerterminal-shell"]
    assert keys["Service.RuntimeDirectoryMode"] == ["0700"]
    # Not /run/buergerterminal: the staff PIN socket lives there, and systemd
    # removes a RuntimeDirectory= when the unit stops.
    socket = unit_keys(DEPLOY / "systemd" / "buergerterminal-staffpin.socket")
    assert socket["Socket.ListenStream"] == ["/run/buergerterminal/staff-pin.sock"]


def test_wipe_runs_before_start() -> None:
    pre = unit_keys(UNIT)["Service.ExecStartPre"]
    assert any("systemd-tmpfiles --remove" in p for p in pre)


def unset_variables() -> set[str]:
    return set(" ".join(unit_keys(UNIT)["Service.UnsetEnvironment"]).split())


def test_no_sandbox_switch_reaches_the_shell() -> None:
    keys = unit_keys(UNIT)
    unset = unset_variables()
    for var in (
        "QTWEBENGINE_DISABLE_SANDBOX",
        "QTWEBENGINE_CHROMIUM_FLAGS",
        "QTWEBENGINE_REMOTE_DEBUGGING",
        "QTWEBENGINEPROCESS_PATH",  # would swap the sandboxed helper for another
    ):
        assert var in unset
    text = " ".join(keys.get("Service.Environment", []) + keys["Service.ExecStart"])
    assert "QTWEBENGINE" not in text
    assert "no-sandbox" not in text and "remote-debugging" not in text
    # An assignment in the unit that is also unset would silently vanish.
    assigned = {a.split("=", 1)[0] for a in keys.get("Service.Environment", [])}
    assert not assigned & unset


def _webengine_library() -> Path | None:
    import PySide6

    found = sorted(Path(PySide6.__file__).parent.glob("Qt/lib/libQt6WebEngineCore.so*"))
    return found[0] if found else None


def test_every_variable_qtwebengine_reads_is_unset() -> None:
    # The names QtWebEngine looks up, as NUL-terminated strings in its library.
    library = _webengine_library()
    if library is None:
        pytest.skip("PySide6 has no libQt6WebEngineCore here")
    names = {
        m.decode()
        for m in re.findall(rb"(QTWEBENGINE[A-Z_]*[A-Z])\0", library.read_bytes())
    }
    assert "QTWEBENGINE_DISABLE_SANDBOX" in names  # the scan finds what it should
    assert names <= unset_variables()


def test_chromium_sandbox_is_not_broken_by_hardening() -> None:
    keys = unit_keys(UNIT)
    # User namespaces are Chromium's sandbox; the JIT needs W^X toggles.
    assert "Service.RestrictNamespaces" not in keys
    assert "Service.MemoryDenyWriteExecute" not in keys


def test_sync_runs_hardened_and_loads_the_token_the_doctor_checks() -> None:
    keys = unit_keys(SYNC)
    assert keys["Service.LoadCredentialEncrypted"] == [
        f"{CREDENTIAL_NAME}:{TOKEN_FILE}"
    ]
    assert keys["Unit.ConditionPathExists"] == [TOKEN_FILE]
    # Never the shell's user: the shell, which runs the residents' pages,
    # must not be able to read the sync token.
    assert keys["Service.User"][-1] == "kiosk-sync"
    assert keys["Service.UMask"] == ["0007"]  # counter files stay group-writable
    for key, value in [
        ("NoNewPrivileges", "yes"),
        ("PrivateTmp", "yes"),
        ("ProtectHome", "yes"),
        ("ProtectSystem", "strict"),
        ("CapabilityBoundingSet", ""),
    ]:
        assert keys[f"Service.{key}"][-1] == value, key
    timer = unit_keys(DEPLOY / "systemd" / "buergerterminal-sync.timer")
    assert timer["Install.WantedBy"] == ["timers.target"]


def test_staff_pin_verifier_runs_as_its_own_user() -> None:
    keys = unit_keys(STAFFPIN)
    user = keys["Service.User"][-1]
    sysusers = (DEPLOY / "sysusers.d" / "buergerterminal-staff.conf").read_text()
    assert re.search(rf"^u {re.escape(user)} ", sysusers, re.M)
    assert user not in ("kiosk", "root")
    for key, value in [
        ("NoNewPrivileges", "yes"),
        ("PrivateNetwork", "yes"),
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("CapabilityBoundingSet", ""),
    ]:
        assert keys[f"Service.{key}"][-1] == value, key


def test_stick_helper_is_socket_activated_for_the_shell_only() -> None:
    from kiosk.config import DocumentsConfig

    socket = unit_keys(DEPLOY / "systemd" / "buergerterminal-stickhelper.socket")
    assert socket["Socket.ListenStream"] == [DocumentsConfig().stick_helper]
    assert socket["Socket.SocketGroup"] == ["kiosk"]
    assert socket["Socket.SocketMode"] == ["0660"]
    keys = unit_keys(DEPLOY / "systemd" / "buergerterminal-stickhelper.service")
    assert keys["Service.CapabilityBoundingSet"] == ["CAP_SYS_ADMIN"]
    assert keys["Service.NoNewPrivileges"] == ["yes"]
    # a private mount namespace would hide the stick's mount from the shell
    for key in ("ProtectSystem", "PrivateTmp", "ProtectHome", "PrivateDevices"):
        assert f"Service.{key}" not in keys, key
    assert "stick-helper" in keys["Service.ExecStart"][0]
