"""The system tools the tests need, each from a package in deploy/packages.txt.

`require_tool("mkosi")` (in a test or fixture) or the marker
`@pytest.mark.needs_tool("mkosi")` skips the test when the tool is missing and
says which package brings it, so a machine without it still runs the rest.
Under CI=true a missing tool fails the test instead, naming the tool: CI runs
on a machine set up by deploy/bootstrap.sh, where nothing may be missing, and
a skipped test would hide that a part of the project went untested.

A tool is a command on PATH or an absolute path (a driver, a script). Every
tool must be in PACKAGES with the package that brings it;
tests/test_tools.py checks that each of those packages is in
deploy/packages.txt.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# tool -> the Debian 12 package in deploy/packages.txt that installs it
PACKAGES: dict[str, str] = {
    "AusweisApp2": "ausweisapp2",
    "apt-get": "apt",
    "chromium": "chromium",
    "chromedriver": "chromium-driver",
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
    "debootstrap": "debootstrap",
    "dpkg-deb": "dpkg",
    "mkosi": "mkosi",
    "nsenter": "util-linux",
    "pcscd": "pcscd",
    "rauc": "rauc",
    "mksquashfs": "squashfs-tools",
    "mkfs.ext4": "e2fsprogs",
    "debugfs": "e2fsprogs",
    "openssl": "openssl",
    "setpriv": "util-linux",
    "systemd-analyze": "systemd",
    "systemd-nspawn": "systemd-container",
    "systemd-sysusers": "systemd",
    "unshare": "util-linux",
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "/usr/bin/vicc": "vsmartcard-vpicc",
    "speech-dispatcher": "speech-dispatcher",
    "spd-say": "speech-dispatcher",
    "/usr/lib/speech-dispatcher-modules/sd_generic": "speech-dispatcher",
    "/usr/lib/speech-dispatcher-modules/sd_espeak-ng": "speech-dispatcher-espeak-ng",
    "espeak-ng": "espeak-ng",
    "orca": "orca",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
    "/usr/lib/python3/dist-packages/pyatspi": "python3-pyatspi",
    "/usr/lib/pcsc/drivers/serial/libifdvpcd.so": "vsmartcard-vpcd",
    "pdftotext": "poppler-utils",
    "/usr/share/hunspell/de_DE.dic": "hunspell-de-de",
    # documents: sticks made in the tests, exFAT through FUSE, the SANE test backend
    "mkfs.vfat": "dosfstools",
    "fsck.vfat": "dosfstools",
    "mkfs.exfat": "exfatprogs",
    "fsck.exfat": "exfatprogs",
    "mount.exfat-fuse": "exfat-fuse",
    "losetup": "mount",
    "scanimage": "sane-utils",
    "mcopy": "mtools",
    "mtype": "mtools",
    "sfdisk": "fdisk",
    # writer: the .docx opened by LibreOffice, as a resident's Word would
    "soffice": "libreoffice-writer-nogui",
}

# Other names that count as the tool (AusweisApp 2.x renamed its binary).
ALTERNATIVES: dict[str, tuple[str, ...]] = {"AusweisApp2": ("AusweisApp",)}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def _present(tool: str) -> bool:
    if tool not in PACKAGES:
        raise KeyError(f"{tool!r}: add it to PACKAGES in tests/helpers/tools.py")
    for name in (tool, *ALTERNATIVES.get(tool, ())):
        if Path(name).exists() if name.startswith("/") else shutil.which(name):
            return True
    return False


def why_missing(*tools: str) -> str:
    """'needs X (Debian package p)' for the missing ones, or '' when none is."""
    missing = [tool for tool in tools if not _present(tool)]
    if not missing:
        return ""
    named = ", ".join(f"{tool} (Debian package {PACKAGES[tool]})" for tool in missing)
    return f"needs {named}: sh deploy/bootstrap.sh installs deploy/packages.txt"


def _fail_in_ci(why: str) -> None:
    if in_ci():
        pytest.fail(f"CI=true and a required tool is missing: {why}", pytrace=False)


def require_tool(*tools: str) -> None:
    """Skip the running test (fail it under CI=true) unless all tools exist."""
    why = why_missing(*tools)
    if why:
        _fail_in_ci(why)
        pytest.skip(why)


def available(*tools: str) -> bool:
    """For a test that checks less without a tool: whether all exist (under
    CI=true a missing one fails the test)."""
    why = why_missing(*tools)
    if why:
        _fail_in_ci(why)
    return not why


def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("needs_tool"):
        require_tool(*mark.args)
