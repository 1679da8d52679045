"""Hardening drop-ins: each has a one-line reason and the keys that do the work."""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from pathlib import Path

import pytest
from helpers.tools import require_tool

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
HARDENING = DEPLOY / "hardening"

REQUIRED = {
    "logind.conf.d/buergerterminal.conf": {
        "NAutoVTs": "0",
        "ReserveVT": "0",
        "HandlePowerKey": "ignore",
        "HandleSuspendKey": "ignore",
        "HandleHibernateKey": "ignore",
    },
    "sysctl.d/90-buergerterminal.conf": {
        "kernel.sysrq": "0",
        "fs.suid_dumpable": "0",
        "kernel.core_pattern": "|/bin/false",
    },
    "system.conf.d/buergerterminal.conf": {
        "CtrlAltDelBurstAction": "none",
        "DefaultLimitCORE": "0",
    },
    "coredump.conf.d/buergerterminal.conf": {
        "Storage": "none",
        "ProcessSizeMax": "0",
    },
}


def settings(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";", "[")):
            continue
        key, _, value = line.partition("=")
        out[key.strip().lstrip("-")] = value.strip()
    return out


@pytest.mark.parametrize(
    ("name", "key", "value"),
    [(n, k, v) for n, keys in REQUIRED.items() for k, v in keys.items()],
)
def test_key_present(name: str, key: str, value: str) -> None:
    assert settings(HARDENING / name).get(key) == value


def drop_ins() -> list[Path]:
    return sorted(p for p in HARDENING.rglob("*.conf"))


def test_every_drop_in_is_checked() -> None:
    assert sorted(str(p.relative_to(HARDENING)) for p in drop_ins()) == sorted(REQUIRED)


@pytest.mark.parametrize("path", drop_ins(), ids=lambda p: p.parent.name)
def test_drop_in_says_why(path: Path) -> None:
    assert re.search(r"^# Reason: \S", path.read_text(), re.M)


@pytest.mark.parametrize(
    ("name", "section"),
    [
        ("logind.conf.d/buergerterminal.conf", "[Login]"),
        ("system.conf.d/buergerterminal.conf", "[Manager]"),
        ("coredump.conf.d/buergerterminal.conf", "[Coredump]"),
    ],
)
def test_section_header(name: str, section: str) -> None:
    assert section in (HARDENING / name).read_text().splitlines()


@pytest.mark.parametrize(
    ("name", "default", "package"),
    [
        ("logind.conf.d/buergerterminal.conf", "/etc/systemd/logind.conf", "systemd"),
        (
            "coredump.conf.d/buergerterminal.conf",
            "/etc/systemd/coredump.conf",
            "systemd-coredump",
        ),
        ("system.conf.d/buergerterminal.conf", "/etc/systemd/system.conf", "systemd"),
    ],
)
def test_keys_are_known_to_systemd(
    name: str, default: str, package: str, tmp_path: Path
) -> None:
    # systemd ignores unknown keys silently; its shipped default file lists
    # every key it knows (commented out).
    known = set(re.findall(r"^#?(\w+)=", shipped(default, package, tmp_path), re.M))
    assert set(settings(HARDENING / name)) <= known


def shipped(path: str, package: str, tmp_path: Path) -> str:
    """The file as today's Debian package ships it: from this machine, or from
    the package itself (downloaded, never installed: systemd-coredump would
    take over the machine's core dumps)."""
    if Path(path).exists():
        return Path(path).read_text()
    require_tool("apt-get", "dpkg-deb")
    got = subprocess.run(
        ["apt-get", "download", "-q", package],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    debs = list(tmp_path.glob(f"{package}_*.deb"))
    assert debs, f"apt-get download {package} failed: {got.stderr}"
    tree = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(debs[0])], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(tree)) as tar:
        member = tar.extractfile("." + path)
        assert member is not None, f"{package} ships no {path}"
        return member.read().decode()


def test_sysctl_lines_are_key_equals_value() -> None:
    # This test machine's kernel lacks some keys, so check the form only.
    text = (HARDENING / "sysctl.d/90-buergerterminal.conf").read_text()
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            assert re.fullmatch(r"-?[a-z_]+(\.[a-z_]+)+ = \S+", line), line
